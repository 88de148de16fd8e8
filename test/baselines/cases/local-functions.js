// A local function handed to grad is rewritten in place; called with plain numbers elsewhere,
// it still returns plain numbers, so arithmetic on those results stays native and no
// diagnostic is raised for passing them to a library function typed `number`.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
const gradient_1 = x_1 => {
    let v_1 = 0, v_2 = 0, x_a_1 = 0;
    v_1 = Math.sin(x_1);
    v_2 = v_1 * x_1;
    const value_1 = v_2;
    let v_a_1 = 0, v_a_2 = 0;
    v_a_2 = 1;
    v_a_1 = x_1 * v_a_2;
    x_a_1 += v_1 * v_a_2;
    x_a_1 += Math.cos(x_1) * v_a_1;
    return __typegrad.reverseResult(value_1, [x_a_1]);
};
const gradient_2 = x_2 => {
    let v_3 = 0, v_4 = 0, x_a_2 = 0;
    v_3 = x_2 * x_2;
    v_4 = v_3 * x_2;
    const value_2 = v_4;
    let v_a_3 = 0, v_a_4 = 0;
    v_a_4 = 1;
    v_a_3 = x_2 * v_a_4;
    x_a_2 += v_3 * v_a_4;
    x_a_2 += x_2 * v_a_3;
    x_a_2 += x_2 * v_a_3;
    return __typegrad.reverseResult(value_2, [x_a_2]);
};
const gradient_3 = x_3 => {
    let v_5 = 0, v_6 = 0, x_a_3 = 0;
    v_5 = x_3 * x_3;
    v_6 = v_5 * x_3;
    const value_3 = v_6;
    let v_a_5 = 0, v_a_6 = 0;
    v_a_6 = 1;
    v_a_5 = x_3 * v_a_6;
    x_a_3 += v_5 * v_a_6;
    x_a_3 += x_3 * v_a_5;
    x_a_3 += x_3 * v_a_5;
    return __typegrad.reverseResult(value_3, [x_a_3]);
};
const forward_1 = (x_4, x_t_1) => {
    let v_7 = 0, v_t_1 = 0, v_8 = 0, v_t_2 = 0;
    v_7 = x_4 * x_4;
    v_t_1 = x_4 * x_t_1 + x_4 * x_t_1;
    v_8 = v_7 * x_4;
    v_t_2 = x_4 * v_t_1 + v_7 * x_t_1;
    return __typegrad.forwardResult(v_8, v_t_2);
};
const derivative_1 = x_5 => {
    let v_9 = 0, v_t_3 = 0, v_10 = 0, v_t_4 = 0;
    v_9 = x_5 * x_5;
    v_t_3 = x_5 + x_5;
    v_10 = v_9 * x_5;
    v_t_4 = x_5 * v_t_3 + v_9;
    return __typegrad.derivativeResult(v_10, v_t_4);
};
const hessian_1 = (x_6, x_v_1) => {
    let v_11 = 0, d_1 = 0, d_2 = 0, v_t_5 = 0, d_3 = 0, d_4 = 0, v_t_6 = 0, x_a_4 = 0;
    v_11 = x_6 * x_6;
    d_1 = x_6 * x_v_1;
    d_2 = x_6 * x_v_1;
    v_t_5 = d_1 + d_2;
    d_3 = x_6 * v_t_5;
    d_4 = v_11 * x_v_1;
    v_t_6 = d_3 + d_4;
    const value_4 = v_t_6;
    let v_a_7 = 0, d_a_1 = 0, d_a_2 = 0, v_t_a_1 = 0, d_a_3 = 0, d_a_4 = 0, v_t_a_2 = 0;
    v_t_a_2 = 1;
    d_a_3 = v_t_a_2;
    d_a_4 = v_t_a_2;
    v_a_7 = x_v_1 * d_a_4;
    x_a_4 += v_t_5 * d_a_3;
    v_t_a_1 = x_6 * d_a_3;
    d_a_1 = v_t_a_1;
    d_a_2 = v_t_a_1;
    x_a_4 += x_v_1 * d_a_2;
    x_a_4 += x_v_1 * d_a_1;
    x_a_4 += x_6 * v_a_7;
    x_a_4 += x_6 * v_a_7;
    return __typegrad.reverseResult(value_4, [x_a_4]);
};
export function central() {
    const f = __typegrad.attach((x) => Math.sin(x) * x, (x) => __typegrad.mul(__typegrad.sin(x), x));
    const h = 1e-6;
    const numeric = (f(0.5 + h) - f(0.5 - h)) / (2 * h);
    return near(grad(__typegrad.withReverse(__typegrad.ad(f), gradient_1, "n"))(0.5), numeric) ? numeric : NaN;
}
const local = () => {
    const g = __typegrad.attach((x) => x * x * x, (x) => __typegrad.mul(__typegrad.mul(x, x), x));
    return grad(__typegrad.withReverse(__typegrad.ad(g), gradient_2, "n"));
};
export const checks = [{ f: __typegrad.attach((x) => x * x * x, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => __typegrad.mul(__typegrad.mul(x, x), x), forward_1, derivative_1), gradient_3, "n"), hessian_1, "n")), at: [1.5], grad: local() }];
