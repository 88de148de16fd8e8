/**
 * W3 — an MLP 8-32-1 with tanh, 256 samples, 321 parameters; the gradient of the mean squared
 * loss with respect to the parameters. Parameter layout (flat Float64Array): W1 row-major
 * [8][32] at 0, b1 at 256, W2 [32] at 288, b2 at 320.
 */
import type { Workload } from "../core/types.js";
import { rng, uniform } from "../core/rng.js";

export const IN = 8, HID = 32, SAMPLES = 256, NPARAM = IN * HID + HID + HID + 1;
export const B1 = IN * HID, W2O = B1 + HID, B2 = W2O + HID;

/** Fixed data: inputs X [256][8] and targets Y [256]. */
export const X = uniform(rng(3), SAMPLES * IN, -1, 1);
export const Y = (() => {
  const y = new Float64Array(SAMPLES);
  for (let s = 0; s < SAMPLES; s++) {
    let a = 0;
    for (let k = 0; k < IN; k++) a += X[s * IN + k] * (k % 2 === 0 ? 1 : -0.5);
    y[s] = Math.sin(a);
  }
  return y;
})();

export function mlpLoss(p: Float64Array): number {
  let loss = 0;
  for (let s = 0; s < SAMPLES; s++) {
    let o = p[B2];
    for (let j = 0; j < HID; j++) {
      let a = p[B1 + j];
      for (let k = 0; k < IN; k++) a += X[s * IN + k] * p[k * HID + j];
      o += p[W2O + j] * Math.tanh(a);
    }
    const e = o - Y[s];
    loss += e * e;
  }
  return loss / SAMPLES;
}

const h = new Float64Array(HID);

export function mlpGrad(p: Float64Array): Float64Array {
  return mlpGradInto(p, new Float64Array(NPARAM));
}

/** The hand-written gradient accumulated into `g`, which must hold zeros. */
export function mlpGradInto(p: Float64Array, g: Float64Array): Float64Array {
  for (let s = 0; s < SAMPLES; s++) {
    let o = p[B2];
    for (let j = 0; j < HID; j++) {
      let a = p[B1 + j];
      for (let k = 0; k < IN; k++) a += X[s * IN + k] * p[k * HID + j];
      h[j] = Math.tanh(a);
      o += p[W2O + j] * h[j];
    }
    const d = (2 * (o - Y[s])) / SAMPLES;
    g[B2] += d;
    for (let j = 0; j < HID; j++) {
      g[W2O + j] += d * h[j];
      const da = d * p[W2O + j] * (1 - h[j] * h[j]);
      g[B1 + j] += da;
      for (let k = 0; k < IN; k++) g[k * HID + j] += da * X[s * IN + k];
    }
  }
  return g;
}

export const W3: Workload<Float64Array> = {
  id: "W3",
  title: "MLP 8-32-1 tanh, 256 samples, 321 params, gradient of MSE",
  points: () => [uniform(rng(4), NPARAM, -0.5, 0.5)],
  primal: mlpLoss,
  hand: mlpGrad,
};
