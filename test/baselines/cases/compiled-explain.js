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
const gradient_1 = x_1 => {
    let v_1 = 0, x_a_1 = 0;
    v_1 = x_1 * x_1;
    const value_1 = v_1;
    let v_a_1 = 0;
    v_a_1 += 1;
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
export const g1 = grad(__typegrad.withReverse(square$ad, gradient_1, "n"));
export const d1 = derivative(__typegrad.withForward(square$ad, forward_1));
export const g2 = valueAndGrad(clamped$ad);
export const g3 = grad(untilThree$ad);
export const g4 = grad(viaHelper$ad);
export const g5 = grad(firstBig$ad);
export const g6 = grad(sumOf$ad);
