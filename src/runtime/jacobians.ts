/**
 * Jacobians and Hessians of functions of any number of arguments of any structure `grad`
 * accepts, laid out as blocks (blocks.ts). `jacfwd` makes one forward pass per input number,
 * `jacrev` one recording and one sweep per output number, `hessian` is forward over reverse.
 * `argnums` and `hasAux` work as for `grad`.
 */
import { DualNum, VarNum, describe, type Value } from "./active.js";
import { assemble, rebuild, split, type Part } from "./blocks.js";
import { Tag } from "./level.js";
import { belongs, checkFunction, checkNotAsync, checkScalarOutput, tangentAt, within } from "./levels.js";
import {
  checkOptions, chosenTree, releaseAux, select, splitAux, withChosen,
  type Argnums, type Chosen, type Selection, type TransformOptions,
} from "./options.js";
import { argumentNames } from "./structure.js";
import { chosenSize, compiledJacfwd, compiledJacrev, hasVectorCode, outputsAt, vouched } from "./compiled-vector.js";
import { compiledArrayHessian, compiledHessianColumns, compiledHvp, compiledHvpTuple } from "./compiled-hessian.js";
import { holdsNaN } from "./compiled-entry.js";
import { Tape } from "./tape.js";
import { grad, jvp } from "./transforms.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fn = (...args: any[]) => any;

type Typed = Float64Array | Float32Array;
/** `Y` with every number replaced by `T` (typed arrays become plain arrays of `T`). */
export type Replace<Y, T> = Y extends number
  ? T
  : Y extends Typed
    ? T[]
    : Y extends readonly unknown[]
      ? { -readonly [K in keyof Y]: Replace<Y[K], T> }
      : Y extends object
        ? { -readonly [K in keyof Y]: Replace<Y[K], T> }
        : never;
type IsObject<T> = T extends number | readonly unknown[] | Typed ? false : T extends object ? true : false;
/** The block of output piece `Y` for input `X`: a gradient for a number output, else output-shaped rows shaped like `X`. */
type InBlock<Y, X> = IsObject<X> extends true
  ? { -readonly [K in keyof X]: InBlock<Y, X[K]> }
  : Y extends number
    ? X
    : Replace<Y, X extends Typed ? number[] : X>;
/** True when the chosen arguments form a tuple (several arguments, or `argnums` an array). */
type ChosenIsTuple<A extends unknown[], N> = [N] extends [undefined] ? (A extends [unknown] ? false : true) : N extends readonly number[] ? true : false;
type ByInput<Y, A extends unknown[], N> = ChosenIsTuple<A, N> extends true
  ? Chosen<A, N> extends infer T
    ? { -readonly [K in keyof T]: InBlock<Y, T[K]> }
    : never
  : InBlock<Y, Chosen<A, N>>;
/** The Jacobian of an output `Y` with respect to the arguments `A` chosen by `N`. */
export type JacobianOf<Y, A extends unknown[], N = undefined> = IsObject<Y> extends true
  ? { -readonly [K in keyof Y]: JacobianOf<Y[K], A, N> }
  : ByInput<Y, A, N>;
/** The Hessian of a scalar function of the arguments `A` chosen by `N`. */
export type HessianOf<A extends unknown[], N = undefined> = ChosenIsTuple<A, N> extends true
  ? Chosen<A, N> extends infer T
    ? { -readonly [I in keyof T]: JacobianOf<T[I], A, N> }
    : never
  : JacobianOf<Chosen<A, N>, A, N>;

/** A transform's options resolved for one call: the chosen arguments split into parts. */
interface Problem {
  readonly s: Selection;
  readonly input: Part;
  readonly leaves: Value[];
  /** Calls `f` with the chosen arguments rebuilt from `values`; returns the output (and aux). */
  readonly run: (values: readonly Value[]) => [unknown, unknown];
}

function problem(f: Fn, args: unknown[], o: TransformOptions, owner: string): Problem {
  const s = select(o, args.length, owner);
  const leaves: Value[] = [];
  const input = split(chosenTree(args, s), argumentNames(owner, s.indices, s.single), leaves);
  const run = (values: readonly Value[]): [unknown, unknown] => {
    const out = f(...withChosen(args, s, rebuild(input, values, false)));
    checkNotAsync(out, owner);
    return s.hasAux ? splitAux(out, owner) : [out, undefined];
  };
  return { s, input, leaves, run };
}

