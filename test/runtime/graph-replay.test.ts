/**
 * Replay of traced graphs: on random programs with branches (fast-check), a replay at a new
 * point equals a fresh run of the function on a tape — value and gradient, bit for bit — when
 * every comparison comes out as it did when traced, and throws the guard error when one does
 * not. Which case applies is decided independently, by running the program on plain numbers
 * and comparing the outcomes of its comparisons.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, cos, eq, exp, ge, gt, le, lt, mul, ne, sin, square, sub, tanh, trace, valueAndGrad, log1p, atan, div } from "./helpers.js";

type Expr =
  | { readonly i: number }
  | { readonly c: number }
  | { readonly op: string; readonly args: readonly Expr[] }
  | { readonly cmp: string; readonly l: Expr; readonly r: Expr; readonly then: Expr; readonly else: Expr };

const OPS: Record<string, (...xs: number[]) => number> = {
  add, sub, mul, sin, cos, tanh, atan, square,
  expTanh: (x) => exp(tanh(x)),
  log1pSq: (x) => log1p(square(x)),
  div1: (a, b) => div(a, add(1, square(b))),
};
const CMPS: Record<string, (a: number, b: number) => boolean> = { lt, le, gt, ge };
const NATIVE: Record<string, (a: number, b: number) => boolean> = {
  lt: (a, b) => a < b, le: (a, b) => a <= b, gt: (a, b) => a > b, ge: (a, b) => a >= b,
};

/** Evaluates with the runtime's functions; `outcomes`, when given, collects native comparison results (plain numbers only). */
function run(e: Expr, x: readonly number[], outcomes?: boolean[]): number {
  if ("i" in e) return x[e.i];
  if ("c" in e) return e.c;
  if ("cmp" in e) {
    const l = run(e.l, x, outcomes), r = run(e.r, x, outcomes);
    const taken = outcomes ? NATIVE[e.cmp](l, r) : CMPS[e.cmp](l, r);
    outcomes?.push(taken);
    return taken ? run(e.then, x, outcomes) : run(e.else, x, outcomes);
  }
  return OPS[e.op](...e.args.map((a) => run(a, x, outcomes)));
}

const N = 3;
const expr: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.integer({ min: 0, max: N - 1 }).map((i): Expr => ({ i })),
    fc.double({ min: -2, max: 2, noNaN: true }).map((c): Expr => ({ c })),
    fc.tuple(fc.constantFrom("sin", "cos", "tanh", "atan", "square", "expTanh", "log1pSq"), tie("e")).map(([op, a]): Expr => ({ op, args: [a] })),
    fc.tuple(fc.constantFrom("add", "sub", "mul", "div1"), tie("e"), tie("e")).map(([op, a, b]): Expr => ({ op, args: [a, b] })),
    fc.tuple(fc.constantFrom("lt", "le", "gt", "ge"), tie("e"), tie("e"), tie("e"), tie("e")).map(
      ([cmp, l, r, t, f]): Expr => ({ cmp, l, r, then: t, else: f }),
    ),
  ),
})).e;
const point = fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: N, maxLength: N });

