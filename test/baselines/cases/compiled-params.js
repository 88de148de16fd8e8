// @explain: true
// Compiled reverse code for parameters that are matrices (number[][]) and plain objects, and for
// data parameters an `argnums` option leaves out (read like module constants, no gradient).
import { grad, valueAndGrad } from "typegrad";
import * as __typegrad from "typegrad";
__typegrad.attach(mlp, mlp$ad);
const gradient_4_5_1 = (W1_1, b1_1, w2_1, b2_1, X$data, y$data) => {
    const stack_1 = __typegrad.valueStack();
    let stored_1 = stack_1.data, top_1 = 0;
    const W1_g_1 = __typegrad.zerosLike(W1_1);
    const b1_g_1 = new Array(b1_1.length).fill(0);
    const w2_g_1 = new Array(w2_1.length).fill(0);
    let loss_1 = 0, out_1 = 0, z_1 = 0, v_1 = 0, v_2 = 0, v_3 = 0, v_4 = 0, v_5 = 0, v_6 = 0, v_7 = 0, v_8 = 0, v_9 = 0, b2_a_1 = 0, loss_a_1 = 0, out_a_1 = 0, z_a_1 = 0;
    loss_1 = 0;
    let v_a_1 = 0;
    v_a_1 = 1;
    loss_a_1 = (1 / X$data.length) * v_a_1;
    for (let i_1 = 0; i_1 < X$data.length; i_1++) {
        out_1 = b2_1;
        for (let j_1 = 0; j_1 < W1_1.length; j_1++) {
            z_1 = b1_1[j_1];
            for (let k_1 = 0; k_1 < W1_1[j_1].length; k_1++) {
                v_1 = W1_1[j_1][k_1] * X$data[i_1][k_1];
                v_2 = z_1 + v_1;
                z_1 = v_2;
            }
            if (top_1 === stored_1.length)
                stored_1 = stack_1.grow();
            stored_1[top_1++] = v_3;
            v_3 = Math.tanh(z_1);
            v_4 = w2_1[j_1] * v_3;
            v_5 = out_1 + v_4;
            out_1 = v_5;
        }
        v_6 = out_1 - y$data[i_1];
        v_7 = v_6 ** 2;
        v_8 = loss_1 + v_7;
        loss_1 = v_8;
        let v_a_2 = 0, v_a_3 = 0, v_a_4 = 0;
        v_a_4 = loss_a_1;
        loss_a_1 = 0;
        loss_a_1 = v_a_4;
        v_a_3 = v_a_4;
        v_a_2 = (2 * v_6) * v_a_3;
        out_a_1 += v_a_2;
        for (let k_2 = (Math.max(0, Math.ceil(W1_1.length)) | 0) - 1; k_2 >= 0; k_2--) {
            const j_1 = k_2;
            let v_a_5 = 0, v_a_6 = 0, v_a_7 = 0;
            v_a_7 = out_a_1;
            out_a_1 = 0;
            out_a_1 = v_a_7;
            v_a_6 = v_a_7;
            w2_g_1[j_1] += v_3 * v_a_6;
            v_a_5 = w2_1[j_1] * v_a_6;
            z_a_1 += (1 - (v_3 * v_3)) * v_a_5;
            v_3 = stored_1[--top_1];
            for (let k_3 = (Math.max(0, Math.ceil(W1_1[j_1].length)) | 0) - 1; k_3 >= 0; k_3--) {
                const k_1 = k_3;
                let v_a_8 = 0, v_a_9 = 0;
                v_a_9 = z_a_1;
                z_a_1 = 0;
                z_a_1 = v_a_9;
                v_a_8 = v_a_9;
                W1_g_1[j_1][k_1] += X$data[i_1][k_1] * v_a_8;
            }
            b1_g_1[j_1] += z_a_1;
            z_a_1 = 0;
        }
        b2_a_1 += out_a_1;
        out_a_1 = 0;
    }
    v_9 = loss_1 / X$data.length;
    const value_1 = v_9;
    loss_a_1 = 0;
    return __typegrad.reverseResult(value_1, [W1_g_1, b1_g_1, w2_g_1, b2_a_1, 0, 0]);
};
const gradient_1 = p_1 => {
    const p_w_1 = p_1.w;
    const p_w_g_1 = new Array(p_w_1.length).fill(0);
    const p_b_1 = p_1.b;
    let s_1 = 0, s_2 = 0, v_10 = 0, v_11 = 0, v_12 = 0, v_13 = 0, v_14 = 0, v_15 = 0, v_16 = 0, p_b_a_1 = 0, s_a_1 = 0, s_a_2 = 0;
    s_1 = 0;
    let v_a_10 = 0;
    v_a_10 = 1;
    s_a_1 = (1 / X.length) * v_a_10;
    for (let i_2 = 0; i_2 < X.length; i_2++) {
        s_2 = 0;
        for (let k_4 = 0; k_4 < p_w_1.length; k_4++) {
            v_10 = p_w_1[k_4] * X[i_2][k_4];
            v_11 = s_2 + v_10;
            s_2 = v_11;
        }
        v_12 = s_2 + p_b_1;
        v_13 = v_12 - Y[i_2];
        v_14 = v_13 ** 2;
        v_15 = s_1 + v_14;
        s_1 = v_15;
        let v_a_11 = 0, v_a_12 = 0, v_a_13 = 0, v_a_14 = 0;
        v_a_14 = s_a_1;
        s_a_1 = 0;
        s_a_1 = v_a_14;
        v_a_13 = v_a_14;
        v_a_12 = (2 * v_13) * v_a_13;
        v_a_11 = v_a_12;
        s_a_2 += v_a_11;
        p_b_a_1 += v_a_11;
        for (let k_5 = (Math.max(0, Math.ceil(p_w_1.length)) | 0) - 1; k_5 >= 0; k_5--) {
            const k_4 = k_5;
            let v_a_15 = 0, v_a_16 = 0;
            v_a_16 = s_a_2;
            s_a_2 = 0;
            s_a_2 = v_a_16;
            v_a_15 = v_a_16;
            p_w_g_1[k_4] += X[i_2][k_4] * v_a_15;
        }
        s_a_2 = 0;
    }
    v_16 = s_1 / X.length;
    const value_2 = v_16;
    s_a_1 = 0;
    return __typegrad.reverseResult(value_2, [{ w: p_w_g_1, b: p_b_a_1 }]);
};
__typegrad.attach(lossD, lossD$ad);
const gradient_2 = arg0_1 => {
    const arg0_w_1 = arg0_1.w;
    const arg0_w_g_1 = new Array(arg0_w_1.length).fill(0);
    const arg0_b_1 = arg0_1.b;
    let s_3 = 0, s_4 = 0, v_17 = 0, v_18 = 0, v_19 = 0, v_20 = 0, v_21 = 0, v_22 = 0, arg0_b_a_1 = 0, s_a_3 = 0, s_a_4 = 0;
    s_3 = 0;
    s_a_3 = 1;
    for (let i_3 = 0; i_3 < X.length; i_3++) {
        s_4 = 0;
        for (let k_6 = 0; k_6 < arg0_w_1.length; k_6++) {
            v_17 = arg0_w_1[k_6] * X[i_3][k_6];
            v_18 = s_4 + v_17;
            s_4 = v_18;
        }
        v_19 = s_4 + arg0_b_1;
        v_20 = v_19 - Y[i_3];
        v_21 = v_20 ** 2;
        v_22 = s_3 + v_21;
        s_3 = v_22;
        let v_a_17 = 0, v_a_18 = 0, v_a_19 = 0, v_a_20 = 0;
        v_a_20 = s_a_3;
        s_a_3 = 0;
        s_a_3 = v_a_20;
        v_a_19 = v_a_20;
        v_a_18 = (2 * v_20) * v_a_19;
        v_a_17 = v_a_18;
        s_a_4 += v_a_17;
        arg0_b_a_1 += v_a_17;
        for (let k_7 = (Math.max(0, Math.ceil(arg0_w_1.length)) | 0) - 1; k_7 >= 0; k_7--) {
            const k_6 = k_7;
            let v_a_21 = 0, v_a_22 = 0;
            v_a_22 = s_a_4;
            s_a_4 = 0;
            s_a_4 = v_a_22;
            v_a_21 = v_a_22;
            arg0_w_g_1[k_6] += X[i_3][k_6] * v_a_21;
        }
        s_a_4 = 0;
    }
    const value_3 = s_3;
    s_a_3 = 0;
    return __typegrad.reverseResult(value_3, [{ w: arg0_w_g_1, b: arg0_b_a_1 }]);
};
__typegrad.attach(net, net$ad);
const gradient_1_1 = (params_1, x$data) => {
    const params_l1_1 = params_1.l1;
    const params_l1_W_1 = params_l1_1.W;
    const params_l1_W_g_1 = __typegrad.zerosLike(params_l1_W_1);
    const params_l1_b_1 = params_l1_1.b;
    const params_l1_b_g_1 = new Array(params_l1_b_1.length).fill(0);
    const params_l2_1 = params_1.l2;
    const params_l2_w_1 = params_l2_1.w;
    const params_l2_w_g_1 = new Array(params_l2_w_1.length).fill(0);
    const params_l2_b_1 = params_l2_1.b;
    let out_2 = 0, s_5 = 0, v_23 = 0, v_24 = 0, v_25 = 0, v_26 = 0, v_27 = 0, v_28 = 0, params_l2_b_a_1 = 0, out_a_2 = 0, s_a_5 = 0;
    out_2 = params_l2_b_1;
    out_a_2 = 1;
    for (let j_2 = 0; j_2 < params_l1_W_1.length; j_2++) {
        s_5 = 0;
        for (let k_8 = 0; k_8 < params_l1_W_1[j_2].length; k_8++) {
            v_23 = params_l1_W_1[j_2][k_8] * x$data[k_8];
            v_24 = s_5 + v_23;
            s_5 = v_24;
        }
        v_25 = s_5 + params_l1_b_1[j_2];
        v_26 = Math.tanh(v_25);
        v_27 = params_l2_w_1[j_2] * v_26;
        v_28 = out_2 + v_27;
        out_2 = v_28;
        let v_a_23 = 0, v_a_24 = 0, v_a_25 = 0, v_a_26 = 0;
        v_a_26 = out_a_2;
        out_a_2 = 0;
        out_a_2 = v_a_26;
        v_a_25 = v_a_26;
        params_l2_w_g_1[j_2] += v_26 * v_a_25;
        v_a_24 = params_l2_w_1[j_2] * v_a_25;
        v_a_23 = (1 - (v_26 * v_26)) * v_a_24;
        s_a_5 += v_a_23;
        params_l1_b_g_1[j_2] += v_a_23;
        for (let k_9 = (Math.max(0, Math.ceil(params_l1_W_1[j_2].length)) | 0) - 1; k_9 >= 0; k_9--) {
            const k_8 = k_9;
            let v_a_27 = 0, v_a_28 = 0;
            v_a_28 = s_a_5;
            s_a_5 = 0;
            s_a_5 = v_a_28;
            v_a_27 = v_a_28;
            params_l1_W_g_1[j_2][k_8] += x$data[k_8] * v_a_27;
        }
        s_a_5 = 0;
    }
    const value_4 = out_2;
    params_l2_b_a_1 += out_a_2;
    out_a_2 = 0;
    return __typegrad.reverseResult(value_4, [{ l1: { W: params_l1_W_g_1, b: params_l1_b_g_1 }, l2: { w: params_l2_w_g_1, b: params_l2_b_a_1 } }, 0]);
};
__typegrad.attach(rowsOf, rowsOf$ad);
const gradient_3 = W_1 => {
    const stack_2 = __typegrad.valueStack();
    let stored_2 = stack_2.data, top_2 = 0;
    const W_g_1 = __typegrad.zerosLike(W_1);
    let s_6 = 0, t_1 = 0, v_29 = 0, v_30 = 0, v_31 = 0, s_a_6 = 0, t_a_1 = 0;
    s_6 = 0;
    s_a_6 = 1;
    for (let i_4 = 0; i_4 < W_1.length; i_4++) {
        if (top_2 === stored_2.length)
            stored_2 = stack_2.grow();
        stored_2[top_2++] = t_1;
        t_1 = 0;
        for (let i_5 = 0; i_5 < W_1[i_4].length; i_5++) {
            v_29 = t_1 + W_1[i_4][i_5];
            if (top_2 === stored_2.length)
                stored_2 = stack_2.grow();
            stored_2[top_2++] = t_1;
            t_1 = v_29;
        }
        v_30 = t_1 * t_1;
        v_31 = s_6 + v_30;
        s_6 = v_31;
        let v_a_29 = 0, v_a_30 = 0;
        v_a_30 = s_a_6;
        s_a_6 = 0;
        s_a_6 = v_a_30;
        v_a_29 = v_a_30;
        t_a_1 += t_1 * v_a_29;
        t_a_1 += t_1 * v_a_29;
        for (let k_10 = (Math.max(0, Math.ceil(W_1[i_4].length)) | 0) - 1; k_10 >= 0; k_10--) {
            const i_5 = k_10;
            let v_a_31 = 0;
            v_a_31 = t_a_1;
            t_a_1 = 0;
            t_1 = stored_2[--top_2];
            t_a_1 = v_a_31;
            W_g_1[i_4][i_5] += v_a_31;
        }
        t_a_1 = 0;
        t_1 = stored_2[--top_2];
    }
    const value_5 = s_6;
    s_a_6 = 0;
    return __typegrad.reverseResult(value_5, [W_g_1]);
};
/** A one-hidden-layer tanh network's mean squared error, weights as written by hand. */
function mlp(W1, b1, w2, b2, X, y) {
    let loss = 0;
    for (let i = 0; i < X.length; i++) {
        let out = b2;
        for (let j = 0; j < W1.length; j++) {
            const w = W1[j];
            let z = b1[j];
            for (let k = 0; k < w.length; k++)
                z += w[k] * X[i][k];
            out += w2[j] * Math.tanh(z);
        }
        loss += (out - y[i]) ** 2;
    }
    return loss / X.length;
}
function mlp$ad(W1, b1, w2, b2, X, y) {
    let loss = 0;
    for (let i = 0; i < X.length; i++) {
        let out = b2;
        for (let j = 0; j < W1.length; j++) {
            const w = W1[j];
            let z = b1[j];
            for (let k = 0; k < w.length; k++)
                z = __typegrad.add(z, __typegrad.mul(w[k], X[i][k]));
            out = __typegrad.add(out, __typegrad.mul(w2[j], __typegrad.tanh(z)));
        }
        loss = __typegrad.add(loss, __typegrad.pow((__typegrad.sub(out, y[i])), 2));
    }
    return __typegrad.div(loss, X.length);
}
export const mlpGrad = grad(__typegrad.withReverse(mlp$ad, gradient_4_5_1, "maanDD"), { argnums: [0, 1, 2, 3] });
const X = [[1, 2], [3, -1], [0.5, 0.25]];
const Y = [1, -2, 0.5];
const dot = (a, b) => {
    let s = 0;
    for (let k = 0; k < a.length; k++)
        s += a[k] * b[k];
    return s;
};
const dot$ad = (a, b) => {
    let s = 0;
    for (let k = 0; k < a.length; k++)
        s = __typegrad.add(s, __typegrad.mul(a[k], b[k]));
    return s;
};
const linear = (p) => {
    let s = 0;
    for (let i = 0; i < X.length; i++) {
        const z = dot(p.w, X[i]) + p.b;
        s += (z - Y[i]) ** 2;
    }
    return s / X.length;
};
const linear$ad = (p) => {
    let s = 0;
    for (let i = 0; i < X.length; i++) {
        const z = __typegrad.add(dot$ad(p.w, X[i]), p.b);
        s = __typegrad.add(s, __typegrad.pow((__typegrad.sub(z, Y[i])), 2));
    }
    return __typegrad.div(s, X.length);
};
__typegrad.attach(linear, linear$ad);
export const linearGrad = valueAndGrad(__typegrad.withReverse(linear$ad, gradient_1, "{w:a,b:n}"));
/** The parameter destructured where it is declared, a field renamed. */
function lossD({ w, b: bias }) {
    let s = 0;
    for (let i = 0; i < X.length; i++)
        s += (dot(w, X[i]) + bias - Y[i]) ** 2;
    return s;
}
function lossD$ad({ w, b: bias }) {
    let s = 0;
    for (let i = 0; i < X.length; i++)
        s = __typegrad.add(s, __typegrad.pow((__typegrad.sub(__typegrad.add(dot$ad(w, X[i]), bias), Y[i])), 2));
    return s;
}
export const lossDGrad = grad(__typegrad.withReverse(lossD$ad, gradient_2, "{w:a,b:n}"));
function net(params, x) {
    let out = params.l2.b;
    for (let j = 0; j < params.l1.W.length; j++)
        out += params.l2.w[j] * Math.tanh(dot(params.l1.W[j], x) + params.l1.b[j]);
    return out;
}
function net$ad(params, x) {
    let out = params.l2.b;
    for (let j = 0; j < params.l1.W.length; j++)
        out = __typegrad.add(out, __typegrad.mul(params.l2.w[j], __typegrad.tanh(__typegrad.add(dot$ad(params.l1.W[j], x), params.l1.b[j]))));
    return out;
}
export const netGrad = grad(__typegrad.withReverse(net$ad, gradient_1_1, "{l1:{W:m,b:a},l2:{w:a,b:n}}D"), { argnums: 0 });
/** for…of over a matrix parameter's rows and a row's elements. */
function rowsOf(W) {
    let s = 0;
    for (const row of W) {
        let t = 0;
        for (const v of row)
            t += v;
        s += t * t;
    }
    return s;
}
function rowsOf$ad(W) {
    let s = 0;
    for (const row of W) {
        let t = 0;
        for (const v of row)
            t = __typegrad.add(t, v);
        s = __typegrad.add(s, __typegrad.mul(t, t));
    }
    return s;
}
export const rowsGrad = grad(__typegrad.withReverse(rowsOf$ad, gradient_3, "m"));
