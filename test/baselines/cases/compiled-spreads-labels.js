// Compiled code of constructs read since the audit of more user code: `Math.max(...x)` (its
// value computed natively, then each argument's share of the derivative, 1/k for k ties), a
// helper returning a boolean in an `if` and a helper in a `while` test (computed into a flag
// before the loop and at the end of each pass), a labelled `continue` out of an inner loop
// (a code of its own, kept by the loop it crosses), and a module configuration object's fields.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
__typegrad.attach(shiftedLogSumExp, shiftedLogSumExp$ad);
__typegrad.attach(guarded, guarded$ad);
__typegrad.attach(triangle, triangle$ad);
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
const gradient_2 = x_2 => {
    const stack_2 = __typegrad.valueStack();
    let stored_2 = stack_2.data, top_2 = 0;
    const x_g_2 = new Array(x_2.length).fill(0);
    let s_2 = 0, v_7 = 0, v_8 = 0, v_9 = 0, v_10 = 0, v_11 = 0, v_12 = 0, scale_1 = 0, s_3 = 0, v_13 = 0, v_14 = 0, v_15 = 0, v_16 = 0, going_1 = 0, s_4 = 0, v_17 = 0, v_18 = 0, v_19 = 0, v_20 = 0, v_21 = 0, taken_1 = 0, passes_1 = 0, s_a_2 = 0;
    s_2 = 0;
    for (let i_5 = 0; i_5 < x_2.length; i_5++) {
        if (top_2 === stored_2.length)
            stored_2 = stack_2.grow();
        stored_2[top_2++] = taken_1;
        taken_1 = Math.abs(x_2[i_5]) < 0.5 ? 1 : 0;
        if (taken_1 === 1) {
            if (top_2 === stored_2.length)
                stored_2 = stack_2.grow();
            stored_2[top_2++] = v_7;
            v_7 = config.rate * x_2[i_5];
            v_8 = v_7 * x_2[i_5];
            v_9 = s_2 + v_8;
            s_2 = v_9;
        }
        else {
            if (top_2 === stored_2.length)
                stored_2 = stack_2.grow();
            stored_2[top_2++] = v_10;
            v_10 = x_2[i_5] - config.offsets[i_5 % 2];
            v_11 = Math.sin(v_10);
            v_12 = s_2 + v_11;
            s_2 = v_12;
        }
    }
    if (top_2 === stored_2.length)
        stored_2 = stack_2.grow();
    stored_2[top_2++] = scale_1;
    scale_1 = 1;
    s_3 = 0;
    for (let i_6 = 0; i_6 < x_2.length; i_6++) {
        v_13 = x_2[i_6] * x_2[i_6];
        v_14 = s_3 + v_13;
        s_3 = v_14;
    }
    v_15 = Math.sqrt(s_3);
    v_16 = v_15 * scale_1;
    going_1 = v_16 > 0.5;
    passes_1 = 0;
    while (going_1) {
        if (top_2 === stored_2.length)
            stored_2 = stack_2.grow();
        stored_2[top_2++] = scale_1;
        scale_1 = scale_1 * 0.5;
        s_4 = 0;
        for (let i_7 = 0; i_7 < x_2.length; i_7++) {
            v_17 = x_2[i_7] * x_2[i_7];
            v_18 = s_4 + v_17;
            s_4 = v_18;
        }
        v_19 = Math.sqrt(s_4);
        v_20 = v_19 * scale_1;
        going_1 = v_20 > 0.5;
        passes_1++;
    }
    v_21 = s_2 * scale_1;
    const value_2 = v_21;
    let v_a_7 = 0;
    v_a_7 = 1;
    s_a_2 = scale_1 * v_a_7;
    while (passes_1-- > 0) {
        scale_1 = stored_2[--top_2];
    }
    scale_1 = stored_2[--top_2];
    for (let k_3 = (Math.max(0, Math.ceil(x_2.length)) | 0) - 1; k_3 >= 0; k_3--) {
        const i_5 = k_3;
        if (taken_1 === 1) {
            let v_a_8 = 0, v_a_9 = 0, v_a_10 = 0;
            v_a_10 = s_a_2;
            s_a_2 = 0;
            s_a_2 = v_a_10;
            v_a_9 = v_a_10;
            v_a_8 = x_2[i_5] * v_a_9;
            x_g_2[i_5] += v_7 * v_a_9;
            x_g_2[i_5] += config.rate * v_a_8;
            v_7 = stored_2[--top_2];
        }
        else {
            let v_a_11 = 0, v_a_12 = 0, v_a_13 = 0;
            v_a_13 = s_a_2;
            s_a_2 = 0;
            s_a_2 = v_a_13;
            v_a_12 = v_a_13;
            v_a_11 = Math.cos(v_10) * v_a_12;
            x_g_2[i_5] += v_a_11;
            v_10 = stored_2[--top_2];
        }
        taken_1 = stored_2[--top_2];
    }
    s_a_2 = 0;
    return __typegrad.reverseResult(value_2, [x_g_2]);
};
const gradient_3 = x_3 => {
    const stack_3 = __typegrad.valueStack();
    let stored_3 = stack_3.data, top_3 = 0;
    const x_g_3 = new Array(x_3.length).fill(0);
    let s_5 = 0, jump_1 = 0, v_22 = 0, v_23 = 0, v_24 = 0, taken_2 = 0, taken_3 = 0, passes_2 = 0, s_a_3 = 0;
    s_5 = 0;
    for (let i_8 = 0; i_8 < x_3.length; i_8++) {
        jump_1 = 0;
        passes_2 = 0;
        for (let j_1 = 0; (j_1 <= i_8) && (jump_1 < 2); j_1++) {
            if (top_3 === stored_3.length)
                stored_3 = stack_3.grow();
            stored_3[top_3++] = taken_3;
            taken_3 = x_3[j_1] > 1 ? 1 : 0;
            if (taken_3 === 1) {
                jump_1 = 5;
            }
            else {
                v_22 = x_3[i_8] * x_3[j_1];
                v_23 = s_5 + v_22;
                s_5 = v_23;
            }
            passes_2++;
        }
        while (top_3 + 2 > stored_3.length)
            stored_3 = stack_3.grow();
        stored_3[top_3++] = passes_2;
        stored_3[top_3++] = taken_2;
        taken_2 = jump_1 === 0 ? 1 : 0;
        if (taken_2 === 1) {
            v_24 = s_5 * 0.9;
            s_5 = v_24;
        }
    }
    jump_1 = 0;
    const value_3 = s_5;
    s_a_3 = 1;
    for (let k_4 = (Math.max(0, Math.ceil(x_3.length)) | 0) - 1; k_4 >= 0; k_4--) {
        const i_8 = k_4;
        if (taken_2 === 1) {
            let v_a_14 = 0;
            v_a_14 = s_a_3;
            s_a_3 = 0;
            s_a_3 = 0.9 * v_a_14;
        }
        taken_2 = stored_3[--top_3];
        passes_2 = stored_3[--top_3];
        for (let k_5 = passes_2 - 1; k_5 >= 0; k_5--) {
            const j_1 = k_5;
            if (taken_3 === 0) {
                let v_a_15 = 0, v_a_16 = 0;
                v_a_16 = s_a_3;
                s_a_3 = 0;
                s_a_3 = v_a_16;
                v_a_15 = v_a_16;
                x_g_3[i_8] += x_3[j_1] * v_a_15;
                x_g_3[j_1] += x_3[i_8] * v_a_15;
            }
            taken_3 = stored_3[--top_3];
        }
    }
    s_a_3 = 0;
    return __typegrad.reverseResult(value_3, [x_g_3]);
};
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
