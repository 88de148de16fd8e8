/**
 * J10 — the Jacobian of a 10 → 10 function, a ring of coupled oscillators written out entry
 * by entry with a helper: yᵢ = sin(xᵢ)·xᵢ₊₁ − xᵢ₋₁² / (1 + xᵢ²), indices modulo 10. The
 * denominator is ten calls of the function (the cost of the ten passes a Jacobian needs).
 */
import type { Workload } from "../core/types.js";
import { rng, uniform } from "../core/rng.js";

export function coupling(left: number, mid: number, right: number): number {
  return Math.sin(mid) * right - (left * left) / (1 + mid * mid);
}

export function ring(x: number[]): number[] {
  return [
    coupling(x[9], x[0], x[1]), coupling(x[0], x[1], x[2]), coupling(x[1], x[2], x[3]), coupling(x[2], x[3], x[4]),
    coupling(x[3], x[4], x[5]), coupling(x[4], x[5], x[6]), coupling(x[5], x[6], x[7]), coupling(x[6], x[7], x[8]),
    coupling(x[7], x[8], x[9]), coupling(x[8], x[9], x[0]),
  ];
}

/** Ten calls of `ring`; the sum keeps every output alive. */
export function tenCalls(x: number[]): number {
  let s = 0;
  for (let k = 0; k < 10; k++) s += ring(x)[k];
  return s;
}

/** The hand-written Jacobian (new rows each call, as jacfwd and jacrev return). */
export function ringJacobian(x: number[]): number[][] {
  const J: number[][] = [];
  for (let i = 0; i < 10; i++) {
    const l = (i + 9) % 10, r = (i + 1) % 10;
    const left = x[l], mid = x[i], right = x[r];
    const d = 1 + mid * mid;
    const row = new Array<number>(10).fill(0);
    row[l] += (-2 * left) / d;
    row[i] += Math.cos(mid) * right + (left * left * 2 * mid) / (d * d);
    row[r] += Math.sin(mid);
    J.push(row);
  }
  return J;
}

export const J10: Workload<number[]> = {
  id: "J10",
  title: "Jacobian of a 10 → 10 ring written out entry by entry (ratio to ten primal calls)",
  points: () => [rng(8), rng(88)].map((r) => Array.from(uniform(r, 10, -1.5, 1.5))),
  primal: tenCalls,
  hand: ringJacobian,
};
