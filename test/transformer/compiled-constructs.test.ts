// The constructs the compiled modes cover beyond structured code: `return` inside loops,
// `break`/`continue`, `do…while`, local arrays written and read, `map`/`reduce`/`forEach` with
// arrow callbacks, and `Math.max`/`Math.min`/`Math.hypot` of several arguments. Each function is
// checked against a closed form, against the tape (vjp inside `onTape`) to 1e-13 relative,
// and in forward mode against the Dual runtime (debugNans on turns compiled code off).
import { describe, expect, it } from "vitest";
import { derivative, grad, jvp, valueAndGrad, vjp } from "typegrad";
import { agrees, centralGrad, expectClose } from "../numeric.js";
import { onDuals, onTape } from "./tape-reference.js";

// ---- jumps ------------------------------------------------------------------------------------

function newtonSqrt(a: number): number {
  let y = a;
  for (let i = 0; i < 60; i++) {
    const f = y * y - a;
    if (Math.abs(f) < 1e-14 * a) return y;
    y -= f / (2 * y);
  }
  return y;
}

function positivePrefix(v: number[], cap: number): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) {
    if (v[i] < 0) continue;
    if (s > cap) break;
    s += v[i] * v[i];
  }
  return s;
}

function halveBelowOne(x: number): number {
  let s = x * x;
  do {
    s = s * 0.5;
  } while (s > 1);
  return s;
}

function joined(x: number, y: number): number {
  let s = x * y;
  if (x > 0) {
    s = Math.sin(s);
    if (y > 2) return s * s;
    s += y;
  }
  return s * x;
}

function firstAbove(v: number[], c: number): number {
  for (let i = 0; i < v.length; i++) if (v[i] > c) return v[i] * c;
  return 0;
}
function thrice(v: number[], c: number): number {
  let s = 0;
  for (let k = 0; k < 3; k++) s += firstAbove(v, c + k);
  return s;
}

describe("return inside loops, break, continue, do…while", () => {
  it("a helper returning from its loop, inlined in a loop: each call starts afresh", () => {
    // c = 0.8, 1.8, 2.8 find 2, 2 and 3.5
    const [gv, gc] = grad(thrice)([0.5, 2, 1, 3.5], 0.8);
    expectClose(gv, [0, 2.6, 0, 2.8], 1e-15);
    expectClose(gc, 7.5, 1e-15);
    agrees(valueAndGrad(thrice)([0.5, 2, 1, 3.5], 0.8), (() => {
      const [value, pullback] = onTape(() => vjp(thrice, [0.5, 2, 1, 3.5], 0.8));
      return [value, pullback(1)];
    })(), "thrice");
  });

  it("Newton's method returning from its loop: d√a/da = 1/(2√a), = tape, forward = Duals", () => {
    for (const a of [2, 0.3, 17]) {
      const [value, g] = valueAndGrad(newtonSqrt)(a);
      expect(value).toBeCloseTo(Math.sqrt(a), 12);
      expect(g).toBeCloseTo(1 / (2 * Math.sqrt(a)), 8);
      const [tapeValue, pullback] = onTape(() => vjp(newtonSqrt, a));
      agrees([value, g], [tapeValue, pullback(1)], `newtonSqrt at ${a}`);
      agrees(derivative(newtonSqrt)(a), onDuals(() => derivative(newtonSqrt)(a)), `derivative of newtonSqrt at ${a}`);
    }
  });

  it("break and continue: only the squares summed before the cap count", () => {
    const v = [1, -2, 1.5, 3, 0.5, 2];
    // s: 1, (skip -2), 3.25, then 3 is added (3.25 ≤ 4), 12.25 > 4: break before 0.5
    const [gv, gcap] = grad(positivePrefix)(v, 4);
    expect(gv).toEqual([2, 0, 3, 6, 0, 0]);
    expect(gcap).toBe(0);
    agrees(grad(positivePrefix)(v, 4), onTape(() => vjp(positivePrefix, v, 4))[1](1), "positivePrefix");
  });

  it("do…while: the result is x²/2ᵏ with k the number of passes", () => {
    for (const x of [0.5, 1.3, 5, -7]) {
      let k = 0, s = x * x;
      do {
        s *= 0.5;
        k++;
      } while (s > 1);
      expect(grad(halveBelowOne)(x)).toBe(2 * x / 2 ** k);
      expect(derivative(halveBelowOne)(x)).toBe(2 * x / 2 ** k);
    }
  });

  it("a return in a branch that may fall through joins the rest: = tape, = central differences, forward = Duals", () => {
    for (const [x, y] of [[0.4, 3], [0.4, 1], [-0.6, 2.5], [1.2, 0.3]] as const) {
      const [value, g] = valueAndGrad(joined)(x, y);
      const [tapeValue, pullback] = onTape(() => vjp(joined, x, y));
      agrees([value, g], [tapeValue, pullback(1)], `joined at ${x}, ${y}`);
      expectClose(g, centralGrad(joined, [x, y]), 1e-6);
      agrees(jvp(joined, [x, y], [1, 0.5]), onDuals(() => jvp(joined, [x, y], [1, 0.5])), `jvp of joined at ${x}, ${y}`);
    }
  });
});

