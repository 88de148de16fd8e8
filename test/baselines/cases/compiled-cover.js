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
const hessian_1 = (w_3, w_v_1) => {
    const stack_3 = __typegrad.valueStack();
    let stored_3 = stack_3.data, top_3 = 0;
    const w_g_3 = new Array(w_3.length).fill(0);
    let s_3 = 0, c_7 = 0, v_13 = 0, v_14 = 0, c_8 = 0, v_15 = 0, v_16 = 0, v_17 = 0, s_t_1 = 0, v_t_1 = 0, c_t_1 = 0, v_t_2 = 0, v_t_3 = 0, c_t_2 = 0, d_1 = 0, d_2 = 0, v_t_4 = 0, v_t_5 = 0, v_t_6 = 0, c_t_3 = 0, taken_7 = 0, taken_8 = 0, taken_9 = 0, c_a_7 = 0, s_t_a_1 = 0, c_t_a_1 = 0, c_t_a_2 = 0;
    if (top_3 === stored_3.length)
        stored_3 = stack_3.grow();
    stored_3[top_3++] = s_3;
    s_3 = 0;
    s_t_1 = 0;
    for (let k_7 = 0; k_7 < 2; k_7++) {
        for (let i_3 = 0; i_3 < w_3.length; i_3++) {
            if (top_3 === stored_3.length)
                stored_3 = stack_3.grow();
            stored_3[top_3++] = taken_9;
            taken_9 = true ? 1 : 0;
            if (taken_9 === 1) {
                v_13 = w_3[i_3] - 0.5;
                v_t_1 = w_v_1[i_3];
                c_7 = v_13;
                c_t_1 = v_t_1;
            }
            else {
                c_7 = w_3[i_3];
                c_t_1 = w_v_1[i_3];
            }
            v_14 = c_7 * 0.5;
            while (top_3 + 2 > stored_3.length)
                stored_3 = stack_3.grow();
            stored_3[top_3++] = v_t_2;
            v_t_2 = 0.5 * c_t_1;
            stored_3[top_3++] = taken_8;
            taken_8 = "l2" === "l1" ? 1 : 0;
            if (taken_8 === 1) {
                v_15 = Math.abs(v_14);
                v_t_3 = ((v_14 >= 0) ? 1 : (-1)) * v_t_2;
                c_8 = v_15;
                c_t_2 = v_t_3;
            }
            else {
                v_16 = v_14 * v_14;
                d_1 = v_14 * v_t_2;
                d_2 = v_14 * v_t_2;
                v_t_4 = d_1 + d_2;
                c_8 = v_16;
                c_t_2 = v_t_4;
            }
            v_17 = s_3 + c_8;
            v_t_5 = s_t_1 + c_t_2;
            if (top_3 === stored_3.length)
                stored_3 = stack_3.grow();
            stored_3[top_3++] = s_3;
            s_3 = v_17;
            s_t_1 = v_t_5;
        }
    }
    taken_7 = false ? 1 : 0;
    if (taken_7 === 1) {
        v_t_6 = ((s_3 < 10) ? 1 : ((s_3 > 10) ? 0 : 0.5)) * s_t_1;
        c_t_3 = v_t_6;
    }
    else {
        c_t_3 = s_t_1;
    }
    const value_3 = c_t_3;
    c_t_a_2 = 1;
    if (taken_7 === 1) {
        let v_t_a_1 = 0;
        v_t_a_1 = c_t_a_2;
        c_t_a_2 = 0;
        s_t_a_1 += ((s_3 < 10) ? 1 : ((s_3 > 10) ? 0 : 0.5)) * v_t_a_1;
    }
    else {
        s_t_a_1 += c_t_a_2;
        c_t_a_2 = 0;
    }
    for (let k_8 = (Math.max(0, Math.ceil(2)) | 0) - 1; k_8 >= 0; k_8--) {
        const k_7 = k_8;
        for (let k_9 = (Math.max(0, Math.ceil(w_3.length)) | 0) - 1; k_9 >= 0; k_9--) {
            const i_3 = k_9;
            let v_a_13 = 0, v_t_a_2 = 0;
            v_t_a_2 = s_t_a_1;
            s_t_a_1 = 0;
            s_3 = stored_3[--top_3];
            s_t_a_1 = v_t_a_2;
            c_t_a_1 += v_t_a_2;
            if (taken_8 === 1) {
                c_t_a_1 = 0;
            }
            else {
                let d_a_1 = 0, d_a_2 = 0, v_t_a_3 = 0;
                v_t_a_3 = c_t_a_1;
                c_t_a_1 = 0;
                d_a_1 = v_t_a_3;
                d_a_2 = v_t_a_3;
                v_a_13 += v_t_2 * d_a_2;
                v_a_13 += v_t_2 * d_a_1;
            }
            taken_8 = stored_3[--top_3];
            v_t_2 = stored_3[--top_3];
            c_a_7 += 0.5 * v_a_13;
            if (taken_9 === 1) {
                let v_a_14 = 0;
                v_a_14 = c_a_7;
                c_a_7 = 0;
                w_g_3[i_3] += v_a_14;
            }
            else {
                w_g_3[i_3] += c_a_7;
                c_a_7 = 0;
            }
            taken_9 = stored_3[--top_3];
        }
    }
    s_t_a_1 = 0;
    s_3 = stored_3[--top_3];
    return __typegrad.reverseResult(value_3, [w_g_3]);
};
__typegrad.attach(wrapped, __typegrad.withHessian(__typegrad.withReverse(wrapped$ad, gradient_1, "a"), hessian_1, "a"));
const gradient_2 = x_1 => {
    const stack_4 = __typegrad.valueStack();
    let stored_4 = stack_4.data, top_4 = 0;
    const x_g_1 = new Array(x_1.length).fill(0);
    let largest_1 = 0, nan_1 = 0, sum_1 = 0, compensation_1 = 0, scaled_1 = 0, summand_1 = 0, preliminary_1 = 0, hypot_1 = 0, hypot_2 = 0, squares_1 = 0, v_18 = 0, v_19 = 0, v_20 = 0, v_21 = 0, v_22 = 0, v_23 = 0, shares_1 = 0, v_24 = 0, v_25 = 0, taken_10 = 0, hypot_a_1 = 0, squares_a_1 = 0, shares_a_1 = 0;
    if (top_4 === stored_4.length)
        stored_4 = stack_4.grow();
    stored_4[top_4++] = largest_1;
    largest_1 = 0;
    nan_1 = 0;
    for (let i_4 = 0; i_4 < x_1.length; i_4++) {
        nan_1 = (Math.abs(x_1[i_4]) !== Math.abs(x_1[i_4])) ? 1 : nan_1;
        if (top_4 === stored_4.length)
            stored_4 = stack_4.grow();
        stored_4[top_4++] = largest_1;
        largest_1 = (Math.abs(x_1[i_4]) > largest_1) ? Math.abs(x_1[i_4]) : largest_1;
    }
    sum_1 = 0;
    compensation_1 = 0;
    for (let i_5 = 0; i_5 < x_1.length; i_5++) {
        scaled_1 = Math.abs(x_1[i_5]) / largest_1;
        summand_1 = (scaled_1 * scaled_1) - compensation_1;
        preliminary_1 = sum_1 + summand_1;
        compensation_1 = (preliminary_1 - sum_1) - summand_1;
        sum_1 = preliminary_1;
    }
    hypot_1 = (largest_1 === Infinity) ? Infinity : ((nan_1 === 1) ? NaN : ((largest_1 === 0) ? 0 : (Math.sqrt(sum_1) * largest_1)));
    taken_10 = (hypot_1 > 0) && (hypot_1 < Infinity) ? 1 : 0;
    if (taken_10 === 1) {
        squares_1 = 0;
        for (let i_6 = 0; i_6 < x_1.length; i_6++) {
            if (top_4 === stored_4.length)
                stored_4 = stack_4.grow();
            stored_4[top_4++] = v_18;
            v_18 = x_1[i_6] / largest_1;
            v_19 = v_18 * v_18;
            v_20 = squares_1 + v_19;
            squares_1 = v_20;
        }
        v_21 = Math.sqrt(squares_1);
        v_22 = v_21 * largest_1;
        v_23 = hypot_1;
        hypot_2 = v_23;
    }
    else {
        shares_1 = 0;
        for (let i_7 = 0; i_7 < x_1.length; i_7++) {
            v_24 = shares_1;
            shares_1 = v_24;
        }
        v_25 = hypot_1;
        hypot_2 = v_25;
    }
    const value_4 = hypot_2;
    hypot_a_1 = 1;
    if (taken_10 === 1) {
        let v_a_15 = 0, v_a_16 = 0, v_a_17 = 0;
        v_a_17 = hypot_a_1;
        hypot_a_1 = 0;
        v_a_16 = v_a_17;
        v_a_15 = largest_1 * v_a_16;
        squares_a_1 += (0.5 / v_21) * v_a_15;
        for (let k_10 = (Math.max(0, Math.ceil(x_1.length)) | 0) - 1; k_10 >= 0; k_10--) {
            const i_6 = k_10;
            let v_a_18 = 0, v_a_19 = 0, v_a_20 = 0;
            v_a_20 = squares_a_1;
            squares_a_1 = 0;
            squares_a_1 = v_a_20;
            v_a_19 = v_a_20;
            v_a_18 = v_18 * v_a_19;
            v_a_18 += v_18 * v_a_19;
            x_g_1[i_6] += (1 / largest_1) * v_a_18;
            v_18 = stored_4[--top_4];
        }
        squares_a_1 = 0;
    }
    else {
        let v_a_21 = 0;
        v_a_21 = hypot_a_1;
        hypot_a_1 = 0;
        shares_a_1 += v_a_21;
        for (let k_11 = (Math.max(0, Math.ceil(x_1.length)) | 0) - 1; k_11 >= 0; k_11--) {
            const i_7 = k_11;
            let v_a_22 = 0;
            v_a_22 = shares_a_1;
            shares_a_1 = 0;
            shares_a_1 = v_a_22;
            x_g_1[i_7] += ((hypot_1 === 0) ? 0 : (x_1[i_7] / hypot_1)) * v_a_22;
        }
        shares_a_1 = 0;
    }
    for (let k_12 = (Math.max(0, Math.ceil(x_1.length)) | 0) - 1; k_12 >= 0; k_12--) {
        const i_4 = k_12;
        largest_1 = stored_4[--top_4];
    }
    largest_1 = stored_4[--top_4];
    return __typegrad.reverseResult(value_4, [x_g_1]);
};
const hessian_2 = (x_2, x_v_1) => {
    const stack_5 = __typegrad.valueStack();
    let stored_5 = stack_5.data, top_5 = 0;
    const x_g_2 = new Array(x_2.length).fill(0);
    let largest_2 = 0, nan_2 = 0, sum_2 = 0, compensation_2 = 0, scaled_2 = 0, summand_2 = 0, preliminary_2 = 0, hypot_3 = 0, squares_2 = 0, v_26 = 0, v_27 = 0, v_28 = 0, v_29 = 0, squares_t_1 = 0, v_t_7 = 0, d_3 = 0, d_4 = 0, v_t_8 = 0, v_t_9 = 0, d_5 = 0, v_t_10 = 0, v_t_11 = 0, v_t_12 = 0, hypot_t_1 = 0, shares_t_1 = 0, d_6 = 0, r_1 = 0, d_7 = 0, v_t_13 = 0, v_t_14 = 0, taken_11 = 0, taken_12 = 0, squares_a_2 = 0, squares_t_a_1 = 0, hypot_t_a_1 = 0, shares_t_a_1 = 0, r_a_1 = 0;
    if (top_5 === stored_5.length)
        stored_5 = stack_5.grow();
    stored_5[top_5++] = largest_2;
    largest_2 = 0;
    nan_2 = 0;
    for (let i_8 = 0; i_8 < x_2.length; i_8++) {
        nan_2 = (Math.abs(x_2[i_8]) !== Math.abs(x_2[i_8])) ? 1 : nan_2;
        if (top_5 === stored_5.length)
            stored_5 = stack_5.grow();
        stored_5[top_5++] = largest_2;
        largest_2 = (Math.abs(x_2[i_8]) > largest_2) ? Math.abs(x_2[i_8]) : largest_2;
    }
    sum_2 = 0;
    compensation_2 = 0;
    for (let i_9 = 0; i_9 < x_2.length; i_9++) {
        scaled_2 = Math.abs(x_2[i_9]) / largest_2;
        summand_2 = (scaled_2 * scaled_2) - compensation_2;
        preliminary_2 = sum_2 + summand_2;
        compensation_2 = (preliminary_2 - sum_2) - summand_2;
        sum_2 = preliminary_2;
    }
    hypot_3 = (largest_2 === Infinity) ? Infinity : ((nan_2 === 1) ? NaN : ((largest_2 === 0) ? 0 : (Math.sqrt(sum_2) * largest_2)));
    taken_12 = (hypot_3 > 0) && (hypot_3 < Infinity) ? 1 : 0;
    if (taken_12 === 1) {
        squares_2 = 0;
        if (top_5 === stored_5.length)
            stored_5 = stack_5.grow();
        stored_5[top_5++] = squares_t_1;
        squares_t_1 = 0;
        for (let i_10 = 0; i_10 < x_2.length; i_10++) {
            while (top_5 + 3 > stored_5.length)
                stored_5 = stack_5.grow();
            stored_5[top_5++] = v_26;
            v_26 = x_2[i_10] / largest_2;
            stored_5[top_5++] = v_t_7;
            v_t_7 = (1 / largest_2) * x_v_1[i_10];
            v_27 = v_26 * v_26;
            d_3 = v_26 * v_t_7;
            d_4 = v_26 * v_t_7;
            v_t_8 = d_3 + d_4;
            v_28 = squares_2 + v_27;
            v_t_9 = squares_t_1 + v_t_8;
            squares_2 = v_28;
            stored_5[top_5++] = squares_t_1;
            squares_t_1 = v_t_9;
        }
        v_29 = Math.sqrt(squares_2);
        d_5 = 0.5 / v_29;
        v_t_10 = d_5 * squares_t_1;
        v_t_11 = largest_2 * v_t_10;
        v_t_12 = v_t_11;
        hypot_t_1 = v_t_12;
    }
    else {
        shares_t_1 = 0;
        for (let i_11 = 0; i_11 < x_2.length; i_11++) {
            if (top_5 === stored_5.length)
                stored_5 = stack_5.grow();
            stored_5[top_5++] = taken_11;
            taken_11 = hypot_3 === 0 ? 1 : 0;
            if (taken_11 === 1) {
                r_1 = 0;
            }
            else {
                d_6 = x_2[i_11] / hypot_3;
                r_1 = d_6;
            }
            d_7 = r_1 * x_v_1[i_11];
            v_t_13 = shares_t_1 + d_7;
            shares_t_1 = v_t_13;
        }
        v_t_14 = shares_t_1;
        hypot_t_1 = v_t_14;
    }
    const value_5 = hypot_t_1;
    hypot_t_a_1 = 1;
    if (taken_12 === 1) {
        let v_a_23 = 0, d_a_3 = 0, v_t_a_4 = 0, v_t_a_5 = 0, v_t_a_6 = 0;
        v_t_a_6 = hypot_t_a_1;
        hypot_t_a_1 = 0;
        v_t_a_5 = v_t_a_6;
        v_t_a_4 = largest_2 * v_t_a_5;
        d_a_3 = squares_t_1 * v_t_a_4;
        squares_t_a_1 += d_5 * v_t_a_4;
        v_a_23 = (-(d_5 / v_29)) * d_a_3;
        squares_a_2 += (0.5 / v_29) * v_a_23;
        for (let k_13 = (Math.max(0, Math.ceil(x_2.length)) | 0) - 1; k_13 >= 0; k_13--) {
            const i_10 = k_13;
            let v_a_24 = 0, v_a_25 = 0, d_a_4 = 0, d_a_5 = 0, v_t_a_7 = 0, v_a_26 = 0, v_t_a_8 = 0;
            v_t_a_8 = squares_t_a_1;
            squares_t_a_1 = 0;
            squares_t_1 = stored_5[--top_5];
            v_a_26 = squares_a_2;
            squares_a_2 = 0;
            squares_t_a_1 = v_t_a_8;
            v_t_a_7 = v_t_a_8;
            squares_a_2 = v_a_26;
            v_a_25 = v_a_26;
            d_a_4 = v_t_a_7;
            d_a_5 = v_t_a_7;
            v_a_24 = v_t_7 * d_a_5;
            v_a_24 += v_t_7 * d_a_4;
            v_a_24 += v_26 * v_a_25;
            v_a_24 += v_26 * v_a_25;
            v_t_7 = stored_5[--top_5];
            x_g_2[i_10] += (1 / largest_2) * v_a_24;
            v_26 = stored_5[--top_5];
        }
        squares_t_a_1 = 0;
        squares_t_1 = stored_5[--top_5];
        squares_a_2 = 0;
    }
    else {
        let v_t_a_9 = 0;
        v_t_a_9 = hypot_t_a_1;
        hypot_t_a_1 = 0;
        shares_t_a_1 += v_t_a_9;
        for (let k_14 = (Math.max(0, Math.ceil(x_2.length)) | 0) - 1; k_14 >= 0; k_14--) {
            const i_11 = k_14;
            let d_a_6 = 0, v_t_a_10 = 0;
            v_t_a_10 = shares_t_a_1;
            shares_t_a_1 = 0;
            shares_t_a_1 = v_t_a_10;
            d_a_6 = v_t_a_10;
            r_a_1 += x_v_1[i_11] * d_a_6;
            if (taken_11 === 1) {
                r_a_1 = 0;
            }
            else {
                let d_a_7 = 0;
                d_a_7 = r_a_1;
                r_a_1 = 0;
                x_g_2[i_11] += (1 / hypot_3) * d_a_7;
            }
            taken_11 = stored_5[--top_5];
        }
        shares_t_a_1 = 0;
    }
    for (let k_15 = (Math.max(0, Math.ceil(x_2.length)) | 0) - 1; k_15 >= 0; k_15--) {
        const i_8 = k_15;
        largest_2 = stored_5[--top_5];
    }
    largest_2 = stored_5[--top_5];
    return __typegrad.reverseResult(value_5, [x_g_2]);
};
__typegrad.attach(norm, __typegrad.withHessian(__typegrad.withReverse(norm$ad, gradient_2, "a"), hessian_2, "a"));
const gradient_3 = x_3 => {
    const stack_6 = __typegrad.valueStack();
    let stored_6 = stack_6.data, top_6 = 0;
    const x_g_3 = new Array(x_3.length).fill(0);
    let v_30 = 0, v_31 = 0, j_1 = 0, v_32 = 0, s_4 = 0, j_2 = 0, j_3 = 0, v_33 = 0, v_34 = 0, passes_1 = 0, s_a_3 = 0;
    v_30 = x_3[0] * 2;
    v_31 = Math.sin(x_3[1]);
    j_1 = 0;
    v_32 = v_30 * v_31;
    s_4 = v_32;
    passes_1 = 0;
    while ((j_1 + 1) < x_3.length) {
        while (top_6 + 2 > stored_6.length)
            stored_6 = stack_6.grow();
        stored_6[top_6++] = j_2;
        j_2 = j_1;
        j_1 = j_1 + 1;
        stored_6[top_6++] = j_3;
        j_3 = j_1;
        j_1 = j_1 + 1;
        v_33 = x_3[j_2] * x_3[j_3];
        v_34 = s_4 + v_33;
        s_4 = v_34;
        passes_1++;
    }
    const value_6 = s_4;
    let v_a_27 = 0, v_a_28 = 0, v_a_29 = 0;
    s_a_3 = 1;
    while (passes_1-- > 0) {
        let v_a_30 = 0, v_a_31 = 0;
        v_a_31 = s_a_3;
        s_a_3 = 0;
        s_a_3 = v_a_31;
        v_a_30 = v_a_31;
        x_g_3[j_2] += x_3[j_3] * v_a_30;
        x_g_3[j_3] += x_3[j_2] * v_a_30;
        j_3 = stored_6[--top_6];
        j_2 = stored_6[--top_6];
    }
    v_a_29 = s_a_3;
    s_a_3 = 0;
    v_a_27 = v_31 * v_a_29;
    v_a_28 = v_30 * v_a_29;
    x_g_3[1] += Math.cos(x_3[1]) * v_a_28;
    x_g_3[0] += 2 * v_a_27;
    return __typegrad.reverseResult(value_6, [x_g_3]);
};
const hessian_3 = (x_4, x_v_2) => {
    const stack_7 = __typegrad.valueStack();
    let stored_7 = stack_7.data, top_7 = 0;
    const x_g_4 = new Array(x_4.length).fill(0);
    let v_35 = 0, v_36 = 0, j_4 = 0, j_5 = 0, j_6 = 0, v_t_15 = 0, d_8 = 0, v_t_16 = 0, d_9 = 0, d_10 = 0, v_t_17 = 0, s_t_2 = 0, d_11 = 0, d_12 = 0, v_t_18 = 0, v_t_19 = 0, passes_2 = 0, s_t_a_2 = 0;
    v_35 = x_4[0] * 2;
    v_t_15 = 2 * x_v_2[0];
    v_36 = Math.sin(x_4[1]);
    d_8 = Math.cos(x_4[1]);
    v_t_16 = d_8 * x_v_2[1];
    j_4 = 0;
    d_9 = v_36 * v_t_15;
    d_10 = v_35 * v_t_16;
    v_t_17 = d_9 + d_10;
    s_t_2 = v_t_17;
    passes_2 = 0;
    while ((j_4 + 1) < x_4.length) {
        while (top_7 + 2 > stored_7.length)
            stored_7 = stack_7.grow();
        stored_7[top_7++] = j_5;
        j_5 = j_4;
        j_4 = j_4 + 1;
        stored_7[top_7++] = j_6;
        j_6 = j_4;
        j_4 = j_4 + 1;
        d_11 = x_4[j_6] * x_v_2[j_5];
        d_12 = x_4[j_5] * x_v_2[j_6];
        v_t_18 = d_11 + d_12;
        v_t_19 = s_t_2 + v_t_18;
        s_t_2 = v_t_19;
        passes_2++;
    }
    const value_7 = s_t_2;
    let v_a_32 = 0, v_a_33 = 0, d_a_8 = 0, v_t_a_11 = 0, d_a_9 = 0, d_a_10 = 0, v_t_a_12 = 0;
    s_t_a_2 = 1;
    while (passes_2-- > 0) {
        let d_a_11 = 0, d_a_12 = 0, v_t_a_13 = 0, v_t_a_14 = 0;
        v_t_a_14 = s_t_a_2;
        s_t_a_2 = 0;
        s_t_a_2 = v_t_a_14;
        v_t_a_13 = v_t_a_14;
        d_a_11 = v_t_a_13;
        d_a_12 = v_t_a_13;
        x_g_4[j_5] += x_v_2[j_6] * d_a_12;
        x_g_4[j_6] += x_v_2[j_5] * d_a_11;
        j_6 = stored_7[--top_7];
        j_5 = stored_7[--top_7];
    }
    v_t_a_12 = s_t_a_2;
    s_t_a_2 = 0;
    d_a_9 = v_t_a_12;
    d_a_10 = v_t_a_12;
    v_a_32 = v_t_16 * d_a_10;
    v_t_a_11 = v_35 * d_a_10;
    v_a_33 = v_t_15 * d_a_9;
    d_a_8 = x_v_2[1] * v_t_a_11;
    x_g_4[1] += (-Math.sin(x_4[1])) * d_a_8;
    x_g_4[1] += Math.cos(x_4[1]) * v_a_33;
    x_g_4[0] += 2 * v_a_32;
    return __typegrad.reverseResult(value_7, [x_g_4]);
};
__typegrad.attach(pairs, __typegrad.withHessian(__typegrad.withReverse(pairs$ad, gradient_3, "a"), hessian_3, "a"));
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
