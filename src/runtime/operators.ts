/**
 * The entry points the transformer emits for operators that are not primitives of their own:
 * unary plus and the comparisons. Comparisons compare primal values (innermost numbers), so
 * control flow follows the primal computation, as in every tracing AD system. While `trace`
 * runs, each comparison is also reported to it (a guard of the traced graph).
 */
import { Active, describe, numberOf } from "./active.js";
import { guardHook, type Decision } from "./guards.js";

/** Unary `+x`: an active value is returned as it is; anything else is converted like `+x`. @example pos(dual(2, 1)) // the same Dual */
export function pos(x: number): number {
  if ((x as unknown) instanceof Active) return x;
  if (typeof x !== "number") throw new TypeError(`typegrad: unary + on ${describe(x)} is not differentiable`);
  return x;
}

const primalOf = (x: unknown): unknown => (x instanceof Active ? numberOf(x) : x);

/**
 * A condition's truth: for an active value, whether its primal number is truthy (not 0, not NaN);
 * anything else is returned as it is (an optional field, an object), for JavaScript to test.
 * The transformer emits it for `if (x)`, `x ? … : …`, loops' tests, `!x`, `x && y` and `x || y`;
 * while `trace` runs, a test of an active value is a guard of the traced graph.
 * @example truthOf(dual(0, 1)) // false
 */
export function truthOf(x: unknown): unknown {
  if (!(x instanceof Active)) return x;
  const p = numberOf(x);
  return seen("truth", x, 0, p !== 0 && p === p);
}

/**
 * The discriminant of `switch (x)` on an active value: its primal number, which the cases then
 * match with `===`. While `trace` runs, each case tried is a guard (`x === case`, up to the one
 * that matches); when the transformer could not list the cases (they are not literals) the
 * exact value is the guard. The transformer emits it.
 * @example switchOn(dual(2, 1), [1, 2]) // 2
 */
export function switchOn(x: unknown, cases?: readonly unknown[]): unknown {
  const p = primalOf(x);
  if (guardHook.fn === null || !(x instanceof Active)) return p;
  if (cases === undefined) guardHook.fn("case", x, p, true);
  else for (const c of cases) if (seen("eq", x, c, p === c)) break;
  return p;
}
const seen = (decision: Decision, a: unknown, b: unknown, outcome: boolean): boolean => {
  if (guardHook.fn !== null) guardHook.fn(decision, a, b, outcome);
  return outcome;
};

/** `a < b` on primal values. @example lt(dual(1, 1), 2) // true */
export function lt(a: number, b: number): boolean {
  return seen("lt", a, b, (primalOf(a) as number) < (primalOf(b) as number));
}
/** `a <= b` on primal values. @example le(1, 1) // true */
export function le(a: number, b: number): boolean {
  return seen("le", a, b, (primalOf(a) as number) <= (primalOf(b) as number));
}
/** `a > b` on primal values. @example gt(2, dual(1, 1)) // true */
export function gt(a: number, b: number): boolean {
  return seen("gt", a, b, (primalOf(a) as number) > (primalOf(b) as number));
}
/** `a >= b` on primal values. @example ge(1, 1) // true */
export function ge(a: number, b: number): boolean {
  return seen("ge", a, b, (primalOf(a) as number) >= (primalOf(b) as number));
}
/** `a === b` (and `==` between numbers) on primal values. @example eq(dual(1, 5), 1) // true */
export function eq(a: unknown, b: unknown): boolean {
  return seen("eq", a, b, primalOf(a) === primalOf(b));
}
/** `a !== b` on primal values. @example ne(dual(1, 5), 2) // true */
export function ne(a: unknown, b: unknown): boolean {
  return seen("ne", a, b, primalOf(a) !== primalOf(b));
}

/** `typeof x`, with "number" for a Var or Dual (the transformer emits it). @example typeOf(dual(1, 1)) // "number" */
export function typeOf(x: unknown): string {
  return x instanceof Active ? "number" : typeof x;
}
