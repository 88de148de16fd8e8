// Compiled code for jumps: `return` inside a loop (Newton's method stopping early), `break`
// and `continue`, a join point after a branch that may return, and `do…while`. A loop that
// may stop early records its pass count for the reverse sweep.
import { derivative, grad } from "typegrad";
import * as __typegrad from "typegrad";
__typegrad.attach(newtonSqrt, newtonSqrt$ad);
__typegrad.attach(positivePrefix, positivePrefix$ad);
__typegrad.attach(joined, joined$ad);
__typegrad.attach(settle, settle$ad);
const gradient_1 = a_1 => {
    const stack_1 = __typegrad.valueStack();
    let stored_1 = stack_1.data, top_1 = 0;
    let y_1 = 0, v_1 = 0, v_2 = 0, result_1 = 0, jump_1 = 0, v_3 = 0, v_4 = 0, v_5 = 0, taken_1 = 0, taken_2 = 0, passes_1 = 0, a_a_1 = 0, y_a_1 = 0, result_a_1 = 0;
    if (top_1 === stored_1.length)
        stored_1 = stack_1.grow();
    stored_1[top_1++] = y_1;
    y_1 = a_1;
    passes_1 = 0;
    for (let i_1 = 0; (i_1 < 50) && (jump_1 < 2); i_1++) {
        v_1 = y_1 * y_1;
        v_2 = v_1 - a_1;
        if (top_1 === stored_1.length)
            stored_1 = stack_1.grow();
        stored_1[top_1++] = taken_2;
        taken_2 = Math.abs(v_2) < (1e-12 * a_1) ? 1 : 0;
        if (taken_2 === 1) {
            result_1 = y_1;
            jump_1 = 3;
        }
        else {
            while (top_1 + 3 > stored_1.length)
                stored_1 = stack_1.grow();
            stored_1[top_1++] = v_3;
            v_3 = 2 * y_1;
            stored_1[top_1++] = v_4;
            v_4 = v_2 / v_3;
            v_5 = y_1 - v_4;
            stored_1[top_1++] = y_1;
            y_1 = v_5;
        }
        passes_1++;
    }
    taken_1 = jump_1 === 0 ? 1 : 0;
    if (taken_1 === 1) {
        result_1 = y_1;
    }
    const value_1 = result_1;
    result_a_1 = 1;
    if (taken_1 === 1) {
        y_a_1 += result_a_1;
        result_a_1 = 0;
    }
    for (let k_1 = passes_1 - 1; k_1 >= 0; k_1--) {
        const i_1 = k_1;
        let v_a_1 = 0, v_a_2 = 0;
        if (taken_2 === 1) {
            y_a_1 += result_a_1;
            result_a_1 = 0;
        }
        else {
            let v_a_3 = 0, v_a_4 = 0, v_a_5 = 0;
            v_a_5 = y_a_1;
            y_a_1 = 0;
            y_1 = stored_1[--top_1];
            y_a_1 = v_a_5;
            v_a_4 = -v_a_5;
            v_a_2 += (1 / v_3) * v_a_4;
            v_a_3 = (-(v_4 / v_3)) * v_a_4;
            v_4 = stored_1[--top_1];
            y_a_1 += 2 * v_a_3;
            v_3 = stored_1[--top_1];
        }
        taken_2 = stored_1[--top_1];
        v_a_1 = v_a_2;
        a_a_1 += -v_a_2;
        y_a_1 += y_1 * v_a_1;
        y_a_1 += y_1 * v_a_1;
    }
    a_a_1 += y_a_1;
    y_a_1 = 0;
    y_1 = stored_1[--top_1];
    return __typegrad.reverseResult(value_1, [a_a_1]);
};
const forward_1 = (a_2, a_t_1) => {
    let y_2 = 0, y_t_1 = 0, v_6 = 0, v_t_1 = 0, v_7 = 0, v_t_2 = 0, result_2 = 0, result_t_1 = 0, jump_2 = 0, v_8 = 0, v_t_3 = 0, v_9 = 0, v_t_4 = 0, v_10 = 0, v_t_5 = 0;
    y_2 = a_2;
    y_t_1 = a_t_1;
    for (let i_2 = 0; (i_2 < 50) && (jump_2 < 2); i_2++) {
        v_6 = y_2 * y_2;
        v_t_1 = y_2 * y_t_1 + y_2 * y_t_1;
        v_7 = v_6 - a_2;
        v_t_2 = v_t_1 + -a_t_1;
        if (Math.abs(v_7) < (1e-12 * a_2)) {
            result_2 = y_2;
            result_t_1 = y_t_1;
            jump_2 = 3;
        }
        else {
            v_8 = 2 * y_2;
            v_t_3 = 2 * y_t_1;
            v_9 = v_7 / v_8;
            v_t_4 = (1 / v_8) * v_t_2 + (-(v_9 / v_8)) * v_t_3;
            v_10 = y_2 - v_9;
            v_t_5 = y_t_1 + -v_t_4;
            y_2 = v_10;
            y_t_1 = v_t_5;
        }
    }
    if (jump_2 === 0) {
        result_2 = y_2;
        result_t_1 = y_t_1;
    }
    return __typegrad.forwardResult(result_2, result_t_1);
};
const derivative_1 = a_3 => {
    let y_3 = 0, y_t_2 = 0, v_11 = 0, v_t_6 = 0, v_12 = 0, v_t_7 = 0, result_3 = 0, result_t_2 = 0, jump_3 = 0, v_13 = 0, v_t_8 = 0, v_14 = 0, v_t_9 = 0, v_15 = 0, v_t_10 = 0;
    y_3 = a_3;
    y_t_2 = 1;
    for (let i_3 = 0; (i_3 < 50) && (jump_3 < 2); i_3++) {
        v_11 = y_3 * y_3;
        v_t_6 = y_3 * y_t_2 + y_3 * y_t_2;
        v_12 = v_11 - a_3;
        v_t_7 = v_t_6 + (-1);
        if (Math.abs(v_12) < (1e-12 * a_3)) {
            result_3 = y_3;
            result_t_2 = y_t_2;
            jump_3 = 3;
        }
        else {
            v_13 = 2 * y_3;
            v_t_8 = 2 * y_t_2;
            v_14 = v_12 / v_13;
            v_t_9 = (1 / v_13) * v_t_7 + (-(v_14 / v_13)) * v_t_8;
            v_15 = y_3 - v_14;
            v_t_10 = y_t_2 + -v_t_9;
            y_3 = v_15;
            y_t_2 = v_t_10;
        }
    }
    if (jump_3 === 0) {
        result_3 = y_3;
        result_t_2 = y_t_2;
    }
    return __typegrad.derivativeResult(result_3, result_t_2);
};
const gradient_2 = (v_16, cap_1) => {
    const stack_2 = __typegrad.valueStack();
    let stored_2 = stack_2.data, top_2 = 0;
    const v_g_1 = new Array(v_16.length).fill(0);
    let s_1 = 0, jump_4 = 0, v_17 = 0, v_18 = 0, taken_3 = 0, taken_4 = 0, passes_2 = 0, cap_a_1 = 0, s_a_1 = 0;
    s_1 = 0;
    passes_2 = 0;
    for (let i_4 = 0; (i_4 < v_16.length) && (jump_4 < 2); i_4++) {
        if (top_2 === stored_2.length)
            stored_2 = stack_2.grow();
        stored_2[top_2++] = taken_4;
        taken_4 = v_16[i_4] < 0 ? 1 : 0;
        if (!(taken_4 === 1)) {
            if (top_2 === stored_2.length)
                stored_2 = stack_2.grow();
            stored_2[top_2++] = taken_3;
            taken_3 = s_1 > cap_1 ? 1 : 0;
            if (taken_3 === 1) {
                jump_4 = 2;
            }
            else {
                v_17 = v_16[i_4] * v_16[i_4];
                v_18 = s_1 + v_17;
                s_1 = v_18;
            }
        }
        passes_2++;
    }
    jump_4 = 0;
    const value_2 = s_1;
    s_a_1 = 1;
    for (let k_2 = passes_2 - 1; k_2 >= 0; k_2--) {
        const i_4 = k_2;
        if (taken_4 === 0) {
            if (taken_3 === 0) {
                let v_a_6 = 0, v_a_7 = 0;
                v_a_7 = s_a_1;
                s_a_1 = 0;
                s_a_1 = v_a_7;
                v_a_6 = v_a_7;
                v_g_1[i_4] += v_16[i_4] * v_a_6;
                v_g_1[i_4] += v_16[i_4] * v_a_6;
            }
            taken_3 = stored_2[--top_2];
        }
        taken_4 = stored_2[--top_2];
    }
    s_a_1 = 0;
    return __typegrad.reverseResult(value_2, [v_g_1, cap_a_1]);
};
const gradient_3 = (x_1, y_4) => {
    const stack_3 = __typegrad.valueStack();
    let stored_3 = stack_3.data, top_3 = 0;
    let v_19 = 0, s_2 = 0, v_20 = 0, v_21 = 0, result_4 = 0, jump_5 = 0, v_22 = 0, v_23 = 0, taken_5 = 0, taken_6 = 0, taken_7 = 0, x_a_1 = 0, y_a_2 = 0, s_a_2 = 0, result_a_2 = 0;
    v_19 = x_1 * y_4;
    if (top_3 === stored_3.length)
        stored_3 = stack_3.grow();
    stored_3[top_3++] = s_2;
    s_2 = v_19;
    taken_7 = x_1 > 0 ? 1 : 0;
    if (taken_7 === 1) {
        v_20 = Math.sin(s_2);
        if (top_3 === stored_3.length)
            stored_3 = stack_3.grow();
        stored_3[top_3++] = s_2;
        s_2 = v_20;
        taken_6 = y_4 > 2 ? 1 : 0;
        if (taken_6 === 1) {
            v_21 = s_2 * s_2;
            result_4 = v_21;
            jump_5 = 3;
        }
        else {
            v_22 = s_2 + y_4;
            if (top_3 === stored_3.length)
                stored_3 = stack_3.grow();
            stored_3[top_3++] = s_2;
            s_2 = v_22;
        }
    }
    taken_5 = jump_5 === 0 ? 1 : 0;
    if (taken_5 === 1) {
        v_23 = s_2 * x_1;
        result_4 = v_23;
    }
    const value_3 = result_4;
    let v_a_8 = 0;
    result_a_2 = 1;
    if (taken_5 === 1) {
        let v_a_9 = 0;
        v_a_9 = result_a_2;
        result_a_2 = 0;
        s_a_2 += x_1 * v_a_9;
        x_a_1 += s_2 * v_a_9;
    }
    if (taken_7 === 1) {
        let v_a_10 = 0;
        if (taken_6 === 1) {
            let v_a_11 = 0;
            v_a_11 = result_a_2;
            result_a_2 = 0;
            s_a_2 += s_2 * v_a_11;
            s_a_2 += s_2 * v_a_11;
        }
        else {
            let v_a_12 = 0;
            v_a_12 = s_a_2;
            s_a_2 = 0;
            s_2 = stored_3[--top_3];
            s_a_2 = v_a_12;
            y_a_2 += v_a_12;
        }
        v_a_10 = s_a_2;
        s_a_2 = 0;
        s_2 = stored_3[--top_3];
        s_a_2 = Math.cos(s_2) * v_a_10;
    }
    v_a_8 = s_a_2;
    s_a_2 = 0;
    s_2 = stored_3[--top_3];
    x_a_1 += y_4 * v_a_8;
    y_a_2 += x_1 * v_a_8;
    return __typegrad.reverseResult(value_3, [x_a_1, y_a_2]);
};
const forward_2 = (t_1, t_t_1) => {
    let v_24 = 0, v_t_11 = 0, s_3 = 0, s_t_1 = 0, v_25 = 0, v_t_12 = 0, v_26 = 0, v_t_13 = 0, result_5 = 0, result_t_3 = 0, jump_6 = 0, v_27 = 0, v_t_14 = 0, v_28 = 0, v_t_15 = 0;
    v_24 = t_1;
    v_t_11 = t_t_1;
    s_3 = v_24;
    s_t_1 = v_t_11;
    if (t_1 > 0) {
        v_25 = Math.sin(s_3);
        v_t_12 = Math.cos(s_3) * s_t_1;
        s_3 = v_25;
        s_t_1 = v_t_12;
        if (1 > 2) {
            v_26 = s_3 * s_3;
            v_t_13 = s_3 * s_t_1 + s_3 * s_t_1;
            result_5 = v_26;
            result_t_3 = v_t_13;
            jump_6 = 3;
        }
        else {
            v_27 = s_3 + 1;
            v_t_14 = s_t_1;
            s_3 = v_27;
            s_t_1 = v_t_14;
        }
    }
    if (jump_6 === 0) {
        v_28 = s_3 * t_1;
        v_t_15 = t_1 * s_t_1 + s_3 * t_t_1;
        result_5 = v_28;
        result_t_3 = v_t_15;
    }
    jump_6 = 0;
    return __typegrad.forwardResult(result_5, result_t_3);
};
const derivative_2 = t_2 => {
    let v_29 = 0, v_t_16 = 0, s_4 = 0, s_t_2 = 0, v_30 = 0, v_t_17 = 0, v_31 = 0, v_t_18 = 0, result_6 = 0, result_t_4 = 0, jump_7 = 0, v_32 = 0, v_t_19 = 0, v_33 = 0, v_t_20 = 0;
    v_29 = t_2;
    v_t_16 = 1;
    s_4 = v_29;
    s_t_2 = v_t_16;
    if (t_2 > 0) {
        v_30 = Math.sin(s_4);
        v_t_17 = Math.cos(s_4) * s_t_2;
        s_4 = v_30;
        s_t_2 = v_t_17;
        if (1 > 2) {
            v_31 = s_4 * s_4;
            v_t_18 = s_4 * s_t_2 + s_4 * s_t_2;
            result_6 = v_31;
            result_t_4 = v_t_18;
            jump_7 = 3;
        }
        else {
            v_32 = s_4 + 1;
            v_t_19 = s_t_2;
            s_4 = v_32;
            s_t_2 = v_t_19;
        }
    }
    if (jump_7 === 0) {
        v_33 = s_4 * t_2;
        v_t_20 = t_2 * s_t_2 + s_4;
        result_6 = v_33;
        result_t_4 = v_t_20;
    }
    jump_7 = 0;
    return __typegrad.derivativeResult(result_6, result_t_4);
};
const gradient_4 = x_2 => {
    const stack_4 = __typegrad.valueStack();
    let stored_4 = stack_4.data, top_4 = 0;
    let s_5 = 0, n_1 = 0, v_34 = 0, v_35 = 0, passes_3 = 0, x_a_2 = 0, s_a_3 = 0;
    if (top_4 === stored_4.length)
        stored_4 = stack_4.grow();
    stored_4[top_4++] = s_5;
    s_5 = x_2;
    n_1 = 0;
    passes_3 = 0;
    do {
        while (top_4 + 2 > stored_4.length)
            stored_4 = stack_4.grow();
        stored_4[top_4++] = v_34;
        v_34 = Math.cos(s_5);
        v_35 = v_34 * x_2;
        stored_4[top_4++] = s_5;
        s_5 = v_35;
        n_1 = n_1 + 1;
        passes_3++;
    } while ((n_1 < 30) && (Math.abs(s_5 - x_2) > 0.01));
    const value_4 = s_5;
    s_a_3 = 1;
    while (passes_3-- > 0) {
        let v_a_13 = 0, v_a_14 = 0;
        v_a_14 = s_a_3;
        s_a_3 = 0;
        s_5 = stored_4[--top_4];
        v_a_13 = x_2 * v_a_14;
        x_a_2 += v_34 * v_a_14;
        s_a_3 = (-Math.sin(s_5)) * v_a_13;
        v_34 = stored_4[--top_4];
    }
    x_a_2 += s_a_3;
    s_a_3 = 0;
    s_5 = stored_4[--top_4];
    return __typegrad.reverseResult(value_4, [x_a_2]);
};
const forward_3 = (x_3, x_t_1) => {
    let s_6 = 0, s_t_3 = 0, n_2 = 0, v_36 = 0, v_t_21 = 0, v_37 = 0, v_t_22 = 0;
    s_6 = x_3;
    s_t_3 = x_t_1;
    n_2 = 0;
    do {
        v_36 = Math.cos(s_6);
        v_t_21 = (-Math.sin(s_6)) * s_t_3;
        v_37 = v_36 * x_3;
        v_t_22 = x_3 * v_t_21 + v_36 * x_t_1;
        s_6 = v_37;
        s_t_3 = v_t_22;
        n_2 = n_2 + 1;
    } while ((n_2 < 30) && (Math.abs(s_6 - x_3) > 0.01));
    return __typegrad.forwardResult(s_6, s_t_3);
};
const derivative_3 = x_4 => {
    let s_7 = 0, s_t_4 = 0, n_3 = 0, v_38 = 0, v_t_23 = 0, v_39 = 0, v_t_24 = 0;
    s_7 = x_4;
    s_t_4 = 1;
    n_3 = 0;
    do {
        v_38 = Math.cos(s_7);
        v_t_23 = (-Math.sin(s_7)) * s_t_4;
        v_39 = v_38 * x_4;
        v_t_24 = x_4 * v_t_23 + v_38;
        s_7 = v_39;
        s_t_4 = v_t_24;
        n_3 = n_3 + 1;
    } while ((n_3 < 30) && (Math.abs(s_7 - x_4) > 0.01));
    return __typegrad.derivativeResult(s_7, s_t_4);
};
export function newtonSqrt(a) {
    let y = a;
    for (let i = 0; i < 50; i++) {
        const f = y * y - a;
        if (Math.abs(f) < 1e-12 * a)
            return y;
        y -= f / (2 * y);
    }
    return y;
}
export function newtonSqrt$ad(a) {
    let y = a;
    for (let i = 0; i < 50; i++) {
        const f = __typegrad.sub(__typegrad.mul(y, y), a);
        if (__typegrad.lt(__typegrad.abs(f), __typegrad.mul(1e-12, a)))
            return y;
        y = __typegrad.sub(y, __typegrad.div(f, (__typegrad.mul(2, y))));
    }
    return y;
}
export function positivePrefix(v, cap) {
    let s = 0;
    for (let i = 0; i < v.length; i++) {
        if (v[i] < 0)
            continue;
        if (s > cap)
            break;
        s += v[i] * v[i];
    }
    return s;
}
export function positivePrefix$ad(v, cap) {
    let s = 0;
    for (let i = 0; i < v.length; i++) {
        if (__typegrad.lt(v[i], 0))
            continue;
        if (__typegrad.gt(s, cap))
            break;
        s = __typegrad.add(s, __typegrad.mul(v[i], v[i]));
    }
    return s;
}
export function joined(x, y) {
    let s = x * y;
    if (x > 0) {
        s = Math.sin(s);
        if (y > 2)
            return s * s;
        s += y;
    }
    return s * x;
}
export function joined$ad(x, y) {
    let s = __typegrad.mul(x, y);
    if (__typegrad.gt(x, 0)) {
        s = __typegrad.sin(s);
        if (__typegrad.gt(y, 2))
            return __typegrad.mul(s, s);
        s = __typegrad.add(s, y);
    }
    return __typegrad.mul(s, x);
}
export function settle(x) {
    let s = x;
    let n = 0;
    do {
        s = Math.cos(s) * x;
        n++;
    } while (n < 30 && Math.abs(s - x) > 0.01);
    return s;
}
export function settle$ad(x) {
    let s = x;
    let n = 0;
    do {
        s = __typegrad.mul(__typegrad.cos(s), x);
        n++;
    } while (n < 30 && __typegrad.gt(__typegrad.abs(__typegrad.sub(s, x)), 0.01));
    return s;
}
export const checks = [
    { f: __typegrad.attach((a) => newtonSqrt(a), (a) => newtonSqrt$ad(a)), at: [2], grad: (a) => grad(__typegrad.withReverse(newtonSqrt$ad, gradient_1, "n"))(a) },
    { f: __typegrad.attach((a) => newtonSqrt(a), (a) => newtonSqrt$ad(a)), at: [2], grad: (a) => derivative(__typegrad.withForward(newtonSqrt$ad, forward_1, derivative_1))(a) },
    { f: __typegrad.attach((v) => positivePrefix([1, v, -2, 1.5, 3], 4), (v) => positivePrefix$ad([1, v, -2, 1.5, 3], 4)), at: [0.7], grad: (v) => grad(__typegrad.withReverse(positivePrefix$ad, gradient_2, "an"))([1, v, -2, 1.5, 3], 4)[0][1] },
    { f: __typegrad.attach((x) => joined(x, 3), (x) => joined$ad(x, 3)), at: [0.4], grad: (x) => grad(__typegrad.withReverse(joined$ad, gradient_3, "nn"))(x, 3)[0] },
    { f: __typegrad.attach((x) => joined(x, 1), (x) => joined$ad(x, 1)), at: [0.4], grad: (x) => derivative(__typegrad.withForward((t) => joined$ad(t, 1), forward_2, derivative_2))(x) },
    { f: __typegrad.attach((x) => settle(x), (x) => settle$ad(x)), at: [0.6], grad: (x) => grad(__typegrad.withReverse(settle$ad, gradient_4, "n"))(x) },
    { f: __typegrad.attach((x) => settle(x), (x) => settle$ad(x)), at: [0.6], grad: (x) => derivative(__typegrad.withForward(settle$ad, forward_3, derivative_3))(x) },
];
