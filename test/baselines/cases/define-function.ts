// defineFunction's forward and backward, and pipe over named program functions.
import { defineFunction, derivative, grad, pipe } from "typegrad";

function cubeForward(x: number): number {
  return x * x * x;
}
const cube = defineFunction({
  name: "cube",
  forward: cubeForward,
  backward: (x: number[], _y: number, dy: number) => [3 * x[0]! * x[0]! * dy],
});

const twice = (x: number): number => 2 * x;
const composed = pipe(twice, cubeForward);

export const checks = [
  { f: (x: number) => x * x * x, at: [1.5], grad: derivative((x: number) => cube(x)) },
  { f: (x: number) => 8 * x * x * x, at: [0.7], grad: grad(composed) },
];
