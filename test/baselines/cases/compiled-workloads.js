// Compiled reverse code for the shapes of the benchmark's workloads, written as users write
// them: the chained Rosenbrock on number[] (const locals, and inline with **), and an MLP with
// three nested counted loops and tanh.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
__typegrad.attach(chained, chained$ad);
__typegrad.attach(chainedInline, chainedInline$ad);
__typegrad.attach(mlpLoss, mlpLoss$ad);
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
const gradient_2 = x_2 => {
    const x_g_2 = new Array(x_2.length).fill(0);
    let s_2 = 0, v_9 = 0, v_10 = 0, v_11 = 0, v_12 = 0, v_13 = 0, v_14 = 0, v_15 = 0, v_16 = 0, at_2 = 0, s_a_2 = 0;
    s_2 = 0;
    s_a_2 = 1;
    for (let i_2 = 0; i_2 < (x_2.length - 1); i_2++) {
        at_2 = i_2 + 1;
        v_9 = x_2[i_2] * x_2[i_2];
        v_10 = x_2[at_2] - v_9;
        v_11 = v_10 ** 2;
        v_12 = 100 * v_11;
        v_13 = 1 - x_2[i_2];
        v_14 = v_13 ** 2;
        v_15 = v_12 + v_14;
        v_16 = s_2 + v_15;
        s_2 = v_16;
        let v_a_9 = 0, v_a_10 = 0, v_a_11 = 0, v_a_12 = 0, v_a_13 = 0, v_a_14 = 0, v_a_15 = 0, v_a_16 = 0;
        v_a_16 = s_a_2;
        s_a_2 = 0;
        s_a_2 = v_a_16;
        v_a_15 = v_a_16;
        v_a_12 = v_a_15;
        v_a_14 = v_a_15;
        v_a_13 = (2 * v_13) * v_a_14;
        x_g_2[i_2] += -v_a_13;
        v_a_11 = 100 * v_a_12;
        v_a_10 = (2 * v_10) * v_a_11;
        x_g_2[at_2] += v_a_10;
        v_a_9 = -v_a_10;
        x_g_2[i_2] += x_2[i_2] * v_a_9;
        x_g_2[i_2] += x_2[i_2] * v_a_9;
    }
    const value_2 = s_2;
    s_a_2 = 0;
    return __typegrad.reverseResult(value_2, [x_g_2]);
};
const gradient_3 = p_1 => {
    const stack_1 = __typegrad.valueStack();
    let stored_1 = stack_1.data, top_1 = 0;
    const p_g_1 = new Array(p_1.length).fill(0);
    let loss_1 = 0, o_1 = 0, a_1 = 0, v_17 = 0, v_18 = 0, v_19 = 0, v_20 = 0, v_21 = 0, v_22 = 0, v_23 = 0, v_24 = 0, v_25 = 0, at_3 = 0, at_4 = 0, at_5 = 0, loss_a_1 = 0, o_a_1 = 0, a_a_1 = 0;
    loss_1 = 0;
    let v_a_17 = 0;
    v_a_17 = 1;
    loss_a_1 = (1 / SAMPLES) * v_a_17;
    for (let s_3 = 0; s_3 < SAMPLES; s_3++) {
        o_1 = p_1[(IN * HID) + (2 * HID)];
        for (let j_1 = 0; j_1 < HID; j_1++) {
            at_4 = (IN * HID) + j_1;
            at_5 = ((IN * HID) + HID) + j_1;
            a_1 = p_1[at_4];
            for (let k_1 = 0; k_1 < IN; k_1++) {
                at_3 = (k_1 * HID) + j_1;
                v_17 = X[(s_3 * IN) + k_1] * p_1[at_3];
                v_18 = a_1 + v_17;
                a_1 = v_18;
            }
            if (top_1 === stored_1.length)
                stored_1 = stack_1.grow();
            stored_1[top_1++] = v_19;
            v_19 = Math.tanh(a_1);
            v_20 = p_1[at_5] * v_19;
            v_21 = o_1 + v_20;
            o_1 = v_21;
        }
        v_22 = o_1 - Y[s_3];
        v_23 = v_22 * v_22;
        v_24 = loss_1 + v_23;
        loss_1 = v_24;
        let v_a_18 = 0, v_a_19 = 0, v_a_20 = 0;
        v_a_20 = loss_a_1;
        loss_a_1 = 0;
        loss_a_1 = v_a_20;
        v_a_19 = v_a_20;
        v_a_18 = v_22 * v_a_19;
        v_a_18 += v_22 * v_a_19;
        o_a_1 += v_a_18;
        for (let k_2 = (Math.max(0, Math.ceil(HID)) | 0) - 1; k_2 >= 0; k_2--) {
            const j_1 = k_2;
            at_4 = (IN * HID) + j_1;
            at_5 = ((IN * HID) + HID) + j_1;
            let v_a_21 = 0, v_a_22 = 0, v_a_23 = 0;
            v_a_23 = o_a_1;
            o_a_1 = 0;
            o_a_1 = v_a_23;
            v_a_22 = v_a_23;
            p_g_1[at_5] += v_19 * v_a_22;
            v_a_21 = p_1[at_5] * v_a_22;
            a_a_1 += (1 - (v_19 * v_19)) * v_a_21;
            v_19 = stored_1[--top_1];
            for (let k_3 = (Math.max(0, Math.ceil(IN)) | 0) - 1; k_3 >= 0; k_3--) {
                const k_1 = k_3;
                at_3 = (k_1 * HID) + j_1;
                let v_a_24 = 0, v_a_25 = 0;
                v_a_25 = a_a_1;
                a_a_1 = 0;
                a_a_1 = v_a_25;
                v_a_24 = v_a_25;
                p_g_1[at_3] += X[(s_3 * IN) + k_1] * v_a_24;
            }
            p_g_1[at_4] += a_a_1;
            a_a_1 = 0;
        }
        p_g_1[(IN * HID) + (2 * HID)] += o_a_1;
        o_a_1 = 0;
    }
    v_25 = loss_1 / SAMPLES;
    const value_3 = v_25;
    loss_a_1 = 0;
    return __typegrad.reverseResult(value_3, [p_g_1]);
};
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
