// Compiled code of constructs read since the audit of more user code: `Math.max(...x)` (its
// value computed natively, then each argument's share of the derivative, 1/k for k ties), a
// helper returning a boolean in an `if` and a helper in a `while` test (computed into a flag
// before the loop and at the end of each pass), a labelled `continue` out of an inner loop
// (a code of its own, kept by the loop it crosses), and a module configuration object's fields.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
const gradient_1 = x_1 => {
    const stack_1 = __typegrad.valueStack();
    let stored_1 = stack_1.data, top_1 = 0;
    const x_g_1 = new Array(x_1.length).fill(0);
    let max_1 = 0, max_2 = 0, ties_1 = 0, ties_2 = 0, share_1 = 0, largest_1 = 0, v_1 = 0, m_1 = 0, s_1 = 0, v_2 = 0, v_3 = 0, v_4 = 0, v_5 = 0, v_6 = 0, largest_a_1 = 0, s_a_1 = 0;
    max_1 = -Infinity;
    for (let i_1 = 0; i_1 < x_1.length; i_1++) {
        max_1 = Math.max(max_1, x_1[i_1]);
    }
    max_2 = max_1;
    ties_1 = 0;
    for (let i_2 = 0; i_2 < x_1.length; i_2++) {
        ties_1 = ties_1 + ((x_1[i_2] === max_2) ? 1 : 0);
    }
    ties_2 = ties_1;
    share_1 = (ties_2 === 0) ? ((x_1.length === 1) ? 1 : ((x_1.length === 2) ? 0.5 : NaN)) : (1 / ties_2);
    largest_1 = max_2;
    for (let i_3 = 0; i_3 < x_1.length; i_3++) {
        v_1 = largest_1;
        largest_1 = v_1;
    }
    m_1 = largest_1;
    if (top_1 === stored_1.length)
        stored_1 = stack_1.grow();
    stored_1[top_1++] = s_1;
    s_1 = 0;
    for (let i_4 = 0; i_4 < x_1.length; i_4++) {
        v_2 = x_1[i_4] - m_1;
        while (top_1 + 2 > stored_1.length)
            stored_1 = stack_1.grow();
        stored_1[top_1++] = v_3;
        v_3 = Math.exp(v_2);
        v_4 = s_1 + v_3;
        stored_1[top_1++] = s_1;
        s_1 = v_4;
    }
    v_5 = Math.log(s_1);
    v_6 = m_1 + v_5;
    const value_1 = v_6;
    let m_a_1 = 0, v_a_1 = 0, v_a_2 = 0;
    v_a_2 = 1;
    m_a_1 = v_a_2;
    v_a_1 = v_a_2;
    s_a_1 = (1 / s_1) * v_a_1;
    for (let k_1 = (Math.max(0, Math.ceil(x_1.length)) | 0) - 1; k_1 >= 0; k_1--) {
        const i_4 = k_1;
        let v_a_3 = 0, v_a_4 = 0, v_a_5 = 0;
        v_a_5 = s_a_1;
        s_a_1 = 0;
        s_1 = stored_1[--top_1];
        s_a_1 = v_a_5;
        v_a_4 = v_a_5;
        v_a_3 = v_3 * v_a_4;
        v_3 = stored_1[--top_1];
        x_g_1[i_4] += v_a_3;
        m_a_1 += -v_a_3;
    }
    s_a_1 = 0;
    s_1 = stored_1[--top_1];
    largest_a_1 = m_a_1;
    for (let k_2 = (Math.max(0, Math.ceil(x_1.length)) | 0) - 1; k_2 >= 0; k_2--) {
        const i_3 = k_2;
        let v_a_6 = 0;
        v_a_6 = largest_a_1;
        largest_a_1 = 0;
        largest_a_1 = v_a_6;
        x_g_1[i_3] += (((ties_2 === 0) || (x_1[i_3] === max_2)) ? share_1 : 0) * v_a_6;
    }
    largest_a_1 = 0;
    return __typegrad.reverseResult(value_1, [x_g_1]);
};
const hessian_1 = (x_2, x_v_1) => {
    const stack_2 = __typegrad.valueStack();
    let stored_2 = stack_2.data, top_2 = 0;
    const x_g_2 = new Array(x_2.length).fill(0);
    let max_3 = 0, max_4 = 0, ties_3 = 0, ties_4 = 0, share_2 = 0, largest_2 = 0, v_7 = 0, m_2 = 0, s_2 = 0, v_8 = 0, v_9 = 0, v_10 = 0, largest_t_1 = 0, v_t_1 = 0, m_t_1 = 0, s_t_1 = 0, d_1 = 0, v_t_2 = 0, v_t_3 = 0, v_t_4 = 0, d_2 = 0, v_t_5 = 0, v_t_6 = 0, largest_a_2 = 0, s_a_2 = 0, s_t_a_1 = 0;
    max_3 = -Infinity;
    for (let i_5 = 0; i_5 < x_2.length; i_5++) {
        max_3 = Math.max(max_3, x_2[i_5]);
    }
    max_4 = max_3;
    ties_3 = 0;
    for (let i_6 = 0; i_6 < x_2.length; i_6++) {
        ties_3 = ties_3 + ((x_2[i_6] === max_4) ? 1 : 0);
    }
    ties_4 = ties_3;
    share_2 = (ties_4 === 0) ? ((x_2.length === 1) ? 1 : ((x_2.length === 2) ? 0.5 : NaN)) : (1 / ties_4);
    largest_2 = max_4;
    largest_t_1 = 0;
    for (let i_7 = 0; i_7 < x_2.length; i_7++) {
        v_7 = largest_2;
        v_t_1 = largest_t_1 + ((((ties_4 === 0) || (x_2[i_7] === max_4)) ? share_2 : 0) * x_v_1[i_7]);
        largest_2 = v_7;
        largest_t_1 = v_t_1;
    }
    m_2 = largest_2;
    m_t_1 = largest_t_1;
    while (top_2 + 2 > stored_2.length)
        stored_2 = stack_2.grow();
    stored_2[top_2++] = s_2;
    s_2 = 0;
    stored_2[top_2++] = s_t_1;
    s_t_1 = 0;
    for (let i_8 = 0; i_8 < x_2.length; i_8++) {
        v_8 = x_2[i_8] - m_2;
        d_1 = -m_t_1;
        while (top_2 + 4 > stored_2.length)
            stored_2 = stack_2.grow();
        stored_2[top_2++] = v_t_2;
        v_t_2 = x_v_1[i_8] + d_1;
        stored_2[top_2++] = v_9;
        v_9 = Math.exp(v_8);
        v_t_3 = v_9 * v_t_2;
        v_10 = s_2 + v_9;
        v_t_4 = s_t_1 + v_t_3;
        stored_2[top_2++] = s_2;
        s_2 = v_10;
        stored_2[top_2++] = s_t_1;
        s_t_1 = v_t_4;
    }
    d_2 = 1 / s_2;
    v_t_5 = d_2 * s_t_1;
    v_t_6 = m_t_1 + v_t_5;
    const value_2 = v_t_6;
    let m_a_2 = 0, d_a_1 = 0, v_t_a_1 = 0, v_t_a_2 = 0;
    v_t_a_2 = 1;
    v_t_a_1 = v_t_a_2;
    d_a_1 = s_t_1 * v_t_a_1;
    s_t_a_1 = d_2 * v_t_a_1;
    s_a_2 = (-(d_2 / s_2)) * d_a_1;
    for (let k_3 = (Math.max(0, Math.ceil(x_2.length)) | 0) - 1; k_3 >= 0; k_3--) {
        const i_8 = k_3;
        let v_a_7 = 0, v_a_8 = 0, v_t_a_3 = 0, v_a_9 = 0, v_t_a_4 = 0;
        v_t_a_4 = s_t_a_1;
        s_t_a_1 = 0;
        s_t_1 = stored_2[--top_2];
        v_a_9 = s_a_2;
        s_a_2 = 0;
        s_2 = stored_2[--top_2];
        s_t_a_1 = v_t_a_4;
        v_t_a_3 = v_t_a_4;
        s_a_2 = v_a_9;
        v_a_8 = v_a_9;
        v_a_8 += v_t_2 * v_t_a_3;
        v_a_7 = v_9 * v_a_8;
        v_9 = stored_2[--top_2];
        v_t_2 = stored_2[--top_2];
        x_g_2[i_8] += v_a_7;
        m_a_2 += -v_a_7;
    }
    s_t_a_1 = 0;
    s_t_1 = stored_2[--top_2];
    s_a_2 = 0;
    s_2 = stored_2[--top_2];
    largest_a_2 = m_a_2;
    for (let k_4 = (Math.max(0, Math.ceil(x_2.length)) | 0) - 1; k_4 >= 0; k_4--) {
        const i_7 = k_4;
        let v_a_10 = 0;
        v_a_10 = largest_a_2;
        largest_a_2 = 0;
        largest_a_2 = v_a_10;
        x_g_2[i_7] += (((ties_4 === 0) || (x_2[i_7] === max_4)) ? share_2 : 0) * v_a_10;
    }
    largest_a_2 = 0;
    return __typegrad.reverseResult(value_2, [x_g_2]);
};
__typegrad.attach(shiftedLogSumExp, __typegrad.withHessian(__typegrad.withReverse(shiftedLogSumExp$ad, gradient_1, "a"), hessian_1, "a"));
const gradient_2 = x_3 => {
    const stack_3 = __typegrad.valueStack();
    let stored_3 = stack_3.data, top_3 = 0;
    const x_g_3 = new Array(x_3.length).fill(0);
    let s_3 = 0, v_11 = 0, v_12 = 0, v_13 = 0, v_14 = 0, v_15 = 0, v_16 = 0, scale_1 = 0, s_4 = 0, v_17 = 0, v_18 = 0, v_19 = 0, v_20 = 0, going_1 = 0, s_5 = 0, v_21 = 0, v_22 = 0, v_23 = 0, v_24 = 0, v_25 = 0, taken_1 = 0, passes_1 = 0, s_a_3 = 0;
    s_3 = 0;
    for (let i_9 = 0; i_9 < x_3.length; i_9++) {
        if (top_3 === stored_3.length)
            stored_3 = stack_3.grow();
        stored_3[top_3++] = taken_1;
        taken_1 = Math.abs(x_3[i_9]) < 0.5 ? 1 : 0;
        if (taken_1 === 1) {
            if (top_3 === stored_3.length)
                stored_3 = stack_3.grow();
            stored_3[top_3++] = v_11;
            v_11 = config.rate * x_3[i_9];
            v_12 = v_11 * x_3[i_9];
            v_13 = s_3 + v_12;
            s_3 = v_13;
        }
        else {
            if (top_3 === stored_3.length)
                stored_3 = stack_3.grow();
            stored_3[top_3++] = v_14;
            v_14 = x_3[i_9] - config.offsets[i_9 % 2];
            v_15 = Math.sin(v_14);
            v_16 = s_3 + v_15;
            s_3 = v_16;
        }
    }
    if (top_3 === stored_3.length)
        stored_3 = stack_3.grow();
    stored_3[top_3++] = scale_1;
    scale_1 = 1;
    s_4 = 0;
    for (let i_10 = 0; i_10 < x_3.length; i_10++) {
        v_17 = x_3[i_10] * x_3[i_10];
        v_18 = s_4 + v_17;
        s_4 = v_18;
    }
    v_19 = Math.sqrt(s_4);
    v_20 = v_19 * scale_1;
    going_1 = v_20 > 0.5;
    passes_1 = 0;
    while (going_1) {
        if (top_3 === stored_3.length)
            stored_3 = stack_3.grow();
        stored_3[top_3++] = scale_1;
        scale_1 = scale_1 * 0.5;
        s_5 = 0;
        for (let i_11 = 0; i_11 < x_3.length; i_11++) {
            v_21 = x_3[i_11] * x_3[i_11];
            v_22 = s_5 + v_21;
            s_5 = v_22;
        }
        v_23 = Math.sqrt(s_5);
        v_24 = v_23 * scale_1;
        going_1 = v_24 > 0.5;
        passes_1++;
    }
    v_25 = s_3 * scale_1;
    const value_3 = v_25;
    let v_a_11 = 0;
    v_a_11 = 1;
    s_a_3 = scale_1 * v_a_11;
    while (passes_1-- > 0) {
        scale_1 = stored_3[--top_3];
    }
    scale_1 = stored_3[--top_3];
    for (let k_5 = (Math.max(0, Math.ceil(x_3.length)) | 0) - 1; k_5 >= 0; k_5--) {
        const i_9 = k_5;
        if (taken_1 === 1) {
            let v_a_12 = 0, v_a_13 = 0, v_a_14 = 0;
            v_a_14 = s_a_3;
            s_a_3 = 0;
            s_a_3 = v_a_14;
            v_a_13 = v_a_14;
            v_a_12 = x_3[i_9] * v_a_13;
            x_g_3[i_9] += v_11 * v_a_13;
            x_g_3[i_9] += config.rate * v_a_12;
            v_11 = stored_3[--top_3];
        }
        else {
            let v_a_15 = 0, v_a_16 = 0, v_a_17 = 0;
            v_a_17 = s_a_3;
            s_a_3 = 0;
            s_a_3 = v_a_17;
            v_a_16 = v_a_17;
            v_a_15 = Math.cos(v_14) * v_a_16;
            x_g_3[i_9] += v_a_15;
            v_14 = stored_3[--top_3];
        }
        taken_1 = stored_3[--top_3];
    }
    s_a_3 = 0;
    return __typegrad.reverseResult(value_3, [x_g_3]);
};
const hessian_2 = (x_4, x_v_2) => {
    const stack_4 = __typegrad.valueStack();
    let stored_4 = stack_4.data, top_4 = 0;
    const x_g_4 = new Array(x_4.length).fill(0);
    let v_26 = 0, v_27 = 0, scale_2 = 0, s_6 = 0, v_28 = 0, v_29 = 0, v_30 = 0, v_31 = 0, going_2 = 0, s_7 = 0, v_32 = 0, v_33 = 0, v_34 = 0, v_35 = 0, s_t_2 = 0, v_t_7 = 0, d_3 = 0, d_4 = 0, v_t_8 = 0, v_t_9 = 0, v_t_10 = 0, d_5 = 0, v_t_11 = 0, v_t_12 = 0, v_t_13 = 0, taken_2 = 0, passes_2 = 0, s_t_a_2 = 0;
    s_t_2 = 0;
    for (let i_12 = 0; i_12 < x_4.length; i_12++) {
        if (top_4 === stored_4.length)
            stored_4 = stack_4.grow();
        stored_4[top_4++] = taken_2;
        taken_2 = Math.abs(x_4[i_12]) < 0.5 ? 1 : 0;
        if (taken_2 === 1) {
            v_26 = config.rate * x_4[i_12];
            if (top_4 === stored_4.length)
                stored_4 = stack_4.grow();
            stored_4[top_4++] = v_t_7;
            v_t_7 = config.rate * x_v_2[i_12];
            d_3 = x_4[i_12] * v_t_7;
            d_4 = v_26 * x_v_2[i_12];
            v_t_8 = d_3 + d_4;
            v_t_9 = s_t_2 + v_t_8;
            s_t_2 = v_t_9;
        }
        else {
            while (top_4 + 2 > stored_4.length)
                stored_4 = stack_4.grow();
            stored_4[top_4++] = v_27;
            v_27 = x_4[i_12] - config.offsets[i_12 % 2];
            stored_4[top_4++] = v_t_10;
            v_t_10 = x_v_2[i_12];
            d_5 = Math.cos(v_27);
            v_t_11 = d_5 * v_t_10;
            v_t_12 = s_t_2 + v_t_11;
            s_t_2 = v_t_12;
        }
    }
    if (top_4 === stored_4.length)
        stored_4 = stack_4.grow();
    stored_4[top_4++] = scale_2;
    scale_2 = 1;
    s_6 = 0;
    for (let i_13 = 0; i_13 < x_4.length; i_13++) {
        v_28 = x_4[i_13] * x_4[i_13];
        v_29 = s_6 + v_28;
        s_6 = v_29;
    }
    v_30 = Math.sqrt(s_6);
    v_31 = v_30 * scale_2;
    going_2 = v_31 > 0.5;
    passes_2 = 0;
    while (going_2) {
        if (top_4 === stored_4.length)
            stored_4 = stack_4.grow();
        stored_4[top_4++] = scale_2;
        scale_2 = scale_2 * 0.5;
        s_7 = 0;
        for (let i_14 = 0; i_14 < x_4.length; i_14++) {
            v_32 = x_4[i_14] * x_4[i_14];
            v_33 = s_7 + v_32;
            s_7 = v_33;
        }
        v_34 = Math.sqrt(s_7);
        v_35 = v_34 * scale_2;
        going_2 = v_35 > 0.5;
        passes_2++;
    }
    v_t_13 = scale_2 * s_t_2;
    const value_4 = v_t_13;
    let v_t_a_5 = 0;
    v_t_a_5 = 1;
    s_t_a_2 = scale_2 * v_t_a_5;
    while (passes_2-- > 0) {
        scale_2 = stored_4[--top_4];
    }
    scale_2 = stored_4[--top_4];
    for (let k_6 = (Math.max(0, Math.ceil(x_4.length)) | 0) - 1; k_6 >= 0; k_6--) {
        const i_12 = k_6;
        if (taken_2 === 1) {
            let v_a_18 = 0, d_a_2 = 0, d_a_3 = 0, v_t_a_6 = 0, v_t_a_7 = 0;
            v_t_a_7 = s_t_a_2;
            s_t_a_2 = 0;
            s_t_a_2 = v_t_a_7;
            v_t_a_6 = v_t_a_7;
            d_a_2 = v_t_a_6;
            d_a_3 = v_t_a_6;
            v_a_18 = x_v_2[i_12] * d_a_3;
            x_g_4[i_12] += v_t_7 * d_a_2;
            v_t_7 = stored_4[--top_4];
            x_g_4[i_12] += config.rate * v_a_18;
        }
        else {
            let v_a_19 = 0, d_a_4 = 0, v_t_a_8 = 0, v_t_a_9 = 0;
            v_t_a_9 = s_t_a_2;
            s_t_a_2 = 0;
            s_t_a_2 = v_t_a_9;
            v_t_a_8 = v_t_a_9;
            d_a_4 = v_t_10 * v_t_a_8;
            v_a_19 = (-Math.sin(v_27)) * d_a_4;
            v_t_10 = stored_4[--top_4];
            x_g_4[i_12] += v_a_19;
            v_27 = stored_4[--top_4];
        }
        taken_2 = stored_4[--top_4];
    }
    s_t_a_2 = 0;
    return __typegrad.reverseResult(value_4, [x_g_4]);
};
__typegrad.attach(guarded, __typegrad.withHessian(__typegrad.withReverse(guarded$ad, gradient_2, "a"), hessian_2, "a"));
const gradient_3 = x_5 => {
    const stack_5 = __typegrad.valueStack();
    let stored_5 = stack_5.data, top_5 = 0;
    const x_g_5 = new Array(x_5.length).fill(0);
    let s_8 = 0, jump_1 = 0, v_36 = 0, v_37 = 0, v_38 = 0, taken_3 = 0, taken_4 = 0, passes_3 = 0, s_a_4 = 0;
    s_8 = 0;
    for (let i_15 = 0; i_15 < x_5.length; i_15++) {
        jump_1 = 0;
        passes_3 = 0;
        for (let j_1 = 0; (j_1 <= i_15) && (jump_1 < 2); j_1++) {
            if (top_5 === stored_5.length)
                stored_5 = stack_5.grow();
            stored_5[top_5++] = taken_4;
            taken_4 = x_5[j_1] > 1 ? 1 : 0;
            if (taken_4 === 1) {
                jump_1 = 5;
            }
            else {
                v_36 = x_5[i_15] * x_5[j_1];
                v_37 = s_8 + v_36;
                s_8 = v_37;
            }
            passes_3++;
        }
        while (top_5 + 2 > stored_5.length)
            stored_5 = stack_5.grow();
        stored_5[top_5++] = passes_3;
        stored_5[top_5++] = taken_3;
        taken_3 = jump_1 === 0 ? 1 : 0;
        if (taken_3 === 1) {
            v_38 = s_8 * 0.9;
            s_8 = v_38;
        }
    }
    jump_1 = 0;
    const value_5 = s_8;
    s_a_4 = 1;
    for (let k_7 = (Math.max(0, Math.ceil(x_5.length)) | 0) - 1; k_7 >= 0; k_7--) {
        const i_15 = k_7;
        if (taken_3 === 1) {
            let v_a_20 = 0;
            v_a_20 = s_a_4;
            s_a_4 = 0;
            s_a_4 = 0.9 * v_a_20;
        }
        taken_3 = stored_5[--top_5];
        passes_3 = stored_5[--top_5];
        for (let k_8 = passes_3 - 1; k_8 >= 0; k_8--) {
            const j_1 = k_8;
            if (taken_4 === 0) {
                let v_a_21 = 0, v_a_22 = 0;
                v_a_22 = s_a_4;
                s_a_4 = 0;
                s_a_4 = v_a_22;
                v_a_21 = v_a_22;
                x_g_5[i_15] += x_5[j_1] * v_a_21;
                x_g_5[j_1] += x_5[i_15] * v_a_21;
            }
            taken_4 = stored_5[--top_5];
        }
    }
    s_a_4 = 0;
    return __typegrad.reverseResult(value_5, [x_g_5]);
};
const hessian_3 = (x_6, x_v_3) => {
    const stack_6 = __typegrad.valueStack();
    let stored_6 = stack_6.data, top_6 = 0;
    const x_g_6 = new Array(x_6.length).fill(0);
    let jump_2 = 0, s_t_3 = 0, d_6 = 0, d_7 = 0, v_t_14 = 0, v_t_15 = 0, v_t_16 = 0, taken_5 = 0, taken_6 = 0, passes_4 = 0, s_t_a_3 = 0;
    s_t_3 = 0;
    for (let i_16 = 0; i_16 < x_6.length; i_16++) {
        jump_2 = 0;
        passes_4 = 0;
        for (let j_2 = 0; (j_2 <= i_16) && (jump_2 < 2); j_2++) {
            if (top_6 === stored_6.length)
                stored_6 = stack_6.grow();
            stored_6[top_6++] = taken_6;
            taken_6 = x_6[j_2] > 1 ? 1 : 0;
            if (taken_6 === 1) {
                jump_2 = 5;
            }
            else {
                d_6 = x_6[j_2] * x_v_3[i_16];
                d_7 = x_6[i_16] * x_v_3[j_2];
                v_t_14 = d_6 + d_7;
                v_t_15 = s_t_3 + v_t_14;
                s_t_3 = v_t_15;
            }
            passes_4++;
        }
        while (top_6 + 2 > stored_6.length)
            stored_6 = stack_6.grow();
        stored_6[top_6++] = passes_4;
        stored_6[top_6++] = taken_5;
        taken_5 = jump_2 === 0 ? 1 : 0;
        if (taken_5 === 1) {
            v_t_16 = 0.9 * s_t_3;
            s_t_3 = v_t_16;
        }
    }
    jump_2 = 0;
    const value_6 = s_t_3;
    s_t_a_3 = 1;
    for (let k_9 = (Math.max(0, Math.ceil(x_6.length)) | 0) - 1; k_9 >= 0; k_9--) {
        const i_16 = k_9;
        if (taken_5 === 1) {
            let v_t_a_10 = 0;
            v_t_a_10 = s_t_a_3;
            s_t_a_3 = 0;
            s_t_a_3 = 0.9 * v_t_a_10;
        }
        taken_5 = stored_6[--top_6];
        passes_4 = stored_6[--top_6];
        for (let k_10 = passes_4 - 1; k_10 >= 0; k_10--) {
            const j_2 = k_10;
            if (taken_6 === 0) {
                let d_a_5 = 0, d_a_6 = 0, v_t_a_11 = 0, v_t_a_12 = 0;
                v_t_a_12 = s_t_a_3;
                s_t_a_3 = 0;
                s_t_a_3 = v_t_a_12;
                v_t_a_11 = v_t_a_12;
                d_a_5 = v_t_a_11;
                d_a_6 = v_t_a_11;
                x_g_6[i_16] += x_v_3[j_2] * d_a_6;
                x_g_6[j_2] += x_v_3[i_16] * d_a_5;
            }
            taken_6 = stored_6[--top_6];
        }
    }
    s_t_a_3 = 0;
    return __typegrad.reverseResult(value_6, [x_g_6]);
};
__typegrad.attach(triangle, __typegrad.withHessian(__typegrad.withReverse(triangle$ad, gradient_3, "a"), hessian_3, "a"));
const config = { rate: 0.5, offsets: [0.1, -0.2] };
function isSmall(v) {
    return Math.abs(v) < 0.5;
}
function isSmall$ad(v) {
    return __typegrad.lt(__typegrad.abs(v), 0.5);
}
function norm(v) {
    let s = 0;
    for (const e of v)
        s += e * e;
    return Math.sqrt(s);
}
function norm$ad(v) {
    let s = 0;
    for (const e of v)
        s = __typegrad.add(s, __typegrad.mul(e, e));
    return __typegrad.sqrt(s);
}
export function shiftedLogSumExp(x) {
    const m = Math.max(...x);
    let s = 0;
    for (const v of x)
        s += Math.exp(v - m);
    return m + Math.log(s);
}
export function shiftedLogSumExp$ad(x) {
    const m = __typegrad.max(...x);
    let s = 0;
    for (const v of x)
        s = __typegrad.add(s, __typegrad.mathExp(__typegrad.sub(v, m)));
    return __typegrad.add(m, __typegrad.log(s));
}
export function guarded(x) {
    let s = 0;
    for (let i = 0; i < x.length; i++) {
        if (isSmall(x[i]))
            s += config.rate * x[i] * x[i];
        else
            s += Math.sin(x[i] - config.offsets[i % 2]);
    }
    let scale = 1;
    while (norm(x) * scale > 0.5)
        scale *= 0.5;
    return s * scale;
}
export function guarded$ad(x) {
    let s = 0;
    for (let i = 0; i < x.length; i++) {
        if (isSmall$ad(x[i]))
            s = __typegrad.add(s, __typegrad.mul(__typegrad.mul(config.rate, x[i]), x[i]));
        else
            s = __typegrad.add(s, __typegrad.sin(__typegrad.sub(x[i], config.offsets[i % 2])));
    }
    let scale = 1;
    while (__typegrad.gt(__typegrad.mul(norm$ad(x), scale), 0.5))
        scale *= 0.5;
    return __typegrad.mul(s, scale);
}
export function triangle(x) {
    let s = 0;
    rows: for (let i = 0; i < x.length; i++) {
        for (let j = 0; j <= i; j++) {
            if (x[j] > 1)
                continue rows;
            s += x[i] * x[j];
        }
        s *= 0.9;
    }
    return s;
}
export function triangle$ad(x) {
    let s = 0;
    rows: for (let i = 0; i < x.length; i++) {
        for (let j = 0; j <= i; j++) {
            if (__typegrad.gt(x[j], 1))
                continue rows;
            s = __typegrad.add(s, __typegrad.mul(x[i], x[j]));
        }
        s = __typegrad.mul(s, 0.9);
    }
    return s;
}
export const checks = [
    { f: __typegrad.attach((v) => shiftedLogSumExp([0.3, v, -0.2]), (v) => shiftedLogSumExp$ad([0.3, v, -0.2])), at: [0.7], grad: (v) => grad(__typegrad.withReverse(shiftedLogSumExp$ad, gradient_1, "a"))([0.3, v, -0.2])[1] },
    { f: __typegrad.attach((v) => guarded([0.3, v, -0.2, 1.5]), (v) => guarded$ad([0.3, v, -0.2, 1.5])), at: [0.7], grad: (v) => grad(__typegrad.withReverse(guarded$ad, gradient_2, "a"))([0.3, v, -0.2, 1.5])[1] },
    { f: __typegrad.attach((v) => triangle([0.3, v, 1.4, 0.5]), (v) => triangle$ad([0.3, v, 1.4, 0.5])), at: [0.7], grad: (v) => grad(__typegrad.withReverse(triangle$ad, gradient_3, "a"))([0.3, v, 1.4, 0.5])[1] },
];
