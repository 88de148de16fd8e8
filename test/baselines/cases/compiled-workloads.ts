// Compiled reverse code for the shapes of the benchmark's workloads, written as users write
// them: the chained Rosenbrock on number[] (const locals, and inline with **), and an MLP with
// three nested counted loops and tanh.
import { grad } from "typegrad";

const IN = 2, HID = 3, SAMPLES = 2;
const X = [0.5, -1, 2, 0.25];
const Y = [0.3, -0.2];

export function chained(x: number[]): number {
  let s = 0;
  for (let i = 0; i < x.length - 1; i++) {
    const a = x[i + 1] - x[i] * x[i];
    const b = 1 - x[i];
    s += 100 * a * a + b * b;
  }
  return s;
}

export function chainedInline(x: number[]): number {
  let s = 0;
  for (let i = 0; i < x.length - 1; i++) s += 100 * (x[i + 1] - x[i] * x[i]) ** 2 + (1 - x[i]) ** 2;
  return s;
}

// p: IN×HID input weights, HID biases, HID output weights, one output bias.
export function mlpLoss(p: number[]): number {
  let loss = 0;
  for (let s = 0; s < SAMPLES; s++) {
    let o = p[IN * HID + 2 * HID];
    for (let j = 0; j < HID; j++) {
      let a = p[IN * HID + j];
      for (let k = 0; k < IN; k++) a += X[s * IN + k] * p[k * HID + j];
      o += p[IN * HID + HID + j] * Math.tanh(a);
    }
    const e = o - Y[s];
    loss += e * e;
  }
  return loss / SAMPLES;
}

const P = [0.1, -0.2, 0.3, 0.4, -0.5, 0.6, 0.05, -0.05, 0.1, 0.7, -0.8, 0.9, 0.01];
const at = (k: number, v: number) => P.map((p, j) => (j === k ? v : p));

export const checks = [
  { f: (v: number) => chained([v, 1.3, -0.4, 0.8]), at: [0.7], grad: (v: number) => grad(chained)([v, 1.3, -0.4, 0.8])[0] },
  { f: (v: number) => chainedInline([0.2, v, -0.4, 0.8]), at: [0.7], grad: (v: number) => grad(chainedInline)([0.2, v, -0.4, 0.8])[1] },
  { f: (v: number) => mlpLoss(at(2, v)), at: [0.3], grad: (v: number) => grad(mlpLoss)(at(2, v))[2]! },
  { f: (v: number) => mlpLoss(at(7, v)), at: [-0.05], grad: (v: number) => grad(mlpLoss)(at(7, v))[7]! },
  { f: (v: number) => mlpLoss(at(12, v)), at: [0.01], grad: (v: number) => grad(mlpLoss)(at(12, v))[12]! },
];
