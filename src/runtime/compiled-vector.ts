/**
 * Compiled code of functions with several outputs (an array written out, `return [a, b, …]`,
 * or an array the function builds, `return out`, `return v.map(…)`, whose length is known only
 * at run time), emitted by the transformer's compiler for `jacfwd`, `jacrev`, `jacobian` and `vjp`:
 * - forward code `(x, x_t, v, v_t, …) => values`, array parameters beside their tangent
 *   arrays, the tangents (one per output) left with `forwardVector`: `jacfwd` makes one call
 *   per input number, with a unit tangent — or, for a function of one array returning an array,
 *   one call of its whole-Jacobian code (`withVector`'s `jacobian`), which checks itself and
 *   hands back to the per-input calls by returning undefined;
 * - reverse code `(cotangent, x, v, …) => gradients`, the outputs' adjoints seeded from the
 *   cotangent (one number per output), the values left with `reverseVector`; without a
 *   cotangent it returns the values. `vjp`'s pullback is one call; `jacrev` makes one per
 *   output, or — code that stores no values — one call with the number of outputs as the
 *   cotangent, which runs the forward sweep once and the reverse sweep once per output.
 * The transforms use them when every argument fits its parameter's kind (a plain number, an array
 * of plain numbers, an array of such rows, a plain object of those: compiled-params.ts) and
 * `hasAux` is not given; otherwise they run the tape or the Duals. `jvp` of a function with
 * array, matrix or object parameters runs the forward code once, with the tangents given.
 */
import { assemble, split } from "./blocks.js";
import { type CompiledReverse, runCompiledReverse, shapeGradients } from "./compiled.js";
import { compiledNan, nanWatch } from "./nans.js";
import { chosenTree, type Selection } from "./options.js";
import { fitsKinds, leavesInto, parseKinds, shapedLike, zerosWithSlots } from "./compiled-params.js";
import { argumentNames, flatten } from "./structure.js";
import type { Value } from "./active.js";

const FORWARD = Symbol.for("typegrad.compiledVectorForward");
const REVERSE = Symbol.for("typegrad.compiledVectorReverse");
const KINDS = Symbol.for("typegrad.compiledVectorKinds");
const OUTPUTS = Symbol.for("typegrad.compiledVectorOutputs");
const JACOBIAN = Symbol.for("typegrad.compiledVectorJacobian");

type Gradient = number | number[] | Float64Array;
/** The values or tangents of the outputs: an array written out, or the array the function built. */
type Outputs = number[] | Float64Array;
/** `outputs` of a function returning an array it builds: its length is learnt from each run. */
const RUN_TIME_LENGTH = -2;
/** Compiled forward code of a function with array parameters and outputs. */
export type VectorForward = (...primalsAndTangents: unknown[]) => Outputs;
/**
 * `jacfwd`'s whole-Jacobian code of a function of one array: its rows, values (and partials)
 * computed once. It vouches for its rows (it checked the outputs' values); undefined when it
 * cannot, and the forward code then runs once per input number.
 */
export type VectorJacobian = (x: number[] | Float64Array) => number[][] | undefined;
/** Compiled reverse code seeded by a cotangent: gradients out, or the values without a cotangent. */
export type VectorReverse = (cotangent: number[] | number | undefined, ...args: unknown[]) => Gradient[] | Outputs | Gradient[][] | undefined;

/** @internal Off in tests that need the tape's `vjp`/`jacrev` as a reference for compiled code. */
export const vectorCode = { on: true };

/**
 * @internal Whether the last `compiledJacfwd`/`compiledJacrev` result came from whole-Jacobian
 * code that checked itself (so the transform need not scan it for NaN); `whole: false` in tests
 * that compare the whole-Jacobian code with the forward code run per input number.
 */
export const vouched = { last: false, whole: true };

let tangentsOut: Outputs = [];
let valuesOut: Outputs = [];

