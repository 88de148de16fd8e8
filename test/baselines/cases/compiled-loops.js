// Compiled reverse code for loops over arrays: Rosenbrock's function and a small network.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
__typegrad.attach(rosen, rosen$ad);
__typegrad.attach(net, net$ad);
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
const gradient_2 = (p_1, bias_1) => {
    const p_g_1 = new Float64Array(p_1.length);
    let loss_1 = 0, a_1 = 0, v_9 = 0, v_10 = 0, v_11 = 0, v_12 = 0, v_13 = 0, v_14 = 0, v_15 = 0, bias_a_1 = 0, loss_a_1 = 0, a_a_1 = 0;
    loss_1 = 0;
    let v_a_9 = 0;
    v_a_9 = 1;
    loss_a_1 = (1 / N) * v_a_9;
    for (let s_2 = 0; s_2 < N; s_2++) {
        a_1 = bias_1;
        for (let k_1 = 0; k_1 < N; k_1++) {
            v_9 = DATA[(s_2 + k_1) % N] * p_1[k_1];
            v_10 = a_1 + v_9;
            a_1 = v_10;
        }
        v_11 = Math.tanh(a_1);
        v_12 = v_11 - DATA[s_2];
        v_13 = v_12 * v_12;
        v_14 = loss_1 + v_13;
        loss_1 = v_14;
        let v_a_10 = 0, v_a_11 = 0, v_a_12 = 0, v_a_13 = 0;
        v_a_13 = loss_a_1;
        loss_a_1 = 0;
        loss_a_1 = v_a_13;
        v_a_12 = v_a_13;
        v_a_11 = v_12 * v_a_12;
        v_a_11 += v_12 * v_a_12;
        v_a_10 = v_a_11;
        a_a_1 += (1 - (v_11 * v_11)) * v_a_10;
        for (let k_2 = (Math.max(0, Math.ceil(N)) | 0) - 1; k_2 >= 0; k_2--) {
            const k_1 = k_2;
            let v_a_14 = 0, v_a_15 = 0;
            v_a_15 = a_a_1;
            a_a_1 = 0;
            a_a_1 = v_a_15;
            v_a_14 = v_a_15;
            p_g_1[k_1] += DATA[(s_2 + k_1) % N] * v_a_14;
        }
        bias_a_1 += a_a_1;
        a_a_1 = 0;
    }
    v_15 = loss_1 / N;
    const value_2 = v_15;
    loss_a_1 = 0;
    return __typegrad.reverseResult(value_2, [p_g_1, bias_a_1]);
};
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