/** Forward mode: one pass per input number; `J[j][i]` is column j. */
function forwardColumns(p: Problem, owner: string): { out: Part; columns: Value[][]; aux: unknown } {
  let out: Part | undefined, aux: unknown;
  // With no input numbers there are no columns, but the output's shape (and aux) still come
  // from one run: `J` is then empty rows shaped like the output, as JAX's (m, 0) blocks.
  const passes = p.leaves.length === 0 ? [-1] : p.leaves.map((_, j) => j);
  const columns = passes.map((j) => {
    const tag = new Tag(owner);
    const [y, a] = within(tag, () => p.run(p.leaves.map((x, k) => new DualNum(x, k === j ? 1 : 0, tag))));
    const ys: Value[] = [];
    const part = split(y, `${owner}'s function result`, ys);
    if (j <= 0) {
      out = part;
      aux = releaseAux(a, tag);
    }
    return ys.map((v) => tangentAt(tag, v));
  });
  return { out: out!, columns, aux };
}

/** Reverse mode: one recording, one sweep per output number; `rows[i]` is row i. */
function reverseRows(p: Problem, owner: string): { out: Part; rows: Value[][]; aux: unknown } {
  const tape = new Tape(owner);
  const vars: VarNum[] = [];
  const [y, a] = within(tape, () => {
    for (const leaf of p.leaves) vars.push(tape.node(leaf));
    return p.run(vars);
  });
  const ys: Value[] = [];
  const out = split(y, `${owner}'s function result`, ys);
  const rows = ys.map((yi) => {
    if (!belongs(tape, yi)) return vars.map(() => 0 as Value);
    const adj = tape.sweep([(yi as VarNum).i], [1]);
    return vars.map((v) => (v.i <= (yi as VarNum).i ? adj[v.i] : 0));
  });
  tape.release();
  return { out, rows, aux: releaseAux(a, tape) };
}

function forwardJacobian(p: Problem, owner: string): unknown {
  const { out, columns, aux } = forwardColumns(p, owner);
  const J = assemble(out, p.input, (i, j) => columns[j][i]);
  return p.s.hasAux ? [J, aux] : J;
}

function reverseJacobian(p: Problem, owner: string): unknown {
  const { out, rows, aux } = reverseRows(p, owner);
  const J = assemble(out, p.input, (i, j) => rows[i][j]);
  return p.s.hasAux ? [J, aux] : J;
}

/** The signature every Jacobian transform shares. */
interface JacobianTransform {
  <A extends unknown[], Y, Aux, const N extends Argnums | undefined = undefined>(
    f: (...args: A) => readonly [Y, Aux],
    options: { argnums?: N; hasAux: true },
  ): (...args: A) => [JacobianOf<Y, A, N>, Aux];
  <A extends unknown[], Y, const N extends Argnums | undefined = undefined>(
    f: (...args: A) => Y,
    options?: { argnums?: N; hasAux?: false },
  ): (...args: A) => JacobianOf<Y, A, N>;
}

/**
 * The Jacobian by forward mode: one pass per input number. For `f: (x: number[]) => number[]`
 * row i is the gradient of output i; for several arguments a tuple of blocks, one per argument.
 * @example
 * jacfwd((x: number[]) => [x[0] * x[1], x[0]])([2, 3]); // [[3, 2], [1, 0]]
 * jacfwd((x: number[], s: number) => [s * x[0], s * x[1]])([2, 3], 4); // [[[4, 0], [0, 4]], [2, 3]]
 */
export const jacfwd = ((f: Fn, options?: TransformOptions) => {
  checkFunction(f, "jacfwd");
  const o = checkOptions(options, "jacfwd");
  return (...args: unknown[]) => trusted(compiledJacfwd(f, args, select(o, args.length, "jacfwd"), "jacfwd")) ?? forwardJacobian(problem(f, args, o, "jacfwd"), "jacfwd");
}) as JacobianTransform;

/**
 * The Jacobian by reverse mode: one recording, one sweep per output number; laid out as `jacfwd`'s.
 * @example
 * jacrev((x: number[]) => [x[0] * x[1], x[0]])([2, 3]); // [[3, 2], [1, 0]]
 */
export const jacrev = ((f: Fn, options?: TransformOptions) => {
  checkFunction(f, "jacrev");
  const o = checkOptions(options, "jacrev");
  return (...args: unknown[]) => trusted(compiledJacrev(f, args, select(o, args.length, "jacrev"), "jacrev")) ?? reverseJacobian(problem(f, args, o, "jacrev"), "jacrev");
}) as JacobianTransform;

/**
 * The Jacobian, by whichever mode needs fewer passes (reverse when there are fewer outputs
 * than inputs). It evaluates `f` once on the arguments to count the outputs.
 * @example
 * jacobian((x: number[]) => [x[0] * x[1]])([2, 3]); // [[3, 2]]
 */
