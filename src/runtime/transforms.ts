/**
 * The function transforms of SPEC §3. Reverse mode runs the function once on a fresh tape and
 * sweeps it; forward mode runs it on Duals of a fresh tag. Every transform works on values of
 * enclosing transforms too, which is what makes nesting (grad of grad, jvp of grad, ...) work.
 */
import { VarNum, type Value } from "./active.js";
import { allNumbers, argumentLeaves, call, type Fn } from "./arguments.js";
import { compiledReverse, fitsCode, lastValue, runCompiledReverse, shapeGradients } from "./compiled.js";
import { compiledVjp } from "./compiled-vector.js";
import { failed, holdsNaN, reverseEntry } from "./compiled-entry.js";
import { belongs, checkFunction, checkNotAsync, checkScalarOutput, primalAt, within } from "./levels.js";
import {
  checkOptions, chosenTree, isPlain, releaseAux, select, splitAux, trailingOptions, withChosen,
  type Argnums, type Chosen, type GradientOf, type Selection, type TransformOptions,
} from "./options.js";
import { argumentNames, flatten } from "./structure.js";
import { Tape, trimAdjoints } from "./tape.js";

export type { GradientOf } from "./options.js";
// Forward mode and the Jacobians live in their own files; exported here too, so the entry
// point's list stays one line.
export { derivative, jvp, type ChosenArgs, type DerivativeOf } from "./forward.js";
export { jacfwd, jacrev, jacobian, hessian, hvp } from "./jacobians.js";

/**
 * Runs `f` at `args` on a fresh tape whose variables are the chosen arguments' leaves (the
 * others are constants); returns the output (the value part when `hasAux`), the aux result
 * and a pullback from output cotangents to the chosen arguments' cotangents.
 */
export function recordChosen(f: Fn, args: readonly unknown[], s: Selection, owner: string) {
  const flat = flatten(chosenTree(args, s), argumentNames(owner, s.indices, s.single));
  const tape = new Tape(owner);
  const vars: VarNum[] = [];
  let out = within(tape, () => {
    for (const leaf of flat.leaves) vars.push(tape.node(leaf));
    return f(...withChosen(args, s, flat.build(vars, false)));
  });
  checkNotAsync(out, owner);
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
    const gradient = flat.build(vars.map((v) => (v.i <= last ? adj[v.i] : 0)), true);
    trimAdjoints();
    return gradient;
  };
  return { tape, out, aux, pullback, flat, vars };
}

/** `valueAndGrad` with options: the chosen arguments only, and the aux result. */
function chosenValueAndGrad(f: Fn, o: TransformOptions, owner: string): (...args: unknown[]) => [unknown, unknown] {
  // Compiled code returns every argument's gradient; the chosen ones are the same numbers the
  // tape would give (non-chosen arguments only add paths that never reach the chosen ones).
  return (...args: unknown[]) => {
    const s = select(o, args.length, owner);
    const compiled = o.hasAux ? undefined : compiledReverse(f, s.indices);
    const g = compiled !== undefined && fitsCode(compiled, args, s.indices) ? runCompiledReverse(compiled, args) : undefined;
    // a NaN value is computed again on the tape (see compiled-entry.ts)
    if (g !== undefined && !failed(args, g)) {
      shapeGradients(args, g);
      const pick = (k: number) => g[k];
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
  const taped = tapedValueAndGrad<A>(f);
  const compiled = compiledReverse(f);
  return compiled === undefined ? taped : reverseEntry(f, compiled, taped, true);
}

/** The tape path of plain `valueAndGrad(f)`: the hot path of reverse mode, so written out (no closures, the tape's storage reused). */
function tapedValueAndGrad<A extends unknown[]>(f: Fn): (...args: A) => [unknown, unknown] {
  return (...args: A) => {
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
    const vg = tapedValueAndGrad(f);
    const taped = (...args: unknown[]) => vg(...args)[1];
    const compiled = compiledReverse(f);
    // Compiled code called directly: the hot path of a compiled gradient.
    return compiled === undefined ? taped : reverseEntry(f, compiled, taped, false);
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
  const compiled = compiledVjp(f, primals, s, () => tapeVjp(f, primals, s)[1] as (cotangent: unknown) => unknown);
  // a NaN value is computed again on the tape (see compiled-entry.ts's holdsNaN)
  return compiled !== undefined && !holdsNaN(compiled[0]) ? compiled : tapeVjp(f, primals, s);
}

/** `vjp` on a tape: the function recorded once, the pullback one sweep per call. */
function tapeVjp(f: Fn, primals: unknown[], s: Selection): unknown[] {
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
