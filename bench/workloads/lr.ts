/**
 * LR — logistic regression, 1,000 samples × 10 features on `number[]`s, written as users
 * write it: a `dotRow` helper, the written-out logistic `1 / (1 + Math.exp(-z))`, a `?:`
 * clamp before the log and an early-return guard; the gradient of the mean log-loss with
 * respect to the 10 weights (the data are module constants).
 */
import type { Workload } from "../core/types.js";
import { rng, uniform } from "../core/rng.js";

export const SAMPLES_LR = 1000, FEATURES_LR = 10;

/** Fixed data: features row-major [1000][10] and labels 0/1 from a noisy linear rule. */
export const XS: number[] = Array.from(uniform(rng(5), SAMPLES_LR * FEATURES_LR, -1, 1));
export const LABELS: number[] = (() => {
  const r = rng(6);
  const y: number[] = [];
  for (let i = 0; i < SAMPLES_LR; i++) {
    let z = 0;
    for (let j = 0; j < FEATURES_LR; j++) z += XS[i * FEATURES_LR + j] * (j % 3 === 0 ? 1.5 : -0.5);
    y.push(z + 0.5 * (r() - 0.5) > 0 ? 1 : 0);
  }
  return y;
})();

export function dotRow(w: number[], x: number[], row: number): number {
  let s = 0;
  for (let j = 0; j < FEATURES_LR; j++) s += w[j] * x[row * FEATURES_LR + j];
  return s;
}

export function logLoss(w: number[]): number {
  if (LABELS.length === 0) return 0;
  let loss = 0;
  for (let i = 0; i < LABELS.length; i++) {
    const z = dotRow(w, XS, i);
    const p = 1 / (1 + Math.exp(-z));
    const q = p < 1e-12 ? 1e-12 : p;
    loss -= LABELS[i] * Math.log(q) + (1 - LABELS[i]) * Math.log(1 - q + 1e-12);
  }
  return loss / LABELS.length;
}

/** The hand-written gradient: ∂loss/∂wⱼ = Σᵢ ∂ℓᵢ/∂q · [p ≥ 1e-12] · p(1 − p) · xᵢⱼ / n. */
export function logLossGrad(w: number[]): number[] {
  const g = new Array<number>(FEATURES_LR).fill(0);
  const n = LABELS.length;
  if (n === 0) return g;
  for (let i = 0; i < n; i++) {
    let z = 0;
    for (let j = 0; j < FEATURES_LR; j++) z += w[j] * XS[i * FEATURES_LR + j];
    const p = 1 / (1 + Math.exp(-z));
    if (p < 1e-12) continue;
    const y = LABELS[i];
    const dq = -y / p + (1 - y) / (1 - p + 1e-12);
    const dz = (dq * p * (1 - p)) / n;
    for (let j = 0; j < FEATURES_LR; j++) g[j] += dz * XS[i * FEATURES_LR + j];
  }
  return g;
}

export const LR: Workload<number[]> = {
  id: "LR",
  title: "logistic regression, 1,000×10, dotRow helper, written-out logistic, ?: clamp, early return",
  points: () => [rng(7), rng(77)].map((r) => Array.from(uniform(r, FEATURES_LR, -0.5, 0.5))),
  primal: logLoss,
  hand: logLossGrad,
};