export const jacobian = ((f: Fn, options?: TransformOptions) => {
  checkFunction(f, "jacobian");
  const o = checkOptions(options, "jacobian");
  return (...args: unknown[]) => {
    const compiled = trusted(compiledJacobian(f, args, select(o, args.length, "jacobian")));
    if (compiled !== undefined) return compiled;
    const p = problem(f, args, o, "jacobian");
    const outputs: Value[] = [];
    split(p.run(p.leaves)[0], "jacobian's function result", outputs);
    return outputs.length < p.leaves.length ? reverseJacobian(p, "jacobian") : forwardJacobian(p, "jacobian");
  };
}) as JacobianTransform;

/**
 * A Jacobian from compiled code, or undefined when it holds a NaN or a hole: compiled code
 * reads arrays without bounds checks, so an element read past an array's end gives NaN (or
 * `undefined`) where the tape throws naming the operation; the tape then runs instead.
 * Whole-Jacobian code checks itself (its outputs' values) and is not scanned.
 */
const trusted = (J: unknown): unknown => (J === undefined || (!vouched.last && holdsNaN(J)) ? undefined : J);

/**
 * `jacobian` by compiled code: reverse mode when the compiled output has fewer numbers than
 * the chosen inputs (and reverse code is there), else forward mode; undefined when neither fits.
 */
function compiledJacobian(f: Fn, args: unknown[], s: Selection): unknown {
  const reverse = hasVectorCode(f, "reverse") && (!hasVectorCode(f, "forward") || outputsAt(f, args, s) < chosenSize(args, s));
  return reverse ? compiledJacrev(f, args, s, "jacobian") : compiledJacfwd(f, args, s, "jacobian");
}

/**
 * The gradient of `f` at the chosen arguments `values` (reverse mode), flat, and its aux: what
 * `hessian` and `hvp` differentiate again.
 */
function flatGradient(p: Problem, values: readonly Value[], owner: string): [Value[], unknown] {
  const tape = new Tape(owner);
  const vars: VarNum[] = [];
  const [y, a] = within(tape, () => {
    for (const v of values) vars.push(tape.node(v));
    return p.run(vars);
  });
  checkScalarOutput(y, owner);
  const aux = releaseAux(a, tape);
  if (!belongs(tape, y)) return [vars.map(() => 0), aux];
  const adj = tape.sweep([(y as VarNum).i], [1]);
  const g = vars.map((v) => (v.i <= (y as VarNum).i ? adj[v.i] : 0));
  tape.release();
  return [g, aux];
}

/**
 * The Hessian of a scalar function, forward over reverse. For `f: (x: number[]) => number` a
 * `number[][]`; for several number arguments the `number[][]` of their second partials; in
 * general one block per pair of chosen arguments (`H[i][j]` = ∂²f/∂xᵢ∂xⱼ).
 * @example
 * hessian((x: number[]) => x[0] * x[0] * x[1])([1, 2]); // [[4, 2], [2, 0]]
 * hessian((x: number, y: number) => x * x * y)(1, 2); // [[4, 2], [2, 0]]
 */
export function hessian<A extends unknown[], Aux, const N extends Argnums | undefined = undefined>(
  f: (...args: A) => readonly [number, Aux],
  options: { argnums?: N; hasAux: true },
): (...args: A) => [HessianOf<A, N>, Aux];
export function hessian<A extends unknown[], const N extends Argnums | undefined = undefined>(
  f: (...args: A) => number,
  options?: { argnums?: N; hasAux?: false },
): (...args: A) => HessianOf<A, N>;
export function hessian(f: Fn, options?: TransformOptions): Fn {
  checkFunction(f, "hessian");
  const o = checkOptions(options, "hessian");
  return (...args: unknown[]) => {
    const fast = o.argnums === undefined && !o.hasAux && args.length === 1 ? compiledArrayHessian(f, args[0]) : undefined;
    if (fast) return fast;
    const p = problem(f, args, o, "hessian");
    // Compiled code (compiled-hessian.ts) when the transformer attached it and the arguments fit.
    const compiled = o.argnums === undefined && !o.hasAux && p.leaves.length > 0 ? compiledHessianColumns(f, args) : undefined;
    if (compiled) return assemble(p.input, p.input, (i, j) => compiled[j][i]);
    let aux: unknown;
    // With no input numbers, one run still checks the output and gives the aux; H is empty.
    const passes = p.leaves.length === 0 ? [-1] : p.leaves.map((_, j) => j);
    const columns = passes.map((j) => {
      const tag = new Tag("hessian");
      const [g, a] = within(tag, () => flatGradient(p, p.leaves.map((x, k) => new DualNum(x, k === j ? 1 : 0, tag)), "hessian"));
      if (j <= 0) aux = releaseAux(a, tag);
      return g.map((v) => tangentAt(tag, v));
    });
    const H = assemble(p.input, p.input, (i, j) => columns[j][i]);
    return p.s.hasAux ? [H, aux] : H;
  };
}

