// Numeric tools for the DSL tests, independent of typegrad: the expected derivatives are
// central differences of the same function run on plain numbers (this file is not
// transformed, so its arithmetic is JavaScript's own).
import { expect } from "vitest";

/** ∂f/∂xᵢ at `xs` by central differences. */
export function centralGrad(f: (...xs: number[]) => number, xs: number[], h = 1e-6): number[] {
  return xs.map((_, i) => {
    const up = xs.slice();
    const down = xs.slice();
    up[i]! += h;
    down[i]! -= h;
    return (f(...up) - f(...down)) / (2 * h);
  });
}

/** Element-wise closeness with a relative and absolute tolerance. */
export function expectClose(actual: number | number[], expected: number | number[], tol = 1e-6): void {
  const a = Array.isArray(actual) ? actual : [actual];
  const e = Array.isArray(expected) ? expected : [expected];
  expect(a.length).toBe(e.length);
  a.forEach((v, i) => expect(Math.abs(v - e[i]!)).toBeLessThanOrEqual(tol * (1 + Math.abs(e[i]!))));
}
