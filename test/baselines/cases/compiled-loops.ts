// Compiled reverse code for loops over arrays: Rosenbrock's function and a small network.
import { grad } from "typegrad";

const N = 3;
const DATA = [0.5, -1, 2];

export function rosen(x: number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i += 2) {
    const t = x[i + 1] - x[i] * x[i];
    const u = 1 - x[i];
    s += 100 * t * t + u * u;
  }
  return s;
}

function net(p: Float64Array, bias: number): number {
  let loss = 0;
  for (let s = 0; s < N; s++) {
    let a = bias;
    for (let k = 0; k < N; k++) a += DATA[(s + k) % N] * p[k];
    const e = Math.tanh(a) - DATA[s];
    loss += e * e;
  }
  return loss / N;
}

export const checks = [
  { f: (v: number) => rosen([v, 1.3, -0.4, 0.8]), at: [0.7], grad: (v: number) => grad(rosen)([v, 1.3, -0.4, 0.8])[0] },
  { f: (v: number) => net(new Float64Array([0.2, v, -0.3]), 0.1), at: [0.4], grad: (v: number) => grad(net)(new Float64Array([0.2, v, -0.3]), 0.1)[0][1] },
  { f: (b: number) => net(new Float64Array([0.2, 0.4, -0.3]), b), at: [0.1], grad: (b: number) => grad(net)(new Float64Array([0.2, 0.4, -0.3]), b)[1] },
];
