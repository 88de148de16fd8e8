// Numeric tools for tests that compare derivatives with central differences. This module lies
// outside test/transformer/, so the Vite plugin never rewrites it: its arithmetic is
// JavaScript's own, and a function it is given runs as plain code on plain numbers.
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
