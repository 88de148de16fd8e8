// Compiled code for arrays the function makes: filled once and read (nothing stored), grown
// by push, overwritten after being read (old values stored), one per pass of a loop (kept);
// map, reduce and forEach with arrow callbacks; Math.max and Math.hypot of three arguments.
import { derivative, grad } from "typegrad";
import * as __typegrad from "typegrad";
__typegrad.attach(differences, differences$ad);
__typegrad.attach(positives, positives$ad);
__typegrad.attach(smooth, smooth$ad);
__typegrad.attach(layer, layer$ad);
__typegrad.attach(methods, methods$ad);
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
const gradient_2 = (v_5, c_1) => {
    const stack_1 = __typegrad.valueStack();
    let stored_1 = stack_1.data, top_1 = 0;
    const v_g_2 = new Array(v_5.length).fill(0);
    let v_6 = 0, v_7 = 0, s_2 = 0, v_8 = 0, v_9 = 0, taken_1 = 0, c_a_1 = 0, s_a_2 = 0, kept_1, kept_a_1;
    kept_1 = [];
    kept_a_1 = [];
    for (let i_3 = 0; i_3 < v_5.length; i_3++) {
        if (top_1 === stored_1.length)
            stored_1 = stack_1.grow();
        stored_1[top_1++] = taken_1;
        taken_1 = v_5[i_3] > 0 ? 1 : 0;
        if (taken_1 === 1) {
            if (top_1 === stored_1.length)
                stored_1 = stack_1.grow();
            stored_1[top_1++] = v_6;
            v_6 = v_5[i_3] * c_1;
            v_7 = Math.log(v_6);
            kept_1.push(v_7);
            kept_a_1.push(0);
        }
    }
    s_2 = 0;
    s_a_2 = 1;
    for (let i_4 = 0; i_4 < kept_1.length; i_4++) {
        v_8 = kept_1[i_4] * kept_1[i_4];
        v_9 = s_2 + v_8;
        s_2 = v_9;
        let v_a_4 = 0, v_a_5 = 0;
        v_a_5 = s_a_2;
        s_a_2 = 0;
        s_a_2 = v_a_5;
        v_a_4 = v_a_5;
        kept_a_1[i_4] += kept_1[i_4] * v_a_4;
        kept_a_1[i_4] += kept_1[i_4] * v_a_4;
    }
    const value_2 = s_2;
    s_a_2 = 0;
    for (let k_2 = (Math.max(0, Math.ceil(v_5.length)) | 0) - 1; k_2 >= 0; k_2--) {
        const i_3 = k_2;
        if (taken_1 === 1) {
            let v_a_6 = 0, v_a_7 = 0;
            kept_1.pop();
            v_a_7 = kept_a_1.pop();
            v_a_6 = (1 / v_6) * v_a_7;
            v_g_2[i_3] += c_1 * v_a_6;
            c_a_1 += v_5[i_3] * v_a_6;
            v_6 = stored_1[--top_1];
        }
        taken_1 = stored_1[--top_1];
    }
    return __typegrad.reverseResult(value_2, [v_g_2, c_a_1]);
};
const gradient_3 = x_1 => {
    const stack_2 = __typegrad.valueStack();
    let stored_2 = stack_2.data, top_2 = 0;
    let v_10 = 0, v_11 = 0, v_12 = 0, v_13 = 0, v_14 = 0, v_15 = 0, x_a_1 = 0, a_1, a_a_1;
    v_10 = x_1 * 0.7;
    a_1 = [];
    a_a_1 = [];
    a_1.push(x_1);
    a_a_1.push(0);
    a_1.push(0.7);
    a_a_1.push(0);
    a_1.push(v_10);
    a_a_1.push(0);
    for (let pass_1 = 0; pass_1 < 2; pass_1++) {
        for (let k_3 = 0; k_3 < 3; k_3++) {
            v_11 = a_1[(k_3 + 1) % 3] * a_1[(k_3 + 2) % 3];
            v_12 = a_1[k_3] + v_11;
            v_13 = 0.5 * v_12;
            if (top_2 === stored_2.length)
                stored_2 = stack_2.grow();
            stored_2[top_2++] = a_1[k_3];
            a_1[k_3] = v_13;
        }
    }
    v_14 = a_1[1] * a_1[2];
    v_15 = a_1[0] + v_14;
    const value_3 = v_15;
    let v_a_8 = 0, v_a_9 = 0, v_a_10 = 0;
    v_a_10 = 1;
    a_a_1[0] += v_a_10;
    v_a_9 = v_a_10;
    a_a_1[1] += a_1[2] * v_a_9;
    a_a_1[2] += a_1[1] * v_a_9;
    for (let k_4 = (Math.max(0, Math.ceil(2)) | 0) - 1; k_4 >= 0; k_4--) {
        const pass_1 = k_4;
        for (let k_5 = (Math.max(0, Math.ceil(3)) | 0) - 1; k_5 >= 0; k_5--) {
            const k_3 = k_5;
            let v_a_11 = 0, v_a_12 = 0, v_a_13 = 0;
            v_a_13 = a_a_1[k_3];
            a_a_1[k_3] = 0;
            a_1[k_3] = stored_2[--top_2];
            v_a_12 = 0.5 * v_a_13;
            a_a_1[k_3] += v_a_12;
            v_a_11 = v_a_12;
            a_a_1[(k_3 + 1) % 3] += a_1[(k_3 + 2) % 3] * v_a_11;
            a_a_1[(k_3 + 2) % 3] += a_1[(k_3 + 1) % 3] * v_a_11;
        }
    }
    a_1.pop();
    v_a_8 = a_a_1.pop();
    a_1.pop();
    a_a_1.pop();
    a_1.pop();
    x_a_1 += a_a_1.pop();
    x_a_1 += 0.7 * v_a_8;
    return __typegrad.reverseResult(value_3, [x_a_1]);
};
const forward_1 = (x_2, x_t_1) => {
    let v_16 = 0, v_t_1 = 0, v_17 = 0, v_t_2 = 0, v_18 = 0, v_t_3 = 0, v_19 = 0, v_t_4 = 0, v_20 = 0, v_t_5 = 0, v_21 = 0, v_t_6 = 0;
    let a_2, a_t_1;
    v_16 = x_2 * 0.7;
    v_t_1 = 0.7 * x_t_1;
    a_2 = [];
    a_t_1 = [];
    a_2.push(x_2);
    a_t_1.push(x_t_1);
    a_2.push(0.7);
    a_t_1.push(0);
    a_2.push(v_16);
    a_t_1.push(v_t_1);
    for (let pass_2 = 0; pass_2 < 2; pass_2++) {
        for (let k_6 = 0; k_6 < 3; k_6++) {
            v_17 = a_2[(k_6 + 1) % 3] * a_2[(k_6 + 2) % 3];
            v_t_2 = a_2[(k_6 + 2) % 3] * a_t_1[(k_6 + 1) % 3] + a_2[(k_6 + 1) % 3] * a_t_1[(k_6 + 2) % 3];
            v_18 = a_2[k_6] + v_17;
            v_t_3 = a_t_1[k_6] + v_t_2;
            v_19 = 0.5 * v_18;
            v_t_4 = 0.5 * v_t_3;
            a_2[k_6] = v_19;
            a_t_1[k_6] = v_t_4;
        }
    }
    v_20 = a_2[1] * a_2[2];
    v_t_5 = a_2[2] * a_t_1[1] + a_2[1] * a_t_1[2];
    v_21 = a_2[0] + v_20;
    v_t_6 = a_t_1[0] + v_t_5;
    return __typegrad.forwardResult(v_21, v_t_6);
};
const derivative_1 = x_3 => {
    let v_22 = 0, v_t_7 = 0, v_23 = 0, v_t_8 = 0, v_24 = 0, v_t_9 = 0, v_25 = 0, v_t_10 = 0, v_26 = 0, v_t_11 = 0, v_27 = 0, v_t_12 = 0;
    let a_3, a_t_2;
    v_22 = x_3 * 0.7;
    v_t_7 = 0.7;
    a_3 = [];
    a_t_2 = [];
    a_3.push(x_3);
    a_t_2.push(1);
    a_3.push(0.7);
    a_t_2.push(0);
    a_3.push(v_22);
    a_t_2.push(v_t_7);
    for (let pass_3 = 0; pass_3 < 2; pass_3++) {
        for (let k_7 = 0; k_7 < 3; k_7++) {
            v_23 = a_3[(k_7 + 1) % 3] * a_3[(k_7 + 2) % 3];
            v_t_8 = a_3[(k_7 + 2) % 3] * a_t_2[(k_7 + 1) % 3] + a_3[(k_7 + 1) % 3] * a_t_2[(k_7 + 2) % 3];
            v_24 = a_3[k_7] + v_23;
            v_t_9 = a_t_2[k_7] + v_t_8;
            v_25 = 0.5 * v_24;
            v_t_10 = 0.5 * v_t_9;
            a_3[k_7] = v_25;
            a_t_2[k_7] = v_t_10;
        }
    }
    v_26 = a_3[1] * a_3[2];
    v_t_11 = a_3[2] * a_t_2[1] + a_3[1] * a_t_2[2];
    v_27 = a_3[0] + v_26;
    v_t_12 = a_t_2[0] + v_t_11;
    return __typegrad.derivativeResult(v_27, v_t_12);
};
const hessian_1 = (x_4, x_v_1) => {
    const stack_3 = __typegrad.valueStack();
    let stored_3 = stack_3.data, top_3 = 0;
    let v_28 = 0, v_29 = 0, v_30 = 0, v_31 = 0, v_t_13 = 0, d_2 = 0, d_3 = 0, v_t_14 = 0, v_t_15 = 0, v_t_16 = 0, d_4 = 0, d_5 = 0, v_t_17 = 0, v_t_18 = 0, at_2 = 0, at_3 = 0, x_a_2 = 0, a_4, a_a_2, a_t_3, a_t_a_1;
    v_28 = x_4 * 0.7;
    v_t_13 = 0.7 * x_v_1;
    a_4 = [];
    a_a_2 = [];
    a_t_3 = [];
    a_t_a_1 = [];
    a_4.push(x_4);
    a_a_2.push(0);
    a_t_3.push(x_v_1);
    a_t_a_1.push(0);
    a_4.push(0.7);
    a_a_2.push(0);
    a_t_3.push(0);
    a_t_a_1.push(0);
    a_4.push(v_28);
    a_a_2.push(0);
    a_t_3.push(v_t_13);
    a_t_a_1.push(0);
    for (let pass_4 = 0; pass_4 < 2; pass_4++) {
        for (let k_8 = 0; k_8 < 3; k_8++) {
            at_2 = ((k_8 + 1) < 3) ? (k_8 + 1) : ((k_8 + 1) - 3);
            at_3 = (k_8 + 2) % 3;
            v_29 = a_4[at_2] * a_4[at_3];
            d_2 = a_4[at_3] * a_t_3[at_2];
            d_3 = a_4[at_2] * a_t_3[at_3];
            v_t_14 = d_2 + d_3;
            v_30 = a_4[k_8] + v_29;
            v_t_15 = a_t_3[k_8] + v_t_14;
            v_31 = 0.5 * v_30;
            v_t_16 = 0.5 * v_t_15;
            while (top_3 + 2 > stored_3.length)
                stored_3 = stack_3.grow();
            stored_3[top_3++] = a_4[k_8];
            a_4[k_8] = v_31;
            stored_3[top_3++] = a_t_3[k_8];
            a_t_3[k_8] = v_t_16;
        }
    }
    d_4 = a_4[2] * a_t_3[1];
    d_5 = a_4[1] * a_t_3[2];
    v_t_17 = d_4 + d_5;
    v_t_18 = a_t_3[0] + v_t_17;
    const value_4 = v_t_18;
    let v_a_14 = 0, d_a_2 = 0, d_a_3 = 0, v_t_a_1 = 0, v_t_a_2 = 0;
    v_t_a_2 = 1;
    a_t_a_1[0] += v_t_a_2;
    v_t_a_1 = v_t_a_2;
    d_a_2 = v_t_a_1;
    d_a_3 = v_t_a_1;
    a_a_2[1] += a_t_3[2] * d_a_3;
    a_t_a_1[2] += a_4[1] * d_a_3;
    a_a_2[2] += a_t_3[1] * d_a_2;
    a_t_a_1[1] += a_4[2] * d_a_2;
    for (let k_9 = (Math.max(0, Math.ceil(2)) | 0) - 1; k_9 >= 0; k_9--) {
        const pass_4 = k_9;
        for (let k_10 = (Math.max(0, Math.ceil(3)) | 0) - 1; k_10 >= 0; k_10--) {
            const k_8 = k_10;
            at_2 = ((k_8 + 1) < 3) ? (k_8 + 1) : ((k_8 + 1) - 3);
            at_3 = (k_8 + 2) % 3;
            let v_a_15 = 0, d_a_4 = 0, d_a_5 = 0, v_t_a_3 = 0, v_a_16 = 0, v_t_a_4 = 0, v_a_17 = 0, v_t_a_5 = 0;
            v_t_a_5 = a_t_a_1[k_8];
            a_t_a_1[k_8] = 0;
            a_t_3[k_8] = stored_3[--top_3];
            v_a_17 = a_a_2[k_8];
            a_a_2[k_8] = 0;
            a_4[k_8] = stored_3[--top_3];
            v_t_a_4 = 0.5 * v_t_a_5;
            v_a_16 = 0.5 * v_a_17;
            a_t_a_1[k_8] += v_t_a_4;
            v_t_a_3 = v_t_a_4;
            a_a_2[k_8] += v_a_16;
            v_a_15 = v_a_16;
            d_a_4 = v_t_a_3;
            d_a_5 = v_t_a_3;
            a_a_2[at_2] += a_t_3[at_3] * d_a_5;
            a_t_a_1[at_3] += a_4[at_2] * d_a_5;
            a_a_2[at_3] += a_t_3[at_2] * d_a_4;
            a_t_a_1[at_2] += a_4[at_3] * d_a_4;
            a_a_2[at_2] += a_4[at_3] * v_a_15;
            a_a_2[at_3] += a_4[at_2] * v_a_15;
        }
    }
    a_t_3.pop();
    a_t_a_1.pop();
    a_4.pop();
    v_a_14 = a_a_2.pop();
    a_t_3.pop();
    a_t_a_1.pop();
    a_4.pop();
    a_a_2.pop();
    a_t_3.pop();
    a_t_a_1.pop();
    a_4.pop();
    x_a_2 += a_a_2.pop();
    x_a_2 += 0.7 * v_a_14;
    return __typegrad.reverseResult(value_4, [x_a_2]);
};
const gradient_4 = (x_5, y_1) => {
    const stack_4 = __typegrad.valueStack();
    let stored_4 = stack_4.data, top_4 = 0;
    let v_32 = 0, v_33 = 0, v_34 = 0, v_35 = 0, v_36 = 0, v_37 = 0, x_a_3 = 0, y_a_1 = 0, a_5, a_a_3;
    v_32 = x_5 * y_1;
    a_5 = [];
    a_a_3 = [];
    a_5.push(x_5);
    a_a_3.push(0);
    a_5.push(y_1);
    a_a_3.push(0);
    a_5.push(v_32);
    a_a_3.push(0);
    for (let pass_5 = 0; pass_5 < 2; pass_5++) {
        for (let k_11 = 0; k_11 < 3; k_11++) {
            v_33 = a_5[(k_11 + 1) % 3] * a_5[(k_11 + 2) % 3];
            v_34 = a_5[k_11] + v_33;
            v_35 = 0.5 * v_34;
            if (top_4 === stored_4.length)
                stored_4 = stack_4.grow();
            stored_4[top_4++] = a_5[k_11];
            a_5[k_11] = v_35;
        }
    }
    v_36 = a_5[1] * a_5[2];
    v_37 = a_5[0] + v_36;
    const value_5 = v_37;
    let v_a_18 = 0, v_a_19 = 0, v_a_20 = 0;
    v_a_20 = 1;
    a_a_3[0] += v_a_20;
    v_a_19 = v_a_20;
    a_a_3[1] += a_5[2] * v_a_19;
    a_a_3[2] += a_5[1] * v_a_19;
    for (let k_12 = (Math.max(0, Math.ceil(2)) | 0) - 1; k_12 >= 0; k_12--) {
        const pass_5 = k_12;
        for (let k_13 = (Math.max(0, Math.ceil(3)) | 0) - 1; k_13 >= 0; k_13--) {
            const k_11 = k_13;
            let v_a_21 = 0, v_a_22 = 0, v_a_23 = 0;
            v_a_23 = a_a_3[k_11];
            a_a_3[k_11] = 0;
            a_5[k_11] = stored_4[--top_4];
            v_a_22 = 0.5 * v_a_23;
            a_a_3[k_11] += v_a_22;
            v_a_21 = v_a_22;
            a_a_3[(k_11 + 1) % 3] += a_5[(k_11 + 2) % 3] * v_a_21;
            a_a_3[(k_11 + 2) % 3] += a_5[(k_11 + 1) % 3] * v_a_21;
        }
    }
    a_5.pop();
    v_a_18 = a_a_3.pop();
    a_5.pop();
    y_a_1 += a_a_3.pop();
    a_5.pop();
    x_a_3 += a_a_3.pop();
    x_a_3 += y_1 * v_a_18;
    y_a_1 += x_5 * v_a_18;
    return __typegrad.reverseResult(value_5, [x_a_3, y_a_1]);
};
const gradient_5 = x_6 => {
    const stack_5 = __typegrad.valueStack();
    let stored_5 = stack_5.data, top_5 = 0;
    let v_38 = 0, v_39 = 0, v_40 = 0, v_41 = 0, v_42 = 0, v_43 = 0, x_a_4 = 0, a_6, a_a_4;
    v_38 = x_6 * 0.7;
    a_6 = [];
    a_a_4 = [];
    a_6.push(x_6);
    a_a_4.push(0);
    a_6.push(0.7);
    a_a_4.push(0);
    a_6.push(v_38);
    a_a_4.push(0);
    for (let pass_6 = 0; pass_6 < 2; pass_6++) {
        for (let k_14 = 0; k_14 < 3; k_14++) {
            v_39 = a_6[(k_14 + 1) % 3] * a_6[(k_14 + 2) % 3];
            v_40 = a_6[k_14] + v_39;
            v_41 = 0.5 * v_40;
            if (top_5 === stored_5.length)
                stored_5 = stack_5.grow();
            stored_5[top_5++] = a_6[k_14];
            a_6[k_14] = v_41;
        }
    }
    v_42 = a_6[1] * a_6[2];
    v_43 = a_6[0] + v_42;
    const value_6 = v_43;
    let v_a_24 = 0, v_a_25 = 0, v_a_26 = 0;
    v_a_26 = 1;
    a_a_4[0] += v_a_26;
    v_a_25 = v_a_26;
    a_a_4[1] += a_6[2] * v_a_25;
    a_a_4[2] += a_6[1] * v_a_25;
    for (let k_15 = (Math.max(0, Math.ceil(2)) | 0) - 1; k_15 >= 0; k_15--) {
        const pass_6 = k_15;
        for (let k_16 = (Math.max(0, Math.ceil(3)) | 0) - 1; k_16 >= 0; k_16--) {
            const k_14 = k_16;
            let v_a_27 = 0, v_a_28 = 0, v_a_29 = 0;
            v_a_29 = a_a_4[k_14];
            a_a_4[k_14] = 0;
            a_6[k_14] = stored_5[--top_5];
            v_a_28 = 0.5 * v_a_29;
            a_a_4[k_14] += v_a_28;
            v_a_27 = v_a_28;
            a_a_4[(k_14 + 1) % 3] += a_6[(k_14 + 2) % 3] * v_a_27;
            a_a_4[(k_14 + 2) % 3] += a_6[(k_14 + 1) % 3] * v_a_27;
        }
    }
    a_6.pop();
    v_a_24 = a_a_4.pop();
    a_6.pop();
    a_a_4.pop();
    a_6.pop();
    x_a_4 += a_a_4.pop();
    x_a_4 += 0.7 * v_a_24;
    return __typegrad.reverseResult(value_6, [x_a_4]);
};
const forward_2 = (x_7, x_t_2) => {
    let v_44 = 0, v_t_19 = 0, v_45 = 0, v_t_20 = 0, v_46 = 0, v_t_21 = 0, v_47 = 0, v_t_22 = 0, v_48 = 0, v_t_23 = 0, v_49 = 0, v_t_24 = 0;
    let a_7, a_t_4;
    v_44 = x_7 * 0.7;
    v_t_19 = 0.7 * x_t_2;
    a_7 = [];
    a_t_4 = [];
    a_7.push(x_7);
    a_t_4.push(x_t_2);
    a_7.push(0.7);
    a_t_4.push(0);
    a_7.push(v_44);
    a_t_4.push(v_t_19);
    for (let pass_7 = 0; pass_7 < 2; pass_7++) {
        for (let k_17 = 0; k_17 < 3; k_17++) {
            v_45 = a_7[(k_17 + 1) % 3] * a_7[(k_17 + 2) % 3];
            v_t_20 = a_7[(k_17 + 2) % 3] * a_t_4[(k_17 + 1) % 3] + a_7[(k_17 + 1) % 3] * a_t_4[(k_17 + 2) % 3];
            v_46 = a_7[k_17] + v_45;
            v_t_21 = a_t_4[k_17] + v_t_20;
            v_47 = 0.5 * v_46;
            v_t_22 = 0.5 * v_t_21;
            a_7[k_17] = v_47;
            a_t_4[k_17] = v_t_22;
        }
    }
    v_48 = a_7[1] * a_7[2];
    v_t_23 = a_7[2] * a_t_4[1] + a_7[1] * a_t_4[2];
    v_49 = a_7[0] + v_48;
    v_t_24 = a_t_4[0] + v_t_23;
    return __typegrad.forwardResult(v_49, v_t_24);
};
const derivative_2 = x_8 => {
    let v_50 = 0, v_t_25 = 0, v_51 = 0, v_t_26 = 0, v_52 = 0, v_t_27 = 0, v_53 = 0, v_t_28 = 0, v_54 = 0, v_t_29 = 0, v_55 = 0, v_t_30 = 0;
    let a_8, a_t_5;
    v_50 = x_8 * 0.7;
    v_t_25 = 0.7;
    a_8 = [];
    a_t_5 = [];
    a_8.push(x_8);
    a_t_5.push(1);
    a_8.push(0.7);
    a_t_5.push(0);
    a_8.push(v_50);
    a_t_5.push(v_t_25);
    for (let pass_8 = 0; pass_8 < 2; pass_8++) {
        for (let k_18 = 0; k_18 < 3; k_18++) {
            v_51 = a_8[(k_18 + 1) % 3] * a_8[(k_18 + 2) % 3];
            v_t_26 = a_8[(k_18 + 2) % 3] * a_t_5[(k_18 + 1) % 3] + a_8[(k_18 + 1) % 3] * a_t_5[(k_18 + 2) % 3];
            v_52 = a_8[k_18] + v_51;
            v_t_27 = a_t_5[k_18] + v_t_26;
            v_53 = 0.5 * v_52;
            v_t_28 = 0.5 * v_t_27;
            a_8[k_18] = v_53;
            a_t_5[k_18] = v_t_28;
        }
    }
    v_54 = a_8[1] * a_8[2];
    v_t_29 = a_8[2] * a_t_5[1] + a_8[1] * a_t_5[2];
    v_55 = a_8[0] + v_54;
    v_t_30 = a_t_5[0] + v_t_29;
    return __typegrad.derivativeResult(v_55, v_t_30);
};
const hessian_2 = (x_9, x_v_2) => {
    const stack_6 = __typegrad.valueStack();
    let stored_6 = stack_6.data, top_6 = 0;
    let v_56 = 0, v_57 = 0, v_58 = 0, v_59 = 0, v_t_31 = 0, d_6 = 0, d_7 = 0, v_t_32 = 0, v_t_33 = 0, v_t_34 = 0, d_8 = 0, d_9 = 0, v_t_35 = 0, v_t_36 = 0, at_4 = 0, at_5 = 0, x_a_5 = 0, a_9, a_a_5, a_t_6, a_t_a_2;
    v_56 = x_9 * 0.7;
    v_t_31 = 0.7 * x_v_2;
    a_9 = [];
    a_a_5 = [];
    a_t_6 = [];
    a_t_a_2 = [];
    a_9.push(x_9);
    a_a_5.push(0);
    a_t_6.push(x_v_2);
    a_t_a_2.push(0);
    a_9.push(0.7);
    a_a_5.push(0);
    a_t_6.push(0);
    a_t_a_2.push(0);
    a_9.push(v_56);
    a_a_5.push(0);
    a_t_6.push(v_t_31);
    a_t_a_2.push(0);
    for (let pass_9 = 0; pass_9 < 2; pass_9++) {
        for (let k_19 = 0; k_19 < 3; k_19++) {
            at_4 = ((k_19 + 1) < 3) ? (k_19 + 1) : ((k_19 + 1) - 3);
            at_5 = (k_19 + 2) % 3;
            v_57 = a_9[at_4] * a_9[at_5];
            d_6 = a_9[at_5] * a_t_6[at_4];
            d_7 = a_9[at_4] * a_t_6[at_5];
            v_t_32 = d_6 + d_7;
            v_58 = a_9[k_19] + v_57;
            v_t_33 = a_t_6[k_19] + v_t_32;
            v_59 = 0.5 * v_58;
            v_t_34 = 0.5 * v_t_33;
            while (top_6 + 2 > stored_6.length)
                stored_6 = stack_6.grow();
            stored_6[top_6++] = a_9[k_19];
            a_9[k_19] = v_59;
            stored_6[top_6++] = a_t_6[k_19];
            a_t_6[k_19] = v_t_34;
        }
    }
    d_8 = a_9[2] * a_t_6[1];
    d_9 = a_9[1] * a_t_6[2];
    v_t_35 = d_8 + d_9;
    v_t_36 = a_t_6[0] + v_t_35;
    const value_7 = v_t_36;
    let v_a_30 = 0, d_a_6 = 0, d_a_7 = 0, v_t_a_6 = 0, v_t_a_7 = 0;
    v_t_a_7 = 1;
    a_t_a_2[0] += v_t_a_7;
    v_t_a_6 = v_t_a_7;
    d_a_6 = v_t_a_6;
    d_a_7 = v_t_a_6;
    a_a_5[1] += a_t_6[2] * d_a_7;
    a_t_a_2[2] += a_9[1] * d_a_7;
    a_a_5[2] += a_t_6[1] * d_a_6;
    a_t_a_2[1] += a_9[2] * d_a_6;
    for (let k_20 = (Math.max(0, Math.ceil(2)) | 0) - 1; k_20 >= 0; k_20--) {
        const pass_9 = k_20;
        for (let k_21 = (Math.max(0, Math.ceil(3)) | 0) - 1; k_21 >= 0; k_21--) {
            const k_19 = k_21;
            at_4 = ((k_19 + 1) < 3) ? (k_19 + 1) : ((k_19 + 1) - 3);
            at_5 = (k_19 + 2) % 3;
            let v_a_31 = 0, d_a_8 = 0, d_a_9 = 0, v_t_a_8 = 0, v_a_32 = 0, v_t_a_9 = 0, v_a_33 = 0, v_t_a_10 = 0;
            v_t_a_10 = a_t_a_2[k_19];
            a_t_a_2[k_19] = 0;
            a_t_6[k_19] = stored_6[--top_6];
            v_a_33 = a_a_5[k_19];
            a_a_5[k_19] = 0;
            a_9[k_19] = stored_6[--top_6];
            v_t_a_9 = 0.5 * v_t_a_10;
            v_a_32 = 0.5 * v_a_33;
            a_t_a_2[k_19] += v_t_a_9;
            v_t_a_8 = v_t_a_9;
            a_a_5[k_19] += v_a_32;
            v_a_31 = v_a_32;
            d_a_8 = v_t_a_8;
            d_a_9 = v_t_a_8;
            a_a_5[at_4] += a_t_6[at_5] * d_a_9;
            a_t_a_2[at_5] += a_9[at_4] * d_a_9;
            a_a_5[at_5] += a_t_6[at_4] * d_a_8;
            a_t_a_2[at_4] += a_9[at_5] * d_a_8;
            a_a_5[at_4] += a_9[at_5] * v_a_31;
            a_a_5[at_5] += a_9[at_4] * v_a_31;
        }
    }
    a_t_6.pop();
    a_t_a_2.pop();
    a_9.pop();
    v_a_30 = a_a_5.pop();
    a_t_6.pop();
    a_t_a_2.pop();
    a_9.pop();
    a_a_5.pop();
    a_t_6.pop();
    a_t_a_2.pop();
    a_9.pop();
    x_a_5 += a_a_5.pop();
    x_a_5 += 0.7 * v_a_30;
    return __typegrad.reverseResult(value_7, [x_a_5]);
};
const forward_3 = (t_1, t_t_1) => {
    let v_60 = 0, v_t_37 = 0, v_61 = 0, v_t_38 = 0, v_62 = 0, v_t_39 = 0, v_63 = 0, v_t_40 = 0, v_64 = 0, v_t_41 = 0, v_65 = 0, v_t_42 = 0;
    let a_10, a_t_7;
    v_60 = t_1 * 0.7;
    v_t_37 = 0.7 * t_t_1;
    a_10 = [];
    a_t_7 = [];
    a_10.push(t_1);
    a_t_7.push(t_t_1);
    a_10.push(0.7);
    a_t_7.push(0);
    a_10.push(v_60);
    a_t_7.push(v_t_37);
    for (let pass_10 = 0; pass_10 < 2; pass_10++) {
        for (let k_22 = 0; k_22 < 3; k_22++) {
            v_61 = a_10[(k_22 + 1) % 3] * a_10[(k_22 + 2) % 3];
            v_t_38 = a_10[(k_22 + 2) % 3] * a_t_7[(k_22 + 1) % 3] + a_10[(k_22 + 1) % 3] * a_t_7[(k_22 + 2) % 3];
            v_62 = a_10[k_22] + v_61;
            v_t_39 = a_t_7[k_22] + v_t_38;
            v_63 = 0.5 * v_62;
            v_t_40 = 0.5 * v_t_39;
            a_10[k_22] = v_63;
            a_t_7[k_22] = v_t_40;
        }
    }
    v_64 = a_10[1] * a_10[2];
    v_t_41 = a_10[2] * a_t_7[1] + a_10[1] * a_t_7[2];
    v_65 = a_10[0] + v_64;
    v_t_42 = a_t_7[0] + v_t_41;
    return __typegrad.forwardResult(v_65, v_t_42);
};
const derivative_3 = t_2 => {
    let v_66 = 0, v_t_43 = 0, v_67 = 0, v_t_44 = 0, v_68 = 0, v_t_45 = 0, v_69 = 0, v_t_46 = 0, v_70 = 0, v_t_47 = 0, v_71 = 0, v_t_48 = 0;
    let a_11, a_t_8;
    v_66 = t_2 * 0.7;
    v_t_43 = 0.7;
    a_11 = [];
    a_t_8 = [];
    a_11.push(t_2);
    a_t_8.push(1);
    a_11.push(0.7);
    a_t_8.push(0);
    a_11.push(v_66);
    a_t_8.push(v_t_43);
    for (let pass_11 = 0; pass_11 < 2; pass_11++) {
        for (let k_23 = 0; k_23 < 3; k_23++) {
            v_67 = a_11[(k_23 + 1) % 3] * a_11[(k_23 + 2) % 3];
            v_t_44 = a_11[(k_23 + 2) % 3] * a_t_8[(k_23 + 1) % 3] + a_11[(k_23 + 1) % 3] * a_t_8[(k_23 + 2) % 3];
            v_68 = a_11[k_23] + v_67;
            v_t_45 = a_t_8[k_23] + v_t_44;
            v_69 = 0.5 * v_68;
            v_t_46 = 0.5 * v_t_45;
            a_11[k_23] = v_69;
            a_t_8[k_23] = v_t_46;
        }
    }
    v_70 = a_11[1] * a_11[2];
    v_t_47 = a_11[2] * a_t_8[1] + a_11[1] * a_t_8[2];
    v_71 = a_11[0] + v_70;
    v_t_48 = a_t_8[0] + v_t_47;
    return __typegrad.derivativeResult(v_71, v_t_48);
};
const gradient_6 = (w_1, x_10) => {
    const stack_7 = __typegrad.valueStack();
    let stored_7 = stack_7.data, top_7 = 0;
    const w_g_1 = new Array(w_1.length).fill(0);
    const kept_2 = [];
    let loss_1 = 0, v_72 = 0, v_73 = 0, v_74 = 0, v_75 = 0, v_76 = 0, v_77 = 0, x_a_6 = 0, loss_a_1 = 0, h_1, h_a_1;
    loss_1 = 0;
    for (let s_3 = 0; s_3 < 2; s_3++) {
        kept_2.push(h_1);
        kept_2.push(h_a_1);
        h_1 = new Array(2);
        h_a_1 = new Array(2).fill(0);
        for (let j_1 = 0; j_1 < 2; j_1++) {
            v_72 = x_10 + s_3;
            v_73 = w_1[j_1] * v_72;
            if (top_7 === stored_7.length)
                stored_7 = stack_7.grow();
            stored_7[top_7++] = v_74;
            v_74 = Math.tanh(v_73);
            h_1[j_1] = v_74;
        }
        if (top_7 === stored_7.length)
            stored_7 = stack_7.grow();
        stored_7[top_7++] = v_75;
        v_75 = h_1[0] * h_1[1];
        v_76 = v_75 * w_1[2];
        v_77 = loss_1 + v_76;
        loss_1 = v_77;
    }
    const value_8 = loss_1;
    loss_a_1 = 1;
    for (let k_24 = (Math.max(0, Math.ceil(2)) | 0) - 1; k_24 >= 0; k_24--) {
        const s_3 = k_24;
        let v_a_34 = 0, v_a_35 = 0, v_a_36 = 0;
        v_a_36 = loss_a_1;
        loss_a_1 = 0;
        loss_a_1 = v_a_36;
        v_a_35 = v_a_36;
        v_a_34 = w_1[2] * v_a_35;
        w_g_1[2] += v_75 * v_a_35;
        h_a_1[0] += h_1[1] * v_a_34;
        h_a_1[1] += h_1[0] * v_a_34;
        v_75 = stored_7[--top_7];
        for (let k_25 = (Math.max(0, Math.ceil(2)) | 0) - 1; k_25 >= 0; k_25--) {
            const j_1 = k_25;
            v_72 = x_10 + s_3;
            let v_a_37 = 0, v_a_38 = 0, v_a_39 = 0;
            v_a_39 = h_a_1[j_1];
            h_a_1[j_1] = 0;
            v_a_38 = (1 - (v_74 * v_74)) * v_a_39;
            v_74 = stored_7[--top_7];
            w_g_1[j_1] += v_72 * v_a_38;
            v_a_37 = w_1[j_1] * v_a_38;
            x_a_6 += v_a_37;
        }
        h_a_1 = kept_2.pop();
        h_1 = kept_2.pop();
    }
    loss_a_1 = 0;
    return __typegrad.reverseResult(value_8, [w_g_1, x_a_6]);
};
const gradient_7 = (v_78, c_2) => {
    const stack_8 = __typegrad.valueStack();
    let stored_8 = stack_8.data, top_8 = 0;
    const v_g_3 = new Array(v_78.length).fill(0);
    let v_79 = 0, v_80 = 0, acc_1 = 0, element_1 = 0, v_81 = 0, v_82 = 0, s_4 = 0, v_83 = 0, v_84 = 0, v_85 = 0, v_86 = 0, v_87 = 0, v_88 = 0, v_89 = 0, taken_2 = 0, c_a_2 = 0, acc_a_1 = 0, s_a_3 = 0, scaled_1, scaled_a_1;
    scaled_1 = new Array(v_78.length);
    scaled_a_1 = new Array(v_78.length).fill(0);
    for (let i_5 = 0; i_5 < v_78.length; i_5++) {
        v_79 = v_78[i_5] * c_2;
        v_80 = v_79 + i_5;
        scaled_1[i_5] = v_80;
    }
    acc_1 = 0;
    for (let i_6 = 0; i_6 < scaled_1.length; i_6++) {
        if (top_8 === stored_8.length)
            stored_8 = stack_8.grow();
        stored_8[top_8++] = element_1;
        element_1 = scaled_1[i_6];
        v_81 = element_1 * element_1;
        v_82 = acc_1 + v_81;
        acc_1 = v_82;
    }
    s_4 = acc_1;
    for (let i_7 = 0; i_7 < v_78.length; i_7++) {
        if (top_8 === stored_8.length)
            stored_8 = stack_8.grow();
        stored_8[top_8++] = taken_2;
        taken_2 = v_78[i_7] < 0 ? 1 : 0;
        if (!(taken_2 === 1)) {
            if (top_8 === stored_8.length)
                stored_8 = stack_8.grow();
            stored_8[top_8++] = v_83;
            v_83 = Math.sqrt(v_78[i_7]);
            v_84 = v_83 * c_2;
            v_85 = s_4 + v_84;
            s_4 = v_85;
        }
    }
    v_86 = Math.max(v_78[0], v_78[1], c_2);
    v_87 = s_4 + v_86;
    v_88 = Math.hypot(c_2, v_78[0], 1);
    v_89 = v_87 + v_88;
    const value_9 = v_89;
    let v_a_40 = 0, v_a_41 = 0, v_a_42 = 0, v_a_43 = 0;
    v_a_43 = 1;
    v_a_41 = v_a_43;
    v_a_42 = v_a_43;
    c_a_2 += ((v_88 === 0) ? 0 : (c_2 / v_88)) * v_a_42;
    v_g_3[0] += ((v_88 === 0) ? 0 : (v_78[0] / v_88)) * v_a_42;
    s_a_3 = v_a_41;
    v_a_40 = v_a_41;
    v_g_3[0] += (((((v_78[0] === v_86) + (v_78[1] === v_86)) + (c_2 === v_86)) === 0) ? NaN : ((v_78[0] === v_86) ? (1 / (((v_78[0] === v_86) + (v_78[1] === v_86)) + (c_2 === v_86))) : 0)) * v_a_40;
    v_g_3[1] += (((((v_78[0] === v_86) + (v_78[1] === v_86)) + (c_2 === v_86)) === 0) ? NaN : ((v_78[1] === v_86) ? (1 / (((v_78[0] === v_86) + (v_78[1] === v_86)) + (c_2 === v_86))) : 0)) * v_a_40;
    c_a_2 += (((((v_78[0] === v_86) + (v_78[1] === v_86)) + (c_2 === v_86)) === 0) ? NaN : ((c_2 === v_86) ? (1 / (((v_78[0] === v_86) + (v_78[1] === v_86)) + (c_2 === v_86))) : 0)) * v_a_40;
    for (let k_26 = (Math.max(0, Math.ceil(v_78.length)) | 0) - 1; k_26 >= 0; k_26--) {
        const i_7 = k_26;
        if (taken_2 === 0) {
            let v_a_44 = 0, v_a_45 = 0, v_a_46 = 0;
            v_a_46 = s_a_3;
            s_a_3 = 0;
            s_a_3 = v_a_46;
            v_a_45 = v_a_46;
            v_a_44 = c_2 * v_a_45;
            c_a_2 += v_83 * v_a_45;
            v_g_3[i_7] += (0.5 / v_83) * v_a_44;
            v_83 = stored_8[--top_8];
        }
        taken_2 = stored_8[--top_8];
    }
    acc_a_1 = s_a_3;
    s_a_3 = 0;
    for (let k_27 = (Math.max(0, Math.ceil(scaled_1.length)) | 0) - 1; k_27 >= 0; k_27--) {
        const i_6 = k_27;
        let element_a_1 = 0, v_a_47 = 0, v_a_48 = 0;
        v_a_48 = acc_a_1;
        acc_a_1 = 0;
        acc_a_1 = v_a_48;
        v_a_47 = v_a_48;
        element_a_1 = element_1 * v_a_47;
        element_a_1 += element_1 * v_a_47;
        scaled_a_1[i_6] += element_a_1;
        element_1 = stored_8[--top_8];
    }
    acc_a_1 = 0;
    for (let k_28 = (Math.max(0, Math.ceil(v_78.length)) | 0) - 1; k_28 >= 0; k_28--) {
        const i_5 = k_28;
        let v_a_49 = 0, v_a_50 = 0;
        v_a_50 = scaled_a_1[i_5];
        scaled_a_1[i_5] = 0;
        v_a_49 = v_a_50;
        v_g_3[i_5] += c_2 * v_a_49;
        c_a_2 += v_78[i_5] * v_a_49;
    }
    return __typegrad.reverseResult(value_9, [v_g_3, c_a_2]);
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
    { f: __typegrad.attach((x) => smooth(x, 0.7), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => smooth$ad(x, 0.7), forward_1, derivative_1), gradient_3, "n"), hessian_1, "n")), at: [0.4], grad: (x) => grad(__typegrad.withReverse(smooth$ad, gradient_4, "nn"))(x, 0.7)[0] },
    { f: __typegrad.attach((x) => smooth(x, 0.7), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => smooth$ad(x, 0.7), forward_2, derivative_2), gradient_5, "n"), hessian_2, "n")), at: [0.4], grad: (x) => derivative(__typegrad.withForward((t) => smooth$ad(t, 0.7), forward_3, derivative_3))(x) },
    { f: __typegrad.attach((x) => layer([0.3, -0.8, 1.5], x), (x) => layer$ad([0.3, -0.8, 1.5], x)), at: [0.4], grad: (x) => grad(__typegrad.withReverse(layer$ad, gradient_6, "an"))([0.3, -0.8, 1.5], x)[1] },
    { f: __typegrad.attach((c) => methods([0.5, 2, -1], c), (c) => methods$ad([0.5, 2, -1], c)), at: [1.3], grad: (c) => grad(__typegrad.withReverse(methods$ad, gradient_7, "an"))([0.5, 2, -1], c)[1] },
];
