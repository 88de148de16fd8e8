// Compiled reverse code for loops over arrays: Rosenbrock's function and a small network.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
__typegrad.attach(rosen, rosen$ad);
__typegrad.attach(net, net$ad);
const gradient_1 = x_1 => {
    const stack_1 = __typegrad.valueStack();
    const x_g_1 = new Float64Array(x_1.length);
    let s_a_1 = 0, a_1 = 0, a_2 = 0, a_3 = 0, a_4 = 0, a_5 = 0, a_6 = 0, a_7 = 0, a_8 = 0;
    let s_1 = 0;
    let passes_1 = 0;
    for (let i_1 = 0; i_1 < x_1.length; i_1 += 2) {
        const v_1 = __typegrad.rules.mul.num(x_1[i_1], x_1[i_1]);
        stack_1.push(__typegrad.rules.mul.dx(x_1[i_1], x_1[i_1], v_1));
        stack_1.push(__typegrad.rules.mul.dy(x_1[i_1], x_1[i_1], v_1));
        const v_2 = __typegrad.rules.sub.num(x_1[(i_1 + 1)], v_1);
        stack_1.push(__typegrad.rules.sub.dx(x_1[(i_1 + 1)], v_1, v_2));
        stack_1.push(__typegrad.rules.sub.dy(x_1[(i_1 + 1)], v_1, v_2));
        let t_1 = v_2;
        const v_3 = __typegrad.rules.sub.num(1, x_1[i_1]);
        stack_1.push(__typegrad.rules.sub.dy(1, x_1[i_1], v_3));
        let u_1 = v_3;
        const v_4 = __typegrad.rules.mul.num(100, t_1);
        stack_1.push(__typegrad.rules.mul.dy(100, t_1, v_4));
        const v_5 = __typegrad.rules.mul.num(v_4, t_1);
        stack_1.push(__typegrad.rules.mul.dx(v_4, t_1, v_5));
        stack_1.push(__typegrad.rules.mul.dy(v_4, t_1, v_5));
        const v_6 = __typegrad.rules.mul.num(u_1, u_1);
        stack_1.push(__typegrad.rules.mul.dx(u_1, u_1, v_6));
        stack_1.push(__typegrad.rules.mul.dy(u_1, u_1, v_6));
        const v_7 = __typegrad.rules.add.num(v_5, v_6);
        stack_1.push(__typegrad.rules.add.dx(v_5, v_6, v_7));
        stack_1.push(__typegrad.rules.add.dy(v_5, v_6, v_7));
        const v_8 = __typegrad.rules.add.num(s_1, v_7);
        stack_1.push(__typegrad.rules.add.dx(s_1, v_7, v_8));
        stack_1.push(__typegrad.rules.add.dy(s_1, v_7, v_8));
        s_1 = v_8;
        stack_1.push(i_1);
        passes_1++;
    }
    stack_1.push(passes_1);
    s_a_1 = 1;
    {
        const passes_1 = stack_1.pop();
        for (let k_1 = 0; k_1 < passes_1; k_1++) {
            const i_1 = stack_1.pop();
            const a_9 = s_a_1;
            s_a_1 = 0;
            a_8 += a_9;
            {
                const p_1 = stack_1.pop();
                const p_2 = stack_1.pop();
                s_a_1 += p_2 * a_8;
                a_7 += p_1 * a_8;
                a_8 = 0;
            }
            {
                const p_3 = stack_1.pop();
                const p_4 = stack_1.pop();
                a_5 += p_4 * a_7;
                a_6 += p_3 * a_7;
                a_7 = 0;
            }
            {
                const p_5 = stack_1.pop();
                const p_6 = stack_1.pop();
                a_3 += p_6 * a_6;
                a_3 += p_5 * a_6;
                a_6 = 0;
            }
            {
                const p_7 = stack_1.pop();
                const p_8 = stack_1.pop();
                a_4 += p_8 * a_5;
                a_2 += p_7 * a_5;
                a_5 = 0;
            }
            {
                const p_9 = stack_1.pop();
                a_2 += p_9 * a_4;
                a_4 = 0;
            }
            {
                const p_10 = stack_1.pop();
                x_g_1[i_1] += p_10 * a_3;
                a_3 = 0;
            }
            {
                const p_11 = stack_1.pop();
                const p_12 = stack_1.pop();
                x_g_1[(i_1 + 1)] += p_12 * a_2;
                a_1 += p_11 * a_2;
                a_2 = 0;
            }
            {
                const p_13 = stack_1.pop();
                const p_14 = stack_1.pop();
                x_g_1[i_1] += p_14 * a_1;
                x_g_1[i_1] += p_13 * a_1;
                a_1 = 0;
            }
        }
    }
    const a_10 = s_a_1;
    s_a_1 = 0;
    return __typegrad.reverseResult(s_1, [x_g_1]);
};
const gradient_2 = (p_15, bias_1) => {
    const stack_2 = __typegrad.valueStack();
    const p_g_1 = new Float64Array(p_15.length);
    let bias_a_1 = 0, loss_a_1 = 0, a_a_1 = 0, a_11 = 0, a_12 = 0, a_13 = 0, a_14 = 0, a_15 = 0, a_16 = 0, a_17 = 0;
    let loss_1 = 0;
    let passes_2 = 0;
    for (let s_2 = 0; s_2 < N; s_2++) {
        let a_18 = bias_1;
        let passes_3 = 0;
        for (let k_2 = 0; k_2 < N; k_2++) {
            const v_9 = __typegrad.rules.mul.num(DATA[((s_2 + k_2) % N)], p_15[k_2]);
            stack_2.push(__typegrad.rules.mul.dy(DATA[((s_2 + k_2) % N)], p_15[k_2], v_9));
            const v_10 = __typegrad.rules.add.num(a_18, v_9);
            stack_2.push(__typegrad.rules.add.dx(a_18, v_9, v_10));
            stack_2.push(__typegrad.rules.add.dy(a_18, v_9, v_10));
            a_18 = v_10;
            stack_2.push(k_2);
            passes_3++;
        }
        stack_2.push(passes_3);
        const v_11 = __typegrad.rules.tanh.num(a_18);
        stack_2.push(__typegrad.rules.tanh.d(a_18, v_11));
        const v_12 = __typegrad.rules.sub.num(v_11, DATA[s_2]);
        stack_2.push(__typegrad.rules.sub.dx(v_11, DATA[s_2], v_12));
        let e_1 = v_12;
        const v_13 = __typegrad.rules.mul.num(e_1, e_1);
        stack_2.push(__typegrad.rules.mul.dx(e_1, e_1, v_13));
        stack_2.push(__typegrad.rules.mul.dy(e_1, e_1, v_13));
        const v_14 = __typegrad.rules.add.num(loss_1, v_13);
        stack_2.push(__typegrad.rules.add.dx(loss_1, v_13, v_14));
        stack_2.push(__typegrad.rules.add.dy(loss_1, v_13, v_14));
        loss_1 = v_14;
        stack_2.push(s_2);
        passes_2++;
    }
    stack_2.push(passes_2);
    const v_15 = __typegrad.rules.div.num(loss_1, N);
    stack_2.push(__typegrad.rules.div.dx(loss_1, N, v_15));
    a_17 = 1;
    {
        const p_16 = stack_2.pop();
        loss_a_1 += p_16 * a_17;
        a_17 = 0;
    }
    {
        const passes_2 = stack_2.pop();
        for (let k_3 = 0; k_3 < passes_2; k_3++) {
            const s_2 = stack_2.pop();
            const a_19 = loss_a_1;
            loss_a_1 = 0;
            a_16 += a_19;
            {
                const p_17 = stack_2.pop();
                const p_18 = stack_2.pop();
                loss_a_1 += p_18 * a_16;
                a_15 += p_17 * a_16;
                a_16 = 0;
            }
            {
                const p_19 = stack_2.pop();
                const p_20 = stack_2.pop();
                a_14 += p_20 * a_15;
                a_14 += p_19 * a_15;
                a_15 = 0;
            }
            {
                const p_21 = stack_2.pop();
                a_13 += p_21 * a_14;
                a_14 = 0;
            }
            {
                const p_22 = stack_2.pop();
                a_a_1 += p_22 * a_13;
                a_13 = 0;
            }
            {
                const passes_3 = stack_2.pop();
                for (let k_4 = 0; k_4 < passes_3; k_4++) {
                    const k_2 = stack_2.pop();
                    const a_20 = a_a_1;
                    a_a_1 = 0;
                    a_12 += a_20;
                    {
                        const p_23 = stack_2.pop();
                        const p_24 = stack_2.pop();
                        a_a_1 += p_24 * a_12;
                        a_11 += p_23 * a_12;
                        a_12 = 0;
                    }
                    {
                        const p_25 = stack_2.pop();
                        p_g_1[k_2] += p_25 * a_11;
                        a_11 = 0;
                    }
                }
            }
            const a_21 = a_a_1;
            a_a_1 = 0;
            bias_a_1 += a_21;
        }
    }
    const a_22 = loss_a_1;
    loss_a_1 = 0;
    return __typegrad.reverseResult(v_15, [p_g_1, bias_a_1]);
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
