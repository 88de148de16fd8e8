// The logistic and softplus formulas become typegrad's overflow-free primitives.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
const gradient_1 = z_1 => {
    let v_1 = 0, z_a_1 = 0;
    v_1 = 1 / (1 + Math.exp(-z_1));
    const value_1 = v_1;
    let v_a_1 = 0;
    v_a_1 = 1;
    z_a_1 += (v_1 * (1 - v_1)) * v_a_1;
    return __typegrad.reverseResult(value_1, [z_a_1]);
};
const gradient_2 = z_2 => {
    let v_2 = 0, v_3 = 0, z_a_2 = 0;
    v_2 = 2 * z_2;
    v_3 = 1 / (1 + Math.exp(-v_2));
    const value_2 = v_3;
    let v_a_2 = 0, v_a_3 = 0;
    v_a_3 = 1;
    v_a_2 = (v_3 * (1 - v_3)) * v_a_3;
    z_a_2 += 2 * v_a_2;
    return __typegrad.reverseResult(value_2, [z_a_2]);
};
const gradient_3 = z_3 => {
    let v_4 = 0, v_5 = 0, v_6 = 0, z_a_3 = 0;
    v_4 = Math.log(1 + Math.exp(z_3));
    v_5 = Math.log1p(Math.exp(z_3));
    v_6 = v_4 + v_5;
    const value_3 = v_6;
    let v_a_4 = 0, v_a_5 = 0, v_a_6 = 0;
    v_a_6 = 1;
    v_a_4 = v_a_6;
    v_a_5 = v_a_6;
    z_a_3 += __typegrad.rules.sigmoid.num(z_3) * v_a_5;
    z_a_3 += __typegrad.rules.sigmoid.num(z_3) * v_a_4;
    return __typegrad.reverseResult(value_3, [z_a_3]);
};
const gradient_4 = z_4 => {
    let v_7 = 0, v_8 = 0, v_9 = 0, v_10 = 0, v_11 = 0, v_12 = 0, v_13 = 0, v_14 = 0, z_a_4 = 0;
    v_7 = -z_4;
    v_8 = Math.exp(v_7);
    v_9 = 1 + v_8;
    v_10 = 2 / v_9;
    v_11 = Math.exp(z_4);
    v_12 = 1 + v_11;
    v_13 = 1 / v_12;
    v_14 = v_10 + v_13;
    const value_4 = v_14;
    let v_a_7 = 0, v_a_8 = 0, v_a_9 = 0, v_a_10 = 0, v_a_11 = 0, v_a_12 = 0, v_a_13 = 0, v_a_14 = 0;
    v_a_14 = 1;
    v_a_10 = v_a_14;
    v_a_13 = v_a_14;
    v_a_12 = (-(v_13 / v_12)) * v_a_13;
    v_a_11 = v_a_12;
    z_a_4 += v_11 * v_a_11;
    v_a_9 = (-(v_10 / v_9)) * v_a_10;
    v_a_8 = v_a_9;
    v_a_7 = v_8 * v_a_8;
    z_a_4 += -v_a_7;
    return __typegrad.reverseResult(value_4, [z_a_4]);
};
const logistic = (z) => 1 / (1 + Math.exp(-z));
const logistic$ad = (z) => __typegrad.logistic(z);
__typegrad.attach(logistic, logistic$ad);
const flipped = (z) => 1 / (Math.exp(-(2 * z)) + 1);
const flipped$ad = (z) => __typegrad.logistic((__typegrad.mul(2, z)));
__typegrad.attach(flipped, flipped$ad);
const softplus = (z) => Math.log(1 + Math.exp(z)) + Math.log1p(Math.exp(z));
const softplus$ad = (z) => __typegrad.add(__typegrad.logOnePlusExp(z), __typegrad.log1pExp(z));
__typegrad.attach(softplus, softplus$ad);
const notLogistic = (z) => 2 / (1 + Math.exp(-z)) + 1 / (1 + Math.exp(z));
const notLogistic$ad = (z) => __typegrad.add(__typegrad.div(2, (__typegrad.add(1, __typegrad.mathExp(__typegrad.neg(z))))), __typegrad.div(1, (__typegrad.add(1, __typegrad.mathExp(z)))));
__typegrad.attach(notLogistic, notLogistic$ad);
export const checks = [
    { f: logistic, at: [0.5], grad: grad(__typegrad.withReverse(logistic$ad, gradient_1, "n")) },
    { f: flipped, at: [-0.3], grad: grad(__typegrad.withReverse(flipped$ad, gradient_2, "n")) },
    { f: softplus, at: [1.5], grad: grad(__typegrad.withReverse(softplus$ad, gradient_3, "n")) },
    { f: notLogistic, at: [0.2], grad: grad(__typegrad.withReverse(notLogistic$ad, gradient_4, "n")) },
];
