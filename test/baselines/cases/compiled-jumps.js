// Compiled code for jumps: `return` inside a loop (Newton's method stopping early), `break`
// and `continue`, a join point after a branch that may return, and `do…while`. A loop that
// may stop early records its pass count for the reverse sweep.
import { derivative, grad } from "typegrad";
import * as __typegrad from "typegrad";
__typegrad.attach(newtonSqrt, newtonSqrt$ad);
__typegrad.attach(positivePrefix, positivePrefix$ad);
__typegrad.attach(joined, joined$ad);
__typegrad.attach(settle, settle$ad);
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
    jump_1 = 0;
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
    jump_2 = 0;
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
    jump_3 = 0;
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
    jump_4 = 0;
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
const gradient_2 = a_5 => {
    const stack_3 = __typegrad.valueStack();
    let stored_3 = stack_3.data, top_3 = 0;
    let y_5 = 0, v_21 = 0, v_22 = 0, result_4 = 0, jump_5 = 0, v_23 = 0, v_24 = 0, v_25 = 0, taken_5 = 0, taken_6 = 0, passes_3 = 0, a_a_3 = 0, y_a_3 = 0, result_a_2 = 0;
    if (top_3 === stored_3.length)
        stored_3 = stack_3.grow();
    stored_3[top_3++] = y_5;
    y_5 = a_5;
    passes_3 = 0;
    for (let i_5 = 0; (i_5 < 50) && (jump_5 < 2); i_5++) {
        v_21 = y_5 * y_5;
        v_22 = v_21 - a_5;
        if (top_3 === stored_3.length)
            stored_3 = stack_3.grow();
        stored_3[top_3++] = taken_6;
        taken_6 = Math.abs(v_22) < (1e-12 * a_5) ? 1 : 0;
        if (taken_6 === 1) {
            result_4 = y_5;
            jump_5 = 3;
        }
        else {
            while (top_3 + 3 > stored_3.length)
                stored_3 = stack_3.grow();
            stored_3[top_3++] = v_23;
            v_23 = 2 * y_5;
            stored_3[top_3++] = v_24;
            v_24 = v_22 / v_23;
            v_25 = y_5 - v_24;
            stored_3[top_3++] = y_5;
            y_5 = v_25;
        }
        passes_3++;
    }
    taken_5 = jump_5 === 0 ? 1 : 0;
    if (taken_5 === 1) {
        result_4 = y_5;
    }
    const value_3 = result_4;
    result_a_2 = 1;
    if (taken_5 === 1) {
        y_a_3 += result_a_2;
        result_a_2 = 0;
    }
    for (let k_3 = passes_3 - 1; k_3 >= 0; k_3--) {
        const i_5 = k_3;
        let v_a_11 = 0, v_a_12 = 0;
        if (taken_6 === 1) {
            y_a_3 += result_a_2;
            result_a_2 = 0;
        }
        else {
            let v_a_13 = 0, v_a_14 = 0, v_a_15 = 0;
            v_a_15 = y_a_3;
            y_a_3 = 0;
            y_5 = stored_3[--top_3];
            y_a_3 = v_a_15;
            v_a_14 = -v_a_15;
            v_a_12 += (1 / v_23) * v_a_14;
            v_a_13 = (-(v_24 / v_23)) * v_a_14;
            v_24 = stored_3[--top_3];
            y_a_3 += 2 * v_a_13;
            v_23 = stored_3[--top_3];
        }
        taken_6 = stored_3[--top_3];
        v_a_11 = v_a_12;
        a_a_3 += -v_a_12;
        y_a_3 += y_5 * v_a_11;
        y_a_3 += y_5 * v_a_11;
    }
    a_a_3 += y_a_3;
    y_a_3 = 0;
    y_5 = stored_3[--top_3];
    return __typegrad.reverseResult(value_3, [a_a_3]);
};
const gradient_3 = a_6 => {
    const stack_4 = __typegrad.valueStack();
    let stored_4 = stack_4.data, top_4 = 0;
    let y_6 = 0, v_26 = 0, v_27 = 0, result_5 = 0, jump_6 = 0, v_28 = 0, v_29 = 0, v_30 = 0, taken_7 = 0, taken_8 = 0, passes_4 = 0, a_a_4 = 0, y_a_4 = 0, result_a_3 = 0;
    if (top_4 === stored_4.length)
        stored_4 = stack_4.grow();
    stored_4[top_4++] = y_6;
    y_6 = a_6;
    passes_4 = 0;
    for (let i_6 = 0; (i_6 < 50) && (jump_6 < 2); i_6++) {
        v_26 = y_6 * y_6;
        v_27 = v_26 - a_6;
        if (top_4 === stored_4.length)
            stored_4 = stack_4.grow();
        stored_4[top_4++] = taken_8;
        taken_8 = Math.abs(v_27) < (1e-12 * a_6) ? 1 : 0;
        if (taken_8 === 1) {
            result_5 = y_6;
            jump_6 = 3;
        }
        else {
            while (top_4 + 3 > stored_4.length)
                stored_4 = stack_4.grow();
            stored_4[top_4++] = v_28;
            v_28 = 2 * y_6;
            stored_4[top_4++] = v_29;
            v_29 = v_27 / v_28;
            v_30 = y_6 - v_29;
            stored_4[top_4++] = y_6;
            y_6 = v_30;
        }
        passes_4++;
    }
    taken_7 = jump_6 === 0 ? 1 : 0;
    if (taken_7 === 1) {
        result_5 = y_6;
    }
    jump_6 = 0;
    const value_4 = result_5;
    result_a_3 = 1;
    if (taken_7 === 1) {
        y_a_4 += result_a_3;
        result_a_3 = 0;
    }
    for (let k_4 = passes_4 - 1; k_4 >= 0; k_4--) {
        const i_6 = k_4;
        let v_a_16 = 0, v_a_17 = 0;
        if (taken_8 === 1) {
            y_a_4 += result_a_3;
            result_a_3 = 0;
        }
        else {
            let v_a_18 = 0, v_a_19 = 0, v_a_20 = 0;
            v_a_20 = y_a_4;
            y_a_4 = 0;
            y_6 = stored_4[--top_4];
            y_a_4 = v_a_20;
            v_a_19 = -v_a_20;
            v_a_17 += (1 / v_28) * v_a_19;
            v_a_18 = (-(v_29 / v_28)) * v_a_19;
            v_29 = stored_4[--top_4];
            y_a_4 += 2 * v_a_18;
            v_28 = stored_4[--top_4];
        }
        taken_8 = stored_4[--top_4];
        v_a_16 = v_a_17;
        a_a_4 += -v_a_17;
        y_a_4 += y_6 * v_a_16;
        y_a_4 += y_6 * v_a_16;
    }
    a_a_4 += y_a_4;
    y_a_4 = 0;
    y_6 = stored_4[--top_4];
    return __typegrad.reverseResult(value_4, [a_a_4]);
};
const forward_2 = (a_7, a_t_2) => {
    let y_7 = 0, y_t_4 = 0, v_31 = 0, v_t_16 = 0, v_32 = 0, v_t_17 = 0, result_6 = 0, result_t_4 = 0, jump_7 = 0, v_33 = 0, v_t_18 = 0, v_34 = 0, v_t_19 = 0, v_35 = 0, v_t_20 = 0;
    y_7 = a_7;
    y_t_4 = a_t_2;
    for (let i_7 = 0; (i_7 < 50) && (jump_7 < 2); i_7++) {
        v_31 = y_7 * y_7;
        v_t_16 = y_7 * y_t_4 + y_7 * y_t_4;
        v_32 = v_31 - a_7;
        v_t_17 = v_t_16 + -a_t_2;
        if (Math.abs(v_32) < (1e-12 * a_7)) {
            result_6 = y_7;
            result_t_4 = y_t_4;
            jump_7 = 3;
        }
        else {
            v_33 = 2 * y_7;
            v_t_18 = 2 * y_t_4;
            v_34 = v_32 / v_33;
            v_t_19 = (1 / v_33) * v_t_17 + (-(v_34 / v_33)) * v_t_18;
            v_35 = y_7 - v_34;
            v_t_20 = y_t_4 + -v_t_19;
            y_7 = v_35;
            y_t_4 = v_t_20;
        }
    }
    if (jump_7 === 0) {
        result_6 = y_7;
        result_t_4 = y_t_4;
    }
    jump_7 = 0;
    return __typegrad.forwardResult(result_6, result_t_4);
};
const derivative_2 = a_8 => {
    let y_8 = 0, y_t_5 = 0, v_36 = 0, v_t_21 = 0, v_37 = 0, v_t_22 = 0, result_7 = 0, result_t_5 = 0, jump_8 = 0, v_38 = 0, v_t_23 = 0, v_39 = 0, v_t_24 = 0, v_40 = 0, v_t_25 = 0;
    y_8 = a_8;
    y_t_5 = 1;
    for (let i_8 = 0; (i_8 < 50) && (jump_8 < 2); i_8++) {
        v_36 = y_8 * y_8;
        v_t_21 = y_8 * y_t_5 + y_8 * y_t_5;
        v_37 = v_36 - a_8;
        v_t_22 = v_t_21 + (-1);
        if (Math.abs(v_37) < (1e-12 * a_8)) {
            result_7 = y_8;
            result_t_5 = y_t_5;
            jump_8 = 3;
        }
        else {
            v_38 = 2 * y_8;
            v_t_23 = 2 * y_t_5;
            v_39 = v_37 / v_38;
            v_t_24 = (1 / v_38) * v_t_22 + (-(v_39 / v_38)) * v_t_23;
            v_40 = y_8 - v_39;
            v_t_25 = y_t_5 + -v_t_24;
            y_8 = v_40;
            y_t_5 = v_t_25;
        }
    }
    if (jump_8 === 0) {
        result_7 = y_8;
        result_t_5 = y_t_5;
    }
    jump_8 = 0;
    return __typegrad.derivativeResult(result_7, result_t_5);
};
const hessian_2 = (a_9, a_v_2) => {
    const stack_5 = __typegrad.valueStack();
    let stored_5 = stack_5.data, top_5 = 0;
    let y_9 = 0, v_41 = 0, v_42 = 0, jump_9 = 0, v_43 = 0, v_44 = 0, v_45 = 0, y_t_6 = 0, d_9 = 0, d_10 = 0, v_t_26 = 0, v_t_27 = 0, result_t_6 = 0, v_t_28 = 0, d_11 = 0, d_12 = 0, d_13 = 0, d_14 = 0, d_15 = 0, v_t_29 = 0, d_16 = 0, v_t_30 = 0, taken_9 = 0, taken_10 = 0, passes_5 = 0, a_a_5 = 0, y_a_5 = 0, y_t_a_2 = 0, result_t_a_2 = 0;
    while (top_5 + 2 > stored_5.length)
        stored_5 = stack_5.grow();
    stored_5[top_5++] = y_9;
    y_9 = a_9;
    stored_5[top_5++] = y_t_6;
    y_t_6 = a_v_2;
    passes_5 = 0;
    for (let i_9 = 0; (i_9 < 50) && (jump_9 < 2); i_9++) {
        v_41 = y_9 * y_9;
        while (top_5 + 3 > stored_5.length)
            stored_5 = stack_5.grow();
        stored_5[top_5++] = d_9;
        d_9 = y_9 * y_t_6;
        stored_5[top_5++] = d_10;
        d_10 = y_9 * y_t_6;
        v_t_26 = d_9 + d_10;
        v_42 = v_41 - a_9;
        v_t_27 = v_t_26 + (-a_v_2);
        stored_5[top_5++] = taken_10;
        taken_10 = Math.abs(v_42) < (1e-12 * a_9) ? 1 : 0;
        if (taken_10 === 1) {
            result_t_6 = y_t_6;
            jump_9 = 3;
        }
        else {
            while (top_5 + 8 > stored_5.length)
                stored_5 = stack_5.grow();
            stored_5[top_5++] = v_43;
            v_43 = 2 * y_9;
            stored_5[top_5++] = v_t_28;
            v_t_28 = 2 * y_t_6;
            stored_5[top_5++] = v_44;
            v_44 = v_42 / v_43;
            stored_5[top_5++] = d_11;
            d_11 = 1 / v_43;
            d_12 = d_11 * v_t_27;
            stored_5[top_5++] = d_13;
            d_13 = v_44 / v_43;
            stored_5[top_5++] = d_14;
            d_14 = -d_13;
            d_15 = d_14 * v_t_28;
            v_t_29 = d_12 + d_15;
            v_45 = y_9 - v_44;
            d_16 = -v_t_29;
            v_t_30 = y_t_6 + d_16;
            stored_5[top_5++] = y_9;
            y_9 = v_45;
            stored_5[top_5++] = y_t_6;
            y_t_6 = v_t_30;
        }
        passes_5++;
    }
    taken_9 = jump_9 === 0 ? 1 : 0;
    if (taken_9 === 1) {
        result_t_6 = y_t_6;
    }
    jump_9 = 0;
    const value_5 = result_t_6;
    result_t_a_2 = 1;
    if (taken_9 === 1) {
        y_t_a_2 += result_t_a_2;
        result_t_a_2 = 0;
    }
    for (let k_5 = passes_5 - 1; k_5 >= 0; k_5--) {
        const i_9 = k_5;
        v_t_26 = d_9 + d_10;
        v_t_27 = v_t_26 + (-a_v_2);
        let v_a_21 = 0, d_a_9 = 0, d_a_10 = 0, v_t_a_6 = 0, v_a_22 = 0, v_t_a_7 = 0;
        if (taken_10 === 1) {
            y_t_a_2 += result_t_a_2;
            result_t_a_2 = 0;
        }
        else {
            let v_a_23 = 0, v_t_a_8 = 0, v_a_24 = 0, d_a_11 = 0, d_a_12 = 0, d_a_13 = 0, d_a_14 = 0, d_a_15 = 0, v_t_a_9 = 0, v_a_25 = 0, d_a_16 = 0, v_t_a_10 = 0;
            v_t_a_10 = y_t_a_2;
            y_t_a_2 = 0;
            y_t_6 = stored_5[--top_5];
            v_a_25 = y_a_5;
            y_a_5 = 0;
            y_9 = stored_5[--top_5];
            y_t_a_2 = v_t_a_10;
            d_a_16 = v_t_a_10;
            v_t_a_9 = -d_a_16;
            y_a_5 = v_a_25;
            v_a_24 = -v_a_25;
            d_a_12 = v_t_a_9;
            d_a_15 = v_t_a_9;
            d_a_14 = v_t_28 * d_a_15;
            v_t_a_8 = d_14 * d_a_15;
            d_a_13 = -d_a_14;
            d_14 = stored_5[--top_5];
            v_a_24 += (1 / v_43) * d_a_13;
            v_a_23 = (-(d_13 / v_43)) * d_a_13;
            d_13 = stored_5[--top_5];
            d_a_11 = v_t_27 * d_a_12;
            v_t_a_7 += d_11 * d_a_12;
            v_a_23 += (-(d_11 / v_43)) * d_a_11;
            d_11 = stored_5[--top_5];
            v_a_22 += (1 / v_43) * v_a_24;
            v_a_23 += (-(v_44 / v_43)) * v_a_24;
            v_44 = stored_5[--top_5];
            y_t_a_2 += 2 * v_t_a_8;
            v_t_28 = stored_5[--top_5];
            y_a_5 += 2 * v_a_23;
            v_43 = stored_5[--top_5];
        }
        taken_10 = stored_5[--top_5];
        v_t_a_6 = v_t_a_7;
        v_a_21 = v_a_22;
        a_a_5 += -v_a_22;
        d_a_9 = v_t_a_6;
        d_a_10 = v_t_a_6;
        y_a_5 += y_t_6 * d_a_10;
        y_t_a_2 += y_9 * d_a_10;
        d_10 = stored_5[--top_5];
        y_a_5 += y_t_6 * d_a_9;
        y_t_a_2 += y_9 * d_a_9;
        d_9 = stored_5[--top_5];
        y_a_5 += y_9 * v_a_21;
        y_a_5 += y_9 * v_a_21;
    }
    y_t_a_2 = 0;
    y_t_6 = stored_5[--top_5];
    a_a_5 += y_a_5;
    y_a_5 = 0;
    y_9 = stored_5[--top_5];
    return __typegrad.reverseResult(value_5, [a_a_5]);
};
const forward_3 = (a_10, a_t_3) => {
    let y_10 = 0, y_t_7 = 0, v_46 = 0, v_t_31 = 0, v_47 = 0, v_t_32 = 0, result_8 = 0, result_t_7 = 0, jump_10 = 0, v_48 = 0, v_t_33 = 0, v_49 = 0, v_t_34 = 0, v_50 = 0, v_t_35 = 0;
    y_10 = a_10;
    y_t_7 = a_t_3;
    for (let i_10 = 0; (i_10 < 50) && (jump_10 < 2); i_10++) {
        v_46 = y_10 * y_10;
        v_t_31 = y_10 * y_t_7 + y_10 * y_t_7;
        v_47 = v_46 - a_10;
        v_t_32 = v_t_31 + -a_t_3;
        if (Math.abs(v_47) < (1e-12 * a_10)) {
            result_8 = y_10;
            result_t_7 = y_t_7;
            jump_10 = 3;
        }
        else {
            v_48 = 2 * y_10;
            v_t_33 = 2 * y_t_7;
            v_49 = v_47 / v_48;
            v_t_34 = (1 / v_48) * v_t_32 + (-(v_49 / v_48)) * v_t_33;
            v_50 = y_10 - v_49;
            v_t_35 = y_t_7 + -v_t_34;
            y_10 = v_50;
            y_t_7 = v_t_35;
        }
    }
    if (jump_10 === 0) {
        result_8 = y_10;
        result_t_7 = y_t_7;
    }
    return __typegrad.forwardResult(result_8, result_t_7);
};
const derivative_3 = a_11 => {
    let y_11 = 0, y_t_8 = 0, v_51 = 0, v_t_36 = 0, v_52 = 0, v_t_37 = 0, result_9 = 0, result_t_8 = 0, jump_11 = 0, v_53 = 0, v_t_38 = 0, v_54 = 0, v_t_39 = 0, v_55 = 0, v_t_40 = 0;
    y_11 = a_11;
    y_t_8 = 1;
    for (let i_11 = 0; (i_11 < 50) && (jump_11 < 2); i_11++) {
        v_51 = y_11 * y_11;
        v_t_36 = y_11 * y_t_8 + y_11 * y_t_8;
        v_52 = v_51 - a_11;
        v_t_37 = v_t_36 + (-1);
        if (Math.abs(v_52) < (1e-12 * a_11)) {
            result_9 = y_11;
            result_t_8 = y_t_8;
            jump_11 = 3;
        }
        else {
            v_53 = 2 * y_11;
            v_t_38 = 2 * y_t_8;
            v_54 = v_52 / v_53;
            v_t_39 = (1 / v_53) * v_t_37 + (-(v_54 / v_53)) * v_t_38;
            v_55 = y_11 - v_54;
            v_t_40 = y_t_8 + -v_t_39;
            y_11 = v_55;
            y_t_8 = v_t_40;
        }
    }
    if (jump_11 === 0) {
        result_9 = y_11;
        result_t_8 = y_t_8;
    }
    return __typegrad.derivativeResult(result_9, result_t_8);
};
const gradient_4 = (v_56, cap_1) => {
    const stack_6 = __typegrad.valueStack();
    let stored_6 = stack_6.data, top_6 = 0;
    const v_g_1 = new Array(v_56.length).fill(0);
    let s_1 = 0, jump_12 = 0, v_57 = 0, v_58 = 0, taken_11 = 0, taken_12 = 0, passes_6 = 0, cap_a_1 = 0, s_a_1 = 0;
    s_1 = 0;
    passes_6 = 0;
    for (let i_12 = 0; (i_12 < v_56.length) && (jump_12 < 2); i_12++) {
        if (top_6 === stored_6.length)
            stored_6 = stack_6.grow();
        stored_6[top_6++] = taken_12;
        taken_12 = v_56[i_12] < 0 ? 1 : 0;
        if (!(taken_12 === 1)) {
            if (top_6 === stored_6.length)
                stored_6 = stack_6.grow();
            stored_6[top_6++] = taken_11;
            taken_11 = s_1 > cap_1 ? 1 : 0;
            if (taken_11 === 1) {
                jump_12 = 2;
            }
            else {
                v_57 = v_56[i_12] * v_56[i_12];
                v_58 = s_1 + v_57;
                s_1 = v_58;
            }
        }
        passes_6++;
    }
    jump_12 = 0;
    const value_6 = s_1;
    s_a_1 = 1;
    for (let k_6 = passes_6 - 1; k_6 >= 0; k_6--) {
        const i_12 = k_6;
        if (taken_12 === 0) {
            if (taken_11 === 0) {
                let v_a_26 = 0, v_a_27 = 0;
                v_a_27 = s_a_1;
                s_a_1 = 0;
                s_a_1 = v_a_27;
                v_a_26 = v_a_27;
                v_g_1[i_12] += v_56[i_12] * v_a_26;
                v_g_1[i_12] += v_56[i_12] * v_a_26;
            }
            taken_11 = stored_6[--top_6];
        }
        taken_12 = stored_6[--top_6];
    }
    s_a_1 = 0;
    return __typegrad.reverseResult(value_6, [v_g_1, cap_a_1]);
};
const gradient_5 = x_1 => {
    const stack_7 = __typegrad.valueStack();
    let stored_7 = stack_7.data, top_7 = 0;
    let v_59 = 0, s_2 = 0, v_60 = 0, v_61 = 0, result_10 = 0, jump_13 = 0, v_62 = 0, v_63 = 0, taken_13 = 0, taken_14 = 0, taken_15 = 0, x_a_1 = 0, s_a_2 = 0, result_a_4 = 0;
    v_59 = x_1 * 3;
    if (top_7 === stored_7.length)
        stored_7 = stack_7.grow();
    stored_7[top_7++] = s_2;
    s_2 = v_59;
    taken_15 = x_1 > 0 ? 1 : 0;
    if (taken_15 === 1) {
        v_60 = Math.sin(s_2);
        if (top_7 === stored_7.length)
            stored_7 = stack_7.grow();
        stored_7[top_7++] = s_2;
        s_2 = v_60;
        taken_14 = 3 > 2 ? 1 : 0;
        if (taken_14 === 1) {
            v_61 = s_2 * s_2;
            result_10 = v_61;
            jump_13 = 3;
        }
        else {
            v_62 = s_2 + 3;
            if (top_7 === stored_7.length)
                stored_7 = stack_7.grow();
            stored_7[top_7++] = s_2;
            s_2 = v_62;
        }
    }
    taken_13 = jump_13 === 0 ? 1 : 0;
    if (taken_13 === 1) {
        v_63 = s_2 * x_1;
        result_10 = v_63;
    }
    jump_13 = 0;
    const value_7 = result_10;
    let v_a_28 = 0;
    result_a_4 = 1;
    if (taken_13 === 1) {
        let v_a_29 = 0;
        v_a_29 = result_a_4;
        result_a_4 = 0;
        s_a_2 += x_1 * v_a_29;
        x_a_1 += s_2 * v_a_29;
    }
    if (taken_15 === 1) {
        let v_a_30 = 0;
        if (taken_14 === 1) {
            let v_a_31 = 0;
            v_a_31 = result_a_4;
            result_a_4 = 0;
            s_a_2 += s_2 * v_a_31;
            s_a_2 += s_2 * v_a_31;
        }
        else {
            let v_a_32 = 0;
            v_a_32 = s_a_2;
            s_a_2 = 0;
            s_2 = stored_7[--top_7];
            s_a_2 = v_a_32;
        }
        v_a_30 = s_a_2;
        s_a_2 = 0;
        s_2 = stored_7[--top_7];
        s_a_2 = Math.cos(s_2) * v_a_30;
    }
    v_a_28 = s_a_2;
    s_a_2 = 0;
    s_2 = stored_7[--top_7];
    x_a_1 += 3 * v_a_28;
    return __typegrad.reverseResult(value_7, [x_a_1]);
};
const forward_4 = (x_2, x_t_1) => {
    let v_64 = 0, v_t_41 = 0, s_3 = 0, s_t_1 = 0, v_65 = 0, v_t_42 = 0, v_66 = 0, v_t_43 = 0, result_11 = 0, result_t_9 = 0, jump_14 = 0, v_67 = 0, v_t_44 = 0, v_68 = 0, v_t_45 = 0;
    v_64 = x_2 * 3;
    v_t_41 = 3 * x_t_1;
    s_3 = v_64;
    s_t_1 = v_t_41;
    if (x_2 > 0) {
        v_65 = Math.sin(s_3);
        v_t_42 = Math.cos(s_3) * s_t_1;
        s_3 = v_65;
        s_t_1 = v_t_42;
        if (3 > 2) {
            v_66 = s_3 * s_3;
            v_t_43 = s_3 * s_t_1 + s_3 * s_t_1;
            result_11 = v_66;
            result_t_9 = v_t_43;
            jump_14 = 3;
        }
        else {
            v_67 = s_3 + 3;
            v_t_44 = s_t_1;
            s_3 = v_67;
            s_t_1 = v_t_44;
        }
    }
    if (jump_14 === 0) {
        v_68 = s_3 * x_2;
        v_t_45 = x_2 * s_t_1 + s_3 * x_t_1;
        result_11 = v_68;
        result_t_9 = v_t_45;
    }
    jump_14 = 0;
    return __typegrad.forwardResult(result_11, result_t_9);
};
const derivative_4 = x_3 => {
    let v_69 = 0, v_t_46 = 0, s_4 = 0, s_t_2 = 0, v_70 = 0, v_t_47 = 0, v_71 = 0, v_t_48 = 0, result_12 = 0, result_t_10 = 0, jump_15 = 0, v_72 = 0, v_t_49 = 0, v_73 = 0, v_t_50 = 0;
    v_69 = x_3 * 3;
    v_t_46 = 3;
    s_4 = v_69;
    s_t_2 = v_t_46;
    if (x_3 > 0) {
        v_70 = Math.sin(s_4);
        v_t_47 = Math.cos(s_4) * s_t_2;
        s_4 = v_70;
        s_t_2 = v_t_47;
        if (3 > 2) {
            v_71 = s_4 * s_4;
            v_t_48 = s_4 * s_t_2 + s_4 * s_t_2;
            result_12 = v_71;
            result_t_10 = v_t_48;
            jump_15 = 3;
        }
        else {
            v_72 = s_4 + 3;
            v_t_49 = s_t_2;
            s_4 = v_72;
            s_t_2 = v_t_49;
        }
    }
    if (jump_15 === 0) {
        v_73 = s_4 * x_3;
        v_t_50 = x_3 * s_t_2 + s_4;
        result_12 = v_73;
        result_t_10 = v_t_50;
    }
    jump_15 = 0;
    return __typegrad.derivativeResult(result_12, result_t_10);
};
const hessian_3 = (x_4, x_v_1) => {
    const stack_8 = __typegrad.valueStack();
    let stored_8 = stack_8.data, top_8 = 0;
    let v_74 = 0, s_5 = 0, v_75 = 0, jump_16 = 0, v_76 = 0, v_t_51 = 0, s_t_3 = 0, d_17 = 0, v_t_52 = 0, d_18 = 0, d_19 = 0, v_t_53 = 0, result_t_11 = 0, v_t_54 = 0, d_20 = 0, d_21 = 0, v_t_55 = 0, taken_16 = 0, taken_17 = 0, taken_18 = 0, x_a_2 = 0, s_a_3 = 0, s_t_a_1 = 0, result_t_a_3 = 0;
    v_74 = x_4 * 3;
    v_t_51 = 3 * x_v_1;
    while (top_8 + 2 > stored_8.length)
        stored_8 = stack_8.grow();
    stored_8[top_8++] = s_5;
    s_5 = v_74;
    stored_8[top_8++] = s_t_3;
    s_t_3 = v_t_51;
    taken_18 = x_4 > 0 ? 1 : 0;
    if (taken_18 === 1) {
        v_75 = Math.sin(s_5);
        d_17 = Math.cos(s_5);
        v_t_52 = d_17 * s_t_3;
        while (top_8 + 2 > stored_8.length)
            stored_8 = stack_8.grow();
        stored_8[top_8++] = s_5;
        s_5 = v_75;
        stored_8[top_8++] = s_t_3;
        s_t_3 = v_t_52;
        taken_17 = 3 > 2 ? 1 : 0;
        if (taken_17 === 1) {
            d_18 = s_5 * s_t_3;
            d_19 = s_5 * s_t_3;
            v_t_53 = d_18 + d_19;
            result_t_11 = v_t_53;
            jump_16 = 3;
        }
        else {
            v_76 = s_5 + 3;
            v_t_54 = s_t_3;
            while (top_8 + 2 > stored_8.length)
                stored_8 = stack_8.grow();
            stored_8[top_8++] = s_5;
            s_5 = v_76;
            stored_8[top_8++] = s_t_3;
            s_t_3 = v_t_54;
        }
    }
    taken_16 = jump_16 === 0 ? 1 : 0;
    if (taken_16 === 1) {
        d_20 = x_4 * s_t_3;
        d_21 = s_5 * x_v_1;
        v_t_55 = d_20 + d_21;
        result_t_11 = v_t_55;
    }
    jump_16 = 0;
    const value_8 = result_t_11;
    let v_a_33 = 0;
    result_t_a_3 = 1;
    if (taken_16 === 1) {
        let d_a_17 = 0, d_a_18 = 0, v_t_a_11 = 0;
        v_t_a_11 = result_t_a_3;
        result_t_a_3 = 0;
        d_a_17 = v_t_a_11;
        d_a_18 = v_t_a_11;
        s_a_3 += x_v_1 * d_a_18;
        x_a_2 += s_t_3 * d_a_17;
        s_t_a_1 += x_4 * d_a_17;
    }
    if (taken_18 === 1) {
        let v_a_34 = 0, d_a_19 = 0, v_t_a_12 = 0;
        if (taken_17 === 1) {
            let d_a_20 = 0, d_a_21 = 0, v_t_a_13 = 0;
            v_t_a_13 = result_t_a_3;
            result_t_a_3 = 0;
            d_a_20 = v_t_a_13;
            d_a_21 = v_t_a_13;
            s_a_3 += s_t_3 * d_a_21;
            s_t_a_1 += s_5 * d_a_21;
            s_a_3 += s_t_3 * d_a_20;
            s_t_a_1 += s_5 * d_a_20;
        }
        else {
            let v_a_35 = 0, v_t_a_14 = 0;
            v_t_a_14 = s_t_a_1;
            s_t_a_1 = 0;
            s_t_3 = stored_8[--top_8];
            v_a_35 = s_a_3;
            s_a_3 = 0;
            s_5 = stored_8[--top_8];
            s_t_a_1 = v_t_a_14;
            s_a_3 = v_a_35;
        }
        v_t_a_12 = s_t_a_1;
        s_t_a_1 = 0;
        s_t_3 = stored_8[--top_8];
        v_a_34 = s_a_3;
        s_a_3 = 0;
        s_5 = stored_8[--top_8];
        d_a_19 = s_t_3 * v_t_a_12;
        s_t_a_1 = d_17 * v_t_a_12;
        s_a_3 = (-Math.sin(s_5)) * d_a_19;
        s_a_3 += Math.cos(s_5) * v_a_34;
    }
    s_t_a_1 = 0;
    s_t_3 = stored_8[--top_8];
    v_a_33 = s_a_3;
    s_a_3 = 0;
    s_5 = stored_8[--top_8];
    x_a_2 += 3 * v_a_33;
    return __typegrad.reverseResult(value_8, [x_a_2]);
};
const gradient_6 = (x_5, y_12) => {
    const stack_9 = __typegrad.valueStack();
    let stored_9 = stack_9.data, top_9 = 0;
    let v_77 = 0, s_6 = 0, v_78 = 0, v_79 = 0, result_13 = 0, jump_17 = 0, v_80 = 0, v_81 = 0, taken_19 = 0, taken_20 = 0, taken_21 = 0, x_a_3 = 0, y_a_6 = 0, s_a_4 = 0, result_a_5 = 0;
    v_77 = x_5 * y_12;
    if (top_9 === stored_9.length)
        stored_9 = stack_9.grow();
    stored_9[top_9++] = s_6;
    s_6 = v_77;
    taken_21 = x_5 > 0 ? 1 : 0;
    if (taken_21 === 1) {
        v_78 = Math.sin(s_6);
        if (top_9 === stored_9.length)
            stored_9 = stack_9.grow();
        stored_9[top_9++] = s_6;
        s_6 = v_78;
        taken_20 = y_12 > 2 ? 1 : 0;
        if (taken_20 === 1) {
            v_79 = s_6 * s_6;
            result_13 = v_79;
            jump_17 = 3;
        }
        else {
            v_80 = s_6 + y_12;
            if (top_9 === stored_9.length)
                stored_9 = stack_9.grow();
            stored_9[top_9++] = s_6;
            s_6 = v_80;
        }
    }
    taken_19 = jump_17 === 0 ? 1 : 0;
    if (taken_19 === 1) {
        v_81 = s_6 * x_5;
        result_13 = v_81;
    }
    const value_9 = result_13;
    let v_a_36 = 0;
    result_a_5 = 1;
    if (taken_19 === 1) {
        let v_a_37 = 0;
        v_a_37 = result_a_5;
        result_a_5 = 0;
        s_a_4 += x_5 * v_a_37;
        x_a_3 += s_6 * v_a_37;
    }
    if (taken_21 === 1) {
        let v_a_38 = 0;
        if (taken_20 === 1) {
            let v_a_39 = 0;
            v_a_39 = result_a_5;
            result_a_5 = 0;
            s_a_4 += s_6 * v_a_39;
            s_a_4 += s_6 * v_a_39;
        }
        else {
            let v_a_40 = 0;
            v_a_40 = s_a_4;
            s_a_4 = 0;
            s_6 = stored_9[--top_9];
            s_a_4 = v_a_40;
            y_a_6 += v_a_40;
        }
        v_a_38 = s_a_4;
        s_a_4 = 0;
        s_6 = stored_9[--top_9];
        s_a_4 = Math.cos(s_6) * v_a_38;
    }
    v_a_36 = s_a_4;
    s_a_4 = 0;
    s_6 = stored_9[--top_9];
    x_a_3 += y_12 * v_a_36;
    y_a_6 += x_5 * v_a_36;
    return __typegrad.reverseResult(value_9, [x_a_3, y_a_6]);
};
const gradient_7 = x_6 => {
    const stack_10 = __typegrad.valueStack();
    let stored_10 = stack_10.data, top_10 = 0;
    let v_82 = 0, s_7 = 0, v_83 = 0, v_84 = 0, result_14 = 0, jump_18 = 0, v_85 = 0, v_86 = 0, taken_22 = 0, taken_23 = 0, taken_24 = 0, x_a_4 = 0, s_a_5 = 0, result_a_6 = 0;
    v_82 = x_6;
    if (top_10 === stored_10.length)
        stored_10 = stack_10.grow();
    stored_10[top_10++] = s_7;
    s_7 = v_82;
    taken_24 = x_6 > 0 ? 1 : 0;
    if (taken_24 === 1) {
        v_83 = Math.sin(s_7);
        if (top_10 === stored_10.length)
            stored_10 = stack_10.grow();
        stored_10[top_10++] = s_7;
        s_7 = v_83;
        taken_23 = 1 > 2 ? 1 : 0;
        if (taken_23 === 1) {
            v_84 = s_7 * s_7;
            result_14 = v_84;
            jump_18 = 3;
        }
        else {
            v_85 = s_7 + 1;
            if (top_10 === stored_10.length)
                stored_10 = stack_10.grow();
            stored_10[top_10++] = s_7;
            s_7 = v_85;
        }
    }
    taken_22 = jump_18 === 0 ? 1 : 0;
    if (taken_22 === 1) {
        v_86 = s_7 * x_6;
        result_14 = v_86;
    }
    jump_18 = 0;
    const value_10 = result_14;
    let v_a_41 = 0;
    result_a_6 = 1;
    if (taken_22 === 1) {
        let v_a_42 = 0;
        v_a_42 = result_a_6;
        result_a_6 = 0;
        s_a_5 += x_6 * v_a_42;
        x_a_4 += s_7 * v_a_42;
    }
    if (taken_24 === 1) {
        let v_a_43 = 0;
        if (taken_23 === 1) {
            let v_a_44 = 0;
            v_a_44 = result_a_6;
            result_a_6 = 0;
            s_a_5 += s_7 * v_a_44;
            s_a_5 += s_7 * v_a_44;
        }
        else {
            let v_a_45 = 0;
            v_a_45 = s_a_5;
            s_a_5 = 0;
            s_7 = stored_10[--top_10];
            s_a_5 = v_a_45;
        }
        v_a_43 = s_a_5;
        s_a_5 = 0;
        s_7 = stored_10[--top_10];
        s_a_5 = Math.cos(s_7) * v_a_43;
    }
    v_a_41 = s_a_5;
    s_a_5 = 0;
    s_7 = stored_10[--top_10];
    x_a_4 += v_a_41;
    return __typegrad.reverseResult(value_10, [x_a_4]);
};
const forward_5 = (x_7, x_t_2) => {
    let v_87 = 0, v_t_56 = 0, s_8 = 0, s_t_4 = 0, v_88 = 0, v_t_57 = 0, v_89 = 0, v_t_58 = 0, result_15 = 0, result_t_12 = 0, jump_19 = 0, v_90 = 0, v_t_59 = 0, v_91 = 0, v_t_60 = 0;
    v_87 = x_7;
    v_t_56 = x_t_2;
    s_8 = v_87;
    s_t_4 = v_t_56;
    if (x_7 > 0) {
        v_88 = Math.sin(s_8);
        v_t_57 = Math.cos(s_8) * s_t_4;
        s_8 = v_88;
        s_t_4 = v_t_57;
        if (1 > 2) {
            v_89 = s_8 * s_8;
            v_t_58 = s_8 * s_t_4 + s_8 * s_t_4;
            result_15 = v_89;
            result_t_12 = v_t_58;
            jump_19 = 3;
        }
        else {
            v_90 = s_8 + 1;
            v_t_59 = s_t_4;
            s_8 = v_90;
            s_t_4 = v_t_59;
        }
    }
    if (jump_19 === 0) {
        v_91 = s_8 * x_7;
        v_t_60 = x_7 * s_t_4 + s_8 * x_t_2;
        result_15 = v_91;
        result_t_12 = v_t_60;
    }
    jump_19 = 0;
    return __typegrad.forwardResult(result_15, result_t_12);
};
const derivative_5 = x_8 => {
    let v_92 = 0, v_t_61 = 0, s_9 = 0, s_t_5 = 0, v_93 = 0, v_t_62 = 0, v_94 = 0, v_t_63 = 0, result_16 = 0, result_t_13 = 0, jump_20 = 0, v_95 = 0, v_t_64 = 0, v_96 = 0, v_t_65 = 0;
    v_92 = x_8;
    v_t_61 = 1;
    s_9 = v_92;
    s_t_5 = v_t_61;
    if (x_8 > 0) {
        v_93 = Math.sin(s_9);
        v_t_62 = Math.cos(s_9) * s_t_5;
        s_9 = v_93;
        s_t_5 = v_t_62;
        if (1 > 2) {
            v_94 = s_9 * s_9;
            v_t_63 = s_9 * s_t_5 + s_9 * s_t_5;
            result_16 = v_94;
            result_t_13 = v_t_63;
            jump_20 = 3;
        }
        else {
            v_95 = s_9 + 1;
            v_t_64 = s_t_5;
            s_9 = v_95;
            s_t_5 = v_t_64;
        }
    }
    if (jump_20 === 0) {
        v_96 = s_9 * x_8;
        v_t_65 = x_8 * s_t_5 + s_9;
        result_16 = v_96;
        result_t_13 = v_t_65;
    }
    jump_20 = 0;
    return __typegrad.derivativeResult(result_16, result_t_13);
};
const hessian_4 = (x_9, x_v_2) => {
    const stack_11 = __typegrad.valueStack();
    let stored_11 = stack_11.data, top_11 = 0;
    let v_97 = 0, s_10 = 0, v_98 = 0, jump_21 = 0, v_99 = 0, v_t_66 = 0, s_t_6 = 0, d_22 = 0, v_t_67 = 0, d_23 = 0, d_24 = 0, v_t_68 = 0, result_t_14 = 0, v_t_69 = 0, d_25 = 0, d_26 = 0, v_t_70 = 0, taken_25 = 0, taken_26 = 0, taken_27 = 0, x_a_5 = 0, s_a_6 = 0, s_t_a_2 = 0, result_t_a_4 = 0;
    v_97 = x_9;
    v_t_66 = x_v_2;
    while (top_11 + 2 > stored_11.length)
        stored_11 = stack_11.grow();
    stored_11[top_11++] = s_10;
    s_10 = v_97;
    stored_11[top_11++] = s_t_6;
    s_t_6 = v_t_66;
    taken_27 = x_9 > 0 ? 1 : 0;
    if (taken_27 === 1) {
        v_98 = Math.sin(s_10);
        d_22 = Math.cos(s_10);
        v_t_67 = d_22 * s_t_6;
        while (top_11 + 2 > stored_11.length)
            stored_11 = stack_11.grow();
        stored_11[top_11++] = s_10;
        s_10 = v_98;
        stored_11[top_11++] = s_t_6;
        s_t_6 = v_t_67;
        taken_26 = 1 > 2 ? 1 : 0;
        if (taken_26 === 1) {
            d_23 = s_10 * s_t_6;
            d_24 = s_10 * s_t_6;
            v_t_68 = d_23 + d_24;
            result_t_14 = v_t_68;
            jump_21 = 3;
        }
        else {
            v_99 = s_10 + 1;
            v_t_69 = s_t_6;
            while (top_11 + 2 > stored_11.length)
                stored_11 = stack_11.grow();
            stored_11[top_11++] = s_10;
            s_10 = v_99;
            stored_11[top_11++] = s_t_6;
            s_t_6 = v_t_69;
        }
    }
    taken_25 = jump_21 === 0 ? 1 : 0;
    if (taken_25 === 1) {
        d_25 = x_9 * s_t_6;
        d_26 = s_10 * x_v_2;
        v_t_70 = d_25 + d_26;
        result_t_14 = v_t_70;
    }
    jump_21 = 0;
    const value_11 = result_t_14;
    let v_a_46 = 0;
    result_t_a_4 = 1;
    if (taken_25 === 1) {
        let d_a_22 = 0, d_a_23 = 0, v_t_a_15 = 0;
        v_t_a_15 = result_t_a_4;
        result_t_a_4 = 0;
        d_a_22 = v_t_a_15;
        d_a_23 = v_t_a_15;
        s_a_6 += x_v_2 * d_a_23;
        x_a_5 += s_t_6 * d_a_22;
        s_t_a_2 += x_9 * d_a_22;
    }
    if (taken_27 === 1) {
        let v_a_47 = 0, d_a_24 = 0, v_t_a_16 = 0;
        if (taken_26 === 1) {
            let d_a_25 = 0, d_a_26 = 0, v_t_a_17 = 0;
            v_t_a_17 = result_t_a_4;
            result_t_a_4 = 0;
            d_a_25 = v_t_a_17;
            d_a_26 = v_t_a_17;
            s_a_6 += s_t_6 * d_a_26;
            s_t_a_2 += s_10 * d_a_26;
            s_a_6 += s_t_6 * d_a_25;
            s_t_a_2 += s_10 * d_a_25;
        }
        else {
            let v_a_48 = 0, v_t_a_18 = 0;
            v_t_a_18 = s_t_a_2;
            s_t_a_2 = 0;
            s_t_6 = stored_11[--top_11];
            v_a_48 = s_a_6;
            s_a_6 = 0;
            s_10 = stored_11[--top_11];
            s_t_a_2 = v_t_a_18;
            s_a_6 = v_a_48;
        }
        v_t_a_16 = s_t_a_2;
        s_t_a_2 = 0;
        s_t_6 = stored_11[--top_11];
        v_a_47 = s_a_6;
        s_a_6 = 0;
        s_10 = stored_11[--top_11];
        d_a_24 = s_t_6 * v_t_a_16;
        s_t_a_2 = d_22 * v_t_a_16;
        s_a_6 = (-Math.sin(s_10)) * d_a_24;
        s_a_6 += Math.cos(s_10) * v_a_47;
    }
    s_t_a_2 = 0;
    s_t_6 = stored_11[--top_11];
    v_a_46 = s_a_6;
    s_a_6 = 0;
    s_10 = stored_11[--top_11];
    x_a_5 += v_a_46;
    return __typegrad.reverseResult(value_11, [x_a_5]);
};
const forward_6 = (t_1, t_t_1) => {
    let v_100 = 0, v_t_71 = 0, s_11 = 0, s_t_7 = 0, v_101 = 0, v_t_72 = 0, v_102 = 0, v_t_73 = 0, result_17 = 0, result_t_15 = 0, jump_22 = 0, v_103 = 0, v_t_74 = 0, v_104 = 0, v_t_75 = 0;
    v_100 = t_1;
    v_t_71 = t_t_1;
    s_11 = v_100;
    s_t_7 = v_t_71;
    if (t_1 > 0) {
        v_101 = Math.sin(s_11);
        v_t_72 = Math.cos(s_11) * s_t_7;
        s_11 = v_101;
        s_t_7 = v_t_72;
        if (1 > 2) {
            v_102 = s_11 * s_11;
            v_t_73 = s_11 * s_t_7 + s_11 * s_t_7;
            result_17 = v_102;
            result_t_15 = v_t_73;
            jump_22 = 3;
        }
        else {
            v_103 = s_11 + 1;
            v_t_74 = s_t_7;
            s_11 = v_103;
            s_t_7 = v_t_74;
        }
    }
    if (jump_22 === 0) {
        v_104 = s_11 * t_1;
        v_t_75 = t_1 * s_t_7 + s_11 * t_t_1;
        result_17 = v_104;
        result_t_15 = v_t_75;
    }
    jump_22 = 0;
    return __typegrad.forwardResult(result_17, result_t_15);
};
const derivative_6 = t_2 => {
    let v_105 = 0, v_t_76 = 0, s_12 = 0, s_t_8 = 0, v_106 = 0, v_t_77 = 0, v_107 = 0, v_t_78 = 0, result_18 = 0, result_t_16 = 0, jump_23 = 0, v_108 = 0, v_t_79 = 0, v_109 = 0, v_t_80 = 0;
    v_105 = t_2;
    v_t_76 = 1;
    s_12 = v_105;
    s_t_8 = v_t_76;
    if (t_2 > 0) {
        v_106 = Math.sin(s_12);
        v_t_77 = Math.cos(s_12) * s_t_8;
        s_12 = v_106;
        s_t_8 = v_t_77;
        if (1 > 2) {
            v_107 = s_12 * s_12;
            v_t_78 = s_12 * s_t_8 + s_12 * s_t_8;
            result_18 = v_107;
            result_t_16 = v_t_78;
            jump_23 = 3;
        }
        else {
            v_108 = s_12 + 1;
            v_t_79 = s_t_8;
            s_12 = v_108;
            s_t_8 = v_t_79;
        }
    }
    if (jump_23 === 0) {
        v_109 = s_12 * t_2;
        v_t_80 = t_2 * s_t_8 + s_12;
        result_18 = v_109;
        result_t_16 = v_t_80;
    }
    jump_23 = 0;
    return __typegrad.derivativeResult(result_18, result_t_16);
};
const gradient_8 = x_10 => {
    const stack_12 = __typegrad.valueStack();
    let stored_12 = stack_12.data, top_12 = 0;
    let s_13 = 0, n_1 = 0, v_110 = 0, v_111 = 0, passes_7 = 0, x_a_6 = 0, s_a_7 = 0;
    if (top_12 === stored_12.length)
        stored_12 = stack_12.grow();
    stored_12[top_12++] = s_13;
    s_13 = x_10;
    n_1 = 0;
    passes_7 = 0;
    do {
        while (top_12 + 2 > stored_12.length)
            stored_12 = stack_12.grow();
        stored_12[top_12++] = v_110;
        v_110 = Math.cos(s_13);
        v_111 = v_110 * x_10;
        stored_12[top_12++] = s_13;
        s_13 = v_111;
        n_1 = n_1 + 1;
        passes_7++;
    } while ((n_1 < 30) && (Math.abs(s_13 - x_10) > 0.01));
    const value_12 = s_13;
    s_a_7 = 1;
    while (passes_7-- > 0) {
        let v_a_49 = 0, v_a_50 = 0;
        v_a_50 = s_a_7;
        s_a_7 = 0;
        s_13 = stored_12[--top_12];
        v_a_49 = x_10 * v_a_50;
        x_a_6 += v_110 * v_a_50;
        s_a_7 = (-Math.sin(s_13)) * v_a_49;
        v_110 = stored_12[--top_12];
    }
    x_a_6 += s_a_7;
    s_a_7 = 0;
    s_13 = stored_12[--top_12];
    return __typegrad.reverseResult(value_12, [x_a_6]);
};
const forward_7 = (x_11, x_t_3) => {
    let s_14 = 0, s_t_9 = 0, n_2 = 0, v_112 = 0, v_t_81 = 0, v_113 = 0, v_t_82 = 0;
    s_14 = x_11;
    s_t_9 = x_t_3;
    n_2 = 0;
    do {
        v_112 = Math.cos(s_14);
        v_t_81 = (-Math.sin(s_14)) * s_t_9;
        v_113 = v_112 * x_11;
        v_t_82 = x_11 * v_t_81 + v_112 * x_t_3;
        s_14 = v_113;
        s_t_9 = v_t_82;
        n_2 = n_2 + 1;
    } while ((n_2 < 30) && (Math.abs(s_14 - x_11) > 0.01));
    return __typegrad.forwardResult(s_14, s_t_9);
};
const derivative_7 = x_12 => {
    let s_15 = 0, s_t_10 = 0, n_3 = 0, v_114 = 0, v_t_83 = 0, v_115 = 0, v_t_84 = 0;
    s_15 = x_12;
    s_t_10 = 1;
    n_3 = 0;
    do {
        v_114 = Math.cos(s_15);
        v_t_83 = (-Math.sin(s_15)) * s_t_10;
        v_115 = v_114 * x_12;
        v_t_84 = x_12 * v_t_83 + v_114;
        s_15 = v_115;
        s_t_10 = v_t_84;
        n_3 = n_3 + 1;
    } while ((n_3 < 30) && (Math.abs(s_15 - x_12) > 0.01));
    return __typegrad.derivativeResult(s_15, s_t_10);
};
const hessian_5 = (x_13, x_v_3) => {
    const stack_13 = __typegrad.valueStack();
    let stored_13 = stack_13.data, top_13 = 0;
    let s_16 = 0, n_4 = 0, v_116 = 0, v_117 = 0, s_t_11 = 0, d_27 = 0, d_28 = 0, v_t_85 = 0, d_29 = 0, d_30 = 0, v_t_86 = 0, passes_8 = 0, x_a_7 = 0, s_a_8 = 0, s_t_a_3 = 0;
    while (top_13 + 2 > stored_13.length)
        stored_13 = stack_13.grow();
    stored_13[top_13++] = s_16;
    s_16 = x_13;
    stored_13[top_13++] = s_t_11;
    s_t_11 = x_v_3;
    n_4 = 0;
    passes_8 = 0;
    do {
        while (top_13 + 5 > stored_13.length)
            stored_13 = stack_13.grow();
        stored_13[top_13++] = v_116;
        v_116 = Math.cos(s_16);
        stored_13[top_13++] = d_27;
        d_27 = Math.sin(s_16);
        d_28 = -d_27;
        stored_13[top_13++] = v_t_85;
        v_t_85 = d_28 * s_t_11;
        v_117 = v_116 * x_13;
        d_29 = x_13 * v_t_85;
        d_30 = v_116 * x_v_3;
        v_t_86 = d_29 + d_30;
        stored_13[top_13++] = s_16;
        s_16 = v_117;
        stored_13[top_13++] = s_t_11;
        s_t_11 = v_t_86;
        n_4 = n_4 + 1;
        passes_8++;
    } while ((n_4 < 30) && (Math.abs(s_16 - x_13) > 0.01));
    const value_13 = s_t_11;
    s_t_a_3 = 1;
    while (passes_8-- > 0) {
        d_28 = -d_27;
        let v_a_51 = 0, d_a_27 = 0, d_a_28 = 0, v_t_a_19 = 0, v_a_52 = 0, d_a_29 = 0, d_a_30 = 0, v_t_a_20 = 0;
        v_t_a_20 = s_t_a_3;
        s_t_a_3 = 0;
        s_t_11 = stored_13[--top_13];
        v_a_52 = s_a_8;
        s_a_8 = 0;
        s_16 = stored_13[--top_13];
        d_a_29 = v_t_a_20;
        d_a_30 = v_t_a_20;
        v_a_51 = x_v_3 * d_a_30;
        x_a_7 += v_t_85 * d_a_29;
        v_t_a_19 = x_13 * d_a_29;
        v_a_51 += x_13 * v_a_52;
        x_a_7 += v_116 * v_a_52;
        d_a_28 = s_t_11 * v_t_a_19;
        s_t_a_3 = d_28 * v_t_a_19;
        v_t_85 = stored_13[--top_13];
        d_a_27 = -d_a_28;
        s_a_8 = Math.cos(s_16) * d_a_27;
        d_27 = stored_13[--top_13];
        s_a_8 += (-Math.sin(s_16)) * v_a_51;
        v_116 = stored_13[--top_13];
    }
    s_t_a_3 = 0;
    s_t_11 = stored_13[--top_13];
    x_a_7 += s_a_8;
    s_a_8 = 0;
    s_16 = stored_13[--top_13];
    return __typegrad.reverseResult(value_13, [x_a_7]);
};
const gradient_9 = x_14 => {
    const stack_14 = __typegrad.valueStack();
    let stored_14 = stack_14.data, top_14 = 0;
    let s_17 = 0, n_5 = 0, v_118 = 0, v_119 = 0, passes_9 = 0, x_a_8 = 0, s_a_9 = 0;
    if (top_14 === stored_14.length)
        stored_14 = stack_14.grow();
    stored_14[top_14++] = s_17;
    s_17 = x_14;
    n_5 = 0;
    passes_9 = 0;
    do {
        while (top_14 + 2 > stored_14.length)
            stored_14 = stack_14.grow();
        stored_14[top_14++] = v_118;
        v_118 = Math.cos(s_17);
        v_119 = v_118 * x_14;
        stored_14[top_14++] = s_17;
        s_17 = v_119;
        n_5 = n_5 + 1;
        passes_9++;
    } while ((n_5 < 30) && (Math.abs(s_17 - x_14) > 0.01));
    const value_14 = s_17;
    s_a_9 = 1;
    while (passes_9-- > 0) {
        let v_a_53 = 0, v_a_54 = 0;
        v_a_54 = s_a_9;
        s_a_9 = 0;
        s_17 = stored_14[--top_14];
        v_a_53 = x_14 * v_a_54;
        x_a_8 += v_118 * v_a_54;
        s_a_9 = (-Math.sin(s_17)) * v_a_53;
        v_118 = stored_14[--top_14];
    }
    x_a_8 += s_a_9;
    s_a_9 = 0;
    s_17 = stored_14[--top_14];
    return __typegrad.reverseResult(value_14, [x_a_8]);
};
const gradient_10 = x_15 => {
    const stack_15 = __typegrad.valueStack();
    let stored_15 = stack_15.data, top_15 = 0;
    let s_18 = 0, n_6 = 0, v_120 = 0, v_121 = 0, passes_10 = 0, x_a_9 = 0, s_a_10 = 0;
    if (top_15 === stored_15.length)
        stored_15 = stack_15.grow();
    stored_15[top_15++] = s_18;
    s_18 = x_15;
    n_6 = 0;
    passes_10 = 0;
    do {
        while (top_15 + 2 > stored_15.length)
            stored_15 = stack_15.grow();
        stored_15[top_15++] = v_120;
        v_120 = Math.cos(s_18);
        v_121 = v_120 * x_15;
        stored_15[top_15++] = s_18;
        s_18 = v_121;
        n_6 = n_6 + 1;
        passes_10++;
    } while ((n_6 < 30) && (Math.abs(s_18 - x_15) > 0.01));
    const value_15 = s_18;
    s_a_10 = 1;
    while (passes_10-- > 0) {
        let v_a_55 = 0, v_a_56 = 0;
        v_a_56 = s_a_10;
        s_a_10 = 0;
        s_18 = stored_15[--top_15];
        v_a_55 = x_15 * v_a_56;
        x_a_9 += v_120 * v_a_56;
        s_a_10 = (-Math.sin(s_18)) * v_a_55;
        v_120 = stored_15[--top_15];
    }
    x_a_9 += s_a_10;
    s_a_10 = 0;
    s_18 = stored_15[--top_15];
    return __typegrad.reverseResult(value_15, [x_a_9]);
};
const forward_8 = (x_16, x_t_4) => {
    let s_19 = 0, s_t_12 = 0, n_7 = 0, v_122 = 0, v_t_87 = 0, v_123 = 0, v_t_88 = 0;
    s_19 = x_16;
    s_t_12 = x_t_4;
    n_7 = 0;
    do {
        v_122 = Math.cos(s_19);
        v_t_87 = (-Math.sin(s_19)) * s_t_12;
        v_123 = v_122 * x_16;
        v_t_88 = x_16 * v_t_87 + v_122 * x_t_4;
        s_19 = v_123;
        s_t_12 = v_t_88;
        n_7 = n_7 + 1;
    } while ((n_7 < 30) && (Math.abs(s_19 - x_16) > 0.01));
    return __typegrad.forwardResult(s_19, s_t_12);
};
const derivative_8 = x_17 => {
    let s_20 = 0, s_t_13 = 0, n_8 = 0, v_124 = 0, v_t_89 = 0, v_125 = 0, v_t_90 = 0;
    s_20 = x_17;
    s_t_13 = 1;
    n_8 = 0;
    do {
        v_124 = Math.cos(s_20);
        v_t_89 = (-Math.sin(s_20)) * s_t_13;
        v_125 = v_124 * x_17;
        v_t_90 = x_17 * v_t_89 + v_124;
        s_20 = v_125;
        s_t_13 = v_t_90;
        n_8 = n_8 + 1;
    } while ((n_8 < 30) && (Math.abs(s_20 - x_17) > 0.01));
    return __typegrad.derivativeResult(s_20, s_t_13);
};
const hessian_6 = (x_18, x_v_4) => {
    const stack_16 = __typegrad.valueStack();
    let stored_16 = stack_16.data, top_16 = 0;
    let s_21 = 0, n_9 = 0, v_126 = 0, v_127 = 0, s_t_14 = 0, d_31 = 0, d_32 = 0, v_t_91 = 0, d_33 = 0, d_34 = 0, v_t_92 = 0, passes_11 = 0, x_a_10 = 0, s_a_11 = 0, s_t_a_4 = 0;
    while (top_16 + 2 > stored_16.length)
        stored_16 = stack_16.grow();
    stored_16[top_16++] = s_21;
    s_21 = x_18;
    stored_16[top_16++] = s_t_14;
    s_t_14 = x_v_4;
    n_9 = 0;
    passes_11 = 0;
    do {
        while (top_16 + 5 > stored_16.length)
            stored_16 = stack_16.grow();
        stored_16[top_16++] = v_126;
        v_126 = Math.cos(s_21);
        stored_16[top_16++] = d_31;
        d_31 = Math.sin(s_21);
        d_32 = -d_31;
        stored_16[top_16++] = v_t_91;
        v_t_91 = d_32 * s_t_14;
        v_127 = v_126 * x_18;
        d_33 = x_18 * v_t_91;
        d_34 = v_126 * x_v_4;
        v_t_92 = d_33 + d_34;
        stored_16[top_16++] = s_21;
        s_21 = v_127;
        stored_16[top_16++] = s_t_14;
        s_t_14 = v_t_92;
        n_9 = n_9 + 1;
        passes_11++;
    } while ((n_9 < 30) && (Math.abs(s_21 - x_18) > 0.01));
    const value_16 = s_t_14;
    s_t_a_4 = 1;
    while (passes_11-- > 0) {
        d_32 = -d_31;
        let v_a_57 = 0, d_a_31 = 0, d_a_32 = 0, v_t_a_21 = 0, v_a_58 = 0, d_a_33 = 0, d_a_34 = 0, v_t_a_22 = 0;
        v_t_a_22 = s_t_a_4;
        s_t_a_4 = 0;
        s_t_14 = stored_16[--top_16];
        v_a_58 = s_a_11;
        s_a_11 = 0;
        s_21 = stored_16[--top_16];
        d_a_33 = v_t_a_22;
        d_a_34 = v_t_a_22;
        v_a_57 = x_v_4 * d_a_34;
        x_a_10 += v_t_91 * d_a_33;
        v_t_a_21 = x_18 * d_a_33;
        v_a_57 += x_18 * v_a_58;
        x_a_10 += v_126 * v_a_58;
        d_a_32 = s_t_14 * v_t_a_21;
        s_t_a_4 = d_32 * v_t_a_21;
        v_t_91 = stored_16[--top_16];
        d_a_31 = -d_a_32;
        s_a_11 = Math.cos(s_21) * d_a_31;
        d_31 = stored_16[--top_16];
        s_a_11 += (-Math.sin(s_21)) * v_a_57;
        v_126 = stored_16[--top_16];
    }
    s_t_a_4 = 0;
    s_t_14 = stored_16[--top_16];
    x_a_10 += s_a_11;
    s_a_11 = 0;
    s_21 = stored_16[--top_16];
    return __typegrad.reverseResult(value_16, [x_a_10]);
};
const forward_9 = (x_19, x_t_5) => {
    let s_22 = 0, s_t_15 = 0, n_10 = 0, v_128 = 0, v_t_93 = 0, v_129 = 0, v_t_94 = 0;
    s_22 = x_19;
    s_t_15 = x_t_5;
    n_10 = 0;
    do {
        v_128 = Math.cos(s_22);
        v_t_93 = (-Math.sin(s_22)) * s_t_15;
        v_129 = v_128 * x_19;
        v_t_94 = x_19 * v_t_93 + v_128 * x_t_5;
        s_22 = v_129;
        s_t_15 = v_t_94;
        n_10 = n_10 + 1;
    } while ((n_10 < 30) && (Math.abs(s_22 - x_19) > 0.01));
    return __typegrad.forwardResult(s_22, s_t_15);
};
const derivative_9 = x_20 => {
    let s_23 = 0, s_t_16 = 0, n_11 = 0, v_130 = 0, v_t_95 = 0, v_131 = 0, v_t_96 = 0;
    s_23 = x_20;
    s_t_16 = 1;
    n_11 = 0;
    do {
        v_130 = Math.cos(s_23);
        v_t_95 = (-Math.sin(s_23)) * s_t_16;
        v_131 = v_130 * x_20;
        v_t_96 = x_20 * v_t_95 + v_130;
        s_23 = v_131;
        s_t_16 = v_t_96;
        n_11 = n_11 + 1;
    } while ((n_11 < 30) && (Math.abs(s_23 - x_20) > 0.01));
    return __typegrad.derivativeResult(s_23, s_t_16);
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
    { f: __typegrad.attach((a) => newtonSqrt(a), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((a) => newtonSqrt$ad(a), forward_1, derivative_1), gradient_1, "n"), hessian_1, "n")), at: [2], grad: (a) => grad(__typegrad.withReverse(newtonSqrt$ad, gradient_2, "n"))(a) },
    { f: __typegrad.attach((a) => newtonSqrt(a), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((a) => newtonSqrt$ad(a), forward_2, derivative_2), gradient_3, "n"), hessian_2, "n")), at: [2], grad: (a) => derivative(__typegrad.withForward(newtonSqrt$ad, forward_3, derivative_3))(a) },
    { f: __typegrad.attach((v) => positivePrefix([1, v, -2, 1.5, 3], 4), (v) => positivePrefix$ad([1, v, -2, 1.5, 3], 4)), at: [0.7], grad: (v) => grad(__typegrad.withReverse(positivePrefix$ad, gradient_4, "an"))([1, v, -2, 1.5, 3], 4)[0][1] },
    { f: __typegrad.attach((x) => joined(x, 3), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => joined$ad(x, 3), forward_4, derivative_4), gradient_5, "n"), hessian_3, "n")), at: [0.4], grad: (x) => grad(__typegrad.withReverse(joined$ad, gradient_6, "nn"))(x, 3)[0] },
    { f: __typegrad.attach((x) => joined(x, 1), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => joined$ad(x, 1), forward_5, derivative_5), gradient_7, "n"), hessian_4, "n")), at: [0.4], grad: (x) => derivative(__typegrad.withForward((t) => joined$ad(t, 1), forward_6, derivative_6))(x) },
    { f: __typegrad.attach((x) => settle(x), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => settle$ad(x), forward_7, derivative_7), gradient_8, "n"), hessian_5, "n")), at: [0.6], grad: (x) => grad(__typegrad.withReverse(settle$ad, gradient_9, "n"))(x) },
    { f: __typegrad.attach((x) => settle(x), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => settle$ad(x), forward_8, derivative_8), gradient_10, "n"), hessian_6, "n")), at: [0.6], grad: (x) => derivative(__typegrad.withForward(settle$ad, forward_9, derivative_9))(x) },
];