describe("replay of traced graphs", () => {
  it("equals a fresh run where no branch changes, and throws the guard error where one does", () => {
    let same = 0, changed = 0;
    fc.assert(
      fc.property(expr, point, point, (e, x0, x1) => {
        const f = (a: number, b: number, c: number) => run(e, [a, b, c]);
        const g = trace(f, ...x0);
        const traced: boolean[] = [], now: boolean[] = [];
        run(e, x0, traced);
        run(e, x1, now);
        if (traced.join() === now.join()) {
          same++;
          const [value, gradient] = valueAndGrad(f)(x1[0], x1[1], x1[2]);
          const [rv, rg] = g.valueAndGrad(...x1) as [number, number[]];
          expect(Object.is(rv, value)).toBe(true);
          expect(Object.is(g.evaluate(...x1), value)).toBe(true);
          rg.forEach((d, k) => expect(Object.is(d, (gradient as number[])[k])).toBe(true));
        } else {
          changed++;
          expect(() => g.evaluate(...x1)).toThrow(/takes another branch.*trace the function again/);
          expect(() => g.valueAndGrad(...x1)).toThrow(/takes another branch/);
        }
      }),
      { numRuns: 400, seed: 20261129 },
    );
    // Both cases must actually be exercised.
    expect(same).toBeGreaterThan(100);
    expect(changed).toBeGreaterThan(20);
  });

  it("guards the issue's example: x > 1 ? x·x : sin x traced at 2", () => {
    const g = trace((x: number) => (gt(x, 1) ? mul(x, x) : sin(x)), 2);
    expect(g.evaluate(3)).toBe(9);
    expect(g.grad(3)).toBe(6);
    expect(() => g.evaluate(0.5)).toThrow(/the comparison 0.5 > 1 .* is false here but was true when traced/);
    expect(() => g.grad(0.5)).toThrow(/trace the function again at these inputs/);
    // A fresh trace at 0.5 takes the other branch.
    expect(trace((x: number) => (gt(x, 1) ? mul(x, x) : sin(x)), 0.5).grad(0.25)).toBe(Math.cos(0.25));
  });

  it("guards === and !== too, and ignores comparisons that do not depend on the inputs", () => {
    const g = trace((x: number, y: number) => (eq(x, 1) ? mul(x, y) : ne(y, 0) && lt(2, 3) ? y : x), 1, 5);
    expect(g.evaluate(1, 7)).toBe(7);
    expect(() => g.evaluate(1.5, 7)).toThrow(/the comparison 1.5 === 1 .* is false here but was true/);
    const h = trace((x: number, y: number) => (eq(x, 1) ? mul(x, y) : ne(y, 0) && lt(2, 3) ? y : x), 2, 5);
    expect(h.evaluate(3, 4)).toBe(4);
    expect(() => h.evaluate(3, 0)).toThrow(/0 !== 0 .* is false here but was true/);
  });

  it("names the line of the comparison in the guard error", () => {
    const g = trace((x: number) => (lt(x, 0) ? sub(0, x) : x), 1);
    expect(() => g.evaluate(-1)).toThrow(/graph-replay\.test\.ts:\d+/);
  });

  it("guards a value used as an index (a key chosen by the data)", () => {
    const table = [10, 20, 30, 40];
    const f = (x: number) => mul(table[Math.floor(Number(String(x)))], x);
    const g = trace(f, 1.5);
    expect(g.evaluate(1.5)).toBe(30);
    expect(() => g.evaluate(2.5)).toThrow(/used as an index or key/);
  });

  it("replays loops over arrays and Float64Arrays (extended Rosenbrock) with the tape's gradient", () => {
    const rosen = (x: ArrayLike<number>) => {
      let s = 0;
      for (let i = 0; i < x.length; i += 2) {
        const t = sub(x[i + 1], mul(x[i], x[i]));
        const u = sub(1, x[i]);
        s = add(s, add(mul(mul(100, t), t), mul(u, u)));
      }
      return s;
    };
    const x0 = Float64Array.from({ length: 40 }, (_, k) => Math.sin(k));
    const x1 = Float64Array.from({ length: 40 }, (_, k) => Math.cos(3 * k));
    const g = trace(rosen, x0);
    const [v, grad] = g.valueAndGrad(x1) as [number, Float64Array];
    const [v2, grad2] = valueAndGrad(rosen)(x1);
    expect(v).toBe(v2);
    expect(grad).toBeInstanceOf(Float64Array);
    expect(Array.from(grad)).toEqual(Array.from(grad2 as Float64Array));
    // Closed form of the first pair's partials.
    const t = x1[1] - x1[0] * x1[0];
    expect(grad[1]).toBeCloseTo(200 * t, 10);
    expect(g.grad(Array.from(x1))).toEqual(Array.from(grad));
  });

  it("replays inside another transform (nested): the gradient of a replayed gradient", () => {
    const g = trace((x: number) => mul(sin(x), x), 0.3);
    // d/dx [d/dx (x sin x)] = 2 cos x - x sin x
    const second = valueAndGrad((x: number) => g.grad(x) as number)(0.7)[1];
    expect(second).toBeCloseTo(2 * Math.cos(0.7) - 0.7 * Math.sin(0.7), 12);
  });

  it("checks the guards in nested replay too", () => {
    const g = trace((x: number) => (le(x, 0) ? x : mul(x, x)), 1);
    expect(() => valueAndGrad((x: number) => g.evaluate(x))(-1)).toThrow(/takes another branch/);
  });
});
