/**
 * The function transforms of SPEC §3. Reverse mode runs the function once on a fresh tape and
 * sweeps it; forward mode runs it on Duals of a fresh tag. Every transform works on values of
 * enclosing transforms too, which is what makes nesting (grad of grad, jvp of grad, ...) work.
 */
import { Active, DualNum, VarNum, type Value } from "./active.js";
import { compiledArity, compiledForward, compiledReverse, fitsCompiledReverse, lastTangent, lastValue } from "./compiled.js";
import { Tag } from "./level.js";
import { argumentTree, belongs, checkFunction, checkScalarOutput, primalAt, tangentAt, within } from "./levels.js";
import {
  checkOptions, chosenTree, isPlain, releaseAux, select, splitAux, trailingOptions, withChosen,
  type Argnums, type Chosen, type GradientOf, type Selection, type TransformOptions,
} from "./options.js";
import { flatten, type Flat } from "./structure.js";
import { Tape } from "./tape.js";

export type { GradientOf } from "./options.js";
// The Jacobians live in their own file; exported here too, so the entry point's list stays one line.
export { jacfwd, jacrev, jacobian, hessian, hvp } from "./jacobians.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fn = (...args: any[]) => any;
/** The arguments `argnums` picks, as a list (one entry per chosen argument): what `jvp` takes tangents for. */
export type ChosenArgs<A extends unknown[], N> = [N] extends [undefined]
  ? A
  : N extends readonly number[]
    ? { -readonly [K in keyof N]: A[N[K] & number] }
    : N extends number
      ? [A[N]]
      : A;
/** `derivative`'s result: the output's shape for one chosen argument, a tuple of them for several. */
export type DerivativeOf<Y, A extends unknown[], N> = [N] extends [undefined]
  ? A extends [unknown]
    ? Y
    : { [K in keyof A]: Y }
  : N extends readonly number[]
    ? { -readonly [K in keyof N]: Y }
    : Y;

/**
 * The leaves of the arguments and how to rebuild the argument tree from new leaves (see
 * structure.ts), with fast paths for the common shapes: several numbers, one array of numbers.
 */
function allNumbers(args: readonly unknown[]): boolean {
  if (args.length === 0) return false;
  for (let k = 0; k < args.length; k++) if (typeof args[k] !== "number") return false;
  return true;
}

function argumentLeaves(args: readonly unknown[], owner: string): Flat {
  if (allNumbers(args)) {
    return { leaves: args as number[], build: (values) => (args.length === 1 ? values[0] : values) };
  }
  const x = args[0];
  if (args.length === 1 && Array.isArray(x) && x.every((v) => typeof v === "number")) {
    return { leaves: x, build: (values) => values };
  }
  return flatten(argumentTree(args, owner), `${owner}'s argument`);
}

const call = (f: Fn, args: readonly unknown[], tree: unknown): unknown => (args.length === 1 ? f(tree) : f(...(tree as unknown[])));

/**
 * Runs `f` at `args` on a fresh tape whose variables are the chosen arguments' leaves (the
 * others are constants); returns the output (the value part when `hasAux`), the aux result
 * and a pullback from output cotangents to the chosen arguments' cotangents.
 */
export function recordChosen(f: Fn, args: readonly unknown[], s: Selection, owner: string) {
  const flat = flatten(chosenTree(args, s), `${owner}'s argument`);
  const tape = new Tape(owner);
  const vars: VarNum[] = [];
  let out = within(tape, () => {
    for (const leaf of flat.leaves) vars.push(tape.node(leaf));
    return f(...withChosen(args, s, flat.build(vars, false)));
  });
  let aux: unknown;
  if (s.hasAux) {
    [out, aux] = splitAux(out, owner);
    aux = releaseAux(aux, tape);
  }
  const pullback = (outputs: readonly Value[], cotangents: readonly Value[]): unknown => {
    const nodes: number[] = [], seeds: Value[] = [];
    outputs.forEach((y, k) => {
      if (belongs(tape, y)) {
        nodes.push((y as VarNum).i);
        seeds.push(cotangents[k]);
      }
    });
    const adj = tape.sweep(nodes, seeds);
    let last = -1; // the sweep's result is only meaningful up to the last seeded node
    for (const n of nodes) last = n > last ? n : last;
    return flat.build(vars.map((v) => (v.i <= last ? adj[v.i] : 0)), true);
  };
  return { tape, out, aux, pullback, flat, vars };
}

