/**
 * The hand-written gradients of W2 and W3 writing into one output array reused across calls,
 * as a tuned numerical code would (the plain "hand-written gradient" row allocates a fresh
 * array per call, like `grad` does). Shows how much of that row is allocation.
 */
import type { ContenderModule } from "../core/types.js";
import { N2 } from "../workloads/w2.js";
import { B1, B2, HID, IN, NPARAM, SAMPLES, W2O, X, Y } from "../workloads/w3.js";

const g2 = new Float64Array(N2);
function rosenGradInto(x: Float64Array): Float64Array {
  for (let i = 0; i < x.length; i += 2) {
    const t = x[i + 1] - x[i] * x[i];
    const u = 1 - x[i];
    g2[i] = -400 * t * x[i] - 2 * u;
    g2[i + 1] = 200 * t;
  }
  return g2;
}

const g3 = new Float64Array(NPARAM);
const h = new Float64Array(HID);
function mlpGradInto(p: Float64Array): Float64Array {
  g3.fill(0);
  for (let s = 0; s < SAMPLES; s++) {
    let o = p[B2];
    for (let j = 0; j < HID; j++) {
      let a = p[B1 + j];
      for (let k = 0; k < IN; k++) a += X[s * IN + k] * p[k * HID + j];
      h[j] = Math.tanh(a);
      o += p[W2O + j] * h[j];
    }
    const d = (2 * (o - Y[s])) / SAMPLES;
    g3[B2] += d;
    for (let j = 0; j < HID; j++) {
      g3[W2O + j] += d * h[j];
      const da = d * p[W2O + j] * (1 - h[j] * h[j]);
      g3[B1 + j] += da;
      for (let k = 0; k < IN; k++) g3[k * HID + j] += da * X[s * IN + k];
    }
  }
  return g3;
}

const m: ContenderModule = {
  W2: () => ({ run: rosenGradInto }),
  W3: () => ({ run: mlpGradInto }),
};
export default m;
