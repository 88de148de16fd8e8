/**
 * Compiled code for `hessian` and `hvp`, emitted by the transformer's compiler
 * (src/transformer/compiler/hessian.ts): `(x, y, …, x_v, y_v, …) => H·v`, the reverse code of
 * the function's tangent program, which returns the gradient of ∇f·v, that is H·v, shaped like
 * `grad`'s gradient (a number per number parameter, an array per array parameter, rows per
 * matrix, an object per object). `hvp` makes one call; `hessian` one per input number, with a
 * unit direction (a matrix's or an object's shaped like it).
 *
 * The transforms use it when every argument (and `hvp`'s direction) fits its parameter's kind
 * (compiled-params.ts), the direction shaped as the argument, without `argnums` or `hasAux`, and
 * `debugNans` is off; otherwise they run forward over reverse on the runtime, with its checks.
 * A NaN ∇f·v (the value of the code) also takes the runtime: compiled code reads arrays without
 * bounds checks, and an element read past an array's end gives NaN where the runtime throws.
 */
import { type CompiledReverse, enterCompiled, lastValue, leaveCompiled, runCompiledReverse, shapeGradients } from "./compiled.js";
import { nanWatch } from "./nans.js";
import { fitsKinds, leavesInto, parseKinds, shapedLike, zerosWithSlots } from "./compiled-params.js";

const HESSIAN = Symbol.for("typegrad.compiledHessian");
const KINDS = Symbol.for("typegrad.compiledHessianKinds");

type Gradient = number | number[] | Float64Array;

/** @internal Off in tests that need the runtime's `hessian`/`hvp` as a reference for compiled code. */
export const hessianCode = { on: true };

/**
 * Attaches compiled Hessian-vector code to `f` and returns `f` (emitted by the transformer).
 * `kinds` has an entry per parameter: "n" for a number, "a" for an array of numbers, "m" for an
 * array of rows, "{w:a,b:n}" for a plain object (compiled-params.ts).
 * @example hvp(withHessian(f, (x, x_v) => reverseResult(2 * x * x_v, [2 * x_v]), "n"), 3, 1)
 */
export function withHessian<F extends object>(f: F, code: CompiledReverse, kinds: string): F {
  const slot = f as Record<symbol, unknown>;
  slot[HESSIAN] = code;
  slot[KINDS] = kinds;
  return f;
}

/** True when `x` is what a parameter of kind `kind` takes: a number, or an array of plain numbers. */
function fits(x: unknown, kind: number): boolean {
  if (kind === 110 /* n */) return typeof x === "number";
  if (x instanceof Float64Array) return true;
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (typeof x[i] !== "number") return false;
  return true;
}

/** The compiled code of `f` when `args` fit it; undefined otherwise (the runtime then runs). */
function codeFor(f: unknown, args: readonly unknown[]): { code: CompiledReverse; kinds: string } | undefined {
  if (nanWatch.on || !hessianCode.on) return undefined;
  const slot = f as Record<symbol, unknown>;
  const code = slot[HESSIAN] as CompiledReverse | undefined;
  if (code === undefined) return undefined;
  const kinds = slot[KINDS] as string;
  // Matrices and objects ("m", "{w:a,b:n}"): checked against the parsed kinds.
  if (!SIMPLE.test(kinds)) return fitsKinds(parseKinds(kinds), args) ? { code, kinds } : undefined;
  if (args.length !== kinds.length) return undefined;
  for (let k = 0; k < args.length; k++) if (!fits(args[k], kinds.charCodeAt(k))) return undefined;
  return { code, kinds };
}

/** Kinds strings of numbers and arrays of numbers only. */
const SIMPLE = /^[na]*$/;

/**
 * `hvp(f, x, v)` by compiled code, for a function of one parameter: H·v shaped like `x` (a
 * number, a number[] or a Float64Array), or
 * undefined when `f` has none or `x`, `v` do not fit it (the runtime then checks and runs).
 */
export function compiledHvp(f: unknown, x: unknown, v: unknown): Gradient | undefined {
  const found = codeFor(f, [x]);
  if (found && !SIMPLE.test(found.kinds)) {
    // A matrix or an object: a direction of plain numbers shaped like it, H·v shaped like it.
    if (!shapedLike(x, v) || !fitsKinds(parseKinds(found.kinds), [v])) return undefined;
    const g = runCompiledReverse(found.code, [x, v]) as unknown[];
    if (nan()) return undefined;
    shapeGradients([x], g as Gradient[]);
    return g[0] as Gradient;
  }
  if (!found || !fits(v, found.kinds.charCodeAt(0))) return undefined;
  if (typeof x !== "number" && (v as ArrayLike<number>).length !== (x as ArrayLike<number>).length) return undefined;
  const g = runCompiledReverse(found.code, [x, v])[0]!;
  return nan() ? undefined : likeArgument(x, g);
}

