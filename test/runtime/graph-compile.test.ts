/**
 * Replay of traced loops (the compiled replay re-rolls repeated runs of the list into loops):
 * on random loop programs — carried values that accumulate or multiply, inputs read with a
 * stride, a scalar input and a value computed from it shared by every iteration, comparisons, truthiness tests and switches
 * inside the loop, work after the loop — a replay at a new point equals a fresh run on a tape,
 * value and every gradient entry bit for bit, where every decision comes out as traced, and
 * throws the guard error where one does not. Which case applies is decided independently, by
 * running the program on plain numbers and recording its decisions. Loops over ±0, ±∞ and NaN
 * check that the generated adjoint code, which folds what it knows while it is generated, keeps
 * the tape's signed zeros and NaNs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, lt, mul, sin, square, sub, switchOn, tanh, trace, truthOf, valueAndGrad, div, gt, floor, neg, sqrt } from "./helpers.js";

type Leaf = { x: number } | { y: true } | { z: true } | { s: number } | { c: number };
type Expr = Leaf | { op: string; args: Expr[] } | { test: "lt" | "truth" | "switch"; on: Expr; then: Expr; else: Expr };
interface Program {
  k: number; // inputs read per iteration
  m: number; // iterations
  carried: { init: number; fromY: boolean; combine: "add" | "sub" | "mulTanh"; body: Expr }[];
  tail: "first" | "product" | "withY";
}

/** The runtime's functions, or plain arithmetic recording each decision in `decisions`. */
interface Ops {
  [op: string]: (...xs: number[]) => number;
}
const RUNTIME: Ops = { add, sub, mul, sin, tanh, square, div1: (a, b) => div(a, add(1, square(b))) };
const PLAIN: Ops = {
  add: (a, b) => a + b, sub: (a, b) => a - b, mul: (a, b) => a * b, sin: Math.sin, tanh: Math.tanh,
  square: (a) => a * a, div1: (a, b) => a / (1 + b * b),
};

function run(p: Program, x: ArrayLike<number>, y: number, plain: boolean, decisions?: string[]): number {
  const ops = plain ? PLAIN : RUNTIME;
  let s = p.carried.map((c) => (c.fromY ? y : c.init));
  const z = ops.tanh(ops.mul(y, 0.7)); // computed before the loop, read by every iteration
  const ev = (e: Expr, i: number): number => {
    if ("x" in e) return x[p.k * i + e.x];
    if ("y" in e) return y;
    if ("z" in e) return z;
    if ("s" in e) return s[e.s];
    if ("c" in e) return e.c;
    if ("op" in e) return ops[e.op](...e.args.map((a) => ev(a, i)));
    const v = ev(e.on, i);
    let taken: boolean;
    if (e.test === "lt") taken = plain ? v < 0.25 : lt(v, 0.25);
    else if (e.test === "truth") {
      // 0 exactly when the floor is 0: both outcomes occur on inputs in (-2, 2).
      const f = plain ? Math.floor(v) : floor(v);
      taken = plain ? f !== 0 : (truthOf(f) as boolean);
    } else {
      const f = plain ? Math.floor(v) : floor(v);
      const key = plain ? f : (switchOn(f, [-1, 0]) as number);
      // A switch decides which case matches: case -1, case 0 or the default.
      decisions?.push(`case:${key === -1 ? -1 : key === 0 ? 0 : "default"}`);
      taken = key === 0;
    }
    decisions?.push(`${e.test}:${taken}`);
    return taken ? ev(e.then, i) : ev(e.else, i);
  };
  for (let i = 0; i < p.m; i++) {
    const next = p.carried.map((c, j) => {
      const b = ev(c.body, i);
      return c.combine === "add" ? ops.add(s[j], b) : c.combine === "sub" ? ops.sub(s[j], b) : ops.mul(s[j], ops.tanh(b));
    });
    s = next;
  }
  if (p.tail === "first") return s[0];
  if (p.tail === "product") return ops.mul(s[0], s[s.length - 1]);
  return ops.add(ops.mul(s[0], y), ops.sin(s[s.length - 1]));
}

