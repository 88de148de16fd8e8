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
const f = (x, y) => {
    const z = Math.sin(x) * (x + y) - y / 2 + (x % 3) ** 2;
    return x < y ? -z : +z * Math.exp(-x);
};
const f$ad = (x, y) => {
    const z = __typegrad.add(__typegrad.sub(__typegrad.mul(__typegrad.sin(x), (__typegrad.add(x, y))), __typegrad.div(y, 2)), __typegrad.pow((__typegrad.mod(x, 3)), 2));
    return __typegrad.lt(x, y) ? __typegrad.neg(z) : __typegrad.mul(__typegrad.pos(z), __typegrad.mathExp(__typegrad.neg(x)));
};
__typegrad.attach(f, f$ad);
export const checks = [
    { f, at: [0.6, 1.4], grad: grad(__typegrad.withReverse(f$ad, gradient_1, "nn")) },
    { f, at: [2.5, 1.0], grad: grad(__typegrad.withReverse(f$ad, gradient_1, "nn")) },
];
