/**
 * The micrograd-style engine of bench/peers/micrograd.ts on every workload: build the graph of
 * `Value`s from plain inputs, call `backward()`, read the `grad`s. W4 has no forward mode in
 * micrograd, so it is a reverse pass.
 */
import type { ContenderModule } from "../core/types.js";
import { Value } from "../peers/micrograd.js";
import { B1, B2, HID, IN, NPARAM, SAMPLES, W2O, X, Y } from "../workloads/w3.js";

function w1(p: [number, number]): [number, number] {
  const x0 = new Value(p[0]), x1 = new Value(p[1]);
  x0.sin().mul(x0.add(x1)).backward();
  return [x0.grad, x1.grad];
}

function w2(x: Float64Array): Float64Array {
  const v = Array.from(x, (xi) => new Value(xi));
  let s = new Value(0);
  for (let i = 0; i < v.length; i += 2) {
    const t = v[i + 1].sub(v[i].mul(v[i]));
    const u = v[i].rsub(1);
    s = s.add(t.mul(100).mul(t).add(u.mul(u)));
  }
  s.backward();
  return Float64Array.from(v, (vi) => vi.grad);
}

function w3(params: Float64Array): Float64Array {
  const p = Array.from(params, (pi) => new Value(pi));
  let loss = new Value(0);
  for (let s = 0; s < SAMPLES; s++) {
    let o = p[B2];
    for (let j = 0; j < HID; j++) {
      let a = p[B1 + j];
      for (let k = 0; k < IN; k++) a = a.add(p[k * HID + j].mul(X[s * IN + k]));
      o = o.add(p[W2O + j].mul(a.tanh()));
    }
    const e = o.sub(Y[s]);
    loss = loss.add(e.mul(e));
  }
  loss.div(SAMPLES).backward();
  const g = new Float64Array(NPARAM);
  for (let i = 0; i < NPARAM; i++) g[i] = p[i].grad;
  return g;
}

function w4(x: number): number {
  const v = new Value(x);
  v.square().exp().square().backward();
  return v.grad;
}

const m: ContenderModule = {
  W1: () => ({ run: w1 }),
  W2: () => ({ run: w2 }),
  W3: () => ({ run: w3 }),
  W4: () => ({ run: w4 }),
};
export default m;
