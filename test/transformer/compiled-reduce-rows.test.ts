// `rows.reduce(callback)` without a start value over a matrix parameter's rows or rows of data,
// where the callback chooses one of its two rows (`(a, row) => (… ? row : a)`, or `if … return
// row; return a`): compiled code carries the chosen row's index, and the name the result is
// given reads that row (lower.ts `rowReduce`). Results are compared with the runtime's (compiled
// code off) to 1e-13, with central differences, and the compiled code is checked to run.
import { describe, expect, it } from "vitest";
import { debugNans, grad, hessian, jacfwd, jacrev, valueAndGrad } from "typegrad";
import { hessianCodeRuns, reverseKinds, vectorCodeRuns } from "../runtime/attached-code.js";

const XS = [[1, 2], [3, -1], [0.5, 4], [-2, 0.25]];

/** (best row · x)², the best row the one with the largest W[i][0]·x[0] (a `?:` choice). */
function pick(W: number[][], x: number[]): number {
  const best = W.reduce((a, row) => (row[0] * x[0] > a[0] * x[0] ? row : a));
  let s = 0;
  for (let j = 0; j < x.length; j++) s += best[j] * x[j];
  return s * s;
}

/** Squared distance to the data row farthest from x in its first coordinate (returns in a block). */
function farthest(x: number[]): number {
  const far = XS.reduce((a, r) => {
    if (Math.abs(r[0] - x[0]) > Math.abs(a[0] - x[0])) return r;
    return a;
  });
  return (far[0] - x[0]) ** 2 + (far[1] - x[1]) ** 2;
}

/** The chosen row of Float64Array rows, scaled by x: a vector result. */
function scaledBest(W: Float64Array[], x: number[]): number[] {
  const best = W.reduce((a, row) => (row[1] < a[1] ? row : a));
  return [best[0] * x[0], Math.sin(best[1] * x[1])];
}

/** The runtime's answer: every compiled code off. */
const onRuntime = <T>(work: () => T): T => {
  debugNans(true);
  try {
    return work();
  } finally {
    debugNans(false);
  }
};

const leaves = (x: unknown): number[] => (typeof x === "number" ? [x] : Array.from(x as ArrayLike<unknown>).flatMap(leaves));
function agree(actual: unknown, expected: unknown): void {
  const [a, e] = [leaves(actual), leaves(expected)];
  expect(a.length).toBe(e.length);
  a.forEach((v, i) => expect(Math.abs(v - e[i]!)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(e[i]!))));
}
/** Central differences of f in each number of argument k (rows copied). */
function central(f: (...a: never[]) => number, args: unknown[], k: number, h = 1e-6): number[] {
  const x = args[k];
  const flat = leaves(x);
  const build = (v: number[]): unknown => {
    let at = 0;
    const again = (y: unknown): unknown => (typeof y === "number" ? v[at++] : y instanceof Float64Array ? Float64Array.from(y, () => v[at++]!) : (y as unknown[]).map(again));
    return again(x);
  };
  return flat.map((_, i) => {
    const up = flat.slice(), down = flat.slice();
    up[i]! += h;
    down[i]! -= h;
    const run = (v: number[]) => (f as (...a: unknown[]) => number)(...args.map((a, m) => (m === k ? build(v) : a)));
    return (run(up) - run(down)) / (2 * h);
  });
}
const near = (actual: unknown, expected: number[]): void => {
  const a = leaves(actual);
  expect(a.length).toBe(expected.length);
  a.forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(expected[i]!))));
};

describe("reduce over rows without a start value, choosing a row", () => {
  it("of a matrix parameter: grad = the runtime to 1e-13 = central differences = the closed form", () => {
    const W = [[0.5, -1, 2], [1.5, 0.25, -0.5], [-1, 3, 0.75]];
    for (const x of [[1, 0.5, -2], [-1, 2, 0.3]]) {
      const [value, g] = valueAndGrad(pick)(W, x);
      const [ev, eg] = onRuntime(() => valueAndGrad(pick)(W, x));
      expect(value).toBe(ev);
      agree(g, eg);
      near(g[0], central(pick as never, [W, x], 0));
      near(g[1], central(pick as never, [W, x], 1));
      // closed form: only the chosen row k gets 2s·x; x gets 2s·W[k]
      const k = x[0]! > 0 ? 1 : 2;
      const s = W[k]!.reduce((t, w, j) => t + w * x[j]!, 0);
      agree(g[0][k], x.map((v) => 2 * s * v));
      agree(g[1], W[k]!.map((w) => 2 * s * w));
      for (const i of [0, 1, 2]) if (i !== k) agree(g[0][i], [0, 0, 0]);
    }
    expect(reverseKinds(pick).taken).toBe("ma");
    expect(hessianCodeRuns(pick, [W, [1, 0.5, -2]])).toBe(true);
    agree(hessian(pick)(W, [1, 0.5, -2]), onRuntime(() => hessian(pick)(W, [1, 0.5, -2])));
  });

  it("of module data, the callback choosing with if and return", () => {
    for (const x of [[0.2, 1], [1.8, -0.5], [-1, 0.5]]) {
      const g = grad(farthest)(x);
      agree(g, onRuntime(() => grad(farthest)(x)));
      near(g, central(farthest as never, [x], 0));
    }
    expect(reverseKinds(farthest).taken).toBe("a");
  });

  it("of Float64Array rows in vector code (jacfwd, jacrev)", () => {
    const W = [Float64Array.from([0.5, 1]), Float64Array.from([2, -0.5]), Float64Array.from([-1, 0.25])];
    const x = [0.7, -1.2];
    const expected = onRuntime(() => jacrev(scaledBest, { argnums: [0, 1] })(W, x));
    agree(jacrev(scaledBest, { argnums: [0, 1] })(W, x), expected);
    agree(jacfwd(scaledBest, { argnums: [0, 1] })(W, x), expected);
    expect(vectorCodeRuns(scaledBest, [W, x])).toEqual({ jacfwd: true, jacrev: true, vjp: true });
    // the chosen row is W[1] (smallest second entry): d out0 / d W[1][0] = x0
    expect(expected[0][0][1][0]).toBe(x[0]);
  });

  it("throws the engine's error for no rows, as the runtime does", () => {
    expect(() => grad(pick)([], [1])).toThrow("Reduce of empty array with no initial value");
    expect(() => onRuntime(() => grad(pick)([], [1]))).toThrow("Reduce of empty array with no initial value");
  });
});
