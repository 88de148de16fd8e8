// A straight-line scalar function handed to grad or valueAndGrad also gets compiled reverse
// code; one with control flow or a call of the program's own functions does not.
import { grad, valueAndGrad } from "typegrad";
import * as __typegrad from "typegrad";
const gradient_1 = (x0_1, x1_1) => {
    let v_1 = 0, v_2 = 0, v_3 = 0, x0_a_1 = 0, x1_a_1 = 0;
    v_1 = Math.sin(x0_1);
    v_2 = x0_1 + x1_1;
    v_3 = v_1 * v_2;
    const value_1 = v_3;
    let v_a_1 = 0, v_a_2 = 0, v_a_3 = 0;
    v_a_3 = 1;
    v_a_1 = v_2 * v_a_3;
    v_a_2 = v_1 * v_a_3;
    x0_a_1 += v_a_2;
    x1_a_1 += v_a_2;
    x0_a_1 += Math.cos(x0_1) * v_a_1;
    return __typegrad.reverseResult(value_1, [x0_a_1, x1_a_1]);
};
const forward_1 = (x0_2, x0_t_1, x1_2, x1_t_1) => {
    let v_4 = 0, v_t_1 = 0, v_5 = 0, v_t_2 = 0, v_6 = 0, v_t_3 = 0;
    v_4 = Math.sin(x0_2);
    v_t_1 = Math.cos(x0_2) * x0_t_1;
    v_5 = x0_2 + x1_2;
    v_t_2 = x0_t_1 + x1_t_1;
    v_6 = v_4 * v_5;
    v_t_3 = v_5 * v_t_1 + v_4 * v_t_2;
    return __typegrad.forwardResult(v_6, v_t_3);
};
const hessian_1 = (x0_3, x1_3, x0_v_1, x1_v_1) => {
    let v_7 = 0, v_8 = 0, d_1 = 0, v_t_4 = 0, v_t_5 = 0, d_2 = 0, d_3 = 0, v_t_6 = 0, x0_a_2 = 0, x1_a_2 = 0;
    v_7 = Math.sin(x0_3);
    d_1 = Math.cos(x0_3);
    v_t_4 = d_1 * x0_v_1;
    v_8 = x0_3 + x1_3;
    v_t_5 = x0_v_1 + x1_v_1;
    d_2 = v_8 * v_t_4;
    d_3 = v_7 * v_t_5;
    v_t_6 = d_2 + d_3;
    const value_2 = v_t_6;
    let v_a_4 = 0, d_a_1 = 0, v_t_a_1 = 0, v_a_5 = 0, d_a_2 = 0, d_a_3 = 0, v_t_a_2 = 0;
    v_t_a_2 = 1;
    d_a_2 = v_t_a_2;
    d_a_3 = v_t_a_2;
    v_a_4 = v_t_5 * d_a_3;
    v_a_5 = v_t_4 * d_a_2;
    v_t_a_1 = v_8 * d_a_2;
    x0_a_2 += v_a_5;
    x1_a_2 += v_a_5;
    d_a_1 = x0_v_1 * v_t_a_1;
    x0_a_2 += (-Math.sin(x0_3)) * d_a_1;
    x0_a_2 += Math.cos(x0_3) * v_a_4;
    return __typegrad.reverseResult(value_2, [x0_a_2, x1_a_2]);
};
const gradient_2 = x_1 => {
    let v_9 = 0, v_10 = 0, v_11 = 0, v_12 = 0, x_a_1 = 0;
    v_9 = x_1 ** 2;
    v_10 = C * v_9;
    v_11 = 1 + x_1;
    v_12 = v_10 / v_11;
    const value_3 = v_12;
    let v_a_6 = 0, v_a_7 = 0, v_a_8 = 0, v_a_9 = 0;
    v_a_9 = 1;
    v_a_7 = (1 / v_11) * v_a_9;
    v_a_8 = (-(v_12 / v_11)) * v_a_9;
    x_a_1 += v_a_8;
    v_a_6 = C * v_a_7;
    x_a_1 += (2 * x_1) * v_a_6;
    return __typegrad.reverseResult(value_3, [x_a_1]);
};
const forward_2 = (x_2, x_t_1) => {
    let v_13 = 0, v_t_7 = 0, v_14 = 0, v_t_8 = 0, v_15 = 0, v_t_9 = 0, v_16 = 0, v_t_10 = 0;
    v_13 = x_2 ** 2;
    v_t_7 = (2 * x_2) * x_t_1;
    v_14 = C * v_13;
    v_t_8 = C * v_t_7;
    v_15 = 1 + x_2;
    v_t_9 = x_t_1;
    v_16 = v_14 / v_15;
    v_t_10 = (1 / v_15) * v_t_8 + (-(v_16 / v_15)) * v_t_9;
    return __typegrad.forwardResult(v_16, v_t_10);
};
const derivative_1 = x_3 => {
    let v_17 = 0, v_t_11 = 0, v_18 = 0, v_t_12 = 0, v_19 = 0, v_t_13 = 0, v_20 = 0, v_t_14 = 0;
    v_17 = x_3 ** 2;
    v_t_11 = 2 * x_3;
    v_18 = C * v_17;
    v_t_12 = C * v_t_11;
    v_19 = 1 + x_3;
    v_t_13 = 1;
    v_20 = v_18 / v_19;
    v_t_14 = (1 / v_19) * v_t_12 + (-(v_20 / v_19)) * v_t_13;
    return __typegrad.derivativeResult(v_20, v_t_14);
};
const hessian_2 = (x_4, x_v_1) => {
    let v_21 = 0, v_22 = 0, v_23 = 0, v_24 = 0, d_4 = 0, v_t_15 = 0, v_t_16 = 0, v_t_17 = 0, d_5 = 0, d_6 = 0, d_7 = 0, d_8 = 0, d_9 = 0, v_t_18 = 0, x_a_2 = 0;
    v_21 = x_4 ** 2;
    d_4 = 2 * x_4;
    v_t_15 = d_4 * x_v_1;
    v_22 = C * v_21;
    v_t_16 = C * v_t_15;
    v_23 = 1 + x_4;
    v_t_17 = x_v_1;
    v_24 = v_22 / v_23;
    d_5 = 1 / v_23;
    d_6 = d_5 * v_t_16;
    d_7 = v_24 / v_23;
    d_8 = -d_7;
    d_9 = d_8 * v_t_17;
    v_t_18 = d_6 + d_9;
    const value_4 = v_t_18;
    let v_a_10 = 0, d_a_4 = 0, v_t_a_3 = 0, v_a_11 = 0, v_t_a_4 = 0, v_a_12 = 0, v_a_13 = 0, d_a_5 = 0, d_a_6 = 0, d_a_7 = 0, d_a_8 = 0, d_a_9 = 0, v_t_a_5 = 0;
    v_t_a_5 = 1;
    d_a_6 = v_t_a_5;
    d_a_9 = v_t_a_5;
    d_a_8 = v_t_17 * d_a_9;
    d_a_7 = -d_a_8;
    v_a_13 = (1 / v_23) * d_a_7;
    v_a_12 = (-(d_7 / v_23)) * d_a_7;
    d_a_5 = v_t_16 * d_a_6;
    v_t_a_4 = d_5 * d_a_6;
    v_a_12 += (-(d_5 / v_23)) * d_a_5;
    v_a_11 = (1 / v_23) * v_a_13;
    v_a_12 += (-(v_24 / v_23)) * v_a_13;
    x_a_2 += v_a_12;
    v_t_a_3 = C * v_t_a_4;
    v_a_10 = C * v_a_11;
    d_a_4 = x_v_1 * v_t_a_3;
    x_a_2 += 2 * d_a_4;
    x_a_2 += (2 * x_4) * v_a_10;
    return __typegrad.reverseResult(value_4, [x_a_2]);
};
__typegrad.attach(g, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward(g$ad, forward_2, derivative_1), gradient_2, "n"), hessian_2, "n"));
const gradient_3 = x_5 => {
    let c_1 = 0, v_25 = 0, v_26 = 0, taken_1 = 0, x_a_3 = 0, c_a_1 = 0;
    taken_1 = x_5 > 0 ? 1 : 0;
    if (taken_1 === 1) {
        v_25 = x_5 * x_5;
        c_1 = v_25;
    }
    else {
        v_26 = -x_5;
        c_1 = v_26;
    }
    const value_5 = c_1;
    c_a_1 = 1;
    if (taken_1 === 1) {
        let v_a_14 = 0;
        v_a_14 = c_a_1;
        c_a_1 = 0;
        x_a_3 += x_5 * v_a_14;
        x_a_3 += x_5 * v_a_14;
    }
    else {
        let v_a_15 = 0;
        v_a_15 = c_a_1;
        c_a_1 = 0;
        x_a_3 += -v_a_15;
    }
    return __typegrad.reverseResult(value_5, [x_a_3]);
};
const forward_3 = (x_6, x_t_2) => {
    let c_2 = 0, c_t_1 = 0, v_27 = 0, v_t_19 = 0, v_28 = 0, v_t_20 = 0;
    if (x_6 > 0) {
        v_27 = x_6 * x_6;
        v_t_19 = x_6 * x_t_2 + x_6 * x_t_2;
        c_2 = v_27;
        c_t_1 = v_t_19;
    }
    else {
        v_28 = -x_6;
        v_t_20 = -x_t_2;
        c_2 = v_28;
        c_t_1 = v_t_20;
    }
    return __typegrad.forwardResult(c_2, c_t_1);
};
const derivative_2 = x_7 => {
    let c_3 = 0, c_t_2 = 0, v_29 = 0, v_t_21 = 0, v_30 = 0, v_t_22 = 0;
    if (x_7 > 0) {
        v_29 = x_7 * x_7;
        v_t_21 = x_7 + x_7;
        c_3 = v_29;
        c_t_2 = v_t_21;
    }
    else {
        v_30 = -x_7;
        v_t_22 = (-1);
        c_3 = v_30;
        c_t_2 = v_t_22;
    }
    return __typegrad.derivativeResult(c_3, c_t_2);
};
const hessian_3 = (x_8, x_v_2) => {
    let d_10 = 0, d_11 = 0, v_t_23 = 0, c_t_3 = 0, v_t_24 = 0, taken_2 = 0, x_a_4 = 0, c_t_a_1 = 0;
    taken_2 = x_8 > 0 ? 1 : 0;
    if (taken_2 === 1) {
        d_10 = x_8 * x_v_2;
        d_11 = x_8 * x_v_2;
        v_t_23 = d_10 + d_11;
        c_t_3 = v_t_23;
    }
    else {
        v_t_24 = -x_v_2;
        c_t_3 = v_t_24;
    }
    const value_6 = c_t_3;
    c_t_a_1 = 1;
    if (taken_2 === 1) {
        let d_a_10 = 0, d_a_11 = 0, v_t_a_6 = 0;
        v_t_a_6 = c_t_a_1;
        c_t_a_1 = 0;
        d_a_10 = v_t_a_6;
        d_a_11 = v_t_a_6;
        x_a_4 += x_v_2 * d_a_11;
        x_a_4 += x_v_2 * d_a_10;
    }
    else {
        c_t_a_1 = 0;
    }
    return __typegrad.reverseResult(value_6, [x_a_4]);
};
const gradient_4 = x_9 => {
    let v_31 = 0, v_32 = 0, v_33 = 0, v_34 = 0, v_35 = 0, x_a_5 = 0;
    v_31 = x_9 ** 2;
    v_32 = C * v_31;
    v_33 = 1 + x_9;
    v_34 = v_32 / v_33;
    v_35 = v_34 * 2;
    const value_7 = v_35;
    let v_a_16 = 0, v_a_17 = 0, v_a_18 = 0, v_a_19 = 0, v_a_20 = 0;
    v_a_20 = 1;
    v_a_19 = 2 * v_a_20;
    v_a_17 = (1 / v_33) * v_a_19;
    v_a_18 = (-(v_34 / v_33)) * v_a_19;
    x_a_5 += v_a_18;
    v_a_16 = C * v_a_17;
    x_a_5 += (2 * x_9) * v_a_16;
    return __typegrad.reverseResult(value_7, [x_a_5]);
};
const forward_4 = (x_10, x_t_3) => {
    let v_36 = 0, v_t_25 = 0, v_37 = 0, v_t_26 = 0, v_38 = 0, v_t_27 = 0, v_39 = 0, v_t_28 = 0, v_40 = 0, v_t_29 = 0;
    v_36 = x_10 ** 2;
    v_t_25 = (2 * x_10) * x_t_3;
    v_37 = C * v_36;
    v_t_26 = C * v_t_25;
    v_38 = 1 + x_10;
    v_t_27 = x_t_3;
    v_39 = v_37 / v_38;
    v_t_28 = (1 / v_38) * v_t_26 + (-(v_39 / v_38)) * v_t_27;
    v_40 = v_39 * 2;
    v_t_29 = 2 * v_t_28;
    return __typegrad.forwardResult(v_40, v_t_29);
};
const derivative_3 = x_11 => {
    let v_41 = 0, v_t_30 = 0, v_42 = 0, v_t_31 = 0, v_43 = 0, v_t_32 = 0, v_44 = 0, v_t_33 = 0, v_45 = 0, v_t_34 = 0;
    v_41 = x_11 ** 2;
    v_t_30 = 2 * x_11;
    v_42 = C * v_41;
    v_t_31 = C * v_t_30;
    v_43 = 1 + x_11;
    v_t_32 = 1;
    v_44 = v_42 / v_43;
    v_t_33 = (1 / v_43) * v_t_31 + (-(v_44 / v_43)) * v_t_32;
    v_45 = v_44 * 2;
    v_t_34 = 2 * v_t_33;
    return __typegrad.derivativeResult(v_45, v_t_34);
};
const hessian_4 = (x_12, x_v_3) => {
    let v_46 = 0, v_47 = 0, v_48 = 0, v_49 = 0, d_12 = 0, v_t_35 = 0, v_t_36 = 0, v_t_37 = 0, d_13 = 0, d_14 = 0, d_15 = 0, d_16 = 0, d_17 = 0, v_t_38 = 0, v_t_39 = 0, x_a_6 = 0;
    v_46 = x_12 ** 2;
    d_12 = 2 * x_12;
    v_t_35 = d_12 * x_v_3;
    v_47 = C * v_46;
    v_t_36 = C * v_t_35;
    v_48 = 1 + x_12;
    v_t_37 = x_v_3;
    v_49 = v_47 / v_48;
    d_13 = 1 / v_48;
    d_14 = d_13 * v_t_36;
    d_15 = v_49 / v_48;
    d_16 = -d_15;
    d_17 = d_16 * v_t_37;
    v_t_38 = d_14 + d_17;
    v_t_39 = 2 * v_t_38;
    const value_8 = v_t_39;
    let v_a_21 = 0, d_a_12 = 0, v_t_a_7 = 0, v_a_22 = 0, v_t_a_8 = 0, v_a_23 = 0, v_a_24 = 0, d_a_13 = 0, d_a_14 = 0, d_a_15 = 0, d_a_16 = 0, d_a_17 = 0, v_t_a_9 = 0, v_t_a_10 = 0;
    v_t_a_10 = 1;
    v_t_a_9 = 2 * v_t_a_10;
    d_a_14 = v_t_a_9;
    d_a_17 = v_t_a_9;
    d_a_16 = v_t_37 * d_a_17;
    d_a_15 = -d_a_16;
    v_a_24 = (1 / v_48) * d_a_15;
    v_a_23 = (-(d_15 / v_48)) * d_a_15;
    d_a_13 = v_t_36 * d_a_14;
    v_t_a_8 = d_13 * d_a_14;
    v_a_23 += (-(d_13 / v_48)) * d_a_13;
    v_a_22 = (1 / v_48) * v_a_24;
    v_a_23 += (-(v_49 / v_48)) * v_a_24;
    x_a_6 += v_a_23;
    v_t_a_7 = C * v_t_a_8;
    v_a_21 = C * v_a_22;
    d_a_12 = x_v_3 * v_t_a_7;
    x_a_6 += 2 * d_a_12;
    x_a_6 += (2 * x_12) * v_a_21;
    return __typegrad.reverseResult(value_8, [x_a_6]);
};
const gradient_5 = x_13 => {
    let v_50 = 0, v_51 = 0, v_52 = 0, x_a_7 = 0;
    v_50 = Math.sin(x_13);
    v_51 = x_13 + 1.4;
    v_52 = v_50 * v_51;
    const value_9 = v_52;
    let v_a_25 = 0, v_a_26 = 0, v_a_27 = 0;
    v_a_27 = 1;
    v_a_25 = v_51 * v_a_27;
    v_a_26 = v_50 * v_a_27;
    x_a_7 += v_a_26;
    x_a_7 += Math.cos(x_13) * v_a_25;
    return __typegrad.reverseResult(value_9, [x_a_7]);
};
const forward_5 = (x_14, x_t_4) => {
    let v_53 = 0, v_t_40 = 0, v_54 = 0, v_t_41 = 0, v_55 = 0, v_t_42 = 0;
    v_53 = Math.sin(x_14);
    v_t_40 = Math.cos(x_14) * x_t_4;
    v_54 = x_14 + 1.4;
    v_t_41 = x_t_4;
    v_55 = v_53 * v_54;
    v_t_42 = v_54 * v_t_40 + v_53 * v_t_41;
    return __typegrad.forwardResult(v_55, v_t_42);
};
const derivative_4 = x_15 => {
    let v_56 = 0, v_t_43 = 0, v_57 = 0, v_t_44 = 0, v_58 = 0, v_t_45 = 0;
    v_56 = Math.sin(x_15);
    v_t_43 = Math.cos(x_15);
    v_57 = x_15 + 1.4;
    v_t_44 = 1;
    v_58 = v_56 * v_57;
    v_t_45 = v_57 * v_t_43 + v_56 * v_t_44;
    return __typegrad.derivativeResult(v_58, v_t_45);
};
const hessian_5 = (x_16, x_v_4) => {
    let v_59 = 0, v_60 = 0, d_18 = 0, v_t_46 = 0, v_t_47 = 0, d_19 = 0, d_20 = 0, v_t_48 = 0, x_a_8 = 0;
    v_59 = Math.sin(x_16);
    d_18 = Math.cos(x_16);
    v_t_46 = d_18 * x_v_4;
    v_60 = x_16 + 1.4;
    v_t_47 = x_v_4;
    d_19 = v_60 * v_t_46;
    d_20 = v_59 * v_t_47;
    v_t_48 = d_19 + d_20;
    const value_10 = v_t_48;
    let v_a_28 = 0, d_a_18 = 0, v_t_a_11 = 0, v_a_29 = 0, d_a_19 = 0, d_a_20 = 0, v_t_a_12 = 0;
    v_t_a_12 = 1;
    d_a_19 = v_t_a_12;
    d_a_20 = v_t_a_12;
    v_a_28 = v_t_47 * d_a_20;
    v_a_29 = v_t_46 * d_a_19;
    v_t_a_11 = v_60 * d_a_19;
    x_a_8 += v_a_29;
    d_a_18 = x_v_4 * v_t_a_11;
    x_a_8 += (-Math.sin(x_16)) * d_a_18;
    x_a_8 += Math.cos(x_16) * v_a_28;
    return __typegrad.reverseResult(value_10, [x_a_8]);
};
const C = 2;
const f = (x0, x1) => Math.sin(x0) * (x0 + x1);
const f$ad = (x0, x1) => __typegrad.mul(__typegrad.sin(x0), (__typegrad.add(x0, x1)));
__typegrad.attach(f, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward(f$ad, forward_1), gradient_1, "nn"), hessian_1, "nn"));
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
__typegrad.attach(branchy, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward(branchy$ad, forward_3, derivative_2), gradient_3, "n"), hessian_3, "n"));
const calls = (x) => g(x) * 2;
const calls$ad = (x) => __typegrad.mul(g$ad(x), 2);
__typegrad.attach(calls, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward(calls$ad, forward_4, derivative_3), gradient_4, "n"), hessian_4, "n"));
export const checks = [
    { f: __typegrad.attach((x) => f(x, 1.4), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => f$ad(x, 1.4), forward_5, derivative_4), gradient_5, "n"), hessian_5, "n")), at: [0.6], grad: (x) => grad(__typegrad.withReverse(f$ad, gradient_1, "nn"))(x, 1.4)[0] },
    { f: g, at: [1.5], grad: (x) => valueAndGrad(__typegrad.withReverse(g$ad, gradient_2, "n"))(x)[1] },
    { f: branchy, at: [0.5], grad: grad(__typegrad.withReverse(branchy$ad, gradient_3, "n")) },
    { f: calls, at: [0.5], grad: grad(__typegrad.withReverse(calls$ad, gradient_4, "n")) },
];
