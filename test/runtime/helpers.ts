// Shared helpers for the runtime tests: re-exports of the runtime plus small numeric tools
// that do not depend on the code under test.
export * from "typegrad";
import { add, mul } from "typegrad";

/** Σ aᵢbᵢ with runtime arithmetic (works on active values). */
export const dot = (a: number[], b: number[]): number => a.reduce((s, v, k) => add(s, mul(v, b[k])), 0);

/** Central difference of a number function, computed independently of the library. */
export const central = (f: (x: number) => number, x: number, h = 1e-6): number => (f(x + h) - f(x - h)) / (2 * h);

/** Relative closeness with an absolute floor. */
export function close(a: number, b: number, rtol = 1e-6, atol = 1e-9): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= atol + rtol * Math.max(Math.abs(a), Math.abs(b));
}
