// Functions as values, part 1: an optimisation helper in its own module. It receives the
// objective as a parameter and differentiates it there.
import { derivative, grad, valueAndGrad } from "typegrad";
import * as __typegrad from "typegrad";
__typegrad.attach(gradientStep, gradientStep$ad);
__typegrad.attach(slopeOfSquare, slopeOfSquare$ad);
export function gradientStep(f, x, rate) {
    const g = grad(__typegrad.ad(f))(x);
    return x.map((xi, i) => xi - rate * g[i]);
}
export function gradientStep$ad(f, x, rate) {
    const g = grad(__typegrad.ad(f))(x);
    return x.map((xi, i) => __typegrad.sub(xi, __typegrad.mul(rate, g[i])));
}
export function slope(f, x) {
    return grad(__typegrad.ad(f))(x);
}
export function forwardSlope(f, x) {
    return derivative(__typegrad.ad(f))(x);
}
export function valueAndSlope(f, x) {
    return valueAndGrad(__typegrad.ad(f))(x);
}
/** Differentiable code that calls a function value with an active argument. */
export function slopeOfSquare(f, x) {
    return grad((t) => __typegrad.mul(__typegrad.call(f, t), __typegrad.call(f, t)))(x);
}
export function slopeOfSquare$ad(f, x) {
    return grad((t) => __typegrad.mul(__typegrad.call(f, t), __typegrad.call(f, t)))(x);
}
