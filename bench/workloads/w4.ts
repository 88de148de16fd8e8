/**
 * W4 — the derivative of square(exp(square(x))) (seed 004), by forward mode where a contender
 * has one. d/dx e^{2x²} = 4x·e^{2x²}.
 */
import type { Workload } from "../core/types.js";
import { rng } from "../core/rng.js";

export function f4(x: number): number {
  const e = Math.exp(x * x);
  return e * e;
}

export function hand4(x: number): number {
  const e = Math.exp(x * x);
  return 4 * x * e * e;
}

export const W4: Workload<number> = {
  id: "W4",
  title: "d/dx square(exp(square(x))), forward derivative",
  points() {
    const r = rng(5);
    return Array.from({ length: 8 }, () => 2 * r() - 1);
  },
  primal: f4,
  hand: hand4,
};
