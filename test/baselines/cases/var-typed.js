// Code typed Var (reverse mode) and Dual (forward mode) is differentiable where it stands.
import { dual, tangent, Tape } from "typegrad";
import * as __typegrad from "typegrad";
function logistic(w, x) {
    return __typegrad.logistic((__typegrad.mul(w, x)));
}
const tape = new Tape();
const w = tape.variable(0.5);
const y = __typegrad.mul(logistic(w, 2), 3);
export const gradient = tape.gradient(y, w);
const d = dual(0.5, 1);
const e = __typegrad.add(__typegrad.mul(d, d), __typegrad.sin(d));
export const slope = tangent(e);
const reverse = (v) => 3 / (1 + Math.exp(-(v * 2)));
const reverse$ad = (v) => __typegrad.div(3, (__typegrad.add(1, __typegrad.mathExp(__typegrad.neg((__typegrad.mul(v, 2)))))));
__typegrad.attach(reverse, reverse$ad);
export const checks = [
    { f: reverse, at: [0.5], grad: () => gradient },
    { f: __typegrad.attach((v) => v * v + Math.sin(v), (v) => __typegrad.add(__typegrad.mul(v, v), __typegrad.sin(v))), at: [0.5], grad: () => slope },
];
