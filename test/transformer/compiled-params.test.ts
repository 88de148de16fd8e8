// Compiled reverse code for parameters written as users write them (compiler/parameters.ts,
// src/runtime/compiled-params.ts): weights as number[][] (or Float64Array[]), parameters as a
// plain object `{ w: number[]; b: number }`, and data parameters an `argnums` option leaves out.
// Each gradient is compared with the tape's (same structure and kinds of arrays, 1e-13
// relative) and with central differences; bad inputs get the tape's answer or error.
import { describe, expect, it } from "vitest";
import { grad, valueAndGrad, vjp } from "typegrad";
import { onTape } from "./tape-reference.js";

// ---- functions under test ---------------------------------------------------------------------

/** A tanh network 3-4-1's mean squared error over (X, y), weights as number[][]. */
function mlp(W1: number[][], b1: number[], w2: number[], b2: number, X: number[][], y: number[]): number {
  let loss = 0;
  for (let i = 0; i < X.length; i++) {
    let out = b2;
    for (let j = 0; j < W1.length; j++) {
      const w = W1[j];
      let z = b1[j];
      for (let k = 0; k < w.length; k++) z += w[k] * X[i][k];
      out += w2[j] * Math.tanh(z);
    }
    loss += (out - y[i]) ** 2;
  }
  return loss / X.length;
}

/** ‖W·v‖² + Σ W[i][j]³ with rows of a Float64Array type, read through a helper. */
const rowDot = (r: Float64Array, v: number[]): number => {
  let s = 0;
  for (let j = 0; j < r.length; j++) s += r[j] * v[j];
  return s;
};
function typedRows(W: Float64Array[], v: number[]): number {
  let s = 0;
  for (let i = 0; i < W.length; i++) {
    const d = rowDot(W[i], v);
    s += d * d;
    for (let j = 0; j < W[i].length; j++) s += W[i][j] ** 3;
  }
  return s;
}

type Params = { w: number[]; b: number };
const XS = [[1, 2], [3, -1], [0.5, 0.25], [-2, 1.5]];
const YS = [1, -2, 0.5, 0.75];
const dot = (a: number[], b: number[]): number => {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
};
/** Least squares with the parameters as one object, read `p.w`, `p.b` and through a helper. */
const lossP = (p: Params): number => {
  let s = 0;
  for (let i = 0; i < XS.length; i++) {
    const z = dot(p.w, XS[i]) + p.b;
    s += (z - YS[i]) ** 2;
  }
  return s / XS.length;
};
/** The same with the parameter destructured where it is declared, and a field renamed. */
function lossD({ w, b: bias }: Params): number {
  let s = 0;
  for (let i = 0; i < XS.length; i++) s += (dot(w, XS[i]) + bias - YS[i]) ** 2;
  return s / XS.length;
}
/** Destructured in the body, with a matrix field and a softplus. */
type Layer = { W: number[][]; b: number[]; scale: number };
function layer(p: Layer, x: number[]): number {
  const { W, b, scale } = p;
  let s = 0;
  for (let i = 0; i < W.length; i++) {
    let z = b[i];
    for (let j = 0; j < x.length; j++) z += W[i][j] * x[j];
    s += Math.log(1 + Math.exp(scale * z));
  }
  return s;
}

/** Rows and their elements gone over with for…of: Σᵢ (Σⱼ W[i][j])² + Σ over the first row's squares. */
function rowsOf(W: number[][]): number {
  let s = 0;
  for (const row of W) {
    let t = 0;
    for (const v of row) t += v;
    s += t * t;
  }
  const first = W[0];
  for (const v of first) s += v * v;
  return s;
}

/** A network's parameters as nested objects, as users write them. */
type Net = { l1: { W: number[][]; b: number[] }; l2: { w: number[]; b: number } };
function net(params: Net, X: number[][], y: number[]): number {
  const { l1, l2 } = params;
  let loss = 0;
  for (let i = 0; i < X.length; i++) {
    let out = l2.b;
    for (let j = 0; j < l1.W.length; j++) out += l2.w[j] * Math.tanh(dot(l1.W[j], X[i]) + l1.b[j]);
    loss += (out - y[i]) ** 2;
  }
  return loss;
}

// ---- references -----------------------------------------------------------------------------

