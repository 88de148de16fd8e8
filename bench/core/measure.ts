/**
 * Paired timing. The primal and the gradient each get their own timing loop (a fresh function
 * made with `new Function`, so each has its own type feedback and neither is slowed down by the
 * other's call site), a batch size that makes one batch last at least `targetMs`, a warm-up,
 * and then alternating primal/gradient batches. Each pair gives one ratio
 * (gradient time per call / primal time per call); the median and spread of those ratios are
 * robust to the load of other processes, which slows both halves of a pair alike.
 */
import type { Result } from "./types.js";
import { summarize, type Summary } from "./stats.js";

export interface MeasureOptions {
  targetMs: number;
  warmupMs: number;
  budgetMs: number;
  minPairs: number;
  maxPairs: number;
}

export const FULL: MeasureOptions = { targetMs: 10, warmupMs: 400, budgetMs: 3000, minPairs: 7, maxPairs: 61 };
export const QUICK: MeasureOptions = { targetMs: 2, warmupMs: 40, budgetMs: 250, minPairs: 3, maxPairs: 9 };

type Loop = (f: (p: unknown) => Result, points: readonly unknown[], n: number) => number;

// The sink keeps every result observable (so nothing is dead code) at the cost of one add. A
// list of rows (a Jacobian, a Hessian) adds an entry of its first and last rows: adding the
// rows themselves would turn the sum into a string, timing string building with the result.
const LOOP_SOURCE = `
  let s = 0;
  const m = points.length;
  for (let i = 0; i < n; i++) {
    const r = f(points[i % m]);
    s += typeof r === "number" ? r : Array.isArray(r[0]) ? r[0][0] + r[r.length - 1][0] : r[0] + r[r.length - 1];
  }
  return s;`;

function makeLoop(): Loop {
  return new Function("f", "points", "n", LOOP_SOURCE) as Loop;
}

let sink = 0;

function time(loop: Loop, f: (p: unknown) => Result, points: readonly unknown[], n: number): number {
  const t0 = performance.now();
  sink += loop(f, points, n);
  return performance.now() - t0;
}

/** Smallest batch (a power of two, scaled up) whose run takes at least `targetMs`. */
function calibrate(loop: Loop, f: (p: unknown) => Result, points: readonly unknown[], targetMs: number): number {
  let n = 1;
  for (;;) {
    const t = time(loop, f, points, n);
    if (t >= targetMs) return n;
    if (t >= targetMs / 8) return Math.ceil((n * targetMs) / t);
    n *= 8;
  }
}

export interface Measurement {
  ratio: Summary;
  primalNs: number;
  gradNs: number;
  batch: [number, number];
}

export function measure(
  primal: (p: unknown) => Result,
  gradient: (p: unknown) => Result,
  points: readonly unknown[],
  o: MeasureOptions,
): Measurement {
  const lp = makeLoop(), lg = makeLoop();
  const warmEnd = performance.now() + o.warmupMs;
  let rounds = 0;
  while (performance.now() < warmEnd || rounds < 2) {
    time(lp, primal, points, 64);
    time(lg, gradient, points, 1);
    rounds++;
  }
  const np = calibrate(lp, primal, points, o.targetMs);
  const ng = calibrate(lg, gradient, points, o.targetMs);
  const ratios: number[] = [], pNs: number[] = [], gNs: number[] = [];
  const start = performance.now();
  while (ratios.length < o.maxPairs && (ratios.length < o.minPairs || performance.now() - start < o.budgetMs)) {
    const tp = time(lp, primal, points, np) / np;
    const tg = time(lg, gradient, points, ng) / ng;
    ratios.push(tg / tp);
    pNs.push(tp * 1e6);
    gNs.push(tg * 1e6);
  }
  if (!Number.isFinite(sink)) ratios.push(NaN); // never true for finite workloads; keeps `sink` live
  return { ratio: summarize(ratios), primalNs: summarize(pNs).median, gradNs: summarize(gNs).median, batch: [np, ng] };
}
