/**
 * The entry points of compiled reverse code: what `grad(f)` and `valueAndGrad(f)` return when
 * `f` carries compiled reverse code (compiled.ts). They are made once per transform, for the
 * parameter kinds the code was compiled for, so a call does only what that call needs: one to
 * four numbers get a function with that many parameters (no rest array, no spread call), one
 * array a function of one parameter; other kinds take the general path. Any call the compiled
 * code does not fit (another argument count, a non-number, a Var of an enclosing transform,
 * `debugNans` turned on since) goes to `taped`, which is the transform's tape path with all of
 * its checks and error messages.
 *
 * A NaN value from compiled code is computed again on the tape: compiled code reads arrays
 * without bounds checks, so an element read past an array's end (`x[i + 1]` at the last `i`)
 * gives `undefined` and then NaN, where the tape throws naming the operation that got
 * `undefined`. Re-running on NaN costs one comparison per call and gives the tape's answer —
 * its error, or the same NaN.
 */
import type { Fn } from "./arguments.js";
import {
  enterCompiled, fitsCode, kindsOfCode, lastValue, leaveCompiled, runCompiledReverse, shapeGradients,
  type CompiledReverse,
} from "./compiled.js";
import { nanWatch } from "./nans.js";
import { readsData } from "./compiled-params.js";

type Gradients = (number | number[] | Float64Array)[];

/**
 * The entry point of `compiled` (attached to `f`): the gradient alone (`grad`), or
 * `[value, gradient]` when `withValue` (`valueAndGrad`); `taped` answers every call that does not fit.
 * @example const g = reverseEntry(f, compiledReverse(f)!, (...a) => tapedGrad(...a), false);
 */
export function reverseEntry(f: unknown, compiled: CompiledReverse, taped: Fn, withValue: boolean): Fn {
  const kinds = kindsOfCode(compiled);
  // Code that reads some parameters as data serves `argnums` that leave them out (transforms.ts) only.
  if (readsData(kinds)) return taped;
  const out = withValue ? (g: unknown) => [lastValue(), g] : (g: unknown) => g;
  switch (kinds) {
    case "n":
      return numbers1(compiled, taped, out);
    case "nn":
      return numbers2(compiled, taped, out);
    case "nnn":
      return numbers3(compiled, taped, out);
    case "nnnn":
      return numbers4(compiled, taped, out);
    case "a":
      return array1(compiled, taped, out);
    default:
      return (...args: unknown[]) => {
        if (!fitsCode(compiled, args)) return taped(...args);
        let g = runCompiledReverse(compiled, args);
        // The gradients of the arguments given: parameters left out took their defaults.
        if (g.length > args.length) g = g.slice(0, args.length);
        if (failed(args, g)) return taped(...args);
        shapeGradients(args, g);
        return out(args.length === 1 ? g[0] : g);
      };
  }
}

// Each entry copies `arguments` by index for the taped call: handing `arguments` itself to
// another function would make V8 build the object on every call, the fast ones included.

function numbers1(compiled: CompiledReverse, taped: Fn, out: (g: unknown) => unknown): Fn {
  return function (a: number): unknown {
    if (arguments.length === 1 && typeof a === "number" && !nanWatch.on) {
      let g: Gradients;
      enterCompiled();
      try {
        g = compiled(a);
      } finally {
        leaveCompiled();
      }
      if (nan(lastValue())) return taped(a);
      return out(g[0]);
    }
    const args: unknown[] = [];
    for (let k = 0; k < arguments.length; k++) args.push(arguments[k]);
    return taped(...args);
  };
}

function numbers2(compiled: CompiledReverse, taped: Fn, out: (g: unknown) => unknown): Fn {
  return function (a: number, b: number): unknown {
    if (arguments.length === 2 && typeof a === "number" && typeof b === "number" && !nanWatch.on) {
      let g: Gradients;
      enterCompiled();
      try {
        g = compiled(a, b);
      } finally {
        leaveCompiled();
      }
      if (nan(lastValue())) return taped(a, b);
      return out(g);
    }
    const args: unknown[] = [];
    for (let k = 0; k < arguments.length; k++) args.push(arguments[k]);
    return taped(...args);
  };
}

