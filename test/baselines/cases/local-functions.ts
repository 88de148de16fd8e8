// A local function handed to grad is rewritten in place; called with plain numbers elsewhere,
// it still returns plain numbers, so arithmetic on those results stays native and no
// diagnostic is raised for passing them to a library function typed `number`.
import { grad } from "typegrad";

declare function near(actual: number, expected: number): boolean;

export function central(): number {
  const f = (x: number) => Math.sin(x) * x;
  const h = 1e-6;
  const numeric = (f(0.5 + h) - f(0.5 - h)) / (2 * h);
  return near(grad(f)(0.5), numeric) ? numeric : NaN;
}

const local = () => {
  const g = (x: number) => x * x * x;
  return grad(g);
};

export const checks = [{ f: (x: number) => x * x * x, at: [1.5], grad: local() }];
