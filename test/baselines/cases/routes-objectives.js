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
__typegrad.attach(rosenbrock, // Functions as values, part 2: objectives and higher-order utilities with no typegrad import.
__typegrad.withHessian(// Functions as values, part 2: objectives and higher-order utilities with no typegrad import.
__typegrad.withReverse(rosenbrock$ad, gradient_1, "a"), hessian_1, "a"));
const gradient_2 = x_3 => {
    const x_g_3 = new Array(x_3.length).fill(0);
    let acc_1 = 0, v_13 = 0, v_14 = 0, acc_a_1 = 0;
    acc_1 = 0;
    acc_a_1 = 1;
    for (let i_3 = 0; i_3 < x_3.length; i_3++) {
        v_13 = x_3[i_3] * x_3[i_3];
        v_14 = acc_1 + v_13;
        acc_1 = v_14;
        let v_a_13 = 0, v_a_14 = 0;
        v_a_14 = acc_a_1;
        acc_a_1 = 0;
        acc_a_1 = v_a_14;
        v_a_13 = v_a_14;
        x_g_3[i_3] += x_3[i_3] * v_a_13;
        x_g_3[i_3] += x_3[i_3] * v_a_13;
    }
    const value_3 = acc_1;
    acc_a_1 = 0;
    return __typegrad.reverseResult(value_3, [x_g_3]);
};
const hessian_2 = (x_4, x_v_2) => {
    const x_g_4 = new Array(x_4.length).fill(0);
    let acc_t_1 = 0, d_8 = 0, d_9 = 0, v_t_9 = 0, v_t_10 = 0, acc_t_a_1 = 0;
    acc_t_1 = 0;
    acc_t_a_1 = 1;
    for (let i_4 = 0; i_4 < x_4.length; i_4++) {
        d_8 = x_4[i_4] * x_v_2[i_4];
        d_9 = x_4[i_4] * x_v_2[i_4];
        v_t_9 = d_8 + d_9;
        v_t_10 = acc_t_1 + v_t_9;
        acc_t_1 = v_t_10;
        let d_a_8 = 0, d_a_9 = 0, v_t_a_8 = 0, v_t_a_9 = 0;
        v_t_a_9 = acc_t_a_1;
        acc_t_a_1 = 0;
        acc_t_a_1 = v_t_a_9;
        v_t_a_8 = v_t_a_9;
        d_a_8 = v_t_a_8;
        d_a_9 = v_t_a_8;
        x_g_4[i_4] += x_v_2[i_4] * d_a_9;
        x_g_4[i_4] += x_v_2[i_4] * d_a_8;
    }
    const value_4 = acc_t_1;
    acc_t_a_1 = 0;
    return __typegrad.reverseResult(value_4, [x_g_4]);
};
const gradient_3 = x_5 => {
    let v_15 = 0, v_16 = 0, x_a_1 = 0;
    v_15 = x_5 * x_5;
    v_16 = v_15 * x_5;
    const value_5 = v_16;
    let v_a_15 = 0, v_a_16 = 0;
    v_a_16 = 1;
    v_a_15 = x_5 * v_a_16;
    x_a_1 += v_15 * v_a_16;
    x_a_1 += x_5 * v_a_15;
    x_a_1 += x_5 * v_a_15;
    return __typegrad.reverseResult(value_5, [x_a_1]);
};
const forward_1 = (x_6, x_t_1) => {
    let v_17 = 0, v_t_11 = 0, v_18 = 0, v_t_12 = 0;
    v_17 = x_6 * x_6;
    v_t_11 = x_6 * x_t_1 + x_6 * x_t_1;
    v_18 = v_17 * x_6;
    v_t_12 = x_6 * v_t_11 + v_17 * x_t_1;
    return __typegrad.forwardResult(v_18, v_t_12);
};
const derivative_1 = x_7 => {
    let v_19 = 0, v_t_13 = 0, v_20 = 0, v_t_14 = 0;
    v_19 = x_7 * x_7;
    v_t_13 = x_7 + x_7;
    v_20 = v_19 * x_7;
    v_t_14 = x_7 * v_t_13 + v_19;
    return __typegrad.derivativeResult(v_20, v_t_14);
};
const hessian_3 = (x_8, x_v_3) => {
    let v_21 = 0, d_10 = 0, d_11 = 0, v_t_15 = 0, d_12 = 0, d_13 = 0, v_t_16 = 0, x_a_2 = 0;
    v_21 = x_8 * x_8;
    d_10 = x_8 * x_v_3;
    d_11 = x_8 * x_v_3;
    v_t_15 = d_10 + d_11;
    d_12 = x_8 * v_t_15;
    d_13 = v_21 * x_v_3;
    v_t_16 = d_12 + d_13;
    const value_6 = v_t_16;
    let v_a_17 = 0, d_a_10 = 0, d_a_11 = 0, v_t_a_10 = 0, d_a_12 = 0, d_a_13 = 0, v_t_a_11 = 0;
    v_t_a_11 = 1;
    d_a_12 = v_t_a_11;
    d_a_13 = v_t_a_11;
    v_a_17 = x_v_3 * d_a_13;
    x_a_2 += v_t_15 * d_a_12;
    v_t_a_10 = x_8 * d_a_12;
    d_a_10 = v_t_a_10;
    d_a_11 = v_t_a_10;
    x_a_2 += x_v_3 * d_a_11;
    x_a_2 += x_v_3 * d_a_10;
    x_a_2 += x_8 * v_a_17;
    x_a_2 += x_8 * v_a_17;
    return __typegrad.reverseResult(value_6, [x_a_2]);
};
const gradient_4 = x_9 => {
    let v_22 = 0, v_23 = 0, v_24 = 0, v_25 = 0, x_a_3 = 0;
    v_22 = Math.sin(x_9);
    v_23 = -x_9;
    v_24 = Math.exp(v_23);
    v_25 = v_22 * v_24;
    const value_7 = v_25;
    let v_a_18 = 0, v_a_19 = 0, v_a_20 = 0, v_a_21 = 0;
    v_a_21 = 1;
    v_a_18 = v_24 * v_a_21;
    v_a_20 = v_22 * v_a_21;
    v_a_19 = v_24 * v_a_20;
    x_a_3 += -v_a_19;
    x_a_3 += Math.cos(x_9) * v_a_18;
    return __typegrad.reverseResult(value_7, [x_a_3]);
};
const forward_2 = (x_10, x_t_2) => {
    let v_26 = 0, v_t_17 = 0, v_27 = 0, v_t_18 = 0, v_28 = 0, v_t_19 = 0, v_29 = 0, v_t_20 = 0;
    v_26 = Math.sin(x_10);
    v_t_17 = Math.cos(x_10) * x_t_2;
    v_27 = -x_10;
    v_t_18 = -x_t_2;
    v_28 = Math.exp(v_27);
    v_t_19 = v_28 * v_t_18;
    v_29 = v_26 * v_28;
    v_t_20 = v_28 * v_t_17 + v_26 * v_t_19;
    return __typegrad.forwardResult(v_29, v_t_20);
};
const derivative_2 = x_11 => {
    let v_30 = 0, v_t_21 = 0, v_31 = 0, v_t_22 = 0, v_32 = 0, v_t_23 = 0, v_33 = 0, v_t_24 = 0;
    v_30 = Math.sin(x_11);
    v_t_21 = Math.cos(x_11);
    v_31 = -x_11;
    v_t_22 = (-1);
    v_32 = Math.exp(v_31);
    v_t_23 = v_32 * v_t_22;
    v_33 = v_30 * v_32;
    v_t_24 = v_32 * v_t_21 + v_30 * v_t_23;
    return __typegrad.derivativeResult(v_33, v_t_24);
};
const hessian_4 = (x_12, x_v_4) => {
    let v_34 = 0, v_35 = 0, v_36 = 0, d_14 = 0, v_t_25 = 0, v_t_26 = 0, v_t_27 = 0, d_15 = 0, d_16 = 0, v_t_28 = 0, x_a_4 = 0;
    v_34 = Math.sin(x_12);
    d_14 = Math.cos(x_12);
    v_t_25 = d_14 * x_v_4;
    v_35 = -x_12;
    v_t_26 = -x_v_4;
    v_36 = Math.exp(v_35);
    v_t_27 = v_36 * v_t_26;
    d_15 = v_36 * v_t_25;
    d_16 = v_34 * v_t_27;
    v_t_28 = d_15 + d_16;
    const value_8 = v_t_28;
    let v_a_22 = 0, d_a_14 = 0, v_t_a_12 = 0, v_a_23 = 0, v_a_24 = 0, v_t_a_13 = 0, d_a_15 = 0, d_a_16 = 0, v_t_a_14 = 0;
    v_t_a_14 = 1;
    d_a_15 = v_t_a_14;
    d_a_16 = v_t_a_14;
    v_a_22 = v_t_27 * d_a_16;
    v_t_a_13 = v_34 * d_a_16;
    v_a_24 = v_t_25 * d_a_15;
    v_t_a_12 = v_36 * d_a_15;
    v_a_24 += v_t_26 * v_t_a_13;
    v_a_23 = v_36 * v_a_24;
    x_a_4 += -v_a_23;
    d_a_14 = x_v_4 * v_t_a_12;
    x_a_4 += (-Math.sin(x_12)) * d_a_14;
    x_a_4 += Math.cos(x_12) * v_a_22;
    return __typegrad.reverseResult(value_8, [x_a_4]);
};
// Functions as values, part 2: objectives and higher-order utilities with no typegrad import.
export function rosenbrock(x) {
    let s = 0;
    for (let i = 0; i < x.length - 1; i++) {
        const a = x[i + 1] - x[i] * x[i];
        const b = 1 - x[i];
        s += 100 * a * a + b * b;
    }
    return s;
}
export function rosenbrock$ad(x) {
    let s = 0;
    for (let i = 0; i < x.length - 1; i++) {
        const a = __typegrad.sub(x[i + 1], __typegrad.mul(x[i], x[i]));
        const b = __typegrad.sub(1, x[i]);
        s = __typegrad.add(s, __typegrad.add(__typegrad.mul(__typegrad.mul(100, a), a), __typegrad.mul(b, b)));
    }
    return s;
}
export const sphere = (x) => x.reduce((s, v) => s + v * v, 0);
export const sphere$ad = (x) => x.reduce((s, v) => __typegrad.add(s, __typegrad.mul(v, v)), 0);
__typegrad.attach(sphere, __typegrad.withHessian(__typegrad.withReverse(sphere$ad, gradient_2, "a"), hessian_2, "a"));
export const table = {
    cube: __typegrad.attach((x) => x * x * x, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => __typegrad.mul(__typegrad.mul(x, x), x), forward_1, derivative_1), gradient_3, "n"), hessian_3, "n")),
    wave: __typegrad.attach((x) => Math.sin(x) * Math.exp(-x), __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => __typegrad.mul(__typegrad.sin(x), __typegrad.mathExp(__typegrad.neg(x))), forward_2, derivative_2), gradient_4, "n"), hessian_4, "n")),
};
export function scaled(k) {
    return __typegrad.attach((x) => k * x * x, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => __typegrad.mul(__typegrad.mul(k, x), x), (x_13, x_t_3) => {
        let v_37 = 0, v_t_29 = 0, v_38 = 0, v_t_30 = 0;
        v_37 = k * x_13;
        v_t_29 = k * x_t_3;
        v_38 = v_37 * x_13;
        v_t_30 = x_13 * v_t_29 + v_37 * x_t_3;
        return __typegrad.forwardResult(v_38, v_t_30);
    }, x_14 => {
        let v_39 = 0, v_t_31 = 0, v_40 = 0, v_t_32 = 0;
        v_39 = k * x_14;
        v_t_31 = k;
        v_40 = v_39 * x_14;
        v_t_32 = x_14 * v_t_31 + v_39;
        return __typegrad.derivativeResult(v_40, v_t_32);
    }), x_15 => {
        let v_41 = 0, v_42 = 0, x_a_5 = 0;
        v_41 = k * x_15;
        v_42 = v_41 * x_15;
        const value_9 = v_42;
        let v_a_25 = 0, v_a_26 = 0;
        v_a_26 = 1;
        v_a_25 = x_15 * v_a_26;
        x_a_5 += v_41 * v_a_26;
        x_a_5 += k * v_a_25;
        return __typegrad.reverseResult(value_9, [x_a_5]);
    }, "n"), (x_16, x_v_5) => {
        let v_43 = 0, v_t_33 = 0, d_17 = 0, d_18 = 0, v_t_34 = 0, x_a_6 = 0;
        v_43 = k * x_16;
        v_t_33 = k * x_v_5;
        d_17 = x_16 * v_t_33;
        d_18 = v_43 * x_v_5;
        v_t_34 = d_17 + d_18;
        const value_10 = v_t_34;
        let v_a_27 = 0, d_a_17 = 0, d_a_18 = 0, v_t_a_15 = 0;
        v_t_a_15 = 1;
        d_a_17 = v_t_a_15;
        d_a_18 = v_t_a_15;
        v_a_27 = x_v_5 * d_a_18;
        x_a_6 += v_t_33 * d_a_17;
        x_a_6 += k * v_a_27;
        return __typegrad.reverseResult(value_10, [x_a_6]);
    }, "n"));
}
export class Spring {
    stiffness;
    constructor(stiffness) {
        this.stiffness = stiffness;
    }
    energy(x) {
        return __typegrad.mul(__typegrad.mul(0.5 * this.stiffness, x), x);
    }
}
export function compose(g, f) {
    return __typegrad.attach((a) => g(f(a)), (a) => __typegrad.call(g, __typegrad.call(f, a)));
}
export function forwardAll(f) {
    return __typegrad.attach((...args) => f(...args), (...args) => __typegrad.call(f, ...args));
}
export function memoize(f) {
    const cache = new Map();
    return __typegrad.attach((x) => {
        const hit = cache.get(x);
        if (__typegrad.ne(hit, undefined))
            return hit;
        const y = f(x);
        cache.set(x, y);
        return y;
    }, (x) => {
        const hit = cache.get(x);
        if (__typegrad.ne(hit, undefined))
            return hit;
        const y = __typegrad.call(f, x);
        cache.set(x, y);
        return y;
    });
}
