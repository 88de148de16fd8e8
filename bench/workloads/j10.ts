/**
 * J10 — the Jacobian of a 10 → 10 function, a ring of coupled oscillators written out entry
 * by entry with a helper: yᵢ = sin(xᵢ)·xᵢ₊₁ − xᵢ₋₁² / (1 + xᵢ²), indices modulo 10. The
 * denominator is ten calls of the function (the cost of the ten passes a Jacobian needs).
 * J10l is the same ring built in a local array by a loop, J10m the same by `map` (results
 * whose length is known only at run time), each against ten calls of itself.
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

/** The ring built in a local array (`new Array(n)` filled by a loop). */
export function ringLocal(x: number[]): number[] {
  const n = x.length;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = coupling(x[(i + n - 1) % n], x[i], x[(i + 1) % n]);
  return out;
}

/** The ring by `map`. */
export function ringMapped(x: number[]): number[] {
  const n = x.length;
  return x.map((v, i) => coupling(x[(i + n - 1) % n], v, x[(i + 1) % n]));
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

/** Ten calls of `ringLocal`, as `tenCalls`. */
export function tenLocalCalls(x: number[]): number {
  let s = 0;
  for (let k = 0; k < 10; k++) s += ringLocal(x)[k];
  return s;
}

/** Ten calls of `ringMapped`, as `tenCalls`. */
export function tenMappedCalls(x: number[]): number {
  let s = 0;
  for (let k = 0; k < 10; k++) s += ringMapped(x)[k];
  return s;
}

const points = () => [rng(8), rng(88)].map((r) => Array.from(uniform(r, 10, -1.5, 1.5)));

export const J10l: Workload<number[]> = {
  id: "J10l",
  title: "Jacobian of the 10 → 10 ring built in a local array by a loop (ratio to ten primal calls)",
  points,
  primal: tenLocalCalls,
  hand: ringJacobian,
};

export const J10m: Workload<number[]> = {
  id: "J10m",
  title: "Jacobian of the 10 → 10 ring built by map (ratio to ten primal calls)",
  points,
  primal: tenMappedCalls,
  hand: ringJacobian,
};

export const J10: Workload<number[]> = {
  id: "J10",
  title: "Jacobian of a 10 → 10 ring written out entry by entry (ratio to ten primal calls)",
  points: () => [rng(8), rng(88)].map((r) => Array.from(uniform(r, 10, -1.5, 1.5))),
  primal: tenCalls,
  hand: ringJacobian,
};
