// Compiled code for jumps: `return` inside a loop (Newton's method stopping early), `break`
// and `continue`, a join point after a branch that may return, and `do…while`. A loop that
// may stop early records its pass count for the reverse sweep.
import { derivative, grad } from "typegrad";

export function newtonSqrt(a: number): number {
  let y = a;
  for (let i = 0; i < 50; i++) {
    const f = y * y - a;
    if (Math.abs(f) < 1e-12 * a) return y;
    y -= f / (2 * y);
  }
  return y;
}

export function positivePrefix(v: number[], cap: number): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) {
    if (v[i] < 0) continue;
    if (s > cap) break;
    s += v[i] * v[i];
  }
  return s;
}

export function joined(x: number, y: number): number {
  let s = x * y;
  if (x > 0) {
    s = Math.sin(s);
    if (y > 2) return s * s;
    s += y;
  }
  return s * x;
}

export function settle(x: number): number {
  let s = x;
  let n = 0;
  do {
    s = Math.cos(s) * x;
    n++;
  } while (n < 30 && Math.abs(s - x) > 0.01);
  return s;
}

export const checks = [
  { f: (a: number) => newtonSqrt(a), at: [2], grad: (a: number) => grad(newtonSqrt)(a) },
  { f: (a: number) => newtonSqrt(a), at: [2], grad: (a: number) => derivative(newtonSqrt)(a) },
  { f: (v: number) => positivePrefix([1, v, -2, 1.5, 3], 4), at: [0.7], grad: (v: number) => grad(positivePrefix)([1, v, -2, 1.5, 3], 4)[0][1] },
  { f: (x: number) => joined(x, 3), at: [0.4], grad: (x: number) => grad(joined)(x, 3)[0] },
  { f: (x: number) => joined(x, 1), at: [0.4], grad: (x: number) => derivative((t: number) => joined(t, 1))(x) },
  { f: (x: number) => settle(x), at: [0.6], grad: (x: number) => grad(settle)(x) },
  { f: (x: number) => settle(x), at: [0.6], grad: (x: number) => derivative(settle)(x) },
];
