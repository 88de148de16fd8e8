/**
 * The runtime side of the code the transformer's compiler (src/transformer/compiler/) emits: a
 * function handed to `derivative` or `jvp` may carry its compiled form,
 * `(x, ẋ, y, ẏ, …) => value`, which works on plain numbers with the primitive table's
 * formulas and returns its tangent through `forwardResult` (into a typed slot, read by `lastTangent`). The
 * transforms use it when every input is a plain number, and the Dual runtime otherwise.
 *
 * Compiled code has no per-operation NaN checks: while `debugNans` is on, the transforms are
 * told there is none (they run the checked runtime, which computes the same numbers bit for
 * bit), and a transform made before it was turned on reports a NaN result as such.
 */
import { PRIMITIVES, type Rule1, type Rule2 } from "./lift.js";
import { kept, retention } from "./memory.js";
import { compiledNan, nanWatch } from "./nans.js";
import { fitsKinds, isData, parseKinds, shapeObject } from "./compiled-params.js";
import "./rules.js"; // the table must be complete before `rules` is built

const FORWARD = Symbol.for("typegrad.compiledForward");
const CODES = Symbol.for("typegrad.compiledReverseCodes");
const ARITY = Symbol.for("typegrad.compiledForwardArity"); // read once: Function#length is slow
const DERIVATIVE = Symbol.for("typegrad.compiledDerivative");
/**
 * The second number compiled code hands back beside what it returns: [0] the tangent of
 * forward code (`forwardResult`) or the value of derivative code (`derivativeResult`), [1] the
 * value of reverse code (`reverseResult`). A typed
 * slot, because a module variable holding a double boxes a fresh heap number on every store.
 */
const handed = new Float64Array(2);

/** Compiled forward code: primal values and tangents interleaved, the value returned. */
export type CompiledForward = (...primalsAndTangents: number[]) => number;

/** Compiled derivative code of a function of one number: `x => tangent`, the tangent seeded with 1. */
export type CompiledDerivative = (x: number) => number;

/**
 * Attaches compiled forward code to `f` and returns `f` (emitted by the transformer). For
 * `derivative` of a function of one number the transformer also emits `derivative`, the same
 * code with the tangent seeded with 1 that returns the tangent through `derivativeResult`:
 * `derivative`'s hot path calls it and needs no second channel for the tangent.
 * @example derivative(withForward(f, (x, t) => forwardResult(x * x, 2 * x * t), (x) => derivativeResult(x * x, 2 * x)))
 */
export function withForward<F extends object>(f: F, forward: CompiledForward, derivative?: CompiledDerivative): F {
  const slot = f as Record<symbol, unknown>;
  if (slot[FORWARD] !== forward) {
    slot[FORWARD] = forward;
    slot[ARITY] = forward.length / 2;
  }
  if (derivative !== undefined) slot[DERIVATIVE] = derivative;
  return f;
}

/**
 * Returns `tangent` from compiled derivative code (see `withForward`), leaving `value` for
 * `derivative` to look at (`lastDerivedValue`: a NaN value runs the Duals, forward.ts),
 * checking both numbers for NaN while `debugNans` is on, as `forwardResult` does.
 * @example derivativeResult(4, 4)
 */
export function derivativeResult(value: number, tangent: number): number {
  handed[0] = value;
  if (nanWatch.on && (value !== value || tangent !== tangent)) compiledNan("forward-mode");
  return tangent;
}

/** The value the last compiled derivative call computed (see `derivativeResult`). */
export const lastDerivedValue = (): number => handed[0]!;

/** The compiled derivative code attached to `f`, if any (none while `debugNans` is on). */
export const compiledDerivative = (f: unknown): CompiledDerivative | undefined =>
  nanWatch.on ? undefined : (f as Record<symbol, CompiledDerivative | undefined>)[DERIVATIVE];

/** Returns `value` from compiled forward code, leaving `tangent` for the transform. @example forwardResult(4, 4) */
export function forwardResult(value: number, tangent: number): number {
  handed[0] = tangent;
  if (nanWatch.on && (value !== value || tangent !== tangent)) compiledNan("forward-mode");
  return value;
}

/** The compiled forward code attached to `f`, if any. */
export const compiledForward = (f: unknown): CompiledForward | undefined =>
  nanWatch.on ? undefined : (f as Record<symbol, CompiledForward | undefined>)[FORWARD];

