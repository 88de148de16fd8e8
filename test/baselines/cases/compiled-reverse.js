// A straight-line scalar function handed to grad or valueAndGrad also gets compiled reverse
// code; one with control flow or a call of the program's own functions does not.
import { grad, valueAndGrad } from "typegrad";
import * as __typegrad from "typegrad";
__typegrad.attach(g, g$ad);
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
const gradient_2 = x_1 => {
    let v_4 = 0, v_5 = 0, v_6 = 0, v_7 = 0, x_a_1 = 0;
    v_4 = x_1 ** 2;
    v_5 = C * v_4;
    v_6 = 1 + x_1;
    v_7 = v_5 / v_6;
    const value_2 = v_7;
    let v_a_4 = 0, v_a_5 = 0, v_a_6 = 0, v_a_7 = 0;
    v_a_7 = 1;
    v_a_5 = (1 / v_6) * v_a_7;
    v_a_6 = (-(v_7 / v_6)) * v_a_7;
    x_a_1 += v_a_6;
    v_a_4 = C * v_a_5;
    x_a_1 += (2 * x_1) * v_a_4;
    return __typegrad.reverseResult(value_2, [x_a_1]);
};
const gradient_3 = x_2 => {
    let c_1 = 0, v_8 = 0, v_9 = 0, taken_1 = 0, x_a_2 = 0, c_a_1 = 0;
    taken_1 = x_2 > 0 ? 1 : 0;
    if (taken_1 === 1) {
        v_8 = x_2 * x_2;
        c_1 = v_8;
    }
    else {
        v_9 = -x_2;
        c_1 = v_9;
    }
    const value_3 = c_1;
    c_a_1 = 1;
    if (taken_1 === 1) {
        let v_a_8 = 0;
        v_a_8 = c_a_1;
        c_a_1 = 0;
        x_a_2 += x_2 * v_a_8;
        x_a_2 += x_2 * v_a_8;
    }
    else {
        let v_a_9 = 0;
        v_a_9 = c_a_1;
        c_a_1 = 0;
        x_a_2 += -v_a_9;
    }
    return __typegrad.reverseResult(value_3, [x_a_2]);
};
const gradient_4 = x_3 => {
    let v_10 = 0, v_11 = 0, v_12 = 0, v_13 = 0, v_14 = 0, x_a_3 = 0;
    v_10 = x_3 ** 2;
    v_11 = C * v_10;
    v_12 = 1 + x_3;
    v_13 = v_11 / v_12;
    v_14 = v_13 * 2;
    const value_4 = v_14;
    let v_a_10 = 0, v_a_11 = 0, v_a_12 = 0, v_a_13 = 0, v_a_14 = 0;
    v_a_14 = 1;
    v_a_13 = 2 * v_a_14;
    v_a_11 = (1 / v_12) * v_a_13;
    v_a_12 = (-(v_13 / v_12)) * v_a_13;
    x_a_3 += v_a_12;
    v_a_10 = C * v_a_11;
    x_a_3 += (2 * x_3) * v_a_10;
    return __typegrad.reverseResult(value_4, [x_a_3]);
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
__typegrad.attach(branchy, branchy$ad);
const calls = (x) => g(x) * 2;
const calls$ad = (x) => __typegrad.mul(g$ad(x), 2);
__typegrad.attach(calls, calls$ad);
export const checks = [
    { f: __typegrad.attach((x) => f(x, 1.4), (x) => f$ad(x, 1.4)), at: [0.6], grad: (x) => grad(__typegrad.withReverse(f$ad, gradient_1, "nn"))(x, 1.4)[0] },
    { f: g, at: [1.5], grad: (x) => valueAndGrad(__typegrad.withReverse(g$ad, gradient_2, "n"))(x)[1] },
    { f: branchy, at: [0.5], grad: grad(__typegrad.withReverse(branchy$ad, gradient_3, "n")) },
    { f: calls, at: [0.5], grad: grad(__typegrad.withReverse(calls$ad, gradient_4, "n")) },
];
