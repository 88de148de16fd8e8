// @explain: true
// A function that closes over locals of the function around it (a training loop's samples, a
// scale set later): its compiled code reads them where the transform is called, as the closure does.
import { derivative, grad } from "typegrad";
import * as __typegrad from "typegrad";
function meanSquare(w, X, y) {
    let s = 0;
    for (let i = 0; i < X.length; i++) {
        let z = 0;
        for (let j = 0; j < w.length; j++)
            z += w[j] * X[i][j];
        s += (z - y[i]) ** 2;
    }
    return s / X.length;
}
function meanSquare$ad(w, X, y) {
    let s = 0;
    for (let i = 0; i < X.length; i++) {
        let z = 0;
        for (let j = 0; j < w.length; j++)
            z = __typegrad.add(z, __typegrad.mul(w[j], X[i][j]));
        s = __typegrad.add(s, __typegrad.pow((__typegrad.sub(z, y[i])), 2));
    }
    return __typegrad.div(s, X.length);
}
export function fit(X, y, steps) {
    let w = X[0].map(() => 0);
    const loss = __typegrad.attach((v) => meanSquare(v, X, y), (v) => meanSquare$ad(v, X, y));
    const g = grad(__typegrad.withReverse(__typegrad.ad(loss), v_1 => {
        const v_g_1 = new Array(v_1.length).fill(0);
        let s_1 = 0, z_1 = 0, v_2 = 0, v_3 = 0, v_4 = 0, v_5 = 0, v_6 = 0, v_7 = 0, s_a_1 = 0, z_a_1 = 0;
        s_1 = 0;
        let v_a_1 = 0;
        v_a_1 = 1;
        s_a_1 = (1 / X.length) * v_a_1;
        for (let i_1 = 0; i_1 < X.length; i_1++) {
            z_1 = 0;
            for (let j_1 = 0; j_1 < v_1.length; j_1++) {
                v_2 = v_1[j_1] * X[i_1][j_1];
                v_3 = z_1 + v_2;
                z_1 = v_3;
            }
            v_4 = z_1 - y[i_1];
            v_5 = v_4 ** 2;
            v_6 = s_1 + v_5;
            s_1 = v_6;
            let v_a_2 = 0, v_a_3 = 0, v_a_4 = 0;
            v_a_4 = s_a_1;
            s_a_1 = 0;
            s_a_1 = v_a_4;
            v_a_3 = v_a_4;
            v_a_2 = (2 * v_4) * v_a_3;
            z_a_1 += v_a_2;
            for (let k_1 = (Math.max(0, Math.ceil(v_1.length)) | 0) - 1; k_1 >= 0; k_1--) {
                const j_1 = k_1;
                let v_a_5 = 0, v_a_6 = 0;
                v_a_6 = z_a_1;
                z_a_1 = 0;
                z_a_1 = v_a_6;
                v_a_5 = v_a_6;
                v_g_1[j_1] += X[i_1][j_1] * v_a_5;
            }
            z_a_1 = 0;
        }
        v_7 = s_1 / X.length;
        const value_1 = v_7;
        s_a_1 = 0;
        return __typegrad.reverseResult(value_1, [v_g_1]);
    }, "a"));
    for (let k = 0; k < steps; k++) {
        const d = g(w);
        w = w.map((wi, i) => wi - 0.1 * d[i]);
    }
    return w;
}
export function scaled(a) {
    let scale = a;
    const f = __typegrad.attach((x) => scale * Math.sin(x) * x, (x) => __typegrad.mul(__typegrad.mul(scale, __typegrad.sin(x)), x));
    const df = derivative(__typegrad.withForward(__typegrad.ad(f), (x_1, x_t_1) => {
        let v_8 = 0, v_t_1 = 0, v_9 = 0, v_t_2 = 0, v_10 = 0, v_t_3 = 0;
        v_8 = Math.sin(x_1);
        v_t_1 = Math.cos(x_1) * x_t_1;
        v_9 = scale * v_8;
        v_t_2 = scale * v_t_1;
        v_10 = v_9 * x_1;
        v_t_3 = x_1 * v_t_2 + v_9 * x_t_1;
        return __typegrad.forwardResult(v_10, v_t_3);
    }, x_2 => {
        let v_11 = 0, v_t_4 = 0, v_12 = 0, v_t_5 = 0, v_13 = 0, v_t_6 = 0;
        v_11 = Math.sin(x_2);
        v_t_4 = Math.cos(x_2);
        v_12 = scale * v_11;
        v_t_5 = scale * v_t_4;
        v_13 = v_12 * x_2;
        v_t_6 = x_2 * v_t_5 + v_12;
        return __typegrad.derivativeResult(v_13, v_t_6);
    }));
    return (x) => {
        scale += 1;
        return df(x);
    };
}