/**
 * Attaches compiled code of a function with several outputs to `f` and returns `f` (emitted by
 * the transformer). `kinds` has an entry per parameter ("n" a number, "a" an array of
 * numbers, "m" an array of rows, "{w:a,b:n}" a plain object: compiled-params.ts); `outputs` is the length of the array returned, -1 for a number, or -2 for an array
 * the function builds (its length is read from each run). `jacobian`,
 * for a straight-line function of one array, computes `jacfwd`'s rows in one call.
 * @example jacfwd(withVector(f, (x, x_t) => forwardVector([x[0] * x[1]], [x[1] * x_t[0] + x[0] * x_t[1]]), undefined, "a", 1))
 */
export function withVector<F extends object>(f: F, forward: VectorForward | undefined, reverse: VectorReverse | undefined, kinds: string, outputs: number, jacobian?: VectorJacobian): F {
  const slot = f as Record<symbol, unknown>;
  if (jacobian !== undefined) slot[JACOBIAN] = jacobian;
  if (forward !== undefined) slot[FORWARD] = forward;
  if (reverse !== undefined) slot[REVERSE] = reverse;
  slot[KINDS] = kinds;
  slot[OUTPUTS] = outputs;
  return f;
}

/** Returns the values from compiled forward code, leaving the tangents for the transform. @example forwardVector([6, 2], [5, 1]) */
export function forwardVector(values: Outputs, tangents: Outputs): Outputs {
  tangentsOut = tangents;
  if (nanWatch.on && (values.some(Number.isNaN) || tangents.some(Number.isNaN))) compiledNan("forward-mode");
  return values;
}

/** Returns the gradients from compiled reverse code, leaving the values for the transform. @example reverseVector([6], [[3, 2]]) */
export function reverseVector(values: Outputs, gradients: Gradient[]): Gradient[] {
  valuesOut = values;
  return gradients;
}

/** The compiled code of `f` for `mode` and how it is called, when `args` fit it (see the file's comment). */
function compiledFor<C>(f: unknown, mode: symbol, args: readonly unknown[], s: Selection): { code: C; kinds: string; outputs: number } | undefined {
  if (nanWatch.on || s.hasAux || !vectorCode.on) return undefined;
  const slot = f as Record<symbol, unknown>;
  const code = slot[mode] as C | undefined;
  if (code === undefined) return undefined;
  const kinds = slot[KINDS] as string;
  // Matrices and objects ("m", "{w:a,b:n}"): checked against the parsed kinds.
  if (!SIMPLE.test(kinds)) return fitsKinds(parseKinds(kinds), args) ? { code, kinds, outputs: slot[OUTPUTS] as number } : undefined;
  if (args.length !== kinds.length) return undefined;
  for (let k = 0; k < args.length; k++) {
    const x = args[k];
    if (kinds.charCodeAt(k) === 110 /* n */) {
      if (typeof x !== "number") return undefined;
    } else if (x instanceof Float64Array) {
      continue;
    } else if (!Array.isArray(x)) {
      return undefined;
    } else {
      for (let i = 0; i < x.length; i++) if (typeof x[i] !== "number") return undefined;
    }
  }
  return { code, kinds, outputs: slot[OUTPUTS] as number };
}

/** True when `f` carries compiled code for `jacobian`'s choice of mode. */
export const hasVectorCode = (f: unknown, mode: "forward" | "reverse"): boolean =>
  (f as Record<symbol, unknown>)[mode === "forward" ? FORWARD : REVERSE] !== undefined;

/** The output as the function returns it: the number, or the array of values. */
const outputOf = (values: Outputs, outputs: number): unknown => (outputs === -1 ? values[0] : values);

/** Kinds strings of numbers and arrays of numbers only (checked argument by argument, inline). */
const SIMPLE = /^[na]*$/;

/** The chosen arguments' gradients from compiled reverse code, as one flat list in `split`'s order. */
function flatChosen(g: Gradient[], s: Selection, args: readonly unknown[]): number[] {
  const flat: number[] = [];
  for (const k of s.indices) {
    const gk = g[k]!;
    if (typeof gk === "number") flat.push(gk);
    else if (gk instanceof Float64Array || (gk.length > 0 && typeof gk[0] === "number")) for (let i = 0; i < gk.length; i++) flat.push(gk[i]!);
    else leavesInto(args[k], gk, flat);
  }
  return flat;
}

