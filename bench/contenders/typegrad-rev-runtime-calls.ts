/**
 * typegrad reverse mode (`grad`), with the runtime functions called by hand: each function
 * below is the literal translation of its twin in bench/workloads/dsl/ — what the transformer
 * is to emit for the plain operators there (`a * b` → `mul(a, b)`, `s += e` → `s = add(s, e)`).
 */
import { add, div, exp, grad, mul, sin, square, sub, tanh } from "typegrad";
import type { ContenderModule } from "../core/types.js";
import { B1, B2, HID, IN, SAMPLES, W2O, X, Y } from "../workloads/w3.js";

export const f1 = (x0: number, x1: number): number => mul(sin(x0), add(x0, x1));

export function rosen(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i += 2) {
    const t = sub(x[i + 1], mul(x[i], x[i]));
    const u = sub(1, x[i]);
    s = add(s, add(mul(mul(100, t), t), mul(u, u)));
  }
  return s;
}

export function mlpLoss(p: Float64Array): number {
  let loss = 0;
  for (let s = 0; s < SAMPLES; s++) {
    let o = p[B2];
    for (let j = 0; j < HID; j++) {
      let a = p[B1 + j];
      for (let k = 0; k < IN; k++) a = add(a, mul(X[s * IN + k], p[k * HID + j]));
      o = add(o, mul(p[W2O + j], tanh(a)));
    }
    const e = sub(o, Y[s]);
    loss = add(loss, mul(e, e));
  }
  return div(loss, SAMPLES);
}

/** W4 exactly as the spec writes it. */
export const f4 = (x: number): number => square(exp(square(x)));

const m: ContenderModule = {
  W1: () => {
    const g = grad(f1);
    return { run: (p: [number, number]) => g(p[0], p[1]) };
  },
  W2: () => ({ run: grad(rosen) }),
  W3: () => ({ run: grad(mlpLoss) }),
  W4: () => ({ run: grad(f4) }),
};
export default m;
