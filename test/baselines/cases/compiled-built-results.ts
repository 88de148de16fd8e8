// @explain: true
// Vector results built at run time, as users write them: a local array filled in a loop, a
// `map`, `[]` and `push`, a `Float64Array`. Their length is known only when the function runs:
// forward code returns the array and its tangent array; reverse code seeds the array's adjoint
// array from the cotangent (the runtime checks its length) and returns a copy of the values.
import { jacfwd, jacobian, jacrev, vjp } from "typegrad";

export const ring = (x: number[]): number[] => {
  const n = x.length;
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.sin(x[i]) * x[(i + 1) % n];
  return out;
};
export const lagged = (x: number[]) => x.map((v, i) => v * v + (i > 0 ? x[i - 1] : 0));
export const exps = (x: number[]): number[] => {
  const y: number[] = [];
  for (const v of x) y.push(Math.exp(v));
  return y;
};
export const entryRing = (x: number[]): number[] => {
  const out: number[] = [];
  for (const [i, v] of x.entries()) out.push(Math.sin(v) * x[(i + 1) % x.length] + i * v);
  return out;
};
export const steps = (x: Float64Array) => {
  const r = new Float64Array(x.length - 1);
  for (let i = 0; i + 1 < x.length; i++) r[i] = x[i + 1] - x[i] * x[i];
  return r;
};

export const jf = jacfwd(ring);
export const jr = jacrev(lagged);
export const pullback = (x: number[], c: number[]) => vjp(exps, x)[1](c);
export const jk = jacobian(steps);
export const je = jacfwd(entryRing);
