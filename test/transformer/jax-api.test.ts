// The transform API as a JAX user writes it, in plain operators through the Vite plugin:
// argnums, hasAux, Jacobians and Hessians of several arguments, linearize, stopGradient,
// checkpoint — against closed forms and central differences.
import { describe, expect, it } from "vitest";
import {
  checkpoint, derivative, grad, hessian, hvp, jacfwd, jacobian, jacrev, jvp, linearize, numericalGrad, stopGradient,
  valueAndGrad, vjp,
} from "typegrad";
import { centralGrad, expectClose } from "./helpers.js";

const loss = (w: number[], b: number, x: number[]): number => {
  let s = b;
  for (let i = 0; i < w.length; i++) s += w[i] * x[i];
  return Math.tanh(s) ** 2;
};
const W = [0.3, -0.7, 1.1], B = 0.2, X = [1.5, 0.5, -0.25];
// d/ds tanh(s)² = 2 tanh(s)(1 - tanh(s)²)
const s0 = B + W[0] * X[0] + W[1] * X[1] + W[2] * X[2];
const dS = 2 * Math.tanh(s0) * (1 - Math.tanh(s0) ** 2);

describe("argnums", () => {
  it("grad of one argument is shaped like it; a list gives a tuple", () => {
    expectClose(grad(loss, { argnums: 0 })(W, B, X), X.map((x) => dS * x), 1e-12);
    expectClose(grad(loss, { argnums: 1 })(W, B, X), dS, 1e-12);
    const [gw, gx] = grad(loss, { argnums: [0, 2] })(W, B, X);
    expectClose(gw, X.map((x) => dS * x), 1e-12);
    expectClose(gx, W.map((w) => dS * w), 1e-12);
    const [gb] = grad(loss, { argnums: [1] })(W, B, X);
    expectClose(gb, dS, 1e-12);
  });

  it("valueAndGrad reports the value as written, bit for bit", () => {
    const [v, g] = valueAndGrad(loss, { argnums: 1 })(W, B, X);
    expect(v).toBe(loss(W, B, X));
    expectClose(g, centralGrad((b) => loss(W, b, X), [B])[0]!, 1e-7);
  });
});
