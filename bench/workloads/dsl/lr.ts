/** LR as a user writes it (compile with the typegrad transformer). */
import { grad } from "typegrad";
import { FEATURES_LR, LABELS, XS } from "../lr.js";

function dotRow(w: number[], x: number[], row: number): number {
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

export const gradLoss = grad(logLoss);
