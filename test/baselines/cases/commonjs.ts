// @module: commonjs
// CommonJS output: the runtime import becomes a require, twins are exported like their originals.
import { grad } from "typegrad";

export function square(x: number): number {
  return x * x;
}

export const dSquare = grad((x: number) => square(x) + 1);
