/**
 * The entry points the transformer emits for operators that are not primitives of their own:
 * unary plus and the comparisons. Comparisons compare primal values (innermost numbers), so
 * control flow follows the primal computation, as in every tracing AD system. While `trace`
 * runs, each comparison is also reported to it (a guard of the traced graph).
 */
import { Active, describe, numberOf } from "./active.js";
import { guardHook } from "./guards.js";
/** Unary `+x`: an active value is returned as it is; anything else is converted like `+x`. @example pos(dual(2, 1)) // the same Dual */
export function pos(x) {
    if (x instanceof Active)
        return x;
    if (typeof x !== "number")
        throw new TypeError(`typegrad: unary + on ${describe(x)} is not differentiable`);
    return x;
}
const primalOf = (x) => (x instanceof Active ? numberOf(x) : x);
/**
 * A condition's value: the primal number of an active value, anything else as it is (an
 * optional field, an object). The transformer emits it for tests not typed `number`.
 * @example truthOf(dual(0, 1)) // 0
 */
export function truthOf(x) {
    return primalOf(x);
}
const seen = (decision, a, b, outcome) => {
    if (guardHook.fn !== null)
        guardHook.fn(decision, a, b, outcome);
    return outcome;
};
/** `a < b` on primal values. @example lt(dual(1, 1), 2) // true */
export function lt(a, b) {
    return seen("lt", a, b, primalOf(a) < primalOf(b));
}
/** `a <= b` on primal values. @example le(1, 1) // true */
export function le(a, b) {
    return seen("le", a, b, primalOf(a) <= primalOf(b));
}
/** `a > b` on primal values. @example gt(2, dual(1, 1)) // true */
export function gt(a, b) {
    return seen("gt", a, b, primalOf(a) > primalOf(b));
}
/** `a >= b` on primal values. @example ge(1, 1) // true */
export function ge(a, b) {
    return seen("ge", a, b, primalOf(a) >= primalOf(b));
}
/** `a === b` (and `==` between numbers) on primal values. @example eq(dual(1, 5), 1) // true */
export function eq(a, b) {
    return seen("eq", a, b, primalOf(a) === primalOf(b));
}
/** `a !== b` on primal values. @example ne(dual(1, 5), 2) // true */
export function ne(a, b) {
    return seen("ne", a, b, primalOf(a) !== primalOf(b));
}
/** `typeof x`, with "number" for a Var or Dual (the transformer emits it). @example typeOf(dual(1, 1)) // "number" */
export function typeOf(x) {
    return x instanceof Active ? "number" : typeof x;
}
