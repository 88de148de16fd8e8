// User-style audit, part 2: objectives reading the data module (no typegrad import); the
// gradients are taken in part 3, another module, as users call grad.
import { dotRow, obs, t, X, y } from "./compiled-audit-data.js";
import * as __typegrad from "typegrad";
import { dotRow$ad } from "./compiled-audit-data.js";
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
        for (let i_1 = 0; i_1 < X.length; i_1++) {
            s_1 = 0;
            for (let j_1 = 0; j_1 < w_1.length; j_1++) {
                v_1 = X[i_1][j_1] * w_1[j_1];
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
            v_5 = y[i_1] * v_4;
            stored_1[top_1++] = v_6;
            v_6 = 1 - p_1;
            v_7 = Math.log(v_6);
            v_8 = (1 - y[i_1]) * v_7;
            v_9 = v_5 + v_8;
            v_10 = loss_1 - v_9;
            loss_1 = v_10;
        }
        v_11 = loss_1 / X.length;
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
        loss_a_1 += (1 / X.length) * v_a_1;
        for (let k_1 = (Math.max(0, Math.ceil(X.length)) | 0) - 1; k_1 >= 0; k_1--) {
            const i_1 = k_1;
            let z_a_1 = 0, v_a_2 = 0, v_a_3 = 0, v_a_4 = 0, v_a_5 = 0, v_a_6 = 0, v_a_7 = 0, v_a_8 = 0, v_a_9 = 0;
            v_a_9 = loss_a_1;
            loss_a_1 = 0;
            loss_a_1 = v_a_9;
            v_a_8 = -v_a_9;
            v_a_4 = v_a_8;
            v_a_7 = v_a_8;
            v_a_6 = (1 - y[i_1]) * v_a_7;
            v_a_5 = (1 / v_6) * v_a_6;
            p_a_1 += -v_a_5;
            v_6 = stored_1[--top_1];
            v_a_3 = y[i_1] * v_a_4;
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
                w_g_1[j_1] += X[i_1][j_1] * v_a_10;
            }
            s_a_1 = 0;
        }
        loss_a_1 = 0;
    }
    return __typegrad.reverseResult(value_1, [w_g_1]);
};
const hessian_1 = (w_2, w_v_1) => {
    const stack_2 = __typegrad.valueStack();
    let stored_2 = stack_2.data, top_2 = 0;
    const w_g_2 = new Array(w_2.length).fill(0);
    let s_2 = 0, v_12 = 0, v_13 = 0, z_2 = 0, v_14 = 0, p_2 = 0, c_3 = 0, c_4 = 0, v_15 = 0, result_t_1 = 0, loss_t_1 = 0, s_t_1 = 0, v_t_1 = 0, v_t_2 = 0, z_t_1 = 0, d_1 = 0, d_2 = 0, v_t_3 = 0, p_t_1 = 0, c_t_1 = 0, c_t_2 = 0, d_3 = 0, v_t_4 = 0, v_t_5 = 0, v_t_6 = 0, d_4 = 0, v_t_7 = 0, v_t_8 = 0, v_t_9 = 0, d_5 = 0, v_t_10 = 0, v_t_11 = 0, taken_4 = 0, taken_5 = 0, taken_6 = 0, s_a_2 = 0, p_a_2 = 0, c_a_3 = 0, c_a_4 = 0, result_t_a_1 = 0, loss_t_a_1 = 0, p_t_a_1 = 0, c_t_a_1 = 0, c_t_a_2 = 0;
    taken_6 = w_2.length === 0 ? 1 : 0;
    if (taken_6 === 1) {
        result_t_1 = 0;
    }
    else {
        loss_t_1 = 0;
        for (let i_2 = 0; i_2 < X.length; i_2++) {
            s_2 = 0;
            s_t_1 = 0;
            for (let j_2 = 0; j_2 < w_2.length; j_2++) {
                v_12 = X[i_2][j_2] * w_2[j_2];
                v_t_1 = X[i_2][j_2] * w_v_1[j_2];
                v_13 = s_2 + v_12;
                v_t_2 = s_t_1 + v_t_1;
                s_2 = v_13;
                s_t_1 = v_t_2;
            }
            z_2 = s_2;
            while (top_2 + 5 > stored_2.length)
                stored_2 = stack_2.grow();
            stored_2[top_2++] = z_t_1;
            z_t_1 = s_t_1;
            stored_2[top_2++] = v_14;
            v_14 = 1 / (1 + Math.exp(-z_2));
            d_1 = 1 - v_14;
            d_2 = v_14 * d_1;
            v_t_3 = d_2 * z_t_1;
            stored_2[top_2++] = p_2;
            p_2 = v_14;
            stored_2[top_2++] = p_t_1;
            p_t_1 = v_t_3;
            stored_2[top_2++] = taken_5;
            taken_5 = p_2 < 1e-12 ? 1 : 0;
            if (taken_5 === 1) {
                c_3 = 1e-12;
                c_t_1 = 0;
            }
            else {
                if (top_2 === stored_2.length)
                    stored_2 = stack_2.grow();
                stored_2[top_2++] = taken_4;
                taken_4 = p_2 > (1 - 1e-12) ? 1 : 0;
                if (taken_4 === 1) {
                    c_4 = 1 - 1e-12;
                    c_t_2 = 0;
                }
                else {
                    c_4 = p_2;
                    c_t_2 = p_t_1;
                }
                c_3 = c_4;
                c_t_1 = c_t_2;
            }
            while (top_2 + 5 > stored_2.length)
                stored_2 = stack_2.grow();
            stored_2[top_2++] = p_2;
            p_2 = c_3;
            stored_2[top_2++] = p_t_1;
            p_t_1 = c_t_1;
            stored_2[top_2++] = d_3;
            d_3 = 1 / p_2;
            v_t_4 = d_3 * p_t_1;
            v_t_5 = y[i_2] * v_t_4;
            stored_2[top_2++] = v_15;
            v_15 = 1 - p_2;
            stored_2[top_2++] = v_t_6;
            v_t_6 = -p_t_1;
            d_4 = 1 / v_15;
            v_t_7 = d_4 * v_t_6;
            v_t_8 = (1 - y[i_2]) * v_t_7;
            v_t_9 = v_t_5 + v_t_8;
            d_5 = -v_t_9;
            v_t_10 = loss_t_1 + d_5;
            loss_t_1 = v_t_10;
        }
        v_t_11 = (1 / X.length) * loss_t_1;
        result_t_1 = v_t_11;
    }
    const value_2 = result_t_1;
    result_t_a_1 = 1;
    if (taken_6 === 1) {
        result_t_a_1 = 0;
    }
    else {
        let v_t_a_1 = 0;
        v_t_a_1 = result_t_a_1;
        result_t_a_1 = 0;
        loss_t_a_1 += (1 / X.length) * v_t_a_1;
        for (let k_3 = (Math.max(0, Math.ceil(X.length)) | 0) - 1; k_3 >= 0; k_3--) {
            const i_2 = k_3;
            d_1 = 1 - v_14;
            d_4 = 1 / v_15;
            let z_a_2 = 0, v_a_12 = 0, d_a_1 = 0, d_a_2 = 0, v_t_a_2 = 0, d_a_3 = 0, v_t_a_3 = 0, v_t_a_4 = 0, v_a_13 = 0, v_t_a_5 = 0, d_a_4 = 0, v_t_a_6 = 0, v_t_a_7 = 0, v_t_a_8 = 0, d_a_5 = 0, v_t_a_9 = 0;
            v_t_a_9 = loss_t_a_1;
            loss_t_a_1 = 0;
            loss_t_a_1 = v_t_a_9;
            d_a_5 = v_t_a_9;
            v_t_a_8 = -d_a_5;
            v_t_a_4 = v_t_a_8;
            v_t_a_7 = v_t_a_8;
            v_t_a_6 = (1 - y[i_2]) * v_t_a_7;
            d_a_4 = v_t_6 * v_t_a_6;
            v_t_a_5 = d_4 * v_t_a_6;
            v_a_13 = (-(d_4 / v_15)) * d_a_4;
            p_t_a_1 += -v_t_a_5;
            v_t_6 = stored_2[--top_2];
            p_a_2 += -v_a_13;
            v_15 = stored_2[--top_2];
            v_t_a_3 = y[i_2] * v_t_a_4;
            d_a_3 = p_t_1 * v_t_a_3;
            p_t_a_1 += d_3 * v_t_a_3;
            p_a_2 += (-(d_3 / p_2)) * d_a_3;
            d_3 = stored_2[--top_2];
            c_t_a_1 += p_t_a_1;
            p_t_a_1 = 0;
            p_t_1 = stored_2[--top_2];
            c_a_3 += p_a_2;
            p_a_2 = 0;
            p_2 = stored_2[--top_2];
            if (taken_5 === 1) {
                c_t_a_1 = 0;
                c_a_3 = 0;
            }
            else {
                c_t_a_2 += c_t_a_1;
                c_t_a_1 = 0;
                c_a_4 += c_a_3;
                c_a_3 = 0;
                if (taken_4 === 1) {
                    c_t_a_2 = 0;
                    c_a_4 = 0;
                }
                else {
                    p_t_a_1 += c_t_a_2;
                    c_t_a_2 = 0;
                    p_a_2 += c_a_4;
                    c_a_4 = 0;
                }
                taken_4 = stored_2[--top_2];
            }
            taken_5 = stored_2[--top_2];
            v_t_a_2 = p_t_a_1;
            p_t_a_1 = 0;
            p_t_1 = stored_2[--top_2];
            v_a_12 = p_a_2;
            p_a_2 = 0;
            p_2 = stored_2[--top_2];
            d_a_2 = z_t_1 * v_t_a_2;
            v_a_12 += d_1 * d_a_2;
            d_a_1 = v_14 * d_a_2;
            v_a_12 += -d_a_1;
            z_a_2 = (v_14 * (1 - v_14)) * v_a_12;
            v_14 = stored_2[--top_2];
            z_t_1 = stored_2[--top_2];
            s_a_2 += z_a_2;
            for (let k_4 = (Math.max(0, Math.ceil(w_2.length)) | 0) - 1; k_4 >= 0; k_4--) {
                const j_2 = k_4;
                let v_a_14 = 0, v_a_15 = 0;
                v_a_15 = s_a_2;
                s_a_2 = 0;
                s_a_2 = v_a_15;
                v_a_14 = v_a_15;
                w_g_2[j_2] += X[i_2][j_2] * v_a_14;
            }
            s_a_2 = 0;
        }
        loss_t_a_1 = 0;
    }
    return __typegrad.reverseResult(value_2, [w_g_2]);
};
__typegrad.attach(logistic, __typegrad.withHessian(__typegrad.withReverse(logistic$ad, gradient_1, "a"), hessian_1, "a"));
const gradient_2 = x_1 => {
    const stack_3 = __typegrad.valueStack();
    let stored_3 = stack_3.data, top_3 = 0;
    const x_g_1 = new Array(x_1.length).fill(0);
    let i_3 = 0, s_3 = 0, v_16 = 0, v_17 = 0, v_18 = 0, passes_1 = 0, s_a_3 = 0;
    if (top_3 === stored_3.length)
        stored_3 = stack_3.grow();
    stored_3[top_3++] = i_3;
    i_3 = 0;
    s_3 = 0;
    passes_1 = 0;
    while (i_3 < x_1.length) {
        while (top_3 + 2 > stored_3.length)
            stored_3 = stack_3.grow();
        stored_3[top_3++] = v_16;
        v_16 = Math.tanh(x_1[i_3]);
        v_17 = v_16 * x_1[i_3];
        v_18 = s_3 + v_17;
        s_3 = v_18;
        stored_3[top_3++] = i_3;
        i_3 = i_3 + 1;
        passes_1++;
    }
    const value_3 = s_3;
    s_a_3 = 1;
    while (passes_1-- > 0) {
        let v_a_16 = 0, v_a_17 = 0, v_a_18 = 0;
        i_3 = stored_3[--top_3];
        v_a_18 = s_a_3;
        s_a_3 = 0;
        s_a_3 = v_a_18;
        v_a_17 = v_a_18;
        v_a_16 = x_1[i_3] * v_a_17;
        x_g_1[i_3] += v_16 * v_a_17;
        x_g_1[i_3] += (1 - (v_16 * v_16)) * v_a_16;
        v_16 = stored_3[--top_3];
    }
    s_a_3 = 0;
    i_3 = stored_3[--top_3];
    return __typegrad.reverseResult(value_3, [x_g_1]);
};
const hessian_2 = (x_2, x_v_1) => {
    const stack_4 = __typegrad.valueStack();
    let stored_4 = stack_4.data, top_4 = 0;
    const x_g_2 = new Array(x_2.length).fill(0);
    let i_4 = 0, v_19 = 0, s_t_2 = 0, d_6 = 0, d_7 = 0, v_t_12 = 0, d_8 = 0, d_9 = 0, v_t_13 = 0, v_t_14 = 0, passes_2 = 0, s_t_a_1 = 0;
    if (top_4 === stored_4.length)
        stored_4 = stack_4.grow();
    stored_4[top_4++] = i_4;
    i_4 = 0;
    s_t_2 = 0;
    passes_2 = 0;
    while (i_4 < x_2.length) {
        while (top_4 + 3 > stored_4.length)
            stored_4 = stack_4.grow();
        stored_4[top_4++] = v_19;
        v_19 = Math.tanh(x_2[i_4]);
        d_6 = v_19 * v_19;
        d_7 = 1 - d_6;
        stored_4[top_4++] = v_t_12;
        v_t_12 = d_7 * x_v_1[i_4];
        d_8 = x_2[i_4] * v_t_12;
        d_9 = v_19 * x_v_1[i_4];
        v_t_13 = d_8 + d_9;
        v_t_14 = s_t_2 + v_t_13;
        s_t_2 = v_t_14;
        stored_4[top_4++] = i_4;
        i_4 = i_4 + 1;
        passes_2++;
    }
    const value_4 = s_t_2;
    s_t_a_1 = 1;
    while (passes_2-- > 0) {
        let v_a_19 = 0, d_a_6 = 0, d_a_7 = 0, v_t_a_10 = 0, d_a_8 = 0, d_a_9 = 0, v_t_a_11 = 0, v_t_a_12 = 0;
        i_4 = stored_4[--top_4];
        v_t_a_12 = s_t_a_1;
        s_t_a_1 = 0;
        s_t_a_1 = v_t_a_12;
        v_t_a_11 = v_t_a_12;
        d_a_8 = v_t_a_11;
        d_a_9 = v_t_a_11;
        v_a_19 = x_v_1[i_4] * d_a_9;
        x_g_2[i_4] += v_t_12 * d_a_8;
        v_t_a_10 = x_2[i_4] * d_a_8;
        d_a_7 = x_v_1[i_4] * v_t_a_10;
        v_t_12 = stored_4[--top_4];
        d_a_6 = -d_a_7;
        v_a_19 += v_19 * d_a_6;
        v_a_19 += v_19 * d_a_6;
        x_g_2[i_4] += (1 - (v_19 * v_19)) * v_a_19;
        v_19 = stored_4[--top_4];
    }
    s_t_a_1 = 0;
    i_4 = stored_4[--top_4];
    return __typegrad.reverseResult(value_4, [x_g_2]);
};
__typegrad.attach(whileSum, __typegrad.withHessian(__typegrad.withReverse(whileSum$ad, gradient_2, "a"), hessian_2, "a"));
const gradient_3 = k_5 => {
    const stack_5 = __typegrad.valueStack();
    let stored_5 = stack_5.data, top_5 = 0;
    const k_g_1 = new Array(k_5.length).fill(0);
    let u_1 = 0, err_1 = 0, j_3 = 0, v_20 = 0, v_21 = 0, v_22 = 0, v_23 = 0, v_24 = 0, v_25 = 0, v_26 = 0, v_27 = 0, v_28 = 0, v_29 = 0, taken_7 = 0, u_a_1 = 0, err_a_1 = 0;
    if (top_5 === stored_5.length)
        stored_5 = stack_5.grow();
    stored_5[top_5++] = u_1;
    u_1 = 1;
    err_1 = 0;
    j_3 = 0;
    for (let step_1 = 0; step_1 <= 40; step_1++) {
        if (top_5 === stored_5.length)
            stored_5 = stack_5.grow();
        stored_5[top_5++] = taken_7;
        taken_7 = (j_3 < t.length) && (Math.abs((step_1 * 0.05) - t[j_3]) < 1e-9) ? 1 : 0;
        if (taken_7 === 1) {
            if (top_5 === stored_5.length)
                stored_5 = stack_5.grow();
            stored_5[top_5++] = v_20;
            v_20 = u_1 - obs[j_3];
            v_21 = v_20 ** 2;
            v_22 = err_1 + v_21;
            err_1 = v_22;
            j_3 = j_3 + 1;
        }
        v_23 = -k_5[0];
        v_24 = v_23 * u_1;
        while (top_5 + 2 > stored_5.length)
            stored_5 = stack_5.grow();
        stored_5[top_5++] = v_25;
        v_25 = k_5[1] * u_1;
        v_26 = v_25 * u_1;
        v_27 = v_24 + v_26;
        v_28 = 0.05 * v_27;
        v_29 = u_1 + v_28;
        stored_5[top_5++] = u_1;
        u_1 = v_29;
    }
    const value_5 = err_1;
    err_a_1 = 1;
    for (let k_6 = (Math.max(0, Math.floor(40) + 1) | 0) - 1; k_6 >= 0; k_6--) {
        const step_1 = k_6;
        v_23 = -k_5[0];
        let v_a_20 = 0, v_a_21 = 0, v_a_22 = 0, v_a_23 = 0, v_a_24 = 0, v_a_25 = 0, v_a_26 = 0;
        v_a_26 = u_a_1;
        u_a_1 = 0;
        u_1 = stored_5[--top_5];
        u_a_1 = v_a_26;
        v_a_25 = v_a_26;
        v_a_24 = 0.05 * v_a_25;
        v_a_21 = v_a_24;
        v_a_23 = v_a_24;
        v_a_22 = u_1 * v_a_23;
        u_a_1 += v_25 * v_a_23;
        k_g_1[1] += u_1 * v_a_22;
        u_a_1 += k_5[1] * v_a_22;
        v_25 = stored_5[--top_5];
        v_a_20 = u_1 * v_a_21;
        u_a_1 += v_23 * v_a_21;
        k_g_1[0] += -v_a_20;
        if (taken_7 === 1) {
            let v_a_27 = 0, v_a_28 = 0, v_a_29 = 0;
            v_a_29 = err_a_1;
            err_a_1 = 0;
            err_a_1 = v_a_29;
            v_a_28 = v_a_29;
            v_a_27 = (2 * v_20) * v_a_28;
            u_a_1 += v_a_27;
            v_20 = stored_5[--top_5];
        }
        taken_7 = stored_5[--top_5];
    }
    err_a_1 = 0;
    u_a_1 = 0;
    u_1 = stored_5[--top_5];
    return __typegrad.reverseResult(value_5, [k_g_1]);
};
const hessian_3 = (k_7, k_v_1) => {
    const stack_6 = __typegrad.valueStack();
    let stored_6 = stack_6.data, top_6 = 0;
    const k_g_2 = new Array(k_7.length).fill(0);
    let u_2 = 0, j_4 = 0, v_30 = 0, v_31 = 0, v_32 = 0, v_33 = 0, v_34 = 0, v_35 = 0, v_36 = 0, v_37 = 0, u_t_1 = 0, err_t_1 = 0, v_t_15 = 0, d_10 = 0, v_t_16 = 0, v_t_17 = 0, v_t_18 = 0, d_11 = 0, d_12 = 0, v_t_19 = 0, d_13 = 0, d_14 = 0, v_t_20 = 0, d_15 = 0, d_16 = 0, v_t_21 = 0, v_t_22 = 0, v_t_23 = 0, v_t_24 = 0, taken_8 = 0, u_a_2 = 0, u_t_a_1 = 0, err_t_a_1 = 0;
    while (top_6 + 2 > stored_6.length)
        stored_6 = stack_6.grow();
    stored_6[top_6++] = u_2;
    u_2 = 1;
    stored_6[top_6++] = u_t_1;
    u_t_1 = 0;
    err_t_1 = 0;
    j_4 = 0;
    for (let step_2 = 0; step_2 <= 40; step_2++) {
        if (top_6 === stored_6.length)
            stored_6 = stack_6.grow();
        stored_6[top_6++] = taken_8;
        taken_8 = (j_4 < t.length) && (Math.abs((step_2 * 0.05) - t[j_4]) < 1e-9) ? 1 : 0;
        if (taken_8 === 1) {
            v_30 = u_2 - obs[j_4];
            while (top_6 + 2 > stored_6.length)
                stored_6 = stack_6.grow();
            stored_6[top_6++] = v_t_15;
            v_t_15 = u_t_1;
            stored_6[top_6++] = d_10;
            d_10 = 2 * v_30;
            v_t_16 = d_10 * v_t_15;
            v_t_17 = err_t_1 + v_t_16;
            err_t_1 = v_t_17;
            j_4 = j_4 + 1;
        }
        v_31 = -k_7[0];
        while (top_6 + 6 > stored_6.length)
            stored_6 = stack_6.grow();
        stored_6[top_6++] = v_t_18;
        v_t_18 = -k_v_1[0];
        v_32 = v_31 * u_2;
        d_11 = u_2 * v_t_18;
        d_12 = v_31 * u_t_1;
        v_t_19 = d_11 + d_12;
        stored_6[top_6++] = v_33;
        v_33 = k_7[1] * u_2;
        stored_6[top_6++] = d_13;
        d_13 = u_2 * k_v_1[1];
        stored_6[top_6++] = d_14;
        d_14 = k_7[1] * u_t_1;
        v_t_20 = d_13 + d_14;
        v_34 = v_33 * u_2;
        d_15 = u_2 * v_t_20;
        d_16 = v_33 * u_t_1;
        v_t_21 = d_15 + d_16;
        v_35 = v_32 + v_34;
        v_t_22 = v_t_19 + v_t_21;
        v_36 = 0.05 * v_35;
        v_t_23 = 0.05 * v_t_22;
        v_37 = u_2 + v_36;
        v_t_24 = u_t_1 + v_t_23;
        stored_6[top_6++] = u_2;
        u_2 = v_37;
        stored_6[top_6++] = u_t_1;
        u_t_1 = v_t_24;
    }
    const value_6 = err_t_1;
    err_t_a_1 = 1;
    for (let k_8 = (Math.max(0, Math.floor(40) + 1) | 0) - 1; k_8 >= 0; k_8--) {
        const step_2 = k_8;
        v_31 = -k_7[0];
        v_t_20 = d_13 + d_14;
        let v_a_30 = 0, v_a_31 = 0, d_a_10 = 0, d_a_11 = 0, v_t_a_13 = 0, v_a_32 = 0, d_a_12 = 0, d_a_13 = 0, v_t_a_14 = 0, v_a_33 = 0, d_a_14 = 0, d_a_15 = 0, v_t_a_15 = 0, v_a_34 = 0, v_t_a_16 = 0, v_a_35 = 0, v_t_a_17 = 0, v_a_36 = 0, v_t_a_18 = 0;
        v_t_a_18 = u_t_a_1;
        u_t_a_1 = 0;
        u_t_1 = stored_6[--top_6];
        v_a_36 = u_a_2;
        u_a_2 = 0;
        u_2 = stored_6[--top_6];
        u_t_a_1 = v_t_a_18;
        v_t_a_17 = v_t_a_18;
        u_a_2 = v_a_36;
        v_a_35 = v_a_36;
        v_t_a_16 = 0.05 * v_t_a_17;
        v_a_34 = 0.05 * v_a_35;
        v_t_a_13 = v_t_a_16;
        v_t_a_15 = v_t_a_16;
        v_a_31 = v_a_34;
        v_a_33 = v_a_34;
        d_a_14 = v_t_a_15;
        d_a_15 = v_t_a_15;
        v_a_32 = u_t_1 * d_a_15;
        u_t_a_1 += v_33 * d_a_15;
        u_a_2 += v_t_20 * d_a_14;
        v_t_a_14 = u_2 * d_a_14;
        v_a_32 += u_2 * v_a_33;
        u_a_2 += v_33 * v_a_33;
        d_a_12 = v_t_a_14;
        d_a_13 = v_t_a_14;
        k_g_2[1] += u_t_1 * d_a_13;
        u_t_a_1 += k_7[1] * d_a_13;
        d_14 = stored_6[--top_6];
        u_a_2 += k_v_1[1] * d_a_12;
        d_13 = stored_6[--top_6];
        k_g_2[1] += u_2 * v_a_32;
        u_a_2 += k_7[1] * v_a_32;
        v_33 = stored_6[--top_6];
        d_a_10 = v_t_a_13;
        d_a_11 = v_t_a_13;
        v_a_30 = u_t_1 * d_a_11;
        u_t_a_1 += v_31 * d_a_11;
        u_a_2 += v_t_18 * d_a_10;
        v_a_30 += u_2 * v_a_31;
        u_a_2 += v_31 * v_a_31;
        v_t_18 = stored_6[--top_6];
        k_g_2[0] += -v_a_30;
        if (taken_8 === 1) {
            let v_a_37 = 0, v_t_a_19 = 0, d_a_16 = 0, v_t_a_20 = 0, v_t_a_21 = 0;
            v_t_a_21 = err_t_a_1;
            err_t_a_1 = 0;
            err_t_a_1 = v_t_a_21;
            v_t_a_20 = v_t_a_21;
            d_a_16 = v_t_15 * v_t_a_20;
            v_t_a_19 = d_10 * v_t_a_20;
            v_a_37 = 2 * d_a_16;
            d_10 = stored_6[--top_6];
            u_t_a_1 += v_t_a_19;
            v_t_15 = stored_6[--top_6];
            u_a_2 += v_a_37;
        }
        taken_8 = stored_6[--top_6];
    }
    err_t_a_1 = 0;
    u_t_a_1 = 0;
    u_t_1 = stored_6[--top_6];
    u_a_2 = 0;
    u_2 = stored_6[--top_6];
    return __typegrad.reverseResult(value_6, [k_g_2]);
};
__typegrad.attach(euler, __typegrad.withHessian(__typegrad.withReverse(euler$ad, gradient_3, "a"), hessian_3, "a"));
// Logistic regression: a helper over a row of 2-D data, the written-out logistic, a ?: clamp
// and an early return guard.
export function logistic(w) {
    if (w.length === 0)
        return 0;
    let loss = 0;
    for (let i = 0; i < X.length; i++) {
        const z = dotRow(X, i, w);
        let p = 1 / (1 + Math.exp(-z));
        p = p < 1e-12 ? 1e-12 : p > 1 - 1e-12 ? 1 - 1e-12 : p;
        loss -= y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p);
    }
    return loss / X.length;
}
export function logistic$ad(w) {
    if (w.length === 0)
        return 0;
    let loss = 0;
    for (let i = 0; i < X.length; i++) {
        const z = dotRow$ad(X, i, w);
        let p = __typegrad.logistic(z);
        p = __typegrad.lt(p, 1e-12) ? 1e-12 : __typegrad.gt(p, 1 - 1e-12) ? 1 - 1e-12 : p;
        loss = __typegrad.sub(loss, __typegrad.add(__typegrad.mul(y[i], __typegrad.log(p)), __typegrad.mul((1 - y[i]), __typegrad.log(__typegrad.sub(1, p)))));
    }
    return __typegrad.div(loss, X.length);
}
// A while loop with its own counter.
export function whileSum(x) {
    let i = 0;
    let s = 0;
    while (i < x.length) {
        s += Math.tanh(x[i]) * x[i];
        i++;
    }
    return s;
}
export function whileSum$ad(x) {
    let i = 0;
    let s = 0;
    while (i < x.length) {
        s = __typegrad.add(s, __typegrad.mul(__typegrad.tanh(x[i]), x[i]));
        i++;
    }
    return s;
}
// Euler steps of u' = -k0·u + k1·u², compared with observations at the times t.
export function euler(k) {
    const dt = 0.05;
    let u = 1;
    let err = 0;
    let j = 0;
    for (let step = 0; step <= 40; step++) {
        if (j < t.length && Math.abs(step * dt - t[j]) < 1e-9) {
            err += (u - obs[j]) ** 2;
            j++;
        }
        u = u + dt * (-k[0] * u + k[1] * u * u);
    }
    return err;
}
export function euler$ad(k) {
    const dt = 0.05;
    let u = 1;
    let err = 0;
    let j = 0;
    for (let step = 0; step <= 40; step++) {
        if (j < t.length && Math.abs(step * dt - t[j]) < 1e-9) {
            err = __typegrad.add(err, __typegrad.pow((__typegrad.sub(u, obs[j])), 2));
            j++;
        }
        u = __typegrad.add(u, __typegrad.mul(dt, (__typegrad.add(__typegrad.mul(__typegrad.neg(k[0]), u), __typegrad.mul(__typegrad.mul(k[1], u), u)))));
    }
    return err;
}
