// The checks of one generated program at each of its points:
//   - values: the transformed program's `valueAndGrad(f)` value, and its `f` called plainly,
//     are Object.is-equal to the untransformed program's `f` (bit for bit, -0 included);
//   - forward against reverse: `jacfwd` / `derivative` against `valueAndGrad`'s gradient, and
//     `grad` against it, to 1e-12 relative;
//   - reverse against central differences of the plain function, skipping a coordinate where
//     the differences straddle a kink (the model's record of every decision differs between
//     the point and a neighbour) or disagree with themselves (the function is too rough there).
// This module lies outside test/transformer/, so its arithmetic is JavaScript's own.
import { argumentsAt, type Rendered } from "./render.js";

/** Why a program failed: `category` groups failures of one cause (shrinking keeps it). */
export interface Failure {
  category: string;
  message: string;
}

/** What the checks did, for the summary. */
export interface Stats {
  points: number;
  /** Coordinates compared with central differences. */
  compared: number;
  /** Coordinates skipped: the differences straddle a kink. */
  kinks: number;
  /** Coordinates skipped: the differences disagree with themselves. */
  rough: number;
  /** Points whose derivatives were not checked against differences: the value is not finite or above 1e8, or something overflowed on the way. */
  large: number;
}

type Fn = (...args: unknown[]) => unknown;

/** The two compiled versions of a program. */
export interface Modules {
  typegrad: Record<string, unknown>;
  plain: Record<string, unknown>;
}

/** Forward against reverse, grad against valueAndGrad. */
export const MODES = 1e-12;
/**
 * Reverse against central differences, relative to the gradient's largest entry (beside an
 * allowance for the differences' own estimated error). Generated functions can be steep (a
 * squared value fed through a recursion three times), where a Richardson step is good to a few
 * 1e-6; a wrong derivative rule is off by far more.
 */
export const NUMERIC = 1e-5;
/** Values above this are not differentiated numerically. */
const LARGE = 1e8;

const RECORDERS = ["__k", "__abs", "__max", "__min", "__floor", "__mod", "__round", "__sign", "__len"];

/** The model's `f` and a way to evaluate it recording each decision. */
function modelOf(rendered: Rendered): (args: unknown[]) => { value: unknown; log: number[] } {
  let log: number[] = [];
  const rec = (v: number) => log.push(v);
  // Which argument is the largest (smallest) and how many share that value.
  const extreme = (xs: number[], m: number) => (rec(xs.indexOf(m)), rec(xs.filter((v) => v === m).length), m);
  const recorders = [
    (c: boolean) => (rec(c ? 1 : 0), c),
    (a: number) => (rec(Math.sign(a)), Math.abs(a)),
    (...xs: number[]) => extreme(xs, Math.max(...xs)),
    (...xs: number[]) => extreme(xs, Math.min(...xs)),
    (a: number) => (rec(Math.floor(a)), Math.floor(a)),
    (a: number, m: number) => (rec(Math.trunc(a / m)), a % m),
    (a: number) => (rec(Math.round(a)), Math.round(a)),
    (a: number) => (rec(Math.sign(a)), Math.sign(a)),
    // A string's length jumps as the numbers printed into it change.
    (n: number) => (rec(n), n),
  ];
  const f = new Function(...RECORDERS, rendered.model)(...recorders) as Fn;
  return (args) => {
    log = [];
    const value = f(...args);
    return { value, log };
  };
}

const sameLog = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

const flat = (x: unknown): number[] => (Array.isArray(x) ? x.flatMap(flat) : ArrayBuffer.isView(x) ? Array.from(x as Float64Array) : [x as number]);

/** The first entry where `actual` and `expected` differ by more than rtol × max(1, max |expected|), or -1. */
function farEntry(actual: number[], expected: number[], rtol: number): number {
  if (actual.length !== expected.length) return 0;
  const scale = Math.max(1, ...expected.map(Math.abs).filter(Number.isFinite));
  return actual.findIndex((v, i) => !(Math.abs(v - expected[i]!) <= rtol * scale) && !Object.is(v, expected[i]));
}

const show = (x: unknown): string => (Array.isArray(x) ? `[${x.map(show).join(", ")}]` : Object.is(x, -0) ? "-0" : String(x));

/** The category of an error thrown by a transform: its class and message, numbers elided. */
function thrown(where: string, error: unknown): Failure {
  const text = error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error);
  const first = text.split("\n")[0]!;
  return { category: `${where} throws ${first.replace(/-?\d+(\.\d+)?(e[-+]?\d+)?/g, "N").slice(0, 120)}`, message: `${where} threw ${first}` };
}

/** Runs `f`, turning a throw into a failure. */
function attempt<T>(where: string, f: () => T): T | Failure {
  try {
    return f();
  } catch (error) {
    return thrown(where, error);
  }
}

const isFailure = (x: unknown): x is Failure => typeof x === "object" && x !== null && "category" in x && "message" in x && !Array.isArray(x);

/**
 * Checks a program: its rendered text (for the model and the points) and its two compiled
 * versions. Returns the first failure, if any, and what was checked.
 * @example checkProgram(rendered, { typegrad, plain }).failure // undefined when it passes
 */