/** The count of numbers in `x`: a number, an array (of rows), or a plain object of those. */
function sizeOf(x: unknown): number {
  if (typeof x === "number") return 1;
  if (x instanceof Float64Array) return x.length;
  let n = 0;
  if (Array.isArray(x)) for (let i = 0; i < x.length; i++) n += typeof x[i] === "number" ? 1 : sizeOf(x[i]);
  else for (const key of Object.keys(x as object)) n += sizeOf((x as Record<string, unknown>)[key]);
  return n;
}

/** The number of input numbers `jacobian` would differentiate, for its choice of mode. */
export function chosenSize(args: readonly unknown[], s: Selection): number {
  let n = 0;
  for (const k of s.indices) n += sizeOf(args[k]);
  return n;
}

/** The outputs of `f`'s compiled code: -1 for a number, else the length of the array. */
export const vectorOutputs = (f: unknown): number => (f as Record<symbol, number>)[OUTPUTS] ?? -1;

/**
 * The number of output numbers of `f` at `args` for `jacobian`'s choice of mode: known from the
 * code, or — an array built at run time — from one run of its reverse code (as the tape's
 * `jacobian` runs `f` once to count); 1 when it cannot be told.
 */
export function outputsAt(f: unknown, args: readonly unknown[], s: Selection): number {
  const outputs = vectorOutputs(f);
  if (outputs !== RUN_TIME_LENGTH) return Math.max(1, outputs);
  const c = compiledFor<VectorReverse>(f, REVERSE, args, s);
  return c === undefined ? 1 : valuesOf(c.code, args).length;
}

/**
 * The Jacobian by `f`'s compiled forward code, laid out as `jacfwd` lays it out, or undefined
 * when the arguments do not fit it.
 */
export function compiledJacfwd(f: unknown, args: readonly unknown[], s: Selection, owner: string): unknown {
  vouched.last = false;
  const c = compiledFor<VectorForward>(f, FORWARD, args, s);
  if (c === undefined) return undefined;
  const { code, kinds } = c;
  if (kinds === "a" && c.outputs !== -1) {
    const whole = vouched.whole ? (f as Record<symbol, VectorJacobian | undefined>)[JACOBIAN] : undefined;
    const J = whole !== undefined ? whole(args[0] as number[] | Float64Array) : undefined;
    if (J !== undefined) {
      vouched.last = true;
      return J;
    }
    return rowsForward(code, args[0] as number[] | Float64Array);
  }
  // The arguments interleaved with their tangents, all 0; a chosen one's entries turn 1 in turn.
  const call: unknown[] = [];
  const simple = SIMPLE.test(kinds);
  const slots: [Record<string | number, number>, string | number][][] = [];
  for (let k = 0; k < args.length; k++) {
    const x = args[k];
    if (!simple && typeof x !== "number") {
      // A matrix or an object: zeros shaped like it, its numbers' places in `split`'s order.
      slots[k] = [];
      call.push(x, zerosWithSlots(x, slots[k]!));
      continue;
    }
    call.push(x, typeof x === "number" ? 0 : x instanceof Float64Array ? new Float64Array(x.length) : new Array<number>((x as number[]).length).fill(0));
  }
  const columns: Outputs[] = [];
  let values: Outputs | undefined;
  for (const k of s.indices) {
    const t = call[2 * k + 1];
    const places = slots[k];
    if (places !== undefined) {
      for (const [at, key] of places) {
        at[key] = 1;
        values = code(...call);
        columns.push(tangentsOut);
        at[key] = 0;
      }
      continue;
    }
    if (typeof t === "number") {
      call[2 * k + 1] = 1;
      values = code(...call);
      columns.push(tangentsOut);
      call[2 * k + 1] = 0;
      continue;
    }
    const ts = t as number[];
    for (let i = 0; i < ts.length; i++) {
      ts[i] = 1;
      values = code(...call);
      columns.push(tangentsOut);
      ts[i] = 0;
    }
  }
  values ??= code(...call); // no input numbers: the output's shape still comes from one run
  const out = split(outputOf(values, c.outputs), `${owner}'s function result`, []);
  const leaves: Value[] = [];
  const input = split(chosenTree(args, s), argumentNames(owner, s.indices, s.single), leaves);
  return assemble(out, input, (i, j) => columns[j]![i]!);
}

