// The logistic and softplus formulas become typegrad's overflow-free primitives.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
const gradient_1 = z_1 => {
    const stack_1 = __typegrad.valueStack();
    let z_a_1 = 0, a_1 = 0;
    const v_1 = __typegrad.rules.logistic.num(z_1);
    stack_1.push(__typegrad.rules.logistic.d(z_1, v_1));
    a_1 = 1;
    {
        const p_1 = stack_1.pop();
        z_a_1 += p_1 * a_1;
        a_1 = 0;
    }
    return __typegrad.reverseResult(v_1, [z_a_1]);
};
const gradient_2 = z_2 => {
    const stack_2 = __typegrad.valueStack();
    let z_a_2 = 0, a_2 = 0, a_3 = 0;
    const v_2 = __typegrad.rules.mul.num(2, z_2);
    stack_2.push(__typegrad.rules.mul.dy(2, z_2, v_2));
    const v_3 = __typegrad.rules.logistic.num(v_2);
    stack_2.push(__typegrad.rules.logistic.d(v_2, v_3));
    a_3 = 1;
    {
        const p_2 = stack_2.pop();
        a_2 += p_2 * a_3;
        a_3 = 0;
    }
    {
        const p_3 = stack_2.pop();
        z_a_2 += p_3 * a_2;
        a_2 = 0;
    }
    return __typegrad.reverseResult(v_3, [z_a_2]);
};
const gradient_3 = z_3 => {
    const stack_3 = __typegrad.valueStack();
    let z_a_3 = 0, a_4 = 0, a_5 = 0, a_6 = 0;
    const v_4 = __typegrad.rules.logOnePlusExp.num(z_3);
    stack_3.push(__typegrad.rules.logOnePlusExp.d(z_3, v_4));
    const v_5 = __typegrad.rules.log1pExp.num(z_3);
    stack_3.push(__typegrad.rules.log1pExp.d(z_3, v_5));
    const v_6 = __typegrad.rules.add.num(v_4, v_5);
    stack_3.push(__typegrad.rules.add.dx(v_4, v_5, v_6));
    stack_3.push(__typegrad.rules.add.dy(v_4, v_5, v_6));
    a_6 = 1;
    {
        const p_4 = stack_3.pop();
        const p_5 = stack_3.pop();
        a_4 += p_5 * a_6;
        a_5 += p_4 * a_6;
        a_6 = 0;
    }
    {
        const p_6 = stack_3.pop();
        z_a_3 += p_6 * a_5;
        a_5 = 0;
    }
    {
        const p_7 = stack_3.pop();
        z_a_3 += p_7 * a_4;
        a_4 = 0;
    }
    return __typegrad.reverseResult(v_6, [z_a_3]);
};
const gradient_4 = z_4 => {
    const stack_4 = __typegrad.valueStack();
    let z_a_4 = 0, a_7 = 0, a_8 = 0, a_9 = 0, a_10 = 0, a_11 = 0, a_12 = 0, a_13 = 0, a_14 = 0;
    const v_7 = __typegrad.rules.neg.num(z_4);
    stack_4.push(__typegrad.rules.neg.d(z_4, v_7));
    const v_8 = __typegrad.rules.mathExp.num(v_7);
    stack_4.push(__typegrad.rules.mathExp.d(v_7, v_8));
    const v_9 = __typegrad.rules.add.num(1, v_8);
    stack_4.push(__typegrad.rules.add.dy(1, v_8, v_9));
    const v_10 = __typegrad.rules.div.num(2, v_9);
    stack_4.push(__typegrad.rules.div.dy(2, v_9, v_10));
    const v_11 = __typegrad.rules.mathExp.num(z_4);
    stack_4.push(__typegrad.rules.mathExp.d(z_4, v_11));
    const v_12 = __typegrad.rules.add.num(1, v_11);
    stack_4.push(__typegrad.rules.add.dy(1, v_11, v_12));
    const v_13 = __typegrad.rules.div.num(1, v_12);
    stack_4.push(__typegrad.rules.div.dy(1, v_12, v_13));
    const v_14 = __typegrad.rules.add.num(v_10, v_13);
    stack_4.push(__typegrad.rules.add.dx(v_10, v_13, v_14));
    stack_4.push(__typegrad.rules.add.dy(v_10, v_13, v_14));
    a_14 = 1;
    {
        const p_8 = stack_4.pop();
        const p_9 = stack_4.pop();
        a_10 += p_9 * a_14;
        a_13 += p_8 * a_14;
        a_14 = 0;
    }
    {
        const p_10 = stack_4.pop();
        a_12 += p_10 * a_13;
        a_13 = 0;
    }
    {
        const p_11 = stack_4.pop();
        a_11 += p_11 * a_12;
        a_12 = 0;
    }
    {
        const p_12 = stack_4.pop();
        z_a_4 += p_12 * a_11;
        a_11 = 0;
    }
    {
        const p_13 = stack_4.pop();
        a_9 += p_13 * a_10;
        a_10 = 0;
    }
    {
        const p_14 = stack_4.pop();
        a_8 += p_14 * a_9;
        a_9 = 0;
    }
    {
        const p_15 = stack_4.pop();
        a_7 += p_15 * a_8;
        a_8 = 0;
    }
    {
        const p_16 = stack_4.pop();
        z_a_4 += p_16 * a_7;
        a_7 = 0;
    }
    return __typegrad.reverseResult(v_14, [z_a_4]);
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
