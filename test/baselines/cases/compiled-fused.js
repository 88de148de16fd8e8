// Fused loops: the last loop of a function that only accumulates (`s += …`) runs each pass's
// reverse inside the forward loop. `product` multiplies its carried local, so it keeps a
// forward loop and a reverse loop.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
__typegrad.attach(meanSquare, meanSquare$ad);
__typegrad.attach(twoSums, twoSums$ad);
__typegrad.attach(product, product$ad);
const gradient_1 = v_1 => {
    const v_g_1 = new Array(v_1.length).fill(0);
    let s_1 = 0, v_2 = 0, v_3 = 0, v_4 = 0, s_a_1 = 0;
    s_1 = 0;
    let v_a_1 = 0;
    v_a_1 = 1;
    s_a_1 = (1 / v_1.length) * v_a_1;
    for (let i_1 = 0; i_1 < v_1.length; i_1++) {
        v_2 = v_1[i_1] * v_1[i_1];
        v_3 = s_1 + v_2;
        s_1 = v_3;
        let v_a_2 = 0, v_a_3 = 0;
        v_a_3 = s_a_1;
        s_a_1 = 0;
        s_a_1 = v_a_3;
        v_a_2 = v_a_3;
        v_g_1[i_1] += v_1[i_1] * v_a_2;
        v_g_1[i_1] += v_1[i_1] * v_a_2;
    }
    v_4 = s_1 / v_1.length;
    const value_1 = v_4;
    s_a_1 = 0;
    return __typegrad.reverseResult(value_1, [v_g_1]);
};
const gradient_2 = (v_5, w_1) => {
    const v_g_2 = new Array(v_5.length).fill(0);
    let v_6 = 0, s_2 = 0, t_1 = 0, v_7 = 0, v_8 = 0, v_9 = 0, v_10 = 0, v_11 = 0, v_12 = 0, v_13 = 0, v_14 = 0, v_15 = 0, w_a_1 = 0, s_a_2 = 0, t_a_1 = 0;
    v_6 = Math.exp(w_1);
    s_2 = 0;
    t_1 = 1;
    let v_a_4 = 0;
    let v_a_5 = 0, v_a_6 = 0;
    v_a_6 = 1;
    s_a_2 = v_a_6;
    v_a_5 = v_a_6;
    t_a_1 = 2 * v_a_5;
    for (let i_2 = 0; i_2 < v_5.length; i_2++) {
        v_7 = v_6 * v_5[i_2];
        v_8 = v_7 - w_1;
        v_9 = Math.tanh(v_8);
        v_10 = v_9 * v_9;
        v_11 = s_2 + v_10;
        s_2 = v_11;
        v_12 = 0.5 * v_9;
        v_13 = t_1 - v_12;
        t_1 = v_13;
        let v_a_7 = 0, v_a_8 = 0, v_a_9 = 0, v_a_10 = 0, v_a_11 = 0, v_a_12 = 0, v_a_13 = 0;
        v_a_13 = t_a_1;
        t_a_1 = 0;
        t_a_1 = v_a_13;
        v_a_12 = -v_a_13;
        v_a_9 = 0.5 * v_a_12;
        v_a_11 = s_a_2;
        s_a_2 = 0;
        s_a_2 = v_a_11;
        v_a_10 = v_a_11;
        v_a_9 += v_9 * v_a_10;
        v_a_9 += v_9 * v_a_10;
        v_a_8 = (1 - (v_9 * v_9)) * v_a_9;
        v_a_7 = v_a_8;
        w_a_1 += -v_a_8;
        v_a_4 += v_5[i_2] * v_a_7;
        v_g_2[i_2] += v_6 * v_a_7;
    }
    v_14 = 2 * t_1;
    v_15 = s_2 + v_14;
    const value_2 = v_15;
    t_a_1 = 0;
    s_a_2 = 0;
    w_a_1 += v_6 * v_a_4;
    return __typegrad.reverseResult(value_2, [v_g_2, w_a_1]);
};
const gradient_3 = (v_16, w_2) => {
    const stack_1 = __typegrad.valueStack();
    let stored_1 = stack_1.data, top_1 = 0;
    const v_g_3 = new Array(v_16.length).fill(0);
    let p_1 = 0, v_17 = 0, v_18 = 0, w_a_2 = 0, p_a_1 = 0;
    if (top_1 === stored_1.length)
        stored_1 = stack_1.grow();
    stored_1[top_1++] = p_1;
    p_1 = w_2;
    for (let i_3 = 0; i_3 < v_16.length; i_3++) {
        while (top_1 + 2 > stored_1.length)
            stored_1 = stack_1.grow();
        stored_1[top_1++] = v_17;
        v_17 = Math.cos(v_16[i_3]);
        v_18 = p_1 * v_17;
        stored_1[top_1++] = p_1;
        p_1 = v_18;
    }
    const value_3 = p_1;
    p_a_1 = 1;
    for (let k_1 = (Math.max(0, Math.ceil(v_16.length)) | 0) - 1; k_1 >= 0; k_1--) {
        const i_3 = k_1;
        let v_a_14 = 0, v_a_15 = 0;
        v_a_15 = p_a_1;
        p_a_1 = 0;
        p_1 = stored_1[--top_1];
        p_a_1 = v_17 * v_a_15;
        v_a_14 = p_1 * v_a_15;
        v_g_3[i_3] += (-Math.sin(v_16[i_3])) * v_a_14;
        v_17 = stored_1[--top_1];
    }
    w_a_2 += p_a_1;
    p_a_1 = 0;
    p_1 = stored_1[--top_1];
    return __typegrad.reverseResult(value_3, [v_g_3, w_a_2]);
};
export function meanSquare(v) {
    let s = 0;
    for (let i = 0; i < v.length; i++)
        s += v[i] * v[i];
    return s / v.length;
}
export function meanSquare$ad(v) {
    let s = 0;
    for (let i = 0; i < v.length; i++)
        s = __typegrad.add(s, __typegrad.mul(v[i], v[i]));
    return __typegrad.div(s, v.length);
}
export function twoSums(v, w) {
    const c = Math.exp(w);
    let s = 0;
    let t = 1;
    for (let i = 0; i < v.length; i++) {
        const e = Math.tanh(c * v[i] - w);
        s += e * e;
        t -= 0.5 * e;
    }
    return s + 2 * t;
}
export function twoSums$ad(v, w) {
    const c = __typegrad.mathExp(w);
    let s = 0;
    let t = 1;
    for (let i = 0; i < v.length; i++) {
        const e = __typegrad.tanh(__typegrad.sub(__typegrad.mul(c, v[i]), w));
        s = __typegrad.add(s, __typegrad.mul(e, e));
        t = __typegrad.sub(t, __typegrad.mul(0.5, e));
    }
    return __typegrad.add(s, __typegrad.mul(2, t));
}
export function product(v, w) {
    let p = w;
    for (let i = 0; i < v.length; i++)
        p = p * Math.cos(v[i]);
    return p;
}
export function product$ad(v, w) {
    let p = w;
    for (let i = 0; i < v.length; i++)
        p = __typegrad.mul(p, __typegrad.cos(v[i]));
    return p;
}
const V = [0.4, -1.1, 0.9];
export const checks = [
    { f: __typegrad.attach((x) => meanSquare([x, -1.1, 0.9]), (x) => meanSquare$ad([x, -1.1, 0.9])), at: [0.4], grad: (x) => grad(__typegrad.withReverse(meanSquare$ad, gradient_1, "a"))([x, -1.1, 0.9])[0] },
    { f: __typegrad.attach((w) => twoSums(V, w), (w) => twoSums$ad(V, w)), at: [0.3], grad: (w) => grad(__typegrad.withReverse(twoSums$ad, gradient_2, "an"))(V, w)[1] },
    { f: __typegrad.attach((x) => twoSums([0.4, x, 0.9], 0.3), (x) => twoSums$ad([0.4, x, 0.9], 0.3)), at: [-1.1], grad: (x) => grad(__typegrad.withReverse(twoSums$ad, gradient_2, "an"))([0.4, x, 0.9], 0.3)[0][1] },
    { f: __typegrad.attach((w) => product(V, w), (w) => product$ad(V, w)), at: [0.3], grad: (w) => grad(__typegrad.withReverse(product$ad, gradient_3, "an"))(V, w)[1] },
];