/**
 * The Jacobian by `f`'s compiled reverse code (one call per output number), laid out as
 * `jacrev` lays it out, or undefined when the arguments do not fit it.
 */
export function compiledJacrev(f: unknown, args: readonly unknown[], s: Selection, owner: string): unknown {
  vouched.last = false;
  const c = compiledFor<VectorReverse>(f, REVERSE, args, s);
  if (c === undefined) return undefined;
  if (c.kinds === "a" && c.outputs !== -1) return rowsReverse(c.code, args[0] as number[] | Float64Array, c.outputs);
  const rows: number[][] = [];
  let values: Outputs;
  // Code that stores nothing gives every row from one forward sweep (called with a number as its cotangent).
  const all = c.outputs === 0 ? undefined : runCompiledReverse(c.code as unknown as CompiledReverse, [Math.max(c.outputs, 1), ...args]) as unknown as Gradient[][] | undefined;
  // Otherwise an array built at run time is measured by a first run (its values).
  const measured = all === undefined && c.outputs === RUN_TIME_LENGTH ? valuesOf(c.code, args) : undefined;
  const m = all !== undefined ? all.length : measured !== undefined ? measured.length : c.outputs < 0 ? 1 : c.outputs;
  if (m === 0) {
    values = measured ?? valuesOf(c.code, args);
  } else {
    const cotangent = new Array<number>(m).fill(0);
    const call: unknown[] = [cotangent, ...args];
    if (all !== undefined) for (const g of all) rows.push(flatChosen(g, s, args));
    for (let i = all === undefined ? 0 : m; i < m; i++) {
      cotangent[i] = 1;
      const g = runCompiledReverse(c.code as unknown as CompiledReverse, call) as Gradient[];
      cotangent[i] = 0;
      rows.push(flatChosen(g, s, args));
    }
    // Only the output's shape is read from `values` (the rows call leaves none).
    values = all === undefined ? valuesOut : new Array<number>(m).fill(0);
  }
  const out = split(outputOf(values, c.outputs), `${owner}'s function result`, []);
  const leaves: Value[] = [];
  const input = split(chosenTree(args, s), argumentNames(owner, s.indices, s.single), leaves);
  return assemble(out, input, (i, j) => rows[i]![j]!);
}

/** The output values from compiled reverse code run without a cotangent (its forward sweep). */
const valuesOf = (code: VectorReverse, args: readonly unknown[]): Outputs =>
  runCompiledReverse(code as unknown as CompiledReverse, [undefined, ...args]) as unknown as Outputs;

/**
 * The common case of `jacfwd`: one array in, an array out; row i of `J` gets column j's entry i.
 * The number of rows is the length of the tangents each run gives (an array built at run time
 * has no other).
 */
function rowsForward(code: VectorForward, x: number[] | Float64Array): number[][] {
  const n = x.length;
  const t = x instanceof Float64Array ? new Float64Array(n) : new Array<number>(n).fill(0);
  // With no input numbers the function still runs once, as the tape's jacfwd runs it: its output's length gives the rows.
  if (n === 0) return Array.from(code(x, t), () => []);
  let J: number[][] = [];
  for (let j = 0; j < n; j++) {
    t[j] = 1;
    code(x, t);
    t[j] = 0;
    const column = tangentsOut, m = column.length;
    if (j === 0) {
      J = new Array(m);
      for (let i = 0; i < m; i++) J[i] = new Array<number>(n);
    }
    for (let i = 0; i < m; i++) J[i]![j] = column[i]!;
  }
  return J;
}

