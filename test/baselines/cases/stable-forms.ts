// The logistic and softplus formulas become typegrad's overflow-free primitives.
import { grad } from "typegrad";

const logistic = (z: number): number => 1 / (1 + Math.exp(-z));
const flipped = (z: number): number => 1 / (Math.exp(-(2 * z)) + 1);
const softplus = (z: number): number => Math.log(1 + Math.exp(z)) + Math.log1p(Math.exp(z));
const notLogistic = (z: number): number => 2 / (1 + Math.exp(-z)) + 1 / (1 + Math.exp(z));

export const checks = [
  { f: logistic, at: [0.5], grad: grad(logistic) },
  { f: flipped, at: [-0.3], grad: grad(flipped) },
  { f: softplus, at: [1.5], grad: grad(softplus) },
  { f: notLogistic, at: [0.2], grad: grad(notLogistic) },
];
