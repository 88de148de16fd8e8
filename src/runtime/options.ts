/**
 * The options every transform that takes a function accepts, as JAX's: `argnums` picks the
 * arguments to differentiate (the others are held constant), `hasAux` says the function returns
 * `[value, aux]` with an auxiliary result that is passed through and never differentiated.
 * This file validates them and reshapes calls and results accordingly; the types below let a
 * transform's signature compute its result type from the function and the options.
 */
import { Active, describe } from "./active.js";
import type { Level } from "./level.js";

/** Which arguments to differentiate: one index, or several (then results are tuples). */
export type Argnums = number | readonly number[];

/**
 * Options of `grad`, `valueAndGrad`, `derivative`, `jvp`, `vjp`, `linearize`, `jacfwd`,
 * `jacrev`, `jacobian`, `hessian` and `hvp`.
 * @example
 * grad((w: number, x: number) => w * x, { argnums: 0 })(2, 5); // 5
 */
export interface TransformOptions {
  /** `k`: differentiate argument k only; `[i, j]`: a tuple with one result per chosen argument. */
  argnums?: Argnums;
  /** The function returns `[value, aux]`; `aux` comes back beside the result, untouched. */
  hasAux?: boolean;
}

/** What a gradient looks like for the arguments `A`: the argument's own shape, or a tuple. */
export type GradientOf<A extends readonly unknown[]> = A extends readonly [infer X] ? X : A;

/**
 * The arguments `argnums` picks out of `A`: all of them by default (one argument: itself),
 * argument `N` for a number, a tuple for an array.
 */
export type Chosen<A extends readonly unknown[], N> = [N] extends [undefined]
  ? GradientOf<A>
  : N extends readonly number[]
    ? { -readonly [K in keyof N]: A[N[K] & number] }
    : N extends number
      ? number extends N
        ? A[number]
        : A[N]
      : GradientOf<A>;

/** Adds the auxiliary result when `H` is true: `[result, aux]`. */
export type WithAux<R, H, Aux> = H extends true ? [R, Aux] : R;

/** What the options resolve to for a call with `count` arguments. */
export interface Selection {
  /** The chosen argument indices, ascending as given. */
  readonly indices: readonly number[];
  /** True when the result is the one chosen argument's own shape rather than a tuple. */
  readonly single: boolean;
  readonly hasAux: boolean;
}

/** Checks an options object once, when the transform is created. */
export function checkOptions(options: unknown, owner: string): TransformOptions {
  if (options === undefined) return {};
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`typegrad: ${owner}'s options must be an object { argnums?, hasAux? }; got ${describe(options)}`);
  }
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (key !== "argnums" && key !== "hasAux") {
      throw new TypeError(`typegrad: ${owner} has no option "${key}"; the options are argnums and hasAux`);
    }
  }
  if (o.hasAux !== undefined && typeof o.hasAux !== "boolean") {
    throw new TypeError(`typegrad: ${owner}'s hasAux must be true or false; got ${describe(o.hasAux)}`);
  }
  const n = o.argnums;
  if (n !== undefined) {
    const list = Array.isArray(n) ? n : [n];
    if (Array.isArray(n) && n.length === 0) throw new TypeError(`typegrad: ${owner}'s argnums [] chooses no argument; name at least one`);
    list.forEach((k: unknown) => {
      if (typeof k !== "number" || !Number.isInteger(k) || k < 0) {
        throw new TypeError(`typegrad: ${owner}'s argnums must be argument indices (integers from 0); got ${describe(k)}`);
      }
    });
    if (new Set(list).size !== list.length) {
      throw new TypeError(`typegrad: ${owner}'s argnums [${list.join(", ")}] names an argument twice; name each once`);
    }
  }
  return o as TransformOptions;
}

/** True when the options change nothing: the transform's plain path applies. */
export const isPlain = (o: TransformOptions): boolean => o.argnums === undefined && !o.hasAux;

