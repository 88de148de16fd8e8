// Compiled reverse code for the shapes of the benchmark's workloads, written as users write
// them: the chained Rosenbrock on number[] (const locals, and inline with **), and an MLP with
// three nested counted loops and tanh.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
const gradient_1 = x_1 => {
    const x_g_1 = new Array(x_1.length).fill(0);
    let s_1 = 0, v_1 = 0, v_2 = 0, v_3 = 0, v_4 = 0, v_5 = 0, v_6 = 0, v_7 = 0, v_8 = 0, at_1 = 0, s_a_1 = 0;
    s_1 = 0;
    s_a_1 = 1;
    for (let i_1 = 0; i_1 < (x_1.length - 1); i_1++) {
        at_1 = i_1 + 1;
        v_1 = x_1[i_1] * x_1[i_1];
        v_2 = x_1[at_1] - v_1;
        v_3 = 1 - x_1[i_1];
        v_4 = 100 * v_2;
        v_5 = v_4 * v_2;
        v_6 = v_3 * v_3;
        v_7 = v_5 + v_6;
        v_8 = s_1 + v_7;
        s_1 = v_8;
        let v_a_1 = 0, v_a_2 = 0, v_a_3 = 0, v_a_4 = 0, v_a_5 = 0, v_a_6 = 0, v_a_7 = 0, v_a_8 = 0;
        v_a_8 = s_a_1;
        s_a_1 = 0;
        s_a_1 = v_a_8;
        v_a_7 = v_a_8;
        v_a_5 = v_a_7;
        v_a_6 = v_a_7;
        v_a_3 = v_3 * v_a_6;
        v_a_3 += v_3 * v_a_6;
        v_a_4 = v_2 * v_a_5;
        v_a_2 = v_4 * v_a_5;
        v_a_2 += 100 * v_a_4;
        x_g_1[i_1] += -v_a_3;
        x_g_1[at_1] += v_a_2;
        v_a_1 = -v_a_2;
        x_g_1[i_1] += x_1[i_1] * v_a_1;
        x_g_1[i_1] += x_1[i_1] * v_a_1;
    }
    const value_1 = s_1;
    s_a_1 = 0;
    return __typegrad.reverseResult(value_1, [x_g_1]);
};
const hessian_1 = (x_2, x_v_1) => {
    const x_g_2 = new Array(x_2.length).fill(0);
    let v_9 = 0, v_10 = 0, v_11 = 0, v_12 = 0, s_t_1 = 0, d_1 = 0, d_2 = 0, v_t_1 = 0, d_3 = 0, v_t_2 = 0, v_t_3 = 0, v_t_4 = 0, d_4 = 0, d_5 = 0, v_t_5 = 0, d_6 = 0, d_7 = 0, v_t_6 = 0, v_t_7 = 0, v_t_8 = 0, at_2 = 0, s_t_a_1 = 0;
    s_t_1 = 0;
    s_t_a_1 = 1;
    for (let i_2 = 0; i_2 < (x_2.length - 1); i_2++) {
        at_2 = i_2 + 1;
        v_9 = x_2[i_2] * x_2[i_2];
        d_1 = x_2[i_2] * x_v_1[i_2];
        d_2 = x_2[i_2] * x_v_1[i_2];
        v_t_1 = d_1 + d_2;
        v_10 = x_2[at_2] - v_9;
        d_3 = -v_t_1;
        v_t_2 = x_v_1[at_2] + d_3;
        v_11 = 1 - x_2[i_2];
        v_t_3 = -x_v_1[i_2];
        v_12 = 100 * v_10;
        v_t_4 = 100 * v_t_2;
        d_4 = v_10 * v_t_4;
        d_5 = v_12 * v_t_2;
        v_t_5 = d_4 + d_5;
        d_6 = v_11 * v_t_3;
        d_7 = v_11 * v_t_3;
        v_t_6 = d_6 + d_7;
        v_t_7 = v_t_5 + v_t_6;
        v_t_8 = s_t_1 + v_t_7;
        s_t_1 = v_t_8;
        let v_a_9 = 0, d_a_1 = 0, d_a_2 = 0, v_t_a_1 = 0, v_a_10 = 0, d_a_3 = 0, v_t_a_2 = 0, v_a_11 = 0, v_a_12 = 0, v_t_a_3 = 0, d_a_4 = 0, d_a_5 = 0, v_t_a_4 = 0, d_a_6 = 0, d_a_7 = 0, v_t_a_5 = 0, v_t_a_6 = 0, v_t_a_7 = 0;
        v_t_a_7 = s_t_a_1;
        s_t_a_1 = 0;
        s_t_a_1 = v_t_a_7;
        v_t_a_6 = v_t_a_7;
        v_t_a_4 = v_t_a_6;
        v_t_a_5 = v_t_a_6;
        d_a_6 = v_t_a_5;
        d_a_7 = v_t_a_5;
        v_a_11 = v_t_3 * d_a_7;
        v_a_11 += v_t_3 * d_a_6;
        d_a_4 = v_t_a_4;
        d_a_5 = v_t_a_4;
        v_a_12 = v_t_2 * d_a_5;
        v_t_a_2 = v_12 * d_a_5;
        v_a_10 = v_t_4 * d_a_4;
        v_t_a_3 = v_10 * d_a_4;
        v_t_a_2 += 100 * v_t_a_3;
        v_a_10 += 100 * v_a_12;
        x_g_2[i_2] += -v_a_11;
        d_a_3 = v_t_a_2;
        v_t_a_1 = -d_a_3;
        x_g_2[at_2] += v_a_10;
        v_a_9 = -v_a_10;
        d_a_1 = v_t_a_1;
        d_a_2 = v_t_a_1;
        x_g_2[i_2] += x_v_1[i_2] * d_a_2;
        x_g_2[i_2] += x_v_1[i_2] * d_a_1;
        x_g_2[i_2] += x_2[i_2] * v_a_9;
        x_g_2[i_2] += x_2[i_2] * v_a_9;
    }
    const value_2 = s_t_1;
    s_t_a_1 = 0;
    return __typegrad.reverseResult(value_2, [x_g_2]);
};
__typegrad.attach(chained, __typegrad.withHessian(__typegrad.withReverse(chained$ad, gradient_1, "a"), hessian_1, "a"));
const gradient_2 = x_3 => {
    const x_g_3 = new Array(x_3.length).fill(0);
    let s_2 = 0, v_13 = 0, v_14 = 0, v_15 = 0, v_16 = 0, v_17 = 0, v_18 = 0, v_19 = 0, v_20 = 0, at_3 = 0, s_a_2 = 0;
    s_2 = 0;
    s_a_2 = 1;
    for (let i_3 = 0; i_3 < (x_3.length - 1); i_3++) {
        at_3 = i_3 + 1;
        v_13 = x_3[i_3] * x_3[i_3];
        v_14 = x_3[at_3] - v_13;
        v_15 = v_14 ** 2;
        v_16 = 100 * v_15;
        v_17 = 1 - x_3[i_3];
        v_18 = v_17 ** 2;
        v_19 = v_16 + v_18;
        v_20 = s_2 + v_19;
        s_2 = v_20;
        let v_a_13 = 0, v_a_14 = 0, v_a_15 = 0, v_a_16 = 0, v_a_17 = 0, v_a_18 = 0, v_a_19 = 0, v_a_20 = 0;
        v_a_20 = s_a_2;
        s_a_2 = 0;
        s_a_2 = v_a_20;
        v_a_19 = v_a_20;
        v_a_16 = v_a_19;
        v_a_18 = v_a_19;
        v_a_17 = (2 * v_17) * v_a_18;
        x_g_3[i_3] += -v_a_17;
        v_a_15 = 100 * v_a_16;
        v_a_14 = (2 * v_14) * v_a_15;
        x_g_3[at_3] += v_a_14;
        v_a_13 = -v_a_14;
        x_g_3[i_3] += x_3[i_3] * v_a_13;
        x_g_3[i_3] += x_3[i_3] * v_a_13;
    }
    const value_3 = s_2;
    s_a_2 = 0;
    return __typegrad.reverseResult(value_3, [x_g_3]);
};
const hessian_2 = (x_4, x_v_2) => {
    const x_g_4 = new Array(x_4.length).fill(0);
    let v_21 = 0, v_22 = 0, v_23 = 0, s_t_2 = 0, d_8 = 0, d_9 = 0, v_t_9 = 0, d_10 = 0, v_t_10 = 0, d_11 = 0, v_t_11 = 0, v_t_12 = 0, v_t_13 = 0, d_12 = 0, v_t_14 = 0, v_t_15 = 0, v_t_16 = 0, at_4 = 0, s_t_a_2 = 0;
    s_t_2 = 0;
    s_t_a_2 = 1;
    for (let i_4 = 0; i_4 < (x_4.length - 1); i_4++) {
        at_4 = i_4 + 1;
        v_21 = x_4[i_4] * x_4[i_4];
        d_8 = x_4[i_4] * x_v_2[i_4];
        d_9 = x_4[i_4] * x_v_2[i_4];
        v_t_9 = d_8 + d_9;
        v_22 = x_4[at_4] - v_21;
        d_10 = -v_t_9;
        v_t_10 = x_v_2[at_4] + d_10;
        d_11 = 2 * v_22;
        v_t_11 = d_11 * v_t_10;
        v_t_12 = 100 * v_t_11;
        v_23 = 1 - x_4[i_4];
        v_t_13 = -x_v_2[i_4];
        d_12 = 2 * v_23;
        v_t_14 = d_12 * v_t_13;
        v_t_15 = v_t_12 + v_t_14;
        v_t_16 = s_t_2 + v_t_15;
        s_t_2 = v_t_16;
        let v_a_21 = 0, d_a_8 = 0, d_a_9 = 0, v_t_a_8 = 0, v_a_22 = 0, d_a_10 = 0, v_t_a_9 = 0, d_a_11 = 0, v_t_a_10 = 0, v_t_a_11 = 0, v_a_23 = 0, d_a_12 = 0, v_t_a_12 = 0, v_t_a_13 = 0, v_t_a_14 = 0;
        v_t_a_14 = s_t_a_2;
        s_t_a_2 = 0;
        s_t_a_2 = v_t_a_14;
        v_t_a_13 = v_t_a_14;
        v_t_a_11 = v_t_a_13;
        v_t_a_12 = v_t_a_13;
        d_a_12 = v_t_13 * v_t_a_12;
        v_a_23 = 2 * d_a_12;
        x_g_4[i_4] += -v_a_23;
        v_t_a_10 = 100 * v_t_a_11;
        d_a_11 = v_t_10 * v_t_a_10;
        v_t_a_9 = d_11 * v_t_a_10;
        v_a_22 = 2 * d_a_11;
        d_a_10 = v_t_a_9;
        v_t_a_8 = -d_a_10;
        x_g_4[at_4] += v_a_22;
        v_a_21 = -v_a_22;
        d_a_8 = v_t_a_8;
        d_a_9 = v_t_a_8;
        x_g_4[i_4] += x_v_2[i_4] * d_a_9;
        x_g_4[i_4] += x_v_2[i_4] * d_a_8;
        x_g_4[i_4] += x_4[i_4] * v_a_21;
        x_g_4[i_4] += x_4[i_4] * v_a_21;
    }
    const value_4 = s_t_2;
    s_t_a_2 = 0;
    return __typegrad.reverseResult(value_4, [x_g_4]);
};
__typegrad.attach(chainedInline, __typegrad.withHessian(__typegrad.withReverse(chainedInline$ad, gradient_2, "a"), hessian_2, "a"));
const gradient_3 = p_1 => {
    const stack_1 = __typegrad.valueStack();
    let stored_1 = stack_1.data, top_1 = 0;
    const p_g_1 = new Array(p_1.length).fill(0);
    let loss_1 = 0, o_1 = 0, a_1 = 0, v_24 = 0, v_25 = 0, v_26 = 0, v_27 = 0, v_28 = 0, v_29 = 0, v_30 = 0, v_31 = 0, v_32 = 0, at_5 = 0, at_6 = 0, at_7 = 0, loss_a_1 = 0, o_a_1 = 0, a_a_1 = 0;
    loss_1 = 0;
    let v_a_24 = 0;
    v_a_24 = 1;
    loss_a_1 = (1 / SAMPLES) * v_a_24;
    for (let s_3 = 0; s_3 < SAMPLES; s_3++) {
        o_1 = p_1[(IN * HID) + (2 * HID)];
        for (let j_1 = 0; j_1 < HID; j_1++) {
            at_6 = (IN * HID) + j_1;
            at_7 = ((IN * HID) + HID) + j_1;
            a_1 = p_1[at_6];
            for (let k_1 = 0; k_1 < IN; k_1++) {
                at_5 = (k_1 * HID) + j_1;
                v_24 = X[(s_3 * IN) + k_1] * p_1[at_5];
                v_25 = a_1 + v_24;
                a_1 = v_25;
            }
            if (top_1 === stored_1.length)
                stored_1 = stack_1.grow();
            stored_1[top_1++] = v_26;
            v_26 = Math.tanh(a_1);
            v_27 = p_1[at_7] * v_26;
            v_28 = o_1 + v_27;
            o_1 = v_28;
        }
        v_29 = o_1 - Y[s_3];
        v_30 = v_29 * v_29;
        v_31 = loss_1 + v_30;
        loss_1 = v_31;
        let v_a_25 = 0, v_a_26 = 0, v_a_27 = 0;
        v_a_27 = loss_a_1;
        loss_a_1 = 0;
        loss_a_1 = v_a_27;
        v_a_26 = v_a_27;
        v_a_25 = v_29 * v_a_26;
        v_a_25 += v_29 * v_a_26;
        o_a_1 += v_a_25;
        for (let k_2 = (Math.max(0, Math.ceil(HID)) | 0) - 1; k_2 >= 0; k_2--) {
            const j_1 = k_2;
            at_6 = (IN * HID) + j_1;
            at_7 = ((IN * HID) + HID) + j_1;
            let v_a_28 = 0, v_a_29 = 0, v_a_30 = 0;
            v_a_30 = o_a_1;
            o_a_1 = 0;
            o_a_1 = v_a_30;
            v_a_29 = v_a_30;
            p_g_1[at_7] += v_26 * v_a_29;
            v_a_28 = p_1[at_7] * v_a_29;
            a_a_1 += (1 - (v_26 * v_26)) * v_a_28;
            v_26 = stored_1[--top_1];
            for (let k_3 = (Math.max(0, Math.ceil(IN)) | 0) - 1; k_3 >= 0; k_3--) {
                const k_1 = k_3;
                at_5 = (k_1 * HID) + j_1;
                let v_a_31 = 0, v_a_32 = 0;
                v_a_32 = a_a_1;
                a_a_1 = 0;
                a_a_1 = v_a_32;
                v_a_31 = v_a_32;
                p_g_1[at_5] += X[(s_3 * IN) + k_1] * v_a_31;
            }
            p_g_1[at_6] += a_a_1;
            a_a_1 = 0;
        }
        p_g_1[(IN * HID) + (2 * HID)] += o_a_1;
        o_a_1 = 0;
    }
    v_32 = loss_1 / SAMPLES;
    const value_5 = v_32;
    loss_a_1 = 0;
    return __typegrad.reverseResult(value_5, [p_g_1]);
};
const hessian_3 = (p_2, p_v_1) => {
    const stack_2 = __typegrad.valueStack();
    let stored_2 = stack_2.data, top_2 = 0;
    const p_g_2 = new Array(p_2.length).fill(0);
    let o_2 = 0, a_2 = 0, v_33 = 0, v_34 = 0, v_35 = 0, v_36 = 0, v_37 = 0, v_38 = 0, loss_t_1 = 0, o_t_1 = 0, a_t_1 = 0, v_t_17 = 0, v_t_18 = 0, d_13 = 0, d_14 = 0, v_t_19 = 0, d_15 = 0, d_16 = 0, v_t_20 = 0, v_t_21 = 0, v_t_22 = 0, d_17 = 0, d_18 = 0, v_t_23 = 0, v_t_24 = 0, v_t_25 = 0, at_8 = 0, at_9 = 0, at_10 = 0, at_11 = 0, o_a_2 = 0, a_a_2 = 0, loss_t_a_1 = 0, o_t_a_1 = 0;
    loss_t_1 = 0;
    let v_t_a_15 = 0;
    v_t_a_15 = 1;
    loss_t_a_1 = (1 / SAMPLES) * v_t_a_15;
    for (let s_4 = 0; s_4 < SAMPLES; s_4++) {
        o_2 = p_2[(IN * HID) + (2 * HID)];
        o_t_1 = p_v_1[(IN * HID) + (2 * HID)];
        for (let j_2 = 0; j_2 < HID; j_2++) {
            at_10 = (IN * HID) + j_2;
            at_11 = ((IN * HID) + HID) + j_2;
            a_2 = p_2[at_10];
            if (top_2 === stored_2.length)
                stored_2 = stack_2.grow();
            stored_2[top_2++] = a_t_1;
            a_t_1 = p_v_1[at_10];
            for (let k_4 = 0; k_4 < IN; k_4++) {
                at_8 = (s_4 * IN) + k_4;
                at_9 = (k_4 * HID) + j_2;
                v_33 = X[at_8] * p_2[at_9];
                v_t_17 = X[at_8] * p_v_1[at_9];
                v_34 = a_2 + v_33;
                v_t_18 = a_t_1 + v_t_17;
                a_2 = v_34;
                if (top_2 === stored_2.length)
                    stored_2 = stack_2.grow();
                stored_2[top_2++] = a_t_1;
                a_t_1 = v_t_18;
            }
            while (top_2 + 2 > stored_2.length)
                stored_2 = stack_2.grow();
            stored_2[top_2++] = v_35;
            v_35 = Math.tanh(a_2);
            d_13 = v_35 * v_35;
            d_14 = 1 - d_13;
            stored_2[top_2++] = v_t_19;
            v_t_19 = d_14 * a_t_1;
            v_36 = p_2[at_11] * v_35;
            d_15 = v_35 * p_v_1[at_11];
            d_16 = p_2[at_11] * v_t_19;
            v_t_20 = d_15 + d_16;
            v_37 = o_2 + v_36;
            v_t_21 = o_t_1 + v_t_20;
            o_2 = v_37;
            o_t_1 = v_t_21;
        }
        v_38 = o_2 - Y[s_4];
        v_t_22 = o_t_1;
        d_17 = v_38 * v_t_22;
        d_18 = v_38 * v_t_22;
        v_t_23 = d_17 + d_18;
        v_t_24 = loss_t_1 + v_t_23;
        loss_t_1 = v_t_24;
        let v_a_33 = 0, v_t_a_16 = 0, d_a_13 = 0, d_a_14 = 0, v_t_a_17 = 0, v_t_a_18 = 0;
        v_t_a_18 = loss_t_a_1;
        loss_t_a_1 = 0;
        loss_t_a_1 = v_t_a_18;
        v_t_a_17 = v_t_a_18;
        d_a_13 = v_t_a_17;
        d_a_14 = v_t_a_17;
        v_a_33 = v_t_22 * d_a_14;
        v_t_a_16 = v_38 * d_a_14;
        v_a_33 += v_t_22 * d_a_13;
        v_t_a_16 += v_38 * d_a_13;
        o_t_a_1 += v_t_a_16;
        o_a_2 += v_a_33;
        for (let k_5 = (Math.max(0, Math.ceil(HID)) | 0) - 1; k_5 >= 0; k_5--) {
            const j_2 = k_5;
            at_10 = (IN * HID) + j_2;
            at_11 = ((IN * HID) + HID) + j_2;
            let v_a_34 = 0, d_a_15 = 0, d_a_16 = 0, v_t_a_19 = 0, v_a_35 = 0, d_a_17 = 0, d_a_18 = 0, v_t_a_20 = 0, v_a_36 = 0, v_t_a_21 = 0;
            v_t_a_21 = o_t_a_1;
            o_t_a_1 = 0;
            v_a_36 = o_a_2;
            o_a_2 = 0;
            o_t_a_1 = v_t_a_21;
            v_t_a_20 = v_t_a_21;
            o_a_2 = v_a_36;
            v_a_35 = v_a_36;
            d_a_17 = v_t_a_20;
            d_a_18 = v_t_a_20;
            p_g_2[at_11] += v_t_19 * d_a_18;
            v_t_a_19 = p_2[at_11] * d_a_18;
            v_a_34 = p_v_1[at_11] * d_a_17;
            p_g_2[at_11] += v_35 * v_a_35;
            v_a_34 += p_2[at_11] * v_a_35;
            d_a_16 = a_t_1 * v_t_a_19;
            v_t_19 = stored_2[--top_2];
            d_a_15 = -d_a_16;
            v_a_34 += v_35 * d_a_15;
            v_a_34 += v_35 * d_a_15;
            a_a_2 += (1 - (v_35 * v_35)) * v_a_34;
            v_35 = stored_2[--top_2];
            for (let k_6 = (Math.max(0, Math.ceil(IN)) | 0) - 1; k_6 >= 0; k_6--) {
                const k_4 = k_6;
                at_8 = (s_4 * IN) + k_4;
                at_9 = (k_4 * HID) + j_2;
                let v_a_37 = 0, v_a_38 = 0;
                a_t_1 = stored_2[--top_2];
                v_a_38 = a_a_2;
                a_a_2 = 0;
                a_a_2 = v_a_38;
                v_a_37 = v_a_38;
                p_g_2[at_9] += X[at_8] * v_a_37;
            }
            a_t_1 = stored_2[--top_2];
            p_g_2[at_10] += a_a_2;
            a_a_2 = 0;
        }
        o_t_a_1 = 0;
        p_g_2[(IN * HID) + (2 * HID)] += o_a_2;
        o_a_2 = 0;
    }
    v_t_25 = (1 / SAMPLES) * loss_t_1;
    const value_6 = v_t_25;
    loss_t_a_1 = 0;
    return __typegrad.reverseResult(value_6, [p_g_2]);
};
__typegrad.attach(mlpLoss, __typegrad.withHessian(__typegrad.withReverse(mlpLoss$ad, gradient_3, "a"), hessian_3, "a"));
const IN = 2, HID = 3, SAMPLES = 2;
const X = [0.5, -1, 2, 0.25];
const Y = [0.3, -0.2];
export function chained(x) {
    let s = 0;
    for (let i = 0; i < x.length - 1; i++) {
        const a = x[i + 1] - x[i] * x[i];
        const b = 1 - x[i];
        s += 100 * a * a + b * b;
    }
    return s;
}
export function chained$ad(x) {
    let s = 0;
    for (let i = 0; i < x.length - 1; i++) {
        const a = __typegrad.sub(x[i + 1], __typegrad.mul(x[i], x[i]));
        const b = __typegrad.sub(1, x[i]);
        s = __typegrad.add(s, __typegrad.add(__typegrad.mul(__typegrad.mul(100, a), a), __typegrad.mul(b, b)));
    }
    return s;
}
export function chainedInline(x) {
    let s = 0;
    for (let i = 0; i < x.length - 1; i++)
        s += 100 * (x[i + 1] - x[i] * x[i]) ** 2 + (1 - x[i]) ** 2;
    return s;
}
export function chainedInline$ad(x) {
    let s = 0;
    for (let i = 0; i < x.length - 1; i++)
        s = __typegrad.add(s, __typegrad.add(__typegrad.mul(100, __typegrad.pow((__typegrad.sub(x[i + 1], __typegrad.mul(x[i], x[i]))), 2)), __typegrad.pow((__typegrad.sub(1, x[i])), 2)));
    return s;
}
// p: IN×HID input weights, HID biases, HID output weights, one output bias.
export function mlpLoss(p) {
    let loss = 0;
    for (let s = 0; s < SAMPLES; s++) {
        let o = p[IN * HID + 2 * HID];
        for (let j = 0; j < HID; j++) {
            let a = p[IN * HID + j];
            for (let k = 0; k < IN; k++)
                a += X[s * IN + k] * p[k * HID + j];
            o += p[IN * HID + HID + j] * Math.tanh(a);
        }
        const e = o - Y[s];
        loss += e * e;
    }
    return loss / SAMPLES;
}
export function mlpLoss$ad(p) {
    let loss = 0;
    for (let s = 0; s < SAMPLES; s++) {
        let o = p[IN * HID + 2 * HID];
        for (let j = 0; j < HID; j++) {
            let a = p[IN * HID + j];
            for (let k = 0; k < IN; k++)
                a = __typegrad.add(a, __typegrad.mul(X[s * IN + k], p[k * HID + j]));
            o = __typegrad.add(o, __typegrad.mul(p[IN * HID + HID + j], __typegrad.tanh(a)));
        }
        const e = __typegrad.sub(o, Y[s]);
        loss = __typegrad.add(loss, __typegrad.mul(e, e));
    }
    return __typegrad.div(loss, SAMPLES);
}
const P = [0.1, -0.2, 0.3, 0.4, -0.5, 0.6, 0.05, -0.05, 0.1, 0.7, -0.8, 0.9, 0.01];
const at = (k, v) => P.map((p, j) => (j === k ? v : p));
const at$ad = (k, v) => P.map((p, j) => (j === k ? v : p));
export const checks = [
    { f: __typegrad.attach((v) => chained([v, 1.3, -0.4, 0.8]), (v) => chained$ad([v, 1.3, -0.4, 0.8])), at: [0.7], grad: (v) => grad(__typegrad.withReverse(chained$ad, gradient_1, "a"))([v, 1.3, -0.4, 0.8])[0] },
    { f: __typegrad.attach((v) => chainedInline([0.2, v, -0.4, 0.8]), (v) => chainedInline$ad([0.2, v, -0.4, 0.8])), at: [0.7], grad: (v) => grad(__typegrad.withReverse(chainedInline$ad, gradient_2, "a"))([0.2, v, -0.4, 0.8])[1] },
    { f: __typegrad.attach((v) => mlpLoss(at(2, v)), (v) => mlpLoss$ad(at$ad(2, v))), at: [0.3], grad: __typegrad.attach((v) => grad(__typegrad.withReverse(mlpLoss$ad, gradient_3, "a"))(at(2, v))[2], (v) => grad(__typegrad.withReverse(mlpLoss$ad, gradient_3, "a"))(at$ad(2, v))[2]) },
    { f: __typegrad.attach((v) => mlpLoss(at(7, v)), (v) => mlpLoss$ad(at$ad(7, v))), at: [-0.05], grad: __typegrad.attach((v) => grad(__typegrad.withReverse(mlpLoss$ad, gradient_3, "a"))(at(7, v))[7], (v) => grad(__typegrad.withReverse(mlpLoss$ad, gradient_3, "a"))(at$ad(7, v))[7]) },
    { f: __typegrad.attach((v) => mlpLoss(at(12, v)), (v) => mlpLoss$ad(at$ad(12, v))), at: [0.01], grad: __typegrad.attach((v) => grad(__typegrad.withReverse(mlpLoss$ad, gradient_3, "a"))(at(12, v))[12], (v) => grad(__typegrad.withReverse(mlpLoss$ad, gradient_3, "a"))(at$ad(12, v))[12]) },
];
