/** H10 as a user writes it (compile with the typegrad transformer). */
import { hessian } from "typegrad";

export function rosen10(x: number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i += 2) {
    const t = x[i + 1] - x[i] * x[i];
    const u = 1 - x[i];
    s += 100 * t * t + u * u;
  }
  return s;
}

/** Compiled code (the reverse code of the tangent program). */
export const hessianRosen = hessian(rosen10);
/** The same Hessian on the runtime: `argnums` takes the runtime's forward over reverse. */
export const hessianRosenRuntime = hessian(rosen10, { argnums: 0 });
