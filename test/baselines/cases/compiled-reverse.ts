// A straight-line scalar function handed to grad or valueAndGrad also gets compiled reverse
// code; one with control flow or a call of the program's own functions does not.
import { grad, valueAndGrad } from "typegrad";

const C = 2;
const f = (x0: number, x1: number): number => Math.sin(x0) * (x0 + x1);
function g(x: number): number {
  const y = C * x ** 2;
  return y / (1 + x);
}
const branchy = (x: number): number => (x > 0 ? x * x : -x);
const calls = (x: number): number => g(x) * 2;

export const checks = [
  { f: (x: number) => f(x, 1.4), at: [0.6], grad: (x: number) => grad(f)(x, 1.4)[0] },
  { f: g, at: [1.5], grad: (x: number) => valueAndGrad(g)(x)[1] },
  { f: branchy, at: [0.5], grad: grad(branchy) },
  { f: calls, at: [0.5], grad: grad(calls) },
];
