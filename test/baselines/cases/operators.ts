// Arithmetic, unary operators, comparisons and Math functions in a function handed to grad.
import { grad } from "typegrad";

const f = (x: number, y: number): number => {
  const z = Math.sin(x) * (x + y) - y / 2 + (x % 3) ** 2;
  return x < y ? -z : +z * Math.exp(-x);
};

export const checks = [
  { f, at: [0.6, 1.4], grad: grad(f) },
  { f, at: [2.5, 1.0], grad: grad(f) },
];
