// Compiled reverse code for loops over arrays: Rosenbrock's function and a small network.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
const gradient_1 = x_1 => {
    const x_g_1 = new Array(x_1.length).fill(0);
    let s_1 = 0, v_1 = 0, v_2 = 0, v_3 = 0, v_4 = 0, v_5 = 0, v_6 = 0, v_7 = 0, v_8 = 0, at_1 = 0, s_a_1 = 0;
    s_1 = 0;
    s_a_1 = 1;
    for (let i_1 = 0; i_1 < x_1.length; i_1 += 2) {
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
    for (let i_2 = 0; i_2 < x_2.length; i_2 += 2) {
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
__typegrad.attach(rosen, __typegrad.withHessian(__typegrad.withReverse(rosen$ad, gradient_1, "a"), hessian_1, "a"));
const gradient_2 = (p_1, bias_1) => {
    const p_g_1 = new Float64Array(p_1.length);
    let loss_1 = 0, a_1 = 0, v_13 = 0, v_14 = 0, v_15 = 0, v_16 = 0, v_17 = 0, v_18 = 0, v_19 = 0, bias_a_1 = 0, loss_a_1 = 0, a_a_1 = 0;
    loss_1 = 0;
    let v_a_13 = 0;
    v_a_13 = 1;
    loss_a_1 = (1 / N) * v_a_13;
    for (let s_2 = 0; s_2 < N; s_2++) {
        a_1 = bias_1;
        for (let k_1 = 0; k_1 < N; k_1++) {
            v_13 = DATA[(s_2 + k_1) % N] * p_1[k_1];
            v_14 = a_1 + v_13;
            a_1 = v_14;
        }
        v_15 = Math.tanh(a_1);
        v_16 = v_15 - DATA[s_2];
        v_17 = v_16 * v_16;
        v_18 = loss_1 + v_17;
        loss_1 = v_18;
        let v_a_14 = 0, v_a_15 = 0, v_a_16 = 0, v_a_17 = 0;
        v_a_17 = loss_a_1;
        loss_a_1 = 0;
        loss_a_1 = v_a_17;
        v_a_16 = v_a_17;
        v_a_15 = v_16 * v_a_16;
        v_a_15 += v_16 * v_a_16;
        v_a_14 = v_a_15;
        a_a_1 += (1 - (v_15 * v_15)) * v_a_14;
        for (let k_2 = (Math.max(0, Math.ceil(N)) | 0) - 1; k_2 >= 0; k_2--) {
            const k_1 = k_2;
            let v_a_18 = 0, v_a_19 = 0;
            v_a_19 = a_a_1;
            a_a_1 = 0;
            a_a_1 = v_a_19;
            v_a_18 = v_a_19;
            p_g_1[k_1] += DATA[(s_2 + k_1) % N] * v_a_18;
        }
        bias_a_1 += a_a_1;
        a_a_1 = 0;
    }
    v_19 = loss_1 / N;
    const value_3 = v_19;
    loss_a_1 = 0;
    return __typegrad.reverseResult(value_3, [p_g_1, bias_a_1]);
};
const hessian_2 = (p_2, bias_2, p_v_1, bias_v_1) => {
    const stack_1 = __typegrad.valueStack();
    let stored_1 = stack_1.data, top_1 = 0;
    const p_g_2 = new Float64Array(p_2.length);
    let a_2 = 0, v_20 = 0, v_21 = 0, v_22 = 0, v_23 = 0, loss_t_1 = 0, a_t_1 = 0, v_t_9 = 0, v_t_10 = 0, d_8 = 0, d_9 = 0, v_t_11 = 0, v_t_12 = 0, d_10 = 0, d_11 = 0, v_t_13 = 0, v_t_14 = 0, v_t_15 = 0, at_3 = 0, bias_a_2 = 0, a_a_2 = 0, loss_t_a_1 = 0;
    loss_t_1 = 0;
    let v_t_a_8 = 0;
    v_t_a_8 = 1;
    loss_t_a_1 = (1 / N) * v_t_a_8;
    for (let s_3 = 0; s_3 < N; s_3++) {
        a_2 = bias_2;
        if (top_1 === stored_1.length)
            stored_1 = stack_1.grow();
        stored_1[top_1++] = a_t_1;
        a_t_1 = bias_v_1;
        for (let k_3 = 0; k_3 < N; k_3++) {
            at_3 = (s_3 + k_3) % N;
            v_20 = DATA[at_3] * p_2[k_3];
            v_t_9 = DATA[at_3] * p_v_1[k_3];
            v_21 = a_2 + v_20;
            v_t_10 = a_t_1 + v_t_9;
            a_2 = v_21;
            if (top_1 === stored_1.length)
                stored_1 = stack_1.grow();
            stored_1[top_1++] = a_t_1;
            a_t_1 = v_t_10;
        }
        v_22 = Math.tanh(a_2);
        d_8 = v_22 * v_22;
        d_9 = 1 - d_8;
        v_t_11 = d_9 * a_t_1;
        v_23 = v_22 - DATA[s_3];
        v_t_12 = v_t_11;
        d_10 = v_23 * v_t_12;
        d_11 = v_23 * v_t_12;
        v_t_13 = d_10 + d_11;
        v_t_14 = loss_t_1 + v_t_13;
        loss_t_1 = v_t_14;
        let v_a_20 = 0, d_a_8 = 0, d_a_9 = 0, v_t_a_9 = 0, v_a_21 = 0, v_t_a_10 = 0, d_a_10 = 0, d_a_11 = 0, v_t_a_11 = 0, v_t_a_12 = 0;
        v_t_a_12 = loss_t_a_1;
        loss_t_a_1 = 0;
        loss_t_a_1 = v_t_a_12;
        v_t_a_11 = v_t_a_12;
        d_a_10 = v_t_a_11;
        d_a_11 = v_t_a_11;
        v_a_21 = v_t_12 * d_a_11;
        v_t_a_10 = v_23 * d_a_11;
        v_a_21 += v_t_12 * d_a_10;
        v_t_a_10 += v_23 * d_a_10;
        v_t_a_9 = v_t_a_10;
        v_a_20 = v_a_21;
        d_a_9 = a_t_1 * v_t_a_9;
        d_a_8 = -d_a_9;
        v_a_20 += v_22 * d_a_8;
        v_a_20 += v_22 * d_a_8;
        a_a_2 += (1 - (v_22 * v_22)) * v_a_20;
        for (let k_4 = (Math.max(0, Math.ceil(N)) | 0) - 1; k_4 >= 0; k_4--) {
            const k_3 = k_4;
            at_3 = (s_3 + k_3) % N;
            let v_a_22 = 0, v_a_23 = 0;
            a_t_1 = stored_1[--top_1];
            v_a_23 = a_a_2;
            a_a_2 = 0;
            a_a_2 = v_a_23;
            v_a_22 = v_a_23;
            p_g_2[k_3] += DATA[at_3] * v_a_22;
        }
        a_t_1 = stored_1[--top_1];
        bias_a_2 += a_a_2;
        a_a_2 = 0;
    }
    v_t_15 = (1 / N) * loss_t_1;
    const value_4 = v_t_15;
    loss_t_a_1 = 0;
    return __typegrad.reverseResult(value_4, [p_g_2, bias_a_2]);
};
__typegrad.attach(net, __typegrad.withHessian(__typegrad.withReverse(net$ad, gradient_2, "an"), hessian_2, "an"));
const N = 3;
const DATA = [0.5, -1, 2];
export function rosen(x) {
    let s = 0;
    for (let i = 0; i < x.length; i += 2) {
        const t = x[i + 1] - x[i] * x[i];
        const u = 1 - x[i];
        s += 100 * t * t + u * u;
    }
    return s;
}
export function rosen$ad(x) {
    let s = 0;
    for (let i = 0; i < x.length; i += 2) {
        const t = __typegrad.sub(x[i + 1], __typegrad.mul(x[i], x[i]));
        const u = __typegrad.sub(1, x[i]);
        s = __typegrad.add(s, __typegrad.add(__typegrad.mul(__typegrad.mul(100, t), t), __typegrad.mul(u, u)));
    }
    return s;
}
function net(p, bias) {
    let loss = 0;
    for (let s = 0; s < N; s++) {
        let a = bias;
        for (let k = 0; k < N; k++)
            a += DATA[(s + k) % N] * p[k];
        const e = Math.tanh(a) - DATA[s];
        loss += e * e;
    }
    return loss / N;
}
function net$ad(p, bias) {
    let loss = 0;
    for (let s = 0; s < N; s++) {
        let a = bias;
        for (let k = 0; k < N; k++)
            a = __typegrad.add(a, __typegrad.mul(DATA[(s + k) % N], p[k]));
        const e = __typegrad.sub(__typegrad.tanh(a), DATA[s]);
        loss = __typegrad.add(loss, __typegrad.mul(e, e));
    }
    return __typegrad.div(loss, N);
}
export const checks = [
    { f: __typegrad.attach((v) => rosen([v, 1.3, -0.4, 0.8]), (v) => rosen$ad([v, 1.3, -0.4, 0.8])), at: [0.7], grad: (v) => grad(__typegrad.withReverse(rosen$ad, gradient_1, "a"))([v, 1.3, -0.4, 0.8])[0] },
    { f: __typegrad.attach((v) => net(new Float64Array([0.2, v, -0.3]), 0.1), (v) => net$ad(new Float64Array([0.2, v, -0.3]), 0.1)), at: [0.4], grad: (v) => grad(__typegrad.withReverse(net$ad, gradient_2, "an"))(new Float64Array([0.2, v, -0.3]), 0.1)[0][1] },
    { f: __typegrad.attach((b) => net(new Float64Array([0.2, 0.4, -0.3]), b), (b) => net$ad(new Float64Array([0.2, 0.4, -0.3]), b)), at: [0.1], grad: (b) => grad(__typegrad.withReverse(net$ad, gradient_2, "an"))(new Float64Array([0.2, 0.4, -0.3]), b)[1] },
];
