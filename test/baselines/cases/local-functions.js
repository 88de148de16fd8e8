// A local function handed to grad is rewritten in place; called with plain numbers elsewhere,
// it still returns plain numbers, so arithmetic on those results stays native and no
// diagnostic is raised for passing them to a library function typed `number`.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
const gradient_1 = x_1 => {
    const stack_1 = __typegrad.valueStack();
    let x_a_1 = 0, a_1 = 0, a_2 = 0;
    const v_1 = __typegrad.rules.sin.num(x_1);
    stack_1.push(__typegrad.rules.sin.d(x_1, v_1));
    const v_2 = __typegrad.rules.mul.num(v_1, x_1);
    stack_1.push(__typegrad.rules.mul.dx(v_1, x_1, v_2));
    stack_1.push(__typegrad.rules.mul.dy(v_1, x_1, v_2));
    a_2 = 1;
    {
        const p_1 = stack_1.pop();
        const p_2 = stack_1.pop();
        a_1 += p_2 * a_2;
        x_a_1 += p_1 * a_2;
        a_2 = 0;
    }
    {
        const p_3 = stack_1.pop();
        x_a_1 += p_3 * a_1;
        a_1 = 0;
    }
    return __typegrad.reverseResult(v_2, [x_a_1]);
};
const gradient_2 = x_2 => {
    const stack_2 = __typegrad.valueStack();
    let x_a_2 = 0, a_3 = 0, a_4 = 0;
    const v_3 = __typegrad.rules.mul.num(x_2, x_2);
    stack_2.push(__typegrad.rules.mul.dx(x_2, x_2, v_3));
    stack_2.push(__typegrad.rules.mul.dy(x_2, x_2, v_3));
    const v_4 = __typegrad.rules.mul.num(v_3, x_2);
    stack_2.push(__typegrad.rules.mul.dx(v_3, x_2, v_4));
    stack_2.push(__typegrad.rules.mul.dy(v_3, x_2, v_4));
    a_4 = 1;
    {
        const p_4 = stack_2.pop();
        const p_5 = stack_2.pop();
        a_3 += p_5 * a_4;
        x_a_2 += p_4 * a_4;
        a_4 = 0;
    }
    {
        const p_6 = stack_2.pop();
        const p_7 = stack_2.pop();
        x_a_2 += p_7 * a_3;
        x_a_2 += p_6 * a_3;
        a_3 = 0;
    }
    return __typegrad.reverseResult(v_4, [x_a_2]);
};
export function central() {
    const f = (x) => __typegrad.mul(__typegrad.sin(x), x);
    const h = 1e-6;
    const numeric = (f(0.5 + h) - f(0.5 - h)) / (2 * h);
    return near(grad(__typegrad.withReverse(f, gradient_1, "n"))(0.5), numeric) ? numeric : NaN;
}
const local = () => {
    const g = (x) => __typegrad.mul(__typegrad.mul(x, x), x);
    return grad(__typegrad.withReverse(g, gradient_2, "n"));
};
export const checks = [{ f: __typegrad.attach((x) => x * x * x, (x) => __typegrad.mul(__typegrad.mul(x, x), x)), at: [1.5], grad: local() }];
