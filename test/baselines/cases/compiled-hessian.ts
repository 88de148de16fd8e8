// @explain: true
// Compiled `hessian` and `hvp`: the reverse code of the function's tangent program, which
// carries each active value's tangent along a direction `x_v` and returns ∇f·v; its gradient
// is H·v. `hessian` calls it once per input number with a unit direction.
import { hessian, hvp } from "typegrad";

function rosen(x: number[]): number {
  let s = 0;
  for (let i = 0; i < x.length - 1; i++) {
    const t = x[i + 1] - x[i] * x[i];
    const u = 1 - x[i];
    s += 100 * t * t + u * u;
  }
  return s;
}

const wave = (x: number, y: number): number => Math.sin(x) * Math.exp(x * y) + x / y;

function power(x: number, n: number): number {
  return n === 0 ? 1 : x * power(x, n - 1);
}

export const H = hessian(rosen)([0.5, -0.3, 1.2]);
export const Hv = hvp(rosen, [0.5, -0.3, 1.2], [1, 0, -1]);
export const H2 = hessian(wave)(0.4, 1.3);
export const onTape = hessian(power)(1.5, 3);
