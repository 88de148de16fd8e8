import * as __typegrad from "typegrad";
__typegrad.attach(sumOfSquares, sumOfSquares$ad);
// Plain-number helpers with no typegrad import; differentiable code in twins.ts calls them,
// so each gets a differentiable twin emitted beside it.
export function sumOfSquares(xs, scale = 1) {
    let s = 0;
    for (let i = 0; i < xs.length; i++)
        s += scale * xs[i] * xs[i];
    return s;
}
export function sumOfSquares$ad(xs, scale = 1) {
    let s = 0;
    for (let i = 0; i < xs.length; i++)
        s = __typegrad.add(s, __typegrad.mul(__typegrad.mul(scale, xs[i]), xs[i]));
    return s;
}
export const norm = (xs) => Math.sqrt(sumOfSquares(xs));
export const norm$ad = (xs) => __typegrad.sqrt(sumOfSquares$ad(xs));
__typegrad.attach(norm, norm$ad);
/** Called only with plain numbers: stays as written, no twin. */
export function count(xs) {
    return xs.length * 2;
}
