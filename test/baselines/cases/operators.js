// Arithmetic, unary operators, comparisons and Math functions in a function handed to grad.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
const gradient_1 = (x_1, y_1) => {
    let v_1 = 0, v_2 = 0, v_3 = 0, v_4 = 0, v_5 = 0, v_6 = 0, v_7 = 0, v_8 = 0, c_1 = 0, v_9 = 0, v_10 = 0, v_11 = 0, v_12 = 0, taken_1 = 0, x_a_1 = 0, y_a_1 = 0, c_a_1 = 0;
    v_1 = Math.sin(x_1);
    v_2 = x_1 + y_1;
    v_3 = v_1 * v_2;
    v_4 = y_1 / 2;
    v_5 = v_3 - v_4;
    v_6 = x_1 % 3;
    v_7 = v_6 ** 2;
    v_8 = v_5 + v_7;
    taken_1 = x_1 < y_1 ? 1 : 0;
    if (taken_1 === 1) {
        v_9 = -v_8;
        c_1 = v_9;
    }
    else {
        v_10 = -x_1;
        v_11 = Math.exp(v_10);
        v_12 = v_8 * v_11;
        c_1 = v_12;
    }
    const value_1 = c_1;
    let v_a_1 = 0, v_a_2 = 0, v_a_3 = 0, v_a_4 = 0, v_a_5 = 0, v_a_6 = 0, v_a_7 = 0, v_a_8 = 0;
    c_a_1 = 1;
    if (taken_1 === 1) {
        let v_a_9 = 0;
        v_a_9 = c_a_1;
        c_a_1 = 0;
        v_a_8 += -v_a_9;
    }
    else {
        let v_a_10 = 0, v_a_11 = 0, v_a_12 = 0;
        v_a_12 = c_a_1;
        c_a_1 = 0;
        v_a_8 += v_11 * v_a_12;
        v_a_11 = v_8 * v_a_12;
        v_a_10 = v_11 * v_a_11;
        x_a_1 += -v_a_10;
    }
    v_a_5 = v_a_8;
    v_a_7 = v_a_8;
    v_a_6 = (2 * v_6) * v_a_7;
    x_a_1 += v_a_6;
    v_a_3 = v_a_5;
    v_a_4 = -v_a_5;
    y_a_1 += 0.5 * v_a_4;
    v_a_1 = v_2 * v_a_3;
    v_a_2 = v_1 * v_a_3;
    x_a_1 += v_a_2;
    y_a_1 += v_a_2;
    x_a_1 += Math.cos(x_1) * v_a_1;
    return __typegrad.reverseResult(value_1, [x_a_1, y_a_1]);
};
const forward_1 = (x_2, x_t_1, y_2, y_t_1) => {
    let v_13 = 0, v_t_1 = 0, v_14 = 0, v_t_2 = 0, v_15 = 0, v_t_3 = 0, v_16 = 0, v_t_4 = 0, v_17 = 0, v_t_5 = 0, v_18 = 0, v_t_6 = 0, v_19 = 0, v_t_7 = 0, v_20 = 0, v_t_8 = 0, c_2 = 0, c_t_1 = 0, v_21 = 0, v_t_9 = 0, v_22 = 0, v_t_10 = 0, v_23 = 0, v_t_11 = 0, v_24 = 0, v_t_12 = 0;
    v_13 = Math.sin(x_2);
    v_t_1 = Math.cos(x_2) * x_t_1;
    v_14 = x_2 + y_2;
    v_t_2 = x_t_1 + y_t_1;
    v_15 = v_13 * v_14;
    v_t_3 = v_14 * v_t_1 + v_13 * v_t_2;
    v_16 = y_2 / 2;
    v_t_4 = 0.5 * y_t_1;
    v_17 = v_15 - v_16;
    v_t_5 = v_t_3 + -v_t_4;
    v_18 = x_2 % 3;
    v_t_6 = x_t_1;
    v_19 = v_18 ** 2;
    v_t_7 = (2 * v_18) * v_t_6;
    v_20 = v_17 + v_19;
    v_t_8 = v_t_5 + v_t_7;
    if (x_2 < y_2) {
        v_21 = -v_20;
        v_t_9 = -v_t_8;
        c_2 = v_21;
        c_t_1 = v_t_9;
    }
    else {
        v_22 = -x_2;
        v_t_10 = -x_t_1;
        v_23 = Math.exp(v_22);
        v_t_11 = v_23 * v_t_10;
        v_24 = v_20 * v_23;
        v_t_12 = v_23 * v_t_8 + v_20 * v_t_11;
        c_2 = v_24;
        c_t_1 = v_t_12;
    }
    return __typegrad.forwardResult(c_2, c_t_1);
};
const hessian_1 = (x_3, y_3, x_v_1, y_v_1) => {
    let v_25 = 0, v_26 = 0, v_27 = 0, v_28 = 0, v_29 = 0, v_30 = 0, v_31 = 0, v_32 = 0, v_33 = 0, v_34 = 0, d_1 = 0, v_t_13 = 0, v_t_14 = 0, d_2 = 0, d_3 = 0, v_t_15 = 0, v_t_16 = 0, d_4 = 0, v_t_17 = 0, v_t_18 = 0, d_5 = 0, v_t_19 = 0, v_t_20 = 0, v_t_21 = 0, c_t_2 = 0, v_t_22 = 0, v_t_23 = 0, d_6 = 0, d_7 = 0, v_t_24 = 0, taken_2 = 0, x_a_2 = 0, y_a_2 = 0, c_t_a_1 = 0;
    v_25 = Math.sin(x_3);
    d_1 = Math.cos(x_3);
    v_t_13 = d_1 * x_v_1;
    v_26 = x_3 + y_3;
    v_t_14 = x_v_1 + y_v_1;
    v_27 = v_25 * v_26;
    d_2 = v_26 * v_t_13;
    d_3 = v_25 * v_t_14;
    v_t_15 = d_2 + d_3;
    v_28 = y_3 / 2;
    v_t_16 = 0.5 * y_v_1;
    v_29 = v_27 - v_28;
    d_4 = -v_t_16;
    v_t_17 = v_t_15 + d_4;
    v_30 = x_3 % 3;
    v_t_18 = x_v_1;
    v_31 = v_30 ** 2;
    d_5 = 2 * v_30;
    v_t_19 = d_5 * v_t_18;
    v_32 = v_29 + v_31;
    v_t_20 = v_t_17 + v_t_19;
    taken_2 = x_3 < y_3 ? 1 : 0;
    if (taken_2 === 1) {
        v_t_21 = -v_t_20;
        c_t_2 = v_t_21;
    }
    else {
        v_33 = -x_3;
        v_t_22 = -x_v_1;
        v_34 = Math.exp(v_33);
        v_t_23 = v_34 * v_t_22;
        d_6 = v_34 * v_t_20;
        d_7 = v_32 * v_t_23;
        v_t_24 = d_6 + d_7;
        c_t_2 = v_t_24;
    }
    const value_2 = c_t_2;
    let v_a_13 = 0, d_a_1 = 0, v_t_a_1 = 0, v_a_14 = 0, v_a_15 = 0, d_a_2 = 0, d_a_3 = 0, v_t_a_2 = 0, v_a_16 = 0, v_a_17 = 0, v_t_a_3 = 0, v_a_18 = 0, v_a_19 = 0, d_a_4 = 0, v_t_a_4 = 0, v_a_20 = 0, v_t_a_5 = 0;
    c_t_a_1 = 1;
    if (taken_2 === 1) {
        let v_t_a_6 = 0;
        v_t_a_6 = c_t_a_1;
        c_t_a_1 = 0;
        v_t_a_5 += -v_t_a_6;
    }
    else {
        let v_a_21 = 0, v_a_22 = 0, v_t_a_7 = 0, d_a_5 = 0, d_a_6 = 0, v_t_a_8 = 0;
        v_t_a_8 = c_t_a_1;
        c_t_a_1 = 0;
        d_a_5 = v_t_a_8;
        d_a_6 = v_t_a_8;
        v_a_20 += v_t_23 * d_a_6;
        v_t_a_7 = v_32 * d_a_6;
        v_a_22 = v_t_20 * d_a_5;
        v_t_a_5 += v_34 * d_a_5;
        v_a_22 += v_t_22 * v_t_a_7;
        v_a_21 = v_34 * v_a_22;
        x_a_2 += -v_a_21;
    }
    v_t_a_3 = v_t_a_5;
    v_t_a_4 = v_t_a_5;
    v_a_17 = v_a_20;
    v_a_19 = v_a_20;
    d_a_4 = v_t_18 * v_t_a_4;
    v_a_18 = 2 * d_a_4;
    v_a_18 += (2 * v_30) * v_a_19;
    x_a_2 += v_a_18;
    v_t_a_2 = v_t_a_3;
    v_a_15 = v_a_17;
    v_a_16 = -v_a_17;
    y_a_2 += 0.5 * v_a_16;
    d_a_2 = v_t_a_2;
    d_a_3 = v_t_a_2;
    v_a_13 = v_t_14 * d_a_3;
    v_a_14 = v_t_13 * d_a_2;
    v_t_a_1 = v_26 * d_a_2;
    v_a_13 += v_26 * v_a_15;
    v_a_14 += v_25 * v_a_15;
    x_a_2 += v_a_14;
    y_a_2 += v_a_14;
    d_a_1 = x_v_1 * v_t_a_1;
    x_a_2 += (-Math.sin(x_3)) * d_a_1;
    x_a_2 += Math.cos(x_3) * v_a_13;
    return __typegrad.reverseResult(value_2, [x_a_2, y_a_2]);
};
const f = (x, y) => {
    const z = Math.sin(x) * (x + y) - y / 2 + (x % 3) ** 2;
    return x < y ? -z : +z * Math.exp(-x);
};
const f$ad = (x, y) => {
    const z = __typegrad.add(__typegrad.sub(__typegrad.mul(__typegrad.sin(x), (__typegrad.add(x, y))), __typegrad.div(y, 2)), __typegrad.pow((__typegrad.mod(x, 3)), 2));
    return __typegrad.lt(x, y) ? __typegrad.neg(z) : __typegrad.mul(__typegrad.pos(z), __typegrad.mathExp(__typegrad.neg(x)));
};
__typegrad.attach(f, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward(f$ad, forward_1), gradient_1, "nn"), hessian_1, "nn"));
export const checks = [
    { f, at: [0.6, 1.4], grad: grad(__typegrad.withReverse(f$ad, gradient_1, "nn")) },
    { f, at: [2.5, 1.0], grad: grad(__typegrad.withReverse(f$ad, gradient_1, "nn")) },
];