function numbers3(compiled: CompiledReverse, taped: Fn, out: (g: unknown) => unknown): Fn {
  return function (a: number, b: number, c: number): unknown {
    if (arguments.length === 3 && typeof a === "number" && typeof b === "number" && typeof c === "number" && !nanWatch.on) {
      let g: Gradients;
      enterCompiled();
      try {
        g = compiled(a, b, c);
      } finally {
        leaveCompiled();
      }
      if (nan(lastValue())) return taped(a, b, c);
      return out(g);
    }
    const args: unknown[] = [];
    for (let k = 0; k < arguments.length; k++) args.push(arguments[k]);
    return taped(...args);
  };
}

function numbers4(compiled: CompiledReverse, taped: Fn, out: (g: unknown) => unknown): Fn {
  return function (a: number, b: number, c: number, d: number): unknown {
    if (
      arguments.length === 4 && typeof a === "number" && typeof b === "number" && typeof c === "number" &&
      typeof d === "number" && !nanWatch.on
    ) {
      let g: Gradients;
      enterCompiled();
      try {
        g = compiled(a, b, c, d);
      } finally {
        leaveCompiled();
      }
      if (nan(lastValue())) return taped(a, b, c, d);
      return out(g);
    }
    const args: unknown[] = [];
    for (let k = 0; k < arguments.length; k++) args.push(arguments[k]);
    return taped(...args);
  };
}

/** True for a Float64Array, or an array whose every element is a plain number. */
function plainArray(x: unknown): boolean {
  if (x instanceof Float64Array) return true;
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (typeof x[i] !== "number") return false;
  return true;
}

function array1(compiled: CompiledReverse, taped: Fn, out: (g: unknown) => unknown): Fn {
  return function (x: number[] | Float64Array): unknown {
    if (arguments.length === 1 && !nanWatch.on && plainArray(x)) {
      let g: Gradients;
      enterCompiled();
      try {
        g = compiled(x);
      } finally {
        leaveCompiled();
      }
      const g0 = g[0] as number[] | Float64Array;
      if (nan(lastValue()) || g0.length !== x.length) return taped(x);
      // compiled code makes the kind its parameter was typed with; a caller may pass the other
      return out(Array.isArray(x) === Array.isArray(g0) ? g0 : Array.isArray(x) ? Array.from(g0) : Float64Array.from(g0));
    }
    const args: unknown[] = [];
    for (let k = 0; k < arguments.length; k++) args.push(arguments[k]);
    return taped(...args);
  };
}

/** True for NaN (`x !== x`, inlined where `Number.isNaN` may not be). */
const nan = (x: number): boolean => x !== x;

/**
 * True when compiled reverse code's result cannot be trusted: a NaN value, or an array
 * gradient longer than its argument (written past the end, as `x_a[i + 1] += …` extends a number[]).
 */
export function failed(args: readonly unknown[], g: readonly (number | number[] | Float64Array)[]): boolean {
  if (nan(lastValue())) return true;
  for (let k = 0; k < g.length; k++) {
    // an array's gradient one longer than it: the code wrote past its end (matrices, objects
    // and data parameters read past a row's end give a NaN value instead)
    const gk = g[k];
    if ((Array.isArray(gk) || gk instanceof Float64Array) && gk.length !== (args[k] as ArrayLike<number>).length) return true;
  }
  return false;
}

/**
 * True when a result of compiled vector code holds a NaN or a hole (`undefined`, an element
 * read past an array's end): the transform then runs the tape instead, which throws where the
 * compiled code read past the end, or gives the same NaN. One look at each number of the result.
 */
export function holdsNaN(result: unknown): boolean {
  if (typeof result === "number") return result !== result;
  if (result instanceof Float64Array) {
    for (let i = 0; i < result.length; i++) if (result[i] !== result[i]) return true;
    return false;
  }
  if (Array.isArray(result)) {
    // numbers and rows of numbers looked at in place: a call per number would cost as much as
    // the compiled Jacobian itself
    for (let i = 0; i < result.length; i++) {
      const e: unknown = result[i];
      if (typeof e === "number" ? e !== e : Array.isArray(e) ? entriesHoldNaN(e) : holdsNaN(e)) return true;
    }
    return false;
  }
  if (result !== null && typeof result === "object") {
    for (const key of Object.keys(result)) if (holdsNaN((result as Record<string, unknown>)[key])) return true;
    return false;
  }
  return true; // undefined (a hole), or anything else that is not a number
}

/** `holdsNaN` of a row, its numbers read in a tight loop. */
function entriesHoldNaN(row: readonly unknown[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if ((typeof v !== "number" || v !== v) && (typeof v === "number" || holdsNaN(v))) return true;
  }
  return false;
}
