// Compiled Hessian code (`hessian`, `hvp`) of functions whose parameters are matrices
// (`number[][]`, `Float64Array[]`) or plain objects of numbers, arrays and matrices: the
// direction of such a parameter is shaped like it (`W$v[i][j]`, `p$v.w[j]`), and H·v comes back
// shaped like the gradient. Each Hessian is compared with the runtime's forward over reverse
// (compiled code off) to 1e-13 relative, with central differences of the gradient, and with a
// closed form.
import { describe, expect, it } from "vitest";
import { debugNans, grad, hessian, hvp } from "typegrad";
import { hessianCodeRuns } from "../runtime/attached-code.js";

type P = { w: number[]; b: number };
/** A tanh unit's loss over rows of W, the parameters as one object. */
function loss(p: P, W: number[][]): number {
  let s = p.b * p.b;
  for (let i = 0; i < W.length; i++) {
    let z = p.b;
    for (let j = 0; j < p.w.length; j++) z += W[i][j] * p.w[j];
    s += Math.tanh(z) * z;
  }
  return s;
}

/** Σ W[i][j]² · W[i][0] over Float64Array rows (closed-form Hessian). */
function cubic(W: Float64Array[]): number {
  let s = 0;
  for (const row of W) for (let j = 0; j < row.length; j++) s += row[j] * row[j] * row[0];
  return s;
}

/** Nested objects with a matrix field. */
type Net = { layer: { W: number[][]; b: number[] }; scale: number };
function net(q: Net, x: number[]): number {
  let s = 0;
  for (let i = 0; i < q.layer.W.length; i++) {
    let z = q.layer.b[i];
    for (let j = 0; j < x.length; j++) z += q.layer.W[i][j] * x[j];
    s += Math.log(1 + Math.exp(q.scale * z));
  }
  return s;
}

/** Data the closures below read (module constants: compiled code reads them as data). */
const W0 = [[0.5, -1], [2, 0.25]];
const W1 = [[1, 2]];
const X0 = [0.3, -0.6, 0.9];

/** The runtime's answer: every compiled code off. */
const onRuntime = <T>(work: () => T): T => {
  debugNans(true);
  try {
    return work();
  } finally {
    debugNans(false);
  }
};

