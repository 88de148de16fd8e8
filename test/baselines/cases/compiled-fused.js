// Fused loops: the last loop of a function that only accumulates (`s += …`) runs each pass's
// reverse inside the forward loop. `product` multiplies its carried local, so it keeps a
// forward loop and a reverse loop.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
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
const hessian_1 = (v_5, v_v_1) => {
    const v_g_2 = new Array(v_5.length).fill(0);
    let s_t_1 = 0, d_1 = 0, d_2 = 0, v_t_1 = 0, v_t_2 = 0, v_t_3 = 0, s_t_a_1 = 0;
    s_t_1 = 0;
    let v_t_a_1 = 0;
    v_t_a_1 = 1;
    s_t_a_1 = (1 / v_5.length) * v_t_a_1;
    for (let i_2 = 0; i_2 < v_5.length; i_2++) {
        d_1 = v_5[i_2] * v_v_1[i_2];
        d_2 = v_5[i_2] * v_v_1[i_2];
        v_t_1 = d_1 + d_2;
        v_t_2 = s_t_1 + v_t_1;
        s_t_1 = v_t_2;
        let d_a_1 = 0, d_a_2 = 0, v_t_a_2 = 0, v_t_a_3 = 0;
        v_t_a_3 = s_t_a_1;
        s_t_a_1 = 0;
        s_t_a_1 = v_t_a_3;
        v_t_a_2 = v_t_a_3;
        d_a_1 = v_t_a_2;
        d_a_2 = v_t_a_2;
        v_g_2[i_2] += v_v_1[i_2] * d_a_2;
        v_g_2[i_2] += v_v_1[i_2] * d_a_1;
    }
    v_t_3 = (1 / v_5.length) * s_t_1;
    const value_2 = v_t_3;
    s_t_a_1 = 0;
    return __typegrad.reverseResult(value_2, [v_g_2]);
};
__typegrad.attach(meanSquare, __typegrad.withHessian(__typegrad.withReverse(meanSquare$ad, gradient_1, "a"), hessian_1, "a"));
const gradient_2 = (v_6, w_1) => {
    const v_g_3 = new Array(v_6.length).fill(0);
    let v_7 = 0, s_2 = 0, t_1 = 0, v_8 = 0, v_9 = 0, v_10 = 0, v_11 = 0, v_12 = 0, v_13 = 0, v_14 = 0, v_15 = 0, v_16 = 0, w_a_1 = 0, s_a_2 = 0, t_a_1 = 0;
    v_7 = Math.exp(w_1);
    s_2 = 0;
    t_1 = 1;
    let v_a_4 = 0;
    let v_a_5 = 0, v_a_6 = 0;
    v_a_6 = 1;
    s_a_2 = v_a_6;
    v_a_5 = v_a_6;
    t_a_1 = 2 * v_a_5;
    for (let i_3 = 0; i_3 < v_6.length; i_3++) {
        v_8 = v_7 * v_6[i_3];
        v_9 = v_8 - w_1;
        v_10 = Math.tanh(v_9);
        v_11 = v_10 * v_10;
        v_12 = s_2 + v_11;
        s_2 = v_12;
        v_13 = 0.5 * v_10;
        v_14 = t_1 - v_13;
        t_1 = v_14;
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
        v_a_9 += v_10 * v_a_10;
        v_a_9 += v_10 * v_a_10;
        v_a_8 = (1 - (v_10 * v_10)) * v_a_9;
        v_a_7 = v_a_8;
        w_a_1 += -v_a_8;
        v_a_4 += v_6[i_3] * v_a_7;
        v_g_3[i_3] += v_7 * v_a_7;
    }
    v_15 = 2 * t_1;
    v_16 = s_2 + v_15;
    const value_3 = v_16;
    t_a_1 = 0;
    s_a_2 = 0;
    w_a_1 += v_7 * v_a_4;
    return __typegrad.reverseResult(value_3, [v_g_3, w_a_1]);
};
const hessian_2 = (v_17, w_2, v_v_2, w_v_1) => {
    const v_g_4 = new Array(v_17.length).fill(0);
    let v_18 = 0, v_19 = 0, v_20 = 0, v_21 = 0, v_t_4 = 0, s_t_2 = 0, t_t_1 = 0, d_3 = 0, d_4 = 0, v_t_5 = 0, v_t_6 = 0, d_5 = 0, d_6 = 0, v_t_7 = 0, d_7 = 0, d_8 = 0, v_t_8 = 0, v_t_9 = 0, v_t_10 = 0, d_9 = 0, v_t_11 = 0, v_t_12 = 0, v_t_13 = 0, w_a_2 = 0, s_t_a_2 = 0, t_t_a_1 = 0;
    v_18 = Math.exp(w_2);
    v_t_4 = v_18 * w_v_1;
    s_t_2 = 0;
    t_t_1 = 0;
    let v_a_14 = 0, v_t_a_4 = 0;
    let v_t_a_5 = 0, v_t_a_6 = 0;
    v_t_a_6 = 1;
    s_t_a_2 = v_t_a_6;
    v_t_a_5 = v_t_a_6;
    t_t_a_1 = 2 * v_t_a_5;
    for (let i_4 = 0; i_4 < v_17.length; i_4++) {
        v_19 = v_18 * v_17[i_4];
        d_3 = v_17[i_4] * v_t_4;
        d_4 = v_18 * v_v_2[i_4];
        v_t_5 = d_3 + d_4;
        v_20 = v_19 - w_2;
        v_t_6 = v_t_5 + (-w_v_1);
        v_21 = Math.tanh(v_20);
        d_5 = v_21 * v_21;
        d_6 = 1 - d_5;
        v_t_7 = d_6 * v_t_6;
        d_7 = v_21 * v_t_7;
        d_8 = v_21 * v_t_7;
        v_t_8 = d_7 + d_8;
        v_t_9 = s_t_2 + v_t_8;
        s_t_2 = v_t_9;
        v_t_10 = 0.5 * v_t_7;
        d_9 = -v_t_10;
        v_t_11 = t_t_1 + d_9;
        t_t_1 = v_t_11;
        let v_a_15 = 0, d_a_3 = 0, d_a_4 = 0, v_t_a_7 = 0, v_a_16 = 0, v_t_a_8 = 0, v_a_17 = 0, d_a_5 = 0, d_a_6 = 0, v_t_a_9 = 0, d_a_7 = 0, d_a_8 = 0, v_t_a_10 = 0, v_t_a_11 = 0, v_t_a_12 = 0, d_a_9 = 0, v_t_a_13 = 0;
        v_t_a_13 = t_t_a_1;
        t_t_a_1 = 0;
        t_t_a_1 = v_t_a_13;
        d_a_9 = v_t_a_13;
        v_t_a_12 = -d_a_9;
        v_t_a_9 = 0.5 * v_t_a_12;
        v_t_a_11 = s_t_a_2;
        s_t_a_2 = 0;
        s_t_a_2 = v_t_a_11;
        v_t_a_10 = v_t_a_11;
        d_a_7 = v_t_a_10;
        d_a_8 = v_t_a_10;
        v_a_17 = v_t_7 * d_a_8;
        v_t_a_9 += v_21 * d_a_8;
        v_a_17 += v_t_7 * d_a_7;
        v_t_a_9 += v_21 * d_a_7;
        d_a_6 = v_t_6 * v_t_a_9;
        v_t_a_8 = d_6 * v_t_a_9;
        d_a_5 = -d_a_6;
        v_a_17 += v_21 * d_a_5;
        v_a_17 += v_21 * d_a_5;
        v_a_16 = (1 - (v_21 * v_21)) * v_a_17;
        v_t_a_7 = v_t_a_8;
        v_a_15 = v_a_16;
        w_a_2 += -v_a_16;
        d_a_3 = v_t_a_7;
        d_a_4 = v_t_a_7;
        v_a_14 += v_v_2[i_4] * d_a_4;
        v_g_4[i_4] += v_t_4 * d_a_3;
        v_t_a_4 += v_17[i_4] * d_a_3;
        v_a_14 += v_17[i_4] * v_a_15;
        v_g_4[i_4] += v_18 * v_a_15;
    }
    v_t_12 = 2 * t_t_1;
    v_t_13 = s_t_2 + v_t_12;
    const value_4 = v_t_13;
    t_t_a_1 = 0;
    s_t_a_2 = 0;
    v_a_14 += w_v_1 * v_t_a_4;
    w_a_2 += v_18 * v_a_14;
    return __typegrad.reverseResult(value_4, [v_g_4, w_a_2]);
};
__typegrad.attach(twoSums, __typegrad.withHessian(__typegrad.withReverse(twoSums$ad, gradient_2, "an"), hessian_2, "an"));
const gradient_3 = (v_22, w_3) => {
    const stack_1 = __typegrad.valueStack();
    let stored_1 = stack_1.data, top_1 = 0;
    const v_g_5 = new Array(v_22.length).fill(0);
    let p_1 = 0, v_23 = 0, v_24 = 0, w_a_3 = 0, p_a_1 = 0;
    if (top_1 === stored_1.length)
        stored_1 = stack_1.grow();
    stored_1[top_1++] = p_1;
    p_1 = w_3;
    for (let i_5 = 0; i_5 < v_22.length; i_5++) {
        while (top_1 + 2 > stored_1.length)
            stored_1 = stack_1.grow();
        stored_1[top_1++] = v_23;
        v_23 = Math.cos(v_22[i_5]);
        v_24 = p_1 * v_23;
        stored_1[top_1++] = p_1;
        p_1 = v_24;
    }
    const value_5 = p_1;
    p_a_1 = 1;
    for (let k_1 = (Math.max(0, Math.ceil(v_22.length)) | 0) - 1; k_1 >= 0; k_1--) {
        const i_5 = k_1;
        let v_a_18 = 0, v_a_19 = 0;
        v_a_19 = p_a_1;
        p_a_1 = 0;
        p_1 = stored_1[--top_1];
        p_a_1 = v_23 * v_a_19;
        v_a_18 = p_1 * v_a_19;
        v_g_5[i_5] += (-Math.sin(v_22[i_5])) * v_a_18;
        v_23 = stored_1[--top_1];
    }
    w_a_3 += p_a_1;
    p_a_1 = 0;
    p_1 = stored_1[--top_1];
    return __typegrad.reverseResult(value_5, [v_g_5, w_a_3]);
};
const hessian_3 = (v_25, w_4, v_v_3, w_v_2) => {
    const stack_2 = __typegrad.valueStack();
    let stored_2 = stack_2.data, top_2 = 0;
    const v_g_6 = new Array(v_25.length).fill(0);
    let p_2 = 0, v_26 = 0, v_27 = 0, p_t_1 = 0, d_10 = 0, d_11 = 0, v_t_14 = 0, d_12 = 0, d_13 = 0, v_t_15 = 0, w_a_4 = 0, p_a_2 = 0, p_t_a_1 = 0;
    while (top_2 + 2 > stored_2.length)
        stored_2 = stack_2.grow();
    stored_2[top_2++] = p_2;
    p_2 = w_4;
    stored_2[top_2++] = p_t_1;
    p_t_1 = w_v_2;
    for (let i_6 = 0; i_6 < v_25.length; i_6++) {
        while (top_2 + 4 > stored_2.length)
            stored_2 = stack_2.grow();
        stored_2[top_2++] = v_26;
        v_26 = Math.cos(v_25[i_6]);
        d_10 = Math.sin(v_25[i_6]);
        d_11 = -d_10;
        stored_2[top_2++] = v_t_14;
        v_t_14 = d_11 * v_v_3[i_6];
        v_27 = p_2 * v_26;
        d_12 = v_26 * p_t_1;
        d_13 = p_2 * v_t_14;
        v_t_15 = d_12 + d_13;
        stored_2[top_2++] = p_2;
        p_2 = v_27;
        stored_2[top_2++] = p_t_1;
        p_t_1 = v_t_15;
    }
    const value_6 = p_t_1;
    p_t_a_1 = 1;
    for (let k_2 = (Math.max(0, Math.ceil(v_25.length)) | 0) - 1; k_2 >= 0; k_2--) {
        const i_6 = k_2;
        let v_a_20 = 0, d_a_10 = 0, d_a_11 = 0, v_t_a_14 = 0, v_a_21 = 0, d_a_12 = 0, d_a_13 = 0, v_t_a_15 = 0;
        v_t_a_15 = p_t_a_1;
        p_t_a_1 = 0;
        p_t_1 = stored_2[--top_2];
        v_a_21 = p_a_2;
        p_a_2 = 0;
        p_2 = stored_2[--top_2];
        d_a_12 = v_t_a_15;
        d_a_13 = v_t_a_15;
        p_a_2 = v_t_14 * d_a_13;
        v_t_a_14 = p_2 * d_a_13;
        v_a_20 = p_t_1 * d_a_12;
        p_t_a_1 = v_26 * d_a_12;
        p_a_2 += v_26 * v_a_21;
        v_a_20 += p_2 * v_a_21;
        d_a_11 = v_v_3[i_6] * v_t_a_14;
        v_t_14 = stored_2[--top_2];
        d_a_10 = -d_a_11;
        v_g_6[i_6] += Math.cos(v_25[i_6]) * d_a_10;
        v_g_6[i_6] += (-Math.sin(v_25[i_6])) * v_a_20;
        v_26 = stored_2[--top_2];
    }
    p_t_a_1 = 0;
    p_t_1 = stored_2[--top_2];
    w_a_4 += p_a_2;
    p_a_2 = 0;
    p_2 = stored_2[--top_2];
    return __typegrad.reverseResult(value_6, [v_g_6, w_a_4]);
};
__typegrad.attach(product, __typegrad.withHessian(__typegrad.withReverse(product$ad, gradient_3, "an"), hessian_3, "an"));
const gradient_4 = w_5 => {
    let v_28 = 0, s_3 = 0, t_2 = 0, v_29 = 0, v_30 = 0, v_31 = 0, v_32 = 0, v_33 = 0, v_34 = 0, v_35 = 0, v_36 = 0, v_37 = 0, w_a_5 = 0, s_a_3 = 0, t_a_2 = 0;
    v_28 = Math.exp(w_5);
    s_3 = 0;
    t_2 = 1;
    let v_a_22 = 0;
    let v_a_23 = 0, v_a_24 = 0;
    v_a_24 = 1;
    s_a_3 = v_a_24;
    v_a_23 = v_a_24;
    t_a_2 = 2 * v_a_23;
    for (let i_7 = 0; i_7 < V.length; i_7++) {
        v_29 = v_28 * V[i_7];
        v_30 = v_29 - w_5;
        v_31 = Math.tanh(v_30);
        v_32 = v_31 * v_31;
        v_33 = s_3 + v_32;
        s_3 = v_33;
        v_34 = 0.5 * v_31;
        v_35 = t_2 - v_34;
        t_2 = v_35;
        let v_a_25 = 0, v_a_26 = 0, v_a_27 = 0, v_a_28 = 0, v_a_29 = 0, v_a_30 = 0, v_a_31 = 0;
        v_a_31 = t_a_2;
        t_a_2 = 0;
        t_a_2 = v_a_31;
        v_a_30 = -v_a_31;
        v_a_27 = 0.5 * v_a_30;
        v_a_29 = s_a_3;
        s_a_3 = 0;
        s_a_3 = v_a_29;
        v_a_28 = v_a_29;
        v_a_27 += v_31 * v_a_28;
        v_a_27 += v_31 * v_a_28;
        v_a_26 = (1 - (v_31 * v_31)) * v_a_27;
        v_a_25 = v_a_26;
        w_a_5 += -v_a_26;
        v_a_22 += V[i_7] * v_a_25;
    }
    v_36 = 2 * t_2;
    v_37 = s_3 + v_36;
    const value_7 = v_37;
    t_a_2 = 0;
    s_a_3 = 0;
    w_a_5 += v_28 * v_a_22;
    return __typegrad.reverseResult(value_7, [w_a_5]);
};
const forward_1 = (w_6, w_t_1) => {
    let v_38 = 0, v_t_16 = 0, s_4 = 0, s_t_3 = 0, t_3 = 0, t_t_2 = 0, v_39 = 0, v_t_17 = 0, v_40 = 0, v_t_18 = 0, v_41 = 0, v_t_19 = 0, v_42 = 0, v_t_20 = 0, v_43 = 0, v_t_21 = 0, v_44 = 0, v_t_22 = 0, v_45 = 0, v_t_23 = 0, v_46 = 0, v_t_24 = 0, v_47 = 0, v_t_25 = 0;
    v_38 = Math.exp(w_6);
    v_t_16 = v_38 * w_t_1;
    s_4 = 0;
    s_t_3 = 0;
    t_3 = 1;
    t_t_2 = 0;
    for (let i_8 = 0; i_8 < V.length; i_8++) {
        v_39 = v_38 * V[i_8];
        v_t_17 = V[i_8] * v_t_16;
        v_40 = v_39 - w_6;
        v_t_18 = v_t_17 + -w_t_1;
        v_41 = Math.tanh(v_40);
        v_t_19 = (1 - (v_41 * v_41)) * v_t_18;
        v_42 = v_41 * v_41;
        v_t_20 = v_41 * v_t_19 + v_41 * v_t_19;
        v_43 = s_4 + v_42;
        v_t_21 = s_t_3 + v_t_20;
        s_4 = v_43;
        s_t_3 = v_t_21;
        v_44 = 0.5 * v_41;
        v_t_22 = 0.5 * v_t_19;
        v_45 = t_3 - v_44;
        v_t_23 = t_t_2 + -v_t_22;
        t_3 = v_45;
        t_t_2 = v_t_23;
    }
    v_46 = 2 * t_3;
    v_t_24 = 2 * t_t_2;
    v_47 = s_4 + v_46;
    v_t_25 = s_t_3 + v_t_24;
    return __typegrad.forwardResult(v_47, v_t_25);
};
const derivative_1 = w_7 => {
    let v_48 = 0, v_t_26 = 0, s_5 = 0, s_t_4 = 0, t_4 = 0, t_t_3 = 0, v_49 = 0, v_t_27 = 0, v_50 = 0, v_t_28 = 0, v_51 = 0, v_t_29 = 0, v_52 = 0, v_t_30 = 0, v_53 = 0, v_t_31 = 0, v_54 = 0, v_t_32 = 0, v_55 = 0, v_t_33 = 0, v_56 = 0, v_t_34 = 0, v_57 = 0, v_t_35 = 0;
    v_48 = Math.exp(w_7);
    v_t_26 = v_48;
    s_5 = 0;
    s_t_4 = 0;
    t_4 = 1;
    t_t_3 = 0;
    for (let i_9 = 0; i_9 < V.length; i_9++) {
        v_49 = v_48 * V[i_9];
        v_t_27 = V[i_9] * v_t_26;
        v_50 = v_49 - w_7;
        v_t_28 = v_t_27 + (-1);
        v_51 = Math.tanh(v_50);
        v_t_29 = (1 - (v_51 * v_51)) * v_t_28;
        v_52 = v_51 * v_51;
        v_t_30 = v_51 * v_t_29 + v_51 * v_t_29;
        v_53 = s_5 + v_52;
        v_t_31 = s_t_4 + v_t_30;
        s_5 = v_53;
        s_t_4 = v_t_31;
        v_54 = 0.5 * v_51;
        v_t_32 = 0.5 * v_t_29;
        v_55 = t_4 - v_54;
        v_t_33 = t_t_3 + -v_t_32;
        t_4 = v_55;
        t_t_3 = v_t_33;
    }
    v_56 = 2 * t_4;
    v_t_34 = 2 * t_t_3;
    v_57 = s_5 + v_56;
    v_t_35 = s_t_4 + v_t_34;
    return __typegrad.derivativeResult(v_57, v_t_35);
};
const hessian_4 = (w_8, w_v_3) => {
    let v_58 = 0, v_59 = 0, v_60 = 0, v_61 = 0, v_t_36 = 0, s_t_5 = 0, t_t_4 = 0, v_t_37 = 0, v_t_38 = 0, d_14 = 0, d_15 = 0, v_t_39 = 0, d_16 = 0, d_17 = 0, v_t_40 = 0, v_t_41 = 0, v_t_42 = 0, d_18 = 0, v_t_43 = 0, v_t_44 = 0, v_t_45 = 0, w_a_6 = 0, s_t_a_3 = 0, t_t_a_2 = 0;
    v_58 = Math.exp(w_8);
    v_t_36 = v_58 * w_v_3;
    s_t_5 = 0;
    t_t_4 = 0;
    let v_a_32 = 0, v_t_a_16 = 0;
    let v_t_a_17 = 0, v_t_a_18 = 0;
    v_t_a_18 = 1;
    s_t_a_3 = v_t_a_18;
    v_t_a_17 = v_t_a_18;
    t_t_a_2 = 2 * v_t_a_17;
    for (let i_10 = 0; i_10 < V.length; i_10++) {
        v_59 = v_58 * V[i_10];
        v_t_37 = V[i_10] * v_t_36;
        v_60 = v_59 - w_8;
        v_t_38 = v_t_37 + (-w_v_3);
        v_61 = Math.tanh(v_60);
        d_14 = v_61 * v_61;
        d_15 = 1 - d_14;
        v_t_39 = d_15 * v_t_38;
        d_16 = v_61 * v_t_39;
        d_17 = v_61 * v_t_39;
        v_t_40 = d_16 + d_17;
        v_t_41 = s_t_5 + v_t_40;
        s_t_5 = v_t_41;
        v_t_42 = 0.5 * v_t_39;
        d_18 = -v_t_42;
        v_t_43 = t_t_4 + d_18;
        t_t_4 = v_t_43;
        let v_a_33 = 0, v_t_a_19 = 0, v_a_34 = 0, v_t_a_20 = 0, v_a_35 = 0, d_a_14 = 0, d_a_15 = 0, v_t_a_21 = 0, d_a_16 = 0, d_a_17 = 0, v_t_a_22 = 0, v_t_a_23 = 0, v_t_a_24 = 0, d_a_18 = 0, v_t_a_25 = 0;
        v_t_a_25 = t_t_a_2;
        t_t_a_2 = 0;
        t_t_a_2 = v_t_a_25;
        d_a_18 = v_t_a_25;
        v_t_a_24 = -d_a_18;
        v_t_a_21 = 0.5 * v_t_a_24;
        v_t_a_23 = s_t_a_3;
        s_t_a_3 = 0;
        s_t_a_3 = v_t_a_23;
        v_t_a_22 = v_t_a_23;
        d_a_16 = v_t_a_22;
        d_a_17 = v_t_a_22;
        v_a_35 = v_t_39 * d_a_17;
        v_t_a_21 += v_61 * d_a_17;
        v_a_35 += v_t_39 * d_a_16;
        v_t_a_21 += v_61 * d_a_16;
        d_a_15 = v_t_38 * v_t_a_21;
        v_t_a_20 = d_15 * v_t_a_21;
        d_a_14 = -d_a_15;
        v_a_35 += v_61 * d_a_14;
        v_a_35 += v_61 * d_a_14;
        v_a_34 = (1 - (v_61 * v_61)) * v_a_35;
        v_t_a_19 = v_t_a_20;
        v_a_33 = v_a_34;
        w_a_6 += -v_a_34;
        v_t_a_16 += V[i_10] * v_t_a_19;
        v_a_32 += V[i_10] * v_a_33;
    }
    v_t_44 = 2 * t_t_4;
    v_t_45 = s_t_5 + v_t_44;
    const value_8 = v_t_45;
    t_t_a_2 = 0;
    s_t_a_3 = 0;
    v_a_32 += w_v_3 * v_t_a_16;
    w_a_6 += v_58 * v_a_32;
    return __typegrad.reverseResult(value_8, [w_a_6]);
};
const gradient_5 = w_9 => {
    const stack_3 = __typegrad.valueStack();
    let stored_3 = stack_3.data, top_3 = 0;
    let p_3 = 0, v_62 = 0, v_63 = 0, w_a_7 = 0, p_a_3 = 0;
    p_3 = w_9;
    for (let i_11 = 0; i_11 < V.length; i_11++) {
        if (top_3 === stored_3.length)
            stored_3 = stack_3.grow();
        stored_3[top_3++] = v_62;
        v_62 = Math.cos(V[i_11]);
        v_63 = p_3 * v_62;
        p_3 = v_63;
    }
    const value_9 = p_3;
    p_a_3 = 1;
    for (let k_3 = (Math.max(0, Math.ceil(V.length)) | 0) - 1; k_3 >= 0; k_3--) {
        const i_11 = k_3;
        let v_a_36 = 0;
        v_a_36 = p_a_3;
        p_a_3 = 0;
        p_a_3 = v_62 * v_a_36;
        v_62 = stored_3[--top_3];
    }
    w_a_7 += p_a_3;
    p_a_3 = 0;
    return __typegrad.reverseResult(value_9, [w_a_7]);
};
const forward_2 = (w_10, w_t_2) => {
    let p_4 = 0, p_t_2 = 0, v_64 = 0, v_65 = 0, v_t_46 = 0;
    p_4 = w_10;
    p_t_2 = w_t_2;
    for (let i_12 = 0; i_12 < V.length; i_12++) {
        v_64 = Math.cos(V[i_12]);
        v_65 = p_4 * v_64;
        v_t_46 = v_64 * p_t_2;
        p_4 = v_65;
        p_t_2 = v_t_46;
    }
    return __typegrad.forwardResult(p_4, p_t_2);
};
const derivative_2 = w_11 => {
    let p_5 = 0, p_t_3 = 0, v_66 = 0, v_67 = 0, v_t_47 = 0;
    p_5 = w_11;
    p_t_3 = 1;
    for (let i_13 = 0; i_13 < V.length; i_13++) {
        v_66 = Math.cos(V[i_13]);
        v_67 = p_5 * v_66;
        v_t_47 = v_66 * p_t_3;
        p_5 = v_67;
        p_t_3 = v_t_47;
    }
    return __typegrad.derivativeResult(p_5, p_t_3);
};
const hessian_5 = (w_12, w_v_4) => {
    let v_68 = 0, p_t_4 = 0, v_t_48 = 0, w_a_8 = 0;
    p_t_4 = w_v_4;
    for (let i_14 = 0; i_14 < V.length; i_14++) {
        v_68 = Math.cos(V[i_14]);
        v_t_48 = v_68 * p_t_4;
        p_t_4 = v_t_48;
    }
    const value_10 = p_t_4;
    return __typegrad.reverseResult(value_10, [w_a_8]);
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
    { f: __typegrad.attach((w) => twoSums(V, w), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((w) => twoSums$ad(V, w), forward_1, derivative_1), gradient_4, "n"), hessian_4, "n")), at: [0.3], grad: (w) => grad(__typegrad.withReverse(twoSums$ad, gradient_2, "an"))(V, w)[1] },
    { f: __typegrad.attach((x) => twoSums([0.4, x, 0.9], 0.3), (x) => twoSums$ad([0.4, x, 0.9], 0.3)), at: [-1.1], grad: (x) => grad(__typegrad.withReverse(twoSums$ad, gradient_2, "an"))([0.4, x, 0.9], 0.3)[0][1] },
    { f: __typegrad.attach((w) => product(V, w), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((w) => product$ad(V, w), forward_2, derivative_2), gradient_5, "n"), hessian_5, "n")), at: [0.3], grad: (w) => grad(__typegrad.withReverse(product$ad, gradient_3, "an"))(V, w)[1] },
];
