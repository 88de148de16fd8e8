// @explain: true
// Compiled `hessian` and `hvp`: the reverse code of the function's tangent program, which
// carries each active value's tangent along a direction `x_v` and returns ∇f·v; its gradient
// is H·v. `hessian` calls it once per input number with a unit direction.
import { hessian, hvp } from "typegrad";
import * as __typegrad from "typegrad";
__typegrad.attach(rosen, rosen$ad);
__typegrad.attach(power, power$ad);
const hessian_1 = (x_1, x_v_1) => {
    const x_g_1 = new Array(x_1.length).fill(0);
    let v_1 = 0, v_2 = 0, v_3 = 0, v_4 = 0, s_t_1 = 0, d_1 = 0, d_2 = 0, v_t_1 = 0, d_3 = 0, v_t_2 = 0, v_t_3 = 0, v_t_4 = 0, d_4 = 0, d_5 = 0, v_t_5 = 0, d_6 = 0, d_7 = 0, v_t_6 = 0, v_t_7 = 0, v_t_8 = 0, at_1 = 0, s_t_a_1 = 0;
    s_t_1 = 0;
    s_t_a_1 = 1;
    for (let i_1 = 0; i_1 < (x_1.length - 1); i_1++) {
        at_1 = i_1 + 1;
        v_1 = x_1[i_1] * x_1[i_1];
        d_1 = x_1[i_1] * x_v_1[i_1];
        d_2 = x_1[i_1] * x_v_1[i_1];
        v_t_1 = d_1 + d_2;
        v_2 = x_1[at_1] - v_1;
        d_3 = -v_t_1;
        v_t_2 = x_v_1[at_1] + d_3;
        v_3 = 1 - x_1[i_1];
        v_t_3 = -x_v_1[i_1];
        v_4 = 100 * v_2;
        v_t_4 = 100 * v_t_2;
        d_4 = v_2 * v_t_4;
        d_5 = v_4 * v_t_2;
        v_t_5 = d_4 + d_5;
        d_6 = v_3 * v_t_3;
        d_7 = v_3 * v_t_3;
        v_t_6 = d_6 + d_7;
        v_t_7 = v_t_5 + v_t_6;
        v_t_8 = s_t_1 + v_t_7;
        s_t_1 = v_t_8;
        let v_a_1 = 0, d_a_1 = 0, d_a_2 = 0, v_t_a_1 = 0, v_a_2 = 0, d_a_3 = 0, v_t_a_2 = 0, v_a_3 = 0, v_a_4 = 0, v_t_a_3 = 0, d_a_4 = 0, d_a_5 = 0, v_t_a_4 = 0, d_a_6 = 0, d_a_7 = 0, v_t_a_5 = 0, v_t_a_6 = 0, v_t_a_7 = 0;
        v_t_a_7 = s_t_a_1;
        s_t_a_1 = 0;
        s_t_a_1 = v_t_a_7;
        v_t_a_6 = v_t_a_7;
        v_t_a_4 = v_t_a_6;
        v_t_a_5 = v_t_a_6;
        d_a_6 = v_t_a_5;
        d_a_7 = v_t_a_5;
        v_a_3 = v_t_3 * d_a_7;
        v_a_3 += v_t_3 * d_a_6;
        d_a_4 = v_t_a_4;
        d_a_5 = v_t_a_4;
        v_a_4 = v_t_2 * d_a_5;
        v_t_a_2 = v_4 * d_a_5;
        v_a_2 = v_t_4 * d_a_4;
        v_t_a_3 = v_2 * d_a_4;
        v_t_a_2 += 100 * v_t_a_3;
        v_a_2 += 100 * v_a_4;
        x_g_1[i_1] += -v_a_3;
        d_a_3 = v_t_a_2;
        v_t_a_1 = -d_a_3;
        x_g_1[at_1] += v_a_2;
        v_a_1 = -v_a_2;
        d_a_1 = v_t_a_1;
        d_a_2 = v_t_a_1;
        x_g_1[i_1] += x_v_1[i_1] * d_a_2;
        x_g_1[i_1] += x_v_1[i_1] * d_a_1;
        x_g_1[i_1] += x_1[i_1] * v_a_1;
        x_g_1[i_1] += x_1[i_1] * v_a_1;
    }
    const value_1 = s_t_1;
    s_t_a_1 = 0;
    return __typegrad.reverseResult(value_1, [x_g_1]);
};
const hessian_2 = (x_2, y_1, x_v_2, y_v_1) => {
    let v_5 = 0, v_6 = 0, v_7 = 0, v_8 = 0, d_8 = 0, v_t_9 = 0, d_9 = 0, d_10 = 0, v_t_10 = 0, v_t_11 = 0, d_11 = 0, d_12 = 0, v_t_12 = 0, d_13 = 0, d_14 = 0, d_15 = 0, d_16 = 0, d_17 = 0, v_t_13 = 0, v_t_14 = 0, x_a_1 = 0, y_a_1 = 0;
    v_5 = Math.sin(x_2);
    d_8 = Math.cos(x_2);
    v_t_9 = d_8 * x_v_2;
    v_6 = x_2 * y_1;
    d_9 = y_1 * x_v_2;
    d_10 = x_2 * y_v_1;
    v_t_10 = d_9 + d_10;
    v_7 = Math.exp(v_6);
    v_t_11 = v_7 * v_t_10;
    d_11 = v_7 * v_t_9;
    d_12 = v_5 * v_t_11;
    v_t_12 = d_11 + d_12;
    v_8 = x_2 / y_1;
    d_13 = 1 / y_1;
    d_14 = d_13 * x_v_2;
    d_15 = v_8 / y_1;
    d_16 = -d_15;
    d_17 = d_16 * y_v_1;
    v_t_13 = d_14 + d_17;
    v_t_14 = v_t_12 + v_t_13;
    const value_2 = v_t_14;
    let v_a_5 = 0, d_a_8 = 0, v_t_a_8 = 0, v_a_6 = 0, d_a_9 = 0, d_a_10 = 0, v_t_a_9 = 0, v_a_7 = 0, v_t_a_10 = 0, d_a_11 = 0, d_a_12 = 0, v_t_a_11 = 0, v_a_8 = 0, d_a_13 = 0, d_a_14 = 0, d_a_15 = 0, d_a_16 = 0, d_a_17 = 0, v_t_a_12 = 0, v_t_a_13 = 0;
    v_t_a_13 = 1;
    v_t_a_11 = v_t_a_13;
    v_t_a_12 = v_t_a_13;
    d_a_14 = v_t_a_12;
    d_a_17 = v_t_a_12;
    d_a_16 = y_v_1 * d_a_17;
    d_a_15 = -d_a_16;
    v_a_8 = (1 / y_1) * d_a_15;
    y_a_1 += (-(d_15 / y_1)) * d_a_15;
    d_a_13 = x_v_2 * d_a_14;
    y_a_1 += (-(d_13 / y_1)) * d_a_13;
    x_a_1 += (1 / y_1) * v_a_8;
    y_a_1 += (-(v_8 / y_1)) * v_a_8;
    d_a_11 = v_t_a_11;
    d_a_12 = v_t_a_11;
    v_a_5 = v_t_11 * d_a_12;
    v_t_a_10 = v_5 * d_a_12;
    v_a_7 = v_t_9 * d_a_11;
    v_t_a_8 = v_7 * d_a_11;
    v_a_7 += v_t_10 * v_t_a_10;
    v_t_a_9 = v_7 * v_t_a_10;
    v_a_6 = v_7 * v_a_7;
    d_a_9 = v_t_a_9;
    d_a_10 = v_t_a_9;
    x_a_1 += y_v_1 * d_a_10;
    y_a_1 += x_v_2 * d_a_9;
    x_a_1 += y_1 * v_a_6;
    y_a_1 += x_2 * v_a_6;
    d_a_8 = x_v_2 * v_t_a_8;
    x_a_1 += (-Math.sin(x_2)) * d_a_8;
    x_a_1 += Math.cos(x_2) * v_a_5;
    return __typegrad.reverseResult(value_2, [x_a_1, y_a_1]);
};
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
__typegrad.attach(wave, wave$ad);
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
