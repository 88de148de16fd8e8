// @explain: true
// The `explain` option: each transform call site says whether it runs compiled code or the
// tape, and which construct keeps it on the tape.
import { derivative, grad, valueAndGrad } from "typegrad";
import * as __typegrad from "typegrad";
const gradient_1 = x_1 => {
    let v_1 = 0, x_a_1 = 0;
    v_1 = x_1 * x_1;
    const value_1 = v_1;
    let v_a_1 = 0;
    v_a_1 = 1;
    x_a_1 += x_1 * v_a_1;
    x_a_1 += x_1 * v_a_1;
    return __typegrad.reverseResult(value_1, [x_a_1]);
};
const forward_1 = (x_2, x_t_1) => {
    let v_2 = 0, v_t_1 = 0;
    v_2 = x_2 * x_2;
    v_t_1 = x_2 * x_t_1 + x_2 * x_t_1;
    return __typegrad.forwardResult(v_2, v_t_1);
};
const derivative_1 = x_3 => {
    let v_3 = 0, v_t_2 = 0;
    v_3 = x_3 * x_3;
    v_t_2 = x_3 + x_3;
    return __typegrad.derivativeResult(v_3, v_t_2);
};
const hessian_1 = (x_4, x_v_1) => {
    let d_1 = 0, d_2 = 0, v_t_3 = 0, x_a_2 = 0;
    d_1 = x_4 * x_v_1;
    d_2 = x_4 * x_v_1;
    v_t_3 = d_1 + d_2;
    const value_2 = v_t_3;
    let d_a_1 = 0, d_a_2 = 0, v_t_a_1 = 0;
    v_t_a_1 = 1;
    d_a_1 = v_t_a_1;
    d_a_2 = v_t_a_1;
    x_a_2 += x_v_1 * d_a_2;
    x_a_2 += x_v_1 * d_a_1;
    return __typegrad.reverseResult(value_2, [x_a_2]);
};
const gradient_2 = (x_5, y_1) => {
    let c_1 = 0, v_4 = 0, z_1 = 0, v_5 = 0, result_1 = 0, taken_1 = 0, taken_2 = 0, x_a_3 = 0, y_a_1 = 0, c_a_1 = 0, result_a_1 = 0;
    taken_2 = (x_5 * y_1) > 1 ? 1 : 0;
    if (taken_2 === 1) {
        c_1 = 1;
    }
    else {
        v_4 = x_5 * y_1;
        c_1 = v_4;
    }
    z_1 = c_1;
    taken_1 = (x_5 > 0) && (y_1 > 0) ? 1 : 0;
    if (taken_1 === 1) {
        v_5 = z_1 * x_5;
        result_1 = v_5;
    }
    else {
        result_1 = z_1;
    }
    const value_3 = result_1;
    let z_a_1 = 0;
    result_a_1 = 1;
    if (taken_1 === 1) {
        let v_a_2 = 0;
        v_a_2 = result_a_1;
        result_a_1 = 0;
        z_a_1 += x_5 * v_a_2;
        x_a_3 += z_1 * v_a_2;
    }
    else {
        z_a_1 += result_a_1;
        result_a_1 = 0;
    }
    c_a_1 = z_a_1;
    if (taken_2 === 1) {
        c_a_1 = 0;
    }
    else {
        let v_a_3 = 0;
        v_a_3 = c_a_1;
        c_a_1 = 0;
        x_a_3 += y_1 * v_a_3;
        y_a_1 += x_5 * v_a_3;
    }
    return __typegrad.reverseResult(value_3, [x_a_3, y_a_1]);
};
const forward_2 = (x_6, x_t_2, y_2, y_t_1) => {
    let c_2 = 0, c_t_1 = 0, v_6 = 0, v_t_4 = 0, z_2 = 0, z_t_1 = 0, v_7 = 0, v_t_5 = 0, result_2 = 0, result_t_1 = 0;
    if ((x_6 * y_2) > 1) {
        c_2 = 1;
        c_t_1 = 0;
    }
    else {
        v_6 = x_6 * y_2;
        v_t_4 = y_2 * x_t_2 + x_6 * y_t_1;
        c_2 = v_6;
        c_t_1 = v_t_4;
    }
    z_2 = c_2;
    z_t_1 = c_t_1;
    if ((x_6 > 0) && (y_2 > 0)) {
        v_7 = z_2 * x_6;
        v_t_5 = x_6 * z_t_1 + z_2 * x_t_2;
        result_2 = v_7;
        result_t_1 = v_t_5;
    }
    else {
        result_2 = z_2;
        result_t_1 = z_t_1;
    }
    return __typegrad.forwardResult(result_2, result_t_1);
};
const hessian_2 = (x_7, y_3, x_v_2, y_v_1) => {
    let c_3 = 0, v_8 = 0, z_3 = 0, c_t_2 = 0, d_3 = 0, d_4 = 0, v_t_6 = 0, z_t_2 = 0, d_5 = 0, d_6 = 0, v_t_7 = 0, result_t_2 = 0, taken_3 = 0, taken_4 = 0, x_a_4 = 0, y_a_2 = 0, c_a_2 = 0, c_t_a_1 = 0, result_t_a_1 = 0;
    taken_4 = (x_7 * y_3) > 1 ? 1 : 0;
    if (taken_4 === 1) {
        c_3 = 1;
        c_t_2 = 0;
    }
    else {
        v_8 = x_7 * y_3;
        d_3 = y_3 * x_v_2;
        d_4 = x_7 * y_v_1;
        v_t_6 = d_3 + d_4;
        c_3 = v_8;
        c_t_2 = v_t_6;
    }
    z_3 = c_3;
    z_t_2 = c_t_2;
    taken_3 = (x_7 > 0) && (y_3 > 0) ? 1 : 0;
    if (taken_3 === 1) {
        d_5 = x_7 * z_t_2;
        d_6 = z_3 * x_v_2;
        v_t_7 = d_5 + d_6;
        result_t_2 = v_t_7;
    }
    else {
        result_t_2 = z_t_2;
    }
    const value_4 = result_t_2;
    let z_a_2 = 0, z_t_a_1 = 0;
    result_t_a_1 = 1;
    if (taken_3 === 1) {
        let d_a_3 = 0, d_a_4 = 0, v_t_a_2 = 0;
        v_t_a_2 = result_t_a_1;
        result_t_a_1 = 0;
        d_a_3 = v_t_a_2;
        d_a_4 = v_t_a_2;
        z_a_2 += x_v_2 * d_a_4;
        x_a_4 += z_t_2 * d_a_3;
        z_t_a_1 += x_7 * d_a_3;
    }
    else {
        z_t_a_1 += result_t_a_1;
        result_t_a_1 = 0;
    }
    c_t_a_1 = z_t_a_1;
    c_a_2 = z_a_2;
    if (taken_4 === 1) {
        c_t_a_1 = 0;
        c_a_2 = 0;
    }
    else {
        let v_a_4 = 0, d_a_5 = 0, d_a_6 = 0, v_t_a_3 = 0;
        v_t_a_3 = c_t_a_1;
        c_t_a_1 = 0;
        v_a_4 = c_a_2;
        c_a_2 = 0;
        d_a_5 = v_t_a_3;
        d_a_6 = v_t_a_3;
        x_a_4 += y_v_1 * d_a_6;
        y_a_2 += x_v_2 * d_a_5;
        x_a_4 += y_3 * v_a_4;
        y_a_2 += x_7 * v_a_4;
    }
    return __typegrad.reverseResult(value_4, [x_a_4, y_a_2]);
};
__typegrad.attach(clamped, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward(clamped$ad, forward_2), gradient_2, "nn"), hessian_2, "nn"));
const gradient_3 = x_8 => {
    let s_1 = 0, v_9 = 0, passes_1 = 0, x_a_5 = 0, s_a_1 = 0;
    s_1 = 0;
    passes_1 = 0;
    while (s_1 < 3) {
        v_9 = s_1 + x_8;
        s_1 = v_9;
        passes_1++;
    }
    const value_5 = s_1;
    s_a_1 = 1;
    while (passes_1-- > 0) {
        let v_a_5 = 0;
        v_a_5 = s_a_1;
        s_a_1 = 0;
        s_a_1 = v_a_5;
        x_a_5 += v_a_5;
    }
    s_a_1 = 0;
    return __typegrad.reverseResult(value_5, [x_a_5]);
};
const forward_3 = (x_9, x_t_3) => {
    let s_2 = 0, s_t_1 = 0, v_10 = 0, v_t_8 = 0;
    s_2 = 0;
    s_t_1 = 0;
    while (s_2 < 3) {
        v_10 = s_2 + x_9;
        v_t_8 = s_t_1 + x_t_3;
        s_2 = v_10;
        s_t_1 = v_t_8;
    }
    return __typegrad.forwardResult(s_2, s_t_1);
};
const derivative_2 = x_10 => {
    let s_3 = 0, s_t_2 = 0, v_11 = 0, v_t_9 = 0;
    s_3 = 0;
    s_t_2 = 0;
    while (s_3 < 3) {
        v_11 = s_3 + x_10;
        v_t_9 = s_t_2 + 1;
        s_3 = v_11;
        s_t_2 = v_t_9;
    }
    return __typegrad.derivativeResult(s_3, s_t_2);
};
const hessian_3 = (x_11, x_v_3) => {
    let s_4 = 0, v_12 = 0, s_t_3 = 0, v_t_10 = 0, x_a_6 = 0;
    s_4 = 0;
    s_t_3 = 0;
    while (s_4 < 3) {
        v_12 = s_4 + x_11;
        v_t_10 = s_t_3 + x_v_3;
        s_4 = v_12;
        s_t_3 = v_t_10;
    }
    const value_6 = s_t_3;
    return __typegrad.reverseResult(value_6, [x_a_6]);
};
__typegrad.attach(untilThree, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward(untilThree$ad, forward_3, derivative_2), gradient_3, "n"), hessian_3, "n"));
const gradient_4 = x_12 => {
    let v_13 = 0, v_14 = 0, x_a_7 = 0;
    v_13 = x_12 * x_12;
    v_14 = v_13 + 1;
    const value_7 = v_14;
    let v_a_6 = 0, v_a_7 = 0;
    v_a_7 = 1;
    v_a_6 = v_a_7;
    x_a_7 += x_12 * v_a_6;
    x_a_7 += x_12 * v_a_6;
    return __typegrad.reverseResult(value_7, [x_a_7]);
};
const forward_4 = (x_13, x_t_4) => {
    let v_15 = 0, v_t_11 = 0, v_16 = 0, v_t_12 = 0;
    v_15 = x_13 * x_13;
    v_t_11 = x_13 * x_t_4 + x_13 * x_t_4;
    v_16 = v_15 + 1;
    v_t_12 = v_t_11;
    return __typegrad.forwardResult(v_16, v_t_12);
};
const derivative_3 = x_14 => {
    let v_17 = 0, v_t_13 = 0, v_18 = 0, v_t_14 = 0;
    v_17 = x_14 * x_14;
    v_t_13 = x_14 + x_14;
    v_18 = v_17 + 1;
    v_t_14 = v_t_13;
    return __typegrad.derivativeResult(v_18, v_t_14);
};
const hessian_4 = (x_15, x_v_4) => {
    let d_7 = 0, d_8 = 0, v_t_15 = 0, v_t_16 = 0, x_a_8 = 0;
    d_7 = x_15 * x_v_4;
    d_8 = x_15 * x_v_4;
    v_t_15 = d_7 + d_8;
    v_t_16 = v_t_15;
    const value_8 = v_t_16;
    let d_a_7 = 0, d_a_8 = 0, v_t_a_4 = 0, v_t_a_5 = 0;
    v_t_a_5 = 1;
    v_t_a_4 = v_t_a_5;
    d_a_7 = v_t_a_4;
    d_a_8 = v_t_a_4;
    x_a_8 += x_v_4 * d_a_8;
    x_a_8 += x_v_4 * d_a_7;
    return __typegrad.reverseResult(value_8, [x_a_8]);
};
__typegrad.attach(viaHelper, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward(viaHelper$ad, forward_4, derivative_3), gradient_4, "n"), hessian_4, "n"));
const gradient_5 = v_19 => {
    const stack_1 = __typegrad.valueStack();
    let stored_1 = stack_1.data, top_1 = 0;
    const v_g_1 = new Array(v_19.length).fill(0);
    let s_5 = 0, jump_1 = 0, v_20 = 0, taken_5 = 0, passes_2 = 0, s_a_2 = 0;
    s_5 = 0;
    passes_2 = 0;
    for (let i_1 = 0; (i_1 < v_19.length) && (jump_1 < 2); i_1++) {
        if (top_1 === stored_1.length)
            stored_1 = stack_1.grow();
        stored_1[top_1++] = taken_5;
        taken_5 = v_19[i_1] > 2 ? 1 : 0;
        if (taken_5 === 1) {
            jump_1 = 2;
        }
        else {
            v_20 = s_5 + v_19[i_1];
            s_5 = v_20;
        }
        passes_2++;
    }
    jump_1 = 0;
    const value_9 = s_5;
    s_a_2 = 1;
    for (let k_1 = passes_2 - 1; k_1 >= 0; k_1--) {
        const i_1 = k_1;
        if (taken_5 === 0) {
            let v_a_8 = 0;
            v_a_8 = s_a_2;
            s_a_2 = 0;
            s_a_2 = v_a_8;
            v_g_1[i_1] += v_a_8;
        }
        taken_5 = stored_1[--top_1];
    }
    s_a_2 = 0;
    return __typegrad.reverseResult(value_9, [v_g_1]);
};
const hessian_5 = (v_21, v_v_1) => {
    const v_g_2 = new Array(v_21.length).fill(0);
    let jump_2 = 0, s_t_4 = 0, v_t_17 = 0;
    s_t_4 = 0;
    for (let i_2 = 0; (i_2 < v_21.length) && (jump_2 < 2); i_2++) {
        if (v_21[i_2] > 2) {
            jump_2 = 2;
        }
        else {
            v_t_17 = s_t_4 + v_v_1[i_2];
            s_t_4 = v_t_17;
        }
    }
    jump_2 = 0;
    const value_10 = s_t_4;
    return __typegrad.reverseResult(value_10, [v_g_2]);
};
__typegrad.attach(firstBig, __typegrad.withHessian(__typegrad.withReverse(firstBig$ad, gradient_5, "a"), hessian_5, "a"));
const gradient_6 = v_22 => {
    const v_g_3 = new Array(v_22.length).fill(0);
    let s_6 = 0, v_23 = 0, s_a_3 = 0;
    s_6 = 0;
    s_a_3 = 1;
    for (let i_3 = 0; i_3 < v_22.length; i_3++) {
        v_23 = s_6 + v_22[i_3];
        s_6 = v_23;
        let v_a_9 = 0;
        v_a_9 = s_a_3;
        s_a_3 = 0;
        s_a_3 = v_a_9;
        v_g_3[i_3] += v_a_9;
    }
    const value_11 = s_6;
    s_a_3 = 0;
    return __typegrad.reverseResult(value_11, [v_g_3]);
};
const hessian_6 = (v_24, v_v_2) => {
    const v_g_4 = new Array(v_24.length).fill(0);
    let s_t_5 = 0, v_t_18 = 0;
    s_t_5 = 0;
    for (let i_4 = 0; i_4 < v_24.length; i_4++) {
        v_t_18 = s_t_5 + v_v_2[i_4];
        s_t_5 = v_t_18;
    }
    const value_12 = s_t_5;
    return __typegrad.reverseResult(value_12, [v_g_4]);
};
__typegrad.attach(sumOf, __typegrad.withHessian(__typegrad.withReverse(sumOf$ad, gradient_6, "a"), hessian_6, "a"));
__typegrad.attach(power, power$ad);
const gradient_7 = v_25 => {
    const v_g_5 = new Array(v_25.length).fill(0);
    let v_26 = 0, v_27 = 0, y_4, y_a_3;
    y_4 = new Array(v_25.length);
    y_a_3 = new Array(v_25.length).fill(0);
    for (let i_5 = 0; i_5 < v_25.length; i_5++) {
        v_26 = v_25[i_5] * v_25[i_5];
        y_4[i_5] = v_26;
    }
    v_27 = y_4[0] + y_4[1];
    const value_13 = v_27;
    let v_a_10 = 0;
    v_a_10 = 1;
    y_a_3[0] += v_a_10;
    y_a_3[1] += v_a_10;
    for (let k_2 = (Math.max(0, Math.ceil(v_25.length)) | 0) - 1; k_2 >= 0; k_2--) {
        const i_5 = k_2;
        let v_a_11 = 0;
        v_a_11 = y_a_3[i_5];
        y_a_3[i_5] = 0;
        v_g_5[i_5] += v_25[i_5] * v_a_11;
        v_g_5[i_5] += v_25[i_5] * v_a_11;
    }
    return __typegrad.reverseResult(value_13, [v_g_5]);
};
const hessian_7 = (v_28, v_v_3) => {
    const v_g_6 = new Array(v_28.length).fill(0);
    let v_29 = 0, d_9 = 0, d_10 = 0, v_t_19 = 0, v_t_20 = 0, y_5, y_a_4, y_t_2, y_t_a_1;
    y_5 = new Array(v_28.length);
    y_a_4 = new Array(v_28.length).fill(0);
    y_t_2 = new Array(v_28.length).fill(0);
    y_t_a_1 = new Array(v_28.length).fill(0);
    for (let i_6 = 0; i_6 < v_28.length; i_6++) {
        v_29 = v_28[i_6] * v_28[i_6];
        d_9 = v_28[i_6] * v_v_3[i_6];
        d_10 = v_28[i_6] * v_v_3[i_6];
        v_t_19 = d_9 + d_10;
        y_5[i_6] = v_29;
        y_t_2[i_6] = v_t_19;
    }
    v_t_20 = y_t_2[0] + y_t_2[1];
    const value_14 = v_t_20;
    let v_t_a_6 = 0;
    v_t_a_6 = 1;
    y_t_a_1[0] += v_t_a_6;
    y_t_a_1[1] += v_t_a_6;
    for (let k_3 = (Math.max(0, Math.ceil(v_28.length)) | 0) - 1; k_3 >= 0; k_3--) {
        const i_6 = k_3;
        let v_a_12 = 0, d_a_9 = 0, d_a_10 = 0, v_t_a_7 = 0;
        v_t_a_7 = y_t_a_1[i_6];
        y_t_a_1[i_6] = 0;
        v_a_12 = y_a_4[i_6];
        y_a_4[i_6] = 0;
        d_a_9 = v_t_a_7;
        d_a_10 = v_t_a_7;
        v_g_6[i_6] += v_v_3[i_6] * d_a_10;
        v_g_6[i_6] += v_v_3[i_6] * d_a_9;
        v_g_6[i_6] += v_28[i_6] * v_a_12;
        v_g_6[i_6] += v_28[i_6] * v_a_12;
    }
    return __typegrad.reverseResult(value_14, [v_g_6]);
};
__typegrad.attach(smoothed, __typegrad.withHessian(__typegrad.withReverse(smoothed$ad, gradient_7, "a"), hessian_7, "a"));
const gradient_8 = v_30 => {
    const stack_2 = __typegrad.valueStack();
    let stored_2 = stack_2.data, top_2 = 0;
    const v_g_7 = new Array(v_30.length).fill(0);
    let s_7 = 0, result_3 = 0, jump_3 = 0, v_31 = 0, v_32 = 0, taken_6 = 0, taken_7 = 0, taken_8 = 0, passes_3 = 0, s_a_4 = 0, result_a_2 = 0;
    if (top_2 === stored_2.length)
        stored_2 = stack_2.grow();
    stored_2[top_2++] = s_7;
    s_7 = 0;
    passes_3 = 0;
    for (let i_7 = 0; (i_7 < v_30.length) && (jump_3 < 2); i_7++) {
        if (top_2 === stored_2.length)
            stored_2 = stack_2.grow();
        stored_2[top_2++] = taken_8;
        taken_8 = v_30[i_7] < 0 ? 1 : 0;
        if (!(taken_8 === 1)) {
            if (top_2 === stored_2.length)
                stored_2 = stack_2.grow();
            stored_2[top_2++] = taken_7;
            taken_7 = v_30[i_7] > 10 ? 1 : 0;
            if (taken_7 === 1) {
                result_3 = s_7;
                jump_3 = 3;
            }
            else {
                while (top_2 + 2 > stored_2.length)
                    stored_2 = stack_2.grow();
                stored_2[top_2++] = v_31;
                v_31 = Math.hypot(v_30[i_7], s_7, 1);
                v_32 = s_7 + v_31;
                stored_2[top_2++] = s_7;
                s_7 = v_32;
            }
        }
        passes_3++;
    }
    taken_6 = jump_3 === 0 ? 1 : 0;
    if (taken_6 === 1) {
        result_3 = s_7;
    }
    const value_15 = result_3;
    result_a_2 = 1;
    if (taken_6 === 1) {
        s_a_4 += result_a_2;
        result_a_2 = 0;
    }
    for (let k_4 = passes_3 - 1; k_4 >= 0; k_4--) {
        const i_7 = k_4;
        if (taken_8 === 0) {
            if (taken_7 === 1) {
                s_a_4 += result_a_2;
                result_a_2 = 0;
            }
            else {
                let v_a_13 = 0, v_a_14 = 0;
                v_a_14 = s_a_4;
                s_a_4 = 0;
                s_7 = stored_2[--top_2];
                s_a_4 = v_a_14;
                v_a_13 = v_a_14;
                v_g_7[i_7] += ((v_31 === 0) ? 0 : (v_30[i_7] / v_31)) * v_a_13;
                s_a_4 += ((v_31 === 0) ? 0 : (s_7 / v_31)) * v_a_13;
                v_31 = stored_2[--top_2];
            }
            taken_7 = stored_2[--top_2];
        }
        taken_8 = stored_2[--top_2];
    }
    s_a_4 = 0;
    s_7 = stored_2[--top_2];
    return __typegrad.reverseResult(value_15, [v_g_7]);
};
const hessian_8 = (v_33, v_v_4) => {
    const stack_3 = __typegrad.valueStack();
    let stored_3 = stack_3.data, top_3 = 0;
    const v_g_8 = new Array(v_33.length).fill(0);
    let s_8 = 0, jump_4 = 0, v_34 = 0, v_35 = 0, s_t_6 = 0, result_t_3 = 0, d_11 = 0, r_1 = 0, d_12 = 0, d_13 = 0, r_2 = 0, d_14 = 0, v_t_21 = 0, v_t_22 = 0, taken_9 = 0, taken_10 = 0, taken_11 = 0, taken_12 = 0, taken_13 = 0, passes_4 = 0, s_a_5 = 0, s_t_a_1 = 0, result_t_a_2 = 0, r_a_1 = 0, r_a_2 = 0;
    while (top_3 + 2 > stored_3.length)
        stored_3 = stack_3.grow();
    stored_3[top_3++] = s_8;
    s_8 = 0;
    stored_3[top_3++] = s_t_6;
    s_t_6 = 0;
    passes_4 = 0;
    for (let i_8 = 0; (i_8 < v_33.length) && (jump_4 < 2); i_8++) {
        if (top_3 === stored_3.length)
            stored_3 = stack_3.grow();
        stored_3[top_3++] = taken_13;
        taken_13 = v_33[i_8] < 0 ? 1 : 0;
        if (!(taken_13 === 1)) {
            if (top_3 === stored_3.length)
                stored_3 = stack_3.grow();
            stored_3[top_3++] = taken_12;
            taken_12 = v_33[i_8] > 10 ? 1 : 0;
            if (taken_12 === 1) {
                result_t_3 = s_t_6;
                jump_4 = 3;
            }
            else {
                while (top_3 + 2 > stored_3.length)
                    stored_3 = stack_3.grow();
                stored_3[top_3++] = v_34;
                v_34 = Math.hypot(v_33[i_8], s_8, 1);
                stored_3[top_3++] = taken_11;
                taken_11 = v_34 === 0 ? 1 : 0;
                if (taken_11 === 1) {
                    r_1 = 0;
                }
                else {
                    if (top_3 === stored_3.length)
                        stored_3 = stack_3.grow();
                    stored_3[top_3++] = d_11;
                    d_11 = v_33[i_8] / v_34;
                    r_1 = d_11;
                }
                d_12 = r_1 * v_v_4[i_8];
                if (top_3 === stored_3.length)
                    stored_3 = stack_3.grow();
                stored_3[top_3++] = taken_10;
                taken_10 = v_34 === 0 ? 1 : 0;
                if (taken_10 === 1) {
                    if (top_3 === stored_3.length)
                        stored_3 = stack_3.grow();
                    stored_3[top_3++] = r_2;
                    r_2 = 0;
                }
                else {
                    while (top_3 + 2 > stored_3.length)
                        stored_3 = stack_3.grow();
                    stored_3[top_3++] = d_13;
                    d_13 = s_8 / v_34;
                    stored_3[top_3++] = r_2;
                    r_2 = d_13;
                }
                d_14 = r_2 * s_t_6;
                v_t_21 = d_12 + d_14;
                v_35 = s_8 + v_34;
                v_t_22 = s_t_6 + v_t_21;
                while (top_3 + 2 > stored_3.length)
                    stored_3 = stack_3.grow();
                stored_3[top_3++] = s_8;
                s_8 = v_35;
                stored_3[top_3++] = s_t_6;
                s_t_6 = v_t_22;
            }
        }
        passes_4++;
    }
    taken_9 = jump_4 === 0 ? 1 : 0;
    if (taken_9 === 1) {
        result_t_3 = s_t_6;
    }
    const value_16 = result_t_3;
    result_t_a_2 = 1;
    if (taken_9 === 1) {
        s_t_a_1 += result_t_a_2;
        result_t_a_2 = 0;
    }
    for (let k_5 = passes_4 - 1; k_5 >= 0; k_5--) {
        const i_8 = k_5;
        if (taken_13 === 0) {
            if (taken_12 === 1) {
                s_t_a_1 += result_t_a_2;
                result_t_a_2 = 0;
            }
            else {
                let v_a_15 = 0, d_a_11 = 0, d_a_12 = 0, v_t_a_8 = 0, v_a_16 = 0, v_t_a_9 = 0;
                v_t_a_9 = s_t_a_1;
                s_t_a_1 = 0;
                s_t_6 = stored_3[--top_3];
                v_a_16 = s_a_5;
                s_a_5 = 0;
                s_8 = stored_3[--top_3];
                s_t_a_1 = v_t_a_9;
                v_t_a_8 = v_t_a_9;
                s_a_5 = v_a_16;
                v_a_15 = v_a_16;
                d_a_11 = v_t_a_8;
                d_a_12 = v_t_a_8;
                r_a_2 += s_t_6 * d_a_12;
                s_t_a_1 += r_2 * d_a_12;
                if (taken_10 === 1) {
                    r_a_2 = 0;
                    r_2 = stored_3[--top_3];
                }
                else {
                    let d_a_13 = 0;
                    d_a_13 = r_a_2;
                    r_a_2 = 0;
                    r_2 = stored_3[--top_3];
                    s_a_5 += (1 / v_34) * d_a_13;
                    v_a_15 += (-(d_13 / v_34)) * d_a_13;
                    d_13 = stored_3[--top_3];
                }
                taken_10 = stored_3[--top_3];
                r_a_1 += v_v_4[i_8] * d_a_11;
                if (taken_11 === 1) {
                    r_a_1 = 0;
                }
                else {
                    let d_a_14 = 0;
                    d_a_14 = r_a_1;
                    r_a_1 = 0;
                    v_g_8[i_8] += (1 / v_34) * d_a_14;
                    v_a_15 += (-(d_11 / v_34)) * d_a_14;
                    d_11 = stored_3[--top_3];
                }
                taken_11 = stored_3[--top_3];
                v_g_8[i_8] += ((v_34 === 0) ? 0 : (v_33[i_8] / v_34)) * v_a_15;
                s_a_5 += ((v_34 === 0) ? 0 : (s_8 / v_34)) * v_a_15;
                v_34 = stored_3[--top_3];
            }
            taken_12 = stored_3[--top_3];
        }
        taken_13 = stored_3[--top_3];
    }
    s_t_a_1 = 0;
    s_t_6 = stored_3[--top_3];
    s_a_5 = 0;
    s_8 = stored_3[--top_3];
    return __typegrad.reverseResult(value_16, [v_g_8]);
};
__typegrad.attach(earlyExit, __typegrad.withHessian(__typegrad.withReverse(earlyExit$ad, gradient_8, "a"), hessian_8, "a"));
const gradient_9 = v_36 => {
    const stack_4 = __typegrad.valueStack();
    let stored_4 = stack_4.data, top_4 = 0;
    const v_g_9 = new Array(v_36.length).fill(0);
    let v_37 = 0, acc_1 = 0, element_1 = 0, v_38 = 0, acc_a_1 = 0, mapped_1, mapped_a_1;
    mapped_1 = new Array(v_36.length);
    mapped_a_1 = new Array(v_36.length).fill(0);
    for (let i_9 = 0; i_9 < v_36.length; i_9++) {
        v_37 = v_36[i_9] * v_36[i_9];
        mapped_1[i_9] = v_37;
    }
    if (top_4 === stored_4.length)
        stored_4 = stack_4.grow();
    stored_4[top_4++] = acc_1;
    acc_1 = 0;
    for (let i_10 = 0; i_10 < mapped_1.length; i_10++) {
        while (top_4 + 3 > stored_4.length)
            stored_4 = stack_4.grow();
        stored_4[top_4++] = element_1;
        element_1 = mapped_1[i_10];
        stored_4[top_4++] = v_38;
        v_38 = Math.max(acc_1, element_1, 1);
        stored_4[top_4++] = acc_1;
        acc_1 = v_38;
    }
    const value_17 = acc_1;
    acc_a_1 = 1;
    for (let k_6 = (Math.max(0, Math.ceil(mapped_1.length)) | 0) - 1; k_6 >= 0; k_6--) {
        const i_10 = k_6;
        let element_a_1 = 0, v_a_17 = 0;
        v_a_17 = acc_a_1;
        acc_a_1 = 0;
        acc_1 = stored_4[--top_4];
        acc_a_1 = (((((acc_1 === v_38) + (element_1 === v_38)) + (1 === v_38)) === 0) ? NaN : ((acc_1 === v_38) ? (1 / (((acc_1 === v_38) + (element_1 === v_38)) + (1 === v_38))) : 0)) * v_a_17;
        element_a_1 = (((((acc_1 === v_38) + (element_1 === v_38)) + (1 === v_38)) === 0) ? NaN : ((element_1 === v_38) ? (1 / (((acc_1 === v_38) + (element_1 === v_38)) + (1 === v_38))) : 0)) * v_a_17;
        v_38 = stored_4[--top_4];
        mapped_a_1[i_10] += element_a_1;
        element_1 = stored_4[--top_4];
    }
    acc_a_1 = 0;
    acc_1 = stored_4[--top_4];
    for (let k_7 = (Math.max(0, Math.ceil(v_36.length)) | 0) - 1; k_7 >= 0; k_7--) {
        const i_9 = k_7;
        let v_a_18 = 0;
        v_a_18 = mapped_a_1[i_9];
        mapped_a_1[i_9] = 0;
        v_g_9[i_9] += v_36[i_9] * v_a_18;
        v_g_9[i_9] += v_36[i_9] * v_a_18;
    }
    return __typegrad.reverseResult(value_17, [v_g_9]);
};
const hessian_9 = (v_39, v_v_5) => {
    const stack_5 = __typegrad.valueStack();
    let stored_5 = stack_5.data, top_5 = 0;
    const v_g_10 = new Array(v_39.length).fill(0);
    let v_40 = 0, acc_2 = 0, element_2 = 0, v_41 = 0, d_15 = 0, d_16 = 0, v_t_23 = 0, acc_t_1 = 0, element_t_1 = 0, d_17 = 0, d_18 = 0, v_t_24 = 0, acc_t_a_1 = 0, mapped_2, mapped_a_2, mapped_t_1, mapped_t_a_1;
    mapped_2 = new Array(v_39.length);
    mapped_a_2 = new Array(v_39.length).fill(0);
    mapped_t_1 = new Array(v_39.length).fill(0);
    mapped_t_a_1 = new Array(v_39.length).fill(0);
    for (let i_11 = 0; i_11 < v_39.length; i_11++) {
        v_40 = v_39[i_11] * v_39[i_11];
        d_15 = v_39[i_11] * v_v_5[i_11];
        d_16 = v_39[i_11] * v_v_5[i_11];
        v_t_23 = d_15 + d_16;
        mapped_2[i_11] = v_40;
        mapped_t_1[i_11] = v_t_23;
    }
    if (top_5 === stored_5.length)
        stored_5 = stack_5.grow();
    stored_5[top_5++] = acc_2;
    acc_2 = 0;
    acc_t_1 = 0;
    for (let i_12 = 0; i_12 < mapped_2.length; i_12++) {
        while (top_5 + 3 > stored_5.length)
            stored_5 = stack_5.grow();
        stored_5[top_5++] = element_2;
        element_2 = mapped_2[i_12];
        element_t_1 = mapped_t_1[i_12];
        stored_5[top_5++] = v_41;
        v_41 = Math.max(acc_2, element_2, 1);
        d_17 = (((((acc_2 === v_41) + (element_2 === v_41)) + (1 === v_41)) === 0) ? NaN : ((acc_2 === v_41) ? (1 / (((acc_2 === v_41) + (element_2 === v_41)) + (1 === v_41))) : 0)) * acc_t_1;
        d_18 = (((((acc_2 === v_41) + (element_2 === v_41)) + (1 === v_41)) === 0) ? NaN : ((element_2 === v_41) ? (1 / (((acc_2 === v_41) + (element_2 === v_41)) + (1 === v_41))) : 0)) * element_t_1;
        v_t_24 = d_17 + d_18;
        stored_5[top_5++] = acc_2;
        acc_2 = v_41;
        acc_t_1 = v_t_24;
    }
    const value_18 = acc_t_1;
    acc_t_a_1 = 1;
    for (let k_8 = (Math.max(0, Math.ceil(mapped_2.length)) | 0) - 1; k_8 >= 0; k_8--) {
        const i_12 = k_8;
        let element_t_a_1 = 0, d_a_15 = 0, d_a_16 = 0, v_t_a_10 = 0;
        v_t_a_10 = acc_t_a_1;
        acc_t_a_1 = 0;
        acc_2 = stored_5[--top_5];
        d_a_15 = v_t_a_10;
        d_a_16 = v_t_a_10;
        element_t_a_1 = (((((acc_2 === v_41) + (element_2 === v_41)) + (1 === v_41)) === 0) ? NaN : ((element_2 === v_41) ? (1 / (((acc_2 === v_41) + (element_2 === v_41)) + (1 === v_41))) : 0)) * d_a_16;
        acc_t_a_1 = (((((acc_2 === v_41) + (element_2 === v_41)) + (1 === v_41)) === 0) ? NaN : ((acc_2 === v_41) ? (1 / (((acc_2 === v_41) + (element_2 === v_41)) + (1 === v_41))) : 0)) * d_a_15;
        v_41 = stored_5[--top_5];
        mapped_t_a_1[i_12] += element_t_a_1;
        element_2 = stored_5[--top_5];
    }
    acc_t_a_1 = 0;
    acc_2 = stored_5[--top_5];
    for (let k_9 = (Math.max(0, Math.ceil(v_39.length)) | 0) - 1; k_9 >= 0; k_9--) {
        const i_11 = k_9;
        let v_a_19 = 0, d_a_17 = 0, d_a_18 = 0, v_t_a_11 = 0;
        v_t_a_11 = mapped_t_a_1[i_11];
        mapped_t_a_1[i_11] = 0;
        v_a_19 = mapped_a_2[i_11];
        mapped_a_2[i_11] = 0;
        d_a_17 = v_t_a_11;
        d_a_18 = v_t_a_11;
        v_g_10[i_11] += v_v_5[i_11] * d_a_18;
        v_g_10[i_11] += v_v_5[i_11] * d_a_17;
        v_g_10[i_11] += v_39[i_11] * v_a_19;
        v_g_10[i_11] += v_39[i_11] * v_a_19;
    }
    return __typegrad.reverseResult(value_18, [v_g_10]);
};
__typegrad.attach(viaMethods, __typegrad.withHessian(__typegrad.withReverse(viaMethods$ad, gradient_9, "a"), hessian_9, "a"));
const gradient_10 = v_42 => {
    const stack_6 = __typegrad.valueStack();
    let stored_6 = stack_6.data, top_6 = 0;
    const v_g_11 = new Array(v_42.length).fill(0);
    let s_9 = 0, jump_5 = 0, v_43 = 0, v_44 = 0, taken_14 = 0, passes_5 = 0, passes_6 = 0, s_a_6 = 0;
    s_9 = 0;
    passes_6 = 0;
    for (let i_13 = 0; (i_13 < v_42.length) && (jump_5 < 2); i_13++) {
        passes_5 = 0;
        for (let j_1 = 0; (j_1 < v_42.length) && (jump_5 < 2); j_1++) {
            if (top_6 === stored_6.length)
                stored_6 = stack_6.grow();
            stored_6[top_6++] = taken_14;
            taken_14 = (v_42[i_13] * v_42[j_1]) > 4 ? 1 : 0;
            if (taken_14 === 1) {
                jump_5 = 4;
            }
            else {
                v_43 = v_42[i_13] * v_42[j_1];
                v_44 = s_9 + v_43;
                s_9 = v_44;
            }
            passes_5++;
        }
        if (top_6 === stored_6.length)
            stored_6 = stack_6.grow();
        stored_6[top_6++] = passes_5;
        passes_6++;
    }
    jump_5 = 0;
    const value_19 = s_9;
    s_a_6 = 1;
    for (let k_10 = passes_6 - 1; k_10 >= 0; k_10--) {
        const i_13 = k_10;
        passes_5 = stored_6[--top_6];
        for (let k_11 = passes_5 - 1; k_11 >= 0; k_11--) {
            const j_1 = k_11;
            if (taken_14 === 0) {
                let v_a_20 = 0, v_a_21 = 0;
                v_a_21 = s_a_6;
                s_a_6 = 0;
                s_a_6 = v_a_21;
                v_a_20 = v_a_21;
                v_g_11[i_13] += v_42[j_1] * v_a_20;
                v_g_11[j_1] += v_42[i_13] * v_a_20;
            }
            taken_14 = stored_6[--top_6];
        }
    }
    s_a_6 = 0;
    return __typegrad.reverseResult(value_19, [v_g_11]);
};
const hessian_10 = (v_45, v_v_6) => {
    const stack_7 = __typegrad.valueStack();
    let stored_7 = stack_7.data, top_7 = 0;
    const v_g_12 = new Array(v_45.length).fill(0);
    let jump_6 = 0, s_t_7 = 0, d_19 = 0, d_20 = 0, v_t_25 = 0, v_t_26 = 0, taken_15 = 0, passes_7 = 0, passes_8 = 0, s_t_a_2 = 0;
    s_t_7 = 0;
    passes_8 = 0;
    for (let i_14 = 0; (i_14 < v_45.length) && (jump_6 < 2); i_14++) {
        passes_7 = 0;
        for (let j_2 = 0; (j_2 < v_45.length) && (jump_6 < 2); j_2++) {
            if (top_7 === stored_7.length)
                stored_7 = stack_7.grow();
            stored_7[top_7++] = taken_15;
            taken_15 = (v_45[i_14] * v_45[j_2]) > 4 ? 1 : 0;
            if (taken_15 === 1) {
                jump_6 = 4;
            }
            else {
                d_19 = v_45[j_2] * v_v_6[i_14];
                d_20 = v_45[i_14] * v_v_6[j_2];
                v_t_25 = d_19 + d_20;
                v_t_26 = s_t_7 + v_t_25;
                s_t_7 = v_t_26;
            }
            passes_7++;
        }
        if (top_7 === stored_7.length)
            stored_7 = stack_7.grow();
        stored_7[top_7++] = passes_7;
        passes_8++;
    }
    jump_6 = 0;
    const value_20 = s_t_7;
    s_t_a_2 = 1;
    for (let k_12 = passes_8 - 1; k_12 >= 0; k_12--) {
        const i_14 = k_12;
        passes_7 = stored_7[--top_7];
        for (let k_13 = passes_7 - 1; k_13 >= 0; k_13--) {
            const j_2 = k_13;
            if (taken_15 === 0) {
                let d_a_19 = 0, d_a_20 = 0, v_t_a_12 = 0, v_t_a_13 = 0;
                v_t_a_13 = s_t_a_2;
                s_t_a_2 = 0;
                s_t_a_2 = v_t_a_13;
                v_t_a_12 = v_t_a_13;
                d_a_19 = v_t_a_12;
                d_a_20 = v_t_a_12;
                v_g_12[i_14] += v_v_6[j_2] * d_a_20;
                v_g_12[j_2] += v_v_6[i_14] * d_a_19;
            }
            taken_15 = stored_7[--top_7];
        }
    }
    s_t_a_2 = 0;
    return __typegrad.reverseResult(value_20, [v_g_12]);
};
__typegrad.attach(labelled, __typegrad.withHessian(__typegrad.withReverse(labelled$ad, gradient_10, "a"), hessian_10, "a"));
__typegrad.attach(sorted, sorted$ad);
const square = (x) => x * x;
const square$ad = (x) => __typegrad.mul(x, x);
__typegrad.attach(square, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward(square$ad, forward_1, derivative_1), gradient_1, "n"), hessian_1, "n"));
function clamped(x, y) {
    const z = x * y > 1 ? 1 : x * y;
    if (x > 0 && y > 0)
        return z * x;
    return z;
}
function clamped$ad(x, y) {
    const z = __typegrad.gt(__typegrad.mul(x, y), 1) ? 1 : __typegrad.mul(x, y);
    if (__typegrad.gt(x, 0) && __typegrad.gt(y, 0))
        return __typegrad.mul(z, x);
    return z;
}
function untilThree(x) {
    let s = 0;
    while (s < 3)
        s += x;
    return s;
}
function untilThree$ad(x) {
    let s = 0;
    while (__typegrad.lt(s, 3))
        s = __typegrad.add(s, x);
    return s;
}
function viaHelper(x) {
    return square(x) + 1;
}
function viaHelper$ad(x) {
    return __typegrad.add(square$ad(x), 1);
}
function firstBig(v) {
    let s = 0;
    for (let i = 0; i < v.length; i++) {
        if (v[i] > 2)
            break;
        s += v[i];
    }
    return s;
}
function firstBig$ad(v) {
    let s = 0;
    for (let i = 0; i < v.length; i++) {
        if (__typegrad.gt(v[i], 2))
            break;
        s = __typegrad.add(s, v[i]);
    }
    return s;
}
function sumOf(v) {
    let s = 0;
    for (const x of v)
        s += x;
    return s;
}
function sumOf$ad(v) {
    let s = 0;
    for (const x of v)
        s = __typegrad.add(s, x);
    return s;
}
function power(x, n) {
    return n <= 0 ? 1 : x * power(x, n - 1);
}
function power$ad(x, n) {
    return __typegrad.le(n, 0) ? 1 : __typegrad.mul(x, power$ad(x, __typegrad.sub(n, 1)));
}
function smoothed(v) {
    const y = new Array(v.length);
    for (let i = 0; i < v.length; i++)
        y[i] = v[i] * v[i];
    return y[0] + y[1];
}
function smoothed$ad(v) {
    const y = new Array(v.length);
    for (let i = 0; i < v.length; i++)
        y[i] = __typegrad.mul(v[i], v[i]);
    return __typegrad.add(y[0], y[1]);
}
function earlyExit(v) {
    let s = 0;
    for (const x of v) {
        if (x < 0)
            continue;
        if (x > 10)
            return s;
        s += Math.hypot(x, s, 1);
    }
    return s;
}
function earlyExit$ad(v) {
    let s = 0;
    for (const x of v) {
        if (__typegrad.lt(x, 0))
            continue;
        if (__typegrad.gt(x, 10))
            return s;
        s = __typegrad.add(s, __typegrad.hypot(x, s, 1));
    }
    return s;
}
function viaMethods(v) {
    return v.map((x) => x * x).reduce((a, b) => Math.max(a, b, 1), 0);
}
function viaMethods$ad(v) {
    return v.map((x) => __typegrad.mul(x, x)).reduce((a, b) => __typegrad.max(a, b, 1), 0);
}
function labelled(v) {
    let s = 0;
    outer: for (let i = 0; i < v.length; i++) {
        for (let j = 0; j < v.length; j++) {
            if (v[i] * v[j] > 4)
                break outer;
            s += v[i] * v[j];
        }
    }
    return s;
}
function labelled$ad(v) {
    let s = 0;
    outer: for (let i = 0; i < v.length; i++) {
        for (let j = 0; j < v.length; j++) {
            if (__typegrad.gt(__typegrad.mul(v[i], v[j]), 4))
                break outer;
            s = __typegrad.add(s, __typegrad.mul(v[i], v[j]));
        }
    }
    return s;
}
function sorted(v) {
    const w = v.slice();
    return w[0] * 2;
}
function sorted$ad(v) {
    const w = v.slice();
    return __typegrad.mul(w[0], 2);
}
export const g1 = grad(__typegrad.withReverse(square$ad, gradient_1, "n"));
export const d1 = derivative(__typegrad.withForward(square$ad, forward_1, derivative_1));
export const g2 = valueAndGrad(__typegrad.withReverse(clamped$ad, gradient_2, "nn"));
export const g3 = grad(__typegrad.withReverse(untilThree$ad, gradient_3, "n"));
export const g4 = grad(__typegrad.withReverse(viaHelper$ad, gradient_4, "n"));
export const g5 = grad(__typegrad.withReverse(firstBig$ad, gradient_5, "a"));
export const g6 = grad(__typegrad.withReverse(sumOf$ad, gradient_6, "a"));
export const g7 = grad(power$ad);
export const g8 = grad(__typegrad.withReverse(smoothed$ad, gradient_7, "a"));
export const g9 = grad(__typegrad.withReverse(earlyExit$ad, gradient_8, "a"));
export const g10 = grad(__typegrad.withReverse(viaMethods$ad, gradient_9, "a"));
export const g11 = grad(__typegrad.withReverse(labelled$ad, gradient_10, "a"));
export const g12 = grad(sorted$ad);
