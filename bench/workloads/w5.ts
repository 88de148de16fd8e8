/**
 * W5 — the cost of being differentiable: a plain-number function that is also differentiated
 * elsewhere, called with plain numbers. The "primal" is the copy in a file that never touches
 * typegrad; the contender is the shared one, as built (plain tsc: an A/A run that shows the
 * harness's noise floor; the transformer: the real measurement).
 */
import type { Workload } from "../core/types.js";
import { rng, uniform } from "../core/rng.js";
import { f5, rosen5 } from "./w5-plain-copy.js";
import type { P1 } from "./w1.js";

export const W5a: Workload<P1> = {
  id: "W5a",
  title: "plain call of differentiated sin(x0)*(x0+x1)",
  points() {
    const r = rng(6);
    return Array.from({ length: 8 }, (): P1 => [4 * r() - 2, 4 * r() - 2]);
  },
  primal: (p) => f5(p[0], p[1]),
  hand: (p) => f5(p[0], p[1]),
};

export const W5b: Workload<Float64Array> = {
  id: "W5b",
  title: "plain call of differentiated Rosenbrock, n = 10,000",
  points: () => [uniform(rng(7), 10_000, -1.5, 1.5)],
  primal: rosen5,
  hand: rosen5,
};
