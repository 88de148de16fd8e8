// Compiled code of forms users write that took the tape before: a string and a boolean parameter
// and an options object left out of argnums (read as they are: `kind$data === "l1"`,
// `o$data.rate`), a helper called with a string written in place, `Math.hypot(...x)` (its value
// computed as Math.hypot computes it, its derivative from m·√Σ(xᵢ/m)²), a local object literal
// used as a record, and `x[j++]` inside an expression.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
__typegrad.attach(loss, loss$ad);
const gradient_1_2_3_1 = (w_1, kind$data, clamp$data, o$data) => {
    const stack_1 = __typegrad.valueStack();
    let stored_1 = stack_1.data, top_1 = 0;
    const w_g_1 = new Array(w_1.length).fill(0);
    let s_1 = 0, c_1 = 0, v_1 = 0, v_2 = 0, c_2 = 0, v_3 = 0, v_4 = 0, v_5 = 0, c_3 = 0, v_6 = 0, taken_1 = 0, taken_2 = 0, taken_3 = 0, s_a_1 = 0, c_a_1 = 0, c_a_2 = 0, c_a_3 = 0;
    if (top_1 === stored_1.length)
        stored_1 = stack_1.grow();
    stored_1[top_1++] = s_1;
    s_1 = 0;
    for (let k_1 = 0; k_1 < o$data.steps; k_1++) {
        for (let i_1 = 0; i_1 < w_1.length; i_1++) {
            if (top_1 === stored_1.length)
                stored_1 = stack_1.grow();
            stored_1[top_1++] = taken_3;
            taken_3 = o$data.centred ? 1 : 0;
            if (taken_3 === 1) {
                v_1 = w_1[i_1] - 0.5;
                c_1 = v_1;
            }
            else {
                c_1 = w_1[i_1];
            }
            while (top_1 + 2 > stored_1.length)
                stored_1 = stack_1.grow();
            stored_1[top_1++] = v_2;
            v_2 = c_1 * o$data.rate;
            stored_1[top_1++] = taken_2;
            taken_2 = kind$data === "l1" ? 1 : 0;
            if (taken_2 === 1) {
                v_3 = Math.abs(v_2);
                c_2 = v_3;
            }
            else {
                v_4 = v_2 * v_2;
                c_2 = v_4;
            }
            v_5 = s_1 + c_2;
            if (top_1 === stored_1.length)
                stored_1 = stack_1.grow();
            stored_1[top_1++] = s_1;
            s_1 = v_5;
        }
    }
    taken_1 = clamp$data ? 1 : 0;
    if (taken_1 === 1) {
        v_6 = Math.min(s_1, 10);
        c_3 = v_6;
    }
    else {
        c_3 = s_1;
    }
    const value_1 = c_3;
    c_a_3 = 1;
    if (taken_1 === 1) {
        let v_a_1 = 0;
        v_a_1 = c_a_3;
        c_a_3 = 0;
        s_a_1 += ((s_1 < 10) ? 1 : ((s_1 > 10) ? 0 : 0.5)) * v_a_1;
    }
    else {
        s_a_1 += c_a_3;
        c_a_3 = 0;
    }
    for (let k_2 = (Math.max(0, Math.ceil(o$data.steps)) | 0) - 1; k_2 >= 0; k_2--) {
        const k_1 = k_2;
        for (let k_3 = (Math.max(0, Math.ceil(w_1.length)) | 0) - 1; k_3 >= 0; k_3--) {
            const i_1 = k_3;
            let v_a_2 = 0, v_a_3 = 0;
            v_a_3 = s_a_1;
            s_a_1 = 0;
            s_1 = stored_1[--top_1];
            s_a_1 = v_a_3;
            c_a_2 += v_a_3;
            if (taken_2 === 1) {
                let v_a_4 = 0;
                v_a_4 = c_a_2;
                c_a_2 = 0;
                v_a_2 += ((v_2 >= 0) ? 1 : (-1)) * v_a_4;
            }
            else {
                let v_a_5 = 0;
                v_a_5 = c_a_2;
                c_a_2 = 0;
                v_a_2 += v_2 * v_a_5;
                v_a_2 += v_2 * v_a_5;
            }
            taken_2 = stored_1[--top_1];
            c_a_1 += o$data.rate * v_a_2;
            v_2 = stored_1[--top_1];
            if (taken_3 === 1) {
                let v_a_6 = 0;
                v_a_6 = c_a_1;
                c_a_1 = 0;
                w_g_1[i_1] += v_a_6;
            }
            else {
                w_g_1[i_1] += c_a_1;
                c_a_1 = 0;
            }
            taken_3 = stored_1[--top_1];
        }
    }
    s_a_1 = 0;
    s_1 = stored_1[--top_1];
    return __typegrad.reverseResult(value_1, [w_g_1, 0, 0, 0]);
};
__typegrad.attach(wrapped, wrapped$ad);
__typegrad.attach(norm, norm$ad);
__typegrad.attach(pairs, pairs$ad);
const gradient_1 = w_2 => {
    const stack_2 = __typegrad.valueStack();
    let stored_2 = stack_2.data, top_2 = 0;
    const w_g_2 = new Array(w_2.length).fill(0);
    let s_2 = 0, c_4 = 0, v_7 = 0, v_8 = 0, c_5 = 0, v_9 = 0, v_10 = 0, v_11 = 0, c_6 = 0, v_12 = 0, taken_4 = 0, taken_5 = 0, taken_6 = 0, s_a_2 = 0, c_a_4 = 0, c_a_5 = 0, c_a_6 = 0;
    if (top_2 === stored_2.length)
        stored_2 = stack_2.grow();
    stored_2[top_2++] = s_2;
    s_2 = 0;
    for (let k_4 = 0; k_4 < 2; k_4++) {
        for (let i_2 = 0; i_2 < w_2.length; i_2++) {
            if (top_2 === stored_2.length)
                stored_2 = stack_2.grow();
            stored_2[top_2++] = taken_6;
            taken_6 = true ? 1 : 0;
            if (taken_6 === 1) {
                v_7 = w_2[i_2] - 0.5;
                c_4 = v_7;
            }
            else {
                c_4 = w_2[i_2];
            }
            while (top_2 + 2 > stored_2.length)
                stored_2 = stack_2.grow();
            stored_2[top_2++] = v_8;
            v_8 = c_4 * 0.5;
            stored_2[top_2++] = taken_5;
            taken_5 = "l2" === "l1" ? 1 : 0;
            if (taken_5 === 1) {
                v_9 = Math.abs(v_8);
                c_5 = v_9;
            }
            else {
                v_10 = v_8 * v_8;
                c_5 = v_10;
            }
            v_11 = s_2 + c_5;
            if (top_2 === stored_2.length)
                stored_2 = stack_2.grow();
            stored_2[top_2++] = s_2;
            s_2 = v_11;
        }
    }
    taken_4 = false ? 1 : 0;
    if (taken_4 === 1) {
        v_12 = Math.min(s_2, 10);
        c_6 = v_12;
    }
    else {
        c_6 = s_2;
    }
    const value_2 = c_6;
    c_a_6 = 1;
    if (taken_4 === 1) {
        let v_a_7 = 0;
        v_a_7 = c_a_6;
        c_a_6 = 0;
        s_a_2 += ((s_2 < 10) ? 1 : ((s_2 > 10) ? 0 : 0.5)) * v_a_7;
    }
    else {
        s_a_2 += c_a_6;
        c_a_6 = 0;
    }
    for (let k_5 = (Math.max(0, Math.ceil(2)) | 0) - 1; k_5 >= 0; k_5--) {
        const k_4 = k_5;
        for (let k_6 = (Math.max(0, Math.ceil(w_2.length)) | 0) - 1; k_6 >= 0; k_6--) {
            const i_2 = k_6;
            let v_a_8 = 0, v_a_9 = 0;
            v_a_9 = s_a_2;
            s_a_2 = 0;
            s_2 = stored_2[--top_2];
            s_a_2 = v_a_9;
            c_a_5 += v_a_9;
            if (taken_5 === 1) {
                let v_a_10 = 0;
                v_a_10 = c_a_5;
                c_a_5 = 0;
                v_a_8 += ((v_8 >= 0) ? 1 : (-1)) * v_a_10;
            }
            else {
                let v_a_11 = 0;
                v_a_11 = c_a_5;
                c_a_5 = 0;
                v_a_8 += v_8 * v_a_11;
                v_a_8 += v_8 * v_a_11;
            }
            taken_5 = stored_2[--top_2];
            c_a_4 += 0.5 * v_a_8;
            v_8 = stored_2[--top_2];
            if (taken_6 === 1) {
                let v_a_12 = 0;
                v_a_12 = c_a_4;
                c_a_4 = 0;
                w_g_2[i_2] += v_a_12;
            }
            else {
                w_g_2[i_2] += c_a_4;
                c_a_4 = 0;
            }
            taken_6 = stored_2[--top_2];
        }
    }
    s_a_2 = 0;
    s_2 = stored_2[--top_2];
    return __typegrad.reverseResult(value_2, [w_g_2]);
};
const gradient_2 = x_1 => {
    const stack_3 = __typegrad.valueStack();
    let stored_3 = stack_3.data, top_3 = 0;
    const x_g_1 = new Array(x_1.length).fill(0);
    let largest_1 = 0, nan_1 = 0, sum_1 = 0, compensation_1 = 0, scaled_1 = 0, summand_1 = 0, preliminary_1 = 0, hypot_1 = 0, hypot_2 = 0, squares_1 = 0, v_13 = 0, v_14 = 0, v_15 = 0, v_16 = 0, v_17 = 0, v_18 = 0, shares_1 = 0, v_19 = 0, v_20 = 0, taken_7 = 0, hypot_a_1 = 0, squares_a_1 = 0, shares_a_1 = 0;
    if (top_3 === stored_3.length)
        stored_3 = stack_3.grow();
    stored_3[top_3++] = largest_1;
    largest_1 = 0;
    nan_1 = 0;
    for (let i_3 = 0; i_3 < x_1.length; i_3++) {
        nan_1 = (Math.abs(x_1[i_3]) !== Math.abs(x_1[i_3])) ? 1 : nan_1;
        if (top_3 === stored_3.length)
            stored_3 = stack_3.grow();
        stored_3[top_3++] = largest_1;
        largest_1 = (Math.abs(x_1[i_3]) > largest_1) ? Math.abs(x_1[i_3]) : largest_1;
    }
    sum_1 = 0;
    compensation_1 = 0;
    for (let i_4 = 0; i_4 < x_1.length; i_4++) {
        scaled_1 = Math.abs(x_1[i_4]) / largest_1;
        summand_1 = (scaled_1 * scaled_1) - compensation_1;
        preliminary_1 = sum_1 + summand_1;
        compensation_1 = (preliminary_1 - sum_1) - summand_1;
        sum_1 = preliminary_1;
    }
    hypot_1 = (largest_1 === Infinity) ? Infinity : ((nan_1 === 1) ? NaN : ((largest_1 === 0) ? 0 : (Math.sqrt(sum_1) * largest_1)));
    taken_7 = (hypot_1 > 0) && (hypot_1 < Infinity) ? 1 : 0;
    if (taken_7 === 1) {
        squares_1 = 0;
        for (let i_5 = 0; i_5 < x_1.length; i_5++) {
            if (top_3 === stored_3.length)
                stored_3 = stack_3.grow();
            stored_3[top_3++] = v_13;
            v_13 = x_1[i_5] / largest_1;
            v_14 = v_13 * v_13;
            v_15 = squares_1 + v_14;
            squares_1 = v_15;
        }
        v_16 = Math.sqrt(squares_1);
        v_17 = v_16 * largest_1;
        v_18 = hypot_1;
        hypot_2 = v_18;
    }
    else {
        shares_1 = 0;
        for (let i_6 = 0; i_6 < x_1.length; i_6++) {
            v_19 = shares_1;
            shares_1 = v_19;
        }
        v_20 = hypot_1;
        hypot_2 = v_20;
    }
    const value_3 = hypot_2;
    hypot_a_1 = 1;
    if (taken_7 === 1) {
        let v_a_13 = 0, v_a_14 = 0, v_a_15 = 0;
        v_a_15 = hypot_a_1;
        hypot_a_1 = 0;
        v_a_14 = v_a_15;
        v_a_13 = largest_1 * v_a_14;
        squares_a_1 += (0.5 / v_16) * v_a_13;
        for (let k_7 = (Math.max(0, Math.ceil(x_1.length)) | 0) - 1; k_7 >= 0; k_7--) {
            const i_5 = k_7;
            let v_a_16 = 0, v_a_17 = 0, v_a_18 = 0;
            v_a_18 = squares_a_1;
            squares_a_1 = 0;
            squares_a_1 = v_a_18;
            v_a_17 = v_a_18;
            v_a_16 = v_13 * v_a_17;
            v_a_16 += v_13 * v_a_17;
            x_g_1[i_5] += (1 / largest_1) * v_a_16;
            v_13 = stored_3[--top_3];
        }
        squares_a_1 = 0;
    }
    else {
        let v_a_19 = 0;
        v_a_19 = hypot_a_1;
        hypot_a_1 = 0;
        shares_a_1 += v_a_19;
        for (let k_8 = (Math.max(0, Math.ceil(x_1.length)) | 0) - 1; k_8 >= 0; k_8--) {
            const i_6 = k_8;
            let v_a_20 = 0;
            v_a_20 = shares_a_1;
            shares_a_1 = 0;
            shares_a_1 = v_a_20;
            x_g_1[i_6] += ((hypot_1 === 0) ? 0 : (x_1[i_6] / hypot_1)) * v_a_20;
        }
        shares_a_1 = 0;
    }
    for (let k_9 = (Math.max(0, Math.ceil(x_1.length)) | 0) - 1; k_9 >= 0; k_9--) {
        const i_3 = k_9;
        largest_1 = stored_3[--top_3];
    }
    largest_1 = stored_3[--top_3];
    return __typegrad.reverseResult(value_3, [x_g_1]);
};
const gradient_3 = x_2 => {
    const stack_4 = __typegrad.valueStack();
    let stored_4 = stack_4.data, top_4 = 0;
    const x_g_2 = new Array(x_2.length).fill(0);
    let v_21 = 0, v_22 = 0, j_1 = 0, v_23 = 0, s_3 = 0, j_2 = 0, j_3 = 0, v_24 = 0, v_25 = 0, passes_1 = 0, s_a_3 = 0;
    v_21 = x_2[0] * 2;
    v_22 = Math.sin(x_2[1]);
    j_1 = 0;
    v_23 = v_21 * v_22;
    s_3 = v_23;
    passes_1 = 0;
    while ((j_1 + 1) < x_2.length) {
        while (top_4 + 2 > stored_4.length)
            stored_4 = stack_4.grow();
        stored_4[top_4++] = j_2;
        j_2 = j_1;
        j_1 = j_1 + 1;
        stored_4[top_4++] = j_3;
        j_3 = j_1;
        j_1 = j_1 + 1;
        v_24 = x_2[j_2] * x_2[j_3];
        v_25 = s_3 + v_24;
        s_3 = v_25;
        passes_1++;
    }
    const value_4 = s_3;
    let v_a_21 = 0, v_a_22 = 0, v_a_23 = 0;
    s_a_3 = 1;
    while (passes_1-- > 0) {
        let v_a_24 = 0, v_a_25 = 0;
        v_a_25 = s_a_3;
        s_a_3 = 0;
        s_a_3 = v_a_25;
        v_a_24 = v_a_25;
        x_g_2[j_2] += x_2[j_3] * v_a_24;
        x_g_2[j_3] += x_2[j_2] * v_a_24;
        j_3 = stored_4[--top_4];
        j_2 = stored_4[--top_4];
    }
    v_a_23 = s_a_3;
    s_a_3 = 0;
    v_a_21 = v_22 * v_a_23;
    v_a_22 = v_21 * v_a_23;
    x_g_2[1] += Math.cos(x_2[1]) * v_a_22;
    x_g_2[0] += 2 * v_a_21;
    return __typegrad.reverseResult(value_4, [x_g_2]);
};
function loss(w, kind, clamp, o) {
    let s = 0;
    for (let k = 0; k < o.steps; k++) {
        for (const v of w) {
            const d = (o.centred ? v - 0.5 : v) * o.rate;
            s += kind === "l1" ? Math.abs(d) : d * d;
        }
    }
    return clamp ? Math.min(s, 10) : s;
}
function loss$ad(w, kind, clamp, o) {
    let s = 0;
    for (let k = 0; __typegrad.lt(k, o.steps); k++) {
        for (const v of w) {
            const d = __typegrad.mul((o.centred ? __typegrad.sub(v, 0.5) : v), o.rate);
            s = __typegrad.add(s, kind === "l1" ? __typegrad.abs(d) : __typegrad.mul(d, d));
        }
    }
    return clamp ? __typegrad.min(s, 10) : s;
}
export const lossGrad = grad(__typegrad.withReverse(loss$ad, gradient_1_2_3_1, "aWW{rate:N,steps:N,centred:W}"), { argnums: 0 });
export function wrapped(w) {
    return loss(w, "l2", false, { rate: 0.5, steps: 2, centred: true });
}
export function wrapped$ad(w) {
    return loss$ad(w, "l2", false, { rate: 0.5, steps: 2, centred: true });
}
export function norm(x) {
    return Math.hypot(...x);
}
export function norm$ad(x) {
    return __typegrad.hypot(...x);
}
export function pairs(x) {
    const p = { a: x[0] * 2, b: Math.sin(x[1]) };
    let j = 0;
    let s = p.a * p.b;
    while (j + 1 < x.length)
        s += x[j++] * x[j++];
    return s;
}
export function pairs$ad(x) {
    const p = { a: __typegrad.mul(x[0], 2), b: __typegrad.sin(x[1]) };
    let j = 0;
    let s = __typegrad.mul(p.a, p.b);
    while (j + 1 < x.length)
        s = __typegrad.add(s, __typegrad.mul(x[j++], x[j++]));
    return s;
}
const O = { rate: 0.5, steps: 2, centred: false };
export const checks = [
    { f: __typegrad.attach((v) => loss([0.3, v, -0.2], "l1", true, O), (v) => loss$ad([0.3, v, -0.2], "l1", true, O)), at: [0.7], grad: (v) => lossGrad([0.3, v, -0.2], "l1", true, O)[1] },
    { f: __typegrad.attach((v) => loss([0.3, v, -0.2], "l2", false, O), (v) => loss$ad([0.3, v, -0.2], "l2", false, O)), at: [0.7], grad: (v) => lossGrad([0.3, v, -0.2], "l2", false, O)[1] },
    { f: __typegrad.attach((v) => wrapped([0.3, v, -0.2]), (v) => wrapped$ad([0.3, v, -0.2])), at: [0.7], grad: (v) => grad(__typegrad.withReverse(wrapped$ad, gradient_1, "a"))([0.3, v, -0.2])[1] },
    { f: __typegrad.attach((v) => norm([0.3, v, -0.2]), (v) => norm$ad([0.3, v, -0.2])), at: [0.7], grad: (v) => grad(__typegrad.withReverse(norm$ad, gradient_2, "a"))([0.3, v, -0.2])[1] },
    { f: __typegrad.attach((v) => pairs([0.3, v, -0.2, 1.1]), (v) => pairs$ad([0.3, v, -0.2, 1.1])), at: [0.7], grad: (v) => grad(__typegrad.withReverse(pairs$ad, gradient_3, "a"))([0.3, v, -0.2, 1.1])[1] },
];