/**
 * `hvp(f, args, v, { argnums: [0, 1, …] })` by compiled code, when `argnums` chooses every
 * parameter in order: one block per argument, shaped like it (a number, a number[] or a Float64Array), or
 * undefined when `f` has no compiled code or `args`, `v` do not fit it.
 */
export function compiledHvpTuple(f: unknown, args: unknown, v: unknown, argnums: number | readonly number[]): Gradient[] | undefined {
  if (!Array.isArray(args) || !Array.isArray(v) || !Array.isArray(argnums) || v.length !== args.length || argnums.length !== args.length) return undefined;
  if (argnums.some((a, k) => a !== k)) return undefined;
  const found = codeFor(f, args);
  if (!found || !SIMPLE.test(found.kinds)) return undefined;
  for (let k = 0; k < args.length; k++) {
    if (!fits(v[k], found.kinds.charCodeAt(k))) return undefined;
    if (typeof args[k] !== "number" && (v[k] as ArrayLike<number>).length !== (args[k] as ArrayLike<number>).length) return undefined;
  }
  const g = runCompiledReverse(found.code, [...args, ...v]);
  return nan() ? undefined : g.map((gk, k) => likeArgument(args[k], gk));
}

/**
 * A gradient block of the kind of its argument `x`: compiled code makes a number[] for a
 * parameter typed `number[]` and a Float64Array otherwise, and a caller may pass the other kind.
 */
function likeArgument(x: unknown, g: Gradient): Gradient {
  if (typeof g === "number" || Array.isArray(x) === Array.isArray(g)) return g;
  return Array.isArray(x) ? Array.from(g) : Float64Array.from(g);
}

/**
 * The columns of `hessian(f)(...args)` by compiled code, one H·eⱼ per input number j (the
 * arguments' numbers in order, flat), or undefined when `f` has none or `args` do not fit it.
 */
export function compiledHessianColumns(f: unknown, args: readonly unknown[]): number[][] | undefined {
  const found = codeFor(f, args);
  if (!found) return undefined;
  // One direction per parameter, all zeros; the unit entry moves along. A matrix's or an
  // object's is zeros shaped like it, its numbers' places in the runtime's order (`slots`).
  const slots: [Record<string | number, number>, string | number][][] = [];
  const directions: unknown[] = args.map((x, k) => (typeof x === "number" ? 0 : !SIMPLE.test(found.kinds) && (!Array.isArray(x) || typeof x[0] !== "number")
    ? zerosWithSlots(x, (slots[k] = []))
    : new Float64Array((x as ArrayLike<number>).length)));
  const columns: number[][] = [];
  const call = [...args, ...directions];
  let failed = false;
  const column = (): number[] => {
    const g = runCompiledReverse(found.code, call);
    failed ||= nan();
    const out: number[] = [];
    g.forEach((gk, k) => {
      if (typeof gk === "number") out.push(gk);
      else if (slots[k] !== undefined) leavesInto(args[k], gk, out);
      else for (let i = 0; i < gk.length; i++) out.push(gk[i]!);
    });
    return out;
  };
  args.forEach((x, k) => {
    const at = args.length + k;
    const places = slots[k];
    if (places !== undefined) {
      for (const [container, key] of places) {
        container[key] = 1;
        columns.push(column());
        container[key] = 0;
      }
    } else if (typeof x === "number") {
      call[at] = 1;
      columns.push(column());
      call[at] = 0;
    } else {
      const d = directions[k] as Float64Array;
      for (let i = 0; i < d.length; i++) {
        d[i] = 1;
        columns.push(column());
        d[i] = 0;
      }
    }
  });
  return failed ? undefined : columns;
}

/**
 * `hessian(f)(x)` by compiled code for a function of one array (a `number[][]`, row i the
 * second partials ∂²f/∂xᵢ∂xⱼ, as the runtime lays it out); undefined when `f` has no compiled
 * code of one array parameter, or `x` does not fit it or is empty. The common case, without
 * the general block layout: one call per input number, straight into the rows.
 */
export function compiledArrayHessian(f: unknown, x: unknown): number[][] | undefined {
  const found = codeFor(f, [x]);
  if (!found || found.kinds !== "a") return undefined;
  const n = (x as ArrayLike<number>).length;
  if (n === 0) return undefined;
  const H: number[][] = [];
  for (let i = 0; i < n; i++) H.push(new Array<number>(n).fill(0));
  const d = new Float64Array(n);
  const code = found.code;
  enterCompiled();
  try {
    for (let j = 0; j < n; j++) {
      d[j] = 1;
      const column = code(x as number[], d)[0] as ArrayLike<number>;
      d[j] = 0;
      if (nan()) return undefined;
      for (let i = 0; i < n; i++) H[i]![j] = column[i]!;
    }
  } finally {
    leaveCompiled();
  }
  return H;
}

/** True when the last compiled call's value ∇f·v is NaN (see the file's comment). */
const nan = (): boolean => {
  const value = lastValue();
  return value !== value;
};
