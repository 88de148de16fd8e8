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
const gradient_2 = w_1 => {
    let v_5 = 0, s_2 = 0, t_1 = 0, v_6 = 0, v_7 = 0, v_8 = 0, v_9 = 0, v_10 = 0, v_11 = 0, v_12 = 0, v_13 = 0, v_14 = 0, w_a_1 = 0, s_a_2 = 0, t_a_1 = 0;
    v_5 = Math.exp(w_1);
    s_2 = 0;
    t_1 = 1;
    let v_a_4 = 0;
    let v_a_5 = 0, v_a_6 = 0;
    v_a_6 = 1;
    s_a_2 = v_a_6;
    v_a_5 = v_a_6;
    t_a_1 = 2 * v_a_5;
    for (let i_2 = 0; i_2 < V.length; i_2++) {
        v_6 = v_5 * V[i_2];
        v_7 = v_6 - w_1;
        v_8 = Math.tanh(v_7);
        v_9 = v_8 * v_8;
        v_10 = s_2 + v_9;
        s_2 = v_10;
        v_11 = 0.5 * v_8;
        v_12 = t_1 - v_11;
        t_1 = v_12;
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
        v_a_9 += v_8 * v_a_10;
        v_a_9 += v_8 * v_a_10;
        v_a_8 = (1 - (v_8 * v_8)) * v_a_9;
        v_a_7 = v_a_8;
        w_a_1 += -v_a_8;
        v_a_4 += V[i_2] * v_a_7;
    }
    v_13 = 2 * t_1;
    v_14 = s_2 + v_13;
    const value_2 = v_14;
    t_a_1 = 0;
    s_a_2 = 0;
    w_a_1 += v_5 * v_a_4;
    return __typegrad.reverseResult(value_2, [w_a_1]);
};
const forward_1 = (w_2, w_t_1) => {
    let v_15 = 0, v_t_1 = 0, s_3 = 0, s_t_1 = 0, t_2 = 0, t_t_1 = 0, v_16 = 0, v_t_2 = 0, v_17 = 0, v_t_3 = 0, v_18 = 0, v_t_4 = 0, v_19 = 0, v_t_5 = 0, v_20 = 0, v_t_6 = 0, v_21 = 0, v_t_7 = 0, v_22 = 0, v_t_8 = 0, v_23 = 0, v_t_9 = 0, v_24 = 0, v_t_10 = 0;
    v_15 = Math.exp(w_2);
    v_t_1 = v_15 * w_t_1;
    s_3 = 0;
    s_t_1 = 0;
    t_2 = 1;
    t_t_1 = 0;
    for (let i_3 = 0; i_3 < V.length; i_3++) {
        v_16 = v_15 * V[i_3];
        v_t_2 = V[i_3] * v_t_1;
        v_17 = v_16 - w_2;
        v_t_3 = v_t_2 + -w_t_1;
        v_18 = Math.tanh(v_17);
        v_t_4 = (1 - (v_18 * v_18)) * v_t_3;
        v_19 = v_18 * v_18;
        v_t_5 = v_18 * v_t_4 + v_18 * v_t_4;
        v_20 = s_3 + v_19;
        v_t_6 = s_t_1 + v_t_5;
        s_3 = v_20;
        s_t_1 = v_t_6;
        v_21 = 0.5 * v_18;
        v_t_7 = 0.5 * v_t_4;
        v_22 = t_2 - v_21;
        v_t_8 = t_t_1 + -v_t_7;
        t_2 = v_22;
        t_t_1 = v_t_8;
    }
    v_23 = 2 * t_2;
    v_t_9 = 2 * t_t_1;
    v_24 = s_3 + v_23;
    v_t_10 = s_t_1 + v_t_9;
    return __typegrad.forwardResult(v_24, v_t_10);
};
const derivative_1 = w_3 => {
    let v_25 = 0, v_t_11 = 0, s_4 = 0, s_t_2 = 0, t_3 = 0, t_t_2 = 0, v_26 = 0, v_t_12 = 0, v_27 = 0, v_t_13 = 0, v_28 = 0, v_t_14 = 0, v_29 = 0, v_t_15 = 0, v_30 = 0, v_t_16 = 0, v_31 = 0, v_t_17 = 0, v_32 = 0, v_t_18 = 0, v_33 = 0, v_t_19 = 0, v_34 = 0, v_t_20 = 0;
    v_25 = Math.exp(w_3);
    v_t_11 = v_25;
    s_4 = 0;
    s_t_2 = 0;
    t_3 = 1;
    t_t_2 = 0;
    for (let i_4 = 0; i_4 < V.length; i_4++) {
        v_26 = v_25 * V[i_4];
        v_t_12 = V[i_4] * v_t_11;
        v_27 = v_26 - w_3;
        v_t_13 = v_t_12 + (-1);
        v_28 = Math.tanh(v_27);
        v_t_14 = (1 - (v_28 * v_28)) * v_t_13;
        v_29 = v_28 * v_28;
        v_t_15 = v_28 * v_t_14 + v_28 * v_t_14;
        v_30 = s_4 + v_29;
        v_t_16 = s_t_2 + v_t_15;
        s_4 = v_30;
        s_t_2 = v_t_16;
        v_31 = 0.5 * v_28;
        v_t_17 = 0.5 * v_t_14;
        v_32 = t_3 - v_31;
        v_t_18 = t_t_2 + -v_t_17;
        t_3 = v_32;
        t_t_2 = v_t_18;
    }
    v_33 = 2 * t_3;
    v_t_19 = 2 * t_t_2;
    v_34 = s_4 + v_33;
    v_t_20 = s_t_2 + v_t_19;
    return __typegrad.derivativeResult(v_34, v_t_20);
};
const hessian_1 = (w_4, w_v_1) => {
    let v_35 = 0, v_36 = 0, v_37 = 0, v_38 = 0, v_t_21 = 0, s_t_3 = 0, t_t_3 = 0, v_t_22 = 0, v_t_23 = 0, d_1 = 0, d_2 = 0, v_t_24 = 0, d_3 = 0, d_4 = 0, v_t_25 = 0, v_t_26 = 0, v_t_27 = 0, d_5 = 0, v_t_28 = 0, v_t_29 = 0, v_t_30 = 0, w_a_2 = 0, s_t_a_1 = 0, t_t_a_1 = 0;
    v_35 = Math.exp(w_4);
    v_t_21 = v_35 * w_v_1;
    s_t_3 = 0;
    t_t_3 = 0;
    let v_a_14 = 0, v_t_a_1 = 0;
    let v_t_a_2 = 0, v_t_a_3 = 0;
    v_t_a_3 = 1;
    s_t_a_1 = v_t_a_3;
    v_t_a_2 = v_t_a_3;
    t_t_a_1 = 2 * v_t_a_2;
    for (let i_5 = 0; i_5 < V.length; i_5++) {
        v_36 = v_35 * V[i_5];
        v_t_22 = V[i_5] * v_t_21;
        v_37 = v_36 - w_4;
        v_t_23 = v_t_22 + (-w_v_1);
        v_38 = Math.tanh(v_37);
        d_1 = v_38 * v_38;
        d_2 = 1 - d_1;
        v_t_24 = d_2 * v_t_23;
        d_3 = v_38 * v_t_24;
        d_4 = v_38 * v_t_24;
        v_t_25 = d_3 + d_4;
        v_t_26 = s_t_3 + v_t_25;
        s_t_3 = v_t_26;
        v_t_27 = 0.5 * v_t_24;
        d_5 = -v_t_27;
        v_t_28 = t_t_3 + d_5;
        t_t_3 = v_t_28;
        let v_a_15 = 0, v_t_a_4 = 0, v_a_16 = 0, v_t_a_5 = 0, v_a_17 = 0, d_a_1 = 0, d_a_2 = 0, v_t_a_6 = 0, d_a_3 = 0, d_a_4 = 0, v_t_a_7 = 0, v_t_a_8 = 0, v_t_a_9 = 0, d_a_5 = 0, v_t_a_10 = 0;
        v_t_a_10 = t_t_a_1;
        t_t_a_1 = 0;
        t_t_a_1 = v_t_a_10;
        d_a_5 = v_t_a_10;
        v_t_a_9 = -d_a_5;
        v_t_a_6 = 0.5 * v_t_a_9;
        v_t_a_8 = s_t_a_1;
        s_t_a_1 = 0;
        s_t_a_1 = v_t_a_8;
        v_t_a_7 = v_t_a_8;
        d_a_3 = v_t_a_7;
        d_a_4 = v_t_a_7;
        v_a_17 = v_t_24 * d_a_4;
        v_t_a_6 += v_38 * d_a_4;
        v_a_17 += v_t_24 * d_a_3;
        v_t_a_6 += v_38 * d_a_3;
        d_a_2 = v_t_23 * v_t_a_6;
        v_t_a_5 = d_2 * v_t_a_6;
        d_a_1 = -d_a_2;
        v_a_17 += v_38 * d_a_1;
        v_a_17 += v_38 * d_a_1;
        v_a_16 = (1 - (v_38 * v_38)) * v_a_17;
        v_t_a_4 = v_t_a_5;
        v_a_15 = v_a_16;
        w_a_2 += -v_a_16;
        v_t_a_1 += V[i_5] * v_t_a_4;
        v_a_14 += V[i_5] * v_a_15;
    }
    v_t_29 = 2 * t_t_3;
    v_t_30 = s_t_3 + v_t_29;
    const value_3 = v_t_30;
    t_t_a_1 = 0;
    s_t_a_1 = 0;
    v_a_14 += w_v_1 * v_t_a_1;
    w_a_2 += v_35 * v_a_14;
    return __typegrad.reverseResult(value_3, [w_a_2]);
};
const gradient_3 = (v_39, w_5) => {
    const v_g_2 = new Array(v_39.length).fill(0);
    let v_40 = 0, s_5 = 0, t_4 = 0, v_41 = 0, v_42 = 0, v_43 = 0, v_44 = 0, v_45 = 0, v_46 = 0, v_47 = 0, v_48 = 0, v_49 = 0, w_a_3 = 0, s_a_3 = 0, t_a_2 = 0;
    v_40 = Math.exp(w_5);
    s_5 = 0;
    t_4 = 1;
    let v_a_18 = 0;
    let v_a_19 = 0, v_a_20 = 0;
    v_a_20 = 1;
    s_a_3 = v_a_20;
    v_a_19 = v_a_20;
    t_a_2 = 2 * v_a_19;
    for (let i_6 = 0; i_6 < v_39.length; i_6++) {
        v_41 = v_40 * v_39[i_6];
        v_42 = v_41 - w_5;
        v_43 = Math.tanh(v_42);
        v_44 = v_43 * v_43;
        v_45 = s_5 + v_44;
        s_5 = v_45;
        v_46 = 0.5 * v_43;
        v_47 = t_4 - v_46;
        t_4 = v_47;
        let v_a_21 = 0, v_a_22 = 0, v_a_23 = 0, v_a_24 = 0, v_a_25 = 0, v_a_26 = 0, v_a_27 = 0;
        v_a_27 = t_a_2;
        t_a_2 = 0;
        t_a_2 = v_a_27;
        v_a_26 = -v_a_27;
        v_a_23 = 0.5 * v_a_26;
        v_a_25 = s_a_3;
        s_a_3 = 0;
        s_a_3 = v_a_25;
        v_a_24 = v_a_25;
        v_a_23 += v_43 * v_a_24;
        v_a_23 += v_43 * v_a_24;
        v_a_22 = (1 - (v_43 * v_43)) * v_a_23;
        v_a_21 = v_a_22;
        w_a_3 += -v_a_22;
        v_a_18 += v_39[i_6] * v_a_21;
        v_g_2[i_6] += v_40 * v_a_21;
    }
    v_48 = 2 * t_4;
    v_49 = s_5 + v_48;
    const value_4 = v_49;
    t_a_2 = 0;
    s_a_3 = 0;
    w_a_3 += v_40 * v_a_18;
    return __typegrad.reverseResult(value_4, [v_g_2, w_a_3]);
};
const gradient_4 = w_6 => {
    const stack_1 = __typegrad.valueStack();
    let stored_1 = stack_1.data, top_1 = 0;
    let p_1 = 0, v_50 = 0, v_51 = 0, w_a_4 = 0, p_a_1 = 0;
    p_1 = w_6;
    for (let i_7 = 0; i_7 < V.length; i_7++) {
        if (top_1 === stored_1.length)
            stored_1 = stack_1.grow();
        stored_1[top_1++] = v_50;
        v_50 = Math.cos(V[i_7]);
        v_51 = p_1 * v_50;
        p_1 = v_51;
    }
    const value_5 = p_1;
    p_a_1 = 1;
    for (let k_1 = (Math.max(0, Math.ceil(V.length)) | 0) - 1; k_1 >= 0; k_1--) {
        const i_7 = k_1;
        let v_a_28 = 0;
        v_a_28 = p_a_1;
        p_a_1 = 0;
        p_a_1 = v_50 * v_a_28;
        v_50 = stored_1[--top_1];
    }
    w_a_4 += p_a_1;
    p_a_1 = 0;
    return __typegrad.reverseResult(value_5, [w_a_4]);
};
const forward_2 = (w_7, w_t_2) => {
    let p_2 = 0, p_t_1 = 0, v_52 = 0, v_53 = 0, v_t_31 = 0;
    p_2 = w_7;
    p_t_1 = w_t_2;
    for (let i_8 = 0; i_8 < V.length; i_8++) {
        v_52 = Math.cos(V[i_8]);
        v_53 = p_2 * v_52;
        v_t_31 = v_52 * p_t_1;
        p_2 = v_53;
        p_t_1 = v_t_31;
    }
    return __typegrad.forwardResult(p_2, p_t_1);
};
const derivative_2 = w_8 => {
    let p_3 = 0, p_t_2 = 0, v_54 = 0, v_55 = 0, v_t_32 = 0;
    p_3 = w_8;
    p_t_2 = 1;
    for (let i_9 = 0; i_9 < V.length; i_9++) {
        v_54 = Math.cos(V[i_9]);
        v_55 = p_3 * v_54;
        v_t_32 = v_54 * p_t_2;
        p_3 = v_55;
        p_t_2 = v_t_32;
    }
    return __typegrad.derivativeResult(p_3, p_t_2);
};
const hessian_2 = (w_9, w_v_2) => {
    let v_56 = 0, p_t_3 = 0, v_t_33 = 0, w_a_5 = 0;
    p_t_3 = w_v_2;
    for (let i_10 = 0; i_10 < V.length; i_10++) {
        v_56 = Math.cos(V[i_10]);
        v_t_33 = v_56 * p_t_3;
        p_t_3 = v_t_33;
    }
    const value_6 = p_t_3;
    return __typegrad.reverseResult(value_6, [w_a_5]);
};
const gradient_5 = (v_57, w_10) => {
    const stack_2 = __typegrad.valueStack();
    let stored_2 = stack_2.data, top_2 = 0;
    const v_g_3 = new Array(v_57.length).fill(0);
    let p_4 = 0, v_58 = 0, v_59 = 0, w_a_6 = 0, p_a_2 = 0;
    if (top_2 === stored_2.length)
        stored_2 = stack_2.grow();
    stored_2[top_2++] = p_4;
    p_4 = w_10;
    for (let i_11 = 0; i_11 < v_57.length; i_11++) {
        while (top_2 + 2 > stored_2.length)
            stored_2 = stack_2.grow();
        stored_2[top_2++] = v_58;
        v_58 = Math.cos(v_57[i_11]);
        v_59 = p_4 * v_58;
        stored_2[top_2++] = p_4;
        p_4 = v_59;
    }
    const value_7 = p_4;
    p_a_2 = 1;
    for (let k_2 = (Math.max(0, Math.ceil(v_57.length)) | 0) - 1; k_2 >= 0; k_2--) {
        const i_11 = k_2;
        let v_a_29 = 0, v_a_30 = 0;
        v_a_30 = p_a_2;
        p_a_2 = 0;
        p_4 = stored_2[--top_2];
        p_a_2 = v_58 * v_a_30;
        v_a_29 = p_4 * v_a_30;
        v_g_3[i_11] += (-Math.sin(v_57[i_11])) * v_a_29;
        v_58 = stored_2[--top_2];
    }
    w_a_6 += p_a_2;
    p_a_2 = 0;
    p_4 = stored_2[--top_2];
    return __typegrad.reverseResult(value_7, [v_g_3, w_a_6]);
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
    { f: __typegrad.attach((w) => twoSums(V, w), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((w) => twoSums$ad(V, w), forward_1, derivative_1), gradient_2, "n"), hessian_1, "n")), at: [0.3], grad: (w) => grad(__typegrad.withReverse(twoSums$ad, gradient_3, "an"))(V, w)[1] },
    { f: __typegrad.attach((x) => twoSums([0.4, x, 0.9], 0.3), (x) => twoSums$ad([0.4, x, 0.9], 0.3)), at: [-1.1], grad: (x) => grad(__typegrad.withReverse(twoSums$ad, gradient_3, "an"))([0.4, x, 0.9], 0.3)[0][1] },
    { f: __typegrad.attach((w) => product(V, w), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((w) => product$ad(V, w), forward_2, derivative_2), gradient_4, "n"), hessian_2, "n")), at: [0.3], grad: (w) => grad(__typegrad.withReverse(product$ad, gradient_5, "an"))(V, w)[1] },
];
