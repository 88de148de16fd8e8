// Arithmetic, unary operators, comparisons and Math functions in a function handed to grad.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
const f = (x, y) => {
    const z = Math.sin(x) * (x + y) - y / 2 + (x % 3) ** 2;
    return x < y ? -z : +z * Math.exp(-x);
};
const f$ad = (x, y) => {
    const z = __typegrad.add(__typegrad.sub(__typegrad.mul(__typegrad.sin(x), (__typegrad.add(x, y))), __typegrad.div(y, 2)), __typegrad.pow((__typegrad.mod(x, 3)), 2));
    return __typegrad.lt(x, y) ? __typegrad.neg(z) : __typegrad.mul(__typegrad.pos(z), __typegrad.mathExp(__typegrad.neg(x)));
};
__typegrad.attach(f, f$ad);
export const checks = [
    { f, at: [0.6, 1.4], grad: grad(f$ad) },
    { f, at: [2.5, 1.0], grad: grad(f$ad) },
];
