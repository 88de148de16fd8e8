/**
 * Forward mode by hand: building a Dual and reading its parts. The transforms (`derivative`,
 * `jvp`, `jacfwd`) create their own tags, which keeps nested derivatives apart; every `dual`
 * made by hand from numbers belongs to one user level, the outermost of all, so hand-made duals
 * share one direction: `tangent(dual(2, 1) * dual(3, 1)) === 5`, as with seed 001's Dual class.
 */
import { Active, DualNum, VarNum, describe, type Value } from "./active.js";
import { Tag, USER_LEVEL } from "./level.js";
import type { Dual } from "./types.js";

/**
 * A Dual number with value `value` and tangent `tangent`. Every Dual made from plain numbers
 * carries its tangent along the same one direction (the user level, outside every transform);
 * one made from a transform's values (an active `value`) gets a direction of its own, inside
 * that transform.
 * @example
 * const d = dual(0.5, 1);
 * tangent(square(d)); // 1 (= 2 · 0.5)
 * tangent(mul(dual(2, 1), dual(3, 1))); // 5
 */
export function dual(value: number, tangent = 1): Dual {
  checkScalar(value, "dual's value");
  checkScalar(tangent, "dual's tangent");
  // A dual built from a transform's values (inside `grad`, `derivative`, …) must sit above their
  // levels, so it gets a fresh tag of its own, created after them.
  const level = typeof value === "number" && typeof tangent === "number" ? USER_LEVEL : new Tag("dual()");
  return new DualNum(value, tangent, level) as unknown as Dual;
}

/**
 * The value part of a Dual or Var (one level down); a number is its own primal.
 * @example
 * primal(dual(0.5, 1)); // 0.5
 */
export function primal(x: number): number {
  checkScalar(x, "primal's argument");
  return ((x as unknown) instanceof Active ? (x as unknown as Active).v : x) as number;
}

/**
 * The tangent part of a Dual; a number has tangent 0.
 * @example
 * tangent(dual(0.5, 1)); // 1
 */
export function tangent(x: number): number {
  checkScalar(x, "tangent's argument");
  if ((x as unknown) instanceof VarNum) throw new TypeError("typegrad: tangent() takes a Dual; a Var has no tangent (use Tape.gradient)");
  return ((x as unknown) instanceof DualNum ? (x as unknown as DualNum).d : 0) as number;
}

function checkScalar(x: unknown, what: string): asserts x is Value {
  if (typeof x !== "number" && !(x instanceof Active)) {
    throw new TypeError(`typegrad: ${what} must be a number, Var or Dual; got ${describe(x)}`);
  }
}
