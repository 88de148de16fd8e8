// A Float64Array local holding active values, on the tape: a typed array cannot hold a Var or
// a Dual (storing one coerced it to a number, which threw), so in differentiated code such a
// local is made a plain array (`__typegrad.typedLocal`); the plain function keeps its
// Float64Array. Values against closed forms, central differences and the compiled path.
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { debugNans, derivative, grad, hessian, jvp, valueAndGrad, vjp } from "typegrad";
import { compileFiles } from "../routes/compile.js";
import { centralGrad, expectClose } from "../numeric.js";

/** Σ xᵢ³ through a Float64Array local; `try` keeps it off the compiled path. */
const cubesTry = (x: number[]): number => {
  const n = x.length;
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) y[i] = x[i] * x[i];
  let s = 0;
  try {
    for (let i = 0; i < n; i++) s += y[i] * x[i];
  } finally {
    s = s * 1;
  }
  return s;
};
/** The same, compiled (no `try`). */
const cubes = (x: number[]): number => {
  const y = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) y[i] = x[i] * x[i];
  let s = 0;
  for (let i = 0; i < x.length; i++) s += y[i] * x[i];
  return s;
};
/** A copy of an array (`new Float64Array(x)`) reassigned to a `let`, read by `for…of`: Σ (2xᵢ)². */
const doubled = (x: number[]): number => {
  let y = new Float64Array(0);
  y = new Float64Array(x);
  for (let i = 0; i < y.length; i++) y[i] = y[i] * 2;
  let s = 0;
  try {
    for (const v of y) s += v * v;
  } finally {
    s = s * 1;
  }
  return s;
};
/** A Float64Array of constants beside active values stays a Float64Array. */
const weights = (x: number): number => {
  const w = new Float64Array(2);
  w[1] = 3;
  return x * w[1] + x * x * w[0];
};
/** One number into a Float64Array local: forward mode on Duals. */
const powers = (x: number): number => {
  const p = new Float32Array(3);
  p[0] = 1;
  for (let i = 1; i < 3; i++) p[i] = p[i - 1] * x;
  let s = 0;
  try {
    s = p[1] + p[2];
  } finally {
    s = s * 1;
  }
  return s;
};

afterEach(() => debugNans(false));

describe("a Float64Array local holding active values", () => {
  const x = [0.5, -1.25, 2];
  const threeSquares = x.map((v) => 3 * v * v);

  it("differentiates on the tape: grad, valueAndGrad, vjp, hessian, nested grad", () => {
    expectClose(grad(cubesTry)(x), threeSquares, 1e-15);
    const [value, g] = valueAndGrad(cubesTry)(x);
    expect(value).toBe(cubesTry(x));
    expectClose(g, threeSquares, 1e-15);
    const [, back] = vjp(cubesTry, x);
    expectClose(back(2), threeSquares.map((t) => 2 * t), 1e-15);
    hessian(cubesTry)(x).forEach((row, i) => expectClose(row, x.map((_, j) => (i === j ? 6 * x[i]! : 0)), 1e-15));
    // the first gradient entry differentiated again: ∂(3x₀²)/∂x = (6x₀, 0, 0)
    expectClose(grad((v: number[]) => grad(cubesTry)(v)[0])(x), [6 * x[0]!, 0, 0], 1e-15);
    expectClose(grad(doubled)(x), x.map((v) => 8 * v), 1e-15);
    expectClose(grad(doubled)(x), centralGrad((...v) => doubled(v), x), 1e-8);
  });

  it("the compiled function's tape path (debugNans, nesting) works too, with the compiled numbers", () => {
    const compiled = grad(cubes)(x);
    expectClose(compiled, threeSquares, 1e-15);
    debugNans(true);
    expectClose(grad(cubes)(x), compiled, 1e-15);
    debugNans(false);
    expectClose(grad((v: number[]) => grad(cubes)(v)[1])(x), [0, 6 * x[1]!, 0], 1e-15);
  });

  it("forward mode on Duals: derivative, jvp", () => {
    expect(derivative(powers)(1.5)).toBe(1 + 2 * 1.5);
    expect(jvp(powers, [1.5], [2])).toEqual([1.5 + 2.25, 2 * (1 + 3)]);
    expect(derivative(weights)(2)).toBe(3);
  });

  it("the plain function keeps its Float64Array; a use of a typed-array-only member is a compile error naming the local", () => {
    const dir = path.resolve(import.meta.dirname, "../../.tmp/typed-locals");
    const source = (body: string) => `import { grad } from "typegrad";\nexport const g = grad((x: number[]): number => {\n${body}\n});\n`;
    const ok = compileFiles(path.join(dir, "ok"), { "main.ts": source("  const y = new Float64Array(x.length);\n  for (let i = 0; i < x.length; i++) y[i] = x[i] * x[i];\n  let s = 0;\n  try { s = y[0]; } finally { s = s * 1; }\n  return s;") });
    expect(ok.errors).toEqual([]);
    expect(ok.js["main.js"]).toContain("__typegrad.typedLocal(x.length)");
    const bad = compileFiles(path.join(dir, "bad"), { "main.ts": source("  const y = new Float64Array(x.length);\n  for (let i = 0; i < x.length; i++) y[i] = x[i] * 2;\n  const z = new Float64Array(x.length);\n  z.set(y);\n  let s = 0;\n  try { s = z[0]; } finally { s = s * 1; }\n  return s;") });
    expect(bad.errors.join("\n")).toMatch(/TG1010: 'z' is a Float64Array holding values that may carry a derivative, and '\.set' works on typed arrays only.*Fix: Write the local as a plain array/s);
  });
});
