// A straight-line scalar function handed to grad or valueAndGrad also gets compiled reverse
// code; one with control flow or a call of the program's own functions does not.
import { grad, valueAndGrad } from "typegrad";
import * as __typegrad from "typegrad";
__typegrad.attach(g, g$ad);
const gradient_1 = (x0_1, x1_1) => {
    const stack_1 = __typegrad.valueStack();
    let x0_a_1 = 0, x1_a_1 = 0, a_1 = 0, a_2 = 0, a_3 = 0;
    const v_1 = __typegrad.rules.sin.num(x0_1);
    stack_1.push(__typegrad.rules.sin.d(x0_1, v_1));
    const v_2 = __typegrad.rules.add.num(x0_1, x1_1);
    stack_1.push(__typegrad.rules.add.dx(x0_1, x1_1, v_2));
    stack_1.push(__typegrad.rules.add.dy(x0_1, x1_1, v_2));
    const v_3 = __typegrad.rules.mul.num(v_1, v_2);
    stack_1.push(__typegrad.rules.mul.dx(v_1, v_2, v_3));
    stack_1.push(__typegrad.rules.mul.dy(v_1, v_2, v_3));
    a_3 = 1;
    {
        const p_1 = stack_1.pop();
        const p_2 = stack_1.pop();
        a_1 += p_2 * a_3;
        a_2 += p_1 * a_3;
        a_3 = 0;
    }
    {
        const p_3 = stack_1.pop();
        const p_4 = stack_1.pop();
        x0_a_1 += p_4 * a_2;
        x1_a_1 += p_3 * a_2;
        a_2 = 0;
    }
    {
        const p_5 = stack_1.pop();
        x0_a_1 += p_5 * a_1;
        a_1 = 0;
    }
    return __typegrad.reverseResult(v_3, [x0_a_1, x1_a_1]);
};
const gradient_2 = x_1 => {
    const stack_2 = __typegrad.valueStack();
    let x_a_1 = 0, a_4 = 0, a_5 = 0, a_6 = 0, a_7 = 0;
    const v_4 = __typegrad.rules.pow.num(x_1, 2);
    stack_2.push(__typegrad.rules.pow.dx(x_1, 2, v_4));
    const v_5 = __typegrad.rules.mul.num(C, v_4);
    stack_2.push(__typegrad.rules.mul.dy(C, v_4, v_5));
    let y_1 = v_5;
    const v_6 = __typegrad.rules.add.num(1, x_1);
    stack_2.push(__typegrad.rules.add.dy(1, x_1, v_6));
    const v_7 = __typegrad.rules.div.num(y_1, v_6);
    stack_2.push(__typegrad.rules.div.dx(y_1, v_6, v_7));
    stack_2.push(__typegrad.rules.div.dy(y_1, v_6, v_7));
    a_7 = 1;
    {
        const p_6 = stack_2.pop();
        const p_7 = stack_2.pop();
        a_5 += p_7 * a_7;
        a_6 += p_6 * a_7;
        a_7 = 0;
    }
    {
        const p_8 = stack_2.pop();
        x_a_1 += p_8 * a_6;
        a_6 = 0;
    }
    {
        const p_9 = stack_2.pop();
        a_4 += p_9 * a_5;
        a_5 = 0;
    }
    {
        const p_10 = stack_2.pop();
        x_a_1 += p_10 * a_4;
        a_4 = 0;
    }
    return __typegrad.reverseResult(v_7, [x_a_1]);
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
    { f: branchy, at: [0.5], grad: grad(branchy$ad) },
    { f: calls, at: [0.5], grad: grad(calls$ad) },
];