/** The common case of `jacrev`: one array in, an array out; row i is the gradient of output i. */
function rowsReverse(code: VectorReverse, x: number[] | Float64Array, m: number): number[][] {
  // Code that stores nothing gives every row from one forward sweep (called with the count of outputs).
  const all = m === 0 ? undefined : runCompiledReverse(code as unknown as CompiledReverse, [Math.max(m, 1), x]) as unknown as Gradient[][] | undefined;
  if (all !== undefined) {
    const J: number[][] = new Array(all.length);
    for (let i = 0; i < all.length; i++) {
      const g = all[i]![0]!;
      J[i] = Array.isArray(g) ? g : Array.from(g as Float64Array);
    }
    return J;
  }
  // An array built at run time: its length from a first run.
  const measured = m === RUN_TIME_LENGTH;
  if (measured) m = valuesOf(code, [x]).length;
  const J: number[][] = new Array(m);
  const cotangent = new Array<number>(m).fill(0);
  const call = [cotangent, x];
  if (m === 0 && !measured) runCompiledReverse(code as unknown as CompiledReverse, [undefined, x]);
  for (let i = 0; i < m; i++) {
    cotangent[i] = 1;
    const g = (runCompiledReverse(code as unknown as CompiledReverse, call) as Gradient[])[0]!;
    cotangent[i] = 0;
    J[i] = Array.isArray(g) ? g : Array.from(g as Float64Array);
  }
  return J;
}

const ALL: Selection = { indices: [], single: false, hasAux: false };

/**
 * `jvp` (no options) by `f`'s compiled vector forward code, for functions taking arrays, matrices
 * or objects: `[value, tangent]` shaped like the output, or undefined when the primals do not fit
 * the code, the tangents are not plain numbers shaped like the primals, or a value or tangent is
 * NaN (the Duals then give their answer or error).
 */
export function compiledJvp(f: unknown, primals: readonly unknown[], tangents: readonly unknown[]): [unknown, unknown] | undefined {
  if (primals.length !== tangents.length) return undefined;
  const c = compiledFor<VectorForward>(f, FORWARD, primals, ALL);
  if (c === undefined) return undefined;
  const call: unknown[] = new Array(2 * primals.length);
  for (let k = 0; k < primals.length; k++) {
    if (!shapedLike(primals[k], tangents[k])) return undefined;
    call[2 * k] = primals[k];
    call[2 * k + 1] = tangents[k];
  }
  const values = c.code(...call), t = tangentsOut;
  for (let i = 0; i < values.length; i++) if (values[i] !== values[i] || t[i] !== t[i]) return undefined;
  return c.outputs === -1 ? [values[0], t[0]] : [values, t];
}

/**
 * `vjp` by `f`'s compiled reverse code: `[value, pullback]`, or undefined when the arguments do
 * not fit it. A cotangent holding values of an enclosing transform goes to `general`, the tape's pullback.
 */
export function compiledVjp(f: unknown, primals: readonly unknown[], s: Selection, general: () => (cotangent: unknown) => unknown): [unknown, (cotangent: unknown) => unknown] | undefined {
  const c = compiledFor<VectorReverse>(f, REVERSE, primals, s);
  if (c === undefined) return undefined;
  const values = valuesOf(c.code, primals);
  // An array built at run time has the length this run gave it (the code returns a copy of it).
  const m = c.outputs === RUN_TIME_LENGTH ? values.length : c.outputs < 0 ? 1 : c.outputs;
  const value = c.outputs === -1 ? values[0] : c.outputs === RUN_TIME_LENGTH ? values : values.slice();
  let tape: ((cotangent: unknown) => unknown) | undefined;
  const back = (cotangent: unknown): unknown => {
    const ct = flatten(cotangent, "vjp's cotangent").leaves;
    if (ct.length !== m) throw new TypeError(`typegrad: vjp's cotangent has ${ct.length} numbers but the function's output has ${m}`);
    if (!ct.every((x) => typeof x === "number")) return (tape ??= general())(cotangent);
    const g = runCompiledReverse(c.code as unknown as CompiledReverse, [ct, ...primals]) as Gradient[];
    shapeGradients(primals, g);
    return s.single ? g[s.indices[0]!] : s.indices.map((k) => g[k]);
  };
  return [value, back];
}
