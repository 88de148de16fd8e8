// A simple scalar function handed to derivative or jvp also gets compiled forward-mode code.
import { derivative, jvp, square } from "typegrad";

const K = 3;
const f = (x: number): number => {
  const e = Math.exp(x * x);
  return e * e;
};
const g = (x0: number, x1: number): number => Math.sin(x0) * (x0 + x1);
function h(x: number): number {
  let y = square(x) - K * x;
  if (x > 1) y += Math.PI * x;
  else y *= x;
  return x < 0 ? -y : y / 2;
}

export const checks = [
  { f, at: [0.5], grad: derivative(f) },
  { f: (x: number) => g(x, 1.4), at: [0.6], grad: (x: number) => jvp(g, [x, 1.4], [1, 0])[1] },
  { f: h, at: [1.5], grad: derivative(h) },
  { f: h, at: [0.5], grad: derivative(h) },
  { f: h, at: [-0.5], grad: derivative(h) },
  { f: (x: number) => x ** 3, at: [2], grad: derivative((x: number) => x ** 3) },
];
