/**
 * Forward-mode transforms: `jvp` and `derivative` run the function on Duals of a fresh tag (or
 * on its compiled forward code, for plain numbers without options).
 */
import { Active, DualNum, describe, type Value } from "./active.js";
import { allNumbers, argumentLeaves, call, type Fn } from "./arguments.js";
import { compiledArity, compiledDerivative, compiledForward, lastDerivedValue, lastTangent } from "./compiled.js";
import { compiledJvp } from "./compiled-vector.js";
import { Tag } from "./level.js";
import { checkFunction, checkNotAsync, primalAt, tangentAt, within } from "./levels.js";
import {
  checkOptions, chosenTree, isPlain, releaseAux, select, splitAux, withChosen,
  type Argnums, type Selection, type TransformOptions,
} from "./options.js";
import { argumentNames, flatten } from "./structure.js";

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
 * Runs `f` at `args` with the chosen arguments' leaves as Duals of a fresh tag (tangents
 * `tangentLeaves`); returns the value and tangent, structured like the output, and the aux result.
 */
export function pushforwardChosen(
  f: Fn, args: readonly unknown[], s: Selection, tangentLeaves: readonly Value[], owner: string,
): [unknown, unknown, unknown] {
  const p = flatten(chosenTree(args, s), argumentNames(owner, s.indices, s.single));
  if (p.leaves.length !== tangentLeaves.length) {
    throw new TypeError(`typegrad: ${owner}'s primals have ${p.leaves.length} numbers but its tangents have ${tangentLeaves.length}`);
  }
  const tag = new Tag(owner);
  let out = within(tag, () => f(...withChosen(args, s, p.build(p.leaves.map((x, k) => new DualNum(x, tangentLeaves[k], tag)), false))));
  checkNotAsync(out, owner);
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
  const p = argumentLeaves(primals, owner, "primal");
  const t = argumentLeaves(tangents, owner, "tangent");
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
  checkNotAsync(out, owner);
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
  // The hot path first: one or two numbers into compiled forward code, no options (the checks
  // below pass). Kept small (both arities share one call, an absent second pair being 0s) so
  // that V8 inlines it, and the code it calls, at a caller's two `jvp`s within its budget.
  if (options === undefined && typeof f === "function" && Array.isArray(primals) && Array.isArray(tangents)) {
    const compiled = compiledForward(f), n = primals.length;
    if (compiled !== undefined && n === tangents.length && n <= 2 && compiledArity(f) === n) {
      const p0 = primals[0], t0 = tangents[0], p1 = n === 2 ? primals[1] : 0, t1 = n === 2 ? tangents[1] : 0;
      if (typeof p0 === "number" && typeof t0 === "number" && typeof p1 === "number" && typeof t1 === "number") {
        // A NaN value or tangent takes the general path, which runs the Duals (see `trusted`).
        const y = compiled(p0, t0, p1, t1), t = lastTangent();
        if (y === y && t === t) return [y, t];
      }
    }
  }
  return jvpGeneral(f, primals, tangents, options);
}

/**
 * True when compiled forward code's value `y` and tangent `t` can be returned. Compiled code
 * reads arrays without bounds checks: an element read past an array's end (module data,
 * `DATA[i + 1]`) gives NaN where the Duals throw naming the operation that got `undefined`; so a
 * NaN is computed again on the Duals, which give their error or the same NaN.
 */
const trusted = (y: number, t: number): boolean => y === y && t === t;

/**
 * `dual(x)`, called out of line from `derivative`'s hot paths: calling `dual` there directly
 * lets V8 inline the Dual path into them, which made every compiled call twice as slow.
 */
function onDuals(dual: Fn, x: number): unknown {
  return dual(x);
}

/** `jvp` past its hot path (kept apart so that the hot path stays small enough to inline). */
function jvpGeneral(f: Fn, primals: unknown[], tangents: unknown[], options?: TransformOptions): unknown[] {
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
    const t = flatten(s.single ? tangents[0] : tangents, argumentNames("jvp", s.indices.map((_, j) => j), s.single, "tangent")).leaves;
    const [value, tangent, aux] = pushforwardChosen(f, primals, s, t, "jvp");
    return s.hasAux ? [value, tangent, aux] : [value, tangent];
  }
  if (primals.length !== tangents.length) {
    throw new TypeError(`typegrad: jvp got ${primals.length} primals but ${tangents.length} tangents; give one tangent per argument`);
  }
  const compiled = compiledForward(f);
  if (compiled !== undefined && compiledArity(f) === primals.length && allNumbers(primals) && allNumbers(tangents)) {
    const p = primals as unknown as number[], t = tangents as unknown as number[];
    const y = compiled(...p.flatMap((x, k) => [x, t[k]!])), ty = lastTangent();
    if (trusted(y, ty)) return [y, ty];
  }
  // Arrays, matrices and objects: the compiled vector forward code, when the function carries it.
  const vector = compiledJvp(f, primals, tangents);
  if (vector !== undefined) return vector;
  return pushforward(f, primals, tangents, "jvp");
}

/** `derivative` with options or several arguments: one forward pass per chosen argument. */
function chosenDerivative(f: Fn, o: TransformOptions): Fn {
  return (...args: unknown[]) => {
    const s = select(o, args.length, "derivative");
    for (const k of s.indices) {
      const x = args[k];
      if (typeof x !== "number" && !(x instanceof Active)) {
        throw new TypeError(`typegrad: derivative differentiates number arguments; argument ${k} is ${describe(x)} — use jacfwd for arrays and objects`);
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
  const dual: Fn = function (x: number): unknown {
    if (arguments.length !== 1) {
      const args: unknown[] = [];
      for (let k = 0; k < arguments.length; k++) args.push(arguments[k]);
      return general(...args);
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
    checkNotAsync(y, "derivative");
    if (typeof y === "number" || y instanceof Active) return tangentAt(tag, y as Value);
    const out = flatten(y, "derivative's function result");
    return out.build(out.leaves.map((v) => tangentAt(tag, v)), true);
  };
  if (compiled === undefined) return dual;
  const seeded = compiledDerivative(f);
  if (seeded !== undefined) {
    // The hot path: one number into compiled derivative code, which returns the tangent (a NaN
    // value or tangent runs the Duals, see `trusted`).
    return function (x: number): unknown {
      if (arguments.length === 1 && typeof x === "number") {
        const t = seeded(x);
        if (!trusted(lastDerivedValue(), t)) return onDuals(dual, x);
        return t;
      }
      const args: unknown[] = [];
      for (let k = 0; k < arguments.length; k++) args.push(arguments[k]);
      return dual(...args);
    };
  }
  // The hot path: one number into compiled forward code.
  return function (x: number): unknown {
    if (arguments.length === 1 && typeof x === "number") {
      const y = compiled(x, 1), t = lastTangent();
      if (!trusted(y, t)) return onDuals(dual, x);
      return t;
    }
    // copied by index: handing `arguments` on would make V8 build it on every call (compiled-entry.ts)
    const args: unknown[] = [];
    for (let k = 0; k < arguments.length; k++) args.push(arguments[k]);
    return dual(...args);
  };
}

