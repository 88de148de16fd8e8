/** W2c and W2i as a user writes them (compile with the typegrad transformer). */
import { grad } from "typegrad";

export function chained(x: number[]): number {
  let s = 0;
  for (let i = 0; i < x.length - 1; i++) {
    const a = x[i + 1] - x[i] * x[i];
    const b = 1 - x[i];
    s += 100 * a * a + b * b;
  }
  return s;
}

export function chainedInline(x: number[]): number {
  let s = 0;
  for (let i = 0; i < x.length - 1; i++) s += 100 * (x[i + 1] - x[i] * x[i]) ** 2 + (1 - x[i]) ** 2;
  return s;
}

export const gradChained = grad(chained);
export const gradChainedInline = grad(chainedInline);