/** `valueAndGrad` with options: the chosen arguments only, and the aux result. */
function chosenValueAndGrad(f: Fn, o: TransformOptions, owner: string): (...args: unknown[]) => [unknown, unknown] {
  // Compiled code returns every argument's gradient; the chosen ones are the same numbers the
  // tape would give (non-chosen arguments only add paths that never reach the chosen ones).
  const compiled = o.hasAux ? undefined : compiledReverse(f);
  return (...args: unknown[]) => {
    const s = select(o, args.length, owner);
    if (compiled !== undefined && fitsCompiledReverse(f, args)) {
      const g = compiled(...(args as number[]));
      const pick = (k: number) => (Array.isArray(args[k]) ? Array.from(g[k] as Float64Array) : g[k]);
      return [lastValue(), s.single ? pick(s.indices[0]) : s.indices.map(pick)];
    }
    const { tape, out, aux, pullback } = recordChosen(f, args, s, owner);
    try {
      checkScalarOutput(out, owner);
      const value = primalAt(tape, out);
      return [s.hasAux ? [value, aux] : value, pullback([out], [1])];
    } finally {
      tape.release();
    }
  };
}

/**
 * `valueAndGrad(f)(...args)` returns `[f(...args), ∇f(...args)]`, the gradient structured like
 * the arguments. `{ argnums }` differentiates the chosen arguments only; with `{ hasAux: true }`
 * `f` returns `[value, aux]` and the result is `[[value, aux], gradient]`.
 * @example
 * valueAndGrad((x: number) => x * x)(3); // [9, 6]
 * valueAndGrad((w: number, x: number) => [w * x, "aux"] as const, { argnums: 0, hasAux: true })(2, 5); // [[10, "aux"], 5]
 */
export function valueAndGrad<A extends unknown[], Aux, const N extends Argnums | undefined = undefined>(
  f: (...args: A) => readonly [number, Aux],
  options: { argnums?: N; hasAux: true },
): (...args: A) => [[number, Aux], Chosen<A, N>];
export function valueAndGrad<A extends unknown[], const N extends Argnums | undefined = undefined>(
  f: (...args: A) => number,
  options?: { argnums?: N; hasAux?: false },
): (...args: A) => [number, Chosen<A, N>];
export function valueAndGrad<A extends unknown[]>(f: Fn, options?: TransformOptions): (...args: A) => [unknown, unknown] {
  checkFunction(f, "valueAndGrad");
  const o = checkOptions(options, "valueAndGrad");
  if (!isPlain(o)) return chosenValueAndGrad(f, o, "valueAndGrad") as never;
  // The hot path of reverse mode, so written out: no closures, the tape's storage reused.
  const compiled = compiledReverse(f);
  return (...args: A) => {
    if (compiled !== undefined && fitsCompiledReverse(f, args)) {
      const g = compiled(...(args as unknown as number[]));
      // Array gradients come as Float64Arrays: shaped like the arguments, as everywhere.
      for (let k = 0; k < g.length; k++) if (Array.isArray(args[k])) g[k] = Array.from(g[k] as Float64Array) as never;
      return [lastValue(), (args.length === 1 ? g[0] : g) as GradientOf<A>];
    }
    const scalars = allNumbers(args);
    const flat = scalars ? null : argumentLeaves(args, "grad");
    const leaves = flat === null ? (args as unknown as number[]) : flat.leaves, n = leaves.length;
    const tape = new Tape("grad");
    try {
      const vars: VarNum[] = new Array(n);
      for (let k = 0; k < n; k++) vars[k] = tape.node(leaves[k]); // nodes 0..n-1
      const out = flat === null ? f(...(vars as unknown as A)) : call(f, args, flat.build(vars, false));
      tape.open = false;
      checkScalarOutput(out, "grad");
      const g: Value[] = new Array(n);
      const last = belongs(tape, out) ? (out as VarNum).i : -1;
      const adj = last >= 0 ? tape.sweep1(last) : null;
      for (let k = 0; k < n; k++) g[k] = adj !== null && k <= last ? adj[k] : 0;
      const gradient = flat === null ? (n === 1 ? g[0] : g) : flat.build(g, true);
      return [primalAt(tape, out) as number, gradient as GradientOf<A>];
    } finally {
      tape.open = false;
      tape.release();
    }
  };
}

