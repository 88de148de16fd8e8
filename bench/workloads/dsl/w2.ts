/** W2 as a user writes it (compile with the typegrad transformer). */
import { grad } from "typegrad";

export function rosen(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i += 2) {
    const t = x[i + 1] - x[i] * x[i];
    const u = 1 - x[i];
    s += 100 * t * t + u * u;
  }
  return s;
}

export const gradRosen = grad(rosen);
