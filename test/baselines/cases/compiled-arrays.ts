// Compiled code for arrays the function makes: filled once and read (nothing stored), grown
// by push, overwritten after being read (old values stored), one per pass of a loop (kept);
// map, reduce and forEach with arrow callbacks; Math.max and Math.hypot of three arguments.
import { derivative, grad } from "typegrad";

export function differences(v: number[]): number {
  const d = new Array<number>(v.length - 1);
  for (let i = 0; i < d.length; i++) d[i] = v[i + 1] - v[i];
  let s = 0;
  for (let i = 0; i < d.length; i++) s += d[i] * d[i];
  return s;
}

export function positives(v: number[], c: number): number {
  const kept: number[] = [];
  for (const x of v) if (x > 0) kept.push(Math.log(x * c));
  let s = 0;
  for (let i = 0; i < kept.length; i++) s += kept[i] * kept[i];
  return s;
}

export function smooth(x: number, y: number): number {
  const a = [x, y, x * y];
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < 3; k++) a[k] = 0.5 * (a[k] + a[(k + 1) % 3] * a[(k + 2) % 3]);
  }
  return a[0] + a[1] * a[2];
}

export function layer(w: number[], x: number): number {
  let loss = 0;
  for (let s = 0; s < 2; s++) {
    const h = new Array<number>(2);
    for (let j = 0; j < 2; j++) h[j] = Math.tanh(w[j] * (x + s));
    loss += h[0] * h[1] * w[2];
  }
  return loss;
}

export function methods(v: number[], c: number): number {
  const scaled = v.map((x, i) => x * c + i);
  let s = scaled.reduce((a, b) => a + b * b, 0);
  v.forEach((x) => {
    if (x < 0) return;
    s += Math.sqrt(x) * c;
  });
  return s + Math.max(v[0], v[1], c) + Math.hypot(c, v[0], 1);
}

export const checks = [
  { f: (a: number) => differences([1, a, 0.5, 2]), at: [0.3], grad: (a: number) => grad(differences)([1, a, 0.5, 2])[1] },
  { f: (c: number) => positives([1, -2, 0.5, 3], c), at: [1.5], grad: (c: number) => grad(positives)([1, -2, 0.5, 3], c)[1] },
  { f: (x: number) => smooth(x, 0.7), at: [0.4], grad: (x: number) => grad(smooth)(x, 0.7)[0] },
  { f: (x: number) => smooth(x, 0.7), at: [0.4], grad: (x: number) => derivative((t: number) => smooth(t, 0.7))(x) },
  { f: (x: number) => layer([0.3, -0.8, 1.5], x), at: [0.4], grad: (x: number) => grad(layer)([0.3, -0.8, 1.5], x)[1] },
  { f: (c: number) => methods([0.5, 2, -1], c), at: [1.3], grad: (c: number) => grad(methods)([0.5, 2, -1], c)[1] },
];
