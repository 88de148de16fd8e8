// @explain: true
// The `explain` option: each transform call site says whether it runs compiled code or the
// tape, and which construct keeps it on the tape.
import { derivative, grad, valueAndGrad } from "typegrad";
import * as __typegrad from "typegrad";
__typegrad.attach(clamped, clamped$ad);
__typegrad.attach(untilThree, untilThree$ad);
__typegrad.attach(viaHelper, viaHelper$ad);
__typegrad.attach(firstBig, firstBig$ad);
__typegrad.attach(sumOf, sumOf$ad);
__typegrad.attach(power, power$ad);
__typegrad.attach(smoothed, smoothed$ad);
__typegrad.attach(earlyExit, earlyExit$ad);
__typegrad.attach(viaMethods, viaMethods$ad);
__typegrad.attach(labelled, labelled$ad);
__typegrad.attach(sorted, sorted$ad);
const gradient_1 = x_1 => {
    let v_1 = 0, x_a_1 = 0;
    v_1 = x_1 * x_1;
    const value_1 = v_1;
    let v_a_1 = 0;
    v_a_1 = 1;
    x_a_1 += x_1 * v_a_1;
    x_a_1 += x_1 * v_a_1;
    return __typegrad.reverseResult(value_1, [x_a_1]);
};
const forward_1 = (x_2, x_t_1) => {
    let v_2 = 0, v_t_1 = 0;
    v_2 = x_2 * x_2;
    v_t_1 = x_2 * x_t_1 + x_2 * x_t_1;
    return __typegrad.forwardResult(v_2, v_t_1);
};
const derivative_1 = x_3 => {
    let v_3 = 0, v_t_2 = 0;
    v_3 = x_3 * x_3;
    v_t_2 = x_3 + x_3;
    return __typegrad.derivativeResult(v_3, v_t_2);
};
const gradient_2 = (x_4, y_1) => {
    let c_1 = 0, v_4 = 0, z_1 = 0, v_5 = 0, result_1 = 0, taken_1 = 0, taken_2 = 0, x_a_2 = 0, y_a_1 = 0, c_a_1 = 0, result_a_1 = 0;
    taken_2 = (x_4 * y_1) > 1 ? 1 : 0;
    if (taken_2 === 1) {
        c_1 = 1;
    }
    else {
        v_4 = x_4 * y_1;
        c_1 = v_4;
    }
    z_1 = c_1;
    taken_1 = (x_4 > 0) && (y_1 > 0) ? 1 : 0;
    if (taken_1 === 1) {
        v_5 = z_1 * x_4;
        result_1 = v_5;
    }
    else {
        result_1 = z_1;
    }
    const value_2 = result_1;
    let z_a_1 = 0;
    result_a_1 = 1;
    if (taken_1 === 1) {
        let v_a_2 = 0;
        v_a_2 = result_a_1;
        result_a_1 = 0;
        z_a_1 += x_4 * v_a_2;
        x_a_2 += z_1 * v_a_2;
    }
    else {
        z_a_1 += result_a_1;
        result_a_1 = 0;
    }
    c_a_1 = z_a_1;
    if (taken_2 === 1) {
        c_a_1 = 0;
    }
    else {
        let v_a_3 = 0;
        v_a_3 = c_a_1;
        c_a_1 = 0;
        x_a_2 += y_1 * v_a_3;
        y_a_1 += x_4 * v_a_3;
    }
    return __typegrad.reverseResult(value_2, [x_a_2, y_a_1]);
};
const gradient_3 = x_5 => {
    let s_1 = 0, v_6 = 0, passes_1 = 0, x_a_3 = 0, s_a_1 = 0;
    s_1 = 0;
    passes_1 = 0;
    while (s_1 < 3) {
        v_6 = s_1 + x_5;
        s_1 = v_6;
        passes_1++;
    }
    const value_3 = s_1;
    s_a_1 = 1;
    while (passes_1-- > 0) {
        let v_a_4 = 0;
        v_a_4 = s_a_1;
        s_a_1 = 0;
        s_a_1 = v_a_4;
        x_a_3 += v_a_4;
    }
    s_a_1 = 0;
    return __typegrad.reverseResult(value_3, [x_a_3]);
};
const gradient_4 = x_6 => {
    let v_7 = 0, v_8 = 0, x_a_4 = 0;
    v_7 = x_6 * x_6;
    v_8 = v_7 + 1;
    const value_4 = v_8;
    let v_a_5 = 0, v_a_6 = 0;
    v_a_6 = 1;
    v_a_5 = v_a_6;
    x_a_4 += x_6 * v_a_5;
    x_a_4 += x_6 * v_a_5;
    return __typegrad.reverseResult(value_4, [x_a_4]);
};
const gradient_5 = v_9 => {
    const stack_1 = __typegrad.valueStack();
    let stored_1 = stack_1.data, top_1 = 0;
    const v_g_1 = new Array(v_9.length).fill(0);
    let s_2 = 0, jump_1 = 0, v_10 = 0, taken_3 = 0, passes_2 = 0, s_a_2 = 0;
    s_2 = 0;
    passes_2 = 0;
    for (let i_1 = 0; (i_1 < v_9.length) && (jump_1 < 2); i_1++) {
        if (top_1 === stored_1.length)
            stored_1 = stack_1.grow();
        stored_1[top_1++] = taken_3;
        taken_3 = v_9[i_1] > 2 ? 1 : 0;
        if (taken_3 === 1) {
            jump_1 = 2;
        }
        else {
            v_10 = s_2 + v_9[i_1];
            s_2 = v_10;
        }
        passes_2++;
    }
    jump_1 = 0;
    const value_5 = s_2;
    s_a_2 = 1;
    for (let k_1 = passes_2 - 1; k_1 >= 0; k_1--) {
        const i_1 = k_1;
        if (taken_3 === 0) {
            let v_a_7 = 0;
            v_a_7 = s_a_2;
            s_a_2 = 0;
            s_a_2 = v_a_7;
            v_g_1[i_1] += v_a_7;
        }
        taken_3 = stored_1[--top_1];
    }
    s_a_2 = 0;
    return __typegrad.reverseResult(value_5, [v_g_1]);
};
const gradient_6 = v_11 => {
    const v_g_2 = new Array(v_11.length).fill(0);
    let s_3 = 0, v_12 = 0, s_a_3 = 0;
    s_3 = 0;
    s_a_3 = 1;
    for (let i_2 = 0; i_2 < v_11.length; i_2++) {
        v_12 = s_3 + v_11[i_2];
        s_3 = v_12;
        let v_a_8 = 0;
        v_a_8 = s_a_3;
        s_a_3 = 0;
        s_a_3 = v_a_8;
        v_g_2[i_2] += v_a_8;
    }
    const value_6 = s_3;
    s_a_3 = 0;
    return __typegrad.reverseResult(value_6, [v_g_2]);
};
const gradient_7 = v_13 => {
    const v_g_3 = new Array(v_13.length).fill(0);
    let v_14 = 0, v_15 = 0, y_2, y_a_2;
    y_2 = new Array(v_13.length);
    y_a_2 = new Array(v_13.length).fill(0);
    for (let i_3 = 0; i_3 < v_13.length; i_3++) {
        v_14 = v_13[i_3] * v_13[i_3];
        y_2[i_3] = v_14;
    }
    v_15 = y_2[0] + y_2[1];
    const value_7 = v_15;
    let v_a_9 = 0;
    v_a_9 = 1;
    y_a_2[0] += v_a_9;
    y_a_2[1] += v_a_9;
    for (let k_2 = (Math.max(0, Math.ceil(v_13.length)) | 0) - 1; k_2 >= 0; k_2--) {
        const i_3 = k_2;
        let v_a_10 = 0;
        v_a_10 = y_a_2[i_3];
        y_a_2[i_3] = 0;
        v_g_3[i_3] += v_13[i_3] * v_a_10;
        v_g_3[i_3] += v_13[i_3] * v_a_10;
    }
    return __typegrad.reverseResult(value_7, [v_g_3]);
};
const gradient_8 = v_16 => {
    const stack_2 = __typegrad.valueStack();
    let stored_2 = stack_2.data, top_2 = 0;
    const v_g_4 = new Array(v_16.length).fill(0);
    let s_4 = 0, result_2 = 0, jump_2 = 0, v_17 = 0, v_18 = 0, taken_4 = 0, taken_5 = 0, taken_6 = 0, passes_3 = 0, s_a_4 = 0, result_a_2 = 0;
    if (top_2 === stored_2.length)
        stored_2 = stack_2.grow();
    stored_2[top_2++] = s_4;
    s_4 = 0;
    passes_3 = 0;
    for (let i_4 = 0; (i_4 < v_16.length) && (jump_2 < 2); i_4++) {
        if (top_2 === stored_2.length)
            stored_2 = stack_2.grow();
        stored_2[top_2++] = taken_6;
        taken_6 = v_16[i_4] < 0 ? 1 : 0;
        if (!(taken_6 === 1)) {
            if (top_2 === stored_2.length)
                stored_2 = stack_2.grow();
            stored_2[top_2++] = taken_5;
            taken_5 = v_16[i_4] > 10 ? 1 : 0;
            if (taken_5 === 1) {
                result_2 = s_4;
                jump_2 = 3;
            }
            else {
                while (top_2 + 2 > stored_2.length)
                    stored_2 = stack_2.grow();
                stored_2[top_2++] = v_17;
                v_17 = Math.hypot(v_16[i_4], s_4, 1);
                v_18 = s_4 + v_17;
                stored_2[top_2++] = s_4;
                s_4 = v_18;
            }
        }
        passes_3++;
    }
    taken_4 = jump_2 === 0 ? 1 : 0;
    if (taken_4 === 1) {
        result_2 = s_4;
    }
    const value_8 = result_2;
    result_a_2 = 1;
    if (taken_4 === 1) {
        s_a_4 += result_a_2;
        result_a_2 = 0;
    }
    for (let k_3 = passes_3 - 1; k_3 >= 0; k_3--) {
        const i_4 = k_3;
        if (taken_6 === 0) {
            if (taken_5 === 1) {
                s_a_4 += result_a_2;
                result_a_2 = 0;
            }
            else {
                let v_a_11 = 0, v_a_12 = 0;
                v_a_12 = s_a_4;
                s_a_4 = 0;
                s_4 = stored_2[--top_2];
                s_a_4 = v_a_12;
                v_a_11 = v_a_12;
                v_g_4[i_4] += ((v_17 === 0) ? 0 : (v_16[i_4] / v_17)) * v_a_11;
                s_a_4 += ((v_17 === 0) ? 0 : (s_4 / v_17)) * v_a_11;
                v_17 = stored_2[--top_2];
            }
            taken_5 = stored_2[--top_2];
        }
        taken_6 = stored_2[--top_2];
    }
    s_a_4 = 0;
    s_4 = stored_2[--top_2];
    return __typegrad.reverseResult(value_8, [v_g_4]);
};
const gradient_9 = v_19 => {
    const stack_3 = __typegrad.valueStack();
    let stored_3 = stack_3.data, top_3 = 0;
    const v_g_5 = new Array(v_19.length).fill(0);
    let v_20 = 0, acc_1 = 0, element_1 = 0, v_21 = 0, acc_a_1 = 0, mapped_1, mapped_a_1;
    mapped_1 = new Array(v_19.length);
    mapped_a_1 = new Array(v_19.length).fill(0);
    for (let i_5 = 0; i_5 < v_19.length; i_5++) {
        v_20 = v_19[i_5] * v_19[i_5];
        mapped_1[i_5] = v_20;
    }
    if (top_3 === stored_3.length)
        stored_3 = stack_3.grow();
    stored_3[top_3++] = acc_1;
    acc_1 = 0;
    for (let i_6 = 0; i_6 < mapped_1.length; i_6++) {
        while (top_3 + 3 > stored_3.length)
            stored_3 = stack_3.grow();
        stored_3[top_3++] = element_1;
        element_1 = mapped_1[i_6];
        stored_3[top_3++] = v_21;
        v_21 = Math.max(acc_1, element_1, 1);
        stored_3[top_3++] = acc_1;
        acc_1 = v_21;
    }
    const value_9 = acc_1;
    acc_a_1 = 1;
    for (let k_4 = (Math.max(0, Math.ceil(mapped_1.length)) | 0) - 1; k_4 >= 0; k_4--) {
        const i_6 = k_4;
        let element_a_1 = 0, v_a_13 = 0;
        v_a_13 = acc_a_1;
        acc_a_1 = 0;
        acc_1 = stored_3[--top_3];
        acc_a_1 = (((((acc_1 === v_21) + (element_1 === v_21)) + (1 === v_21)) === 0) ? NaN : ((acc_1 === v_21) ? (1 / (((acc_1 === v_21) + (element_1 === v_21)) + (1 === v_21))) : 0)) * v_a_13;
        element_a_1 = (((((acc_1 === v_21) + (element_1 === v_21)) + (1 === v_21)) === 0) ? NaN : ((element_1 === v_21) ? (1 / (((acc_1 === v_21) + (element_1 === v_21)) + (1 === v_21))) : 0)) * v_a_13;
        v_21 = stored_3[--top_3];
        mapped_a_1[i_6] += element_a_1;
        element_1 = stored_3[--top_3];
    }
    acc_a_1 = 0;
    acc_1 = stored_3[--top_3];
    for (let k_5 = (Math.max(0, Math.ceil(v_19.length)) | 0) - 1; k_5 >= 0; k_5--) {
        const i_5 = k_5;
        let v_a_14 = 0;
        v_a_14 = mapped_a_1[i_5];
        mapped_a_1[i_5] = 0;
        v_g_5[i_5] += v_19[i_5] * v_a_14;
        v_g_5[i_5] += v_19[i_5] * v_a_14;
    }
    return __typegrad.reverseResult(value_9, [v_g_5]);
};
const gradient_10 = v_22 => {
    const stack_4 = __typegrad.valueStack();
    let stored_4 = stack_4.data, top_4 = 0;
    const v_g_6 = new Array(v_22.length).fill(0);
    let s_5 = 0, jump_3 = 0, v_23 = 0, v_24 = 0, taken_7 = 0, passes_4 = 0, passes_5 = 0, s_a_5 = 0;
    s_5 = 0;
    passes_5 = 0;
    for (let i_7 = 0; (i_7 < v_22.length) && (jump_3 < 2); i_7++) {
        passes_4 = 0;
        for (let j_1 = 0; (j_1 < v_22.length) && (jump_3 < 2); j_1++) {
            if (top_4 === stored_4.length)
                stored_4 = stack_4.grow();
            stored_4[top_4++] = taken_7;
            taken_7 = (v_22[i_7] * v_22[j_1]) > 4 ? 1 : 0;
            if (taken_7 === 1) {
                jump_3 = 4;
            }
            else {
                v_23 = v_22[i_7] * v_22[j_1];
                v_24 = s_5 + v_23;
                s_5 = v_24;
            }
            passes_4++;
        }
        if (top_4 === stored_4.length)
            stored_4 = stack_4.grow();
        stored_4[top_4++] = passes_4;
        passes_5++;
    }
    jump_3 = 0;
    const value_10 = s_5;
    s_a_5 = 1;
    for (let k_6 = passes_5 - 1; k_6 >= 0; k_6--) {
        const i_7 = k_6;
        passes_4 = stored_4[--top_4];
        for (let k_7 = passes_4 - 1; k_7 >= 0; k_7--) {
            const j_1 = k_7;
            if (taken_7 === 0) {
                let v_a_15 = 0, v_a_16 = 0;
                v_a_16 = s_a_5;
                s_a_5 = 0;
                s_a_5 = v_a_16;
                v_a_15 = v_a_16;
                v_g_6[i_7] += v_22[j_1] * v_a_15;
                v_g_6[j_1] += v_22[i_7] * v_a_15;
            }
            taken_7 = stored_4[--top_4];
        }
    }
    s_a_5 = 0;
    return __typegrad.reverseResult(value_10, [v_g_6]);
};
const square = (x) => x * x;
const square$ad = (x) => __typegrad.mul(x, x);
__typegrad.attach(square, square$ad);
function clamped(x, y) {
    const z = x * y > 1 ? 1 : x * y;
    if (x > 0 && y > 0)
        return z * x;
    return z;
}
function clamped$ad(x, y) {
    const z = __typegrad.gt(__typegrad.mul(x, y), 1) ? 1 : __typegrad.mul(x, y);
    if (__typegrad.gt(x, 0) && __typegrad.gt(y, 0))
        return __typegrad.mul(z, x);
    return z;
}
function untilThree(x) {
    let s = 0;
    while (s < 3)
        s += x;
    return s;
}
function untilThree$ad(x) {
    let s = 0;
    while (__typegrad.lt(s, 3))
        s = __typegrad.add(s, x);
    return s;
}
function viaHelper(x) {
    return square(x) + 1;
}
function viaHelper$ad(x) {
    return __typegrad.add(square$ad(x), 1);
}
function firstBig(v) {
    let s = 0;
    for (let i = 0; i < v.length; i++) {
        if (v[i] > 2)
            break;
        s += v[i];
    }
    return s;
}
function firstBig$ad(v) {
    let s = 0;
    for (let i = 0; i < v.length; i++) {
        if (__typegrad.gt(v[i], 2))
            break;
        s = __typegrad.add(s, v[i]);
    }
    return s;
}
function sumOf(v) {
    let s = 0;
    for (const x of v)
        s += x;
    return s;
}
function sumOf$ad(v) {
    let s = 0;
    for (const x of v)
        s = __typegrad.add(s, x);
    return s;
}
function power(x, n) {
    return n <= 0 ? 1 : x * power(x, n - 1);
}
function power$ad(x, n) {
    return __typegrad.le(n, 0) ? 1 : __typegrad.mul(x, power$ad(x, __typegrad.sub(n, 1)));
}
function smoothed(v) {
    const y = new Array(v.length);
    for (let i = 0; i < v.length; i++)
        y[i] = v[i] * v[i];
    return y[0] + y[1];
}
function smoothed$ad(v) {
    const y = new Array(v.length);
    for (let i = 0; i < v.length; i++)
        y[i] = __typegrad.mul(v[i], v[i]);
    return __typegrad.add(y[0], y[1]);
}
function earlyExit(v) {
    let s = 0;
    for (const x of v) {
        if (x < 0)
            continue;
        if (x > 10)
            return s;
        s += Math.hypot(x, s, 1);
    }
    return s;
}
function earlyExit$ad(v) {
    let s = 0;
    for (const x of v) {
        if (__typegrad.lt(x, 0))
            continue;
        if (__typegrad.gt(x, 10))
            return s;
        s = __typegrad.add(s, __typegrad.hypot(x, s, 1));
    }
    return s;
}
function viaMethods(v) {
    return v.map((x) => x * x).reduce((a, b) => Math.max(a, b, 1), 0);
}
function viaMethods$ad(v) {
    return v.map((x) => __typegrad.mul(x, x)).reduce((a, b) => __typegrad.max(a, b, 1), 0);
}
function labelled(v) {
    let s = 0;
    outer: for (let i = 0; i < v.length; i++) {
        for (let j = 0; j < v.length; j++) {
            if (v[i] * v[j] > 4)
                break outer;
            s += v[i] * v[j];
        }
    }
    return s;
}
function labelled$ad(v) {
    let s = 0;
    outer: for (let i = 0; i < v.length; i++) {
        for (let j = 0; j < v.length; j++) {
            if (__typegrad.gt(__typegrad.mul(v[i], v[j]), 4))
                break outer;
            s = __typegrad.add(s, __typegrad.mul(v[i], v[j]));
        }
    }
    return s;
}
function sorted(v) {
    const w = v.slice();
    return w[0] * 2;
}
function sorted$ad(v) {
    const w = v.slice();
    return __typegrad.mul(w[0], 2);
}
export const g1 = grad(__typegrad.withReverse(square$ad, gradient_1, "n"));
export const d1 = derivative(__typegrad.withForward(square$ad, forward_1, derivative_1));
export const g2 = valueAndGrad(__typegrad.withReverse(clamped$ad, gradient_2, "nn"));
export const g3 = grad(__typegrad.withReverse(untilThree$ad, gradient_3, "n"));
export const g4 = grad(__typegrad.withReverse(viaHelper$ad, gradient_4, "n"));
export const g5 = grad(__typegrad.withReverse(firstBig$ad, gradient_5, "a"));
export const g6 = grad(__typegrad.withReverse(sumOf$ad, gradient_6, "a"));
export const g7 = grad(power$ad);
export const g8 = grad(__typegrad.withReverse(smoothed$ad, gradient_7, "a"));
export const g9 = grad(__typegrad.withReverse(earlyExit$ad, gradient_8, "a"));
export const g10 = grad(__typegrad.withReverse(viaMethods$ad, gradient_9, "a"));
export const g11 = grad(__typegrad.withReverse(labelled$ad, gradient_10, "a"));
export const g12 = grad(sorted$ad);
