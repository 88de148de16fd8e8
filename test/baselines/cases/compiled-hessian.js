// @explain: true
// Compiled `hessian` and `hvp`: the reverse code of the function's tangent program, which
// carries each active value's tangent along a direction `x_v` and returns ∇f·v; its gradient
// is H·v. `hessian` calls it once per input number with a unit direction.
import { hessian, hvp } from "typegrad";
import * as __typegrad from "typegrad";
const gradient_1 = x_1 => {
    const x_g_1 = new Array(x_1.length).fill(0);
    let s_1 = 0, v_1 = 0, v_2 = 0, v_3 = 0, v_4 = 0, v_5 = 0, v_6 = 0, v_7 = 0, v_8 = 0, at_1 = 0, s_a_1 = 0;
    s_1 = 0;
    s_a_1 = 1;
    for (let i_1 = 0; i_1 < (x_1.length - 1); i_1++) {
        at_1 = i_1 + 1;
        v_1 = x_1[i_1] * x_1[i_1];
        v_2 = x_1[at_1] - v_1;
        v_3 = 1 - x_1[i_1];
        v_4 = 100 * v_2;
        v_5 = v_4 * v_2;
        v_6 = v_3 * v_3;
        v_7 = v_5 + v_6;
        v_8 = s_1 + v_7;
        s_1 = v_8;
        let v_a_1 = 0, v_a_2 = 0, v_a_3 = 0, v_a_4 = 0, v_a_5 = 0, v_a_6 = 0, v_a_7 = 0, v_a_8 = 0;
        v_a_8 = s_a_1;
        s_a_1 = 0;
        s_a_1 = v_a_8;
        v_a_7 = v_a_8;
        v_a_5 = v_a_7;
        v_a_6 = v_a_7;
        v_a_3 = v_3 * v_a_6;
        v_a_3 += v_3 * v_a_6;
        v_a_4 = v_2 * v_a_5;
        v_a_2 = v_4 * v_a_5;
        v_a_2 += 100 * v_a_4;
        x_g_1[i_1] += -v_a_3;
        x_g_1[at_1] += v_a_2;
        v_a_1 = -v_a_2;
        x_g_1[i_1] += x_1[i_1] * v_a_1;
        x_g_1[i_1] += x_1[i_1] * v_a_1;
    }
    const value_1 = s_1;
    s_a_1 = 0;
    return __typegrad.reverseResult(value_1, [x_g_1]);
};
const hessian_1 = (x_2, x_v_1) => {
    const x_g_2 = new Array(x_2.length).fill(0);
    let v_9 = 0, v_10 = 0, v_11 = 0, v_12 = 0, s_t_1 = 0, d_1 = 0, d_2 = 0, v_t_1 = 0, d_3 = 0, v_t_2 = 0, v_t_3 = 0, v_t_4 = 0, d_4 = 0, d_5 = 0, v_t_5 = 0, d_6 = 0, d_7 = 0, v_t_6 = 0, v_t_7 = 0, v_t_8 = 0, at_2 = 0, s_t_a_1 = 0;
    s_t_1 = 0;
    s_t_a_1 = 1;
    for (let i_2 = 0; i_2 < (x_2.length - 1); i_2++) {
        at_2 = i_2 + 1;
        v_9 = x_2[i_2] * x_2[i_2];
        d_1 = x_2[i_2] * x_v_1[i_2];
        d_2 = x_2[i_2] * x_v_1[i_2];
        v_t_1 = d_1 + d_2;
        v_10 = x_2[at_2] - v_9;
        d_3 = -v_t_1;
        v_t_2 = x_v_1[at_2] + d_3;
        v_11 = 1 - x_2[i_2];
        v_t_3 = -x_v_1[i_2];
        v_12 = 100 * v_10;
        v_t_4 = 100 * v_t_2;
        d_4 = v_10 * v_t_4;
        d_5 = v_12 * v_t_2;
        v_t_5 = d_4 + d_5;
        d_6 = v_11 * v_t_3;
        d_7 = v_11 * v_t_3;
        v_t_6 = d_6 + d_7;
        v_t_7 = v_t_5 + v_t_6;
        v_t_8 = s_t_1 + v_t_7;
        s_t_1 = v_t_8;
        let v_a_9 = 0, d_a_1 = 0, d_a_2 = 0, v_t_a_1 = 0, v_a_10 = 0, d_a_3 = 0, v_t_a_2 = 0, v_a_11 = 0, v_a_12 = 0, v_t_a_3 = 0, d_a_4 = 0, d_a_5 = 0, v_t_a_4 = 0, d_a_6 = 0, d_a_7 = 0, v_t_a_5 = 0, v_t_a_6 = 0, v_t_a_7 = 0;
        v_t_a_7 = s_t_a_1;
        s_t_a_1 = 0;
        s_t_a_1 = v_t_a_7;
        v_t_a_6 = v_t_a_7;
        v_t_a_4 = v_t_a_6;
        v_t_a_5 = v_t_a_6;
        d_a_6 = v_t_a_5;
        d_a_7 = v_t_a_5;
        v_a_11 = v_t_3 * d_a_7;
        v_a_11 += v_t_3 * d_a_6;
        d_a_4 = v_t_a_4;
        d_a_5 = v_t_a_4;
        v_a_12 = v_t_2 * d_a_5;
        v_t_a_2 = v_12 * d_a_5;
        v_a_10 = v_t_4 * d_a_4;
        v_t_a_3 = v_10 * d_a_4;
        v_t_a_2 += 100 * v_t_a_3;
        v_a_10 += 100 * v_a_12;
        x_g_2[i_2] += -v_a_11;
        d_a_3 = v_t_a_2;
        v_t_a_1 = -d_a_3;
        x_g_2[at_2] += v_a_10;
        v_a_9 = -v_a_10;
        d_a_1 = v_t_a_1;
        d_a_2 = v_t_a_1;
        x_g_2[i_2] += x_v_1[i_2] * d_a_2;
        x_g_2[i_2] += x_v_1[i_2] * d_a_1;
        x_g_2[i_2] += x_2[i_2] * v_a_9;
        x_g_2[i_2] += x_2[i_2] * v_a_9;
    }
    const value_2 = s_t_1;
    s_t_a_1 = 0;
    return __typegrad.reverseResult(value_2, [x_g_2]);
};
__typegrad.attach(rosen, __typegrad.withHessian(__typegrad.withReverse(rosen$ad, gradient_1, "a"), hessian_1, "a"));
const gradient_2 = (x_3, y_1) => {
    let v_13 = 0, v_14 = 0, v_15 = 0, v_16 = 0, v_17 = 0, v_18 = 0, x_a_1 = 0, y_a_1 = 0;
    v_13 = Math.sin(x_3);
    v_14 = x_3 * y_1;
    v_15 = Math.exp(v_14);
    v_16 = v_13 * v_15;
    v_17 = x_3 / y_1;
    v_18 = v_16 + v_17;
    const value_3 = v_18;
    let v_a_13 = 0, v_a_14 = 0, v_a_15 = 0, v_a_16 = 0, v_a_17 = 0, v_a_18 = 0;
    v_a_18 = 1;
    v_a_16 = v_a_18;
    v_a_17 = v_a_18;
    x_a_1 += (1 / y_1) * v_a_17;
    y_a_1 += (-(v_17 / y_1)) * v_a_17;
    v_a_13 = v_15 * v_a_16;
    v_a_15 = v_13 * v_a_16;
    v_a_14 = v_15 * v_a_15;
    x_a_1 += y_1 * v_a_14;
    y_a_1 += x_3 * v_a_14;
    x_a_1 += Math.cos(x_3) * v_a_13;
    return __typegrad.reverseResult(value_3, [x_a_1, y_a_1]);
};
const forward_1 = (x_4, x_t_1, y_2, y_t_1) => {
    let v_19 = 0, v_t_9 = 0, v_20 = 0, v_t_10 = 0, v_21 = 0, v_t_11 = 0, v_22 = 0, v_t_12 = 0, v_23 = 0, v_t_13 = 0, v_24 = 0, v_t_14 = 0;
    v_19 = Math.sin(x_4);
    v_t_9 = Math.cos(x_4) * x_t_1;
    v_20 = x_4 * y_2;
    v_t_10 = y_2 * x_t_1 + x_4 * y_t_1;
    v_21 = Math.exp(v_20);
    v_t_11 = v_21 * v_t_10;
    v_22 = v_19 * v_21;
    v_t_12 = v_21 * v_t_9 + v_19 * v_t_11;
    v_23 = x_4 / y_2;
    v_t_13 = (1 / y_2) * x_t_1 + (-(v_23 / y_2)) * y_t_1;
    v_24 = v_22 + v_23;
    v_t_14 = v_t_12 + v_t_13;
    return __typegrad.forwardResult(v_24, v_t_14);
};
const hessian_2 = (x_5, y_3, x_v_2, y_v_1) => {
    let v_25 = 0, v_26 = 0, v_27 = 0, v_28 = 0, d_8 = 0, v_t_15 = 0, d_9 = 0, d_10 = 0, v_t_16 = 0, v_t_17 = 0, d_11 = 0, d_12 = 0, v_t_18 = 0, d_13 = 0, d_14 = 0, d_15 = 0, d_16 = 0, d_17 = 0, v_t_19 = 0, v_t_20 = 0, x_a_2 = 0, y_a_2 = 0;
    v_25 = Math.sin(x_5);
    d_8 = Math.cos(x_5);
    v_t_15 = d_8 * x_v_2;
    v_26 = x_5 * y_3;
    d_9 = y_3 * x_v_2;
    d_10 = x_5 * y_v_1;
    v_t_16 = d_9 + d_10;
    v_27 = Math.exp(v_26);
    v_t_17 = v_27 * v_t_16;
    d_11 = v_27 * v_t_15;
    d_12 = v_25 * v_t_17;
    v_t_18 = d_11 + d_12;
    v_28 = x_5 / y_3;
    d_13 = 1 / y_3;
    d_14 = d_13 * x_v_2;
    d_15 = v_28 / y_3;
    d_16 = -d_15;
    d_17 = d_16 * y_v_1;
    v_t_19 = d_14 + d_17;
    v_t_20 = v_t_18 + v_t_19;
    const value_4 = v_t_20;
    let v_a_19 = 0, d_a_8 = 0, v_t_a_8 = 0, v_a_20 = 0, d_a_9 = 0, d_a_10 = 0, v_t_a_9 = 0, v_a_21 = 0, v_t_a_10 = 0, d_a_11 = 0, d_a_12 = 0, v_t_a_11 = 0, v_a_22 = 0, d_a_13 = 0, d_a_14 = 0, d_a_15 = 0, d_a_16 = 0, d_a_17 = 0, v_t_a_12 = 0, v_t_a_13 = 0;
    v_t_a_13 = 1;
    v_t_a_11 = v_t_a_13;
    v_t_a_12 = v_t_a_13;
    d_a_14 = v_t_a_12;
    d_a_17 = v_t_a_12;
    d_a_16 = y_v_1 * d_a_17;
    d_a_15 = -d_a_16;
    v_a_22 = (1 / y_3) * d_a_15;
    y_a_2 += (-(d_15 / y_3)) * d_a_15;
    d_a_13 = x_v_2 * d_a_14;
    y_a_2 += (-(d_13 / y_3)) * d_a_13;
    x_a_2 += (1 / y_3) * v_a_22;
    y_a_2 += (-(v_28 / y_3)) * v_a_22;
    d_a_11 = v_t_a_11;
    d_a_12 = v_t_a_11;
    v_a_19 = v_t_17 * d_a_12;
    v_t_a_10 = v_25 * d_a_12;
    v_a_21 = v_t_15 * d_a_11;
    v_t_a_8 = v_27 * d_a_11;
    v_a_21 += v_t_16 * v_t_a_10;
    v_t_a_9 = v_27 * v_t_a_10;
    v_a_20 = v_27 * v_a_21;
    d_a_9 = v_t_a_9;
    d_a_10 = v_t_a_9;
    x_a_2 += y_v_1 * d_a_10;
    y_a_2 += x_v_2 * d_a_9;
    x_a_2 += y_3 * v_a_20;
    y_a_2 += x_5 * v_a_20;
    d_a_8 = x_v_2 * v_t_a_8;
    x_a_2 += (-Math.sin(x_5)) * d_a_8;
    x_a_2 += Math.cos(x_5) * v_a_19;
    return __typegrad.reverseResult(value_4, [x_a_2, y_a_2]);
};
__typegrad.attach(power, power$ad);
function rosen(x) {
    let s = 0;
    for (let i = 0; i < x.length - 1; i++) {
        const t = x[i + 1] - x[i] * x[i];
        const u = 1 - x[i];
        s += 100 * t * t + u * u;
    }
    return s;
}
function rosen$ad(x) {
    let s = 0;
    for (let i = 0; i < x.length - 1; i++) {
        const t = __typegrad.sub(x[i + 1], __typegrad.mul(x[i], x[i]));
        const u = __typegrad.sub(1, x[i]);
        s = __typegrad.add(s, __typegrad.add(__typegrad.mul(__typegrad.mul(100, t), t), __typegrad.mul(u, u)));
    }
    return s;
}
const wave = (x, y) => Math.sin(x) * Math.exp(x * y) + x / y;
const wave$ad = (x, y) => __typegrad.add(__typegrad.mul(__typegrad.sin(x), __typegrad.mathExp(__typegrad.mul(x, y))), __typegrad.div(x, y));
__typegrad.attach(wave, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward(wave$ad, forward_1), gradient_2, "nn"), hessian_2, "nn"));
function power(x, n) {
    return n === 0 ? 1 : x * power(x, n - 1);
}
function power$ad(x, n) {
    return __typegrad.eq(n, 0) ? 1 : __typegrad.mul(x, power$ad(x, __typegrad.sub(n, 1)));
}
export const H = hessian(__typegrad.withHessian(rosen$ad, hessian_1, "a"))([0.5, -0.3, 1.2]);
export const Hv = hvp(__typegrad.withHessian(rosen$ad, hessian_1, "a"), [0.5, -0.3, 1.2], [1, 0, -1]);
export const H2 = hessian(__typegrad.withHessian(wave$ad, hessian_2, "nn"))(0.4, 1.3);
export const onTape = hessian(power$ad)(1.5, 3);
