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
const forward_1 = (x_2, x_t_1) => {
    let v_3 = 0, v_t_1 = 0, v_4 = 0, v_t_2 = 0;
    v_3 = Math.sin(x_2);
    v_t_1 = Math.cos(x_2) * x_t_1;
    v_4 = v_3 * x_2;
    v_t_2 = x_2 * v_t_1 + v_3 * x_t_1;
    return __typegrad.forwardResult(v_4, v_t_2);
};
const derivative_1 = x_3 => {
    let v_5 = 0, v_t_3 = 0, v_6 = 0, v_t_4 = 0;
    v_5 = Math.sin(x_3);
    v_t_3 = Math.cos(x_3);
    v_6 = v_5 * x_3;
    v_t_4 = x_3 * v_t_3 + v_5;
    return __typegrad.derivativeResult(v_6, v_t_4);
};
const hessian_1 = (x_4, x_v_1) => {
    let v_7 = 0, d_1 = 0, v_t_5 = 0, d_2 = 0, d_3 = 0, v_t_6 = 0, x_a_2 = 0;
    v_7 = Math.sin(x_4);
    d_1 = Math.cos(x_4);
    v_t_5 = d_1 * x_v_1;
    d_2 = x_4 * v_t_5;
    d_3 = v_7 * x_v_1;
    v_t_6 = d_2 + d_3;
    const value_2 = v_t_6;
    let v_a_3 = 0, d_a_1 = 0, v_t_a_1 = 0, d_a_2 = 0, d_a_3 = 0, v_t_a_2 = 0;
    v_t_a_2 = 1;
    d_a_2 = v_t_a_2;
    d_a_3 = v_t_a_2;
    v_a_3 = x_v_1 * d_a_3;
    x_a_2 += v_t_5 * d_a_2;
    v_t_a_1 = x_4 * d_a_2;
    d_a_1 = x_v_1 * v_t_a_1;
    x_a_2 += (-Math.sin(x_4)) * d_a_1;
    x_a_2 += Math.cos(x_4) * v_a_3;
    return __typegrad.reverseResult(value_2, [x_a_2]);
};
const gradient_2 = x_5 => {
    let v_8 = 0, v_9 = 0, x_a_3 = 0;
    v_8 = x_5 * x_5;
    v_9 = v_8 * x_5;
    const value_3 = v_9;
    let v_a_4 = 0, v_a_5 = 0;
    v_a_5 = 1;
    v_a_4 = x_5 * v_a_5;
    x_a_3 += v_8 * v_a_5;
    x_a_3 += x_5 * v_a_4;
    x_a_3 += x_5 * v_a_4;
    return __typegrad.reverseResult(value_3, [x_a_3]);
};
const forward_2 = (x_6, x_t_2) => {
    let v_10 = 0, v_t_7 = 0, v_11 = 0, v_t_8 = 0;
    v_10 = x_6 * x_6;
    v_t_7 = x_6 * x_t_2 + x_6 * x_t_2;
    v_11 = v_10 * x_6;
    v_t_8 = x_6 * v_t_7 + v_10 * x_t_2;
    return __typegrad.forwardResult(v_11, v_t_8);
};
const derivative_2 = x_7 => {
    let v_12 = 0, v_t_9 = 0, v_13 = 0, v_t_10 = 0;
    v_12 = x_7 * x_7;
    v_t_9 = x_7 + x_7;
    v_13 = v_12 * x_7;
    v_t_10 = x_7 * v_t_9 + v_12;
    return __typegrad.derivativeResult(v_13, v_t_10);
};
const hessian_2 = (x_8, x_v_2) => {
    let v_14 = 0, d_4 = 0, d_5 = 0, v_t_11 = 0, d_6 = 0, d_7 = 0, v_t_12 = 0, x_a_4 = 0;
    v_14 = x_8 * x_8;
    d_4 = x_8 * x_v_2;
    d_5 = x_8 * x_v_2;
    v_t_11 = d_4 + d_5;
    d_6 = x_8 * v_t_11;
    d_7 = v_14 * x_v_2;
    v_t_12 = d_6 + d_7;
    const value_4 = v_t_12;
    let v_a_6 = 0, d_a_4 = 0, d_a_5 = 0, v_t_a_3 = 0, d_a_6 = 0, d_a_7 = 0, v_t_a_4 = 0;
    v_t_a_4 = 1;
    d_a_6 = v_t_a_4;
    d_a_7 = v_t_a_4;
    v_a_6 = x_v_2 * d_a_7;
    x_a_4 += v_t_11 * d_a_6;
    v_t_a_3 = x_8 * d_a_6;
    d_a_4 = v_t_a_3;
    d_a_5 = v_t_a_3;
    x_a_4 += x_v_2 * d_a_5;
    x_a_4 += x_v_2 * d_a_4;
    x_a_4 += x_8 * v_a_6;
    x_a_4 += x_8 * v_a_6;
    return __typegrad.reverseResult(value_4, [x_a_4]);
};
const gradient_3 = x_9 => {
    let v_15 = 0, v_16 = 0, x_a_5 = 0;
    v_15 = x_9 * x_9;
    v_16 = v_15 * x_9;
    const value_5 = v_16;
    let v_a_7 = 0, v_a_8 = 0;
    v_a_8 = 1;
    v_a_7 = x_9 * v_a_8;
    x_a_5 += v_15 * v_a_8;
    x_a_5 += x_9 * v_a_7;
    x_a_5 += x_9 * v_a_7;
    return __typegrad.reverseResult(value_5, [x_a_5]);
};
const forward_3 = (x_10, x_t_3) => {
    let v_17 = 0, v_t_13 = 0, v_18 = 0, v_t_14 = 0;
    v_17 = x_10 * x_10;
    v_t_13 = x_10 * x_t_3 + x_10 * x_t_3;
    v_18 = v_17 * x_10;
    v_t_14 = x_10 * v_t_13 + v_17 * x_t_3;
    return __typegrad.forwardResult(v_18, v_t_14);
};
const derivative_3 = x_11 => {
    let v_19 = 0, v_t_15 = 0, v_20 = 0, v_t_16 = 0;
    v_19 = x_11 * x_11;
    v_t_15 = x_11 + x_11;
    v_20 = v_19 * x_11;
    v_t_16 = x_11 * v_t_15 + v_19;
    return __typegrad.derivativeResult(v_20, v_t_16);
};
const hessian_3 = (x_12, x_v_3) => {
    let v_21 = 0, d_8 = 0, d_9 = 0, v_t_17 = 0, d_10 = 0, d_11 = 0, v_t_18 = 0, x_a_6 = 0;
    v_21 = x_12 * x_12;
    d_8 = x_12 * x_v_3;
    d_9 = x_12 * x_v_3;
    v_t_17 = d_8 + d_9;
    d_10 = x_12 * v_t_17;
    d_11 = v_21 * x_v_3;
    v_t_18 = d_10 + d_11;
    const value_6 = v_t_18;
    let v_a_9 = 0, d_a_8 = 0, d_a_9 = 0, v_t_a_5 = 0, d_a_10 = 0, d_a_11 = 0, v_t_a_6 = 0;
    v_t_a_6 = 1;
    d_a_10 = v_t_a_6;
    d_a_11 = v_t_a_6;
    v_a_9 = x_v_3 * d_a_11;
    x_a_6 += v_t_17 * d_a_10;
    v_t_a_5 = x_12 * d_a_10;
    d_a_8 = v_t_a_5;
    d_a_9 = v_t_a_5;
    x_a_6 += x_v_3 * d_a_9;
    x_a_6 += x_v_3 * d_a_8;
    x_a_6 += x_12 * v_a_9;
    x_a_6 += x_12 * v_a_9;
    return __typegrad.reverseResult(value_6, [x_a_6]);
};
export function central() {
    const f = __typegrad.attach((x) => Math.sin(x) * x, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => __typegrad.mul(__typegrad.sin(x), x), forward_1, derivative_1), gradient_1, "n"), hessian_1, "n"));
    const h = 1e-6;
    const numeric = (f(0.5 + h) - f(0.5 - h)) / (2 * h);
    return near(grad(__typegrad.withReverse(__typegrad.ad(f), gradient_1, "n"))(0.5), numeric) ? numeric : NaN;
}
const local = () => {
    const g = __typegrad.attach((x) => x * x * x, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => __typegrad.mul(__typegrad.mul(x, x), x), forward_2, derivative_2), gradient_2, "n"), hessian_2, "n"));
    return grad(__typegrad.withReverse(__typegrad.ad(g), gradient_2, "n"));
};
export const checks = [{ f: __typegrad.attach((x) => x * x * x, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => __typegrad.mul(__typegrad.mul(x, x), x), forward_3, derivative_3), gradient_3, "n"), hessian_3, "n")), at: [1.5], grad: local() }];
