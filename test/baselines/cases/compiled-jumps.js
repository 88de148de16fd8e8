// Compiled code for jumps: `return` inside a loop (Newton's method stopping early), `break`
// and `continue`, a join point after a branch that may return, and `do…while`. A loop that
// may stop early records its pass count for the reverse sweep.
import { derivative, grad } from "typegrad";
import * as __typegrad from "typegrad";
const gradient_1 = a_1 => {
    const stack_1 = __typegrad.valueStack();
    let stored_1 = stack_1.data, top_1 = 0;
    let y_1 = 0, v_1 = 0, v_2 = 0, result_1 = 0, jump_1 = 0, v_3 = 0, v_4 = 0, v_5 = 0, taken_1 = 0, taken_2 = 0, passes_1 = 0, a_a_1 = 0, y_a_1 = 0, result_a_1 = 0;
    if (top_1 === stored_1.length)
        stored_1 = stack_1.grow();
    stored_1[top_1++] = y_1;
    y_1 = a_1;
    passes_1 = 0;
    for (let i_1 = 0; (i_1 < 50) && (jump_1 < 2); i_1++) {
        v_1 = y_1 * y_1;
        v_2 = v_1 - a_1;
        if (top_1 === stored_1.length)
            stored_1 = stack_1.grow();
        stored_1[top_1++] = taken_2;
        taken_2 = Math.abs(v_2) < (1e-12 * a_1) ? 1 : 0;
        if (taken_2 === 1) {
            result_1 = y_1;
            jump_1 = 3;
        }
        else {
            while (top_1 + 3 > stored_1.length)
                stored_1 = stack_1.grow();
            stored_1[top_1++] = v_3;
            v_3 = 2 * y_1;
            stored_1[top_1++] = v_4;
            v_4 = v_2 / v_3;
            v_5 = y_1 - v_4;
            stored_1[top_1++] = y_1;
            y_1 = v_5;
        }
        passes_1++;
    }
    taken_1 = jump_1 === 0 ? 1 : 0;
    if (taken_1 === 1) {
        result_1 = y_1;
    }
    const value_1 = result_1;
    result_a_1 = 1;
    if (taken_1 === 1) {
        y_a_1 += result_a_1;
        result_a_1 = 0;
    }
    for (let k_1 = passes_1 - 1; k_1 >= 0; k_1--) {
        const i_1 = k_1;
        let v_a_1 = 0, v_a_2 = 0;
        if (taken_2 === 1) {
            y_a_1 += result_a_1;
            result_a_1 = 0;
        }
        else {
            let v_a_3 = 0, v_a_4 = 0, v_a_5 = 0;
            v_a_5 = y_a_1;
            y_a_1 = 0;
            y_1 = stored_1[--top_1];
            y_a_1 = v_a_5;
            v_a_4 = -v_a_5;
            v_a_2 += (1 / v_3) * v_a_4;
            v_a_3 = (-(v_4 / v_3)) * v_a_4;
            v_4 = stored_1[--top_1];
            y_a_1 += 2 * v_a_3;
            v_3 = stored_1[--top_1];
        }
        taken_2 = stored_1[--top_1];
        v_a_1 = v_a_2;
        a_a_1 += -v_a_2;
        y_a_1 += y_1 * v_a_1;
        y_a_1 += y_1 * v_a_1;
    }
    a_a_1 += y_a_1;
    y_a_1 = 0;
    y_1 = stored_1[--top_1];
    return __typegrad.reverseResult(value_1, [a_a_1]);
};
const forward_1 = (a_2, a_t_1) => {
    let y_2 = 0, y_t_1 = 0, v_6 = 0, v_t_1 = 0, v_7 = 0, v_t_2 = 0, result_2 = 0, result_t_1 = 0, jump_2 = 0, v_8 = 0, v_t_3 = 0, v_9 = 0, v_t_4 = 0, v_10 = 0, v_t_5 = 0;
    y_2 = a_2;
    y_t_1 = a_t_1;
    for (let i_2 = 0; (i_2 < 50) && (jump_2 < 2); i_2++) {
        v_6 = y_2 * y_2;
        v_t_1 = y_2 * y_t_1 + y_2 * y_t_1;
        v_7 = v_6 - a_2;
        v_t_2 = v_t_1 + -a_t_1;
        if (Math.abs(v_7) < (1e-12 * a_2)) {
            result_2 = y_2;
            result_t_1 = y_t_1;
            jump_2 = 3;
        }
        else {
            v_8 = 2 * y_2;
            v_t_3 = 2 * y_t_1;
            v_9 = v_7 / v_8;
            v_t_4 = (1 / v_8) * v_t_2 + (-(v_9 / v_8)) * v_t_3;
            v_10 = y_2 - v_9;
            v_t_5 = y_t_1 + -v_t_4;
            y_2 = v_10;
            y_t_1 = v_t_5;
        }
    }
    if (jump_2 === 0) {
        result_2 = y_2;
        result_t_1 = y_t_1;
    }
    return __typegrad.forwardResult(result_2, result_t_1);
};
const derivative_1 = a_3 => {
    let y_3 = 0, y_t_2 = 0, v_11 = 0, v_t_6 = 0, v_12 = 0, v_t_7 = 0, result_3 = 0, result_t_2 = 0, jump_3 = 0, v_13 = 0, v_t_8 = 0, v_14 = 0, v_t_9 = 0, v_15 = 0, v_t_10 = 0;
    y_3 = a_3;
    y_t_2 = 1;
    for (let i_3 = 0; (i_3 < 50) && (jump_3 < 2); i_3++) {
        v_11 = y_3 * y_3;
        v_t_6 = y_3 * y_t_2 + y_3 * y_t_2;
        v_12 = v_11 - a_3;
        v_t_7 = v_t_6 + (-1);
        if (Math.abs(v_12) < (1e-12 * a_3)) {
            result_3 = y_3;
            result_t_2 = y_t_2;
            jump_3 = 3;
        }
        else {
            v_13 = 2 * y_3;
            v_t_8 = 2 * y_t_2;
            v_14 = v_12 / v_13;
            v_t_9 = (1 / v_13) * v_t_7 + (-(v_14 / v_13)) * v_t_8;
            v_15 = y_3 - v_14;
            v_t_10 = y_t_2 + -v_t_9;
            y_3 = v_15;
            y_t_2 = v_t_10;
        }
    }
    if (jump_3 === 0) {
        result_3 = y_3;
        result_t_2 = y_t_2;
    }
    return __typegrad.derivativeResult(result_3, result_t_2);
};
const hessian_1 = (a_4, a_v_1) => {
    const stack_2 = __typegrad.valueStack();
    let stored_2 = stack_2.data, top_2 = 0;
    let y_4 = 0, v_16 = 0, v_17 = 0, jump_4 = 0, v_18 = 0, v_19 = 0, v_20 = 0, y_t_3 = 0, d_1 = 0, d_2 = 0, v_t_11 = 0, v_t_12 = 0, result_t_3 = 0, v_t_13 = 0, d_3 = 0, d_4 = 0, d_5 = 0, d_6 = 0, d_7 = 0, v_t_14 = 0, d_8 = 0, v_t_15 = 0, taken_3 = 0, taken_4 = 0, passes_2 = 0, a_a_2 = 0, y_a_2 = 0, y_t_a_1 = 0, result_t_a_1 = 0;
    while (top_2 + 2 > stored_2.length)
        stored_2 = stack_2.grow();
    stored_2[top_2++] = y_4;
    y_4 = a_4;
    stored_2[top_2++] = y_t_3;
    y_t_3 = a_v_1;
    passes_2 = 0;
    for (let i_4 = 0; (i_4 < 50) && (jump_4 < 2); i_4++) {
        v_16 = y_4 * y_4;
        while (top_2 + 3 > stored_2.length)
            stored_2 = stack_2.grow();
        stored_2[top_2++] = d_1;
        d_1 = y_4 * y_t_3;
        stored_2[top_2++] = d_2;
        d_2 = y_4 * y_t_3;
        v_t_11 = d_1 + d_2;
        v_17 = v_16 - a_4;
        v_t_12 = v_t_11 + (-a_v_1);
        stored_2[top_2++] = taken_4;
        taken_4 = Math.abs(v_17) < (1e-12 * a_4) ? 1 : 0;
        if (taken_4 === 1) {
            result_t_3 = y_t_3;
            jump_4 = 3;
        }
        else {
            while (top_2 + 8 > stored_2.length)
                stored_2 = stack_2.grow();
            stored_2[top_2++] = v_18;
            v_18 = 2 * y_4;
            stored_2[top_2++] = v_t_13;
            v_t_13 = 2 * y_t_3;
            stored_2[top_2++] = v_19;
            v_19 = v_17 / v_18;
            stored_2[top_2++] = d_3;
            d_3 = 1 / v_18;
            d_4 = d_3 * v_t_12;
            stored_2[top_2++] = d_5;
            d_5 = v_19 / v_18;
            stored_2[top_2++] = d_6;
            d_6 = -d_5;
            d_7 = d_6 * v_t_13;
            v_t_14 = d_4 + d_7;
            v_20 = y_4 - v_19;
            d_8 = -v_t_14;
            v_t_15 = y_t_3 + d_8;
            stored_2[top_2++] = y_4;
            y_4 = v_20;
            stored_2[top_2++] = y_t_3;
            y_t_3 = v_t_15;
        }
        passes_2++;
    }
    taken_3 = jump_4 === 0 ? 1 : 0;
    if (taken_3 === 1) {
        result_t_3 = y_t_3;
    }
    const value_2 = result_t_3;
    result_t_a_1 = 1;
    if (taken_3 === 1) {
        y_t_a_1 += result_t_a_1;
        result_t_a_1 = 0;
    }
    for (let k_2 = passes_2 - 1; k_2 >= 0; k_2--) {
        const i_4 = k_2;
        v_t_11 = d_1 + d_2;
        v_t_12 = v_t_11 + (-a_v_1);
        let v_a_6 = 0, d_a_1 = 0, d_a_2 = 0, v_t_a_1 = 0, v_a_7 = 0, v_t_a_2 = 0;
        if (taken_4 === 1) {
            y_t_a_1 += result_t_a_1;
            result_t_a_1 = 0;
        }
        else {
            let v_a_8 = 0, v_t_a_3 = 0, v_a_9 = 0, d_a_3 = 0, d_a_4 = 0, d_a_5 = 0, d_a_6 = 0, d_a_7 = 0, v_t_a_4 = 0, v_a_10 = 0, d_a_8 = 0, v_t_a_5 = 0;
            v_t_a_5 = y_t_a_1;
            y_t_a_1 = 0;
            y_t_3 = stored_2[--top_2];
            v_a_10 = y_a_2;
            y_a_2 = 0;
            y_4 = stored_2[--top_2];
            y_t_a_1 = v_t_a_5;
            d_a_8 = v_t_a_5;
            v_t_a_4 = -d_a_8;
            y_a_2 = v_a_10;
            v_a_9 = -v_a_10;
            d_a_4 = v_t_a_4;
            d_a_7 = v_t_a_4;
            d_a_6 = v_t_13 * d_a_7;
            v_t_a_3 = d_6 * d_a_7;
            d_a_5 = -d_a_6;
            d_6 = stored_2[--top_2];
            v_a_9 += (1 / v_18) * d_a_5;
            v_a_8 = (-(d_5 / v_18)) * d_a_5;
            d_5 = stored_2[--top_2];
            d_a_3 = v_t_12 * d_a_4;
            v_t_a_2 += d_3 * d_a_4;
            v_a_8 += (-(d_3 / v_18)) * d_a_3;
            d_3 = stored_2[--top_2];
            v_a_7 += (1 / v_18) * v_a_9;
            v_a_8 += (-(v_19 / v_18)) * v_a_9;
            v_19 = stored_2[--top_2];
            y_t_a_1 += 2 * v_t_a_3;
            v_t_13 = stored_2[--top_2];
            y_a_2 += 2 * v_a_8;
            v_18 = stored_2[--top_2];
        }
        taken_4 = stored_2[--top_2];
        v_t_a_1 = v_t_a_2;
        v_a_6 = v_a_7;
        a_a_2 += -v_a_7;
        d_a_1 = v_t_a_1;
        d_a_2 = v_t_a_1;
        y_a_2 += y_t_3 * d_a_2;
        y_t_a_1 += y_4 * d_a_2;
        d_2 = stored_2[--top_2];
        y_a_2 += y_t_3 * d_a_1;
        y_t_a_1 += y_4 * d_a_1;
        d_1 = stored_2[--top_2];
        y_a_2 += y_4 * v_a_6;
        y_a_2 += y_4 * v_a_6;
    }
    y_t_a_1 = 0;
    y_t_3 = stored_2[--top_2];
    a_a_2 += y_a_2;
    y_a_2 = 0;
    y_4 = stored_2[--top_2];
    return __typegrad.reverseResult(value_2, [a_a_2]);
};
__typegrad.attach(newtonSqrt, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward(newtonSqrt$ad, forward_1, derivative_1), gradient_1, "n"), hessian_1, "n"));
const gradient_2 = (v_21, cap_1) => {
    const stack_3 = __typegrad.valueStack();
    let stored_3 = stack_3.data, top_3 = 0;
    const v_g_1 = new Array(v_21.length).fill(0);
    let s_1 = 0, jump_5 = 0, v_22 = 0, v_23 = 0, taken_5 = 0, taken_6 = 0, passes_3 = 0, cap_a_1 = 0, s_a_1 = 0;
    s_1 = 0;
    passes_3 = 0;
    for (let i_5 = 0; (i_5 < v_21.length) && (jump_5 < 2); i_5++) {
        if (top_3 === stored_3.length)
            stored_3 = stack_3.grow();
        stored_3[top_3++] = taken_6;
        taken_6 = v_21[i_5] < 0 ? 1 : 0;
        if (!(taken_6 === 1)) {
            if (top_3 === stored_3.length)
                stored_3 = stack_3.grow();
            stored_3[top_3++] = taken_5;
            taken_5 = s_1 > cap_1 ? 1 : 0;
            if (taken_5 === 1) {
                jump_5 = 2;
            }
            else {
                v_22 = v_21[i_5] * v_21[i_5];
                v_23 = s_1 + v_22;
                s_1 = v_23;
            }
        }
        passes_3++;
    }
    jump_5 = 0;
    const value_3 = s_1;
    s_a_1 = 1;
    for (let k_3 = passes_3 - 1; k_3 >= 0; k_3--) {
        const i_5 = k_3;
        if (taken_6 === 0) {
            if (taken_5 === 0) {
                let v_a_11 = 0, v_a_12 = 0;
                v_a_12 = s_a_1;
                s_a_1 = 0;
                s_a_1 = v_a_12;
                v_a_11 = v_a_12;
                v_g_1[i_5] += v_21[i_5] * v_a_11;
                v_g_1[i_5] += v_21[i_5] * v_a_11;
            }
            taken_5 = stored_3[--top_3];
        }
        taken_6 = stored_3[--top_3];
    }
    s_a_1 = 0;
    return __typegrad.reverseResult(value_3, [v_g_1, cap_a_1]);
};
const hessian_2 = (v_24, cap_2, v_v_1, cap_v_1) => {
    const stack_4 = __typegrad.valueStack();
    let stored_4 = stack_4.data, top_4 = 0;
    const v_g_2 = new Array(v_24.length).fill(0);
    let s_2 = 0, jump_6 = 0, v_25 = 0, v_26 = 0, s_t_1 = 0, d_9 = 0, d_10 = 0, v_t_16 = 0, v_t_17 = 0, taken_7 = 0, taken_8 = 0, passes_4 = 0, cap_a_2 = 0, s_t_a_1 = 0;
    s_2 = 0;
    s_t_1 = 0;
    passes_4 = 0;
    for (let i_6 = 0; (i_6 < v_24.length) && (jump_6 < 2); i_6++) {
        if (top_4 === stored_4.length)
            stored_4 = stack_4.grow();
        stored_4[top_4++] = taken_8;
        taken_8 = v_24[i_6] < 0 ? 1 : 0;
        if (!(taken_8 === 1)) {
            if (top_4 === stored_4.length)
                stored_4 = stack_4.grow();
            stored_4[top_4++] = taken_7;
            taken_7 = s_2 > cap_2 ? 1 : 0;
            if (taken_7 === 1) {
                jump_6 = 2;
            }
            else {
                v_25 = v_24[i_6] * v_24[i_6];
                d_9 = v_24[i_6] * v_v_1[i_6];
                d_10 = v_24[i_6] * v_v_1[i_6];
                v_t_16 = d_9 + d_10;
                v_26 = s_2 + v_25;
                v_t_17 = s_t_1 + v_t_16;
                s_2 = v_26;
                s_t_1 = v_t_17;
            }
        }
        passes_4++;
    }
    jump_6 = 0;
    const value_4 = s_t_1;
    s_t_a_1 = 1;
    for (let k_4 = passes_4 - 1; k_4 >= 0; k_4--) {
        const i_6 = k_4;
        if (taken_8 === 0) {
            if (taken_7 === 0) {
                let d_a_9 = 0, d_a_10 = 0, v_t_a_6 = 0, v_t_a_7 = 0;
                v_t_a_7 = s_t_a_1;
                s_t_a_1 = 0;
                s_t_a_1 = v_t_a_7;
                v_t_a_6 = v_t_a_7;
                d_a_9 = v_t_a_6;
                d_a_10 = v_t_a_6;
                v_g_2[i_6] += v_v_1[i_6] * d_a_10;
                v_g_2[i_6] += v_v_1[i_6] * d_a_9;
            }
            taken_7 = stored_4[--top_4];
        }
        taken_8 = stored_4[--top_4];
    }
    s_t_a_1 = 0;
    return __typegrad.reverseResult(value_4, [v_g_2, cap_a_2]);
};
__typegrad.attach(positivePrefix, __typegrad.withHessian(__typegrad.withReverse(positivePrefix$ad, gradient_2, "an"), hessian_2, "an"));
const gradient_3 = (x_1, y_5) => {
    const stack_5 = __typegrad.valueStack();
    let stored_5 = stack_5.data, top_5 = 0;
    let v_27 = 0, s_3 = 0, v_28 = 0, v_29 = 0, result_4 = 0, jump_7 = 0, v_30 = 0, v_31 = 0, taken_9 = 0, taken_10 = 0, taken_11 = 0, x_a_1 = 0, y_a_3 = 0, s_a_2 = 0, result_a_2 = 0;
    v_27 = x_1 * y_5;
    if (top_5 === stored_5.length)
        stored_5 = stack_5.grow();
    stored_5[top_5++] = s_3;
    s_3 = v_27;
    taken_11 = x_1 > 0 ? 1 : 0;
    if (taken_11 === 1) {
        v_28 = Math.sin(s_3);
        if (top_5 === stored_5.length)
            stored_5 = stack_5.grow();
        stored_5[top_5++] = s_3;
        s_3 = v_28;
        taken_10 = y_5 > 2 ? 1 : 0;
        if (taken_10 === 1) {
            v_29 = s_3 * s_3;
            result_4 = v_29;
            jump_7 = 3;
        }
        else {
            v_30 = s_3 + y_5;
            if (top_5 === stored_5.length)
                stored_5 = stack_5.grow();
            stored_5[top_5++] = s_3;
            s_3 = v_30;
        }
    }
    taken_9 = jump_7 === 0 ? 1 : 0;
    if (taken_9 === 1) {
        v_31 = s_3 * x_1;
        result_4 = v_31;
    }
    const value_5 = result_4;
    let v_a_13 = 0;
    result_a_2 = 1;
    if (taken_9 === 1) {
        let v_a_14 = 0;
        v_a_14 = result_a_2;
        result_a_2 = 0;
        s_a_2 += x_1 * v_a_14;
        x_a_1 += s_3 * v_a_14;
    }
    if (taken_11 === 1) {
        let v_a_15 = 0;
        if (taken_10 === 1) {
            let v_a_16 = 0;
            v_a_16 = result_a_2;
            result_a_2 = 0;
            s_a_2 += s_3 * v_a_16;
            s_a_2 += s_3 * v_a_16;
        }
        else {
            let v_a_17 = 0;
            v_a_17 = s_a_2;
            s_a_2 = 0;
            s_3 = stored_5[--top_5];
            s_a_2 = v_a_17;
            y_a_3 += v_a_17;
        }
        v_a_15 = s_a_2;
        s_a_2 = 0;
        s_3 = stored_5[--top_5];
        s_a_2 = Math.cos(s_3) * v_a_15;
    }
    v_a_13 = s_a_2;
    s_a_2 = 0;
    s_3 = stored_5[--top_5];
    x_a_1 += y_5 * v_a_13;
    y_a_3 += x_1 * v_a_13;
    return __typegrad.reverseResult(value_5, [x_a_1, y_a_3]);
};
const forward_2 = (x_2, x_t_1, y_6, y_t_4) => {
    let v_32 = 0, v_t_18 = 0, s_4 = 0, s_t_2 = 0, v_33 = 0, v_t_19 = 0, v_34 = 0, v_t_20 = 0, result_5 = 0, result_t_4 = 0, jump_8 = 0, v_35 = 0, v_t_21 = 0, v_36 = 0, v_t_22 = 0;
    v_32 = x_2 * y_6;
    v_t_18 = y_6 * x_t_1 + x_2 * y_t_4;
    s_4 = v_32;
    s_t_2 = v_t_18;
    if (x_2 > 0) {
        v_33 = Math.sin(s_4);
        v_t_19 = Math.cos(s_4) * s_t_2;
        s_4 = v_33;
        s_t_2 = v_t_19;
        if (y_6 > 2) {
            v_34 = s_4 * s_4;
            v_t_20 = s_4 * s_t_2 + s_4 * s_t_2;
            result_5 = v_34;
            result_t_4 = v_t_20;
            jump_8 = 3;
        }
        else {
            v_35 = s_4 + y_6;
            v_t_21 = s_t_2 + y_t_4;
            s_4 = v_35;
            s_t_2 = v_t_21;
        }
    }
    if (jump_8 === 0) {
        v_36 = s_4 * x_2;
        v_t_22 = x_2 * s_t_2 + s_4 * x_t_1;
        result_5 = v_36;
        result_t_4 = v_t_22;
    }
    return __typegrad.forwardResult(result_5, result_t_4);
};
const hessian_3 = (x_3, y_7, x_v_1, y_v_1) => {
    const stack_6 = __typegrad.valueStack();
    let stored_6 = stack_6.data, top_6 = 0;
    let v_37 = 0, s_5 = 0, v_38 = 0, jump_9 = 0, v_39 = 0, d_11 = 0, d_12 = 0, v_t_23 = 0, s_t_3 = 0, d_13 = 0, v_t_24 = 0, d_14 = 0, d_15 = 0, v_t_25 = 0, result_t_5 = 0, v_t_26 = 0, d_16 = 0, d_17 = 0, v_t_27 = 0, taken_12 = 0, taken_13 = 0, taken_14 = 0, x_a_2 = 0, y_a_4 = 0, s_a_3 = 0, s_t_a_2 = 0, result_t_a_2 = 0;
    v_37 = x_3 * y_7;
    d_11 = y_7 * x_v_1;
    d_12 = x_3 * y_v_1;
    v_t_23 = d_11 + d_12;
    while (top_6 + 2 > stored_6.length)
        stored_6 = stack_6.grow();
    stored_6[top_6++] = s_5;
    s_5 = v_37;
    stored_6[top_6++] = s_t_3;
    s_t_3 = v_t_23;
    taken_14 = x_3 > 0 ? 1 : 0;
    if (taken_14 === 1) {
        v_38 = Math.sin(s_5);
        d_13 = Math.cos(s_5);
        v_t_24 = d_13 * s_t_3;
        while (top_6 + 2 > stored_6.length)
            stored_6 = stack_6.grow();
        stored_6[top_6++] = s_5;
        s_5 = v_38;
        stored_6[top_6++] = s_t_3;
        s_t_3 = v_t_24;
        taken_13 = y_7 > 2 ? 1 : 0;
        if (taken_13 === 1) {
            d_14 = s_5 * s_t_3;
            d_15 = s_5 * s_t_3;
            v_t_25 = d_14 + d_15;
            result_t_5 = v_t_25;
            jump_9 = 3;
        }
        else {
            v_39 = s_5 + y_7;
            v_t_26 = s_t_3 + y_v_1;
            while (top_6 + 2 > stored_6.length)
                stored_6 = stack_6.grow();
            stored_6[top_6++] = s_5;
            s_5 = v_39;
            stored_6[top_6++] = s_t_3;
            s_t_3 = v_t_26;
        }
    }
    taken_12 = jump_9 === 0 ? 1 : 0;
    if (taken_12 === 1) {
        d_16 = x_3 * s_t_3;
        d_17 = s_5 * x_v_1;
        v_t_27 = d_16 + d_17;
        result_t_5 = v_t_27;
    }
    const value_6 = result_t_5;
    let v_a_18 = 0, d_a_11 = 0, d_a_12 = 0, v_t_a_8 = 0;
    result_t_a_2 = 1;
    if (taken_12 === 1) {
        let d_a_13 = 0, d_a_14 = 0, v_t_a_9 = 0;
        v_t_a_9 = result_t_a_2;
        result_t_a_2 = 0;
        d_a_13 = v_t_a_9;
        d_a_14 = v_t_a_9;
        s_a_3 += x_v_1 * d_a_14;
        x_a_2 += s_t_3 * d_a_13;
        s_t_a_2 += x_3 * d_a_13;
    }
    if (taken_14 === 1) {
        let v_a_19 = 0, d_a_15 = 0, v_t_a_10 = 0;
        if (taken_13 === 1) {
            let d_a_16 = 0, d_a_17 = 0, v_t_a_11 = 0;
            v_t_a_11 = result_t_a_2;
            result_t_a_2 = 0;
            d_a_16 = v_t_a_11;
            d_a_17 = v_t_a_11;
            s_a_3 += s_t_3 * d_a_17;
            s_t_a_2 += s_5 * d_a_17;
            s_a_3 += s_t_3 * d_a_16;
            s_t_a_2 += s_5 * d_a_16;
        }
        else {
            let v_a_20 = 0, v_t_a_12 = 0;
            v_t_a_12 = s_t_a_2;
            s_t_a_2 = 0;
            s_t_3 = stored_6[--top_6];
            v_a_20 = s_a_3;
            s_a_3 = 0;
            s_5 = stored_6[--top_6];
            s_t_a_2 = v_t_a_12;
            s_a_3 = v_a_20;
            y_a_4 += v_a_20;
        }
        v_t_a_10 = s_t_a_2;
        s_t_a_2 = 0;
        s_t_3 = stored_6[--top_6];
        v_a_19 = s_a_3;
        s_a_3 = 0;
        s_5 = stored_6[--top_6];
        d_a_15 = s_t_3 * v_t_a_10;
        s_t_a_2 = d_13 * v_t_a_10;
        s_a_3 = (-Math.sin(s_5)) * d_a_15;
        s_a_3 += Math.cos(s_5) * v_a_19;
    }
    v_t_a_8 = s_t_a_2;
    s_t_a_2 = 0;
    s_t_3 = stored_6[--top_6];
    v_a_18 = s_a_3;
    s_a_3 = 0;
    s_5 = stored_6[--top_6];
    d_a_11 = v_t_a_8;
    d_a_12 = v_t_a_8;
    x_a_2 += y_v_1 * d_a_12;
    y_a_4 += x_v_1 * d_a_11;
    x_a_2 += y_7 * v_a_18;
    y_a_4 += x_3 * v_a_18;
    return __typegrad.reverseResult(value_6, [x_a_2, y_a_4]);
};
__typegrad.attach(joined, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward(joined$ad, forward_2), gradient_3, "nn"), hessian_3, "nn"));
const gradient_4 = x_4 => {
    const stack_7 = __typegrad.valueStack();
    let stored_7 = stack_7.data, top_7 = 0;
    let s_6 = 0, n_1 = 0, v_40 = 0, v_41 = 0, passes_5 = 0, x_a_3 = 0, s_a_4 = 0;
    if (top_7 === stored_7.length)
        stored_7 = stack_7.grow();
    stored_7[top_7++] = s_6;
    s_6 = x_4;
    n_1 = 0;
    passes_5 = 0;
    do {
        while (top_7 + 2 > stored_7.length)
            stored_7 = stack_7.grow();
        stored_7[top_7++] = v_40;
        v_40 = Math.cos(s_6);
        v_41 = v_40 * x_4;
        stored_7[top_7++] = s_6;
        s_6 = v_41;
        n_1 = n_1 + 1;
        passes_5++;
    } while ((n_1 < 30) && (Math.abs(s_6 - x_4) > 0.01));
    const value_7 = s_6;
    s_a_4 = 1;
    while (passes_5-- > 0) {
        let v_a_21 = 0, v_a_22 = 0;
        v_a_22 = s_a_4;
        s_a_4 = 0;
        s_6 = stored_7[--top_7];
        v_a_21 = x_4 * v_a_22;
        x_a_3 += v_40 * v_a_22;
        s_a_4 = (-Math.sin(s_6)) * v_a_21;
        v_40 = stored_7[--top_7];
    }
    x_a_3 += s_a_4;
    s_a_4 = 0;
    s_6 = stored_7[--top_7];
    return __typegrad.reverseResult(value_7, [x_a_3]);
};
const forward_3 = (x_5, x_t_2) => {
    let s_7 = 0, s_t_4 = 0, n_2 = 0, v_42 = 0, v_t_28 = 0, v_43 = 0, v_t_29 = 0;
    s_7 = x_5;
    s_t_4 = x_t_2;
    n_2 = 0;
    do {
        v_42 = Math.cos(s_7);
        v_t_28 = (-Math.sin(s_7)) * s_t_4;
        v_43 = v_42 * x_5;
        v_t_29 = x_5 * v_t_28 + v_42 * x_t_2;
        s_7 = v_43;
        s_t_4 = v_t_29;
        n_2 = n_2 + 1;
    } while ((n_2 < 30) && (Math.abs(s_7 - x_5) > 0.01));
    return __typegrad.forwardResult(s_7, s_t_4);
};
const derivative_2 = x_6 => {
    let s_8 = 0, s_t_5 = 0, n_3 = 0, v_44 = 0, v_t_30 = 0, v_45 = 0, v_t_31 = 0;
    s_8 = x_6;
    s_t_5 = 1;
    n_3 = 0;
    do {
        v_44 = Math.cos(s_8);
        v_t_30 = (-Math.sin(s_8)) * s_t_5;
        v_45 = v_44 * x_6;
        v_t_31 = x_6 * v_t_30 + v_44;
        s_8 = v_45;
        s_t_5 = v_t_31;
        n_3 = n_3 + 1;
    } while ((n_3 < 30) && (Math.abs(s_8 - x_6) > 0.01));
    return __typegrad.derivativeResult(s_8, s_t_5);
};
const hessian_4 = (x_7, x_v_2) => {
    const stack_8 = __typegrad.valueStack();
    let stored_8 = stack_8.data, top_8 = 0;
    let s_9 = 0, n_4 = 0, v_46 = 0, v_47 = 0, s_t_6 = 0, d_18 = 0, d_19 = 0, v_t_32 = 0, d_20 = 0, d_21 = 0, v_t_33 = 0, passes_6 = 0, x_a_4 = 0, s_a_5 = 0, s_t_a_3 = 0;
    while (top_8 + 2 > stored_8.length)
        stored_8 = stack_8.grow();
    stored_8[top_8++] = s_9;
    s_9 = x_7;
    stored_8[top_8++] = s_t_6;
    s_t_6 = x_v_2;
    n_4 = 0;
    passes_6 = 0;
    do {
        while (top_8 + 5 > stored_8.length)
            stored_8 = stack_8.grow();
        stored_8[top_8++] = v_46;
        v_46 = Math.cos(s_9);
        stored_8[top_8++] = d_18;
        d_18 = Math.sin(s_9);
        d_19 = -d_18;
        stored_8[top_8++] = v_t_32;
        v_t_32 = d_19 * s_t_6;
        v_47 = v_46 * x_7;
        d_20 = x_7 * v_t_32;
        d_21 = v_46 * x_v_2;
        v_t_33 = d_20 + d_21;
        stored_8[top_8++] = s_9;
        s_9 = v_47;
        stored_8[top_8++] = s_t_6;
        s_t_6 = v_t_33;
        n_4 = n_4 + 1;
        passes_6++;
    } while ((n_4 < 30) && (Math.abs(s_9 - x_7) > 0.01));
    const value_8 = s_t_6;
    s_t_a_3 = 1;
    while (passes_6-- > 0) {
        d_19 = -d_18;
        let v_a_23 = 0, d_a_18 = 0, d_a_19 = 0, v_t_a_13 = 0, v_a_24 = 0, d_a_20 = 0, d_a_21 = 0, v_t_a_14 = 0;
        v_t_a_14 = s_t_a_3;
        s_t_a_3 = 0;
        s_t_6 = stored_8[--top_8];
        v_a_24 = s_a_5;
        s_a_5 = 0;
        s_9 = stored_8[--top_8];
        d_a_20 = v_t_a_14;
        d_a_21 = v_t_a_14;
        v_a_23 = x_v_2 * d_a_21;
        x_a_4 += v_t_32 * d_a_20;
        v_t_a_13 = x_7 * d_a_20;
        v_a_23 += x_7 * v_a_24;
        x_a_4 += v_46 * v_a_24;
        d_a_19 = s_t_6 * v_t_a_13;
        s_t_a_3 = d_19 * v_t_a_13;
        v_t_32 = stored_8[--top_8];
        d_a_18 = -d_a_19;
        s_a_5 = Math.cos(s_9) * d_a_18;
        d_18 = stored_8[--top_8];
        s_a_5 += (-Math.sin(s_9)) * v_a_23;
        v_46 = stored_8[--top_8];
    }
    s_t_a_3 = 0;
    s_t_6 = stored_8[--top_8];
    x_a_4 += s_a_5;
    s_a_5 = 0;
    s_9 = stored_8[--top_8];
    return __typegrad.reverseResult(value_8, [x_a_4]);
};
__typegrad.attach(settle, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward(settle$ad, forward_3, derivative_2), gradient_4, "n"), hessian_4, "n"));
const gradient_5 = a_5 => {
    const stack_9 = __typegrad.valueStack();
    let stored_9 = stack_9.data, top_9 = 0;
    let y_8 = 0, v_48 = 0, v_49 = 0, result_6 = 0, jump_10 = 0, v_50 = 0, v_51 = 0, v_52 = 0, taken_15 = 0, taken_16 = 0, passes_7 = 0, a_a_3 = 0, y_a_5 = 0, result_a_3 = 0;
    if (top_9 === stored_9.length)
        stored_9 = stack_9.grow();
    stored_9[top_9++] = y_8;
    y_8 = a_5;
    passes_7 = 0;
    for (let i_7 = 0; (i_7 < 50) && (jump_10 < 2); i_7++) {
        v_48 = y_8 * y_8;
        v_49 = v_48 - a_5;
        if (top_9 === stored_9.length)
            stored_9 = stack_9.grow();
        stored_9[top_9++] = taken_16;
        taken_16 = Math.abs(v_49) < (1e-12 * a_5) ? 1 : 0;
        if (taken_16 === 1) {
            result_6 = y_8;
            jump_10 = 3;
        }
        else {
            while (top_9 + 3 > stored_9.length)
                stored_9 = stack_9.grow();
            stored_9[top_9++] = v_50;
            v_50 = 2 * y_8;
            stored_9[top_9++] = v_51;
            v_51 = v_49 / v_50;
            v_52 = y_8 - v_51;
            stored_9[top_9++] = y_8;
            y_8 = v_52;
        }
        passes_7++;
    }
    taken_15 = jump_10 === 0 ? 1 : 0;
    if (taken_15 === 1) {
        result_6 = y_8;
    }
    jump_10 = 0;
    const value_9 = result_6;
    result_a_3 = 1;
    if (taken_15 === 1) {
        y_a_5 += result_a_3;
        result_a_3 = 0;
    }
    for (let k_5 = passes_7 - 1; k_5 >= 0; k_5--) {
        const i_7 = k_5;
        let v_a_25 = 0, v_a_26 = 0;
        if (taken_16 === 1) {
            y_a_5 += result_a_3;
            result_a_3 = 0;
        }
        else {
            let v_a_27 = 0, v_a_28 = 0, v_a_29 = 0;
            v_a_29 = y_a_5;
            y_a_5 = 0;
            y_8 = stored_9[--top_9];
            y_a_5 = v_a_29;
            v_a_28 = -v_a_29;
            v_a_26 += (1 / v_50) * v_a_28;
            v_a_27 = (-(v_51 / v_50)) * v_a_28;
            v_51 = stored_9[--top_9];
            y_a_5 += 2 * v_a_27;
            v_50 = stored_9[--top_9];
        }
        taken_16 = stored_9[--top_9];
        v_a_25 = v_a_26;
        a_a_3 += -v_a_26;
        y_a_5 += y_8 * v_a_25;
        y_a_5 += y_8 * v_a_25;
    }
    a_a_3 += y_a_5;
    y_a_5 = 0;
    y_8 = stored_9[--top_9];
    return __typegrad.reverseResult(value_9, [a_a_3]);
};
const forward_4 = (a_6, a_t_2) => {
    let y_9 = 0, y_t_5 = 0, v_53 = 0, v_t_34 = 0, v_54 = 0, v_t_35 = 0, result_7 = 0, result_t_6 = 0, jump_11 = 0, v_55 = 0, v_t_36 = 0, v_56 = 0, v_t_37 = 0, v_57 = 0, v_t_38 = 0;
    y_9 = a_6;
    y_t_5 = a_t_2;
    for (let i_8 = 0; (i_8 < 50) && (jump_11 < 2); i_8++) {
        v_53 = y_9 * y_9;
        v_t_34 = y_9 * y_t_5 + y_9 * y_t_5;
        v_54 = v_53 - a_6;
        v_t_35 = v_t_34 + -a_t_2;
        if (Math.abs(v_54) < (1e-12 * a_6)) {
            result_7 = y_9;
            result_t_6 = y_t_5;
            jump_11 = 3;
        }
        else {
            v_55 = 2 * y_9;
            v_t_36 = 2 * y_t_5;
            v_56 = v_54 / v_55;
            v_t_37 = (1 / v_55) * v_t_35 + (-(v_56 / v_55)) * v_t_36;
            v_57 = y_9 - v_56;
            v_t_38 = y_t_5 + -v_t_37;
            y_9 = v_57;
            y_t_5 = v_t_38;
        }
    }
    if (jump_11 === 0) {
        result_7 = y_9;
        result_t_6 = y_t_5;
    }
    jump_11 = 0;
    return __typegrad.forwardResult(result_7, result_t_6);
};
const derivative_3 = a_7 => {
    let y_10 = 0, y_t_6 = 0, v_58 = 0, v_t_39 = 0, v_59 = 0, v_t_40 = 0, result_8 = 0, result_t_7 = 0, jump_12 = 0, v_60 = 0, v_t_41 = 0, v_61 = 0, v_t_42 = 0, v_62 = 0, v_t_43 = 0;
    y_10 = a_7;
    y_t_6 = 1;
    for (let i_9 = 0; (i_9 < 50) && (jump_12 < 2); i_9++) {
        v_58 = y_10 * y_10;
        v_t_39 = y_10 * y_t_6 + y_10 * y_t_6;
        v_59 = v_58 - a_7;
        v_t_40 = v_t_39 + (-1);
        if (Math.abs(v_59) < (1e-12 * a_7)) {
            result_8 = y_10;
            result_t_7 = y_t_6;
            jump_12 = 3;
        }
        else {
            v_60 = 2 * y_10;
            v_t_41 = 2 * y_t_6;
            v_61 = v_59 / v_60;
            v_t_42 = (1 / v_60) * v_t_40 + (-(v_61 / v_60)) * v_t_41;
            v_62 = y_10 - v_61;
            v_t_43 = y_t_6 + -v_t_42;
            y_10 = v_62;
            y_t_6 = v_t_43;
        }
    }
    if (jump_12 === 0) {
        result_8 = y_10;
        result_t_7 = y_t_6;
    }
    jump_12 = 0;
    return __typegrad.derivativeResult(result_8, result_t_7);
};
const hessian_5 = (a_8, a_v_2) => {
    const stack_10 = __typegrad.valueStack();
    let stored_10 = stack_10.data, top_10 = 0;
    let y_11 = 0, v_63 = 0, v_64 = 0, jump_13 = 0, v_65 = 0, v_66 = 0, v_67 = 0, y_t_7 = 0, d_22 = 0, d_23 = 0, v_t_44 = 0, v_t_45 = 0, result_t_8 = 0, v_t_46 = 0, d_24 = 0, d_25 = 0, d_26 = 0, d_27 = 0, d_28 = 0, v_t_47 = 0, d_29 = 0, v_t_48 = 0, taken_17 = 0, taken_18 = 0, passes_8 = 0, a_a_4 = 0, y_a_6 = 0, y_t_a_2 = 0, result_t_a_3 = 0;
    while (top_10 + 2 > stored_10.length)
        stored_10 = stack_10.grow();
    stored_10[top_10++] = y_11;
    y_11 = a_8;
    stored_10[top_10++] = y_t_7;
    y_t_7 = a_v_2;
    passes_8 = 0;
    for (let i_10 = 0; (i_10 < 50) && (jump_13 < 2); i_10++) {
        v_63 = y_11 * y_11;
        while (top_10 + 3 > stored_10.length)
            stored_10 = stack_10.grow();
        stored_10[top_10++] = d_22;
        d_22 = y_11 * y_t_7;
        stored_10[top_10++] = d_23;
        d_23 = y_11 * y_t_7;
        v_t_44 = d_22 + d_23;
        v_64 = v_63 - a_8;
        v_t_45 = v_t_44 + (-a_v_2);
        stored_10[top_10++] = taken_18;
        taken_18 = Math.abs(v_64) < (1e-12 * a_8) ? 1 : 0;
        if (taken_18 === 1) {
            result_t_8 = y_t_7;
            jump_13 = 3;
        }
        else {
            while (top_10 + 8 > stored_10.length)
                stored_10 = stack_10.grow();
            stored_10[top_10++] = v_65;
            v_65 = 2 * y_11;
            stored_10[top_10++] = v_t_46;
            v_t_46 = 2 * y_t_7;
            stored_10[top_10++] = v_66;
            v_66 = v_64 / v_65;
            stored_10[top_10++] = d_24;
            d_24 = 1 / v_65;
            d_25 = d_24 * v_t_45;
            stored_10[top_10++] = d_26;
            d_26 = v_66 / v_65;
            stored_10[top_10++] = d_27;
            d_27 = -d_26;
            d_28 = d_27 * v_t_46;
            v_t_47 = d_25 + d_28;
            v_67 = y_11 - v_66;
            d_29 = -v_t_47;
            v_t_48 = y_t_7 + d_29;
            stored_10[top_10++] = y_11;
            y_11 = v_67;
            stored_10[top_10++] = y_t_7;
            y_t_7 = v_t_48;
        }
        passes_8++;
    }
    taken_17 = jump_13 === 0 ? 1 : 0;
    if (taken_17 === 1) {
        result_t_8 = y_t_7;
    }
    jump_13 = 0;
    const value_10 = result_t_8;
    result_t_a_3 = 1;
    if (taken_17 === 1) {
        y_t_a_2 += result_t_a_3;
        result_t_a_3 = 0;
    }
    for (let k_6 = passes_8 - 1; k_6 >= 0; k_6--) {
        const i_10 = k_6;
        v_t_44 = d_22 + d_23;
        v_t_45 = v_t_44 + (-a_v_2);
        let v_a_30 = 0, d_a_22 = 0, d_a_23 = 0, v_t_a_15 = 0, v_a_31 = 0, v_t_a_16 = 0;
        if (taken_18 === 1) {
            y_t_a_2 += result_t_a_3;
            result_t_a_3 = 0;
        }
        else {
            let v_a_32 = 0, v_t_a_17 = 0, v_a_33 = 0, d_a_24 = 0, d_a_25 = 0, d_a_26 = 0, d_a_27 = 0, d_a_28 = 0, v_t_a_18 = 0, v_a_34 = 0, d_a_29 = 0, v_t_a_19 = 0;
            v_t_a_19 = y_t_a_2;
            y_t_a_2 = 0;
            y_t_7 = stored_10[--top_10];
            v_a_34 = y_a_6;
            y_a_6 = 0;
            y_11 = stored_10[--top_10];
            y_t_a_2 = v_t_a_19;
            d_a_29 = v_t_a_19;
            v_t_a_18 = -d_a_29;
            y_a_6 = v_a_34;
            v_a_33 = -v_a_34;
            d_a_25 = v_t_a_18;
            d_a_28 = v_t_a_18;
            d_a_27 = v_t_46 * d_a_28;
            v_t_a_17 = d_27 * d_a_28;
            d_a_26 = -d_a_27;
            d_27 = stored_10[--top_10];
            v_a_33 += (1 / v_65) * d_a_26;
            v_a_32 = (-(d_26 / v_65)) * d_a_26;
            d_26 = stored_10[--top_10];
            d_a_24 = v_t_45 * d_a_25;
            v_t_a_16 += d_24 * d_a_25;
            v_a_32 += (-(d_24 / v_65)) * d_a_24;
            d_24 = stored_10[--top_10];
            v_a_31 += (1 / v_65) * v_a_33;
            v_a_32 += (-(v_66 / v_65)) * v_a_33;
            v_66 = stored_10[--top_10];
            y_t_a_2 += 2 * v_t_a_17;
            v_t_46 = stored_10[--top_10];
            y_a_6 += 2 * v_a_32;
            v_65 = stored_10[--top_10];
        }
        taken_18 = stored_10[--top_10];
        v_t_a_15 = v_t_a_16;
        v_a_30 = v_a_31;
        a_a_4 += -v_a_31;
        d_a_22 = v_t_a_15;
        d_a_23 = v_t_a_15;
        y_a_6 += y_t_7 * d_a_23;
        y_t_a_2 += y_11 * d_a_23;
        d_23 = stored_10[--top_10];
        y_a_6 += y_t_7 * d_a_22;
        y_t_a_2 += y_11 * d_a_22;
        d_22 = stored_10[--top_10];
        y_a_6 += y_11 * v_a_30;
        y_a_6 += y_11 * v_a_30;
    }
    y_t_a_2 = 0;
    y_t_7 = stored_10[--top_10];
    a_a_4 += y_a_6;
    y_a_6 = 0;
    y_11 = stored_10[--top_10];
    return __typegrad.reverseResult(value_10, [a_a_4]);
};
const gradient_6 = a_9 => {
    const stack_11 = __typegrad.valueStack();
    let stored_11 = stack_11.data, top_11 = 0;
    let y_12 = 0, v_68 = 0, v_69 = 0, result_9 = 0, jump_14 = 0, v_70 = 0, v_71 = 0, v_72 = 0, taken_19 = 0, taken_20 = 0, passes_9 = 0, a_a_5 = 0, y_a_7 = 0, result_a_4 = 0;
    if (top_11 === stored_11.length)
        stored_11 = stack_11.grow();
    stored_11[top_11++] = y_12;
    y_12 = a_9;
    passes_9 = 0;
    for (let i_11 = 0; (i_11 < 50) && (jump_14 < 2); i_11++) {
        v_68 = y_12 * y_12;
        v_69 = v_68 - a_9;
        if (top_11 === stored_11.length)
            stored_11 = stack_11.grow();
        stored_11[top_11++] = taken_20;
        taken_20 = Math.abs(v_69) < (1e-12 * a_9) ? 1 : 0;
        if (taken_20 === 1) {
            result_9 = y_12;
            jump_14 = 3;
        }
        else {
            while (top_11 + 3 > stored_11.length)
                stored_11 = stack_11.grow();
            stored_11[top_11++] = v_70;
            v_70 = 2 * y_12;
            stored_11[top_11++] = v_71;
            v_71 = v_69 / v_70;
            v_72 = y_12 - v_71;
            stored_11[top_11++] = y_12;
            y_12 = v_72;
        }
        passes_9++;
    }
    taken_19 = jump_14 === 0 ? 1 : 0;
    if (taken_19 === 1) {
        result_9 = y_12;
    }
    jump_14 = 0;
    const value_11 = result_9;
    result_a_4 = 1;
    if (taken_19 === 1) {
        y_a_7 += result_a_4;
        result_a_4 = 0;
    }
    for (let k_7 = passes_9 - 1; k_7 >= 0; k_7--) {
        const i_11 = k_7;
        let v_a_35 = 0, v_a_36 = 0;
        if (taken_20 === 1) {
            y_a_7 += result_a_4;
            result_a_4 = 0;
        }
        else {
            let v_a_37 = 0, v_a_38 = 0, v_a_39 = 0;
            v_a_39 = y_a_7;
            y_a_7 = 0;
            y_12 = stored_11[--top_11];
            y_a_7 = v_a_39;
            v_a_38 = -v_a_39;
            v_a_36 += (1 / v_70) * v_a_38;
            v_a_37 = (-(v_71 / v_70)) * v_a_38;
            v_71 = stored_11[--top_11];
            y_a_7 += 2 * v_a_37;
            v_70 = stored_11[--top_11];
        }
        taken_20 = stored_11[--top_11];
        v_a_35 = v_a_36;
        a_a_5 += -v_a_36;
        y_a_7 += y_12 * v_a_35;
        y_a_7 += y_12 * v_a_35;
    }
    a_a_5 += y_a_7;
    y_a_7 = 0;
    y_12 = stored_11[--top_11];
    return __typegrad.reverseResult(value_11, [a_a_5]);
};
const forward_5 = (a_10, a_t_3) => {
    let y_13 = 0, y_t_8 = 0, v_73 = 0, v_t_49 = 0, v_74 = 0, v_t_50 = 0, result_10 = 0, result_t_9 = 0, jump_15 = 0, v_75 = 0, v_t_51 = 0, v_76 = 0, v_t_52 = 0, v_77 = 0, v_t_53 = 0;
    y_13 = a_10;
    y_t_8 = a_t_3;
    for (let i_12 = 0; (i_12 < 50) && (jump_15 < 2); i_12++) {
        v_73 = y_13 * y_13;
        v_t_49 = y_13 * y_t_8 + y_13 * y_t_8;
        v_74 = v_73 - a_10;
        v_t_50 = v_t_49 + -a_t_3;
        if (Math.abs(v_74) < (1e-12 * a_10)) {
            result_10 = y_13;
            result_t_9 = y_t_8;
            jump_15 = 3;
        }
        else {
            v_75 = 2 * y_13;
            v_t_51 = 2 * y_t_8;
            v_76 = v_74 / v_75;
            v_t_52 = (1 / v_75) * v_t_50 + (-(v_76 / v_75)) * v_t_51;
            v_77 = y_13 - v_76;
            v_t_53 = y_t_8 + -v_t_52;
            y_13 = v_77;
            y_t_8 = v_t_53;
        }
    }
    if (jump_15 === 0) {
        result_10 = y_13;
        result_t_9 = y_t_8;
    }
    jump_15 = 0;
    return __typegrad.forwardResult(result_10, result_t_9);
};
const derivative_4 = a_11 => {
    let y_14 = 0, y_t_9 = 0, v_78 = 0, v_t_54 = 0, v_79 = 0, v_t_55 = 0, result_11 = 0, result_t_10 = 0, jump_16 = 0, v_80 = 0, v_t_56 = 0, v_81 = 0, v_t_57 = 0, v_82 = 0, v_t_58 = 0;
    y_14 = a_11;
    y_t_9 = 1;
    for (let i_13 = 0; (i_13 < 50) && (jump_16 < 2); i_13++) {
        v_78 = y_14 * y_14;
        v_t_54 = y_14 * y_t_9 + y_14 * y_t_9;
        v_79 = v_78 - a_11;
        v_t_55 = v_t_54 + (-1);
        if (Math.abs(v_79) < (1e-12 * a_11)) {
            result_11 = y_14;
            result_t_10 = y_t_9;
            jump_16 = 3;
        }
        else {
            v_80 = 2 * y_14;
            v_t_56 = 2 * y_t_9;
            v_81 = v_79 / v_80;
            v_t_57 = (1 / v_80) * v_t_55 + (-(v_81 / v_80)) * v_t_56;
            v_82 = y_14 - v_81;
            v_t_58 = y_t_9 + -v_t_57;
            y_14 = v_82;
            y_t_9 = v_t_58;
        }
    }
    if (jump_16 === 0) {
        result_11 = y_14;
        result_t_10 = y_t_9;
    }
    jump_16 = 0;
    return __typegrad.derivativeResult(result_11, result_t_10);
};
const hessian_6 = (a_12, a_v_3) => {
    const stack_12 = __typegrad.valueStack();
    let stored_12 = stack_12.data, top_12 = 0;
    let y_15 = 0, v_83 = 0, v_84 = 0, jump_17 = 0, v_85 = 0, v_86 = 0, v_87 = 0, y_t_10 = 0, d_30 = 0, d_31 = 0, v_t_59 = 0, v_t_60 = 0, result_t_11 = 0, v_t_61 = 0, d_32 = 0, d_33 = 0, d_34 = 0, d_35 = 0, d_36 = 0, v_t_62 = 0, d_37 = 0, v_t_63 = 0, taken_21 = 0, taken_22 = 0, passes_10 = 0, a_a_6 = 0, y_a_8 = 0, y_t_a_3 = 0, result_t_a_4 = 0;
    while (top_12 + 2 > stored_12.length)
        stored_12 = stack_12.grow();
    stored_12[top_12++] = y_15;
    y_15 = a_12;
    stored_12[top_12++] = y_t_10;
    y_t_10 = a_v_3;
    passes_10 = 0;
    for (let i_14 = 0; (i_14 < 50) && (jump_17 < 2); i_14++) {
        v_83 = y_15 * y_15;
        while (top_12 + 3 > stored_12.length)
            stored_12 = stack_12.grow();
        stored_12[top_12++] = d_30;
        d_30 = y_15 * y_t_10;
        stored_12[top_12++] = d_31;
        d_31 = y_15 * y_t_10;
        v_t_59 = d_30 + d_31;
        v_84 = v_83 - a_12;
        v_t_60 = v_t_59 + (-a_v_3);
        stored_12[top_12++] = taken_22;
        taken_22 = Math.abs(v_84) < (1e-12 * a_12) ? 1 : 0;
        if (taken_22 === 1) {
            result_t_11 = y_t_10;
            jump_17 = 3;
        }
        else {
            while (top_12 + 8 > stored_12.length)
                stored_12 = stack_12.grow();
            stored_12[top_12++] = v_85;
            v_85 = 2 * y_15;
            stored_12[top_12++] = v_t_61;
            v_t_61 = 2 * y_t_10;
            stored_12[top_12++] = v_86;
            v_86 = v_84 / v_85;
            stored_12[top_12++] = d_32;
            d_32 = 1 / v_85;
            d_33 = d_32 * v_t_60;
            stored_12[top_12++] = d_34;
            d_34 = v_86 / v_85;
            stored_12[top_12++] = d_35;
            d_35 = -d_34;
            d_36 = d_35 * v_t_61;
            v_t_62 = d_33 + d_36;
            v_87 = y_15 - v_86;
            d_37 = -v_t_62;
            v_t_63 = y_t_10 + d_37;
            stored_12[top_12++] = y_15;
            y_15 = v_87;
            stored_12[top_12++] = y_t_10;
            y_t_10 = v_t_63;
        }
        passes_10++;
    }
    taken_21 = jump_17 === 0 ? 1 : 0;
    if (taken_21 === 1) {
        result_t_11 = y_t_10;
    }
    jump_17 = 0;
    const value_12 = result_t_11;
    result_t_a_4 = 1;
    if (taken_21 === 1) {
        y_t_a_3 += result_t_a_4;
        result_t_a_4 = 0;
    }
    for (let k_8 = passes_10 - 1; k_8 >= 0; k_8--) {
        const i_14 = k_8;
        v_t_59 = d_30 + d_31;
        v_t_60 = v_t_59 + (-a_v_3);
        let v_a_40 = 0, d_a_30 = 0, d_a_31 = 0, v_t_a_20 = 0, v_a_41 = 0, v_t_a_21 = 0;
        if (taken_22 === 1) {
            y_t_a_3 += result_t_a_4;
            result_t_a_4 = 0;
        }
        else {
            let v_a_42 = 0, v_t_a_22 = 0, v_a_43 = 0, d_a_32 = 0, d_a_33 = 0, d_a_34 = 0, d_a_35 = 0, d_a_36 = 0, v_t_a_23 = 0, v_a_44 = 0, d_a_37 = 0, v_t_a_24 = 0;
            v_t_a_24 = y_t_a_3;
            y_t_a_3 = 0;
            y_t_10 = stored_12[--top_12];
            v_a_44 = y_a_8;
            y_a_8 = 0;
            y_15 = stored_12[--top_12];
            y_t_a_3 = v_t_a_24;
            d_a_37 = v_t_a_24;
            v_t_a_23 = -d_a_37;
            y_a_8 = v_a_44;
            v_a_43 = -v_a_44;
            d_a_33 = v_t_a_23;
            d_a_36 = v_t_a_23;
            d_a_35 = v_t_61 * d_a_36;
            v_t_a_22 = d_35 * d_a_36;
            d_a_34 = -d_a_35;
            d_35 = stored_12[--top_12];
            v_a_43 += (1 / v_85) * d_a_34;
            v_a_42 = (-(d_34 / v_85)) * d_a_34;
            d_34 = stored_12[--top_12];
            d_a_32 = v_t_60 * d_a_33;
            v_t_a_21 += d_32 * d_a_33;
            v_a_42 += (-(d_32 / v_85)) * d_a_32;
            d_32 = stored_12[--top_12];
            v_a_41 += (1 / v_85) * v_a_43;
            v_a_42 += (-(v_86 / v_85)) * v_a_43;
            v_86 = stored_12[--top_12];
            y_t_a_3 += 2 * v_t_a_22;
            v_t_61 = stored_12[--top_12];
            y_a_8 += 2 * v_a_42;
            v_85 = stored_12[--top_12];
        }
        taken_22 = stored_12[--top_12];
        v_t_a_20 = v_t_a_21;
        v_a_40 = v_a_41;
        a_a_6 += -v_a_41;
        d_a_30 = v_t_a_20;
        d_a_31 = v_t_a_20;
        y_a_8 += y_t_10 * d_a_31;
        y_t_a_3 += y_15 * d_a_31;
        d_31 = stored_12[--top_12];
        y_a_8 += y_t_10 * d_a_30;
        y_t_a_3 += y_15 * d_a_30;
        d_30 = stored_12[--top_12];
        y_a_8 += y_15 * v_a_40;
        y_a_8 += y_15 * v_a_40;
    }
    y_t_a_3 = 0;
    y_t_10 = stored_12[--top_12];
    a_a_6 += y_a_8;
    y_a_8 = 0;
    y_15 = stored_12[--top_12];
    return __typegrad.reverseResult(value_12, [a_a_6]);
};
const gradient_7 = x_8 => {
    const stack_13 = __typegrad.valueStack();
    let stored_13 = stack_13.data, top_13 = 0;
    let v_88 = 0, s_10 = 0, v_89 = 0, v_90 = 0, result_12 = 0, jump_18 = 0, v_91 = 0, v_92 = 0, taken_23 = 0, taken_24 = 0, taken_25 = 0, x_a_5 = 0, s_a_6 = 0, result_a_5 = 0;
    v_88 = x_8 * 3;
    if (top_13 === stored_13.length)
        stored_13 = stack_13.grow();
    stored_13[top_13++] = s_10;
    s_10 = v_88;
    taken_25 = x_8 > 0 ? 1 : 0;
    if (taken_25 === 1) {
        v_89 = Math.sin(s_10);
        if (top_13 === stored_13.length)
            stored_13 = stack_13.grow();
        stored_13[top_13++] = s_10;
        s_10 = v_89;
        taken_24 = 3 > 2 ? 1 : 0;
        if (taken_24 === 1) {
            v_90 = s_10 * s_10;
            result_12 = v_90;
            jump_18 = 3;
        }
        else {
            v_91 = s_10 + 3;
            if (top_13 === stored_13.length)
                stored_13 = stack_13.grow();
            stored_13[top_13++] = s_10;
            s_10 = v_91;
        }
    }
    taken_23 = jump_18 === 0 ? 1 : 0;
    if (taken_23 === 1) {
        v_92 = s_10 * x_8;
        result_12 = v_92;
    }
    jump_18 = 0;
    const value_13 = result_12;
    let v_a_45 = 0;
    result_a_5 = 1;
    if (taken_23 === 1) {
        let v_a_46 = 0;
        v_a_46 = result_a_5;
        result_a_5 = 0;
        s_a_6 += x_8 * v_a_46;
        x_a_5 += s_10 * v_a_46;
    }
    if (taken_25 === 1) {
        let v_a_47 = 0;
        if (taken_24 === 1) {
            let v_a_48 = 0;
            v_a_48 = result_a_5;
            result_a_5 = 0;
            s_a_6 += s_10 * v_a_48;
            s_a_6 += s_10 * v_a_48;
        }
        else {
            let v_a_49 = 0;
            v_a_49 = s_a_6;
            s_a_6 = 0;
            s_10 = stored_13[--top_13];
            s_a_6 = v_a_49;
        }
        v_a_47 = s_a_6;
        s_a_6 = 0;
        s_10 = stored_13[--top_13];
        s_a_6 = Math.cos(s_10) * v_a_47;
    }
    v_a_45 = s_a_6;
    s_a_6 = 0;
    s_10 = stored_13[--top_13];
    x_a_5 += 3 * v_a_45;
    return __typegrad.reverseResult(value_13, [x_a_5]);
};
const forward_6 = (x_9, x_t_3) => {
    let v_93 = 0, v_t_64 = 0, s_11 = 0, s_t_7 = 0, v_94 = 0, v_t_65 = 0, v_95 = 0, v_t_66 = 0, result_13 = 0, result_t_12 = 0, jump_19 = 0, v_96 = 0, v_t_67 = 0, v_97 = 0, v_t_68 = 0;
    v_93 = x_9 * 3;
    v_t_64 = 3 * x_t_3;
    s_11 = v_93;
    s_t_7 = v_t_64;
    if (x_9 > 0) {
        v_94 = Math.sin(s_11);
        v_t_65 = Math.cos(s_11) * s_t_7;
        s_11 = v_94;
        s_t_7 = v_t_65;
        if (3 > 2) {
            v_95 = s_11 * s_11;
            v_t_66 = s_11 * s_t_7 + s_11 * s_t_7;
            result_13 = v_95;
            result_t_12 = v_t_66;
            jump_19 = 3;
        }
        else {
            v_96 = s_11 + 3;
            v_t_67 = s_t_7;
            s_11 = v_96;
            s_t_7 = v_t_67;
        }
    }
    if (jump_19 === 0) {
        v_97 = s_11 * x_9;
        v_t_68 = x_9 * s_t_7 + s_11 * x_t_3;
        result_13 = v_97;
        result_t_12 = v_t_68;
    }
    jump_19 = 0;
    return __typegrad.forwardResult(result_13, result_t_12);
};
const derivative_5 = x_10 => {
    let v_98 = 0, v_t_69 = 0, s_12 = 0, s_t_8 = 0, v_99 = 0, v_t_70 = 0, v_100 = 0, v_t_71 = 0, result_14 = 0, result_t_13 = 0, jump_20 = 0, v_101 = 0, v_t_72 = 0, v_102 = 0, v_t_73 = 0;
    v_98 = x_10 * 3;
    v_t_69 = 3;
    s_12 = v_98;
    s_t_8 = v_t_69;
    if (x_10 > 0) {
        v_99 = Math.sin(s_12);
        v_t_70 = Math.cos(s_12) * s_t_8;
        s_12 = v_99;
        s_t_8 = v_t_70;
        if (3 > 2) {
            v_100 = s_12 * s_12;
            v_t_71 = s_12 * s_t_8 + s_12 * s_t_8;
            result_14 = v_100;
            result_t_13 = v_t_71;
            jump_20 = 3;
        }
        else {
            v_101 = s_12 + 3;
            v_t_72 = s_t_8;
            s_12 = v_101;
            s_t_8 = v_t_72;
        }
    }
    if (jump_20 === 0) {
        v_102 = s_12 * x_10;
        v_t_73 = x_10 * s_t_8 + s_12;
        result_14 = v_102;
        result_t_13 = v_t_73;
    }
    jump_20 = 0;
    return __typegrad.derivativeResult(result_14, result_t_13);
};
const hessian_7 = (x_11, x_v_3) => {
    const stack_14 = __typegrad.valueStack();
    let stored_14 = stack_14.data, top_14 = 0;
    let v_103 = 0, s_13 = 0, v_104 = 0, jump_21 = 0, v_105 = 0, v_t_74 = 0, s_t_9 = 0, d_38 = 0, v_t_75 = 0, d_39 = 0, d_40 = 0, v_t_76 = 0, result_t_14 = 0, v_t_77 = 0, d_41 = 0, d_42 = 0, v_t_78 = 0, taken_26 = 0, taken_27 = 0, taken_28 = 0, x_a_6 = 0, s_a_7 = 0, s_t_a_4 = 0, result_t_a_5 = 0;
    v_103 = x_11 * 3;
    v_t_74 = 3 * x_v_3;
    while (top_14 + 2 > stored_14.length)
        stored_14 = stack_14.grow();
    stored_14[top_14++] = s_13;
    s_13 = v_103;
    stored_14[top_14++] = s_t_9;
    s_t_9 = v_t_74;
    taken_28 = x_11 > 0 ? 1 : 0;
    if (taken_28 === 1) {
        v_104 = Math.sin(s_13);
        d_38 = Math.cos(s_13);
        v_t_75 = d_38 * s_t_9;
        while (top_14 + 2 > stored_14.length)
            stored_14 = stack_14.grow();
        stored_14[top_14++] = s_13;
        s_13 = v_104;
        stored_14[top_14++] = s_t_9;
        s_t_9 = v_t_75;
        taken_27 = 3 > 2 ? 1 : 0;
        if (taken_27 === 1) {
            d_39 = s_13 * s_t_9;
            d_40 = s_13 * s_t_9;
            v_t_76 = d_39 + d_40;
            result_t_14 = v_t_76;
            jump_21 = 3;
        }
        else {
            v_105 = s_13 + 3;
            v_t_77 = s_t_9;
            while (top_14 + 2 > stored_14.length)
                stored_14 = stack_14.grow();
            stored_14[top_14++] = s_13;
            s_13 = v_105;
            stored_14[top_14++] = s_t_9;
            s_t_9 = v_t_77;
        }
    }
    taken_26 = jump_21 === 0 ? 1 : 0;
    if (taken_26 === 1) {
        d_41 = x_11 * s_t_9;
        d_42 = s_13 * x_v_3;
        v_t_78 = d_41 + d_42;
        result_t_14 = v_t_78;
    }
    jump_21 = 0;
    const value_14 = result_t_14;
    let v_a_50 = 0;
    result_t_a_5 = 1;
    if (taken_26 === 1) {
        let d_a_38 = 0, d_a_39 = 0, v_t_a_25 = 0;
        v_t_a_25 = result_t_a_5;
        result_t_a_5 = 0;
        d_a_38 = v_t_a_25;
        d_a_39 = v_t_a_25;
        s_a_7 += x_v_3 * d_a_39;
        x_a_6 += s_t_9 * d_a_38;
        s_t_a_4 += x_11 * d_a_38;
    }
    if (taken_28 === 1) {
        let v_a_51 = 0, d_a_40 = 0, v_t_a_26 = 0;
        if (taken_27 === 1) {
            let d_a_41 = 0, d_a_42 = 0, v_t_a_27 = 0;
            v_t_a_27 = result_t_a_5;
            result_t_a_5 = 0;
            d_a_41 = v_t_a_27;
            d_a_42 = v_t_a_27;
            s_a_7 += s_t_9 * d_a_42;
            s_t_a_4 += s_13 * d_a_42;
            s_a_7 += s_t_9 * d_a_41;
            s_t_a_4 += s_13 * d_a_41;
        }
        else {
            let v_a_52 = 0, v_t_a_28 = 0;
            v_t_a_28 = s_t_a_4;
            s_t_a_4 = 0;
            s_t_9 = stored_14[--top_14];
            v_a_52 = s_a_7;
            s_a_7 = 0;
            s_13 = stored_14[--top_14];
            s_t_a_4 = v_t_a_28;
            s_a_7 = v_a_52;
        }
        v_t_a_26 = s_t_a_4;
        s_t_a_4 = 0;
        s_t_9 = stored_14[--top_14];
        v_a_51 = s_a_7;
        s_a_7 = 0;
        s_13 = stored_14[--top_14];
        d_a_40 = s_t_9 * v_t_a_26;
        s_t_a_4 = d_38 * v_t_a_26;
        s_a_7 = (-Math.sin(s_13)) * d_a_40;
        s_a_7 += Math.cos(s_13) * v_a_51;
    }
    s_t_a_4 = 0;
    s_t_9 = stored_14[--top_14];
    v_a_50 = s_a_7;
    s_a_7 = 0;
    s_13 = stored_14[--top_14];
    x_a_6 += 3 * v_a_50;
    return __typegrad.reverseResult(value_14, [x_a_6]);
};
const gradient_8 = x_12 => {
    const stack_15 = __typegrad.valueStack();
    let stored_15 = stack_15.data, top_15 = 0;
    let v_106 = 0, s_14 = 0, v_107 = 0, v_108 = 0, result_15 = 0, jump_22 = 0, v_109 = 0, v_110 = 0, taken_29 = 0, taken_30 = 0, taken_31 = 0, x_a_7 = 0, s_a_8 = 0, result_a_6 = 0;
    v_106 = x_12;
    if (top_15 === stored_15.length)
        stored_15 = stack_15.grow();
    stored_15[top_15++] = s_14;
    s_14 = v_106;
    taken_31 = x_12 > 0 ? 1 : 0;
    if (taken_31 === 1) {
        v_107 = Math.sin(s_14);
        if (top_15 === stored_15.length)
            stored_15 = stack_15.grow();
        stored_15[top_15++] = s_14;
        s_14 = v_107;
        taken_30 = 1 > 2 ? 1 : 0;
        if (taken_30 === 1) {
            v_108 = s_14 * s_14;
            result_15 = v_108;
            jump_22 = 3;
        }
        else {
            v_109 = s_14 + 1;
            if (top_15 === stored_15.length)
                stored_15 = stack_15.grow();
            stored_15[top_15++] = s_14;
            s_14 = v_109;
        }
    }
    taken_29 = jump_22 === 0 ? 1 : 0;
    if (taken_29 === 1) {
        v_110 = s_14 * x_12;
        result_15 = v_110;
    }
    jump_22 = 0;
    const value_15 = result_15;
    let v_a_53 = 0;
    result_a_6 = 1;
    if (taken_29 === 1) {
        let v_a_54 = 0;
        v_a_54 = result_a_6;
        result_a_6 = 0;
        s_a_8 += x_12 * v_a_54;
        x_a_7 += s_14 * v_a_54;
    }
    if (taken_31 === 1) {
        let v_a_55 = 0;
        if (taken_30 === 1) {
            let v_a_56 = 0;
            v_a_56 = result_a_6;
            result_a_6 = 0;
            s_a_8 += s_14 * v_a_56;
            s_a_8 += s_14 * v_a_56;
        }
        else {
            let v_a_57 = 0;
            v_a_57 = s_a_8;
            s_a_8 = 0;
            s_14 = stored_15[--top_15];
            s_a_8 = v_a_57;
        }
        v_a_55 = s_a_8;
        s_a_8 = 0;
        s_14 = stored_15[--top_15];
        s_a_8 = Math.cos(s_14) * v_a_55;
    }
    v_a_53 = s_a_8;
    s_a_8 = 0;
    s_14 = stored_15[--top_15];
    x_a_7 += v_a_53;
    return __typegrad.reverseResult(value_15, [x_a_7]);
};
const forward_7 = (x_13, x_t_4) => {
    let v_111 = 0, v_t_79 = 0, s_15 = 0, s_t_10 = 0, v_112 = 0, v_t_80 = 0, v_113 = 0, v_t_81 = 0, result_16 = 0, result_t_15 = 0, jump_23 = 0, v_114 = 0, v_t_82 = 0, v_115 = 0, v_t_83 = 0;
    v_111 = x_13;
    v_t_79 = x_t_4;
    s_15 = v_111;
    s_t_10 = v_t_79;
    if (x_13 > 0) {
        v_112 = Math.sin(s_15);
        v_t_80 = Math.cos(s_15) * s_t_10;
        s_15 = v_112;
        s_t_10 = v_t_80;
        if (1 > 2) {
            v_113 = s_15 * s_15;
            v_t_81 = s_15 * s_t_10 + s_15 * s_t_10;
            result_16 = v_113;
            result_t_15 = v_t_81;
            jump_23 = 3;
        }
        else {
            v_114 = s_15 + 1;
            v_t_82 = s_t_10;
            s_15 = v_114;
            s_t_10 = v_t_82;
        }
    }
    if (jump_23 === 0) {
        v_115 = s_15 * x_13;
        v_t_83 = x_13 * s_t_10 + s_15 * x_t_4;
        result_16 = v_115;
        result_t_15 = v_t_83;
    }
    jump_23 = 0;
    return __typegrad.forwardResult(result_16, result_t_15);
};
const derivative_6 = x_14 => {
    let v_116 = 0, v_t_84 = 0, s_16 = 0, s_t_11 = 0, v_117 = 0, v_t_85 = 0, v_118 = 0, v_t_86 = 0, result_17 = 0, result_t_16 = 0, jump_24 = 0, v_119 = 0, v_t_87 = 0, v_120 = 0, v_t_88 = 0;
    v_116 = x_14;
    v_t_84 = 1;
    s_16 = v_116;
    s_t_11 = v_t_84;
    if (x_14 > 0) {
        v_117 = Math.sin(s_16);
        v_t_85 = Math.cos(s_16) * s_t_11;
        s_16 = v_117;
        s_t_11 = v_t_85;
        if (1 > 2) {
            v_118 = s_16 * s_16;
            v_t_86 = s_16 * s_t_11 + s_16 * s_t_11;
            result_17 = v_118;
            result_t_16 = v_t_86;
            jump_24 = 3;
        }
        else {
            v_119 = s_16 + 1;
            v_t_87 = s_t_11;
            s_16 = v_119;
            s_t_11 = v_t_87;
        }
    }
    if (jump_24 === 0) {
        v_120 = s_16 * x_14;
        v_t_88 = x_14 * s_t_11 + s_16;
        result_17 = v_120;
        result_t_16 = v_t_88;
    }
    jump_24 = 0;
    return __typegrad.derivativeResult(result_17, result_t_16);
};
const hessian_8 = (x_15, x_v_4) => {
    const stack_16 = __typegrad.valueStack();
    let stored_16 = stack_16.data, top_16 = 0;
    let v_121 = 0, s_17 = 0, v_122 = 0, jump_25 = 0, v_123 = 0, v_t_89 = 0, s_t_12 = 0, d_43 = 0, v_t_90 = 0, d_44 = 0, d_45 = 0, v_t_91 = 0, result_t_17 = 0, v_t_92 = 0, d_46 = 0, d_47 = 0, v_t_93 = 0, taken_32 = 0, taken_33 = 0, taken_34 = 0, x_a_8 = 0, s_a_9 = 0, s_t_a_5 = 0, result_t_a_6 = 0;
    v_121 = x_15;
    v_t_89 = x_v_4;
    while (top_16 + 2 > stored_16.length)
        stored_16 = stack_16.grow();
    stored_16[top_16++] = s_17;
    s_17 = v_121;
    stored_16[top_16++] = s_t_12;
    s_t_12 = v_t_89;
    taken_34 = x_15 > 0 ? 1 : 0;
    if (taken_34 === 1) {
        v_122 = Math.sin(s_17);
        d_43 = Math.cos(s_17);
        v_t_90 = d_43 * s_t_12;
        while (top_16 + 2 > stored_16.length)
            stored_16 = stack_16.grow();
        stored_16[top_16++] = s_17;
        s_17 = v_122;
        stored_16[top_16++] = s_t_12;
        s_t_12 = v_t_90;
        taken_33 = 1 > 2 ? 1 : 0;
        if (taken_33 === 1) {
            d_44 = s_17 * s_t_12;
            d_45 = s_17 * s_t_12;
            v_t_91 = d_44 + d_45;
            result_t_17 = v_t_91;
            jump_25 = 3;
        }
        else {
            v_123 = s_17 + 1;
            v_t_92 = s_t_12;
            while (top_16 + 2 > stored_16.length)
                stored_16 = stack_16.grow();
            stored_16[top_16++] = s_17;
            s_17 = v_123;
            stored_16[top_16++] = s_t_12;
            s_t_12 = v_t_92;
        }
    }
    taken_32 = jump_25 === 0 ? 1 : 0;
    if (taken_32 === 1) {
        d_46 = x_15 * s_t_12;
        d_47 = s_17 * x_v_4;
        v_t_93 = d_46 + d_47;
        result_t_17 = v_t_93;
    }
    jump_25 = 0;
    const value_16 = result_t_17;
    let v_a_58 = 0;
    result_t_a_6 = 1;
    if (taken_32 === 1) {
        let d_a_43 = 0, d_a_44 = 0, v_t_a_29 = 0;
        v_t_a_29 = result_t_a_6;
        result_t_a_6 = 0;
        d_a_43 = v_t_a_29;
        d_a_44 = v_t_a_29;
        s_a_9 += x_v_4 * d_a_44;
        x_a_8 += s_t_12 * d_a_43;
        s_t_a_5 += x_15 * d_a_43;
    }
    if (taken_34 === 1) {
        let v_a_59 = 0, d_a_45 = 0, v_t_a_30 = 0;
        if (taken_33 === 1) {
            let d_a_46 = 0, d_a_47 = 0, v_t_a_31 = 0;
            v_t_a_31 = result_t_a_6;
            result_t_a_6 = 0;
            d_a_46 = v_t_a_31;
            d_a_47 = v_t_a_31;
            s_a_9 += s_t_12 * d_a_47;
            s_t_a_5 += s_17 * d_a_47;
            s_a_9 += s_t_12 * d_a_46;
            s_t_a_5 += s_17 * d_a_46;
        }
        else {
            let v_a_60 = 0, v_t_a_32 = 0;
            v_t_a_32 = s_t_a_5;
            s_t_a_5 = 0;
            s_t_12 = stored_16[--top_16];
            v_a_60 = s_a_9;
            s_a_9 = 0;
            s_17 = stored_16[--top_16];
            s_t_a_5 = v_t_a_32;
            s_a_9 = v_a_60;
        }
        v_t_a_30 = s_t_a_5;
        s_t_a_5 = 0;
        s_t_12 = stored_16[--top_16];
        v_a_59 = s_a_9;
        s_a_9 = 0;
        s_17 = stored_16[--top_16];
        d_a_45 = s_t_12 * v_t_a_30;
        s_t_a_5 = d_43 * v_t_a_30;
        s_a_9 = (-Math.sin(s_17)) * d_a_45;
        s_a_9 += Math.cos(s_17) * v_a_59;
    }
    s_t_a_5 = 0;
    s_t_12 = stored_16[--top_16];
    v_a_58 = s_a_9;
    s_a_9 = 0;
    s_17 = stored_16[--top_16];
    x_a_8 += v_a_58;
    return __typegrad.reverseResult(value_16, [x_a_8]);
};
const forward_8 = (t_1, t_t_1) => {
    let v_124 = 0, v_t_94 = 0, s_18 = 0, s_t_13 = 0, v_125 = 0, v_t_95 = 0, v_126 = 0, v_t_96 = 0, result_18 = 0, result_t_18 = 0, jump_26 = 0, v_127 = 0, v_t_97 = 0, v_128 = 0, v_t_98 = 0;
    v_124 = t_1;
    v_t_94 = t_t_1;
    s_18 = v_124;
    s_t_13 = v_t_94;
    if (t_1 > 0) {
        v_125 = Math.sin(s_18);
        v_t_95 = Math.cos(s_18) * s_t_13;
        s_18 = v_125;
        s_t_13 = v_t_95;
        if (1 > 2) {
            v_126 = s_18 * s_18;
            v_t_96 = s_18 * s_t_13 + s_18 * s_t_13;
            result_18 = v_126;
            result_t_18 = v_t_96;
            jump_26 = 3;
        }
        else {
            v_127 = s_18 + 1;
            v_t_97 = s_t_13;
            s_18 = v_127;
            s_t_13 = v_t_97;
        }
    }
    if (jump_26 === 0) {
        v_128 = s_18 * t_1;
        v_t_98 = t_1 * s_t_13 + s_18 * t_t_1;
        result_18 = v_128;
        result_t_18 = v_t_98;
    }
    jump_26 = 0;
    return __typegrad.forwardResult(result_18, result_t_18);
};
const derivative_7 = t_2 => {
    let v_129 = 0, v_t_99 = 0, s_19 = 0, s_t_14 = 0, v_130 = 0, v_t_100 = 0, v_131 = 0, v_t_101 = 0, result_19 = 0, result_t_19 = 0, jump_27 = 0, v_132 = 0, v_t_102 = 0, v_133 = 0, v_t_103 = 0;
    v_129 = t_2;
    v_t_99 = 1;
    s_19 = v_129;
    s_t_14 = v_t_99;
    if (t_2 > 0) {
        v_130 = Math.sin(s_19);
        v_t_100 = Math.cos(s_19) * s_t_14;
        s_19 = v_130;
        s_t_14 = v_t_100;
        if (1 > 2) {
            v_131 = s_19 * s_19;
            v_t_101 = s_19 * s_t_14 + s_19 * s_t_14;
            result_19 = v_131;
            result_t_19 = v_t_101;
            jump_27 = 3;
        }
        else {
            v_132 = s_19 + 1;
            v_t_102 = s_t_14;
            s_19 = v_132;
            s_t_14 = v_t_102;
        }
    }
    if (jump_27 === 0) {
        v_133 = s_19 * t_2;
        v_t_103 = t_2 * s_t_14 + s_19;
        result_19 = v_133;
        result_t_19 = v_t_103;
    }
    jump_27 = 0;
    return __typegrad.derivativeResult(result_19, result_t_19);
};
const gradient_9 = x_16 => {
    const stack_17 = __typegrad.valueStack();
    let stored_17 = stack_17.data, top_17 = 0;
    let s_20 = 0, n_5 = 0, v_134 = 0, v_135 = 0, passes_11 = 0, x_a_9 = 0, s_a_10 = 0;
    if (top_17 === stored_17.length)
        stored_17 = stack_17.grow();
    stored_17[top_17++] = s_20;
    s_20 = x_16;
    n_5 = 0;
    passes_11 = 0;
    do {
        while (top_17 + 2 > stored_17.length)
            stored_17 = stack_17.grow();
        stored_17[top_17++] = v_134;
        v_134 = Math.cos(s_20);
        v_135 = v_134 * x_16;
        stored_17[top_17++] = s_20;
        s_20 = v_135;
        n_5 = n_5 + 1;
        passes_11++;
    } while ((n_5 < 30) && (Math.abs(s_20 - x_16) > 0.01));
    const value_17 = s_20;
    s_a_10 = 1;
    while (passes_11-- > 0) {
        let v_a_61 = 0, v_a_62 = 0;
        v_a_62 = s_a_10;
        s_a_10 = 0;
        s_20 = stored_17[--top_17];
        v_a_61 = x_16 * v_a_62;
        x_a_9 += v_134 * v_a_62;
        s_a_10 = (-Math.sin(s_20)) * v_a_61;
        v_134 = stored_17[--top_17];
    }
    x_a_9 += s_a_10;
    s_a_10 = 0;
    s_20 = stored_17[--top_17];
    return __typegrad.reverseResult(value_17, [x_a_9]);
};
const forward_9 = (x_17, x_t_5) => {
    let s_21 = 0, s_t_15 = 0, n_6 = 0, v_136 = 0, v_t_104 = 0, v_137 = 0, v_t_105 = 0;
    s_21 = x_17;
    s_t_15 = x_t_5;
    n_6 = 0;
    do {
        v_136 = Math.cos(s_21);
        v_t_104 = (-Math.sin(s_21)) * s_t_15;
        v_137 = v_136 * x_17;
        v_t_105 = x_17 * v_t_104 + v_136 * x_t_5;
        s_21 = v_137;
        s_t_15 = v_t_105;
        n_6 = n_6 + 1;
    } while ((n_6 < 30) && (Math.abs(s_21 - x_17) > 0.01));
    return __typegrad.forwardResult(s_21, s_t_15);
};
const derivative_8 = x_18 => {
    let s_22 = 0, s_t_16 = 0, n_7 = 0, v_138 = 0, v_t_106 = 0, v_139 = 0, v_t_107 = 0;
    s_22 = x_18;
    s_t_16 = 1;
    n_7 = 0;
    do {
        v_138 = Math.cos(s_22);
        v_t_106 = (-Math.sin(s_22)) * s_t_16;
        v_139 = v_138 * x_18;
        v_t_107 = x_18 * v_t_106 + v_138;
        s_22 = v_139;
        s_t_16 = v_t_107;
        n_7 = n_7 + 1;
    } while ((n_7 < 30) && (Math.abs(s_22 - x_18) > 0.01));
    return __typegrad.derivativeResult(s_22, s_t_16);
};
const hessian_9 = (x_19, x_v_5) => {
    const stack_18 = __typegrad.valueStack();
    let stored_18 = stack_18.data, top_18 = 0;
    let s_23 = 0, n_8 = 0, v_140 = 0, v_141 = 0, s_t_17 = 0, d_48 = 0, d_49 = 0, v_t_108 = 0, d_50 = 0, d_51 = 0, v_t_109 = 0, passes_12 = 0, x_a_10 = 0, s_a_11 = 0, s_t_a_6 = 0;
    while (top_18 + 2 > stored_18.length)
        stored_18 = stack_18.grow();
    stored_18[top_18++] = s_23;
    s_23 = x_19;
    stored_18[top_18++] = s_t_17;
    s_t_17 = x_v_5;
    n_8 = 0;
    passes_12 = 0;
    do {
        while (top_18 + 5 > stored_18.length)
            stored_18 = stack_18.grow();
        stored_18[top_18++] = v_140;
        v_140 = Math.cos(s_23);
        stored_18[top_18++] = d_48;
        d_48 = Math.sin(s_23);
        d_49 = -d_48;
        stored_18[top_18++] = v_t_108;
        v_t_108 = d_49 * s_t_17;
        v_141 = v_140 * x_19;
        d_50 = x_19 * v_t_108;
        d_51 = v_140 * x_v_5;
        v_t_109 = d_50 + d_51;
        stored_18[top_18++] = s_23;
        s_23 = v_141;
        stored_18[top_18++] = s_t_17;
        s_t_17 = v_t_109;
        n_8 = n_8 + 1;
        passes_12++;
    } while ((n_8 < 30) && (Math.abs(s_23 - x_19) > 0.01));
    const value_18 = s_t_17;
    s_t_a_6 = 1;
    while (passes_12-- > 0) {
        d_49 = -d_48;
        let v_a_63 = 0, d_a_48 = 0, d_a_49 = 0, v_t_a_33 = 0, v_a_64 = 0, d_a_50 = 0, d_a_51 = 0, v_t_a_34 = 0;
        v_t_a_34 = s_t_a_6;
        s_t_a_6 = 0;
        s_t_17 = stored_18[--top_18];
        v_a_64 = s_a_11;
        s_a_11 = 0;
        s_23 = stored_18[--top_18];
        d_a_50 = v_t_a_34;
        d_a_51 = v_t_a_34;
        v_a_63 = x_v_5 * d_a_51;
        x_a_10 += v_t_108 * d_a_50;
        v_t_a_33 = x_19 * d_a_50;
        v_a_63 += x_19 * v_a_64;
        x_a_10 += v_140 * v_a_64;
        d_a_49 = s_t_17 * v_t_a_33;
        s_t_a_6 = d_49 * v_t_a_33;
        v_t_108 = stored_18[--top_18];
        d_a_48 = -d_a_49;
        s_a_11 = Math.cos(s_23) * d_a_48;
        d_48 = stored_18[--top_18];
        s_a_11 += (-Math.sin(s_23)) * v_a_63;
        v_140 = stored_18[--top_18];
    }
    s_t_a_6 = 0;
    s_t_17 = stored_18[--top_18];
    x_a_10 += s_a_11;
    s_a_11 = 0;
    s_23 = stored_18[--top_18];
    return __typegrad.reverseResult(value_18, [x_a_10]);
};
const gradient_10 = x_20 => {
    const stack_19 = __typegrad.valueStack();
    let stored_19 = stack_19.data, top_19 = 0;
    let s_24 = 0, n_9 = 0, v_142 = 0, v_143 = 0, passes_13 = 0, x_a_11 = 0, s_a_12 = 0;
    if (top_19 === stored_19.length)
        stored_19 = stack_19.grow();
    stored_19[top_19++] = s_24;
    s_24 = x_20;
    n_9 = 0;
    passes_13 = 0;
    do {
        while (top_19 + 2 > stored_19.length)
            stored_19 = stack_19.grow();
        stored_19[top_19++] = v_142;
        v_142 = Math.cos(s_24);
        v_143 = v_142 * x_20;
        stored_19[top_19++] = s_24;
        s_24 = v_143;
        n_9 = n_9 + 1;
        passes_13++;
    } while ((n_9 < 30) && (Math.abs(s_24 - x_20) > 0.01));
    const value_19 = s_24;
    s_a_12 = 1;
    while (passes_13-- > 0) {
        let v_a_65 = 0, v_a_66 = 0;
        v_a_66 = s_a_12;
        s_a_12 = 0;
        s_24 = stored_19[--top_19];
        v_a_65 = x_20 * v_a_66;
        x_a_11 += v_142 * v_a_66;
        s_a_12 = (-Math.sin(s_24)) * v_a_65;
        v_142 = stored_19[--top_19];
    }
    x_a_11 += s_a_12;
    s_a_12 = 0;
    s_24 = stored_19[--top_19];
    return __typegrad.reverseResult(value_19, [x_a_11]);
};
const forward_10 = (x_21, x_t_6) => {
    let s_25 = 0, s_t_18 = 0, n_10 = 0, v_144 = 0, v_t_110 = 0, v_145 = 0, v_t_111 = 0;
    s_25 = x_21;
    s_t_18 = x_t_6;
    n_10 = 0;
    do {
        v_144 = Math.cos(s_25);
        v_t_110 = (-Math.sin(s_25)) * s_t_18;
        v_145 = v_144 * x_21;
        v_t_111 = x_21 * v_t_110 + v_144 * x_t_6;
        s_25 = v_145;
        s_t_18 = v_t_111;
        n_10 = n_10 + 1;
    } while ((n_10 < 30) && (Math.abs(s_25 - x_21) > 0.01));
    return __typegrad.forwardResult(s_25, s_t_18);
};
const derivative_9 = x_22 => {
    let s_26 = 0, s_t_19 = 0, n_11 = 0, v_146 = 0, v_t_112 = 0, v_147 = 0, v_t_113 = 0;
    s_26 = x_22;
    s_t_19 = 1;
    n_11 = 0;
    do {
        v_146 = Math.cos(s_26);
        v_t_112 = (-Math.sin(s_26)) * s_t_19;
        v_147 = v_146 * x_22;
        v_t_113 = x_22 * v_t_112 + v_146;
        s_26 = v_147;
        s_t_19 = v_t_113;
        n_11 = n_11 + 1;
    } while ((n_11 < 30) && (Math.abs(s_26 - x_22) > 0.01));
    return __typegrad.derivativeResult(s_26, s_t_19);
};
const hessian_10 = (x_23, x_v_6) => {
    const stack_20 = __typegrad.valueStack();
    let stored_20 = stack_20.data, top_20 = 0;
    let s_27 = 0, n_12 = 0, v_148 = 0, v_149 = 0, s_t_20 = 0, d_52 = 0, d_53 = 0, v_t_114 = 0, d_54 = 0, d_55 = 0, v_t_115 = 0, passes_14 = 0, x_a_12 = 0, s_a_13 = 0, s_t_a_7 = 0;
    while (top_20 + 2 > stored_20.length)
        stored_20 = stack_20.grow();
    stored_20[top_20++] = s_27;
    s_27 = x_23;
    stored_20[top_20++] = s_t_20;
    s_t_20 = x_v_6;
    n_12 = 0;
    passes_14 = 0;
    do {
        while (top_20 + 5 > stored_20.length)
            stored_20 = stack_20.grow();
        stored_20[top_20++] = v_148;
        v_148 = Math.cos(s_27);
        stored_20[top_20++] = d_52;
        d_52 = Math.sin(s_27);
        d_53 = -d_52;
        stored_20[top_20++] = v_t_114;
        v_t_114 = d_53 * s_t_20;
        v_149 = v_148 * x_23;
        d_54 = x_23 * v_t_114;
        d_55 = v_148 * x_v_6;
        v_t_115 = d_54 + d_55;
        stored_20[top_20++] = s_27;
        s_27 = v_149;
        stored_20[top_20++] = s_t_20;
        s_t_20 = v_t_115;
        n_12 = n_12 + 1;
        passes_14++;
    } while ((n_12 < 30) && (Math.abs(s_27 - x_23) > 0.01));
    const value_20 = s_t_20;
    s_t_a_7 = 1;
    while (passes_14-- > 0) {
        d_53 = -d_52;
        let v_a_67 = 0, d_a_52 = 0, d_a_53 = 0, v_t_a_35 = 0, v_a_68 = 0, d_a_54 = 0, d_a_55 = 0, v_t_a_36 = 0;
        v_t_a_36 = s_t_a_7;
        s_t_a_7 = 0;
        s_t_20 = stored_20[--top_20];
        v_a_68 = s_a_13;
        s_a_13 = 0;
        s_27 = stored_20[--top_20];
        d_a_54 = v_t_a_36;
        d_a_55 = v_t_a_36;
        v_a_67 = x_v_6 * d_a_55;
        x_a_12 += v_t_114 * d_a_54;
        v_t_a_35 = x_23 * d_a_54;
        v_a_67 += x_23 * v_a_68;
        x_a_12 += v_148 * v_a_68;
        d_a_53 = s_t_20 * v_t_a_35;
        s_t_a_7 = d_53 * v_t_a_35;
        v_t_114 = stored_20[--top_20];
        d_a_52 = -d_a_53;
        s_a_13 = Math.cos(s_27) * d_a_52;
        d_52 = stored_20[--top_20];
        s_a_13 += (-Math.sin(s_27)) * v_a_67;
        v_148 = stored_20[--top_20];
    }
    s_t_a_7 = 0;
    s_t_20 = stored_20[--top_20];
    x_a_12 += s_a_13;
    s_a_13 = 0;
    s_27 = stored_20[--top_20];
    return __typegrad.reverseResult(value_20, [x_a_12]);
};
export function newtonSqrt(a) {
    let y = a;
    for (let i = 0; i < 50; i++) {
        const f = y * y - a;
        if (Math.abs(f) < 1e-12 * a)
            return y;
        y -= f / (2 * y);
    }
    return y;
}
export function newtonSqrt$ad(a) {
    let y = a;
    for (let i = 0; i < 50; i++) {
        const f = __typegrad.sub(__typegrad.mul(y, y), a);
        if (__typegrad.lt(__typegrad.abs(f), __typegrad.mul(1e-12, a)))
            return y;
        y = __typegrad.sub(y, __typegrad.div(f, (__typegrad.mul(2, y))));
    }
    return y;
}
export function positivePrefix(v, cap) {
    let s = 0;
    for (let i = 0; i < v.length; i++) {
        if (v[i] < 0)
            continue;
        if (s > cap)
            break;
        s += v[i] * v[i];
    }
    return s;
}
export function positivePrefix$ad(v, cap) {
    let s = 0;
    for (let i = 0; i < v.length; i++) {
        if (__typegrad.lt(v[i], 0))
            continue;
        if (__typegrad.gt(s, cap))
            break;
        s = __typegrad.add(s, __typegrad.mul(v[i], v[i]));
    }
    return s;
}
export function joined(x, y) {
    let s = x * y;
    if (x > 0) {
        s = Math.sin(s);
        if (y > 2)
            return s * s;
        s += y;
    }
    return s * x;
}
export function joined$ad(x, y) {
    let s = __typegrad.mul(x, y);
    if (__typegrad.gt(x, 0)) {
        s = __typegrad.sin(s);
        if (__typegrad.gt(y, 2))
            return __typegrad.mul(s, s);
        s = __typegrad.add(s, y);
    }
    return __typegrad.mul(s, x);
}
export function settle(x) {
    let s = x;
    let n = 0;
    do {
        s = Math.cos(s) * x;
        n++;
    } while (n < 30 && Math.abs(s - x) > 0.01);
    return s;
}
export function settle$ad(x) {
    let s = x;
    let n = 0;
    do {
        s = __typegrad.mul(__typegrad.cos(s), x);
        n++;
    } while (n < 30 && __typegrad.gt(__typegrad.abs(__typegrad.sub(s, x)), 0.01));
    return s;
}
export const checks = [
    { f: __typegrad.attach((a) => newtonSqrt(a), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((a) => newtonSqrt$ad(a), forward_4, derivative_3), gradient_5, "n"), hessian_5, "n")), at: [2], grad: (a) => grad(__typegrad.withReverse(newtonSqrt$ad, gradient_1, "n"))(a) },
    { f: __typegrad.attach((a) => newtonSqrt(a), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((a) => newtonSqrt$ad(a), forward_5, derivative_4), gradient_6, "n"), hessian_6, "n")), at: [2], grad: (a) => derivative(__typegrad.withForward(newtonSqrt$ad, forward_1, derivative_1))(a) },
    { f: __typegrad.attach((v) => positivePrefix([1, v, -2, 1.5, 3], 4), (v) => positivePrefix$ad([1, v, -2, 1.5, 3], 4)), at: [0.7], grad: (v) => grad(__typegrad.withReverse(positivePrefix$ad, gradient_2, "an"))([1, v, -2, 1.5, 3], 4)[0][1] },
    { f: __typegrad.attach((x) => joined(x, 3), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => joined$ad(x, 3), forward_6, derivative_5), gradient_7, "n"), hessian_7, "n")), at: [0.4], grad: (x) => grad(__typegrad.withReverse(joined$ad, gradient_3, "nn"))(x, 3)[0] },
    { f: __typegrad.attach((x) => joined(x, 1), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => joined$ad(x, 1), forward_7, derivative_6), gradient_8, "n"), hessian_8, "n")), at: [0.4], grad: (x) => derivative(__typegrad.withForward((t) => joined$ad(t, 1), forward_8, derivative_7))(x) },
    { f: __typegrad.attach((x) => settle(x), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => settle$ad(x), forward_9, derivative_8), gradient_9, "n"), hessian_9, "n")), at: [0.6], grad: (x) => grad(__typegrad.withReverse(settle$ad, gradient_4, "n"))(x) },
    { f: __typegrad.attach((x) => settle(x), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => settle$ad(x), forward_10, derivative_9), gradient_10, "n"), hessian_10, "n")), at: [0.6], grad: (x) => derivative(__typegrad.withForward(settle$ad, forward_3, derivative_2))(x) },
];
