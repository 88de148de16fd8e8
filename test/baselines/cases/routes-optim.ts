// Functions as values, part 1: an optimisation helper in its own module. It receives the
// objective as a parameter and differentiates it there.
import { derivative, grad, valueAndGrad } from "typegrad";

export type Objective = (x: number[]) => number;

export function gradientStep(f: Objective, x: number[], rate: number): number[] {
  const g = grad(f)(x);
  return x.map((xi, i) => xi - rate * g[i]);
}

export function slope(f: (x: number) => number, x: number): number {
  return grad(f)(x);
}

export function forwardSlope(f: (x: number) => number, x: number): number {
  return derivative(f)(x);
}

export function valueAndSlope(f: (x: number) => number, x: number): [number, number] {
  return valueAndGrad(f)(x);
}

/** Differentiable code that calls a function value with an active argument. */
export function slopeOfSquare(f: (x: number) => number, x: number): number {
  return grad((t: number) => f(t) * f(t))(x);
}
