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
const gradient_3 = (x_1, y_1) => {
    const stack_2 = __typegrad.valueStack();
    let stored_2 = stack_2.data, top_2 = 0;
    let v_10 = 0, v_11 = 0, v_12 = 0, v_13 = 0, v_14 = 0, v_15 = 0, x_a_1 = 0, y_a_1 = 0, a_1, a_a_1;
    v_10 = x_1 * y_1;
    a_1 = [];
    a_a_1 = [];
    a_1.push(x_1);
    a_a_1.push(0);
    a_1.push(y_1);
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
    y_a_1 += a_a_1.pop();
    a_1.pop();
    x_a_1 += a_a_1.pop();
    x_a_1 += y_1 * v_a_8;
    y_a_1 += x_1 * v_a_8;
    return __typegrad.reverseResult(value_3, [x_a_1, y_a_1]);
};
const forward_1 = (t_1, t_t_1) => {
    let v_16 = 0, v_t_1 = 0, v_17 = 0, v_t_2 = 0, v_18 = 0, v_t_3 = 0, v_19 = 0, v_t_4 = 0, v_20 = 0, v_t_5 = 0, v_21 = 0, v_t_6 = 0;
    let a_2, a_t_1;
    v_16 = t_1 * 0.7;
    v_t_1 = 0.7 * t_t_1;
    a_2 = [];
    a_t_1 = [];
    a_2.push(t_1);
    a_t_1.push(t_t_1);
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
const derivative_1 = t_2 => {
    let v_22 = 0, v_t_7 = 0, v_23 = 0, v_t_8 = 0, v_24 = 0, v_t_9 = 0, v_25 = 0, v_t_10 = 0, v_26 = 0, v_t_11 = 0, v_27 = 0, v_t_12 = 0;
    let a_3, a_t_2;
    v_22 = t_2 * 0.7;
    v_t_7 = 0.7;
    a_3 = [];
    a_t_2 = [];
    a_3.push(t_2);
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
const gradient_4 = (w_1, x_2) => {
    const stack_3 = __typegrad.valueStack();
    let stored_3 = stack_3.data, top_3 = 0;
    const w_g_1 = new Array(w_1.length).fill(0);
    const kept_2 = [];
    let loss_1 = 0, v_28 = 0, v_29 = 0, v_30 = 0, v_31 = 0, v_32 = 0, v_33 = 0, x_a_2 = 0, loss_a_1 = 0, h_1, h_a_1;
    loss_1 = 0;
    for (let s_3 = 0; s_3 < 2; s_3++) {
        kept_2.push(h_1);
        kept_2.push(h_a_1);
        h_1 = new Array(2);
        h_a_1 = new Array(2).fill(0);
        for (let j_1 = 0; j_1 < 2; j_1++) {
            v_28 = x_2 + s_3;
            v_29 = w_1[j_1] * v_28;
            if (top_3 === stored_3.length)
                stored_3 = stack_3.grow();
            stored_3[top_3++] = v_30;
            v_30 = Math.tanh(v_29);
            h_1[j_1] = v_30;
        }
        if (top_3 === stored_3.length)
            stored_3 = stack_3.grow();
        stored_3[top_3++] = v_31;
        v_31 = h_1[0] * h_1[1];
        v_32 = v_31 * w_1[2];
        v_33 = loss_1 + v_32;
        loss_1 = v_33;
    }
    const value_4 = loss_1;
    loss_a_1 = 1;
    for (let k_8 = (Math.max(0, Math.ceil(2)) | 0) - 1; k_8 >= 0; k_8--) {
        const s_3 = k_8;
        let v_a_14 = 0, v_a_15 = 0, v_a_16 = 0;
        v_a_16 = loss_a_1;
        loss_a_1 = 0;
        loss_a_1 = v_a_16;
        v_a_15 = v_a_16;
        v_a_14 = w_1[2] * v_a_15;
        w_g_1[2] += v_31 * v_a_15;
        h_a_1[0] += h_1[1] * v_a_14;
        h_a_1[1] += h_1[0] * v_a_14;
        v_31 = stored_3[--top_3];
        for (let k_9 = (Math.max(0, Math.ceil(2)) | 0) - 1; k_9 >= 0; k_9--) {
            const j_1 = k_9;
            v_28 = x_2 + s_3;
            let v_a_17 = 0, v_a_18 = 0, v_a_19 = 0;
            v_a_19 = h_a_1[j_1];
            h_a_1[j_1] = 0;
            v_a_18 = (1 - (v_30 * v_30)) * v_a_19;
            v_30 = stored_3[--top_3];
            w_g_1[j_1] += v_28 * v_a_18;
            v_a_17 = w_1[j_1] * v_a_18;
            x_a_2 += v_a_17;
        }
        h_a_1 = kept_2.pop();
        h_1 = kept_2.pop();
    }
    loss_a_1 = 0;
    return __typegrad.reverseResult(value_4, [w_g_1, x_a_2]);
};
const gradient_5 = (v_34, c_2) => {
    const stack_4 = __typegrad.valueStack();
    let stored_4 = stack_4.data, top_4 = 0;
    const v_g_3 = new Array(v_34.length).fill(0);
    let v_35 = 0, v_36 = 0, acc_1 = 0, element_1 = 0, v_37 = 0, v_38 = 0, s_4 = 0, v_39 = 0, v_40 = 0, v_41 = 0, v_42 = 0, v_43 = 0, v_44 = 0, v_45 = 0, taken_2 = 0, c_a_2 = 0, acc_a_1 = 0, s_a_3 = 0, scaled_1, scaled_a_1;
    scaled_1 = new Array(v_34.length);
    scaled_a_1 = new Array(v_34.length).fill(0);
    for (let i_5 = 0; i_5 < v_34.length; i_5++) {
        v_35 = v_34[i_5] * c_2;
        v_36 = v_35 + i_5;
        scaled_1[i_5] = v_36;
    }
    acc_1 = 0;
    for (let i_6 = 0; i_6 < scaled_1.length; i_6++) {
        if (top_4 === stored_4.length)
            stored_4 = stack_4.grow();
        stored_4[top_4++] = element_1;
        element_1 = scaled_1[i_6];
        v_37 = element_1 * element_1;
        v_38 = acc_1 + v_37;
        acc_1 = v_38;
    }
    s_4 = acc_1;
    for (let i_7 = 0; i_7 < v_34.length; i_7++) {
        if (top_4 === stored_4.length)
            stored_4 = stack_4.grow();
        stored_4[top_4++] = taken_2;
        taken_2 = v_34[i_7] < 0 ? 1 : 0;
        if (!(taken_2 === 1)) {
            if (top_4 === stored_4.length)
                stored_4 = stack_4.grow();
            stored_4[top_4++] = v_39;
            v_39 = Math.sqrt(v_34[i_7]);
            v_40 = v_39 * c_2;
            v_41 = s_4 + v_40;
            s_4 = v_41;
        }
    }
    v_42 = Math.max(v_34[0], v_34[1], c_2);
    v_43 = s_4 + v_42;
    v_44 = Math.hypot(c_2, v_34[0], 1);
    v_45 = v_43 + v_44;
    const value_5 = v_45;
    let v_a_20 = 0, v_a_21 = 0, v_a_22 = 0, v_a_23 = 0;
    v_a_23 = 1;
    v_a_21 = v_a_23;
    v_a_22 = v_a_23;
    c_a_2 += ((v_44 === 0) ? 0 : (c_2 / v_44)) * v_a_22;
    v_g_3[0] += ((v_44 === 0) ? 0 : (v_34[0] / v_44)) * v_a_22;
    s_a_3 = v_a_21;
    v_a_20 = v_a_21;
    v_g_3[0] += (((((v_34[0] === v_42) + (v_34[1] === v_42)) + (c_2 === v_42)) === 0) ? NaN : ((v_34[0] === v_42) ? (1 / (((v_34[0] === v_42) + (v_34[1] === v_42)) + (c_2 === v_42))) : 0)) * v_a_20;
    v_g_3[1] += (((((v_34[0] === v_42) + (v_34[1] === v_42)) + (c_2 === v_42)) === 0) ? NaN : ((v_34[1] === v_42) ? (1 / (((v_34[0] === v_42) + (v_34[1] === v_42)) + (c_2 === v_42))) : 0)) * v_a_20;
    c_a_2 += (((((v_34[0] === v_42) + (v_34[1] === v_42)) + (c_2 === v_42)) === 0) ? NaN : ((c_2 === v_42) ? (1 / (((v_34[0] === v_42) + (v_34[1] === v_42)) + (c_2 === v_42))) : 0)) * v_a_20;
    for (let k_10 = (Math.max(0, Math.ceil(v_34.length)) | 0) - 1; k_10 >= 0; k_10--) {
        const i_7 = k_10;
        if (taken_2 === 0) {
            let v_a_24 = 0, v_a_25 = 0, v_a_26 = 0;
            v_a_26 = s_a_3;
            s_a_3 = 0;
            s_a_3 = v_a_26;
            v_a_25 = v_a_26;
            v_a_24 = c_2 * v_a_25;
            c_a_2 += v_39 * v_a_25;
            v_g_3[i_7] += (0.5 / v_39) * v_a_24;
            v_39 = stored_4[--top_4];
        }
        taken_2 = stored_4[--top_4];
    }
    acc_a_1 = s_a_3;
    s_a_3 = 0;
    for (let k_11 = (Math.max(0, Math.ceil(scaled_1.length)) | 0) - 1; k_11 >= 0; k_11--) {
        const i_6 = k_11;
        let element_a_1 = 0, v_a_27 = 0, v_a_28 = 0;
        v_a_28 = acc_a_1;
        acc_a_1 = 0;
        acc_a_1 = v_a_28;
        v_a_27 = v_a_28;
        element_a_1 = element_1 * v_a_27;
        element_a_1 += element_1 * v_a_27;
        scaled_a_1[i_6] += element_a_1;
        element_1 = stored_4[--top_4];
    }
    acc_a_1 = 0;
    for (let k_12 = (Math.max(0, Math.ceil(v_34.length)) | 0) - 1; k_12 >= 0; k_12--) {
        const i_5 = k_12;
        let v_a_29 = 0, v_a_30 = 0;
        v_a_30 = scaled_a_1[i_5];
        scaled_a_1[i_5] = 0;
        v_a_29 = v_a_30;
        v_g_3[i_5] += c_2 * v_a_29;
        c_a_2 += v_34[i_5] * v_a_29;
    }
    return __typegrad.reverseResult(value_5, [v_g_3, c_a_2]);
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
    { f: __typegrad.attach((x) => smooth(x, 0.7), (x) => smooth$ad(x, 0.7)), at: [0.4], grad: (x) => grad(__typegrad.withReverse(smooth$ad, gradient_3, "nn"))(x, 0.7)[0] },
    { f: __typegrad.attach((x) => smooth(x, 0.7), (x) => smooth$ad(x, 0.7)), at: [0.4], grad: (x) => derivative(__typegrad.withForward((t) => smooth$ad(t, 0.7), forward_1, derivative_1))(x) },
    { f: __typegrad.attach((x) => layer([0.3, -0.8, 1.5], x), (x) => layer$ad([0.3, -0.8, 1.5], x)), at: [0.4], grad: (x) => grad(__typegrad.withReverse(layer$ad, gradient_4, "an"))([0.3, -0.8, 1.5], x)[1] },
    { f: __typegrad.attach((c) => methods([0.5, 2, -1], c), (c) => methods$ad([0.5, 2, -1], c)), at: [1.3], grad: (c) => grad(__typegrad.withReverse(methods$ad, gradient_5, "an"))([0.5, 2, -1], c)[1] },
];
