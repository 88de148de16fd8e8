// defineFunction's forward and backward, and pipe over named program functions.
import { defineFunction, derivative, grad, pipe } from "typegrad";
import * as __typegrad from "typegrad";
__typegrad.attach(cubeForward, cubeForward$ad);
function cubeForward(x) {
    return x * x * x;
}
function cubeForward$ad(x) {
    return __typegrad.mul(__typegrad.mul(x, x), x);
}
const cube = defineFunction({
    name: "cube",
    forward: cubeForward$ad,
    backward: (x, _y, dy) => [__typegrad.mul(__typegrad.mul(__typegrad.mul(3, x[0]), x[0]), dy)],
});
const twice = (x) => 2 * x;
const twice$ad = (x) => __typegrad.mul(2, x);
__typegrad.attach(twice, twice$ad);
const composed = pipe(twice$ad, cubeForward$ad);
export const checks = [
    { f: __typegrad.attach((x) => x * x * x, (x) => __typegrad.mul(__typegrad.mul(x, x), x)), at: [1.5], grad: derivative((x) => cube(x)) },
    { f: __typegrad.attach((x) => 8 * x * x * x, (x) => __typegrad.mul(__typegrad.mul(__typegrad.mul(8, x), x), x)), at: [0.7], grad: grad(__typegrad.ad(composed)) },
];