/**
 * The gradient of a scalar function (reverse mode), structured like the arguments:
 * a number for one number, an array for an array, a tuple for several arguments.
 * `{ argnums: k }` gives argument k's gradient only, `{ argnums: [i, j] }` a tuple of those;
 * with `{ hasAux: true }` `f` returns `[value, aux]` and the result is `[gradient, aux]`.
 * @example
 * grad((x0: number, x1: number) => Math.sin(x0) * (x0 + x1))(0.6, 1.4); // [2.2153…, 0.5646…]
 * grad((w: number[], x: number) => w[0] * x, { argnums: 0 })([2, 3], 5); // [5, 0]
 */
export function grad<A extends unknown[], Aux, const N extends Argnums | undefined = undefined>(
  f: (...args: A) => readonly [number, Aux],
  options: { argnums?: N; hasAux: true },
): (...args: A) => [Chosen<A, N>, Aux];
export function grad<A extends unknown[], const N extends Argnums | undefined = undefined>(
  f: (...args: A) => number,
  options?: { argnums?: N; hasAux?: false },
): (...args: A) => Chosen<A, N>;
export function grad(f: Fn, options?: TransformOptions): Fn {
  checkFunction(f, "grad");
  const o = checkOptions(options, "grad");
  if (isPlain(o)) {
    const vg = valueAndGrad(f);
    return (...args: unknown[]) => vg(...args)[1];
  }
  const vg = chosenValueAndGrad(f, o, "grad");
  if (!o.hasAux) return (...args: unknown[]) => vg(...args)[1];
  return (...args: unknown[]) => {
    const [value, gradient] = vg(...args);
    return [gradient, (value as unknown[])[1]];
  };
}

/**
 * `vjp(f, ...primals)` returns `[f(...primals), pullback]`; `pullback(cotangent)` gives the
 * cotangent of the arguments, structured like them. The output may be any tree of numbers.
 * Options come last: `vjp(f, x, y, { argnums: 1 })` pulls back to `y` only;
 * `vjp(f, x, { hasAux: true })` returns `[value, pullback, aux]`.
 * @example
 * const [y, back] = vjp((x: number[]) => [x[0] * x[1], x[0]], [2, 3]);
 * back([1, 0]); // [3, 2]
 */
export function vjp<A extends unknown[], Y>(f: (...args: A) => Y, ...primals: A): [Y, (cotangent: Y) => GradientOf<A>];
export function vjp<A extends unknown[], Y, Aux, const N extends Argnums | undefined = undefined>(
  f: (...args: A) => readonly [Y, Aux],
  ...primalsAndOptions: [...A, { argnums?: N; hasAux: true }]
): [Y, (cotangent: Y) => Chosen<A, N>, Aux];
export function vjp<A extends unknown[], Y, const N extends Argnums | undefined = undefined>(
  f: (...args: A) => Y,
  ...primalsAndOptions: [...A, { argnums?: N; hasAux?: false }]
): [Y, (cotangent: Y) => Chosen<A, N>];
export function vjp(f: Fn, ...rest: unknown[]): unknown[] {
  checkFunction(f, "vjp");
  const [primals, options] = trailingOptions(rest);
  const s = select(checkOptions(options, "vjp"), primals.length, "vjp");
  const { tape, out, aux, pullback } = recordChosen(f, primals, s, "vjp");
  const outFlat = flatten(out, "vjp's function result");
  const value = outFlat.build(outFlat.leaves.map((y) => primalAt(tape, y)), true);
  const back = (cotangent: unknown): unknown => {
    const ct = flatten(cotangent, "vjp's cotangent");
    if (ct.leaves.length !== outFlat.leaves.length) {
      throw new TypeError(
        `typegrad: vjp's cotangent has ${ct.leaves.length} numbers but the function's output has ${outFlat.leaves.length}`,
      );
    }
    return pullback(outFlat.leaves, ct.leaves);
  };
  return s.hasAux ? [value, back, aux] : [value, back];
}

/**
 * Runs `f` at `args` with the chosen arguments' leaves as Duals of a fresh tag (tangents
 * `tangentLeaves`); returns the value and tangent, structured like the output, and the aux result.
 */
