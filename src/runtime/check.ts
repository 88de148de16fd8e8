/**
 * Checking derivatives against each other and against numbers (seed 004's gradient check,
 * JAX's `check_grads`): forward mode, reverse mode and central differences must agree on every
 * Jacobian entry, a random directional derivative, and the VJP identity
 * ⟨t, vjp(c)⟩ = ⟨jvp(t), c⟩; with `order: 2` the same checks run again on a derivative.
 */
import { describe } from "./active.js";
import { argumentTree, checkNotAsync } from "./levels.js";
import { argumentNames, flatten } from "./structure.js";
import { jvp, vjp, type GradientOf } from "./transforms.js";

const EPS = 1e-4;

/**
 * The gradient by central differences `(f(x + ε) - f(x - ε)) / 2ε` with ε = 1e-4, structured
 * like `grad`'s result.
 * @example
 * numericalGrad((x: number) => x * x, 3); // ≈ 6
 */
export function numericalGrad<A extends unknown[]>(f: (...args: A) => number, ...args: A): GradientOf<A> {
  const flat = flatten(argumentTree(args, "numericalGrad"), argumentNames("numericalGrad", args.map((_, k) => k), args.length === 1));
  const x = flat.leaves.map((v) => plain(v, "numericalGrad"));
  const at = (point: number[]) => {
    const tree = flat.build(point, true);
    const g = f as unknown as (...a: unknown[]) => unknown;
    const y = args.length === 1 ? g(tree) : g(...(tree as unknown[]));
    if (typeof y !== "number") {
      checkNotAsync(y, "numericalGrad");
      throw new TypeError(`typegrad: numericalGrad needs a function returning one number; it returned ${describe(y)}`);
    }
    return y;
  };
  const g = x.map((_, k) => {
    const up = x.slice(), down = x.slice();
    up[k] += EPS;
    down[k] -= EPS;
    return (at(up) - at(down)) / (2 * EPS);
  });
  return flat.build(g, true) as GradientOf<A>;
}

/** Options of `checkGrads`. */
export interface CheckOptions {
  /** 1 checks first derivatives; 2 also checks the derivatives of a directional derivative. */
  order?: 1 | 2;
  rtol?: number;
  atol?: number;
}

/**
 * Checks `f`'s derivatives at `args` in forward mode, reverse mode and by central differences.
 * Throws an Error listing every disagreeing entry; returns nothing when all agree.
 * @example
 * checkGrads((x: number, y: number) => Math.sin(x) * y, [0.5, 2], { order: 2 });
 */
export function checkGrads(f: (...args: never[]) => unknown, args: unknown[], options: CheckOptions = {}): void {
  const { order = 1, rtol = 1e-5, atol = 1e-5 } = options;
  if (!Array.isArray(args)) throw new TypeError("typegrad: checkGrads(f, args) takes the arguments as an array");
  if (order !== 1 && order !== 2) throw new TypeError(`typegrad: checkGrads' order must be 1 or 2, got ${describe(order)}`);
  const flat = flatten(argumentTree(args, "checkGrads"), argumentNames("checkGrads", args.map((_, k) => k), args.length === 1));
  const x0 = flat.leaves.map((v) => plain(v, "checkGrads"));
  const call = (x: number[]): number[] => {
    const tree = flat.build(x, false);
    const g = f as unknown as (...a: unknown[]) => unknown;
    const y = args.length === 1 ? g(tree) : g(...(tree as unknown[]));
    return flatten(y, "checkGrads' function result").leaves as number[];
  };
  const problems: string[] = [];
  checkVectorFunction(call, x0, { rtol, atol }, "f", problems, order);
  if (problems.length > 0) {
    throw new Error(`typegrad: checkGrads found ${problems.length} disagreement(s):\n  ${problems.join("\n  ")}`);
  }
}

type Vec = (x: number[]) => number[];

function checkVectorFunction(g: Vec, x: number[], tol: { rtol: number; atol: number }, name: string, problems: string[], order: number): void {
  const random = prng(x.length * 7919 + order);
  const m = g(x).length, n = x.length;
  const close = (a: number, b: number) => Math.abs(a - b) <= tol.atol + tol.rtol * Math.max(Math.abs(a), Math.abs(b));
  const report = (what: string, values: Record<string, number>) =>
    problems.push(`${what}: ${Object.entries(values).map(([k, v]) => `${k} ${v}`).join(", ")}`);

  // Every Jacobian entry: forward (one jvp per input), reverse (one pullback per output), numerical.
  const [, back] = vjp(g, x);
  const rows = Array.from({ length: m }, (_, i) => back(unit(m, i)));
  for (let j = 0; j < n; j++) {
    const fwd = jvp(g, [x], [unit(n, j)])[1];
    const num = centralDifference(g, x, unit(n, j));
    for (let i = 0; i < m; i++) {
      const rev = rows[i][j];
      if (!close(fwd[i], rev) || !close(fwd[i], num[i]) || !close(rev, num[i])) {
        report(`∂${name}[${i}]/∂x[${j}]`, { forward: fwd[i], reverse: rev, numerical: num[i] });
      }
    }
  }
  // A random direction, and the VJP identity ⟨t, vjp(c)⟩ = ⟨jvp(t), c⟩.
  const t = x.map(() => random() * 2 - 1), c = Array.from({ length: m }, () => random() * 2 - 1);
  const tangentOut = jvp(g, [x], [t])[1];
  const numOut = centralDifference(g, x, t);
  tangentOut.forEach((v, i) => {
    if (!close(v, numOut[i])) report(`directional derivative of ${name}[${i}]`, { forward: v, numerical: numOut[i] });
  });
  const lhs = dot(t, back(c)), rhs = dot(tangentOut, c);
  if (!close(lhs, rhs)) report(`VJP identity for ${name}`, { "⟨t, vjp(c)⟩": lhs, "⟨jvp(t), c⟩": rhs });

  if (order > 1) {
    // Forward over forward / reverse over forward, and forward over reverse / reverse over reverse.
    checkVectorFunction((y) => jvp(g, [y], [t])[1], x, tol, `(J${name}·t)`, problems, order - 1);
    checkVectorFunction((y) => vjp(g, y)[1](c), x, tol, `(cᵀJ${name})`, problems, order - 1);
  }
}

function centralDifference(g: Vec, x: number[], dir: number[]): number[] {
  const up = g(x.map((v, k) => v + EPS * dir[k]));
  const down = g(x.map((v, k) => v - EPS * dir[k]));
  return up.map((u, i) => (u - down[i]) / (2 * EPS));
}

function plain(v: unknown, who: string): number {
  if (typeof v !== "number") throw new TypeError(`typegrad: ${who} takes plain numbers as arguments, got ${describe(v)}`);
  return v;
}

const unit = (n: number, k: number) => Array.from({ length: n }, (_, i) => (i === k ? 1 : 0));
const dot = (a: number[], b: number[]) => a.reduce((s, v, k) => s + v * b[k], 0);

/** A small deterministic generator (mulberry32), so a failing check fails the same way again. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
