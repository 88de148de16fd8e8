// defineFunction's forward and backward, and pipe over named program functions.
import { defineFunction, derivative, grad, pipe } from "typegrad";
import * as __typegrad from "typegrad";
const gradient_1 = x_1 => {
    let v_1 = 0, v_2 = 0, x_a_1 = 0;
    v_1 = x_1 * x_1;
    v_2 = v_1 * x_1;
    const value_1 = v_2;
    let v_a_1 = 0, v_a_2 = 0;
    v_a_2 = 1;
    v_a_1 = x_1 * v_a_2;
    x_a_1 += v_1 * v_a_2;
    x_a_1 += x_1 * v_a_1;
    x_a_1 += x_1 * v_a_1;
    return __typegrad.reverseResult(value_1, [x_a_1]);
};
const forward_1 = (x_2, x_t_1) => {
    let v_3 = 0, v_t_1 = 0, v_4 = 0, v_t_2 = 0;
    v_3 = x_2 * x_2;
    v_t_1 = x_2 * x_t_1 + x_2 * x_t_1;
    v_4 = v_3 * x_2;
    v_t_2 = x_2 * v_t_1 + v_3 * x_t_1;
    return __typegrad.forwardResult(v_4, v_t_2);
};
const derivative_1 = x_3 => {
    let v_5 = 0, v_t_3 = 0, v_6 = 0, v_t_4 = 0;
    v_5 = x_3 * x_3;
    v_t_3 = x_3 + x_3;
    v_6 = v_5 * x_3;
    v_t_4 = x_3 * v_t_3 + v_5;
    return __typegrad.derivativeResult(v_6, v_t_4);
};
const hessian_1 = (x_4, x_v_1) => {
    let v_7 = 0, d_1 = 0, d_2 = 0, v_t_5 = 0, d_3 = 0, d_4 = 0, v_t_6 = 0, x_a_2 = 0;
    v_7 = x_4 * x_4;
    d_1 = x_4 * x_v_1;
    d_2 = x_4 * x_v_1;
    v_t_5 = d_1 + d_2;
    d_3 = x_4 * v_t_5;
    d_4 = v_7 * x_v_1;
    v_t_6 = d_3 + d_4;
    const value_2 = v_t_6;
    let v_a_3 = 0, d_a_1 = 0, d_a_2 = 0, v_t_a_1 = 0, d_a_3 = 0, d_a_4 = 0, v_t_a_2 = 0;
    v_t_a_2 = 1;
    d_a_3 = v_t_a_2;
    d_a_4 = v_t_a_2;
    v_a_3 = x_v_1 * d_a_4;
    x_a_2 += v_t_5 * d_a_3;
    v_t_a_1 = x_4 * d_a_3;
    d_a_1 = v_t_a_1;
    d_a_2 = v_t_a_1;
    x_a_2 += x_v_1 * d_a_2;
    x_a_2 += x_v_1 * d_a_1;
    x_a_2 += x_4 * v_a_3;
    x_a_2 += x_4 * v_a_3;
    return __typegrad.reverseResult(value_2, [x_a_2]);
};
__typegrad.attach(cubeForward, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward(cubeForward$ad, forward_1, derivative_1), gradient_1, "n"), hessian_1, "n"));
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
    let v_14 = 0, d_5 = 0, d_6 = 0, v_t_11 = 0, d_7 = 0, d_8 = 0, v_t_12 = 0, x_a_4 = 0;
    v_14 = x_8 * x_8;
    d_5 = x_8 * x_v_2;
    d_6 = x_8 * x_v_2;
    v_t_11 = d_5 + d_6;
    d_7 = x_8 * v_t_11;
    d_8 = v_14 * x_v_2;
    v_t_12 = d_7 + d_8;
    const value_4 = v_t_12;
    let v_a_6 = 0, d_a_5 = 0, d_a_6 = 0, v_t_a_3 = 0, d_a_7 = 0, d_a_8 = 0, v_t_a_4 = 0;
    v_t_a_4 = 1;
    d_a_7 = v_t_a_4;
    d_a_8 = v_t_a_4;
    v_a_6 = x_v_2 * d_a_8;
    x_a_4 += v_t_11 * d_a_7;
    v_t_a_3 = x_8 * d_a_7;
    d_a_5 = v_t_a_3;
    d_a_6 = v_t_a_3;
    x_a_4 += x_v_2 * d_a_6;
    x_a_4 += x_v_2 * d_a_5;
    x_a_4 += x_8 * v_a_6;
    x_a_4 += x_8 * v_a_6;
    return __typegrad.reverseResult(value_4, [x_a_4]);
};
const gradient_3 = x_9 => {
    let v_15 = 0, v_16 = 0, v_17 = 0, x_a_5 = 0;
    v_15 = 8 * x_9;
    v_16 = v_15 * x_9;
    v_17 = v_16 * x_9;
    const value_5 = v_17;
    let v_a_7 = 0, v_a_8 = 0, v_a_9 = 0;
    v_a_9 = 1;
    v_a_8 = x_9 * v_a_9;
    x_a_5 += v_16 * v_a_9;
    v_a_7 = x_9 * v_a_8;
    x_a_5 += v_15 * v_a_8;
    x_a_5 += 8 * v_a_7;
    return __typegrad.reverseResult(value_5, [x_a_5]);
};
const forward_3 = (x_10, x_t_3) => {
    let v_18 = 0, v_t_13 = 0, v_19 = 0, v_t_14 = 0, v_20 = 0, v_t_15 = 0;
    v_18 = 8 * x_10;
    v_t_13 = 8 * x_t_3;
    v_19 = v_18 * x_10;
    v_t_14 = x_10 * v_t_13 + v_18 * x_t_3;
    v_20 = v_19 * x_10;
    v_t_15 = x_10 * v_t_14 + v_19 * x_t_3;
    return __typegrad.forwardResult(v_20, v_t_15);
};
const derivative_3 = x_11 => {
    let v_21 = 0, v_t_16 = 0, v_22 = 0, v_t_17 = 0, v_23 = 0, v_t_18 = 0;
    v_21 = 8 * x_11;
    v_t_16 = 8;
    v_22 = v_21 * x_11;
    v_t_17 = x_11 * v_t_16 + v_21;
    v_23 = v_22 * x_11;
    v_t_18 = x_11 * v_t_17 + v_22;
    return __typegrad.derivativeResult(v_23, v_t_18);
};
const hessian_3 = (x_12, x_v_3) => {
    let v_24 = 0, v_25 = 0, v_t_19 = 0, d_9 = 0, d_10 = 0, v_t_20 = 0, d_11 = 0, d_12 = 0, v_t_21 = 0, x_a_6 = 0;
    v_24 = 8 * x_12;
    v_t_19 = 8 * x_v_3;
    v_25 = v_24 * x_12;
    d_9 = x_12 * v_t_19;
    d_10 = v_24 * x_v_3;
    v_t_20 = d_9 + d_10;
    d_11 = x_12 * v_t_20;
    d_12 = v_25 * x_v_3;
    v_t_21 = d_11 + d_12;
    const value_6 = v_t_21;
    let v_a_10 = 0, v_a_11 = 0, d_a_9 = 0, d_a_10 = 0, v_t_a_5 = 0, d_a_11 = 0, d_a_12 = 0, v_t_a_6 = 0;
    v_t_a_6 = 1;
    d_a_11 = v_t_a_6;
    d_a_12 = v_t_a_6;
    v_a_11 = x_v_3 * d_a_12;
    x_a_6 += v_t_20 * d_a_11;
    v_t_a_5 = x_12 * d_a_11;
    d_a_9 = v_t_a_5;
    d_a_10 = v_t_a_5;
    v_a_10 = x_v_3 * d_a_10;
    x_a_6 += v_t_19 * d_a_9;
    v_a_10 += x_12 * v_a_11;
    x_a_6 += v_24 * v_a_11;
    x_a_6 += 8 * v_a_10;
    return __typegrad.reverseResult(value_6, [x_a_6]);
};
function cubeForward(x) {
    return x * x * x;
}
function cubeForward$ad(x) {
    return __typegrad.mul(__typegrad.mul(x, x), x);
}
const cube = defineFunction({
    name: "cube",
    forward: cubeForward$ad,
    backward: (x, _y, dy) => [__typegrad.mul(__typegrad.mul(__typegrad.mul(3, x[0]), x[0]), dy)],
});
const twice = (x) => 2 * x;
const twice$ad = (x) => __typegrad.mul(2, x);
__typegrad.attach(twice, twice$ad);
const composed = pipe(twice$ad, cubeForward$ad);
export const checks = [
    { f: __typegrad.attach((x) => x * x * x, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => __typegrad.mul(__typegrad.mul(x, x), x), forward_2, derivative_2), gradient_2, "n"), hessian_2, "n")), at: [1.5], grad: derivative((x) => cube(x)) },
    { f: __typegrad.attach((x) => 8 * x * x * x, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => __typegrad.mul(__typegrad.mul(__typegrad.mul(8, x), x), x), forward_3, derivative_3), gradient_3, "n"), hessian_3, "n")), at: [0.7], grad: grad(__typegrad.ad(composed)) },
];
