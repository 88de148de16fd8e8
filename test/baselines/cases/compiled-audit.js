// User-style audit, part 3: grad called in another module than the objectives and their data
// (compiled code imports the data it reads: t and obs, which this file does not import).
import { grad } from "typegrad";
import { euler, logistic, whileSum } from "./compiled-audit-objectives.js";
import * as __typegrad from "typegrad";
import { logistic$ad, whileSum$ad, euler$ad } from "./compiled-audit-objectives.js";
import { X as X$data, y as y$data, t as t$data, obs as obs$data } from "./compiled-audit-data.js";
__typegrad.attach(scaled, scaled$ad);
const gradient_1 = w_1 => {
    const stack_1 = __typegrad.valueStack();
    let stored_1 = stack_1.data, top_1 = 0;
    const w_g_1 = new Array(w_1.length).fill(0);
    let result_1 = 0, loss_1 = 0, s_1 = 0, v_1 = 0, v_2 = 0, z_1 = 0, v_3 = 0, p_1 = 0, c_1 = 0, c_2 = 0, v_4 = 0, v_5 = 0, v_6 = 0, v_7 = 0, v_8 = 0, v_9 = 0, v_10 = 0, v_11 = 0, taken_1 = 0, taken_2 = 0, taken_3 = 0, result_a_1 = 0, loss_a_1 = 0, s_a_1 = 0, p_a_1 = 0, c_a_1 = 0, c_a_2 = 0;
    taken_3 = w_1.length === 0 ? 1 : 0;
    if (taken_3 === 1) {
        result_1 = 0;
    }
    else {
        loss_1 = 0;
        for (let i_1 = 0; i_1 < X$data.length; i_1++) {
            s_1 = 0;
            for (let j_1 = 0; j_1 < w_1.length; j_1++) {
                v_1 = X$data[i_1][j_1] * w_1[j_1];
                v_2 = s_1 + v_1;
                s_1 = v_2;
            }
            z_1 = s_1;
            while (top_1 + 3 > stored_1.length)
                stored_1 = stack_1.grow();
            stored_1[top_1++] = v_3;
            v_3 = 1 / (1 + Math.exp(-z_1));
            stored_1[top_1++] = p_1;
            p_1 = v_3;
            stored_1[top_1++] = taken_2;
            taken_2 = p_1 < 1e-12 ? 1 : 0;
            if (taken_2 === 1) {
                c_1 = 1e-12;
            }
            else {
                if (top_1 === stored_1.length)
                    stored_1 = stack_1.grow();
                stored_1[top_1++] = taken_1;
                taken_1 = p_1 > (1 - 1e-12) ? 1 : 0;
                if (taken_1 === 1) {
                    c_2 = 1 - 1e-12;
                }
                else {
                    c_2 = p_1;
                }
                c_1 = c_2;
            }
            while (top_1 + 2 > stored_1.length)
                stored_1 = stack_1.grow();
            stored_1[top_1++] = p_1;
            p_1 = c_1;
            v_4 = Math.log(p_1);
            v_5 = y$data[i_1] * v_4;
            stored_1[top_1++] = v_6;
            v_6 = 1 - p_1;
            v_7 = Math.log(v_6);
            v_8 = (1 - y$data[i_1]) * v_7;
            v_9 = v_5 + v_8;
            v_10 = loss_1 - v_9;
            loss_1 = v_10;
        }
        v_11 = loss_1 / X$data.length;
        result_1 = v_11;
    }
    const value_1 = result_1;
    result_a_1 = 1;
    if (taken_3 === 1) {
        result_a_1 = 0;
    }
    else {
        let v_a_1 = 0;
        v_a_1 = result_a_1;
        result_a_1 = 0;
        loss_a_1 += (1 / X$data.length) * v_a_1;
        for (let k_1 = (Math.max(0, Math.ceil(X$data.length)) | 0) - 1; k_1 >= 0; k_1--) {
            const i_1 = k_1;
            let z_a_1 = 0, v_a_2 = 0, v_a_3 = 0, v_a_4 = 0, v_a_5 = 0, v_a_6 = 0, v_a_7 = 0, v_a_8 = 0, v_a_9 = 0;
            v_a_9 = loss_a_1;
            loss_a_1 = 0;
            loss_a_1 = v_a_9;
            v_a_8 = -v_a_9;
            v_a_4 = v_a_8;
            v_a_7 = v_a_8;
            v_a_6 = (1 - y$data[i_1]) * v_a_7;
            v_a_5 = (1 / v_6) * v_a_6;
            p_a_1 += -v_a_5;
            v_6 = stored_1[--top_1];
            v_a_3 = y$data[i_1] * v_a_4;
            p_a_1 += (1 / p_1) * v_a_3;
            c_a_1 += p_a_1;
            p_a_1 = 0;
            p_1 = stored_1[--top_1];
            if (taken_2 === 1) {
                c_a_1 = 0;
            }
            else {
                c_a_2 += c_a_1;
                c_a_1 = 0;
                if (taken_1 === 1) {
                    c_a_2 = 0;
                }
                else {
                    p_a_1 += c_a_2;
                    c_a_2 = 0;
                }
                taken_1 = stored_1[--top_1];
            }
            taken_2 = stored_1[--top_1];
            v_a_2 = p_a_1;
            p_a_1 = 0;
            p_1 = stored_1[--top_1];
            z_a_1 = (v_3 * (1 - v_3)) * v_a_2;
            v_3 = stored_1[--top_1];
            s_a_1 += z_a_1;
            for (let k_2 = (Math.max(0, Math.ceil(w_1.length)) | 0) - 1; k_2 >= 0; k_2--) {
                const j_1 = k_2;
                let v_a_10 = 0, v_a_11 = 0;
                v_a_11 = s_a_1;
                s_a_1 = 0;
                s_a_1 = v_a_11;
                v_a_10 = v_a_11;
                w_g_1[j_1] += X$data[i_1][j_1] * v_a_10;
            }
            s_a_1 = 0;
        }
        loss_a_1 = 0;
    }
    return __typegrad.reverseResult(value_1, [w_g_1]);
};
const gradient_2 = x_1 => {
    const x_g_1 = new Array(x_1.length).fill(0);
    let i_2 = 0, s_2 = 0, v_12 = 0, v_13 = 0, v_14 = 0, s_a_2 = 0;
    i_2 = 0;
    s_2 = 0;
    s_a_2 = 1;
    for (let i_3 = 0; i_3 < x_1.length; i_3++) {
        v_12 = Math.tanh(x_1[i_3]);
        v_13 = v_12 * x_1[i_3];
        v_14 = s_2 + v_13;
        s_2 = v_14;
        let v_a_12 = 0, v_a_13 = 0, v_a_14 = 0;
        v_a_14 = s_a_2;
        s_a_2 = 0;
        s_a_2 = v_a_14;
        v_a_13 = v_a_14;
        v_a_12 = x_1[i_3] * v_a_13;
        x_g_1[i_3] += v_12 * v_a_13;
        x_g_1[i_3] += (1 - (v_12 * v_12)) * v_a_12;
    }
    const value_2 = s_2;
    s_a_2 = 0;
    return __typegrad.reverseResult(value_2, [x_g_1]);
};
const gradient_3 = k_3 => {
    const stack_2 = __typegrad.valueStack();
    let stored_2 = stack_2.data, top_2 = 0;
    const k_g_1 = new Array(k_3.length).fill(0);
    let u_1 = 0, err_1 = 0, j_2 = 0, v_15 = 0, v_16 = 0, v_17 = 0, v_18 = 0, v_19 = 0, v_20 = 0, v_21 = 0, v_22 = 0, v_23 = 0, v_24 = 0, taken_4 = 0, u_a_1 = 0, err_a_1 = 0;
    if (top_2 === stored_2.length)
        stored_2 = stack_2.grow();
    stored_2[top_2++] = u_1;
    u_1 = 1;
    err_1 = 0;
    j_2 = 0;
    for (let step_1 = 0; step_1 <= 40; step_1++) {
        if (top_2 === stored_2.length)
            stored_2 = stack_2.grow();
        stored_2[top_2++] = taken_4;
        taken_4 = (j_2 < t$data.length) && (Math.abs((step_1 * 0.05) - t$data[j_2]) < 1e-9) ? 1 : 0;
        if (taken_4 === 1) {
            if (top_2 === stored_2.length)
                stored_2 = stack_2.grow();
            stored_2[top_2++] = v_15;
            v_15 = u_1 - obs$data[j_2];
            v_16 = v_15 ** 2;
            v_17 = err_1 + v_16;
            err_1 = v_17;
            j_2 = j_2 + 1;
        }
        v_18 = -k_3[0];
        v_19 = v_18 * u_1;
        while (top_2 + 2 > stored_2.length)
            stored_2 = stack_2.grow();
        stored_2[top_2++] = v_20;
        v_20 = k_3[1] * u_1;
        v_21 = v_20 * u_1;
        v_22 = v_19 + v_21;
        v_23 = 0.05 * v_22;
        v_24 = u_1 + v_23;
        stored_2[top_2++] = u_1;
        u_1 = v_24;
    }
    const value_3 = err_1;
    err_a_1 = 1;
    for (let k_4 = (Math.max(0, Math.floor(40) + 1) | 0) - 1; k_4 >= 0; k_4--) {
        const step_1 = k_4;
        v_18 = -k_3[0];
        let v_a_15 = 0, v_a_16 = 0, v_a_17 = 0, v_a_18 = 0, v_a_19 = 0, v_a_20 = 0, v_a_21 = 0;
        v_a_21 = u_a_1;
        u_a_1 = 0;
        u_1 = stored_2[--top_2];
        u_a_1 = v_a_21;
        v_a_20 = v_a_21;
        v_a_19 = 0.05 * v_a_20;
        v_a_16 = v_a_19;
        v_a_18 = v_a_19;
        v_a_17 = u_1 * v_a_18;
        u_a_1 += v_20 * v_a_18;
        k_g_1[1] += u_1 * v_a_17;
        u_a_1 += k_3[1] * v_a_17;
        v_20 = stored_2[--top_2];
        v_a_15 = u_1 * v_a_16;
        u_a_1 += v_18 * v_a_16;
        k_g_1[0] += -v_a_15;
        if (taken_4 === 1) {
            let v_a_22 = 0, v_a_23 = 0, v_a_24 = 0;
            v_a_24 = err_a_1;
            err_a_1 = 0;
            err_a_1 = v_a_24;
            v_a_23 = v_a_24;
            v_a_22 = (2 * v_15) * v_a_23;
            u_a_1 += v_a_22;
            v_15 = stored_2[--top_2];
        }
        taken_4 = stored_2[--top_2];
    }
    err_a_1 = 0;
    u_a_1 = 0;
    u_1 = stored_2[--top_2];
    return __typegrad.reverseResult(value_3, [k_g_1]);
};
const gradient_4 = x_2 => {
    const x_g_2 = new Array(x_2.length).fill(0);
    let s_3 = 0, v_25 = 0, v_26 = 0, v_27 = 0, s_a_3 = 0;
    s_3 = 0;
    s_a_3 = 1;
    for (let i_4 = 0; i_4 < SCALE.length; i_4++) {
        v_25 = SCALE[i_4] * x_2[i_4];
        v_26 = v_25 * x_2[i_4];
        v_27 = s_3 + v_26;
        s_3 = v_27;
        let v_a_25 = 0, v_a_26 = 0, v_a_27 = 0;
        v_a_27 = s_a_3;
        s_a_3 = 0;
        s_a_3 = v_a_27;
        v_a_26 = v_a_27;
        v_a_25 = x_2[i_4] * v_a_26;
        x_g_2[i_4] += v_25 * v_a_26;
        x_g_2[i_4] += SCALE[i_4] * v_a_25;
    }
    const value_4 = s_3;
    s_a_3 = 0;
    return __typegrad.reverseResult(value_4, [x_g_2]);
};
// An exported constant of this module, read by a function of this module.
export const SCALE = [1, 2, 3];
export function scaled(x) {
    let s = 0;
    for (let i = 0; i < SCALE.length; i++)
        s += SCALE[i] * x[i] * x[i];
    return s;
}
export function scaled$ad(x) {
    let s = 0;
    for (let i = 0; i < SCALE.length; i++)
        s = __typegrad.add(s, __typegrad.mul(__typegrad.mul(SCALE[i], x[i]), x[i]));
    return s;
}
const W = [0.2, -0.4, 0.3];
const at = (k, v) => W.map((w, j) => (j === k ? v : w));
const at$ad = (k, v) => W.map((w, j) => (j === k ? v : w));
export const checks = [
    { f: __typegrad.attach((v) => logistic(at(0, v)), (v) => logistic$ad(at$ad(0, v))), at: [0.2], grad: __typegrad.attach((v) => grad(__typegrad.withReverse(logistic$ad, gradient_1, "a"))(at(0, v))[0], (v) => grad(__typegrad.withReverse(logistic$ad, gradient_1, "a"))(at$ad(0, v))[0]) },
    { f: __typegrad.attach((v) => logistic(at(2, v)), (v) => logistic$ad(at$ad(2, v))), at: [0.3], grad: __typegrad.attach((v) => grad(__typegrad.withReverse(logistic$ad, gradient_1, "a"))(at(2, v))[2], (v) => grad(__typegrad.withReverse(logistic$ad, gradient_1, "a"))(at$ad(2, v))[2]) },
    { f: __typegrad.attach((v) => whileSum([0.5, v, -1]), (v) => whileSum$ad([0.5, v, -1])), at: [0.7], grad: (v) => grad(__typegrad.withReverse(whileSum$ad, gradient_2, "a"))([0.5, v, -1])[1] },
    { f: __typegrad.attach((v) => euler([v, 0.05]), (v) => euler$ad([v, 0.05])), at: [0.3], grad: (v) => grad(__typegrad.withReverse(euler$ad, gradient_3, "a"))([v, 0.05])[0] },
    { f: __typegrad.attach((v) => euler([0.3, v]), (v) => euler$ad([0.3, v])), at: [0.05], grad: (v) => grad(__typegrad.withReverse(euler$ad, gradient_3, "a"))([0.3, v])[1] },
    { f: __typegrad.attach((v) => scaled([0.5, 1, v]), (v) => scaled$ad([0.5, 1, v])), at: [0.7], grad: (v) => grad(__typegrad.withReverse(scaled$ad, gradient_4, "a"))([0.5, 1, v])[2] },
];
