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
const gradient_2 = (x_3, y_1) => {
    let c_1 = 0, v_3 = 0, z_1 = 0, result_1 = 0, v_4 = 0, taken_1 = 0, taken_2 = 0, x_a_2 = 0, y_a_1 = 0, c_a_1 = 0, result_a_1 = 0;
    taken_2 = (x_3 * y_1) > 1 ? 1 : 0;
    if (taken_2 === 1) {
        c_1 = 1;
    }
    else {
        v_3 = x_3 * y_1;
        c_1 = v_3;
    }
    z_1 = c_1;
    taken_1 = (x_3 > 0) && (y_1 > 0) ? 1 : 0;
    if (taken_1 === 1) {
        v_4 = z_1 * x_3;
        result_1 = v_4;
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
        z_a_1 += x_3 * v_a_2;
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
        y_a_1 += x_3 * v_a_3;
    }
    return __typegrad.reverseResult(value_2, [x_a_2, y_a_1]);
};
const gradient_3 = x_4 => {
    const stack_1 = __typegrad.valueStack();
    let stored_1 = stack_1.data, top_1 = 0;
    let s_1 = 0, v_5 = 0, passes_1 = 0, x_a_3 = 0, s_a_1 = 0;
    s_1 = 0;
    passes_1 = 0;
    while (s_1 < 3) {
        v_5 = s_1 + x_4;
        s_1 = v_5;
        passes_1++;
    }
    if (top_1 === stored_1.length)
        stored_1 = stack_1.grow();
    stored_1[top_1++] = passes_1;
    const value_3 = s_1;
    s_a_1 = 1;
    passes_1 = stored_1[--top_1];
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
const gradient_4 = x_5 => {
    let v_6 = 0, v_7 = 0, x_a_4 = 0;
    v_6 = x_5 * x_5;
    v_7 = v_6 + 1;
    const value_4 = v_7;
    let v_a_5 = 0, v_a_6 = 0;
    v_a_6 = 1;
    v_a_5 = v_a_6;
    x_a_4 += x_5 * v_a_5;
    x_a_4 += x_5 * v_a_5;
    return __typegrad.reverseResult(value_4, [x_a_4]);
};
const gradient_5 = v_8 => {
    const v_g_1 = new Array(v_8.length).fill(0);
    let s_2 = 0, v_9 = 0, s_a_2 = 0;
    s_2 = 0;
    s_a_2 = 1;
    for (let i_1 = 0; i_1 < v_8.length; i_1++) {
        v_9 = s_2 + v_8[i_1];
        s_2 = v_9;
        let v_a_7 = 0;
        v_a_7 = s_a_2;
        s_a_2 = 0;
        s_a_2 = v_a_7;
        v_g_1[i_1] += v_a_7;
    }
    const value_5 = s_2;
    s_a_2 = 0;
    return __typegrad.reverseResult(value_5, [v_g_1]);
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
export const g1 = grad(__typegrad.withReverse(square$ad, gradient_1, "n"));
export const d1 = derivative(__typegrad.withForward(square$ad, forward_1));
export const g2 = valueAndGrad(__typegrad.withReverse(clamped$ad, gradient_2, "nn"));
export const g3 = grad(__typegrad.withReverse(untilThree$ad, gradient_3, "n"));
export const g4 = grad(__typegrad.withReverse(viaHelper$ad, gradient_4, "n"));
export const g5 = grad(firstBig$ad);
export const g6 = grad(__typegrad.withReverse(sumOf$ad, gradient_5, "a"));
export const g7 = grad(power$ad);
export const g8 = grad(smoothed$ad);