// ---- local arrays -----------------------------------------------------------------------------

function differences(v: number[]): number {
  const d = new Array<number>(v.length - 1);
  for (let i = 0; i < d.length; i++) d[i] = v[i + 1] - v[i];
  let s = 0;
  for (let i = 0; i < d.length; i++) s += d[i] * d[i];
  return s;
}

function logsOfPositives(v: number[], c: number): number {
  const kept: number[] = [];
  for (const x of v) if (x > 0) kept.push(Math.log(x * c));
  let s = 0;
  for (let i = 0; i < kept.length; i++) s += kept[i] * kept[i];
  return s;
}

function overwritten(x: number, y: number): number {
  const a = [x, y];
  a[0] = a[0] * a[1];
  a[1] = a[0] + a[1];
  return a[0] * a[1];
}

function perPass(w: number[], x: number): number {
  let loss = 0;
  for (let s = 0; s < 3; s++) {
    const h = new Array<number>(2).fill(0);
    for (let j = 0; j < 2; j++) h[j] += Math.tanh(w[j] * (x + s));
    h[0] *= h[1];
    loss += h[0] * w[2] + h[1];
  }
  return loss;
}

describe("local arrays", () => {
  it("filled once, then read: ∂/∂vᵢ Σ(vᵢ₊₁ - vᵢ)² = 2(dᵢ₋₁ - dᵢ)", () => {
    const v = [1, 0.3, 0.5, 2];
    const d = [-0.7, 0.2, 1.5];
    const expected = [-2 * d[0]!, 2 * (d[0]! - d[1]!), 2 * (d[1]! - d[2]!), 2 * d[2]!];
    expectClose(grad(differences)(v), expected, 1e-14);
    agrees(grad(differences)(v), onTape(() => vjp(differences, v))[1](1), "differences");
    // vjp's own compiled code too (its reverse sweep can run per output: no loop fused into the forward one)
    expectClose(vjp(differences, v)[1](1) as number[], expected, 1e-14);
  });

  it("grown by push: ∂/∂c Σ log(xc)² = Σ 2·log(xc)/c over x > 0", () => {
    const v = [1, -2, 0.5, 3];
    const c = 1.5;
    const [gv, gc] = grad(logsOfPositives)(v, c);
    expectClose(gc, [1, 0.5, 3].reduce((s, x) => s + 2 * Math.log(x * c) / c, 0), 1e-14);
    expectClose(gv, v.map((x) => (x > 0 ? 2 * Math.log(x * c) / x : 0)), 1e-14);
    agrees(grad(logsOfPositives)(v, c), onTape(() => vjp(logsOfPositives, v, c))[1](1), "logsOfPositives");
  });

  it("overwritten after being read: x²y² + xy², both modes", () => {
    for (const [x, y] of [[0.7, -1.3], [2, 0.5]] as const) {
      const g = grad(overwritten)(x, y);
      expectClose(g, [2 * x * y * y + y * y, 2 * x * x * y + 2 * x * y], 1e-14);
      agrees(g, onTape(() => vjp(overwritten, x, y))[1](1), "overwritten");
      expectClose(derivative((t: number) => overwritten(t, y))(x), 2 * x * y * y + y * y, 1e-14);
      agrees(jvp(overwritten, [x, y], [1, 0.5]), onDuals(() => jvp(overwritten, [x, y], [1, 0.5])), "jvp of overwritten");
    }
  });

  it("one array per pass of a loop, read-modify-written: = tape, = central differences", () => {
    const w = [0.3, -0.8, 1.5];
    const g = grad(perPass)(w, 0.4);
    agrees(g, onTape(() => vjp(perPass, w, 0.4))[1](1), "perPass");
    expectClose(g[1], centralGrad((x: number) => perPass(w, x), [0.4])[0]!, 1e-6);
    expectClose(g[0][2], centralGrad((c: number) => perPass([0.3, -0.8, c], 0.4), [1.5])[0]!, 1e-6);
  });
});

