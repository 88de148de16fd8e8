/**
 * JavaScript's own semantics for values that sit beside active ones without being numbers:
 * operands typed `any` or `unknown` (a string, a boolean, an object at run time), results of
 * comparators, `Number(x)`. The transformer emits these where the checker cannot promise a
 * number; each matches plain JavaScript bit for bit when no `Var`/`Dual` is involved, and
 * differentiates like typegrad's operator when one is.
 *
 * The transformer emits these calls; they are not meant to be called by hand.
 */
import { Active, numberOf } from "./active.js";
import { add, div, mod, mul, neg, pow, sub } from "./rules.js";

/** An active value's primal number; anything else as it is. @example plainOf(dual(2, 1)) // 2; plainOf("w") // "w" */
export function plainOf(x: unknown): unknown {
  return x instanceof Active ? numberOf(x) : x;
}

/**
 * The elements of an array holding active values, as numbers: the receiver of a search
 * (`xs.includes(x)`, `xs.indexOf(x)`), which compares with `===` as the plain program does.
 * @example plainElements([dual(2, 1), 3]) // [2, 3]
 */
export function plainElements(xs: ArrayLike<unknown>): unknown[] {
  return Array.from(xs, plainOf);
}

type Op = (a: unknown, b: unknown) => unknown;

/**
 * `a <op> b` where an operand may be anything: without an active operand, JavaScript's own
 * operator; with one, JavaScript's operator on the primal values decides what the result is
 * (a string for `"w" + x`), and when that is a number, typegrad's rule computes it with the
 * other operand converted as JavaScript converts it (`true * x` is `1 * x`).
 */
function loose(js: Op, rule: (a: number, b: number) => number): (a: unknown, b: unknown) => unknown {
  return (a, b) => {
    const aa = a instanceof Active, ba = b instanceof Active;
    if (!aa && !ba) return js(a, b);
    const pa = aa ? numberOf(a) : a, pb = ba ? numberOf(b) : b;
    const plain = js(pa, pb);
    if (typeof plain !== "number") return plain;
    return rule((aa ? a : Number(pa)) as number, (ba ? b : Number(pb)) as number);
  };
}

/** `a + b` with an operand typed any: string concatenation or typegrad's `add`. @example anyAdd("w", 1) // "w1" */
export const anyAdd = loose((a, b) => (a as number) + (b as number), add);
/** `a - b` with an operand typed any. @example anySub("3", 1) // 2 */
export const anySub = loose((a, b) => (a as number) - (b as number), sub);
/** `a * b` with an operand typed any. @example anyMul(true, 2) // 2 */
export const anyMul = loose((a, b) => (a as number) * (b as number), mul);
/** `a / b` with an operand typed any. @example anyDiv(null, 2) // 0 */
export const anyDiv = loose((a, b) => (a as number) / (b as number), div);
/** `a % b` with an operand typed any. @example anyMod("7", 3) // 1 */
export const anyMod = loose((a, b) => (a as number) % (b as number), mod);
/** `a ** b` with an operand typed any. @example anyPow("2", 3) // 8 */
export const anyPow = loose((a, b) => (a as number) ** (b as number), pow);

/** Unary `-x` with `x` typed any. @example anyNeg("3") // -3 */
export function anyNeg(x: unknown): unknown {
  return x instanceof Active ? neg(x as unknown as number) : -(x as number);
}

/** Unary `+x` with `x` typed any: an active value keeps its derivative. @example anyPos("3") // 3 */
export function anyPos(x: unknown): unknown {
  return x instanceof Active ? x : +(x as number);
}

/**
 * `Number(x)` in differentiated code: as `+x`, an active value is returned as it is (with its
 * derivative); anything else is converted by `Number` (so `Number(2n)` is 2, as in JavaScript).
 * @example toNumber(dual(2, 1)) // the same Dual; toNumber("3") // 3
 */
export function toNumber(x: unknown): unknown {
  return x instanceof Active ? x : Number(x);
}

/**
 * A comparator handed to `sort`/`toSorted`: its result is only compared with 0, so an active
 * result (`(a, b) => a - b` on active values) is given as its primal number.
 * @example xs.sort(comparator((a, b) => sub(a, b)))
 */
export function comparator<T>(compare: ((a: T, b: T) => unknown) | undefined): ((a: T, b: T) => number) | undefined {
  if (typeof compare !== "function") return compare;
  return (a, b) => plainOf(compare(a, b)) as number;
}

/**
 * `new Float64Array(arg)` (or `Float32Array`) in differentiated code, stored in a local that
 * holds active values: a plain array with the typed array's elements (zeros for a length),
 * which can hold Vars and Duals where a typed array would coerce them to numbers. Entries keep
 * full precision (a `Float32Array`'s rounding is not applied).
 * @internal @example typedLocal(3) // [0, 0, 0]; typedLocal([1, 2]) // [1, 2]
 */
export function typedLocal(arg?: unknown): unknown[] {
  if (arg === undefined) return [];
  if (typeof arg === "number") return new Array<number>(new Float64Array(arg).length).fill(0);
  if (arg instanceof ArrayBuffer) return Array.from(new Float64Array(arg));
  return Array.from(arg as ArrayLike<unknown>);
}