const program: fc.Arbitrary<Program> = fc
  .record({ k: fc.integer({ min: 1, max: 3 }), m: fc.integer({ min: 5, max: 12 }), count: fc.integer({ min: 1, max: 2 }) })
  .chain(({ k, m, count }) => {
    const leaf: fc.Arbitrary<Expr> = fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 0, max: k - 1 }).map((x): Expr => ({ x })) },
      fc.constant<Expr>({ y: true }),
      fc.constant<Expr>({ z: true }),
      fc.integer({ min: 0, max: count - 1 }).map((s): Expr => ({ s })),
      fc.double({ min: -2, max: 2, noNaN: true }).map((c): Expr => ({ c })),
    );
    const expr = fc.letrec<{ e: Expr }>((tie) => ({
      e: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        leaf,
        fc.tuple(fc.constantFrom("sin", "tanh", "square"), tie("e")).map(([op, a]): Expr => ({ op, args: [a] })),
        fc.tuple(fc.constantFrom("add", "sub", "mul", "div1"), tie("e"), tie("e")).map(([op, a, b]): Expr => ({ op, args: [a, b] })),
        fc.tuple(fc.constantFrom("lt", "truth", "switch"), tie("e"), tie("e"), tie("e")).map(
          ([test, on, t, f]): Expr => ({ test: test as "lt" | "truth" | "switch", on, then: t, else: f }),
        ),
      ),
    })).e;
    const carry = fc.record({ init: fc.double({ min: -1, max: 1, noNaN: true }), fromY: fc.boolean(), combine: fc.constantFrom("add", "add", "sub", "mulTanh") as fc.Arbitrary<"add" | "sub" | "mulTanh">, body: expr });
    return fc.record({
      k: fc.constant(k),
      m: fc.constant(m),
      carried: fc.array(carry, { minLength: count, maxLength: count }),
      tail: fc.constantFrom("first", "first", "product", "withY") as fc.Arbitrary<Program["tail"]>,
    });
  });

const inputs = (p: Program) => fc.tuple(fc.array(fc.double({ min: -1.9, max: 1.9, noNaN: true }), { minLength: p.k * p.m, maxLength: p.k * p.m }), fc.double({ min: -1.9, max: 1.9, noNaN: true }));

