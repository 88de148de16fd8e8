// Compiled code for arrays the function makes: filled once and read (nothing stored), grown
// by push, overwritten after being read (old values stored), one per pass of a loop (kept);
// map, reduce and forEach with arrow callbacks; Math.max and Math.hypot of three arguments.
import { derivative, grad } from "typegrad";
import * as __typegrad from "typegrad";
const gradient_1 = v_1 => {
    const v_g_1 = new Array(v_1.length).fill(0);
    let v_2 = 0, s_1 = 0, v_3 = 0, v_4 = 0, at_1 = 0, s_a_1 = 0, d_1, d_a_1;
    d_1 = new Array(v_1.length - 1);
    d_a_1 = new Array(v_1.length - 1).fill(0);
    for (let i_1 = 0; i_1 < d_1.length; i_1++) {
        at_1 = i_1 + 1;
        v_2 = v_1[at_1] - v_1[i_1];
        d_1[i_1] = v_2;
    }
    s_1 = 0;
    s_a_1 = 1;
    for (let i_2 = 0; i_2 < d_1.length; i_2++) {
        v_3 = d_1[i_2] * d_1[i_2];
        v_4 = s_1 + v_3;
        s_1 = v_4;
        let v_a_1 = 0, v_a_2 = 0;
        v_a_2 = s_a_1;
        s_a_1 = 0;
        s_a_1 = v_a_2;
        v_a_1 = v_a_2;
        d_a_1[i_2] += d_1[i_2] * v_a_1;
        d_a_1[i_2] += d_1[i_2] * v_a_1;
    }
    const value_1 = s_1;
    s_a_1 = 0;
    for (let k_1 = (Math.max(0, Math.ceil(d_1.length)) | 0) - 1; k_1 >= 0; k_1--) {
        const i_1 = k_1;
        at_1 = i_1 + 1;
        let v_a_3 = 0;
        v_a_3 = d_a_1[i_1];
        d_a_1[i_1] = 0;
        v_g_1[at_1] += v_a_3;
        v_g_1[i_1] += -v_a_3;
    }
    return __typegrad.reverseResult(value_1, [v_g_1]);
};
const hessian_1 = (v_5, v_v_1) => {
    const v_g_2 = new Array(v_5.length).fill(0);
    let v_6 = 0, v_t_1 = 0, s_t_1 = 0, d_2 = 0, d_3 = 0, v_t_2 = 0, v_t_3 = 0, at_2 = 0, s_t_a_1 = 0, d_4, d_a_2, d_t_1;
    d_4 = new Array(v_5.length - 1);
    d_a_2 = new Array(v_5.length - 1).fill(0);
    d_t_1 = new Array(v_5.length - 1).fill(0);
    for (let i_3 = 0; i_3 < d_4.length; i_3++) {
        at_2 = i_3 + 1;
        v_6 = v_5[at_2] - v_5[i_3];
        v_t_1 = v_v_1[at_2] + (-v_v_1[i_3]);
        d_4[i_3] = v_6;
        d_t_1[i_3] = v_t_1;
    }
    s_t_1 = 0;
    s_t_a_1 = 1;
    for (let i_4 = 0; i_4 < d_4.length; i_4++) {
        d_2 = d_4[i_4] * d_t_1[i_4];
        d_3 = d_4[i_4] * d_t_1[i_4];
        v_t_2 = d_2 + d_3;
        v_t_3 = s_t_1 + v_t_2;
        s_t_1 = v_t_3;
        let d_a_3 = 0, d_a_4 = 0, v_t_a_1 = 0, v_t_a_2 = 0;
        v_t_a_2 = s_t_a_1;
        s_t_a_1 = 0;
        s_t_a_1 = v_t_a_2;
        v_t_a_1 = v_t_a_2;
        d_a_3 = v_t_a_1;
        d_a_4 = v_t_a_1;
        d_a_2[i_4] += d_t_1[i_4] * d_a_4;
        d_a_2[i_4] += d_t_1[i_4] * d_a_3;
    }
    const value_2 = s_t_1;
    s_t_a_1 = 0;
    for (let k_2 = (Math.max(0, Math.ceil(d_4.length)) | 0) - 1; k_2 >= 0; k_2--) {
        const i_3 = k_2;
        at_2 = i_3 + 1;
        let v_a_4 = 0;
        v_a_4 = d_a_2[i_3];
        d_a_2[i_3] = 0;
        v_g_2[at_2] += v_a_4;
        v_g_2[i_3] += -v_a_4;
    }
    return __typegrad.reverseResult(value_2, [v_g_2]);
};
__typegrad.attach(differences, __typegrad.withHessian(__typegrad.withReverse(differences$ad, gradient_1, "a"), hessian_1, "a"));
const gradient_2 = (v_7, c_1) => {
    const stack_1 = __typegrad.valueStack();
    let stored_1 = stack_1.data, top_1 = 0;
    const v_g_3 = new Array(v_7.length).fill(0);
    let v_8 = 0, v_9 = 0, s_2 = 0, v_10 = 0, v_11 = 0, taken_1 = 0, c_a_1 = 0, s_a_2 = 0, kept_1, kept_a_1;
    kept_1 = [];
    kept_a_1 = [];
    for (let i_5 = 0; i_5 < v_7.length; i_5++) {
        if (top_1 === stored_1.length)
            stored_1 = stack_1.grow();
        stored_1[top_1++] = taken_1;
        taken_1 = v_7[i_5] > 0 ? 1 : 0;
        if (taken_1 === 1) {
            if (top_1 === stored_1.length)
                stored_1 = stack_1.grow();
            stored_1[top_1++] = v_8;
            v_8 = v_7[i_5] * c_1;
            v_9 = Math.log(v_8);
            kept_1.push(v_9);
            kept_a_1.push(0);
        }
    }
    s_2 = 0;
    s_a_2 = 1;
    for (let i_6 = 0; i_6 < kept_1.length; i_6++) {
        v_10 = kept_1[i_6] * kept_1[i_6];
        v_11 = s_2 + v_10;
        s_2 = v_11;
        let v_a_5 = 0, v_a_6 = 0;
        v_a_6 = s_a_2;
        s_a_2 = 0;
        s_a_2 = v_a_6;
        v_a_5 = v_a_6;
        kept_a_1[i_6] += kept_1[i_6] * v_a_5;
        kept_a_1[i_6] += kept_1[i_6] * v_a_5;
    }
    const value_3 = s_2;
    s_a_2 = 0;
    for (let k_3 = (Math.max(0, Math.ceil(v_7.length)) | 0) - 1; k_3 >= 0; k_3--) {
        const i_5 = k_3;
        if (taken_1 === 1) {
            let v_a_7 = 0, v_a_8 = 0;
            kept_1.pop();
            v_a_8 = kept_a_1.pop();
            v_a_7 = (1 / v_8) * v_a_8;
            v_g_3[i_5] += c_1 * v_a_7;
            c_a_1 += v_7[i_5] * v_a_7;
            v_8 = stored_1[--top_1];
        }
        taken_1 = stored_1[--top_1];
    }
    return __typegrad.reverseResult(value_3, [v_g_3, c_a_1]);
};
const hessian_2 = (v_12, c_2, v_v_2, c_v_1) => {
    const stack_2 = __typegrad.valueStack();
    let stored_2 = stack_2.data, top_2 = 0;
    const v_g_4 = new Array(v_12.length).fill(0);
    let v_13 = 0, v_14 = 0, d_5 = 0, d_6 = 0, v_t_4 = 0, d_7 = 0, v_t_5 = 0, s_t_2 = 0, d_8 = 0, d_9 = 0, v_t_6 = 0, v_t_7 = 0, taken_2 = 0, c_a_2 = 0, s_t_a_2 = 0, kept_2, kept_a_2, kept_t_1, kept_t_a_1;
    kept_2 = [];
    kept_a_2 = [];
    kept_t_1 = [];
    kept_t_a_1 = [];
    for (let i_7 = 0; i_7 < v_12.length; i_7++) {
        if (top_2 === stored_2.length)
            stored_2 = stack_2.grow();
        stored_2[top_2++] = taken_2;
        taken_2 = v_12[i_7] > 0 ? 1 : 0;
        if (taken_2 === 1) {
            while (top_2 + 3 > stored_2.length)
                stored_2 = stack_2.grow();
            stored_2[top_2++] = v_13;
            v_13 = v_12[i_7] * c_2;
            d_5 = c_2 * v_v_2[i_7];
            d_6 = v_12[i_7] * c_v_1;
            stored_2[top_2++] = v_t_4;
            v_t_4 = d_5 + d_6;
            v_14 = Math.log(v_13);
            stored_2[top_2++] = d_7;
            d_7 = 1 / v_13;
            v_t_5 = d_7 * v_t_4;
            kept_2.push(v_14);
            kept_a_2.push(0);
            kept_t_1.push(v_t_5);
            kept_t_a_1.push(0);
        }
    }
    s_t_2 = 0;
    s_t_a_2 = 1;
    for (let i_8 = 0; i_8 < kept_2.length; i_8++) {
        d_8 = kept_2[i_8] * kept_t_1[i_8];
        d_9 = kept_2[i_8] * kept_t_1[i_8];
        v_t_6 = d_8 + d_9;
        v_t_7 = s_t_2 + v_t_6;
        s_t_2 = v_t_7;
        let d_a_5 = 0, d_a_6 = 0, v_t_a_3 = 0, v_t_a_4 = 0;
        v_t_a_4 = s_t_a_2;
        s_t_a_2 = 0;
        s_t_a_2 = v_t_a_4;
        v_t_a_3 = v_t_a_4;
        d_a_5 = v_t_a_3;
        d_a_6 = v_t_a_3;
        kept_a_2[i_8] += kept_t_1[i_8] * d_a_6;
        kept_t_a_1[i_8] += kept_2[i_8] * d_a_6;
        kept_a_2[i_8] += kept_t_1[i_8] * d_a_5;
        kept_t_a_1[i_8] += kept_2[i_8] * d_a_5;
    }
    const value_4 = s_t_2;
    s_t_a_2 = 0;
    for (let k_4 = (Math.max(0, Math.ceil(v_12.length)) | 0) - 1; k_4 >= 0; k_4--) {
        const i_7 = k_4;
        if (taken_2 === 1) {
            let v_a_9 = 0, d_a_7 = 0, d_a_8 = 0, v_t_a_5 = 0, v_a_10 = 0, d_a_9 = 0, v_t_a_6 = 0;
            kept_t_1.pop();
            v_t_a_6 = kept_t_a_1.pop();
            kept_2.pop();
            v_a_10 = kept_a_2.pop();
            d_a_9 = v_t_4 * v_t_a_6;
            v_t_a_5 = d_7 * v_t_a_6;
            v_a_9 = (-(d_7 / v_13)) * d_a_9;
            d_7 = stored_2[--top_2];
            v_a_9 += (1 / v_13) * v_a_10;
            d_a_7 = v_t_a_5;
            d_a_8 = v_t_a_5;
            v_t_4 = stored_2[--top_2];
            v_g_4[i_7] += c_v_1 * d_a_8;
            c_a_2 += v_v_2[i_7] * d_a_7;
            v_g_4[i_7] += c_2 * v_a_9;
            c_a_2 += v_12[i_7] * v_a_9;
            v_13 = stored_2[--top_2];
        }
        taken_2 = stored_2[--top_2];
    }
    return __typegrad.reverseResult(value_4, [v_g_4, c_a_2]);
};
__typegrad.attach(positives, __typegrad.withHessian(__typegrad.withReverse(positives$ad, gradient_2, "an"), hessian_2, "an"));
const gradient_3 = (x_1, y_1) => {
    const stack_3 = __typegrad.valueStack();
    let stored_3 = stack_3.data, top_3 = 0;
    let v_15 = 0, v_16 = 0, v_17 = 0, v_18 = 0, v_19 = 0, v_20 = 0, x_a_1 = 0, y_a_1 = 0, a_1, a_a_1;
    v_15 = x_1 * y_1;
    a_1 = [];
    a_a_1 = [];
    a_1.push(x_1);
    a_a_1.push(0);
    a_1.push(y_1);
    a_a_1.push(0);
    a_1.push(v_15);
    a_a_1.push(0);
    for (let pass_1 = 0; pass_1 < 2; pass_1++) {
        for (let k_5 = 0; k_5 < 3; k_5++) {
            v_16 = a_1[(k_5 + 1) % 3] * a_1[(k_5 + 2) % 3];
            v_17 = a_1[k_5] + v_16;
            v_18 = 0.5 * v_17;
            if (top_3 === stored_3.length)
                stored_3 = stack_3.grow();
            stored_3[top_3++] = a_1[k_5];
            a_1[k_5] = v_18;
        }
    }
    v_19 = a_1[1] * a_1[2];
    v_20 = a_1[0] + v_19;
    const value_5 = v_20;
    let v_a_11 = 0, v_a_12 = 0, v_a_13 = 0;
    v_a_13 = 1;
    a_a_1[0] += v_a_13;
    v_a_12 = v_a_13;
    a_a_1[1] += a_1[2] * v_a_12;
    a_a_1[2] += a_1[1] * v_a_12;
    for (let k_6 = (Math.max(0, Math.ceil(2)) | 0) - 1; k_6 >= 0; k_6--) {
        const pass_1 = k_6;
        for (let k_7 = (Math.max(0, Math.ceil(3)) | 0) - 1; k_7 >= 0; k_7--) {
            const k_5 = k_7;
            let v_a_14 = 0, v_a_15 = 0, v_a_16 = 0;
            v_a_16 = a_a_1[k_5];
            a_a_1[k_5] = 0;
            a_1[k_5] = stored_3[--top_3];
            v_a_15 = 0.5 * v_a_16;
            a_a_1[k_5] += v_a_15;
            v_a_14 = v_a_15;
            a_a_1[(k_5 + 1) % 3] += a_1[(k_5 + 2) % 3] * v_a_14;
            a_a_1[(k_5 + 2) % 3] += a_1[(k_5 + 1) % 3] * v_a_14;
        }
    }
    a_1.pop();
    v_a_11 = a_a_1.pop();
    a_1.pop();
    y_a_1 += a_a_1.pop();
    a_1.pop();
    x_a_1 += a_a_1.pop();
    x_a_1 += y_1 * v_a_11;
    y_a_1 += x_1 * v_a_11;
    return __typegrad.reverseResult(value_5, [x_a_1, y_a_1]);
};
const forward_1 = (x_2, x_t_1, y_2, y_t_1) => {
    let v_21 = 0, v_t_8 = 0, v_22 = 0, v_t_9 = 0, v_23 = 0, v_t_10 = 0, v_24 = 0, v_t_11 = 0, v_25 = 0, v_t_12 = 0, v_26 = 0, v_t_13 = 0;
    let a_2, a_t_1;
    v_21 = x_2 * y_2;
    v_t_8 = y_2 * x_t_1 + x_2 * y_t_1;
    a_2 = [];
    a_t_1 = [];
    a_2.push(x_2);
    a_t_1.push(x_t_1);
    a_2.push(y_2);
    a_t_1.push(y_t_1);
    a_2.push(v_21);
    a_t_1.push(v_t_8);
    for (let pass_2 = 0; pass_2 < 2; pass_2++) {
        for (let k_8 = 0; k_8 < 3; k_8++) {
            v_22 = a_2[(k_8 + 1) % 3] * a_2[(k_8 + 2) % 3];
            v_t_9 = a_2[(k_8 + 2) % 3] * a_t_1[(k_8 + 1) % 3] + a_2[(k_8 + 1) % 3] * a_t_1[(k_8 + 2) % 3];
            v_23 = a_2[k_8] + v_22;
            v_t_10 = a_t_1[k_8] + v_t_9;
            v_24 = 0.5 * v_23;
            v_t_11 = 0.5 * v_t_10;
            a_2[k_8] = v_24;
            a_t_1[k_8] = v_t_11;
        }
    }
    v_25 = a_2[1] * a_2[2];
    v_t_12 = a_2[2] * a_t_1[1] + a_2[1] * a_t_1[2];
    v_26 = a_2[0] + v_25;
    v_t_13 = a_t_1[0] + v_t_12;
    return __typegrad.forwardResult(v_26, v_t_13);
};
const hessian_3 = (x_3, y_3, x_v_1, y_v_1) => {
    const stack_4 = __typegrad.valueStack();
    let stored_4 = stack_4.data, top_4 = 0;
    let v_27 = 0, v_28 = 0, v_29 = 0, v_30 = 0, d_10 = 0, d_11 = 0, v_t_14 = 0, d_12 = 0, d_13 = 0, v_t_15 = 0, v_t_16 = 0, v_t_17 = 0, d_14 = 0, d_15 = 0, v_t_18 = 0, v_t_19 = 0, at_3 = 0, at_4 = 0, x_a_2 = 0, y_a_2 = 0, a_3, a_a_2, a_t_2, a_t_a_1;
    v_27 = x_3 * y_3;
    d_10 = y_3 * x_v_1;
    d_11 = x_3 * y_v_1;
    v_t_14 = d_10 + d_11;
    a_3 = [];
    a_a_2 = [];
    a_t_2 = [];
    a_t_a_1 = [];
    a_3.push(x_3);
    a_a_2.push(0);
    a_t_2.push(x_v_1);
    a_t_a_1.push(0);
    a_3.push(y_3);
    a_a_2.push(0);
    a_t_2.push(y_v_1);
    a_t_a_1.push(0);
    a_3.push(v_27);
    a_a_2.push(0);
    a_t_2.push(v_t_14);
    a_t_a_1.push(0);
    for (let pass_3 = 0; pass_3 < 2; pass_3++) {
        for (let k_9 = 0; k_9 < 3; k_9++) {
            at_3 = ((k_9 + 1) < 3) ? (k_9 + 1) : ((k_9 + 1) - 3);
            at_4 = (k_9 + 2) % 3;
            v_28 = a_3[at_3] * a_3[at_4];
            d_12 = a_3[at_4] * a_t_2[at_3];
            d_13 = a_3[at_3] * a_t_2[at_4];
            v_t_15 = d_12 + d_13;
            v_29 = a_3[k_9] + v_28;
            v_t_16 = a_t_2[k_9] + v_t_15;
            v_30 = 0.5 * v_29;
            v_t_17 = 0.5 * v_t_16;
            while (top_4 + 2 > stored_4.length)
                stored_4 = stack_4.grow();
            stored_4[top_4++] = a_3[k_9];
            a_3[k_9] = v_30;
            stored_4[top_4++] = a_t_2[k_9];
            a_t_2[k_9] = v_t_17;
        }
    }
    d_14 = a_3[2] * a_t_2[1];
    d_15 = a_3[1] * a_t_2[2];
    v_t_18 = d_14 + d_15;
    v_t_19 = a_t_2[0] + v_t_18;
    const value_6 = v_t_19;
    let v_a_17 = 0, d_a_10 = 0, d_a_11 = 0, v_t_a_7 = 0, d_a_12 = 0, d_a_13 = 0, v_t_a_8 = 0, v_t_a_9 = 0;
    v_t_a_9 = 1;
    a_t_a_1[0] += v_t_a_9;
    v_t_a_8 = v_t_a_9;
    d_a_12 = v_t_a_8;
    d_a_13 = v_t_a_8;
    a_a_2[1] += a_t_2[2] * d_a_13;
    a_t_a_1[2] += a_3[1] * d_a_13;
    a_a_2[2] += a_t_2[1] * d_a_12;
    a_t_a_1[1] += a_3[2] * d_a_12;
    for (let k_10 = (Math.max(0, Math.ceil(2)) | 0) - 1; k_10 >= 0; k_10--) {
        const pass_3 = k_10;
        for (let k_11 = (Math.max(0, Math.ceil(3)) | 0) - 1; k_11 >= 0; k_11--) {
            const k_9 = k_11;
            at_3 = ((k_9 + 1) < 3) ? (k_9 + 1) : ((k_9 + 1) - 3);
            at_4 = (k_9 + 2) % 3;
            let v_a_18 = 0, d_a_14 = 0, d_a_15 = 0, v_t_a_10 = 0, v_a_19 = 0, v_t_a_11 = 0, v_a_20 = 0, v_t_a_12 = 0;
            v_t_a_12 = a_t_a_1[k_9];
            a_t_a_1[k_9] = 0;
            a_t_2[k_9] = stored_4[--top_4];
            v_a_20 = a_a_2[k_9];
            a_a_2[k_9] = 0;
            a_3[k_9] = stored_4[--top_4];
            v_t_a_11 = 0.5 * v_t_a_12;
            v_a_19 = 0.5 * v_a_20;
            a_t_a_1[k_9] += v_t_a_11;
            v_t_a_10 = v_t_a_11;
            a_a_2[k_9] += v_a_19;
            v_a_18 = v_a_19;
            d_a_14 = v_t_a_10;
            d_a_15 = v_t_a_10;
            a_a_2[at_3] += a_t_2[at_4] * d_a_15;
            a_t_a_1[at_4] += a_3[at_3] * d_a_15;
            a_a_2[at_4] += a_t_2[at_3] * d_a_14;
            a_t_a_1[at_3] += a_3[at_4] * d_a_14;
            a_a_2[at_3] += a_3[at_4] * v_a_18;
            a_a_2[at_4] += a_3[at_3] * v_a_18;
        }
    }
    a_t_2.pop();
    v_t_a_7 = a_t_a_1.pop();
    a_3.pop();
    v_a_17 = a_a_2.pop();
    a_t_2.pop();
    a_t_a_1.pop();
    a_3.pop();
    y_a_2 += a_a_2.pop();
    a_t_2.pop();
    a_t_a_1.pop();
    a_3.pop();
    x_a_2 += a_a_2.pop();
    d_a_10 = v_t_a_7;
    d_a_11 = v_t_a_7;
    x_a_2 += y_v_1 * d_a_11;
    y_a_2 += x_v_1 * d_a_10;
    x_a_2 += y_3 * v_a_17;
    y_a_2 += x_3 * v_a_17;
    return __typegrad.reverseResult(value_6, [x_a_2, y_a_2]);
};
__typegrad.attach(smooth, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward(smooth$ad, forward_1), gradient_3, "nn"), hessian_3, "nn"));
const gradient_4 = (w_1, x_4) => {
    const stack_5 = __typegrad.valueStack();
    let stored_5 = stack_5.data, top_5 = 0;
    const w_g_1 = new Array(w_1.length).fill(0);
    const kept_3 = [];
    let loss_1 = 0, v_31 = 0, v_32 = 0, v_33 = 0, v_34 = 0, v_35 = 0, v_36 = 0, x_a_3 = 0, loss_a_1 = 0, h_1, h_a_1;
    loss_1 = 0;
    for (let s_3 = 0; s_3 < 2; s_3++) {
        kept_3.push(h_1);
        kept_3.push(h_a_1);
        h_1 = new Array(2);
        h_a_1 = new Array(2).fill(0);
        for (let j_1 = 0; j_1 < 2; j_1++) {
            v_31 = x_4 + s_3;
            v_32 = w_1[j_1] * v_31;
            if (top_5 === stored_5.length)
                stored_5 = stack_5.grow();
            stored_5[top_5++] = v_33;
            v_33 = Math.tanh(v_32);
            h_1[j_1] = v_33;
        }
        if (top_5 === stored_5.length)
            stored_5 = stack_5.grow();
        stored_5[top_5++] = v_34;
        v_34 = h_1[0] * h_1[1];
        v_35 = v_34 * w_1[2];
        v_36 = loss_1 + v_35;
        loss_1 = v_36;
    }
    const value_7 = loss_1;
    loss_a_1 = 1;
    for (let k_12 = (Math.max(0, Math.ceil(2)) | 0) - 1; k_12 >= 0; k_12--) {
        const s_3 = k_12;
        let v_a_21 = 0, v_a_22 = 0, v_a_23 = 0;
        v_a_23 = loss_a_1;
        loss_a_1 = 0;
        loss_a_1 = v_a_23;
        v_a_22 = v_a_23;
        v_a_21 = w_1[2] * v_a_22;
        w_g_1[2] += v_34 * v_a_22;
        h_a_1[0] += h_1[1] * v_a_21;
        h_a_1[1] += h_1[0] * v_a_21;
        v_34 = stored_5[--top_5];
        for (let k_13 = (Math.max(0, Math.ceil(2)) | 0) - 1; k_13 >= 0; k_13--) {
            const j_1 = k_13;
            v_31 = x_4 + s_3;
            let v_a_24 = 0, v_a_25 = 0, v_a_26 = 0;
            v_a_26 = h_a_1[j_1];
            h_a_1[j_1] = 0;
            v_a_25 = (1 - (v_33 * v_33)) * v_a_26;
            v_33 = stored_5[--top_5];
            w_g_1[j_1] += v_31 * v_a_25;
            v_a_24 = w_1[j_1] * v_a_25;
            x_a_3 += v_a_24;
        }
        h_a_1 = kept_3.pop();
        h_1 = kept_3.pop();
    }
    loss_a_1 = 0;
    return __typegrad.reverseResult(value_7, [w_g_1, x_a_3]);
};
const hessian_4 = (w_2, x_5, w_v_1, x_v_2) => {
    const stack_6 = __typegrad.valueStack();
    let stored_6 = stack_6.data, top_6 = 0;
    const w_g_2 = new Array(w_2.length).fill(0);
    const kept_4 = [];
    let v_37 = 0, v_38 = 0, v_39 = 0, v_40 = 0, loss_t_1 = 0, v_t_20 = 0, d_16 = 0, d_17 = 0, v_t_21 = 0, d_18 = 0, d_19 = 0, v_t_22 = 0, d_20 = 0, d_21 = 0, v_t_23 = 0, d_22 = 0, d_23 = 0, v_t_24 = 0, v_t_25 = 0, x_a_4 = 0, loss_t_a_1 = 0, h_2, h_a_2, h_t_1, h_t_a_1;
    loss_t_1 = 0;
    for (let s_4 = 0; s_4 < 2; s_4++) {
        kept_4.push(h_2);
        kept_4.push(h_a_2);
        h_2 = new Array(2);
        h_a_2 = new Array(2).fill(0);
        kept_4.push(h_t_1);
        kept_4.push(h_t_a_1);
        h_t_1 = new Array(2).fill(0);
        h_t_a_1 = new Array(2).fill(0);
        for (let j_2 = 0; j_2 < 2; j_2++) {
            v_37 = x_5 + s_4;
            v_t_20 = x_v_2;
            v_38 = w_2[j_2] * v_37;
            while (top_6 + 2 > stored_6.length)
                stored_6 = stack_6.grow();
            stored_6[top_6++] = d_16;
            d_16 = v_37 * w_v_1[j_2];
            d_17 = w_2[j_2] * v_t_20;
            v_t_21 = d_16 + d_17;
            stored_6[top_6++] = v_39;
            v_39 = Math.tanh(v_38);
            d_18 = v_39 * v_39;
            d_19 = 1 - d_18;
            v_t_22 = d_19 * v_t_21;
            h_2[j_2] = v_39;
            h_t_1[j_2] = v_t_22;
        }
        v_40 = h_2[0] * h_2[1];
        while (top_6 + 2 > stored_6.length)
            stored_6 = stack_6.grow();
        stored_6[top_6++] = d_20;
        d_20 = h_2[1] * h_t_1[0];
        stored_6[top_6++] = d_21;
        d_21 = h_2[0] * h_t_1[1];
        v_t_23 = d_20 + d_21;
        d_22 = w_2[2] * v_t_23;
        d_23 = v_40 * w_v_1[2];
        v_t_24 = d_22 + d_23;
        v_t_25 = loss_t_1 + v_t_24;
        loss_t_1 = v_t_25;
    }
    const value_8 = loss_t_1;
    loss_t_a_1 = 1;
    for (let k_14 = (Math.max(0, Math.ceil(2)) | 0) - 1; k_14 >= 0; k_14--) {
        const s_4 = k_14;
        v_t_23 = d_20 + d_21;
        let v_a_27 = 0, d_a_16 = 0, d_a_17 = 0, v_t_a_13 = 0, d_a_18 = 0, d_a_19 = 0, v_t_a_14 = 0, v_t_a_15 = 0;
        v_t_a_15 = loss_t_a_1;
        loss_t_a_1 = 0;
        loss_t_a_1 = v_t_a_15;
        v_t_a_14 = v_t_a_15;
        d_a_18 = v_t_a_14;
        d_a_19 = v_t_a_14;
        v_a_27 = w_v_1[2] * d_a_19;
        w_g_2[2] += v_t_23 * d_a_18;
        v_t_a_13 = w_2[2] * d_a_18;
        d_a_16 = v_t_a_13;
        d_a_17 = v_t_a_13;
        h_a_2[0] += h_t_1[1] * d_a_17;
        h_t_a_1[1] += h_2[0] * d_a_17;
        d_21 = stored_6[--top_6];
        h_a_2[1] += h_t_1[0] * d_a_16;
        h_t_a_1[0] += h_2[1] * d_a_16;
        d_20 = stored_6[--top_6];
        h_a_2[0] += h_2[1] * v_a_27;
        h_a_2[1] += h_2[0] * v_a_27;
        for (let k_15 = (Math.max(0, Math.ceil(2)) | 0) - 1; k_15 >= 0; k_15--) {
            const j_2 = k_15;
            v_37 = x_5 + s_4;
            v_t_20 = x_v_2;
            d_17 = w_2[j_2] * v_t_20;
            v_t_21 = d_16 + d_17;
            d_18 = v_39 * v_39;
            d_19 = 1 - d_18;
            let v_a_28 = 0, v_a_29 = 0, d_a_20 = 0, d_a_21 = 0, v_t_a_16 = 0, v_a_30 = 0, d_a_22 = 0, d_a_23 = 0, v_t_a_17 = 0;
            v_t_a_17 = h_t_a_1[j_2];
            h_t_a_1[j_2] = 0;
            v_a_30 = h_a_2[j_2];
            h_a_2[j_2] = 0;
            d_a_23 = v_t_21 * v_t_a_17;
            v_t_a_16 = d_19 * v_t_a_17;
            d_a_22 = -d_a_23;
            v_a_30 += v_39 * d_a_22;
            v_a_30 += v_39 * d_a_22;
            v_a_29 = (1 - (v_39 * v_39)) * v_a_30;
            v_39 = stored_6[--top_6];
            d_a_20 = v_t_a_16;
            d_a_21 = v_t_a_16;
            w_g_2[j_2] += v_t_20 * d_a_21;
            v_a_28 = w_v_1[j_2] * d_a_20;
            d_16 = stored_6[--top_6];
            w_g_2[j_2] += v_37 * v_a_29;
            v_a_28 += w_2[j_2] * v_a_29;
            x_a_4 += v_a_28;
        }
        h_t_a_1 = kept_4.pop();
        h_t_1 = kept_4.pop();
        h_a_2 = kept_4.pop();
        h_2 = kept_4.pop();
    }
    loss_t_a_1 = 0;
    return __typegrad.reverseResult(value_8, [w_g_2, x_a_4]);
};
__typegrad.attach(layer, __typegrad.withHessian(__typegrad.withReverse(layer$ad, gradient_4, "an"), hessian_4, "an"));
const gradient_5 = (v_41, c_3) => {
    const stack_7 = __typegrad.valueStack();
    let stored_7 = stack_7.data, top_7 = 0;
    const v_g_5 = new Array(v_41.length).fill(0);
    let v_42 = 0, v_43 = 0, acc_1 = 0, element_1 = 0, v_44 = 0, v_45 = 0, s_5 = 0, v_46 = 0, v_47 = 0, v_48 = 0, v_49 = 0, v_50 = 0, v_51 = 0, v_52 = 0, taken_3 = 0, c_a_3 = 0, acc_a_1 = 0, s_a_3 = 0, scaled_1, scaled_a_1;
    scaled_1 = new Array(v_41.length);
    scaled_a_1 = new Array(v_41.length).fill(0);
    for (let i_9 = 0; i_9 < v_41.length; i_9++) {
        v_42 = v_41[i_9] * c_3;
        v_43 = v_42 + i_9;
        scaled_1[i_9] = v_43;
    }
    acc_1 = 0;
    for (let i_10 = 0; i_10 < scaled_1.length; i_10++) {
        if (top_7 === stored_7.length)
            stored_7 = stack_7.grow();
        stored_7[top_7++] = element_1;
        element_1 = scaled_1[i_10];
        v_44 = element_1 * element_1;
        v_45 = acc_1 + v_44;
        acc_1 = v_45;
    }
    s_5 = acc_1;
    for (let i_11 = 0; i_11 < v_41.length; i_11++) {
        if (top_7 === stored_7.length)
            stored_7 = stack_7.grow();
        stored_7[top_7++] = taken_3;
        taken_3 = v_41[i_11] < 0 ? 1 : 0;
        if (!(taken_3 === 1)) {
            if (top_7 === stored_7.length)
                stored_7 = stack_7.grow();
            stored_7[top_7++] = v_46;
            v_46 = Math.sqrt(v_41[i_11]);
            v_47 = v_46 * c_3;
            v_48 = s_5 + v_47;
            s_5 = v_48;
        }
    }
    v_49 = Math.max(v_41[0], v_41[1], c_3);
    v_50 = s_5 + v_49;
    v_51 = Math.hypot(c_3, v_41[0], 1);
    v_52 = v_50 + v_51;
    const value_9 = v_52;
    let v_a_31 = 0, v_a_32 = 0, v_a_33 = 0, v_a_34 = 0;
    v_a_34 = 1;
    v_a_32 = v_a_34;
    v_a_33 = v_a_34;
    c_a_3 += ((v_51 === 0) ? 0 : (c_3 / v_51)) * v_a_33;
    v_g_5[0] += ((v_51 === 0) ? 0 : (v_41[0] / v_51)) * v_a_33;
    s_a_3 = v_a_32;
    v_a_31 = v_a_32;
    v_g_5[0] += (((((v_41[0] === v_49) + (v_41[1] === v_49)) + (c_3 === v_49)) === 0) ? NaN : ((v_41[0] === v_49) ? (1 / (((v_41[0] === v_49) + (v_41[1] === v_49)) + (c_3 === v_49))) : 0)) * v_a_31;
    v_g_5[1] += (((((v_41[0] === v_49) + (v_41[1] === v_49)) + (c_3 === v_49)) === 0) ? NaN : ((v_41[1] === v_49) ? (1 / (((v_41[0] === v_49) + (v_41[1] === v_49)) + (c_3 === v_49))) : 0)) * v_a_31;
    c_a_3 += (((((v_41[0] === v_49) + (v_41[1] === v_49)) + (c_3 === v_49)) === 0) ? NaN : ((c_3 === v_49) ? (1 / (((v_41[0] === v_49) + (v_41[1] === v_49)) + (c_3 === v_49))) : 0)) * v_a_31;
    for (let k_16 = (Math.max(0, Math.ceil(v_41.length)) | 0) - 1; k_16 >= 0; k_16--) {
        const i_11 = k_16;
        if (taken_3 === 0) {
            let v_a_35 = 0, v_a_36 = 0, v_a_37 = 0;
            v_a_37 = s_a_3;
            s_a_3 = 0;
            s_a_3 = v_a_37;
            v_a_36 = v_a_37;
            v_a_35 = c_3 * v_a_36;
            c_a_3 += v_46 * v_a_36;
            v_g_5[i_11] += (0.5 / v_46) * v_a_35;
            v_46 = stored_7[--top_7];
        }
        taken_3 = stored_7[--top_7];
    }
    acc_a_1 = s_a_3;
    s_a_3 = 0;
    for (let k_17 = (Math.max(0, Math.ceil(scaled_1.length)) | 0) - 1; k_17 >= 0; k_17--) {
        const i_10 = k_17;
        let element_a_1 = 0, v_a_38 = 0, v_a_39 = 0;
        v_a_39 = acc_a_1;
        acc_a_1 = 0;
        acc_a_1 = v_a_39;
        v_a_38 = v_a_39;
        element_a_1 = element_1 * v_a_38;
        element_a_1 += element_1 * v_a_38;
        scaled_a_1[i_10] += element_a_1;
        element_1 = stored_7[--top_7];
    }
    acc_a_1 = 0;
    for (let k_18 = (Math.max(0, Math.ceil(v_41.length)) | 0) - 1; k_18 >= 0; k_18--) {
        const i_9 = k_18;
        let v_a_40 = 0, v_a_41 = 0;
        v_a_41 = scaled_a_1[i_9];
        scaled_a_1[i_9] = 0;
        v_a_40 = v_a_41;
        v_g_5[i_9] += c_3 * v_a_40;
        c_a_3 += v_41[i_9] * v_a_40;
    }
    return __typegrad.reverseResult(value_9, [v_g_5, c_a_3]);
};
const hessian_5 = (v_53, c_4, v_v_3, c_v_2) => {
    const stack_8 = __typegrad.valueStack();
    let stored_8 = stack_8.data, top_8 = 0;
    const v_g_6 = new Array(v_53.length).fill(0);
    let v_54 = 0, v_55 = 0, element_2 = 0, v_56 = 0, v_57 = 0, v_58 = 0, d_24 = 0, d_25 = 0, v_t_26 = 0, v_t_27 = 0, acc_t_1 = 0, element_t_1 = 0, d_26 = 0, d_27 = 0, v_t_28 = 0, v_t_29 = 0, s_t_3 = 0, d_28 = 0, v_t_30 = 0, d_29 = 0, d_30 = 0, v_t_31 = 0, v_t_32 = 0, v_t_33 = 0, v_t_34 = 0, d_31 = 0, r_1 = 0, d_32 = 0, d_33 = 0, r_2 = 0, d_34 = 0, v_t_35 = 0, v_t_36 = 0, taken_4 = 0, taken_5 = 0, taken_6 = 0, c_a_4 = 0, acc_t_a_1 = 0, s_t_a_3 = 0, r_a_1 = 0, r_a_2 = 0, scaled_2, scaled_a_2, scaled_t_1, scaled_t_a_1;
    scaled_2 = new Array(v_53.length);
    scaled_a_2 = new Array(v_53.length).fill(0);
    scaled_t_1 = new Array(v_53.length).fill(0);
    scaled_t_a_1 = new Array(v_53.length).fill(0);
    for (let i_12 = 0; i_12 < v_53.length; i_12++) {
        v_54 = v_53[i_12] * c_4;
        d_24 = c_4 * v_v_3[i_12];
        d_25 = v_53[i_12] * c_v_2;
        v_t_26 = d_24 + d_25;
        v_55 = v_54 + i_12;
        v_t_27 = v_t_26;
        scaled_2[i_12] = v_55;
        scaled_t_1[i_12] = v_t_27;
    }
    acc_t_1 = 0;
    for (let i_13 = 0; i_13 < scaled_2.length; i_13++) {
        while (top_8 + 2 > stored_8.length)
            stored_8 = stack_8.grow();
        stored_8[top_8++] = element_2;
        element_2 = scaled_2[i_13];
        stored_8[top_8++] = element_t_1;
        element_t_1 = scaled_t_1[i_13];
        d_26 = element_2 * element_t_1;
        d_27 = element_2 * element_t_1;
        v_t_28 = d_26 + d_27;
        v_t_29 = acc_t_1 + v_t_28;
        acc_t_1 = v_t_29;
    }
    s_t_3 = acc_t_1;
    for (let i_14 = 0; i_14 < v_53.length; i_14++) {
        if (top_8 === stored_8.length)
            stored_8 = stack_8.grow();
        stored_8[top_8++] = taken_6;
        taken_6 = v_53[i_14] < 0 ? 1 : 0;
        if (!(taken_6 === 1)) {
            while (top_8 + 3 > stored_8.length)
                stored_8 = stack_8.grow();
            stored_8[top_8++] = v_56;
            v_56 = Math.sqrt(v_53[i_14]);
            stored_8[top_8++] = d_28;
            d_28 = 0.5 / v_56;
            stored_8[top_8++] = v_t_30;
            v_t_30 = d_28 * v_v_3[i_14];
            d_29 = c_4 * v_t_30;
            d_30 = v_56 * c_v_2;
            v_t_31 = d_29 + d_30;
            v_t_32 = s_t_3 + v_t_31;
            s_t_3 = v_t_32;
        }
    }
    v_57 = Math.max(v_53[0], v_53[1], c_4);
    v_t_33 = (((((((v_53[0] === v_57) + (v_53[1] === v_57)) + (c_4 === v_57)) === 0) ? NaN : ((v_53[0] === v_57) ? (1 / (((v_53[0] === v_57) + (v_53[1] === v_57)) + (c_4 === v_57))) : 0)) * v_v_3[0]) + ((((((v_53[0] === v_57) + (v_53[1] === v_57)) + (c_4 === v_57)) === 0) ? NaN : ((v_53[1] === v_57) ? (1 / (((v_53[0] === v_57) + (v_53[1] === v_57)) + (c_4 === v_57))) : 0)) * v_v_3[1])) + ((((((v_53[0] === v_57) + (v_53[1] === v_57)) + (c_4 === v_57)) === 0) ? NaN : ((c_4 === v_57) ? (1 / (((v_53[0] === v_57) + (v_53[1] === v_57)) + (c_4 === v_57))) : 0)) * c_v_2);
    v_t_34 = s_t_3 + v_t_33;
    v_58 = Math.hypot(c_4, v_53[0], 1);
    taken_5 = v_58 === 0 ? 1 : 0;
    if (taken_5 === 1) {
        r_1 = 0;
    }
    else {
        d_31 = c_4 / v_58;
        r_1 = d_31;
    }
    d_32 = r_1 * c_v_2;
    taken_4 = v_58 === 0 ? 1 : 0;
    if (taken_4 === 1) {
        r_2 = 0;
    }
    else {
        d_33 = v_53[0] / v_58;
        r_2 = d_33;
    }
    d_34 = r_2 * v_v_3[0];
    v_t_35 = d_32 + d_34;
    v_t_36 = v_t_34 + v_t_35;
    const value_10 = v_t_36;
    let v_t_a_18 = 0, v_a_42 = 0, d_a_24 = 0, d_a_25 = 0, v_t_a_19 = 0, v_t_a_20 = 0;
    v_t_a_20 = 1;
    v_t_a_18 = v_t_a_20;
    v_t_a_19 = v_t_a_20;
    d_a_24 = v_t_a_19;
    d_a_25 = v_t_a_19;
    r_a_2 = v_v_3[0] * d_a_25;
    if (taken_4 === 1) {
        r_a_2 = 0;
    }
    else {
        let d_a_26 = 0;
        d_a_26 = r_a_2;
        r_a_2 = 0;
        v_g_6[0] += (1 / v_58) * d_a_26;
        v_a_42 += (-(d_33 / v_58)) * d_a_26;
    }
    r_a_1 = c_v_2 * d_a_24;
    if (taken_5 === 1) {
        r_a_1 = 0;
    }
    else {
        let d_a_27 = 0;
        d_a_27 = r_a_1;
        r_a_1 = 0;
        c_a_4 += (1 / v_58) * d_a_27;
        v_a_42 += (-(d_31 / v_58)) * d_a_27;
    }
    c_a_4 += ((v_58 === 0) ? 0 : (c_4 / v_58)) * v_a_42;
    v_g_6[0] += ((v_58 === 0) ? 0 : (v_53[0] / v_58)) * v_a_42;
    s_t_a_3 = v_t_a_18;
    for (let k_19 = (Math.max(0, Math.ceil(v_53.length)) | 0) - 1; k_19 >= 0; k_19--) {
        const i_14 = k_19;
        if (taken_6 === 0) {
            let v_a_43 = 0, d_a_28 = 0, v_t_a_21 = 0, d_a_29 = 0, d_a_30 = 0, v_t_a_22 = 0, v_t_a_23 = 0;
            v_t_a_23 = s_t_a_3;
            s_t_a_3 = 0;
            s_t_a_3 = v_t_a_23;
            v_t_a_22 = v_t_a_23;
            d_a_29 = v_t_a_22;
            d_a_30 = v_t_a_22;
            v_a_43 = c_v_2 * d_a_30;
            c_a_4 += v_t_30 * d_a_29;
            v_t_a_21 = c_4 * d_a_29;
            d_a_28 = v_v_3[i_14] * v_t_a_21;
            v_t_30 = stored_8[--top_8];
            v_a_43 += (-(d_28 / v_56)) * d_a_28;
            d_28 = stored_8[--top_8];
            v_g_6[i_14] += (0.5 / v_56) * v_a_43;
            v_56 = stored_8[--top_8];
        }
        taken_6 = stored_8[--top_8];
    }
    acc_t_a_1 = s_t_a_3;
    s_t_a_3 = 0;
    for (let k_20 = (Math.max(0, Math.ceil(scaled_2.length)) | 0) - 1; k_20 >= 0; k_20--) {
        const i_13 = k_20;
        let element_a_2 = 0, element_t_a_1 = 0, d_a_31 = 0, d_a_32 = 0, v_t_a_24 = 0, v_t_a_25 = 0;
        v_t_a_25 = acc_t_a_1;
        acc_t_a_1 = 0;
        acc_t_a_1 = v_t_a_25;
        v_t_a_24 = v_t_a_25;
        d_a_31 = v_t_a_24;
        d_a_32 = v_t_a_24;
        element_a_2 = element_t_1 * d_a_32;
        element_t_a_1 = element_2 * d_a_32;
        element_a_2 += element_t_1 * d_a_31;
        element_t_a_1 += element_2 * d_a_31;
        scaled_t_a_1[i_13] += element_t_a_1;
        element_t_1 = stored_8[--top_8];
        scaled_a_2[i_13] += element_a_2;
        element_2 = stored_8[--top_8];
    }
    acc_t_a_1 = 0;
    for (let k_21 = (Math.max(0, Math.ceil(v_53.length)) | 0) - 1; k_21 >= 0; k_21--) {
        const i_12 = k_21;
        let v_a_44 = 0, d_a_33 = 0, d_a_34 = 0, v_t_a_26 = 0, v_a_45 = 0, v_t_a_27 = 0;
        v_t_a_27 = scaled_t_a_1[i_12];
        scaled_t_a_1[i_12] = 0;
        v_a_45 = scaled_a_2[i_12];
        scaled_a_2[i_12] = 0;
        v_t_a_26 = v_t_a_27;
        v_a_44 = v_a_45;
        d_a_33 = v_t_a_26;
        d_a_34 = v_t_a_26;
        v_g_6[i_12] += c_v_2 * d_a_34;
        c_a_4 += v_v_3[i_12] * d_a_33;
        v_g_6[i_12] += c_4 * v_a_44;
        c_a_4 += v_53[i_12] * v_a_44;
    }
    return __typegrad.reverseResult(value_10, [v_g_6, c_a_4]);
};
__typegrad.attach(methods, __typegrad.withHessian(__typegrad.withReverse(methods$ad, gradient_5, "an"), hessian_5, "an"));
const gradient_6 = x_6 => {
    const stack_9 = __typegrad.valueStack();
    let stored_9 = stack_9.data, top_9 = 0;
    let v_59 = 0, v_60 = 0, v_61 = 0, v_62 = 0, v_63 = 0, v_64 = 0, x_a_5 = 0, a_4, a_a_3;
    v_59 = x_6 * 0.7;
    a_4 = [];
    a_a_3 = [];
    a_4.push(x_6);
    a_a_3.push(0);
    a_4.push(0.7);
    a_a_3.push(0);
    a_4.push(v_59);
    a_a_3.push(0);
    for (let pass_4 = 0; pass_4 < 2; pass_4++) {
        for (let k_22 = 0; k_22 < 3; k_22++) {
            v_60 = a_4[(k_22 + 1) % 3] * a_4[(k_22 + 2) % 3];
            v_61 = a_4[k_22] + v_60;
            v_62 = 0.5 * v_61;
            if (top_9 === stored_9.length)
                stored_9 = stack_9.grow();
            stored_9[top_9++] = a_4[k_22];
            a_4[k_22] = v_62;
        }
    }
    v_63 = a_4[1] * a_4[2];
    v_64 = a_4[0] + v_63;
    const value_11 = v_64;
    let v_a_46 = 0, v_a_47 = 0, v_a_48 = 0;
    v_a_48 = 1;
    a_a_3[0] += v_a_48;
    v_a_47 = v_a_48;
    a_a_3[1] += a_4[2] * v_a_47;
    a_a_3[2] += a_4[1] * v_a_47;
    for (let k_23 = (Math.max(0, Math.ceil(2)) | 0) - 1; k_23 >= 0; k_23--) {
        const pass_4 = k_23;
        for (let k_24 = (Math.max(0, Math.ceil(3)) | 0) - 1; k_24 >= 0; k_24--) {
            const k_22 = k_24;
            let v_a_49 = 0, v_a_50 = 0, v_a_51 = 0;
            v_a_51 = a_a_3[k_22];
            a_a_3[k_22] = 0;
            a_4[k_22] = stored_9[--top_9];
            v_a_50 = 0.5 * v_a_51;
            a_a_3[k_22] += v_a_50;
            v_a_49 = v_a_50;
            a_a_3[(k_22 + 1) % 3] += a_4[(k_22 + 2) % 3] * v_a_49;
            a_a_3[(k_22 + 2) % 3] += a_4[(k_22 + 1) % 3] * v_a_49;
        }
    }
    a_4.pop();
    v_a_46 = a_a_3.pop();
    a_4.pop();
    a_a_3.pop();
    a_4.pop();
    x_a_5 += a_a_3.pop();
    x_a_5 += 0.7 * v_a_46;
    return __typegrad.reverseResult(value_11, [x_a_5]);
};
const forward_2 = (x_7, x_t_2) => {
    let v_65 = 0, v_t_37 = 0, v_66 = 0, v_t_38 = 0, v_67 = 0, v_t_39 = 0, v_68 = 0, v_t_40 = 0, v_69 = 0, v_t_41 = 0, v_70 = 0, v_t_42 = 0;
    let a_5, a_t_3;
    v_65 = x_7 * 0.7;
    v_t_37 = 0.7 * x_t_2;
    a_5 = [];
    a_t_3 = [];
    a_5.push(x_7);
    a_t_3.push(x_t_2);
    a_5.push(0.7);
    a_t_3.push(0);
    a_5.push(v_65);
    a_t_3.push(v_t_37);
    for (let pass_5 = 0; pass_5 < 2; pass_5++) {
        for (let k_25 = 0; k_25 < 3; k_25++) {
            v_66 = a_5[(k_25 + 1) % 3] * a_5[(k_25 + 2) % 3];
            v_t_38 = a_5[(k_25 + 2) % 3] * a_t_3[(k_25 + 1) % 3] + a_5[(k_25 + 1) % 3] * a_t_3[(k_25 + 2) % 3];
            v_67 = a_5[k_25] + v_66;
            v_t_39 = a_t_3[k_25] + v_t_38;
            v_68 = 0.5 * v_67;
            v_t_40 = 0.5 * v_t_39;
            a_5[k_25] = v_68;
            a_t_3[k_25] = v_t_40;
        }
    }
    v_69 = a_5[1] * a_5[2];
    v_t_41 = a_5[2] * a_t_3[1] + a_5[1] * a_t_3[2];
    v_70 = a_5[0] + v_69;
    v_t_42 = a_t_3[0] + v_t_41;
    return __typegrad.forwardResult(v_70, v_t_42);
};
const derivative_1 = x_8 => {
    let v_71 = 0, v_t_43 = 0, v_72 = 0, v_t_44 = 0, v_73 = 0, v_t_45 = 0, v_74 = 0, v_t_46 = 0, v_75 = 0, v_t_47 = 0, v_76 = 0, v_t_48 = 0;
    let a_6, a_t_4;
    v_71 = x_8 * 0.7;
    v_t_43 = 0.7;
    a_6 = [];
    a_t_4 = [];
    a_6.push(x_8);
    a_t_4.push(1);
    a_6.push(0.7);
    a_t_4.push(0);
    a_6.push(v_71);
    a_t_4.push(v_t_43);
    for (let pass_6 = 0; pass_6 < 2; pass_6++) {
        for (let k_26 = 0; k_26 < 3; k_26++) {
            v_72 = a_6[(k_26 + 1) % 3] * a_6[(k_26 + 2) % 3];
            v_t_44 = a_6[(k_26 + 2) % 3] * a_t_4[(k_26 + 1) % 3] + a_6[(k_26 + 1) % 3] * a_t_4[(k_26 + 2) % 3];
            v_73 = a_6[k_26] + v_72;
            v_t_45 = a_t_4[k_26] + v_t_44;
            v_74 = 0.5 * v_73;
            v_t_46 = 0.5 * v_t_45;
            a_6[k_26] = v_74;
            a_t_4[k_26] = v_t_46;
        }
    }
    v_75 = a_6[1] * a_6[2];
    v_t_47 = a_6[2] * a_t_4[1] + a_6[1] * a_t_4[2];
    v_76 = a_6[0] + v_75;
    v_t_48 = a_t_4[0] + v_t_47;
    return __typegrad.derivativeResult(v_76, v_t_48);
};
const hessian_6 = (x_9, x_v_3) => {
    const stack_10 = __typegrad.valueStack();
    let stored_10 = stack_10.data, top_10 = 0;
    let v_77 = 0, v_78 = 0, v_79 = 0, v_80 = 0, v_t_49 = 0, d_35 = 0, d_36 = 0, v_t_50 = 0, v_t_51 = 0, v_t_52 = 0, d_37 = 0, d_38 = 0, v_t_53 = 0, v_t_54 = 0, at_5 = 0, at_6 = 0, x_a_6 = 0, a_7, a_a_4, a_t_5, a_t_a_2;
    v_77 = x_9 * 0.7;
    v_t_49 = 0.7 * x_v_3;
    a_7 = [];
    a_a_4 = [];
    a_t_5 = [];
    a_t_a_2 = [];
    a_7.push(x_9);
    a_a_4.push(0);
    a_t_5.push(x_v_3);
    a_t_a_2.push(0);
    a_7.push(0.7);
    a_a_4.push(0);
    a_t_5.push(0);
    a_t_a_2.push(0);
    a_7.push(v_77);
    a_a_4.push(0);
    a_t_5.push(v_t_49);
    a_t_a_2.push(0);
    for (let pass_7 = 0; pass_7 < 2; pass_7++) {
        for (let k_27 = 0; k_27 < 3; k_27++) {
            at_5 = ((k_27 + 1) < 3) ? (k_27 + 1) : ((k_27 + 1) - 3);
            at_6 = (k_27 + 2) % 3;
            v_78 = a_7[at_5] * a_7[at_6];
            d_35 = a_7[at_6] * a_t_5[at_5];
            d_36 = a_7[at_5] * a_t_5[at_6];
            v_t_50 = d_35 + d_36;
            v_79 = a_7[k_27] + v_78;
            v_t_51 = a_t_5[k_27] + v_t_50;
            v_80 = 0.5 * v_79;
            v_t_52 = 0.5 * v_t_51;
            while (top_10 + 2 > stored_10.length)
                stored_10 = stack_10.grow();
            stored_10[top_10++] = a_7[k_27];
            a_7[k_27] = v_80;
            stored_10[top_10++] = a_t_5[k_27];
            a_t_5[k_27] = v_t_52;
        }
    }
    d_37 = a_7[2] * a_t_5[1];
    d_38 = a_7[1] * a_t_5[2];
    v_t_53 = d_37 + d_38;
    v_t_54 = a_t_5[0] + v_t_53;
    const value_12 = v_t_54;
    let v_a_52 = 0, d_a_35 = 0, d_a_36 = 0, v_t_a_28 = 0, v_t_a_29 = 0;
    v_t_a_29 = 1;
    a_t_a_2[0] += v_t_a_29;
    v_t_a_28 = v_t_a_29;
    d_a_35 = v_t_a_28;
    d_a_36 = v_t_a_28;
    a_a_4[1] += a_t_5[2] * d_a_36;
    a_t_a_2[2] += a_7[1] * d_a_36;
    a_a_4[2] += a_t_5[1] * d_a_35;
    a_t_a_2[1] += a_7[2] * d_a_35;
    for (let k_28 = (Math.max(0, Math.ceil(2)) | 0) - 1; k_28 >= 0; k_28--) {
        const pass_7 = k_28;
        for (let k_29 = (Math.max(0, Math.ceil(3)) | 0) - 1; k_29 >= 0; k_29--) {
            const k_27 = k_29;
            at_5 = ((k_27 + 1) < 3) ? (k_27 + 1) : ((k_27 + 1) - 3);
            at_6 = (k_27 + 2) % 3;
            let v_a_53 = 0, d_a_37 = 0, d_a_38 = 0, v_t_a_30 = 0, v_a_54 = 0, v_t_a_31 = 0, v_a_55 = 0, v_t_a_32 = 0;
            v_t_a_32 = a_t_a_2[k_27];
            a_t_a_2[k_27] = 0;
            a_t_5[k_27] = stored_10[--top_10];
            v_a_55 = a_a_4[k_27];
            a_a_4[k_27] = 0;
            a_7[k_27] = stored_10[--top_10];
            v_t_a_31 = 0.5 * v_t_a_32;
            v_a_54 = 0.5 * v_a_55;
            a_t_a_2[k_27] += v_t_a_31;
            v_t_a_30 = v_t_a_31;
            a_a_4[k_27] += v_a_54;
            v_a_53 = v_a_54;
            d_a_37 = v_t_a_30;
            d_a_38 = v_t_a_30;
            a_a_4[at_5] += a_t_5[at_6] * d_a_38;
            a_t_a_2[at_6] += a_7[at_5] * d_a_38;
            a_a_4[at_6] += a_t_5[at_5] * d_a_37;
            a_t_a_2[at_5] += a_7[at_6] * d_a_37;
            a_a_4[at_5] += a_7[at_6] * v_a_53;
            a_a_4[at_6] += a_7[at_5] * v_a_53;
        }
    }
    a_t_5.pop();
    a_t_a_2.pop();
    a_7.pop();
    v_a_52 = a_a_4.pop();
    a_t_5.pop();
    a_t_a_2.pop();
    a_7.pop();
    a_a_4.pop();
    a_t_5.pop();
    a_t_a_2.pop();
    a_7.pop();
    x_a_6 += a_a_4.pop();
    x_a_6 += 0.7 * v_a_52;
    return __typegrad.reverseResult(value_12, [x_a_6]);
};
const gradient_7 = x_10 => {
    const stack_11 = __typegrad.valueStack();
    let stored_11 = stack_11.data, top_11 = 0;
    let v_81 = 0, v_82 = 0, v_83 = 0, v_84 = 0, v_85 = 0, v_86 = 0, x_a_7 = 0, a_8, a_a_5;
    v_81 = x_10 * 0.7;
    a_8 = [];
    a_a_5 = [];
    a_8.push(x_10);
    a_a_5.push(0);
    a_8.push(0.7);
    a_a_5.push(0);
    a_8.push(v_81);
    a_a_5.push(0);
    for (let pass_8 = 0; pass_8 < 2; pass_8++) {
        for (let k_30 = 0; k_30 < 3; k_30++) {
            v_82 = a_8[(k_30 + 1) % 3] * a_8[(k_30 + 2) % 3];
            v_83 = a_8[k_30] + v_82;
            v_84 = 0.5 * v_83;
            if (top_11 === stored_11.length)
                stored_11 = stack_11.grow();
            stored_11[top_11++] = a_8[k_30];
            a_8[k_30] = v_84;
        }
    }
    v_85 = a_8[1] * a_8[2];
    v_86 = a_8[0] + v_85;
    const value_13 = v_86;
    let v_a_56 = 0, v_a_57 = 0, v_a_58 = 0;
    v_a_58 = 1;
    a_a_5[0] += v_a_58;
    v_a_57 = v_a_58;
    a_a_5[1] += a_8[2] * v_a_57;
    a_a_5[2] += a_8[1] * v_a_57;
    for (let k_31 = (Math.max(0, Math.ceil(2)) | 0) - 1; k_31 >= 0; k_31--) {
        const pass_8 = k_31;
        for (let k_32 = (Math.max(0, Math.ceil(3)) | 0) - 1; k_32 >= 0; k_32--) {
            const k_30 = k_32;
            let v_a_59 = 0, v_a_60 = 0, v_a_61 = 0;
            v_a_61 = a_a_5[k_30];
            a_a_5[k_30] = 0;
            a_8[k_30] = stored_11[--top_11];
            v_a_60 = 0.5 * v_a_61;
            a_a_5[k_30] += v_a_60;
            v_a_59 = v_a_60;
            a_a_5[(k_30 + 1) % 3] += a_8[(k_30 + 2) % 3] * v_a_59;
            a_a_5[(k_30 + 2) % 3] += a_8[(k_30 + 1) % 3] * v_a_59;
        }
    }
    a_8.pop();
    v_a_56 = a_a_5.pop();
    a_8.pop();
    a_a_5.pop();
    a_8.pop();
    x_a_7 += a_a_5.pop();
    x_a_7 += 0.7 * v_a_56;
    return __typegrad.reverseResult(value_13, [x_a_7]);
};
const forward_3 = (x_11, x_t_3) => {
    let v_87 = 0, v_t_55 = 0, v_88 = 0, v_t_56 = 0, v_89 = 0, v_t_57 = 0, v_90 = 0, v_t_58 = 0, v_91 = 0, v_t_59 = 0, v_92 = 0, v_t_60 = 0;
    let a_9, a_t_6;
    v_87 = x_11 * 0.7;
    v_t_55 = 0.7 * x_t_3;
    a_9 = [];
    a_t_6 = [];
    a_9.push(x_11);
    a_t_6.push(x_t_3);
    a_9.push(0.7);
    a_t_6.push(0);
    a_9.push(v_87);
    a_t_6.push(v_t_55);
    for (let pass_9 = 0; pass_9 < 2; pass_9++) {
        for (let k_33 = 0; k_33 < 3; k_33++) {
            v_88 = a_9[(k_33 + 1) % 3] * a_9[(k_33 + 2) % 3];
            v_t_56 = a_9[(k_33 + 2) % 3] * a_t_6[(k_33 + 1) % 3] + a_9[(k_33 + 1) % 3] * a_t_6[(k_33 + 2) % 3];
            v_89 = a_9[k_33] + v_88;
            v_t_57 = a_t_6[k_33] + v_t_56;
            v_90 = 0.5 * v_89;
            v_t_58 = 0.5 * v_t_57;
            a_9[k_33] = v_90;
            a_t_6[k_33] = v_t_58;
        }
    }
    v_91 = a_9[1] * a_9[2];
    v_t_59 = a_9[2] * a_t_6[1] + a_9[1] * a_t_6[2];
    v_92 = a_9[0] + v_91;
    v_t_60 = a_t_6[0] + v_t_59;
    return __typegrad.forwardResult(v_92, v_t_60);
};
const derivative_2 = x_12 => {
    let v_93 = 0, v_t_61 = 0, v_94 = 0, v_t_62 = 0, v_95 = 0, v_t_63 = 0, v_96 = 0, v_t_64 = 0, v_97 = 0, v_t_65 = 0, v_98 = 0, v_t_66 = 0;
    let a_10, a_t_7;
    v_93 = x_12 * 0.7;
    v_t_61 = 0.7;
    a_10 = [];
    a_t_7 = [];
    a_10.push(x_12);
    a_t_7.push(1);
    a_10.push(0.7);
    a_t_7.push(0);
    a_10.push(v_93);
    a_t_7.push(v_t_61);
    for (let pass_10 = 0; pass_10 < 2; pass_10++) {
        for (let k_34 = 0; k_34 < 3; k_34++) {
            v_94 = a_10[(k_34 + 1) % 3] * a_10[(k_34 + 2) % 3];
            v_t_62 = a_10[(k_34 + 2) % 3] * a_t_7[(k_34 + 1) % 3] + a_10[(k_34 + 1) % 3] * a_t_7[(k_34 + 2) % 3];
            v_95 = a_10[k_34] + v_94;
            v_t_63 = a_t_7[k_34] + v_t_62;
            v_96 = 0.5 * v_95;
            v_t_64 = 0.5 * v_t_63;
            a_10[k_34] = v_96;
            a_t_7[k_34] = v_t_64;
        }
    }
    v_97 = a_10[1] * a_10[2];
    v_t_65 = a_10[2] * a_t_7[1] + a_10[1] * a_t_7[2];
    v_98 = a_10[0] + v_97;
    v_t_66 = a_t_7[0] + v_t_65;
    return __typegrad.derivativeResult(v_98, v_t_66);
};
const hessian_7 = (x_13, x_v_4) => {
    const stack_12 = __typegrad.valueStack();
    let stored_12 = stack_12.data, top_12 = 0;
    let v_99 = 0, v_100 = 0, v_101 = 0, v_102 = 0, v_t_67 = 0, d_39 = 0, d_40 = 0, v_t_68 = 0, v_t_69 = 0, v_t_70 = 0, d_41 = 0, d_42 = 0, v_t_71 = 0, v_t_72 = 0, at_7 = 0, at_8 = 0, x_a_8 = 0, a_11, a_a_6, a_t_8, a_t_a_3;
    v_99 = x_13 * 0.7;
    v_t_67 = 0.7 * x_v_4;
    a_11 = [];
    a_a_6 = [];
    a_t_8 = [];
    a_t_a_3 = [];
    a_11.push(x_13);
    a_a_6.push(0);
    a_t_8.push(x_v_4);
    a_t_a_3.push(0);
    a_11.push(0.7);
    a_a_6.push(0);
    a_t_8.push(0);
    a_t_a_3.push(0);
    a_11.push(v_99);
    a_a_6.push(0);
    a_t_8.push(v_t_67);
    a_t_a_3.push(0);
    for (let pass_11 = 0; pass_11 < 2; pass_11++) {
        for (let k_35 = 0; k_35 < 3; k_35++) {
            at_7 = ((k_35 + 1) < 3) ? (k_35 + 1) : ((k_35 + 1) - 3);
            at_8 = (k_35 + 2) % 3;
            v_100 = a_11[at_7] * a_11[at_8];
            d_39 = a_11[at_8] * a_t_8[at_7];
            d_40 = a_11[at_7] * a_t_8[at_8];
            v_t_68 = d_39 + d_40;
            v_101 = a_11[k_35] + v_100;
            v_t_69 = a_t_8[k_35] + v_t_68;
            v_102 = 0.5 * v_101;
            v_t_70 = 0.5 * v_t_69;
            while (top_12 + 2 > stored_12.length)
                stored_12 = stack_12.grow();
            stored_12[top_12++] = a_11[k_35];
            a_11[k_35] = v_102;
            stored_12[top_12++] = a_t_8[k_35];
            a_t_8[k_35] = v_t_70;
        }
    }
    d_41 = a_11[2] * a_t_8[1];
    d_42 = a_11[1] * a_t_8[2];
    v_t_71 = d_41 + d_42;
    v_t_72 = a_t_8[0] + v_t_71;
    const value_14 = v_t_72;
    let v_a_62 = 0, d_a_39 = 0, d_a_40 = 0, v_t_a_33 = 0, v_t_a_34 = 0;
    v_t_a_34 = 1;
    a_t_a_3[0] += v_t_a_34;
    v_t_a_33 = v_t_a_34;
    d_a_39 = v_t_a_33;
    d_a_40 = v_t_a_33;
    a_a_6[1] += a_t_8[2] * d_a_40;
    a_t_a_3[2] += a_11[1] * d_a_40;
    a_a_6[2] += a_t_8[1] * d_a_39;
    a_t_a_3[1] += a_11[2] * d_a_39;
    for (let k_36 = (Math.max(0, Math.ceil(2)) | 0) - 1; k_36 >= 0; k_36--) {
        const pass_11 = k_36;
        for (let k_37 = (Math.max(0, Math.ceil(3)) | 0) - 1; k_37 >= 0; k_37--) {
            const k_35 = k_37;
            at_7 = ((k_35 + 1) < 3) ? (k_35 + 1) : ((k_35 + 1) - 3);
            at_8 = (k_35 + 2) % 3;
            let v_a_63 = 0, d_a_41 = 0, d_a_42 = 0, v_t_a_35 = 0, v_a_64 = 0, v_t_a_36 = 0, v_a_65 = 0, v_t_a_37 = 0;
            v_t_a_37 = a_t_a_3[k_35];
            a_t_a_3[k_35] = 0;
            a_t_8[k_35] = stored_12[--top_12];
            v_a_65 = a_a_6[k_35];
            a_a_6[k_35] = 0;
            a_11[k_35] = stored_12[--top_12];
            v_t_a_36 = 0.5 * v_t_a_37;
            v_a_64 = 0.5 * v_a_65;
            a_t_a_3[k_35] += v_t_a_36;
            v_t_a_35 = v_t_a_36;
            a_a_6[k_35] += v_a_64;
            v_a_63 = v_a_64;
            d_a_41 = v_t_a_35;
            d_a_42 = v_t_a_35;
            a_a_6[at_7] += a_t_8[at_8] * d_a_42;
            a_t_a_3[at_8] += a_11[at_7] * d_a_42;
            a_a_6[at_8] += a_t_8[at_7] * d_a_41;
            a_t_a_3[at_7] += a_11[at_8] * d_a_41;
            a_a_6[at_7] += a_11[at_8] * v_a_63;
            a_a_6[at_8] += a_11[at_7] * v_a_63;
        }
    }
    a_t_8.pop();
    a_t_a_3.pop();
    a_11.pop();
    v_a_62 = a_a_6.pop();
    a_t_8.pop();
    a_t_a_3.pop();
    a_11.pop();
    a_a_6.pop();
    a_t_8.pop();
    a_t_a_3.pop();
    a_11.pop();
    x_a_8 += a_a_6.pop();
    x_a_8 += 0.7 * v_a_62;
    return __typegrad.reverseResult(value_14, [x_a_8]);
};
const forward_4 = (t_1, t_t_1) => {
    let v_103 = 0, v_t_73 = 0, v_104 = 0, v_t_74 = 0, v_105 = 0, v_t_75 = 0, v_106 = 0, v_t_76 = 0, v_107 = 0, v_t_77 = 0, v_108 = 0, v_t_78 = 0;
    let a_12, a_t_9;
    v_103 = t_1 * 0.7;
    v_t_73 = 0.7 * t_t_1;
    a_12 = [];
    a_t_9 = [];
    a_12.push(t_1);
    a_t_9.push(t_t_1);
    a_12.push(0.7);
    a_t_9.push(0);
    a_12.push(v_103);
    a_t_9.push(v_t_73);
    for (let pass_12 = 0; pass_12 < 2; pass_12++) {
        for (let k_38 = 0; k_38 < 3; k_38++) {
            v_104 = a_12[(k_38 + 1) % 3] * a_12[(k_38 + 2) % 3];
            v_t_74 = a_12[(k_38 + 2) % 3] * a_t_9[(k_38 + 1) % 3] + a_12[(k_38 + 1) % 3] * a_t_9[(k_38 + 2) % 3];
            v_105 = a_12[k_38] + v_104;
            v_t_75 = a_t_9[k_38] + v_t_74;
            v_106 = 0.5 * v_105;
            v_t_76 = 0.5 * v_t_75;
            a_12[k_38] = v_106;
            a_t_9[k_38] = v_t_76;
        }
    }
    v_107 = a_12[1] * a_12[2];
    v_t_77 = a_12[2] * a_t_9[1] + a_12[1] * a_t_9[2];
    v_108 = a_12[0] + v_107;
    v_t_78 = a_t_9[0] + v_t_77;
    return __typegrad.forwardResult(v_108, v_t_78);
};
const derivative_3 = t_2 => {
    let v_109 = 0, v_t_79 = 0, v_110 = 0, v_t_80 = 0, v_111 = 0, v_t_81 = 0, v_112 = 0, v_t_82 = 0, v_113 = 0, v_t_83 = 0, v_114 = 0, v_t_84 = 0;
    let a_13, a_t_10;
    v_109 = t_2 * 0.7;
    v_t_79 = 0.7;
    a_13 = [];
    a_t_10 = [];
    a_13.push(t_2);
    a_t_10.push(1);
    a_13.push(0.7);
    a_t_10.push(0);
    a_13.push(v_109);
    a_t_10.push(v_t_79);
    for (let pass_13 = 0; pass_13 < 2; pass_13++) {
        for (let k_39 = 0; k_39 < 3; k_39++) {
            v_110 = a_13[(k_39 + 1) % 3] * a_13[(k_39 + 2) % 3];
            v_t_80 = a_13[(k_39 + 2) % 3] * a_t_10[(k_39 + 1) % 3] + a_13[(k_39 + 1) % 3] * a_t_10[(k_39 + 2) % 3];
            v_111 = a_13[k_39] + v_110;
            v_t_81 = a_t_10[k_39] + v_t_80;
            v_112 = 0.5 * v_111;
            v_t_82 = 0.5 * v_t_81;
            a_13[k_39] = v_112;
            a_t_10[k_39] = v_t_82;
        }
    }
    v_113 = a_13[1] * a_13[2];
    v_t_83 = a_13[2] * a_t_10[1] + a_13[1] * a_t_10[2];
    v_114 = a_13[0] + v_113;
    v_t_84 = a_t_10[0] + v_t_83;
    return __typegrad.derivativeResult(v_114, v_t_84);
};
export function differences(v) {
    const d = new Array(v.length - 1);
    for (let i = 0; i < d.length; i++)
        d[i] = v[i + 1] - v[i];
    let s = 0;
    for (let i = 0; i < d.length; i++)
        s += d[i] * d[i];
    return s;
}
export function differences$ad(v) {
    const d = new Array(v.length - 1);
    for (let i = 0; i < d.length; i++)
        d[i] = __typegrad.sub(v[i + 1], v[i]);
    let s = 0;
    for (let i = 0; i < d.length; i++)
        s = __typegrad.add(s, __typegrad.mul(d[i], d[i]));
    return s;
}
export function positives(v, c) {
    const kept = [];
    for (const x of v)
        if (x > 0)
            kept.push(Math.log(x * c));
    let s = 0;
    for (let i = 0; i < kept.length; i++)
        s += kept[i] * kept[i];
    return s;
}
export function positives$ad(v, c) {
    const kept = [];
    for (const x of v)
        if (__typegrad.gt(x, 0))
            kept.push(__typegrad.log(__typegrad.mul(x, c)));
    let s = 0;
    for (let i = 0; i < kept.length; i++)
        s = __typegrad.add(s, __typegrad.mul(kept[i], kept[i]));
    return s;
}
export function smooth(x, y) {
    const a = [x, y, x * y];
    for (let pass = 0; pass < 2; pass++) {
        for (let k = 0; k < 3; k++)
            a[k] = 0.5 * (a[k] + a[(k + 1) % 3] * a[(k + 2) % 3]);
    }
    return a[0] + a[1] * a[2];
}
export function smooth$ad(x, y) {
    const a = [x, y, __typegrad.mul(x, y)];
    for (let pass = 0; pass < 2; pass++) {
        for (let k = 0; k < 3; k++)
            a[k] = __typegrad.mul(0.5, (__typegrad.add(a[k], __typegrad.mul(a[(k + 1) % 3], a[(k + 2) % 3]))));
    }
    return __typegrad.add(a[0], __typegrad.mul(a[1], a[2]));
}
export function layer(w, x) {
    let loss = 0;
    for (let s = 0; s < 2; s++) {
        const h = new Array(2);
        for (let j = 0; j < 2; j++)
            h[j] = Math.tanh(w[j] * (x + s));
        loss += h[0] * h[1] * w[2];
    }
    return loss;
}
export function layer$ad(w, x) {
    let loss = 0;
    for (let s = 0; s < 2; s++) {
        const h = new Array(2);
        for (let j = 0; j < 2; j++)
            h[j] = __typegrad.tanh(__typegrad.mul(w[j], (__typegrad.add(x, s))));
        loss = __typegrad.add(loss, __typegrad.mul(__typegrad.mul(h[0], h[1]), w[2]));
    }
    return loss;
}
export function methods(v, c) {
    const scaled = v.map((x, i) => x * c + i);
    let s = scaled.reduce((a, b) => a + b * b, 0);
    v.forEach((x) => {
        if (x < 0)
            return;
        s += Math.sqrt(x) * c;
    });
    return s + Math.max(v[0], v[1], c) + Math.hypot(c, v[0], 1);
}
export function methods$ad(v, c) {
    const scaled = v.map((x, i) => __typegrad.add(__typegrad.mul(x, c), i));
    let s = scaled.reduce((a, b) => __typegrad.add(a, __typegrad.mul(b, b)), 0);
    v.forEach((x) => {
        if (__typegrad.lt(x, 0))
            return;
        s = __typegrad.add(s, __typegrad.mul(__typegrad.sqrt(x), c));
    });
    return __typegrad.add(__typegrad.add(s, __typegrad.max(v[0], v[1], c)), __typegrad.hypot(c, v[0], 1));
}
export const checks = [
    { f: __typegrad.attach((a) => differences([1, a, 0.5, 2]), (a) => differences$ad([1, a, 0.5, 2])), at: [0.3], grad: (a) => grad(__typegrad.withReverse(differences$ad, gradient_1, "a"))([1, a, 0.5, 2])[1] },
    { f: __typegrad.attach((c) => positives([1, -2, 0.5, 3], c), (c) => positives$ad([1, -2, 0.5, 3], c)), at: [1.5], grad: (c) => grad(__typegrad.withReverse(positives$ad, gradient_2, "an"))([1, -2, 0.5, 3], c)[1] },
    { f: __typegrad.attach((x) => smooth(x, 0.7), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => smooth$ad(x, 0.7), forward_2, derivative_1), gradient_6, "n"), hessian_6, "n")), at: [0.4], grad: (x) => grad(__typegrad.withReverse(smooth$ad, gradient_3, "nn"))(x, 0.7)[0] },
    { f: __typegrad.attach((x) => smooth(x, 0.7), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => smooth$ad(x, 0.7), forward_3, derivative_2), gradient_7, "n"), hessian_7, "n")), at: [0.4], grad: (x) => derivative(__typegrad.withForward((t) => smooth$ad(t, 0.7), forward_4, derivative_3))(x) },
    { f: __typegrad.attach((x) => layer([0.3, -0.8, 1.5], x), (x) => layer$ad([0.3, -0.8, 1.5], x)), at: [0.4], grad: (x) => grad(__typegrad.withReverse(layer$ad, gradient_4, "an"))([0.3, -0.8, 1.5], x)[1] },
    { f: __typegrad.attach((c) => methods([0.5, 2, -1], c), (c) => methods$ad([0.5, 2, -1], c)), at: [1.3], grad: (c) => grad(__typegrad.withReverse(methods$ad, gradient_5, "an"))([0.5, 2, -1], c)[1] },
];