/** Compiled reverse code: the arguments in, one gradient per argument out (the value through `reverseResult`). */
export type CompiledReverse = (...args: (number | number[] | Float64Array)[]) => (number | number[] | Float64Array)[];

const KINDS = Symbol.for("typegrad.compiledReverseKinds");

/**
 * Attaches compiled reverse code to `f` and returns `f` (emitted by the transformer). `kinds`
 * has one entry per parameter: "n" for a number, "a" for an array of numbers, and those of
 * compiled-params.ts (matrices, data, objects). The code keeps its kinds too, so a transform
 * made from `f` checks arguments against the code it took, whatever another call site attaches later.
 * @example grad(withReverse(f, (x) => reverseResult(x * x, [2 * x]), "n"))
 */
export function withReverse<F extends object>(f: F, reverse: CompiledReverse, kinds: string): F {
  // One code per kinds string: one for all parameters (where the function is defined, or
  // `grad(f)`), others reading the parameters an `argnums` leaves out as data. Codes of the same
  // kinds are the same code; code placed at a call site (a closure's, reading its captured
  // locals) is a new function each time the call runs, in a loop too: the first is kept.
  const codes = ((f as Record<symbol, unknown>)[CODES] ??= []) as CompiledReverse[];
  if (!codes.some((code) => code === reverse || kindsOfCode(code) === kinds)) {
    (reverse as unknown as Record<symbol, unknown>)[KINDS] = kinds;
    codes.push(reverse);
  }
  return f;
}

const dataOf = new Map<string, readonly number[]>();
/** The parameters a kinds string reads as data (compiled-params.ts `isData`), found once per string. */
const dataParams = (kinds: string): readonly number[] => {
  let out = dataOf.get(kinds);
  if (out === undefined) {
    const found: number[] = [];
    parseKinds(kinds).forEach((k, i) => isData(k) && found.push(i));
    dataOf.set(kinds, (out = found));
  }
  return out;
};

/** The kinds string compiled reverse code was attached with (see `withReverse`). */
export const kindsOfCode = (compiled: CompiledReverse): string => (compiled as unknown as Record<symbol, string>)[KINDS]!;

/**
 * True when `args` fit compiled reverse code `compiled` (see compiled-params.ts) and none of
 * `chosen` (the `argnums` asked for) is a parameter it reads as data.
 */
export function fitsCode(compiled: CompiledReverse, args: readonly unknown[], chosen?: readonly number[]): boolean {
  return !nanWatch.on && fitsKinds(parseKinds(kindsOfCode(compiled)), args, chosen);
}

/** True when a gradient of compiled reverse code (a number, an array, rows, an object of those) holds a NaN. */
function hasNaN(g: unknown): boolean {
  if (typeof g === "number") return g !== g;
  if (Array.isArray(g) || g instanceof Float64Array) return Array.prototype.some.call(g, (e: unknown) => hasNaN(e));
  return g !== null && typeof g === "object" && Object.values(g).some(hasNaN);
}

/** Returns the gradients from compiled reverse code, leaving `value` for the transform. @example reverseResult(9, [6]) */
export function reverseResult(value: number, gradient: (number | number[] | Float64Array)[]): (number | number[] | Float64Array)[] {
  handed[1] = value;
  if (nanWatch.on && (value !== value || gradient.some(hasNaN))) compiledNan("reverse-mode");
  return gradient;
}

/**
 * The compiled reverse code attached to `f` for differentiating the parameters `chosen` (all
 * when undefined), if any: of the codes attached, one that reads none of them as data, and of
 * those the one reading the most other parameters as data (the least work); else the last attached.
 */
export function compiledReverse(f: unknown, chosen?: readonly number[]): CompiledReverse | undefined {
  if (nanWatch.on) return undefined;
  const codes = (f as Record<symbol, CompiledReverse[] | undefined>)[CODES];
  if (codes === undefined) return undefined;
  let best: CompiledReverse | undefined, most = -1;
  for (const code of codes) {
    const data = dataParams(kindsOfCode(code));
    if (chosen === undefined ? data.length > 0 : data.some((i) => chosen.includes(i))) continue;
    if (data.length > most) [best, most] = [code, data.length];
  }
  return best ?? codes[codes.length - 1];
}

/**
 * Gives each array gradient of compiled reverse code the kind of its argument: compiled code
 * makes a number[] for a parameter typed `number[]` and a Float64Array otherwise, and a caller
 * may pass the other kind.
 */
