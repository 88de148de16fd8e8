/**
 * W2 — the extended Rosenbrock function, n = 10,000 (pairs (x₂ᵢ, x₂ᵢ₊₁)):
 * f(x) = Σᵢ 100·(x₂ᵢ₊₁ − x₂ᵢ²)² + (1 − x₂ᵢ)². A long chain of cheap arithmetic: the cost per
 * recorded operation dominates.
 */
import type { Workload } from "../core/types.js";
import { rng, uniform } from "../core/rng.js";

export const N2 = 10_000;

export function rosen(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i += 2) {
    const t = x[i + 1] - x[i] * x[i];
    const u = 1 - x[i];
    s += 100 * t * t + u * u;
  }
  return s;
}

export function rosenGrad(x: Float64Array): Float64Array {
  return rosenGradInto(x, new Float64Array(x.length));
}

/** The hand-written gradient written into `g` (every entry is set). */
export function rosenGradInto(x: Float64Array, g: Float64Array): Float64Array {
  for (let i = 0; i < x.length; i += 2) {
    const t = x[i + 1] - x[i] * x[i];
    const u = 1 - x[i];
    g[i] = -400 * t * x[i] - 2 * u;
    g[i + 1] = 200 * t;
  }
  return g;
}

export const W2: Workload<Float64Array> = {
  id: "W2",
  title: "extended Rosenbrock, n = 10,000, gradient",
  points: () => [uniform(rng(2), N2, -1.5, 1.5), uniform(rng(22), N2, -1.5, 1.5)],
  primal: rosen,
  hand: rosenGrad,
};