export function pushforwardChosen(
  f: Fn, args: readonly unknown[], s: Selection, tangentLeaves: readonly Value[], owner: string,
): [unknown, unknown, unknown] {
  const p = flatten(chosenTree(args, s), `${owner}'s primals`);
  if (p.leaves.length !== tangentLeaves.length) {
    throw new TypeError(`typegrad: ${owner}'s primals have ${p.leaves.length} numbers but its tangents have ${tangentLeaves.length}`);
  }
  const tag = new Tag(owner);
  let out = within(tag, () => f(...withChosen(args, s, p.build(p.leaves.map((x, k) => new DualNum(x, tangentLeaves[k], tag)), false))));
  let aux: unknown;
  if (s.hasAux) {
    [out, aux] = splitAux(out, owner);
    aux = releaseAux(aux, tag);
  }
  if (typeof out === "number" || out instanceof Active) return [primalAt(tag, out), tangentAt(tag, out), aux];
  const y = flatten(out, `${owner}'s function result`);
  return [y.build(y.leaves.map((v) => primalAt(tag, v)), true), y.build(y.leaves.map((v) => tangentAt(tag, v)), true), aux];
}

/** Runs `f` on Duals of a fresh tag; returns primal and tangent results, structured like the output. */
function pushforward(f: Fn, primals: unknown[], tangents: unknown[], owner: string): [unknown, unknown] {
  const p = argumentLeaves(primals, `${owner}'s primals`);
  const t = argumentLeaves(tangents, `${owner}'s tangents`);
  if (p.leaves.length !== t.leaves.length) {
    throw new TypeError(`typegrad: ${owner}'s primals have ${p.leaves.length} numbers but its tangents have ${t.leaves.length}`);
  }
  const tag = new Tag(owner);
  const n = p.leaves.length, duals: DualNum[] = new Array(n);
  let out: unknown;
  try {
    for (let k = 0; k < n; k++) duals[k] = new DualNum(p.leaves[k], t.leaves[k], tag);
    out = call(f, primals, p.build(duals, false));
  } finally {
    tag.open = false;
  }
  if (typeof out === "number" || out instanceof Active) return [primalAt(tag, out), tangentAt(tag, out)];
  const y = flatten(out, `${owner}'s function result`);
  return [y.build(y.leaves.map((v) => primalAt(tag, v)), true), y.build(y.leaves.map((v) => tangentAt(tag, v)), true)];
}

/**
 * Forward mode: `jvp(f, primals, tangents)` returns `[f(...primals), J·tangents]`, with one
 * entry of `primals`/`tangents` per argument of `f`. With `{ argnums }`, `tangents` has one
 * entry per chosen argument (the others are held constant); with `{ hasAux: true }` the result
 * is `[value, tangent, aux]`.
 * @example
 * jvp((x: number) => x * x, [3], [1]); // [9, 6]
 * jvp((x: number, y: number) => x * y, [3, 4], [1], { argnums: 1 }); // [12, 3]
 */
export function jvp<A extends unknown[], Y>(f: (...args: A) => Y, primals: A, tangents: A): [Y, Y];
export function jvp<A extends unknown[], Y, Aux, const N extends Argnums | undefined = undefined>(
  f: (...args: A) => readonly [Y, Aux],
  primals: A,
  tangents: ChosenArgs<A, N>,
  options: { argnums?: N; hasAux: true },
): [Y, Y, Aux];
export function jvp<A extends unknown[], Y, const N extends Argnums | undefined = undefined>(
  f: (...args: A) => Y,
  primals: A,
  tangents: ChosenArgs<A, N>,
  options: { argnums?: N; hasAux?: false },
): [Y, Y];
export function jvp(f: Fn, primals: unknown[], tangents: unknown[], options?: TransformOptions): unknown[] {
  checkFunction(f, "jvp");
  if (!Array.isArray(primals) || !Array.isArray(tangents)) {
    throw new TypeError("typegrad: jvp(f, primals, tangents) takes arrays with one entry per argument of f");
  }
  const o = checkOptions(options, "jvp");
  if (!isPlain(o)) {
    const s = select(o, primals.length, "jvp");
    if (tangents.length !== s.indices.length) {
      throw new TypeError(`typegrad: jvp got ${tangents.length} tangents for ${s.indices.length} chosen argument(s); give one tangent per chosen argument`);
    }
    const t = flatten(s.single ? tangents[0] : tangents, "jvp's tangents").leaves;
    const [value, tangent, aux] = pushforwardChosen(f, primals, s, t, "jvp");
    return s.hasAux ? [value, tangent, aux] : [value, tangent];
  }
  if (primals.length !== tangents.length) {
    throw new TypeError(`typegrad: jvp got ${primals.length} primals but ${tangents.length} tangents; give one tangent per argument`);
  }
  const compiled = compiledForward(f);
  if (compiled !== undefined && compiledArity(f) === primals.length && allNumbers(primals) && allNumbers(tangents)) {
    const p = primals as unknown as number[], t = tangents as unknown as number[];
    let value: number;
    if (p.length === 1) value = compiled(p[0]!, t[0]!);
    else if (p.length === 2) value = compiled(p[0]!, t[0]!, p[1]!, t[1]!);
    else value = compiled(...p.flatMap((x, k) => [x, t[k]!]));
    return [value, lastTangent()];
  }
  return pushforward(f, primals, tangents, "jvp");
}

