/** W3 as a user writes it (compile with the typegrad transformer). */
import { grad } from "typegrad";
import { B1, B2, HID, IN, SAMPLES, W2O, X, Y } from "../w3.js";

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

export const gradLoss = grad(mlpLoss);