describe("compiled replay of traced loops", () => {
  it("equals a fresh tape run where no decision changes, and throws the guard error where one does", () => {
    let same = 0, changed = 0;
    fc.assert(
      fc.property(program.chain((p) => fc.tuple(fc.constant(p), inputs(p), inputs(p))), ([p, [xa, ya], [xb, yb]]) => {
        const f = (x: Float64Array, y: number) => run(p, x, y, false);
        const x0 = Float64Array.from(xa), x1 = Float64Array.from(xb);
        const g = trace(f, x0, ya);
        const traced: string[] = [], now: string[] = [];
        run(p, x0, ya, true, traced);
        run(p, x1, yb, true, now);
        if (traced.join() === now.join()) {
          same++;
          const [value, [gx, gy]] = valueAndGrad(f)(x1, yb) as [number, [Float64Array, number]];
          const [rv, [rx, ry]] = g.valueAndGrad(x1, yb);
          expect(Object.is(rv, value)).toBe(true);
          expect(Object.is(g.evaluate(x1, yb), value)).toBe(true);
          expect(Object.is(ry, gy)).toBe(true);
          rx.forEach((d, i) => expect(Object.is(d, gx[i])).toBe(true));
          const [sx, sy] = g.grad(x1, yb) as [Float64Array, number];
          expect(Object.is(sy, gy)).toBe(true);
          sx.forEach((d, i) => expect(Object.is(d, gx[i])).toBe(true));
          // The traced point replays to the traced value.
          expect(Object.is(g.evaluate(x0, ya), run(p, x0, ya, true))).toBe(true);
        } else {
          changed++;
          expect(() => g.evaluate(x1, yb)).toThrow(/takes another branch.*trace the function again/);
          expect(() => g.valueAndGrad(x1, yb)).toThrow(/takes another branch/);
        }
      }),
      { numRuns: 300, seed: 20261129 },
    );
    expect(same).toBeGreaterThan(60);
    expect(changed).toBeGreaterThan(30);
  });

  it("replays a sum over a Float64Array (one pass for value and gradient) with the tape's numbers and the closed form", () => {
    const sumsq = (x: Float64Array) => {
      let s = 0;
      for (let i = 0; i < x.length; i++) s = add(s, mul(sin(x[i]), x[i]));
      return s;
    };
    const x0 = Float64Array.from({ length: 50 }, (_, k) => Math.cos(k));
    const x1 = Float64Array.from({ length: 50 }, (_, k) => Math.sin(2 * k));
    const g = trace(sumsq, x0);
    const [v, gx] = g.valueAndGrad(x1) as [number, Float64Array];
    const [tv, tx] = valueAndGrad(sumsq)(x1) as [number, Float64Array];
    expect(v).toBe(tv);
    expect(Array.from(gx)).toEqual(Array.from(tx));
    gx.forEach((d, i) => expect(d).toBeCloseTo(Math.cos(x1[i]) * x1[i] + Math.sin(x1[i]), 13));
    // Values shown by paths and toDot are those of the last replayed point, filled in when asked.
    expect(g.paths(3).reduce((t, path) => t + path.product, 0)).toBeCloseTo(gx[3], 13);
  });

  it("keeps the last replayed point of a number[] argument for paths, whatever the caller does to the array after", () => {
    const sumsq = (x: number[]) => {
      let s = 0;
      for (let i = 0; i < x.length; i++) s = add(s, mul(sin(x[i]), x[i]));
      return s;
    };
    const g = trace(sumsq, Array.from({ length: 30 }, (_, k) => Math.cos(k)));
    const points = [1, 2, 3].map((a) => Array.from({ length: 30 }, (_, k) => Math.sin(a * k)));
    let last: number[] = [];
    for (const x of points) {
      last = g.grad(x) as number[];
      expect(last).toEqual(valueAndGrad(sumsq)(x)[1]);
    }
    const x = points[2];
    const expected = Math.cos(x[4]) * x[4] + Math.sin(x[4]);
    x.fill(0); // the caller reuses its array
    expect(() => g.grad([...points[0].slice(0, 29), "a"] as unknown as number[])).toThrow(/graph input at \[29\]/);
    expect(g.paths(4).reduce((t, path) => t + path.product, 0)).toBeCloseTo(expected, 13);
    expect(last[4]).toBeCloseTo(expected, 13);
  });

  it("replays a long graph that is mostly not loops (the interpreter) with the tape's numbers", () => {
    // A pseudo-random recurrence: 3,000 operations whose operands jump around, no repeated block.
    const f = (x: number[]) => {
      let seed = 7;
      const next = () => (seed = (seed * 48271) % 2147483647);
      const vals = [x[0], x[1], x[2]];
      for (let k = 0; k < 3000; k++) {
        const a = vals[next() % vals.length], b = vals[vals.length - 1 - (next() % Math.min(5, vals.length))];
        const o = next() % 4;
        vals.push(o === 0 ? add(a, b) : o === 1 ? sub(a, b) : o === 2 ? mul(a, 0.5) : sin(b));
      }
      return vals.slice(-10).reduce((t, v) => add(t, v), 0);
    };
    const g = trace(f, [0.1, 0.2, 0.3]);
    const [v, gx] = g.valueAndGrad([0.15, 0.25, 0.35]) as [number, number[]];
    const [tv, tx] = valueAndGrad(f)([0.15, 0.25, 0.35]) as [number, number[]];
    expect(Object.is(v, tv)).toBe(true);
    gx.forEach((d, i) => expect(Object.is(d, tx[i])).toBe(true));
  });

  it("guards a comparison inside a long loop at the iteration where it changes", () => {
    const relu = (x: Float64Array) => {
      let s = 0;
      for (let i = 0; i < x.length; i++) s = add(s, gt(x[i], 0) ? square(x[i]) : mul(0.1, x[i]));
      return s;
    };
    const x0 = Float64Array.from({ length: 40 }, (_, k) => (k % 3 === 0 ? -1 : 1) * (1 + k / 10));
    const g = trace(relu, x0);
    const x1 = x0.map((v) => v * 1.5);
    expect(g.grad(x1)).toEqual(valueAndGrad(relu)(x1)[1]);
    const x2 = x0.slice();
    x2[31] = -x2[31];
    expect(() => g.evaluate(x2)).toThrow(/the comparison -4.1 > 0 .* is false here but was true when traced/);
  });

  it("keeps the tape's signed zeros, infinities and NaNs (0·∞ from a zero adjoint included)", () => {
    // Loops with no decisions, over inputs and constants that are ±0, ±∞, NaN or small integers:
    // replayed values and gradients equal a fresh tape's under Object.is (+0 and −0 differ).
    type E = { x: number } | { c: number } | { s: true } | { op: string; args: E[] };
    const OPS: Record<string, (...a: number[]) => number> = { add, sub, mul, div, neg, sqrt, square, sin };
    const special = fc.constantFrom(0, -0, 1, -1, 2, 0.5, Infinity, -Infinity, NaN);
    const expr = fc.letrec<{ e: E }>((tie) => ({
      e: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.integer({ min: 0, max: 1 }).map((x): E => ({ x })),
        special.map((c): E => ({ c })),
        fc.constant<E>({ s: true }),
        fc.tuple(fc.constantFrom("neg", "sqrt", "square", "sin"), tie("e")).map(([op, a]): E => ({ op, args: [a] })),
        fc.tuple(fc.constantFrom("add", "sub", "mul", "div"), tie("e"), tie("e")).map(([op, a, b]): E => ({ op, args: [a, b] })),
      ),
    })).e;
    const loop = fc.record({ body: expr, combine: fc.constantFrom("add", "sub", "mul"), init: special, after: fc.boolean() });
    let nan = 0, zero = 0, infinite = 0;
    fc.assert(
      fc.property(loop, fc.array(special, { minLength: 20, maxLength: 20 }), fc.array(special, { minLength: 20, maxLength: 20 }), (p, xa, xb) => {
        const f = (x: ArrayLike<number>) => {
          let s = p.init;
          const ev = (e: E, i: number): number => ("x" in e ? x[2 * i + e.x] : "c" in e ? e.c : "s" in e ? s : OPS[e.op](...e.args.map((a) => ev(a, i))));
          for (let i = 0; i < 10; i++) s = OPS[p.combine](s, ev(p.body, i));
          return p.after ? mul(s, x[0]) : s;
        };
        const x0 = Float64Array.from(xa), x1 = Float64Array.from(xb);
        const g = trace(f, x0);
        const [value, gx] = valueAndGrad(f)(x1) as [number, Float64Array];
        const [rv, rx] = g.valueAndGrad(x1) as [number, Float64Array];
        expect(Object.is(rv, value)).toBe(true);
        rx.forEach((d, i) => expect(Object.is(d, gx[i])).toBe(true));
        (g.grad(x1) as Float64Array).forEach((d, i) => expect(Object.is(d, gx[i])).toBe(true));
        expect(Object.is(g.evaluate(x1), value)).toBe(true);
        // The same with number[] inputs: the gradient is a number[].
        const h = trace(f, Array.from(x0));
        const [lv, lx] = h.valueAndGrad(Array.from(x1)) as [number, number[]];
        const lg = h.grad(Array.from(x1)) as number[];
        expect(Array.isArray(lx) && Array.isArray(lg)).toBe(true);
        expect(Object.is(lv, value)).toBe(true);
        gx.forEach((d, i) => expect(Object.is(lx[i], d) && Object.is(lg[i], d)).toBe(true));
        nan += rx.filter((d) => d !== d).length;
        zero += rx.filter((d) => d === 0).length;
        infinite += rx.filter((d) => Math.abs(d) === Infinity).length;
      }),
      { numRuns: 400, seed: 20261129 },
    );
    // The special values do reach the gradients (about half the programs are re-rolled into loops,
    // a third of those run in one pass).
    expect(nan).toBeGreaterThan(300);
    expect(zero).toBeGreaterThan(1000);
    expect(infinite).toBeGreaterThan(50);
  });
});
