/**
 * W2c — the chained Rosenbrock function, n = 10,000, on a `number[]` as users write it:
 * f(x) = Σᵢ 100·(xᵢ₊₁ − xᵢ²)² + (1 − xᵢ)², i = 0 … n − 2, with `const a = …; const b = …` in
 * the loop body (W2c) or the same written with inline expressions (W2i). Neighbouring terms
 * share an element, so each element's gradient gathers two terms.
 */
import type { Workload } from "../core/types.js";
import { rng, uniform } from "../core/rng.js";

export const NC = 10_000;

export function chained(x: number[]): number {
  let s = 0;
  for (let i = 0; i < x.length - 1; i++) {
    const a = x[i + 1] - x[i] * x[i];
    const b = 1 - x[i];
    s += 100 * a * a + b * b;
  }
  return s;
}

/** The hand-written gradient (a new array each call, as `grad` returns). */
export function chainedGrad(x: number[]): number[] {
  const n = x.length;
  const g = new Array<number>(n).fill(0);
  for (let i = 0; i < n - 1; i++) {
    const a = x[i + 1] - x[i] * x[i];
    const b = 1 - x[i];
    g[i] += -400 * a * x[i] - 2 * b;
    g[i + 1] += 200 * a;
  }
  return g;
}

const points = () => [rng(3), rng(33)].map((r) => Array.from(uniform(r, NC, -1.5, 1.5)));

export const W2c: Workload<number[]> = {
  id: "W2c",
  title: "chained Rosenbrock, n = 10,000, number[], const locals in the loop",
  points,
  primal: chained,
  hand: chainedGrad,
};

export const W2i: Workload<number[]> = {
  id: "W2i",
  title: "chained Rosenbrock, n = 10,000, number[], inline expressions",
  points,
  primal: chained,
  hand: chainedGrad,
};