/** Resolves checked options against a call with `count` arguments. */
export function select(o: TransformOptions, count: number, owner: string): Selection {
  const hasAux = o.hasAux === true;
  if (o.argnums === undefined) {
    if (count === 0) throw new TypeError(`typegrad: ${owner} was called with no arguments; pass the point to differentiate at`);
    // A plain loop: `Array.from({ length }, map)` costs more than a small Jacobian's compiled code.
    const indices: number[] = [];
    for (let k = 0; k < count; k++) indices.push(k);
    return { indices, single: count === 1, hasAux };
  }
  const list = typeof o.argnums === "number" ? [o.argnums] : o.argnums;
  for (const k of list) {
    if (k >= count) {
      throw new RangeError(
        `typegrad: ${owner}'s argnums names argument ${k} but the function was called with ${count} argument(s); ` +
          `use indices from 0 to ${count - 1}`,
      );
    }
  }
  return { indices: list, single: typeof o.argnums === "number", hasAux };
}

/** The chosen arguments as one tree: the argument itself when single, else a tuple. */
export const chosenTree = (args: readonly unknown[], s: Selection): unknown =>
  s.single ? args[s.indices[0]] : s.indices.map((k) => args[k]);

/** All the arguments, with the chosen ones replaced by the tree `chosen` (shaped like `chosenTree`). */
export function withChosen(args: readonly unknown[], s: Selection, chosen: unknown): unknown[] {
  const all = args.slice();
  if (s.single) all[s.indices[0]] = chosen;
  else s.indices.forEach((k, j) => (all[k] = (chosen as unknown[])[j]));
  return all;
}

/** Splits a `hasAux` function's result into value and aux, or says what is wrong. */
export function splitAux(out: unknown, owner: string): [unknown, unknown] {
  if (!Array.isArray(out) || out.length !== 2) {
    throw new TypeError(
      `typegrad: ${owner} was given { hasAux: true }, so the function must return a pair [value, aux]; it returned ${describe(out)}`,
    );
  }
  return [out[0], out[1]];
}

/**
 * The aux result as the caller sees it: values active at `level` (which is finishing) become
 * their values one level down, so nothing of a finished transform leaks; everything else —
 * non-numbers, values of enclosing transforms — is returned as it is, by reference when
 * nothing inside changed.
 */
export function releaseAux(aux: unknown, level: Level, ancestors: unknown[] = []): unknown {
  if (aux instanceof Active) return aux.level === level ? aux.v : aux;
  const isArray = Array.isArray(aux);
  if (!isArray && !(aux !== null && typeof aux === "object" && Object.getPrototypeOf(aux) === Object.prototype)) return aux;
  // A cycle (a metrics object pointing back at its owner): the back reference stays as it is.
  if (ancestors.includes(aux)) return aux;
  ancestors.push(aux);
  let changed = false;
  const release = (x: unknown): unknown => {
    const y = releaseAux(x, level, ancestors);
    if (y !== x) changed = true;
    return y;
  };
  const out = isArray
    ? (aux as unknown[]).map(release)
    : Object.fromEntries(Object.entries(aux as object).map(([k, x]) => [k, release(x)]));
  ancestors.pop();
  return changed ? out : aux;
}

/**
 * Splits trailing options off a rest-parameter call (`vjp(f, ...primals, options)`): the last
 * argument is options when it is a plain object whose keys are only `argnums`/`hasAux` — a
 * point to differentiate at holds numbers, never a boolean `hasAux`.
 */
export function trailingOptions(args: unknown[]): [unknown[], unknown] {
  const last = args[args.length - 1];
  if (args.length < 2 || last === null || typeof last !== "object" || Object.getPrototypeOf(last) !== Object.prototype) return [args, undefined];
  const keys = Object.keys(last);
  if (keys.length === 0 || !keys.every((k) => k === "argnums" || k === "hasAux")) return [args, undefined];
  return [args.slice(0, -1), last];
}
