// Compiled code of constructs read since the audit of more user code: `Math.max(...x)` (its
// value computed natively, then each argument's share of the derivative, 1/k for k ties), a
// helper returning a boolean in an `if` and a helper in a `while` test (computed into a flag
// before the loop and at the end of each pass), a labelled `continue` out of an inner loop
// (a code of its own, kept by the loop it crosses), and a module configuration object's fields.
import { grad } from "typegrad";

const config = { rate: 0.5, offsets: [0.1, -0.2] };

function isSmall(v: number): boolean {
  return Math.abs(v) < 0.5;
}

function norm(v: number[]): number {
  let s = 0;
  for (const e of v) s += e * e;
  return Math.sqrt(s);
}

export function shiftedLogSumExp(x: number[]): number {
  const m = Math.max(...x);
  let s = 0;
  for (const v of x) s += Math.exp(v - m);
  return m + Math.log(s);
}

export function guarded(x: number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    if (isSmall(x[i])) s += config.rate * x[i] * x[i];
    else s += Math.sin(x[i] - config.offsets[i % 2]);
  }
  let scale = 1;
  while (norm(x) * scale > 0.5) scale *= 0.5;
  return s * scale;
}

export function triangle(x: number[]): number {
  let s = 0;
  rows: for (let i = 0; i < x.length; i++) {
    for (let j = 0; j <= i; j++) {
      if (x[j] > 1) continue rows;
      s += x[i] * x[j];
    }
    s *= 0.9;
  }
  return s;
}

export const checks = [
  { f: (v: number) => shiftedLogSumExp([0.3, v, -0.2]), at: [0.7], grad: (v: number) => grad(shiftedLogSumExp)([0.3, v, -0.2])[1] },
  { f: (v: number) => guarded([0.3, v, -0.2, 1.5]), at: [0.7], grad: (v: number) => grad(guarded)([0.3, v, -0.2, 1.5])[1] },
  { f: (v: number) => triangle([0.3, v, 1.4, 0.5]), at: [0.7], grad: (v: number) => grad(triangle)([0.3, v, 1.4, 0.5])[1] },
];
