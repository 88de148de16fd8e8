// The transform API as a JAX user writes it: a loss of parameters and data with metrics as
// aux, the gradient of the parameters only, a Newton step with the Hessian of an object of
// parameters, linearize, stopGradient and checkpoint.
import { checkpoint, grad, hessian, linearize, stopGradient, valueAndGrad } from "typegrad";
import { done, report, reportNear } from "./check.js";

type Params = { w: number; b: number };
const xs = [0.5, 1, 1.5, 2, 3], ys = [1.1, 1.9, 3.2, 3.9, 6.1];

/** Mean squared error of y = w·x + b, with the residuals' mean as aux. */
function loss(p: Params, x: number[], y: number[]): [number, { meanResidual: number }] {
  let total = 0, residuals = 0;
  for (let i = 0; i < x.length; i++) {
    const r = p.w * x[i]! + p.b - y[i]!;
    total += r * r;
    residuals += r;
  }
  return [total / x.length, { meanResidual: residuals / x.length }];
}
const mse = (p: Params, x: number[], y: number[]) => loss(p, x, y)[0];

console.log("007 argnums, hasAux, hessian of an object, linearize, stopGradient, checkpoint");
const p0: Params = { w: 0, b: 0 };
const [g, aux] = grad(loss, { argnums: 0, hasAux: true })(p0, xs, ys);
const n = xs.length, sx = xs.reduce((s, v) => s + v, 0), sy = ys.reduce((s, v) => s + v, 0);
const sxy = xs.reduce((s, v, i) => s + v * ys[i]!, 0), sxx = xs.reduce((s, v) => s + v * v, 0);
reportNear("∂mse/∂w at 0 (closed form -2Σxy/n)", g.w, (-2 * sxy) / n, 1e-14);
reportNear("∂mse/∂b at 0 (closed form -2Σy/n)", g.b, (-2 * sy) / n, 1e-14);
reportNear("aux: mean residual at 0", aux.meanResidual, -sy / n, 1e-15);

// One Newton step solves least squares: H is {w: {w, b}, b: {w, b}}.
const H = hessian(mse, { argnums: 0 })(p0, xs, ys);
const det = H.w.w * H.b.b - H.w.b * H.b.w;
const p1: Params = { w: -(H.b.b * g.w - H.w.b * g.b) / det, b: -(-H.b.w * g.w + H.w.w * g.b) / det };
const wStar = (n * sxy - sx * sy) / (n * sxx - sx * sx), bStar = (sy - wStar * sx) / n;
reportNear("Newton step: w = least-squares slope", p1.w, wStar, 1e-12);
reportNear("Newton step: b = least-squares intercept", p1.b, bStar, 1e-12);
const [[value], g1] = valueAndGrad(loss, { argnums: 0, hasAux: true })(p1, xs, ys);
reportNear("gradient at the optimum", Math.hypot(g1.w, g1.b), 0, 1e-12);
report("value reported = mse as written", value, mse(p1, xs, ys), 0);

// linearize: one evaluation, then directional derivatives ∇mse·d for any d.
const [, jvpAt] = linearize(mse, p0, xs, ys, { argnums: 0 });
reportNear("linearize: ∇mse·(1, 2)", jvpAt({ w: 1, b: 2 }), g.w + 2 * g.b, 1e-13);

// stopGradient: the target is a constant, as in a bootstrapped (semi-gradient) update.
const semi = grad((w: number) => (w * 2 - stopGradient(w * 3 + 1)) ** 2)(0.5);
report("semi-gradient 2·(2w − (3w+1))·2 at 0.5", semi, 2 * (1 - 2.5) * 2, 0);

// checkpoint: 20 blocks of 50 steps; the tape keeps only block boundaries, the gradient is equal.
function relax(y: number): number {
  let z = y;
  for (let i = 0; i < 50; i++) z = Math.sin(z) * 0.9 + z * 0.1;
  return z;
}
const block = checkpoint(relax);
const deep = (x: number) => {
  let y = x;
  for (let k = 0; k < 20; k++) y = block(y) + 0.01 * x;
  return y;
};
const plain = (x: number) => {
  let y = x;
  for (let k = 0; k < 20; k++) y = relax(y) + 0.01 * x;
  return y;
};
report("checkpointed gradient = plain gradient", grad(deep)(0.8), grad(plain)(0.8), 0);
done();
