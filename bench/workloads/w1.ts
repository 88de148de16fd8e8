/**
 * W1 — one small scalar function per call: f(x0, x1) = sin(x0)·(x0 + x1), the example of
 * seed 002. Measures the fixed cost of a gradient call (tape set-up, dispatch, result arrays).
 */
import type { Workload } from "../core/types.js";
import { rng } from "../core/rng.js";

export type P1 = [number, number];

export function f1(x0: number, x1: number): number {
  return Math.sin(x0) * (x0 + x1);
}

/** ∂f/∂x0 = cos(x0)(x0 + x1) + sin(x0), ∂f/∂x1 = sin(x0). */
export function hand1(x0: number, x1: number): [number, number] {
  const s = Math.sin(x0);
  return [Math.cos(x0) * (x0 + x1) + s, s];
}

export const W1: Workload<P1> = {
  id: "W1",
  title: "sin(x0)*(x0+x1), gradient per call",
  points() {
    const r = rng(1);
    return Array.from({ length: 8 }, (): P1 => [4 * r() - 2, 4 * r() - 2]);
  },
  primal: (p) => f1(p[0], p[1]),
  hand: (p) => hand1(p[0], p[1]),
};