// ---- array methods and n-ary Math functions -----------------------------------------------------

const sumOfSquares = (v: number[]): number => v.map((x) => x * x).reduce((a, b) => a + b, 0);
const product = (v: number[]): number => v.reduce((a, b) => a * b);

function nonNegativePart(v: number[], c: number): number {
  let s = 0;
  v.forEach((x, i) => {
    if (x < 0) return;
    s += c * x + i;
  });
  return s;
}

const cube = (x: number): number => x * x * x;
function weighted(x: number, i: number): number {
  return x * (i + 1);
}
/** Callbacks by name: a one-argument Math function, and the program's functions (given the index when they take it). */
const named = (v: number[]): number => v.map(Math.exp).reduce((a, b) => a + b, 0) + v.map(cube).reduce((a, b) => a + b) + v.map(weighted).reduce((a, b) => a + b);

const largest = (x: number, y: number, z: number): number => Math.max(x, y, z) - Math.min(x, y, z);
const norm3 = (x: number, y: number, z: number): number => Math.hypot(x, y, z);

describe("map, reduce and forEach; Math.max/min/hypot of three arguments", () => {
  it("map then reduce: ∇Σvᵢ² = 2v; reduce without a start: ∇Πv, and TypeError on [] as JavaScript", () => {
    expect(grad(sumOfSquares)([0.5, -1.5, 2])).toEqual([1, -3, 4]);
    expect(grad(product)([2, 3, 5])).toEqual([15, 10, 6]);
    expect(() => grad(product)([])).toThrow(TypeError);
    expect(() => product([])).toThrow(TypeError);
    agrees(grad(product)([2, -3, 0.5]), onTape(() => vjp(product, [2, -3, 0.5]))[1](1), "product");
  });

  it("named callbacks: ∂/∂vᵢ (Σ e^v + Σ v³ + Σ (i+1)·v) = e^vᵢ + 3vᵢ² + i + 1", () => {
    const v = [0.5, -1.2, 2];
    expectClose(grad(named)(v), v.map((x, i) => Math.exp(x) + 3 * x * x + i + 1), 1e-14);
    agrees(grad(named)(v), onTape(() => vjp(named, v))[1](1), "named");
  });

  it("forEach with an early return: ∂/∂vᵢ = c where vᵢ ≥ 0, ∂/∂c = Σ of those vᵢ", () => {
    const [gv, gc] = grad(nonNegativePart)([0.5, -1, 2, 0], 3);
    expect(gv).toEqual([3, 0, 3, 3]);
    expect(gc).toBe(2.5);
  });

  it("n-ary max/min split ties 1/k as the tape does; hypot's gradient is x/|x|, 0 at the origin", () => {
    expect(grad(largest)(1, 1, 0.5)).toEqual([0.5, 0.5, -1]);
    expect(grad(largest)(2, 2, 2)).toEqual([0, 0, 0]);
    agrees(grad(largest)(1, 1, 0.5), onTape(() => vjp(largest, 1, 1, 0.5))[1](1), "largest with a tie");
    agrees(jvp(largest, [1, 1, 0.5], [1, 2, 3]), onDuals(() => jvp(largest, [1, 1, 0.5], [1, 2, 3])), "jvp of largest with a tie");
    expectClose(grad(norm3)(3, 4, 12), [3 / 13, 4 / 13, 12 / 13], 1e-15);
    expect(grad(norm3)(0, 0, 0)).toEqual([0, 0, 0]);
    expect(derivative((t: number) => norm3(t, 4, 12))(3)).toBe(3 / 13);
  });
});