/** Same tree shape, the same kinds of containers (number[] vs Float64Array, key order), numbers to 1e-13 relative. */
function agree(actual: unknown, expected: unknown, path = ""): void {
  if (typeof expected === "number") {
    expect(typeof actual, path).toBe("number");
    expect(Math.abs((actual as number) - expected), `${path}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(expected)));
    return;
  }
  if (expected instanceof Float64Array) expect(actual, path).toBeInstanceOf(Float64Array);
  else if (Array.isArray(expected)) expect(Array.isArray(actual), path).toBe(true);
  else {
    expect(Object.keys(actual as object), path).toEqual(Object.keys(expected as object));
    for (const key of Object.keys(expected as object)) agree((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
    return;
  }
  const a = actual as ArrayLike<unknown>, e = expected as ArrayLike<unknown>;
  expect(a.length, path).toBe(e.length);
  for (let k = 0; k < e.length; k++) agree(a[k], e[k], `${path}[${k}]`);
}

const leaves = (x: unknown): number[] => (typeof x === "number" ? [x]
  : x instanceof Float64Array || Array.isArray(x) ? Array.from(x as ArrayLike<unknown>).flatMap(leaves) : Object.values(x as object).flatMap(leaves));
function rebuilt(x: unknown, values: number[], at = { k: 0 }): unknown {
  if (typeof x === "number") return values[at.k++];
  if (x instanceof Float64Array) return Float64Array.from(x, () => values[at.k++]!);
  if (Array.isArray(x)) return x.map((e) => rebuilt(e, values, at));
  return Object.fromEntries(Object.entries(x as object).map(([key, v]) => [key, rebuilt(v, values, at)]));
}

/** H·v by central differences of the gradient (the runtime's, compiled code off) along `v`. */
function centralHv(f: (...a: never[]) => number, args: unknown[], v: unknown, h = 1e-5): number[] {
  const g = (d: number) => leaves(onRuntime(() => grad(f, { argnums: 0 })(...(args.map((a, k) => (k === 0 ? rebuilt(a, leaves(a).map((x, i) => x + d * leaves(v)[i]!)) : a)) as never[]))));
  const [up, down] = [g(h), g(-h)];
  return up.map((u, i) => (u - down[i]!) / (2 * h));
}
const near = (actual: unknown, expected: number[]): void => {
  const a = leaves(actual);
  expect(a.length).toBe(expected.length);
  a.forEach((x, i) => expect(Math.abs(x - expected[i]!)).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(expected[i]!))));
};

function numbers(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s / 2 ** 32) * 2 - 1;
  };
}
const matrix = (r: () => number, rows: number, cols: number): number[][] => Array.from({ length: rows }, () => Array.from({ length: cols }, r));

describe("compiled Hessian code of object and matrix parameters", () => {
  it("hessian of (p: { w, b }, W: number[][]): the runtime's blocks to 1e-13, columns = central differences", () => {
    for (const seed of [1, 2]) {
      const r = numbers(seed);
      const p: P = { w: [r(), r(), r()], b: r() };
      const W = matrix(r, 4, 3);
      const H = hessian(loss)(p, W);
      agree(H, onRuntime(() => hessian(loss)(p, W)));
      expect(hessianCodeRuns(loss, [p, W])).toBe(true);
      // row block (p, p): its column for b is H·e_b, by central differences of the gradient
      const eb: P = { w: [0, 0, 0], b: 1 };
      // H[0] is p's rows: { w: [(w, p), (w, W)], b: [(b, p), (b, W)] }; (w, p) is { w: 3×3, b: 3 }
      near([H[0].w[0].b, H[0].b[0].b], centralHv(loss as never, [p, W], eb));
    }
  });

  it("hvp of an object parameter is shaped like it (key order and array kinds kept)", () => {
    const r = numbers(3);
    const f = (q: P): number => loss(q, W0);
    const p = { b: r(), w: Float64Array.from([r(), r()]) } as unknown as P;
    const v = { b: 0.5, w: Float64Array.from([1, -2]) } as unknown as P;
    const hv = hvp(f, p, v);
    agree(hv, onRuntime(() => hvp(f, p, v)));
    expect(Object.keys(hv)).toEqual(["b", "w"]);
    expect(hv.w).toBeInstanceOf(Float64Array);
    expect(hessianCodeRuns(f, [p], v)).toBe(true);
    near(hv, centralHv(f as never, [p], v));
  });

  it("hessian and hvp of Float64Array rows: the closed form", () => {
    const W = [Float64Array.from([0.5, -1, 2]), Float64Array.from([1.5, 0.25, -0.5])];
    const H = hessian(cubic)(W);
    agree(H, onRuntime(() => hessian(cubic)(W)));
    expect(hessianCodeRuns(cubic, [W])).toBe(true);
    // ∂²/∂W[i][a]∂W[k][c] = 0 across rows; within row i (r = W[i]): ∂²/∂r0² = 6 r0, ∂²/∂r0∂rj = 2 rj, ∂²/∂rj² = 2 r0 (j > 0)
    for (let i = 0; i < 2; i++) {
      const row = W[i]!;
      for (let a = 0; a < 3; a++) for (let k = 0; k < 2; k++) for (let c = 0; c < 3; c++) {
        const expected = i !== k ? 0 : a === 0 && c === 0 ? 6 * row[0]! : a === 0 || c === 0 ? 2 * row[a + c]! : a === c ? 2 * row[0]! : 0;
        expect(H[i]![a]![k]![c]).toBeCloseTo(expected, 12);
      }
    }
    const v = [Float64Array.from([1, 0, 0]), Float64Array.from([0, 1, 0])];
    const hv = hvp(cubic, W, v);
    agree(hv, onRuntime(() => hvp(cubic, W, v)));
    near(hv, centralHv(cubic as never, [W], v));
  });

  it("nested objects with a matrix field", () => {
    const r = numbers(4);
    const q: Net = { layer: { W: matrix(r, 2, 3), b: [r(), r()] }, scale: 0.75 };
    const x = X0;
    const H = hessian(net)(q, x);
    agree(H, onRuntime(() => hessian(net)(q, x)));
    expect(hessianCodeRuns(net, [q, x])).toBe(true);
    const v: Net = { layer: { W: matrix(r, 2, 3), b: [r(), r()] }, scale: r() };
    const g = (z: Net): number => net(z, X0);
    agree(hvp(g, q, v), onRuntime(() => hvp(g, q, v)));
    expect(hessianCodeRuns(g, [q], v)).toBe(true);
    near(hvp(g, q, v), centralHv(g as never, [q], v));
  });

  it("runs the runtime for arguments or directions the code does not take", () => {
    const f = (q: P): number => loss(q, W1);
    const p: P = { w: [0.5, 1], b: 0.25 };
    const message = (work: () => unknown): string => {
      try {
        return JSON.stringify(work());
      } catch (error) {
        return (error as Error).message;
      }
    };
    for (const v of [{ w: [1], b: 0 }, { b: 0, w: [1, 2] }, { w: [1, 2], b: "1" }] as unknown as P[]) {
      expect(message(() => hvp(f, p, v))).toBe(message(() => onRuntime(() => hvp(f, p, v))));
    }
    expect(hessianCodeRuns(f, [p], { w: [1, 0], b: 0 })).toBe(true);
    const extra = { ...p, c: 1 } as P;
    expect(message(() => hessian(f)(extra))).toBe(message(() => onRuntime(() => hessian(f)(extra))));
  });
});