/** `derivative` with options or several arguments: one forward pass per chosen argument. */
function chosenDerivative(f: Fn, o: TransformOptions): Fn {
  return (...args: unknown[]) => {
    const s = select(o, args.length, "derivative");
    for (const k of s.indices) {
      const x = args[k];
      if (typeof x !== "number" && !(x instanceof Active)) {
        throw new TypeError(`typegrad: derivative differentiates number arguments; argument ${k} is ${describeShort(x)} — use jacfwd for arrays and objects`);
      }
    }
    let aux: unknown;
    const columns = s.indices.map((_, j) => {
      const [, tangent, a] = pushforwardChosen(f, args, s, s.indices.map((__, i) => (i === j ? 1 : 0)), "derivative");
      aux = a;
      return tangent;
    });
    const result = s.single ? columns[0] : columns;
    return s.hasAux ? [result, aux] : result;
  };
}

const describeShort = (x: unknown): string => (Array.isArray(x) ? "an array" : x instanceof Float64Array ? "a Float64Array" : `${typeof x}`);

/**
 * The derivative of a function of one number (forward mode); the result is shaped like `f`'s
 * output. For a function of several numbers, a tuple with one derivative per argument;
 * `{ argnums }` picks the arguments, `{ hasAux: true }` returns `[derivative, aux]`.
 * @example
 * derivative((x: number) => x ** 3)(2); // 12
 * derivative((x: number, y: number) => x * y, { argnums: 1 })(3, 4); // 3
 */
export function derivative<A extends number[], Y, Aux, const N extends Argnums | undefined = undefined>(
  f: (...args: A) => readonly [Y, Aux],
  options: { argnums?: N; hasAux: true },
): (...args: A) => [DerivativeOf<Y, A, N>, Aux];
export function derivative<A extends number[], Y, const N extends Argnums | undefined = undefined>(
  f: (...args: A) => Y,
  options?: { argnums?: N; hasAux?: false },
): (...args: A) => DerivativeOf<Y, A, N>;
export function derivative(f: Fn, options?: TransformOptions): Fn {
  checkFunction(f, "derivative");
  const o = checkOptions(options, "derivative");
  const general = chosenDerivative(f, o);
  if (!isPlain(o)) return general;
  const compiled = compiledForward(f);
  return function (x: number): unknown {
    // eslint-disable-next-line prefer-rest-params
    if (arguments.length !== 1) return general(...arguments);
    if (compiled !== undefined && typeof x === "number") {
      compiled(x, 1);
      return lastTangent();
    }
    if (typeof x !== "number" && !((x as unknown) instanceof Active)) {
      throw new TypeError("typegrad: derivative(f)(x) takes one number x; use jvp or jacfwd for arrays");
    }
    // The common case of a scalar result, without the general result walk.
    const tag = new Tag("derivative");
    let y: unknown;
    try {
      y = f(new DualNum(x, 1, tag) as unknown as number);
    } finally {
      tag.open = false;
    }
    if (y instanceof DualNum && y.level === tag) return y.d;
    if (typeof y === "number" || y instanceof Active) return tangentAt(tag, y as Value);
    const out = flatten(y, "derivative's function result");
    return out.build(out.leaves.map((v) => tangentAt(tag, v)), true);
  };
}

