// @explain: true
// Compiled code of functions with several outputs (an array written out), as `jacfwd`,
// `jacrev` and `vjp` get it: forward code takes each array with its tangent array and returns
// values and tangents; reverse code is seeded by a cotangent, one number per output.
import { jacfwd, jacobian, jacrev, vjp } from "typegrad";

function coupling(left: number, mid: number, right: number): number {
  return Math.sin(mid) * right - (left * left) / (1 + mid * mid);
}

// A ring of three, written out entry by entry with a helper (inlined).
export function ring(x: number[]): number[] {
  return [coupling(x[2], x[0], x[1]), coupling(x[0], x[1], x[2]), coupling(x[1], x[2], x[0])];
}

// Polar to Cartesian, with a guard returning early: two numbers in, two out.
export function polar(r: number, theta: number): number[] {
  if (r < 0) return [0, 0];
  return [r * Math.cos(theta), r * Math.sin(theta)];
}

// A running sum over an array, returned with an element of the array.
export function summary(v: Float64Array, scale: number): number[] {
  let s = 0;
  for (const x of v) s += scale * x * x;
  return [s, v[0]];
}

export const jf = jacfwd(ring);
export const jr = jacrev(ring);
export const jp = jacobian(polar);
export const pullback = (v: Float64Array) => vjp(summary, v, 2)[1]([1, -1]);
