// Fused loops: the last loop of a function that only accumulates (`s += …`) runs each pass's
// reverse inside the forward loop. `product` multiplies its carried local, so it keeps a
// forward loop and a reverse loop.
import { grad } from "typegrad";

export function meanSquare(v: number[]): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  return s / v.length;
}

export function twoSums(v: number[], w: number): number {
  const c = Math.exp(w);
  let s = 0;
  let t = 1;
  for (let i = 0; i < v.length; i++) {
    const e = Math.tanh(c * v[i] - w);
    s += e * e;
    t -= 0.5 * e;
  }
  return s + 2 * t;
}

export function product(v: number[], w: number): number {
  let p = w;
  for (let i = 0; i < v.length; i++) p = p * Math.cos(v[i]);
  return p;
}

const V = [0.4, -1.1, 0.9];

export const checks = [
  { f: (x: number) => meanSquare([x, -1.1, 0.9]), at: [0.4], grad: (x: number) => grad(meanSquare)([x, -1.1, 0.9])[0] },
  { f: (w: number) => twoSums(V, w), at: [0.3], grad: (w: number) => grad(twoSums)(V, w)[1] },
  { f: (x: number) => twoSums([0.4, x, 0.9], 0.3), at: [-1.1], grad: (x: number) => grad(twoSums)([0.4, x, 0.9], 0.3)[0][1] },
  { f: (w: number) => product(V, w), at: [0.3], grad: (w: number) => grad(product)(V, w)[1] },
];
