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
const forward_2 = (x0_1, x0_t_1, x1_1, x1_t_1) => {
    let v_4 = 0, v_t_4 = 0, v_5 = 0, v_t_5 = 0, v_6 = 0, v_t_6 = 0;
    v_4 = Math.sin(x0_1);
    v_t_4 = Math.cos(x0_1) * x0_t_1;
    v_5 = x0_1 + x1_1;
    v_t_5 = x0_t_1 + x1_t_1;
    v_6 = v_4 * v_5;
    v_t_6 = v_5 * v_t_4 + v_4 * v_t_5;
    return __typegrad.forwardResult(v_6, v_t_6);
};
const forward_3 = (x_2, x_t_2) => {
    let v_7 = 0, v_t_7 = 0, v_8 = 0, v_t_8 = 0, v_9 = 0, v_t_9 = 0, y_1 = 0, y_t_1 = 0, v_10 = 0, v_t_10 = 0, v_11 = 0, v_t_11 = 0, v_12 = 0, v_t_12 = 0, c_1 = 0, c_t_1 = 0, v_13 = 0, v_t_13 = 0, v_14 = 0, v_t_14 = 0;
    v_7 = x_2 * x_2;
    v_t_7 = (2 * x_2) * x_t_2;
    v_8 = K * x_2;
    v_t_8 = K * x_t_2;
    v_9 = v_7 - v_8;
    v_t_9 = v_t_7 + -v_t_8;
    y_1 = v_9;
    y_t_1 = v_t_9;
    if (x_2 > 1) {
        v_10 = 3.141592653589793 * x_2;
        v_t_10 = 3.141592653589793 * x_t_2;
        v_11 = y_1 + v_10;
        v_t_11 = y_t_1 + v_t_10;
        y_1 = v_11;
        y_t_1 = v_t_11;
    }
    else {
        v_12 = y_1 * x_2;
        v_t_12 = x_2 * y_t_1 + y_1 * x_t_2;
        y_1 = v_12;
        y_t_1 = v_t_12;
    }
    if (x_2 < 0) {
        v_13 = -y_1;
        v_t_13 = -y_t_1;
        c_1 = v_13;
        c_t_1 = v_t_13;
    }
    else {
        v_14 = y_1 / 2;
        v_t_14 = 0.5 * y_t_1;
        c_1 = v_14;
        c_t_1 = v_t_14;
    }
    return __typegrad.forwardResult(c_1, c_t_1);
};
const forward_4 = (x_3, x_t_3) => {
    let v_15 = 0, v_t_15 = 0;
    v_15 = x_3 ** 3;
    v_t_15 = (3 * (x_3 ** 2)) * x_t_3;
    return __typegrad.forwardResult(v_15, v_t_15);
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
    { f, at: [0.5], grad: derivative(__typegrad.withForward(f$ad, forward_1)) },
    { f: __typegrad.attach((x) => g(x, 1.4), (x) => g$ad(x, 1.4)), at: [0.6], grad: (x) => jvp(__typegrad.withForward(g$ad, forward_2), [x, 1.4], [1, 0])[1] },
    { f: h, at: [1.5], grad: derivative(__typegrad.withForward(h$ad, forward_3)) },
    { f: h, at: [0.5], grad: derivative(__typegrad.withForward(h$ad, forward_3)) },
    { f: h, at: [-0.5], grad: derivative(__typegrad.withForward(h$ad, forward_3)) },
    { f: __typegrad.attach((x) => x ** 3, (x) => __typegrad.pow(x, 3)), at: [2], grad: derivative(__typegrad.withForward((x) => __typegrad.pow(x, 3), forward_4)) },
];