export function shapeGradients(args: readonly unknown[], g: (number | number[] | Float64Array)[]): void {
  for (let k = 0; k < g.length; k++) {
    const x = args[k], gk = g[k];
    if (gk !== null && typeof gk === "object" && !Array.isArray(gk) && !(gk instanceof Float64Array)) {
      g[k] = shapeObject(x as Record<string, unknown>, gk as Record<string, unknown>) as never;
      continue;
    }
    if (typeof gk === "number" || Array.isArray(x) === Array.isArray(gk)) continue;
    g[k] = Array.isArray(x) ? Array.from(gk) : Float64Array.from(gk);
  }
}

/**
 * The values compiled reverse code stores for its reverse sweep, reused across calls. The
 * emitted code pushes and pops on `data` itself (`data[top++] = v`), calling `grow` when full.
 * What is kept for reuse is bounded by `runCompiledReverse` (see memory.ts).
 * @example const s = valueStack(); let d = s.data; d = s.grow();
 */
export class ValueStack {
  /** The storage; replaced by a bigger copy when `grow` is called. */
  data = new Float64Array(1024);
  /** Doubles the storage, keeping its contents; returns the new storage. */
  grow(): Float64Array {
    const bigger = retention.allocate(Float64Array, this.data.length * 2);
    bigger.set(this.data);
    grown = true;
    return (this.data = bigger);
  }
  private top = 0;
  /** @internal Empties the stack for `push`/`pop` (emitted code keeps its own top on `data`). */
  reset(): this {
    this.top = 0;
    return this;
  }
  push(x: number): void {
    if (this.top === this.data.length) this.grow();
    this.data[this.top++] = x;
  }
  pop(): number {
    return this.data[--this.top]!;
  }
  /** @internal Bytes held. */
  get bytes(): number {
    return this.data.byteLength;
  }
}
/**
 * One stack per active compiled call: compiled code runs no user code of its own, but reading
 * an argument array's element can (a getter), and a gradient taken there must not share the
 * stack of the gradient running around it.
 */
const stacks: ValueStack[] = [new ValueStack()];
let depth = 0;
/** True when a stack has grown since the stacks were last trimmed. */
let grown = false;

/** The value stack of the compiled call now running, emptied. */
export const valueStack = (): ValueStack => (stacks[depth] ??= new ValueStack()).reset();

/**
 * Runs compiled reverse code with a value stack of its own; afterwards drops the stacks that
 * would keep more than `retention.limit` bytes for reuse (see memory.ts).
 */
export function runCompiledReverse(compiled: CompiledReverse, args: readonly unknown[]): (number | number[] | Float64Array)[] {
  depth++;
  try {
    return compiled(...(args as number[]));
  } finally {
    if (--depth === 0 && grown) trimStacks();
  }
}

/**
 * The two halves of `runCompiledReverse`, for entry points that call compiled code with fixed
 * parameters (compiled-entry.ts): `enterCompiled()` before, `leaveCompiled()` in a `finally`.
 */
export function enterCompiled(): void {
  depth++;
}
export function leaveCompiled(): void {
  if (--depth === 0 && grown) trimStacks();
}

function trimStacks(): void {
  grown = false;
  let bytes = 0;
  for (let k = 0; k < stacks.length; k++) {
    if (bytes + stacks[k].bytes + kept.tapes > retention.limit) stacks[k] = new ValueStack();
    bytes += stacks[k].bytes;
  }
  kept.stacks = bytes;
}

/** The value the last compiled reverse call returned. */
export const lastValue = (): number => handed[1]!;

/** The number of arguments of the compiled forward code attached to `f`. */
export const compiledArity = (f: unknown): number => (f as Record<symbol, number>)[ARITY]!;

/** The tangent the last compiled forward call returned. */
export const lastTangent = (): number => handed[0]!;

/**
 * The table's one- and two-argument rules by name, for compiled code:
 * `rules.sin.num(x)`, `rules.sin.d(x, y)`, `rules.mul.dx(a, b, y)`. A copy made with
 * `Object.fromEntries` has fast (non-dictionary) properties.
 */
export const rules: Readonly<Record<string, Rule1 | Rule2>> = Object.fromEntries(
  [...PRIMITIVES].filter(([, rule]) => !("partials" in rule)),
) as Record<string, Rule1 | Rule2>;
