// Helpers called with active values are replaced by their twins (imported from the helper
// module); the original functions stay native for plain callers.
import { grad } from "typegrad";
import { count, norm, sumOfSquares } from "./twins-helper.js";

function energy(x: number, y: number): number {
  return norm([x, y]) * count([x, y]) + sumOfSquares([x], y);
}

export const plain = energy(3, 4);
export const checks = [{ f: energy, at: [3, 4], grad: grad(energy) }];
