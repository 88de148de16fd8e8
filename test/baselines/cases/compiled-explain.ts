// @explain: true
// The `explain` option: each transform call site says whether it runs compiled code or the
// tape, and which construct keeps it on the tape.
import { derivative, grad, valueAndGrad } from "typegrad";

const square = (x: number): number => x * x;

function clamped(x: number, y: number): number {
  const z = x * y > 1 ? 1 : x * y;
  if (x > 0 && y > 0) return z * x;
  return z;
}

function untilThree(x: number): number {
  let s = 0;
  while (s < 3) s += x;
  return s;
}

function viaHelper(x: number): number {
  return square(x) + 1;
}

function firstBig(v: number[]): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) {
    if (v[i] > 2) break;
    s += v[i];
  }
  return s;
}

function sumOf(v: number[]): number {
  let s = 0;
  for (const x of v) s += x;
  return s;
}

function power(x: number, n: number): number {
  return n <= 0 ? 1 : x * power(x, n - 1);
}

function smoothed(v: number[]): number {
  const y = new Array<number>(v.length);
  for (let i = 0; i < v.length; i++) y[i] = v[i] * v[i];
  return y[0] + y[1];
}

function earlyExit(v: number[]): number {
  let s = 0;
  for (const x of v) {
    if (x < 0) continue;
    if (x > 10) return s;
    s += Math.hypot(x, s, 1);
  }
  return s;
}

function viaMethods(v: number[]): number {
  return v.map((x) => x * x).reduce((a, b) => Math.max(a, b, 1), 0);
}

function labelled(v: number[]): number {
  let s = 0;
  outer: for (let i = 0; i < v.length; i++) {
    for (let j = 0; j < v.length; j++) {
      if (v[i] * v[j] > 4) break outer;
      s += v[i] * v[j];
    }
  }
  return s;
}

function sorted(v: number[]): number {
  const w = v.slice();
  return w[0] * 2;
}

export const g1 = grad(square);
export const d1 = derivative(square);
export const g2 = valueAndGrad(clamped);
export const g3 = grad(untilThree);
export const g4 = grad(viaHelper);
export const g5 = grad(firstBig);
export const g6 = grad(sumOf);
export const g7 = grad(power);
export const g8 = grad(smoothed);
export const g9 = grad(earlyExit);
export const g10 = grad(viaMethods);
export const g11 = grad(labelled);
export const g12 = grad(sorted);
