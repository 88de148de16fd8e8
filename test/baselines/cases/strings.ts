// String concatenation and template literals keep string semantics and show primal values.
import { grad } from "typegrad";

export const labels: string[] = [];
const f = (x: number): number => {
  const y = x * x;
  labels.push("y=" + y, `x=${x}, y=${y.toFixed(2)}`);
  let s = "y:";
  s += y;
  labels.push(s);
  return y;
};

export const checks = [{ f, at: [1.5], grad: grad(f) }];