/** The tape's value and gradient of every argument: `vjp` written at the call (compiled code turned off), one-argument results wrapped. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function tape(record: () => readonly [number, (c: number) => any], count: number): [number, any[]] {
  return onTape(() => {
    const [value, back] = record();
    const g = back(1);
    return [value, count === 1 ? [g] : g];
  });
}

/** Same tree shape, the same kinds of containers (number[] vs Float64Array, key order), numbers to 1e-13 relative. */
function agree(actual: unknown, expected: unknown, path = ""): void {
  if (typeof expected === "number") {
    expect(typeof actual, path).toBe("number");
    expect(Math.abs((actual as number) - expected), `${path}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(expected)));
    return;
  }
  if (expected instanceof Float64Array) {
    expect(actual, path).toBeInstanceOf(Float64Array);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
  } else {
    expect(Object.getPrototypeOf(actual), path).toBe(Object.prototype);
    expect(Object.keys(actual as object), path).toEqual(Object.keys(expected as object));
    for (const key of Object.keys(expected as object)) agree((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
    return;
  }
  const a = actual as ArrayLike<unknown>, e = expected as ArrayLike<unknown>;
  expect(a.length, path).toBe(e.length);
  for (let k = 0; k < e.length; k++) agree(a[k], e[k], `${path}[${k}]`);
}

/** Central differences of `f` in every number leaf of argument `k` (the arguments copied, one leaf moved by ±h), shaped like it. */
function central(f: (...a: never[]) => number, args: unknown[], k: number, h = 1e-6): unknown {
  const run = (a: unknown[]) => (f as (...a: unknown[]) => number)(...a);
  const clone = (x: unknown): unknown => (x instanceof Float64Array ? Float64Array.from(x) : Array.isArray(x) ? x.map(clone)
    : typeof x === "object" && x !== null ? Object.fromEntries(Object.entries(x).map(([key, v]) => [key, clone(v)])) : x);
  type Box = Record<string | number, unknown>;
  const leaves: (string | number)[][] = [];
  const collect = (x: unknown, path: (string | number)[]) => {
    if (typeof x === "number") leaves.push(path);
    else if (x instanceof Float64Array || Array.isArray(x)) Array.from(x as ArrayLike<unknown>).forEach((e, i) => collect(e, [...path, i]));
    else Object.entries(x as object).forEach(([key, v]) => collect(v, [...path, key]));
  };
  collect(args[k], []);
  // Paths start at the argument list, so a number argument is a leaf too.
  const g = clone(args) as Box;
  for (const leaf of leaves) {
    const path = [k, ...leaf];
    const moved = (d: number): unknown[] => {
      const a = clone(args) as Box;
      let node = a;
      for (const key of path.slice(0, -1)) node = node[key] as Box;
      node[path[path.length - 1]!] = (node[path[path.length - 1]!] as number) + d;
      return a as unknown as unknown[];
    };
    let target = g;
    for (const key of path.slice(0, -1)) target = target[key] as Box;
    target[path[path.length - 1]!] = (run(moved(h)) - run(moved(-h))) / (2 * h);
  }
  return g[k];
}

/** Numbers close to central differences (relative and absolute 1e-6). */
function nearly(actual: unknown, expected: unknown): void {
  const flat = (x: unknown): number[] => (typeof x === "number" ? [x] : x instanceof Float64Array || Array.isArray(x) ? Array.from(x as ArrayLike<unknown>).flatMap(flat) : Object.values(x as object).flatMap(flat));
  const [a, e] = [flat(actual), flat(expected)];
  expect(a.length).toBe(e.length);
  a.forEach((v, i) => expect(Math.abs(v - e[i]!)).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(e[i]!))));
}

/** Rows gone over by callbacks: Σᵢ W[i][0]·tanh(W[i]·x) by `map` and `forEach`, Σ |rowᵢ|·W[i][1] by `reduce`, rows of data by `map`. */
function rowsMapped(W: number[][], x: number[], X: number[][]): number {
  const z = W.map((row) => Math.tanh(dot(row, x)));
  let s = 0;
  W.forEach((row, i) => {
    s += row[0] * z[i];
  });
  const fits = X.map((r) => Math.sin(dot(r, x)));
  return s + W.reduce((acc, row) => acc + row.length * row[1], 0) + fits.reduce((a, v) => a + v * v, 0);
}

// ---- data -----------------------------------------------------------------------------------

/** Deterministic numbers in (-1, 1). */
function numbers(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s / 2 ** 32) * 2 - 1;
  };
}
const matrix = (r: () => number, rows: number, cols: number): number[][] => Array.from({ length: rows }, () => Array.from({ length: cols }, r));

describe("compiled reverse code of number[][] parameters", () => {
  it("gives the tape's gradient of an MLP over argnums, shaped as the tape's", () => {
    for (const seed of [1, 2, 3]) {
      const r = numbers(seed);
      const args = [matrix(r, 4, 3), Array.from({ length: 4 }, r), Array.from({ length: 4 }, r), r(), matrix(r, 6, 3), Array.from({ length: 6 }, r)] as const;
      const [value, all] = tape(() => vjp(mlp, ...args), args.length);
      const g = grad(mlp, { argnums: [0, 1, 2, 3] })(...args);
      agree(g, all.slice(0, 4));
      const [v, g2] = valueAndGrad(mlp, { argnums: [0, 1, 2, 3] })(...args);
      expect(Math.abs(v - value)).toBeLessThanOrEqual(1e-13 * Math.abs(value));
      agree(g2, all.slice(0, 4));
      agree(grad(mlp, { argnums: 0 })(...args), all[0]);
      // every argument, the data too
      agree(grad(mlp)(...args), all);
      for (const k of [0, 1, 2, 3, 4]) nearly(all[k], central(mlp as never, [...args], k));
    }
  });

  it("goes over rows with map, forEach and reduce (W.map((row) => dot(row, x))), data rows too", () => {
    for (const seed of [4, 5]) {
      const r = numbers(seed);
      const args = [matrix(r, 3, 2), Array.from({ length: 2 }, r), matrix(r, 4, 2)] as const;
      const [value, all] = tape(() => vjp(rowsMapped, ...args), args.length);
      const [v, g] = valueAndGrad(rowsMapped, { argnums: [0, 1] })(...args);
      expect(Math.abs(v - value)).toBeLessThanOrEqual(1e-13 * Math.abs(value));
      agree(g, all.slice(0, 2));
      agree(grad(rowsMapped)(...args), all);
      for (const k of [0, 1]) nearly(all[k], central(rowsMapped as never, [...args], k));
    }
  });

  it("takes Float64Array rows, and rows of either kind where the type says Float64Array[]", () => {
    const r = numbers(7);
    const W = Array.from({ length: 3 }, () => Float64Array.from({ length: 4 }, r));
    const v = Array.from({ length: 4 }, r);
    const [value, [gW, gv]] = tape(() => vjp(typedRows, W, v), 2);
    const [cv, cg] = valueAndGrad(typedRows)(W, v);
    expect(Math.abs(cv - value)).toBeLessThanOrEqual(1e-13 * Math.abs(value));
    agree(cg, [gW, gv]);
    expect(cg[0][1]).toBeInstanceOf(Float64Array);
    nearly(cg[0], central(typedRows as never, [W, v], 0));
    const mixed = [Array.from(W[0]!), W[1]!, Array.from(W[2]!)] as unknown as Float64Array[];
    const [, [mW]] = tape(() => vjp(typedRows, mixed, v), 2);
    agree(grad(typedRows)(mixed, v)[0], mW);
  });
});

describe("for…of over a matrix parameter", () => {
  it("names each row, and each element of a row", () => {
    const W = [[1, 2, -1], [0.5, -3, 2]];
    const [value, [gW]] = tape(() => vjp(rowsOf, W), 1);
    const [v, g] = valueAndGrad(rowsOf)(W);
    expect(v).toBe(value);
    agree(g, gW);
    // closed form: ∂/∂W[i][j] = 2·Σⱼ W[i][j] (+ 2·W[0][j] on the first row)
    expect(g).toEqual([[6, 8, 2], [-1, -1, -1]]);
  });
});

describe("compiled reverse code of object parameters", () => {
  it("gives an object structured like the argument (SPEC: structured like the arguments)", () => {
    const p = { w: [0.3, -0.7], b: 0.2 };
    const [value, [gp]] = tape(() => vjp(lossP, p), 1);
    const g = grad(lossP)(p);
    agree(g, gp);
    expect(Object.keys(g)).toEqual(["w", "b"]);
    const [v, g2] = valueAndGrad(lossP)(p);
    expect(Math.abs(v - value)).toBeLessThanOrEqual(1e-13 * Math.abs(value));
    agree(g2, gp);
    nearly(g, central(lossP as never, [p], 0));
    // closed form: ∂/∂b = (2/n) Σ (w·xᵢ + b − yᵢ)
    const residuals = XS.map((x, i) => p.w[0]! * x[0]! + p.w[1]! * x[1]! + p.b - YS[i]!);
    expect(g.b).toBeCloseTo((2 / XS.length) * residuals.reduce((s, e) => s + e, 0), 13);
  });

  it("takes a parameter destructured where it is declared", () => {
    const p = { w: [0.3, -0.7], b: 0.2 };
    const [value, [gp]] = tape(() => vjp(lossD, p), 1);
    const [v, g] = valueAndGrad(lossD)(p);
    expect(Math.abs(v - value)).toBeLessThanOrEqual(1e-13 * Math.abs(value));
    agree(g, gp);
    agree(g, grad(lossP)(p));
  });

  it("keeps the argument's key order and array kinds", () => {
    const p = { b: -0.4, w: new Float64Array([1.5, 0.25]) } as unknown as Params;
    const [, [gp]] = tape(() => vjp(lossP, p), 1);
    const g = grad(lossP)(p);
    agree(g, gp);
    expect(Object.keys(g)).toEqual(["b", "w"]);
    expect(g.w).toBeInstanceOf(Float64Array);
  });

  it("reads destructured fields, a matrix field included, and takes other arguments beside", () => {
    const r = numbers(11);
    const p: Layer = { W: matrix(r, 3, 2), b: [r(), r(), r()], scale: 1.3 };
    const x = [r(), r()];
    const [value, all] = tape(() => vjp(layer, p, x), 2);
    const [v, g] = valueAndGrad(layer)(p, x);
    expect(Math.abs(v - value)).toBeLessThanOrEqual(1e-13 * Math.abs(value));
    agree(g, all);
    agree(grad(layer, { argnums: 0 })(p, x), all[0]);
    nearly(g[0], central(layer as never, [p, x], 0));
  });
});

describe("compiled reverse code of nested object parameters", () => {
  it("gives nested objects structured like the argument, the data left out by argnums", () => {
    const r = numbers(21);
    const params: Net = { l1: { W: matrix(r, 3, 2), b: [r(), r(), r()] }, l2: { b: r(), w: [r(), r(), r()] } };
    const X = matrix(r, 4, 2), y = [r(), r(), r(), r()];
    const [value, all] = tape(() => vjp(net, params, X, y), 3);
    const [v, g] = valueAndGrad(net, { argnums: 0 })(params, X, y);
    expect(Math.abs(v - value)).toBeLessThanOrEqual(1e-13 * Math.abs(value));
    agree(g, all[0]);
    expect(Object.keys(g.l2)).toEqual(["b", "w"]);
    agree(grad(net)(params, X, y), all);
    nearly(g, central(net as never, [params, X, y], 0));
  });
});

describe("arguments compiled code does not take", () => {
  it("answers a ragged matrix read past a row's end as the tape does", () => {
    function fixedCols(W: number[][]): number {
      let s = 0;
      const n = W[0].length;
      for (let i = 0; i < W.length; i++) for (let j = 0; j < n; j++) s += W[i][j] * W[i][j];
      return s;
    }
    const ragged = [[1, 2, 3], [4, 5]];
    const expected = /mul expects numbers, Vars or Duals; got undefined/;
    expect(() => onTape(() => vjp(fixedCols, ragged))).toThrow(expected);
    expect(() => grad(fixedCols)(ragged)).toThrow(expected);
    expect(() => valueAndGrad(fixedCols, { argnums: 0 })(ragged)).toThrow(expected);
    // rows that the code reads within their own lengths are fine
    agree(grad(typedRows)([new Float64Array([1, 2]), new Float64Array([3])], [0.5, -1])[0], tape(() => vjp(typedRows, [new Float64Array([1, 2]), new Float64Array([3])], [0.5, -1]), 2)[1][0]);
  });

  it("runs the tape for other kinds of arguments, with its errors", () => {
    const p = { w: [0.3, -0.7], b: 0.2 };
    // an extra field, a field of another kind, a class instance: the tape's answer or error
    const extra = { ...p, c: 5 } as Params;
    agree(grad(lossP)(extra), tape(() => vjp(lossP, extra), 1)[1][0]);
    expect(() => grad(lossP)({ w: [1, 2], b: "0" } as never)).toThrow(/argument 0 at \.b must be a number/);
    class P { w = [1, 2]; b = 0; }
    expect(() => grad(lossP)(new P())).toThrow(TypeError);
    expect(() => grad(mlp, { argnums: [0, 1, 2, 3] })([[1]], [0], [1], 0, [["x"]] as never, [1])).toThrow(TypeError);
  });

  it("differentiates a data parameter when argnums asks for it, on the tape", () => {
    const r = numbers(5);
    const args = [matrix(r, 2, 3), [r(), r()], [r(), r()], r(), matrix(r, 3, 3), [r(), r(), r()]] as const;
    const [, all] = tape(() => vjp(mlp, ...args), args.length);
    // a call site leaving X out and another asking for it: each gets its own code
    const left = grad(mlp, { argnums: [0, 3] });
    const asked = grad(mlp, { argnums: [4] });
    agree(left(...args), [all[0], all[3]]);
    agree(asked(...args), [all[4]]);
  });
});