export function checkProgram(rendered: Rendered, modules: Modules): { failure?: Failure; stats: Stats } {
  const stats: Stats = { points: 0, compared: 0, kinks: 0, rough: 0, large: 0 };
  const model = modelOf(rendered);
  const T = modules.typegrad as Record<string, Fn>;
  const P = modules.plain as Record<string, Fn>;
  const argsOf = (c: number[]) => argumentsAt(rendered.kind, c);
  for (const c of rendered.points) {
    const at = `at ${rendered.kind === "binary" ? `(${c.join(", ")})` : `[${c.join(", ")}]`}`;
    stats.points++;
    const plain = attempt("the plain f", () => P.f!(...argsOf(c)));
    if (isFailure(plain)) return { failure: { category: "generator: the plain program throws", message: plain.message }, stats };
    const base = model(argsOf(c));
    if (!Object.is(base.value, plain)) {
      return { failure: { category: "generator: the model differs from the plain program", message: `model ${show(base.value)}, plain ${show(plain)} ${at}` }, stats };
    }
    const plainCaller = attempt("the transformed module's f", () => T.f!(...argsOf(c)));
    if (isFailure(plainCaller)) return { failure: plainCaller, stats };
    if (!Object.is(plainCaller, plain)) {
      return { failure: { category: "value: f called plainly in the transformed program", message: `expected ${show(plain)}, got ${show(plainCaller)} ${at}` }, stats };
    }
    const result = attempt("valueAndGrad", () => T.value!(...argsOf(c)) as [number, unknown]);
    if (isFailure(result)) return { failure: result, stats };
    const [value, g] = result;
    if (!Object.is(value, plain)) {
      return { failure: { category: "value: valueAndGrad's value", message: `expected ${show(plain)}, got ${show(value)} ${at}` }, stats };
    }
    const reverse = flat(g);
    const again = attempt("grad", () => flat(T.gradient!(...argsOf(c))));
    if (isFailure(again)) return { failure: again, stats };
    const k1 = farEntry(again, reverse, MODES);
    if (k1 >= 0) return { failure: { category: "grad against valueAndGrad", message: `grad ${show(again)}, valueAndGrad ${show(reverse)} (entry ${k1}) ${at}` }, stats };
    const forward = attempt("forward mode", () => flat(T.forward!(...argsOf(c))));
    if (isFailure(forward)) return { failure: forward, stats };
    // Where something overflowed (the value is not finite, or both modes agree an entry is not
    // finite), an infinite partial times a zero tangent is NaN in forward mode while reverse
    // mode never forms that product (and the other way round): the modes may then differ in
    // which other entries are NaN, as in every AD system.
    const bad = (v: number | undefined) => !Number.isFinite(v);
    const overflowed = (typeof plain === "number" && !Number.isFinite(plain)) || forward.some((v, k) => bad(v) && bad(reverse[k]));
    const eitherNaN = (k: number) => Number.isNaN(forward[k]) || Number.isNaN(reverse[k]);
    const k2 = farEntry(
      overflowed ? forward.map((v, k) => (eitherNaN(k) ? 0 : v)) : forward,
      overflowed ? reverse.map((v, k) => (eitherNaN(k) ? 0 : v)) : reverse,
      MODES,
    );
    if (k2 >= 0) return { failure: { category: "forward against reverse", message: `forward ${show(forward)}, reverse ${show(reverse)} (entry ${k2}) ${at}` }, stats };

    if (overflowed || typeof plain !== "number" || !Number.isFinite(plain) || Math.abs(plain) > LARGE) {
      stats.large++;
      continue;
    }
    const numeric = centralDifferences(model, argsOf, c, base.log, stats);
    const scale = Math.max(1, ...reverse.map(Math.abs).filter(Number.isFinite));
    for (const [i, d] of numeric.entries()) {
      if (d === undefined) continue;
      const error = Math.abs(reverse[i]! - d.value);
      const tolerance = NUMERIC * scale + 2 * d.noise + 1e-12 * Math.max(1, Math.abs(plain)) / d.h;
      if (!(error <= tolerance)) {
        return {
          failure: {
            category: "reverse against central differences",
            message: `∂f/∂(coordinate ${i}): reverse ${reverse[i]}, central differences ${d.value} (error ${error.toExponential(2)} > ${tolerance.toExponential(2)}) ${at}`,
          },
          stats,
        };
      }
    }
  }
  return { stats };
}

/**
 * ∂f/∂cᵢ by central differences with a Richardson step, at two step sizes (h and h/2) whose
 * disagreement estimates the error; undefined where a neighbour took another side of a kink
 * or the estimate is too rough to judge by.
 */
function centralDifferences(
  model: ReturnType<typeof modelOf>,
  argsOf: (c: number[]) => unknown[],
  c: number[],
  log: number[],
  stats: Stats,
): ({ value: number; noise: number; h: number } | undefined)[] {
  return c.map((ci, i) => {
    const h = 1e-3 * Math.max(1, Math.abs(ci));
    let kink = false;
    const at = (t: number): number => {
      const moved = [...c];
      moved[i] = t;
      const r = model(argsOf(moved));
      if (!sameLog(r.log, log)) kink = true;
      return r.value as number;
    };
    const d = (s: number) => (at(ci + s) - at(ci - s)) / (2 * s);
    const [d1, d2, d4] = [d(h), d(h / 2), d(h / 4)];
    if (kink) {
      stats.kinks++;
      return undefined;
    }
    const coarse = (4 * d2 - d1) / 3;
    const fine = (4 * d4 - d2) / 3;
    const noise = Math.abs(coarse - fine);
    if (!Number.isFinite(fine) || noise > 1e-4 * Math.max(1, Math.abs(fine))) {
      stats.rough++;
      return undefined;
    }
    stats.compared++;
    return { value: fine, noise, h: h / 4 };
  });
}
