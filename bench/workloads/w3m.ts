/**
 * W3m — W3's MLP 8-32-1 tanh on its 256 samples, written as users write it: weights as
 * `number[][]` (W1 [32][8], a row per hidden unit), `b1` and `w2` as `number[]`, `b2` a number,
 * the samples `X: number[][]` and targets `y: number[]` passed as arguments, and the gradient
 * over the weights only (`grad(mlp, { argnums: [0, 1, 2, 3] })`). Results are compared flat:
 * W1 row by row, then b1, w2, b2 (321 numbers).
 */
import type { Workload } from "../core/types.js";
import { rng, uniform } from "../core/rng.js";
import { HID, IN, NPARAM, SAMPLES, X, Y } from "./w3.js";

/** The weights: W1 [HID][IN], b1 [HID], w2 [HID], b2. */
export type Weights = [number[][], number[], number[], number];

/** W3's samples as rows, and its targets. */
export const XS: number[][] = Array.from({ length: SAMPLES }, (_, s) => Array.from(X.subarray(s * IN, (s + 1) * IN)));
export const YS: number[] = Array.from(Y);

export function mlp(W1: number[][], b1: number[], w2: number[], b2: number, X: number[][], y: number[]): number {
  let loss = 0;
  for (let i = 0; i < X.length; i++) {
    let out = b2;
    for (let j = 0; j < W1.length; j++) {
      const w = W1[j];
      let z = b1[j];
      for (let k = 0; k < w.length; k++) z += w[k] * X[i][k];
      out += w2[j] * Math.tanh(z);
    }
    const e = out - y[i];
    loss += e * e;
  }
  return loss / X.length;
}

/** The weights' gradient laid out flat (W1 row-major, b1, w2, b2), as the check compares it. */
export function flat(g: readonly [ArrayLike<number>[], ArrayLike<number>, ArrayLike<number>, number]): Float64Array {
  const out = new Float64Array(NPARAM);
  let at = 0;
  for (const row of g[0]) for (let k = 0; k < row.length; k++) out[at++] = row[k]!;
  for (const v of [g[1], g[2]]) for (let k = 0; k < v.length; k++) out[at++] = v[k]!;
  out[at] = g[3];
  return out;
}

const h = new Float64Array(HID);

/** The hand-written gradient of the weights, flat. */
export function mlpGrad([W1, b1, w2, b2]: Weights): Float64Array {
  const gW = W1.map((r) => new Array<number>(r.length).fill(0)), gb = new Array<number>(HID).fill(0), gw = new Array<number>(HID).fill(0);
  let gb2 = 0;
  for (let i = 0; i < SAMPLES; i++) {
    let out = b2;
    for (let j = 0; j < HID; j++) {
      let z = b1[j]!;
      for (let k = 0; k < IN; k++) z += W1[j]![k]! * XS[i]![k]!;
      h[j] = Math.tanh(z);
      out += w2[j]! * h[j]!;
    }
    const d = (2 * (out - YS[i]!)) / SAMPLES;
    gb2 += d;
    for (let j = 0; j < HID; j++) {
      gw[j] += d * h[j]!;
      const dz = d * w2[j]! * (1 - h[j]! * h[j]!);
      gb[j] += dz;
      for (let k = 0; k < IN; k++) gW[j]![k] += dz * XS[i]![k]!;
    }
  }
  return flat([gW, gb, gw, gb2]);
}

const weights = (seed: number): Weights => {
  const u = uniform(rng(seed), NPARAM, -0.5, 0.5);
  const W1 = Array.from({ length: HID }, (_, j) => Array.from(u.subarray(j * IN, (j + 1) * IN)));
  return [W1, Array.from(u.subarray(HID * IN, HID * IN + HID)), Array.from(u.subarray(HID * IN + HID, HID * IN + 2 * HID)), u[NPARAM - 1]!];
};

export const W3m: Workload<Weights> = {
  id: "W3m",
  title: "W3's MLP with number[][] weights, X and y as arguments, grad over argnums [0..3]",
  points: () => [weights(4), weights(44)],
  primal: (p) => mlp(p[0], p[1], p[2], p[3], XS, YS),
  hand: mlpGrad,
};
