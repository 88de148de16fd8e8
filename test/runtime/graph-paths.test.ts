/**
 * Seed 001's sum over paths: for every input, the products of edge partials over all paths to
 * the output sum to the gradient's entry — checked on seed 001's function (with its three
 * published path products) and on random expressions (fast-check) against the tape's gradient
 * and central differences.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, cos, log, mul, pow, sin, square, sub, tanh, trace, valueAndGrad, atan, exp } from "./helpers.js";

const close = (a: number, b: number, tol = 1e-12) => Math.abs(a - b) <= tol * (1 + Math.abs(b));

describe("paths", () => {
  // Seed 001, reverse mode: g1(g2(x1, g2(x2, x1)), g3(x1)), g1 = sin(πx) + cos(πy), g2 = xʸ, g3 = ln.
  const g1 = (x: number, y: number) => add(sin(mul(Math.PI, x)), cos(mul(Math.PI, y)));
  const g = (x1: number, x2: number) => g1(pow(x1, pow(x2, x1)), log(x1));

  it("gives seed 001's three path products, which sum to ∂g/∂x1", () => {
    const graph = trace(g, 2, 3);
    const paths = graph.paths(0);
    expect(paths.map((p) => p.ops)).toEqual([
      ["pow", "mul", "sin", "add"],
      ["pow", "pow", "mul", "sin", "add"],
      ["log", "mul", "cos", "add"],
    ]);
    const expected = [7238.229473870883, 11023.823639532817, -1.2903822138143053];
    paths.forEach((p, k) => expect(close(p.product, expected[k])).toBe(true));
    const sum = paths.reduce((s, p) => s + p.product, 0);
    expect(close(sum, 18260.762731189883)).toBe(true);
    expect(close(graph.paths(1).reduce((s, p) => s + p.product, 0), 6689.544469412665)).toBe(true);
  });

  it("counts an operand used twice as two paths (x·x)", () => {
    const paths = trace((x: number) => mul(x, x), 3).paths(0);
    expect(paths).toEqual([
      { ops: ["mul"], product: 3 },
      { ops: ["mul"], product: 3 },
    ]);
  });

  it("follows the last replayed point, and an input the output does not depend on has no path", () => {
    const graph = trace((x: number, y: number) => add(sin(x), mul(0, y)), 0.5, 1);
    graph.grad(1.25, 2);
    expect(graph.paths(0)).toEqual([{ ops: ["sin", "add"], product: Math.cos(1.25) }]);
    expect(trace((x: number, _y: number) => sin(x), 1, 2).paths(1)).toEqual([]);
  });

  it("rejects an input number out of range", () => {
    expect(() => trace((x: number) => sin(x), 1).paths(1)).toThrow(/paths\(input\) takes the number of an input, 0 to 0/);
  });

  type Expr = { i: number } | { c: number } | { op: string; args: Expr[] };
  const OPS: Record<string, (...x: number[]) => number> = { add, sub, mul, sin, cos, tanh, atan, square, expTanh: (x) => exp(tanh(x)) };
  const run = (e: Expr, x: number[]): number =>
    "i" in e ? x[e.i] : "c" in e ? e.c : OPS[e.op](...e.args.map((a) => run(a, x)));
  const expr: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
    e: fc.oneof(
      { depthSize: "small" },
      fc.integer({ min: 0, max: 2 }).map((i): Expr => ({ i })),
      fc.double({ min: -2, max: 2, noNaN: true }).map((c): Expr => ({ c })),
      fc.tuple(fc.constantFrom("sin", "cos", "tanh", "atan", "square", "expTanh"), tie("e")).map(([op, a]): Expr => ({ op, args: [a] })),
      fc.tuple(fc.constantFrom("add", "sub", "mul"), tie("e"), tie("e")).map(([op, a, b]): Expr => ({ op, args: [a, b] })),
    ),
  })).e;

  it("path products sum to the gradient on random expressions", () => {
    fc.assert(
      fc.property(expr, fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 3, maxLength: 3 }), (e, x) => {
        const f = (a: number, b: number, c: number) => run(e, [a, b, c]);
        const graph = trace(f, ...x);
        const gradient = valueAndGrad(f)(x[0], x[1], x[2])[1] as number[];
        for (let k = 0; k < 3; k++) {
          const paths = graph.paths(k);
          const sum = paths.reduce((s, p) => s + p.product, 0);
          const scale = paths.reduce((s, p) => s + Math.abs(p.product), 0);
          expect(Math.abs(sum - gradient[k])).toBeLessThanOrEqual(1e-12 * (1 + scale));
          // and the gradient itself against central differences of the plain function
          const h = 1e-6, up = x.slice(), down = x.slice();
          up[k] += h;
          down[k] -= h;
          const numeric = (run(e, up) - run(e, down)) / (2 * h);
          expect(Math.abs(sum - numeric)).toBeLessThanOrEqual(1e-4 * (1 + scale));
        }
      }),
      { numRuns: 300, seed: 1001 },
    );
  });
});
