/**
 * H10 — the Hessian of the extended Rosenbrock function of W2 at n = 10, on a `number[]`:
 * f(x) = Σᵢ 100·(x₂ᵢ₊₁ − x₂ᵢ²)² + (1 − x₂ᵢ)². `hessian` makes one Hessian-vector product per
 * input number, so the ratio is to one primal call (ten products of a few dozen operations).
 */
import type { Workload } from "../core/types.js";
import { rng, uniform } from "../core/rng.js";

export function rosen10(x: number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i += 2) {
    const t = x[i + 1] - x[i] * x[i];
    const u = 1 - x[i];
    s += 100 * t * t + u * u;
  }
  return s;
}

/** The hand-written Hessian (new rows each call, as `hessian` returns): 2 × 2 blocks on the diagonal. */
export function rosenHessian(x: number[]): number[][] {
  const n = x.length;
  const H: number[][] = [];
  for (let i = 0; i < n; i++) H.push(new Array<number>(n).fill(0));
  for (let i = 0; i < n; i += 2) {
    const a = x[i], b = x[i + 1];
    H[i][i] = 1200 * a * a - 400 * b + 2;
    H[i][i + 1] = H[i + 1][i] = -400 * a;
    H[i + 1][i + 1] = 200;
  }
  return H;
}

export const H10: Workload<number[]> = {
  id: "H10",
  title: "Hessian of extended Rosenbrock, n = 10, on a number[] (ratio to one primal call)",
  points: () => [rng(10), rng(110)].map((r) => Array.from(uniform(r, 10, -1.5, 1.5))),
  primal: rosen10,
  hand: rosenHessian,
};
