// A simple scalar function handed to derivative or jvp also gets compiled forward-mode code.
import { derivative, jvp, square } from "typegrad";
import * as __typegrad from "typegrad";
__typegrad.attach(h, h$ad);
const forward_1 = (x_1, x_t_1) => {
    let v_1 = 0, v_t_1 = 0, v_2 = 0, v_t_2 = 0, v_3 = 0, v_t_3 = 0;
    v_1 = x_1 * x_1;
    v_t_1 = x_1 * x_t_1 + x_1 * x_t_1;
    v_2 = Math.exp(v_1);
    v_t_2 = v_2 * v_t_1;
    v_3 = v_2 * v_2;
    v_t_3 = v_2 * v_t_2 + v_2 * v_t_2;
    return __typegrad.forwardResult(v_3, v_t_3);
};
const derivative_1 = x_2 => {
    let v_4 = 0, v_t_4 = 0, v_5 = 0, v_t_5 = 0, v_6 = 0, v_t_6 = 0;
    v_4 = x_2 * x_2;
    v_t_4 = x_2 + x_2;
    v_5 = Math.exp(v_4);
    v_t_5 = v_5 * v_t_4;
    v_6 = v_5 * v_5;
    v_t_6 = v_5 * v_t_5 + v_5 * v_t_5;
    return __typegrad.derivativeResult(v_6, v_t_6);
};
const forward_2 = (x0_1, x0_t_1, x1_1, x1_t_1) => {
    let v_7 = 0, v_t_7 = 0, v_8 = 0, v_t_8 = 0, v_9 = 0, v_t_9 = 0;
    v_7 = Math.sin(x0_1);
    v_t_7 = Math.cos(x0_1) * x0_t_1;
    v_8 = x0_1 + x1_1;
    v_t_8 = x0_t_1 + x1_t_1;
    v_9 = v_7 * v_8;
    v_t_9 = v_8 * v_t_7 + v_7 * v_t_8;
    return __typegrad.forwardResult(v_9, v_t_9);
};
const forward_3 = (x_3, x_t_2) => {
    let v_10 = 0, v_t_10 = 0, v_11 = 0, v_t_11 = 0, v_12 = 0, v_t_12 = 0, y_1 = 0, y_t_1 = 0, v_13 = 0, v_t_13 = 0, v_14 = 0, v_t_14 = 0, v_15 = 0, v_t_15 = 0, c_1 = 0, c_t_1 = 0, v_16 = 0, v_t_16 = 0, v_17 = 0, v_t_17 = 0;
    v_10 = x_3 * x_3;
    v_t_10 = (2 * x_3) * x_t_2;
    v_11 = K * x_3;
    v_t_11 = K * x_t_2;
    v_12 = v_10 - v_11;
    v_t_12 = v_t_10 + -v_t_11;
    y_1 = v_12;
    y_t_1 = v_t_12;
    if (x_3 > 1) {
        v_13 = 3.141592653589793 * x_3;
        v_t_13 = 3.141592653589793 * x_t_2;
        v_14 = y_1 + v_13;
        v_t_14 = y_t_1 + v_t_13;
        y_1 = v_14;
        y_t_1 = v_t_14;
    }
    else {
        v_15 = y_1 * x_3;
        v_t_15 = x_3 * y_t_1 + y_1 * x_t_2;
        y_1 = v_15;
        y_t_1 = v_t_15;
    }
    if (x_3 < 0) {
        v_16 = -y_1;
        v_t_16 = -y_t_1;
        c_1 = v_16;
        c_t_1 = v_t_16;
    }
    else {
        v_17 = y_1 / 2;
        v_t_17 = 0.5 * y_t_1;
        c_1 = v_17;
        c_t_1 = v_t_17;
    }
    return __typegrad.forwardResult(c_1, c_t_1);
};
const derivative_2 = x_4 => {
    let v_18 = 0, v_t_18 = 0, v_19 = 0, v_t_19 = 0, v_20 = 0, v_t_20 = 0, y_2 = 0, y_t_2 = 0, v_21 = 0, v_t_21 = 0, v_22 = 0, v_t_22 = 0, v_23 = 0, v_t_23 = 0, c_2 = 0, c_t_2 = 0, v_24 = 0, v_t_24 = 0, v_25 = 0, v_t_25 = 0;
    v_18 = x_4 * x_4;
    v_t_18 = 2 * x_4;
    v_19 = K * x_4;
    v_t_19 = K;
    v_20 = v_18 - v_19;
    v_t_20 = v_t_18 + -v_t_19;
    y_2 = v_20;
    y_t_2 = v_t_20;
    if (x_4 > 1) {
        v_21 = 3.141592653589793 * x_4;
        v_t_21 = 3.141592653589793;
        v_22 = y_2 + v_21;
        v_t_22 = y_t_2 + v_t_21;
        y_2 = v_22;
        y_t_2 = v_t_22;
    }
    else {
        v_23 = y_2 * x_4;
        v_t_23 = x_4 * y_t_2 + y_2;
        y_2 = v_23;
        y_t_2 = v_t_23;
    }
    if (x_4 < 0) {
        v_24 = -y_2;
        v_t_24 = -y_t_2;
        c_2 = v_24;
        c_t_2 = v_t_24;
    }
    else {
        v_25 = y_2 / 2;
        v_t_25 = 0.5 * y_t_2;
        c_2 = v_25;
        c_t_2 = v_t_25;
    }
    return __typegrad.derivativeResult(c_2, c_t_2);
};
const forward_4 = (x_5, x_t_3) => {
    let v_26 = 0, v_t_26 = 0;
    v_26 = x_5 ** 3;
    v_t_26 = (3 * (x_5 ** 2)) * x_t_3;
    return __typegrad.forwardResult(v_26, v_t_26);
};
const derivative_3 = x_6 => {
    let v_27 = 0, v_t_27 = 0;
    v_27 = x_6 ** 3;
    v_t_27 = 3 * (x_6 ** 2);
    return __typegrad.derivativeResult(v_27, v_t_27);
};
const K = 3;
const f = (x) => {
    const e = Math.exp(x * x);
    return e * e;
};
const f$ad = (x) => {
    const e = __typegrad.mathExp(__typegrad.mul(x, x));
    return __typegrad.mul(e, e);
};
__typegrad.attach(f, f$ad);
const g = (x0, x1) => Math.sin(x0) * (x0 + x1);
const g$ad = (x0, x1) => __typegrad.mul(__typegrad.sin(x0), (__typegrad.add(x0, x1)));
__typegrad.attach(g, g$ad);
function h(x) {
    let y = square(x) - K * x;
    if (x > 1)
        y += Math.PI * x;
    else
        y *= x;
    return x < 0 ? -y : y / 2;
}
function h$ad(x) {
    let y = __typegrad.sub(square(x), __typegrad.mul(K, x));
    if (__typegrad.gt(x, 1))
        y = __typegrad.add(y, __typegrad.mul(Math.PI, x));
    else
        y = __typegrad.mul(y, x);
    return __typegrad.lt(x, 0) ? __typegrad.neg(y) : __typegrad.div(y, 2);
}
export const checks = [
    { f, at: [0.5], grad: derivative(__typegrad.withForward(f$ad, forward_1, derivative_1)) },
    { f: __typegrad.attach((x) => g(x, 1.4), (x) => g$ad(x, 1.4)), at: [0.6], grad: (x) => jvp(__typegrad.withForward(g$ad, forward_2), [x, 1.4], [1, 0])[1] },
    { f: h, at: [1.5], grad: derivative(__typegrad.withForward(h$ad, forward_3, derivative_2)) },
    { f: h, at: [0.5], grad: derivative(__typegrad.withForward(h$ad, forward_3, derivative_2)) },
    { f: h, at: [-0.5], grad: derivative(__typegrad.withForward(h$ad, forward_3, derivative_2)) },
    { f: __typegrad.attach((x) => x ** 3, (x) => __typegrad.pow(x, 3)), at: [2], grad: derivative(__typegrad.withForward((x) => __typegrad.pow(x, 3), forward_4, derivative_3)) },
];
