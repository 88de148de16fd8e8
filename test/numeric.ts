// Numeric tools for tests that compare derivatives with central differences. This module lies
// outside test/transformer/, so the Vite plugin never rewrites it: its arithmetic is
// JavaScript's own, and a function it is given runs as plain code on plain numbers. Hand it
// plain numbers only: a transformed test that passes a value which may carry a derivative (the
// tangent of a Dual, say) would call a differentiable version this module does not have.
import { expect } from "vitest";

/**
 * f'(x) by central differences with one Richardson step: (4·D(h/2) − D(h))/3, error O(h⁴), so
 * a step of 1e-3 keeps both truncation and rounding near 1e-12 of the function's scale.
 * @example richardson(Math.sin, 0.5) // ≈ Math.cos(0.5) to ~1e-12
 */
export function richardson(f: (x: number) => number, x: number, h = 1e-3 * Math.max(1, Math.abs(x))): number {
  const d = (s: number) => (f(x + s) - f(x - s)) / (2 * s);
  return (4 * d(h / 2) - d(h)) / 3;
}

/** ∂f/∂xᵢ of a function of a vector, by `richardson` along each coordinate. */
export function richardsonGrad(f: (x: number[]) => number, x: number[]): number[] {
  return x.map((xi, i) => richardson((t) => f(x.map((v, k) => (k === i ? t : v))), xi));
}

/** The Jacobian (row i = gradient of output i) of a function of a vector, by `richardson`. */
export function richardsonJacobian(f: (x: number[]) => number[], x: number[]): number[][] {
  const outputs = f(x).length;
  const columns = x.map((xi, j) => Array.from({ length: outputs }, (_, i) => richardson((t) => f(x.map((v, k) => (k === j ? t : v)))[i]!, xi)));
  return Array.from({ length: outputs }, (_, i) => columns.map((column) => column[i]!));
}

/**
 * ∂f/∂xᵢ of a function of several numbers at `xs` by central differences (step `h`).
 * @example centralGrad((x, y) => x * y, [2, 3]) // ≈ [3, 2]
 */
export function centralGrad(f: (...xs: number[]) => number, xs: number[], h = 1e-6): number[] {
  return xs.map((_, i) => {
    const up = xs.slice();
    const down = xs.slice();
    up[i]! += h;
    down[i]! -= h;
    return (f(...up) - f(...down)) / (2 * h);
  });
}

/**
 * Element-wise closeness: |a − e| ≤ tol · (1 + |e|) for each entry.
 * @example expectClose([1, 2], [1, 2 + 1e-9]) // passes at the default 1e-6
 */
export function expectClose(actual: number | number[], expected: number | number[], tol = 1e-6): void {
  const a = Array.isArray(actual) ? actual : [actual];
  const e = Array.isArray(expected) ? expected : [expected];
  expect(a.length).toBe(e.length);
  a.forEach((v, i) => expect(Math.abs(v - e[i]!)).toBeLessThanOrEqual(tol * (1 + Math.abs(e[i]!))));
}

/**
 * Closeness of numbers, arrays or matrices: |a − e| ≤ rtol · max(1, the largest |e|) entry by
 * entry, so an entry near zero is judged on the scale of the whole result.
 * @example expectNear([1, 2], [1, 2 + 1e-14], 1e-12, "gradient")
 */
export function expectNear(actual: unknown, expected: unknown, rtol: number, what: string): void {
  const flat = (x: unknown): number[] => (Array.isArray(x) ? x.flatMap(flat) : ArrayBuffer.isView(x) ? Array.from(x as Float64Array) : [x as number]);
  const a = flat(actual);
  const e = flat(expected);
  expect(a.length, `${what}: shape`).toBe(e.length);
  const scale = Math.max(1, ...e.map(Math.abs));
  a.forEach((v, i) => {
    const error = Math.abs(v - e[i]!);
    if (!(error <= rtol * scale)) expect.fail(`${what}: entry ${i} is ${v}, expected ${e[i]} (error ${error.toExponential(2)} > ${rtol} × ${scale.toPrecision(3)})`);
  });
}

/**
 * ∂f/∂xᵢ of a function of a vector by plain central differences, the step 1e-6 (times |xᵢ| when
 * that is past 1): error about 1e-10 of the function's scale, and a step small enough to stay
 * on one side of a branch's kink.
 * @example centralGradient((x) => x[0]! * x[1]!, [2, 3]) // ≈ [3, 2]
 */
export function centralGradient(f: (x: number[]) => number, x: number[]): number[] {
  return centralJacobian((y) => [f(y)], x)[0]!;
}

/**
 * The Jacobian (row i = gradient of output i) of a function of a vector by central differences,
 * with `centralGradient`'s step.
 * @example centralJacobian((x) => [x[0]! * x[1]!, x[1]!], [2, 3]) // ≈ [[3, 2], [0, 1]]
 */
export function centralJacobian(f: (x: number[]) => number[], x: number[]): number[][] {
  const columns = x.map((xj, j) => {
    const h = 1e-6 * Math.max(1, Math.abs(xj));
    const up = x.slice(), down = x.slice();
    up[j]! += h;
    down[j]! -= h;
    const a = f(up), b = f(down);
    return a.map((v, i) => (v - b[i]!) / (2 * h));
  });
  return f(x).map((_, i) => columns.map((column) => column[i]!));
}

/** Every number in `x`: itself, or the entries of arrays and Float64Arrays nested to any depth. */
const numbersOf = (x: unknown): unknown[] => (Array.isArray(x) || x instanceof Float64Array ? Array.from(x as ArrayLike<unknown>).flatMap(numbersOf) : [x]);

/**
 * The contract of compiled code with the runtime (tape, Duals): the same count of numbers, each
 * equal to 1e-13 relative to the larger of the two — or to `scale` where a result of that size
 * has entries that cancel to about 0 — and NaN where the other is NaN.
 * @example agrees(grad(f)(x), onTape(() => grad(f)(x)), "grad(f)")
 */
export function agrees(actual: unknown, expected: unknown, what: string, scale = 0): void {
  const [p, q] = [numbersOf(actual), numbersOf(expected)];
  expect(p.length, `${what}: count of numbers`).toBe(q.length);
  p.forEach((v, k) => {
    const w = q[k];
    const close = v === w || (typeof v === "number" && typeof w === "number"
      && ((Number.isNaN(v) && Number.isNaN(w)) || Math.abs(v - w) <= 1e-13 * Math.max(Math.abs(v), Math.abs(w), scale)));
    expect(close, `${what}[${k}]: ${String(v)} vs ${String(w)}`).toBe(true);
  });
}
