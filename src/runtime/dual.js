/**
 * Forward mode by hand: building a Dual and reading its parts. The transforms (`derivative`,
 * `jvp`, `jacfwd`) create their own tags; `dual` creates a fresh tag per call, so duals made
 * by hand never mix their tangents up with each other.
 */
import { Active, DualNum, VarNum, describe } from "./active.js";
import { Tag } from "./level.js";
/**
 * A Dual number with value `value` and tangent `tangent`.
 * @example
 * const d = dual(0.5, 1);
 * tangent(square(d)); // 1 (= 2 · 0.5)
 */
export function dual(value, tangent = 1) {
    checkScalar(value, "dual's value");
    checkScalar(tangent, "dual's tangent");
    return new DualNum(value, tangent, new Tag("dual()"));
}
/**
 * The value part of a Dual or Var (one level down); a number is its own primal.
 * @example
 * primal(dual(0.5, 1)); // 0.5
 */
export function primal(x) {
    checkScalar(x, "primal's argument");
    return (x instanceof Active ? x.v : x);
}
/**
 * The tangent part of a Dual; a number has tangent 0.
 * @example
 * tangent(dual(0.5, 1)); // 1
 */
export function tangent(x) {
    checkScalar(x, "tangent's argument");
    if (x instanceof VarNum)
        throw new TypeError("typegrad: tangent() takes a Dual; a Var has no tangent (use Tape.gradient)");
    return (x instanceof DualNum ? x.d : 0);
}
function checkScalar(x, what) {
    if (typeof x !== "number" && !(x instanceof Active)) {
        throw new TypeError(`typegrad: ${what} must be a number, Var or Dual; got ${describe(x)}`);
    }
}
