/** W4 as a user writes it (compile with the typegrad transformer). */
import { derivative, grad } from "typegrad";

export const f = (x: number): number => {
  const e = Math.exp(x * x);
  return e * e;
};

export const df = derivative(f);
export const gf = grad(f);