/**
 * `r`, a result structured like `x`, with the typed arrays of `x` where `r` has plain arrays:
 * `grad` inside `jvp` sees a typed argument as an array of Duals (a typed array cannot hold
 * them), so its tangent comes back as a plain array.
 */
function shapedLike(x: unknown, r: unknown): unknown {
  if (x instanceof Float64Array || x instanceof Float32Array) {
    return Array.isArray(r) ? (x.constructor as Float64ArrayConstructor).from(r as number[]) : r;
  }
  if (Array.isArray(x) && Array.isArray(r)) {
    for (let k = 0; k < r.length; k++) r[k] = shapedLike(x[k], r[k]);
  } else if (x !== null && typeof x === "object" && r !== null && typeof r === "object") {
    for (const key of Object.keys(r)) (r as Record<string, unknown>)[key] = shapedLike((x as Record<string, unknown>)[key], (r as Record<string, unknown>)[key]);
  }
  return r;
}

/**
 * The Hessian-vector product H·v without forming H (forward over reverse), shaped like `v`.
 * For a function of several arguments give `{ argnums }`: then `x` is the tuple of all the
 * arguments and `v` is shaped like the gradient for those argnums.
 * @example
 * hvp((x: number[]) => x[0] * x[0] * x[1], [1, 2], [1, 0]); // [4, 2]
 * hvp((x: number, y: number) => x * x * y, [1, 2], [1, 0], { argnums: [0, 1] }); // [4, 2]
 */
export function hvp<X, Aux>(f: (x: X) => readonly [number, Aux], x: X, v: X, options: { hasAux: true }): [X, Aux];
export function hvp<X>(f: (x: X) => number, x: X, v: X, options?: { hasAux?: false }): X;
export function hvp<A extends unknown[], Aux, const N extends Argnums>(
  f: (...args: A) => readonly [number, Aux],
  x: A,
  v: Chosen<A, N>,
  options: { argnums: N; hasAux: true },
): [Chosen<A, N>, Aux];
export function hvp<A extends unknown[], const N extends Argnums>(f: (...args: A) => number, x: A, v: Chosen<A, N>, options: { argnums: N; hasAux?: false }): Chosen<A, N>;
export function hvp(f: Fn, x: unknown, v: unknown, options?: TransformOptions): unknown {
  checkFunction(f, "hvp");
  const o = checkOptions(options, "hvp");
  if (o.argnums === undefined) {
    if (f.length > 1) {
      throw new TypeError(
        `typegrad: hvp(f, x, v) is for a function of one argument; f takes ${f.length}. ` +
          "Pass { argnums: [0, 1, …] } and the arguments as a tuple: hvp(f, [x, y], [vx, vy], { argnums: [0, 1] })",
      );
    }
    if (!o.hasAux) return compiledHvp(f, x, v) ?? shapedLike(x, jvp(grad(f) as Fn, [x], [v])[1]);
  }
  const compiled = o.argnums !== undefined && !o.hasAux ? compiledHvpTuple(f, x, v, o.argnums) : undefined;
  if (compiled) return compiled;
  const args = o.argnums === undefined ? [x] : x;
  if (!Array.isArray(args)) throw new TypeError(`typegrad: hvp with argnums takes the tuple of all arguments as x; got ${describe(x)}`);
  const p = problem(f, args, o, "hvp");
  const t: Value[] = [];
  split(v, p.s.single ? "hvp's v" : p.s.indices.map((_, j) => `hvp's v[${j}]`), t);
  if (t.length !== p.leaves.length) {
    throw new TypeError(`typegrad: hvp's v has ${t.length} numbers but the chosen arguments have ${p.leaves.length}; shape v like them`);
  }
  const tag = new Tag("hvp");
  const [g, a] = within(tag, () => flatGradient(p, p.leaves.map((xk, k) => new DualNum(xk, t[k], tag)), "hvp"));
  const hv = rebuild(p.input, g.map((gk) => tangentAt(tag, gk)), true);
  return p.s.hasAux ? [hv, releaseAux(a, tag)] : hv;
}

