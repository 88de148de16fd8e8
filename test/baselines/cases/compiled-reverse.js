// A straight-line scalar function handed to grad or valueAndGrad also gets compiled reverse
// code; one with control flow or a call of the program's own functions does not.
import { grad, valueAndGrad } from "typegrad";
import * as __typegrad from "typegrad";
const gradient_1 = x_1 => {
    let v_1 = 0, v_2 = 0, v_3 = 0, v_4 = 0, x_a_1 = 0;
    v_1 = x_1 ** 2;
    v_2 = C * v_1;
    v_3 = 1 + x_1;
    v_4 = v_2 / v_3;
    const value_1 = v_4;
    let v_a_1 = 0, v_a_2 = 0, v_a_3 = 0, v_a_4 = 0;
    v_a_4 = 1;
    v_a_2 = (1 / v_3) * v_a_4;
    v_a_3 = (-(v_4 / v_3)) * v_a_4;
    x_a_1 += v_a_3;
    v_a_1 = C * v_a_2;
    x_a_1 += (2 * x_1) * v_a_1;
    return __typegrad.reverseResult(value_1, [x_a_1]);
};
const forward_1 = (x_2, x_t_1) => {
    let v_5 = 0, v_t_1 = 0, v_6 = 0, v_t_2 = 0, v_7 = 0, v_t_3 = 0, v_8 = 0, v_t_4 = 0;
    v_5 = x_2 ** 2;
    v_t_1 = (2 * x_2) * x_t_1;
    v_6 = C * v_5;
    v_t_2 = C * v_t_1;
    v_7 = 1 + x_2;
    v_t_3 = x_t_1;
    v_8 = v_6 / v_7;
    v_t_4 = (1 / v_7) * v_t_2 + (-(v_8 / v_7)) * v_t_3;
    return __typegrad.forwardResult(v_8, v_t_4);
};
const derivative_1 = x_3 => {
    let v_9 = 0, v_t_5 = 0, v_10 = 0, v_t_6 = 0, v_11 = 0, v_t_7 = 0, v_12 = 0, v_t_8 = 0;
    v_9 = x_3 ** 2;
    v_t_5 = 2 * x_3;
    v_10 = C * v_9;
    v_t_6 = C * v_t_5;
    v_11 = 1 + x_3;
    v_t_7 = 1;
    v_12 = v_10 / v_11;
    v_t_8 = (1 / v_11) * v_t_6 + (-(v_12 / v_11)) * v_t_7;
    return __typegrad.derivativeResult(v_12, v_t_8);
};
const hessian_1 = (x_4, x_v_1) => {
    let v_13 = 0, v_14 = 0, v_15 = 0, v_16 = 0, d_1 = 0, v_t_9 = 0, v_t_10 = 0, v_t_11 = 0, d_2 = 0, d_3 = 0, d_4 = 0, d_5 = 0, d_6 = 0, v_t_12 = 0, x_a_2 = 0;
    v_13 = x_4 ** 2;
    d_1 = 2 * x_4;
    v_t_9 = d_1 * x_v_1;
    v_14 = C * v_13;
    v_t_10 = C * v_t_9;
    v_15 = 1 + x_4;
    v_t_11 = x_v_1;
    v_16 = v_14 / v_15;
    d_2 = 1 / v_15;
    d_3 = d_2 * v_t_10;
    d_4 = v_16 / v_15;
    d_5 = -d_4;
    d_6 = d_5 * v_t_11;
    v_t_12 = d_3 + d_6;
    const value_2 = v_t_12;
    let v_a_5 = 0, d_a_1 = 0, v_t_a_1 = 0, v_a_6 = 0, v_t_a_2 = 0, v_a_7 = 0, v_a_8 = 0, d_a_2 = 0, d_a_3 = 0, d_a_4 = 0, d_a_5 = 0, d_a_6 = 0, v_t_a_3 = 0;
    v_t_a_3 = 1;
    d_a_3 = v_t_a_3;
    d_a_6 = v_t_a_3;
    d_a_5 = v_t_11 * d_a_6;
    d_a_4 = -d_a_5;
    v_a_8 = (1 / v_15) * d_a_4;
    v_a_7 = (-(d_4 / v_15)) * d_a_4;
    d_a_2 = v_t_10 * d_a_3;
    v_t_a_2 = d_2 * d_a_3;
    v_a_7 += (-(d_2 / v_15)) * d_a_2;
    v_a_6 = (1 / v_15) * v_a_8;
    v_a_7 += (-(v_16 / v_15)) * v_a_8;
    x_a_2 += v_a_7;
    v_t_a_1 = C * v_t_a_2;
    v_a_5 = C * v_a_6;
    d_a_1 = x_v_1 * v_t_a_1;
    x_a_2 += 2 * d_a_1;
    x_a_2 += (2 * x_4) * v_a_5;
    return __typegrad.reverseResult(value_2, [x_a_2]);
};
__typegrad.attach(g, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward(g$ad, forward_1, derivative_1), gradient_1, "n"), hessian_1, "n"));
const gradient_2 = x_5 => {
    let c_1 = 0, v_17 = 0, v_18 = 0, taken_1 = 0, x_a_3 = 0, c_a_1 = 0;
    taken_1 = x_5 > 0 ? 1 : 0;
    if (taken_1 === 1) {
        v_17 = x_5 * x_5;
        c_1 = v_17;
    }
    else {
        v_18 = -x_5;
        c_1 = v_18;
    }
    const value_3 = c_1;
    c_a_1 = 1;
    if (taken_1 === 1) {
        let v_a_9 = 0;
        v_a_9 = c_a_1;
        c_a_1 = 0;
        x_a_3 += x_5 * v_a_9;
        x_a_3 += x_5 * v_a_9;
    }
    else {
        let v_a_10 = 0;
        v_a_10 = c_a_1;
        c_a_1 = 0;
        x_a_3 += -v_a_10;
    }
    return __typegrad.reverseResult(value_3, [x_a_3]);
};
const forward_2 = (x_6, x_t_2) => {
    let c_2 = 0, c_t_1 = 0, v_19 = 0, v_t_13 = 0, v_20 = 0, v_t_14 = 0;
    if (x_6 > 0) {
        v_19 = x_6 * x_6;
        v_t_13 = x_6 * x_t_2 + x_6 * x_t_2;
        c_2 = v_19;
        c_t_1 = v_t_13;
    }
    else {
        v_20 = -x_6;
        v_t_14 = -x_t_2;
        c_2 = v_20;
        c_t_1 = v_t_14;
    }
    return __typegrad.forwardResult(c_2, c_t_1);
};
const derivative_2 = x_7 => {
    let c_3 = 0, c_t_2 = 0, v_21 = 0, v_t_15 = 0, v_22 = 0, v_t_16 = 0;
    if (x_7 > 0) {
        v_21 = x_7 * x_7;
        v_t_15 = x_7 + x_7;
        c_3 = v_21;
        c_t_2 = v_t_15;
    }
    else {
        v_22 = -x_7;
        v_t_16 = (-1);
        c_3 = v_22;
        c_t_2 = v_t_16;
    }
    return __typegrad.derivativeResult(c_3, c_t_2);
};
const hessian_2 = (x_8, x_v_2) => {
    let d_7 = 0, d_8 = 0, v_t_17 = 0, c_t_3 = 0, v_t_18 = 0, taken_2 = 0, x_a_4 = 0, c_t_a_1 = 0;
    taken_2 = x_8 > 0 ? 1 : 0;
    if (taken_2 === 1) {
        d_7 = x_8 * x_v_2;
        d_8 = x_8 * x_v_2;
        v_t_17 = d_7 + d_8;
        c_t_3 = v_t_17;
    }
    else {
        v_t_18 = -x_v_2;
        c_t_3 = v_t_18;
    }
    const value_4 = c_t_3;
    c_t_a_1 = 1;
    if (taken_2 === 1) {
        let d_a_7 = 0, d_a_8 = 0, v_t_a_4 = 0;
        v_t_a_4 = c_t_a_1;
        c_t_a_1 = 0;
        d_a_7 = v_t_a_4;
        d_a_8 = v_t_a_4;
        x_a_4 += x_v_2 * d_a_8;
        x_a_4 += x_v_2 * d_a_7;
    }
    else {
        c_t_a_1 = 0;
    }
    return __typegrad.reverseResult(value_4, [x_a_4]);
};
const gradient_3 = x_9 => {
    let v_23 = 0, v_24 = 0, v_25 = 0, v_26 = 0, v_27 = 0, x_a_5 = 0;
    v_23 = x_9 ** 2;
    v_24 = C * v_23;
    v_25 = 1 + x_9;
    v_26 = v_24 / v_25;
    v_27 = v_26 * 2;
    const value_5 = v_27;
    let v_a_11 = 0, v_a_12 = 0, v_a_13 = 0, v_a_14 = 0, v_a_15 = 0;
    v_a_15 = 1;
    v_a_14 = 2 * v_a_15;
    v_a_12 = (1 / v_25) * v_a_14;
    v_a_13 = (-(v_26 / v_25)) * v_a_14;
    x_a_5 += v_a_13;
    v_a_11 = C * v_a_12;
    x_a_5 += (2 * x_9) * v_a_11;
    return __typegrad.reverseResult(value_5, [x_a_5]);
};
const forward_3 = (x_10, x_t_3) => {
    let v_28 = 0, v_t_19 = 0, v_29 = 0, v_t_20 = 0, v_30 = 0, v_t_21 = 0, v_31 = 0, v_t_22 = 0, v_32 = 0, v_t_23 = 0;
    v_28 = x_10 ** 2;
    v_t_19 = (2 * x_10) * x_t_3;
    v_29 = C * v_28;
    v_t_20 = C * v_t_19;
    v_30 = 1 + x_10;
    v_t_21 = x_t_3;
    v_31 = v_29 / v_30;
    v_t_22 = (1 / v_30) * v_t_20 + (-(v_31 / v_30)) * v_t_21;
    v_32 = v_31 * 2;
    v_t_23 = 2 * v_t_22;
    return __typegrad.forwardResult(v_32, v_t_23);
};
const derivative_3 = x_11 => {
    let v_33 = 0, v_t_24 = 0, v_34 = 0, v_t_25 = 0, v_35 = 0, v_t_26 = 0, v_36 = 0, v_t_27 = 0, v_37 = 0, v_t_28 = 0;
    v_33 = x_11 ** 2;
    v_t_24 = 2 * x_11;
    v_34 = C * v_33;
    v_t_25 = C * v_t_24;
    v_35 = 1 + x_11;
    v_t_26 = 1;
    v_36 = v_34 / v_35;
    v_t_27 = (1 / v_35) * v_t_25 + (-(v_36 / v_35)) * v_t_26;
    v_37 = v_36 * 2;
    v_t_28 = 2 * v_t_27;
    return __typegrad.derivativeResult(v_37, v_t_28);
};
const hessian_3 = (x_12, x_v_3) => {
    let v_38 = 0, v_39 = 0, v_40 = 0, v_41 = 0, d_9 = 0, v_t_29 = 0, v_t_30 = 0, v_t_31 = 0, d_10 = 0, d_11 = 0, d_12 = 0, d_13 = 0, d_14 = 0, v_t_32 = 0, v_t_33 = 0, x_a_6 = 0;
    v_38 = x_12 ** 2;
    d_9 = 2 * x_12;
    v_t_29 = d_9 * x_v_3;
    v_39 = C * v_38;
    v_t_30 = C * v_t_29;
    v_40 = 1 + x_12;
    v_t_31 = x_v_3;
    v_41 = v_39 / v_40;
    d_10 = 1 / v_40;
    d_11 = d_10 * v_t_30;
    d_12 = v_41 / v_40;
    d_13 = -d_12;
    d_14 = d_13 * v_t_31;
    v_t_32 = d_11 + d_14;
    v_t_33 = 2 * v_t_32;
    const value_6 = v_t_33;
    let v_a_16 = 0, d_a_9 = 0, v_t_a_5 = 0, v_a_17 = 0, v_t_a_6 = 0, v_a_18 = 0, v_a_19 = 0, d_a_10 = 0, d_a_11 = 0, d_a_12 = 0, d_a_13 = 0, d_a_14 = 0, v_t_a_7 = 0, v_t_a_8 = 0;
    v_t_a_8 = 1;
    v_t_a_7 = 2 * v_t_a_8;
    d_a_11 = v_t_a_7;
    d_a_14 = v_t_a_7;
    d_a_13 = v_t_31 * d_a_14;
    d_a_12 = -d_a_13;
    v_a_19 = (1 / v_40) * d_a_12;
    v_a_18 = (-(d_12 / v_40)) * d_a_12;
    d_a_10 = v_t_30 * d_a_11;
    v_t_a_6 = d_10 * d_a_11;
    v_a_18 += (-(d_10 / v_40)) * d_a_10;
    v_a_17 = (1 / v_40) * v_a_19;
    v_a_18 += (-(v_41 / v_40)) * v_a_19;
    x_a_6 += v_a_18;
    v_t_a_5 = C * v_t_a_6;
    v_a_16 = C * v_a_17;
    d_a_9 = x_v_3 * v_t_a_5;
    x_a_6 += 2 * d_a_9;
    x_a_6 += (2 * x_12) * v_a_16;
    return __typegrad.reverseResult(value_6, [x_a_6]);
};
const gradient_4 = x_13 => {
    let v_42 = 0, v_43 = 0, v_44 = 0, x_a_7 = 0;
    v_42 = Math.sin(x_13);
    v_43 = x_13 + 1.4;
    v_44 = v_42 * v_43;
    const value_7 = v_44;
    let v_a_20 = 0, v_a_21 = 0, v_a_22 = 0;
    v_a_22 = 1;
    v_a_20 = v_43 * v_a_22;
    v_a_21 = v_42 * v_a_22;
    x_a_7 += v_a_21;
    x_a_7 += Math.cos(x_13) * v_a_20;
    return __typegrad.reverseResult(value_7, [x_a_7]);
};
const forward_4 = (x_14, x_t_4) => {
    let v_45 = 0, v_t_34 = 0, v_46 = 0, v_t_35 = 0, v_47 = 0, v_t_36 = 0;
    v_45 = Math.sin(x_14);
    v_t_34 = Math.cos(x_14) * x_t_4;
    v_46 = x_14 + 1.4;
    v_t_35 = x_t_4;
    v_47 = v_45 * v_46;
    v_t_36 = v_46 * v_t_34 + v_45 * v_t_35;
    return __typegrad.forwardResult(v_47, v_t_36);
};
const derivative_4 = x_15 => {
    let v_48 = 0, v_t_37 = 0, v_49 = 0, v_t_38 = 0, v_50 = 0, v_t_39 = 0;
    v_48 = Math.sin(x_15);
    v_t_37 = Math.cos(x_15);
    v_49 = x_15 + 1.4;
    v_t_38 = 1;
    v_50 = v_48 * v_49;
    v_t_39 = v_49 * v_t_37 + v_48 * v_t_38;
    return __typegrad.derivativeResult(v_50, v_t_39);
};
const hessian_4 = (x_16, x_v_4) => {
    let v_51 = 0, v_52 = 0, d_15 = 0, v_t_40 = 0, v_t_41 = 0, d_16 = 0, d_17 = 0, v_t_42 = 0, x_a_8 = 0;
    v_51 = Math.sin(x_16);
    d_15 = Math.cos(x_16);
    v_t_40 = d_15 * x_v_4;
    v_52 = x_16 + 1.4;
    v_t_41 = x_v_4;
    d_16 = v_52 * v_t_40;
    d_17 = v_51 * v_t_41;
    v_t_42 = d_16 + d_17;
    const value_8 = v_t_42;
    let v_a_23 = 0, d_a_15 = 0, v_t_a_9 = 0, v_a_24 = 0, d_a_16 = 0, d_a_17 = 0, v_t_a_10 = 0;
    v_t_a_10 = 1;
    d_a_16 = v_t_a_10;
    d_a_17 = v_t_a_10;
    v_a_23 = v_t_41 * d_a_17;
    v_a_24 = v_t_40 * d_a_16;
    v_t_a_9 = v_52 * d_a_16;
    x_a_8 += v_a_24;
    d_a_15 = x_v_4 * v_t_a_9;
    x_a_8 += (-Math.sin(x_16)) * d_a_15;
    x_a_8 += Math.cos(x_16) * v_a_23;
    return __typegrad.reverseResult(value_8, [x_a_8]);
};
const gradient_5 = (x0_1, x1_1) => {
    let v_53 = 0, v_54 = 0, v_55 = 0, x0_a_1 = 0, x1_a_1 = 0;
    v_53 = Math.sin(x0_1);
    v_54 = x0_1 + x1_1;
    v_55 = v_53 * v_54;
    const value_9 = v_55;
    let v_a_25 = 0, v_a_26 = 0, v_a_27 = 0;
    v_a_27 = 1;
    v_a_25 = v_54 * v_a_27;
    v_a_26 = v_53 * v_a_27;
    x0_a_1 += v_a_26;
    x1_a_1 += v_a_26;
    x0_a_1 += Math.cos(x0_1) * v_a_25;
    return __typegrad.reverseResult(value_9, [x0_a_1, x1_a_1]);
};
const C = 2;
const f = (x0, x1) => Math.sin(x0) * (x0 + x1);
const f$ad = (x0, x1) => __typegrad.mul(__typegrad.sin(x0), (__typegrad.add(x0, x1)));
__typegrad.attach(f, f$ad);
function g(x) {
    const y = C * x ** 2;
    return y / (1 + x);
}
function g$ad(x) {
    const y = __typegrad.mul(C, __typegrad.pow(x, 2));
    return __typegrad.div(y, (__typegrad.add(1, x)));
}
const branchy = (x) => (x > 0 ? x * x : -x);
const branchy$ad = (x) => (__typegrad.gt(x, 0) ? __typegrad.mul(x, x) : __typegrad.neg(x));
__typegrad.attach(branchy, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward(branchy$ad, forward_2, derivative_2), gradient_2, "n"), hessian_2, "n"));
const calls = (x) => g(x) * 2;
const calls$ad = (x) => __typegrad.mul(g$ad(x), 2);
__typegrad.attach(calls, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward(calls$ad, forward_3, derivative_3), gradient_3, "n"), hessian_3, "n"));
export const checks = [
    { f: __typegrad.attach((x) => f(x, 1.4), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => f$ad(x, 1.4), forward_4, derivative_4), gradient_4, "n"), hessian_4, "n")), at: [0.6], grad: (x) => grad(__typegrad.withReverse(f$ad, gradient_5, "nn"))(x, 1.4)[0] },
    { f: g, at: [1.5], grad: (x) => valueAndGrad(__typegrad.withReverse(g$ad, gradient_1, "n"))(x)[1] },
    { f: branchy, at: [0.5], grad: grad(__typegrad.withReverse(branchy$ad, gradient_2, "n")) },
    { f: calls, at: [0.5], grad: grad(__typegrad.withReverse(calls$ad, gradient_3, "n")) },
];
