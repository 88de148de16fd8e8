// Code typed Var (reverse mode) and Dual (forward mode) is differentiable where it stands.
import { dual, tangent, Tape, type Dual, type Var } from "typegrad";

function logistic(w: Var, x: number): Var {
  return 1 / (1 + Math.exp(-(w * x)));
}

const tape = new Tape();
const w = tape.variable(0.5);
const y = logistic(w, 2) * 3;
export const gradient = tape.gradient(y, w);

const d: Dual = dual(0.5, 1);
const e = d * d + Math.sin(d);
export const slope = tangent(e);

const reverse = (v: number): number => 3 / (1 + Math.exp(-(v * 2)));
export const checks = [
  { f: reverse, at: [0.5], grad: () => gradient },
  { f: (v: number) => v * v + Math.sin(v), at: [0.5], grad: () => slope },
];
