// The new transforms and options nested in every order of modes: each result against a closed
// form, central differences, and the same quantity by another nesting.
import { describe, expect, it } from "vitest";
import {
  add, checkGrads, checkpoint, derivative, exp, grad, hessian, jacfwd, jacrev, linearize, mul, numericalGrad, sin, square,
  stopGradient, valueAndGrad,
} from "./helpers.js";

const near = (a: number[][] | number[], b: number[][] | number[], tol = 1e-12) =>
  expect(a.flat().every((v, k) => Math.abs(v - b.flat()[k]) <= tol * (1 + Math.abs(b.flat()[k])))).toBe(true);

// f(x, y) = sin(x)·exp(x·y), with aux; ∂x = e(cos x + y sin x), ∂y = x e sin x
const f = (x: number, y: number) => [mul(sin(x), exp(mul(x, y))), { x }] as const;
const F = (x: number, y: number) => f(x, y)[0];
const Hf = (x: number, y: number) => {
  const e = Math.exp(x * y), s = Math.sin(x), c = Math.cos(x);
  const hxx = e * (-s + 2 * y * c + y * y * s);
  const hxy = e * (x * c + s + x * y * s);
  return [[hxx, hxy], [hxy, x * x * e * s]];
};

describe("options under nesting, both modes", () => {
  it("hessian of a function with aux = jacrev∘grad(hasAux) = jacfwd∘grad(hasAux) = closed form", () => {
    const [H, aux] = hessian(f, { hasAux: true })(0.4, 0.7);
    near(H, Hf(0.4, 0.7));
    expect(aux).toEqual({ x: 0.4 });
    const g = (v: number[]) => grad(f, { hasAux: true })(v[0], v[1])[0];
    near(jacrev(g)([0.4, 0.7]), Hf(0.4, 0.7));
    near(jacfwd(g)([0.4, 0.7]), Hf(0.4, 0.7));
  });

  it("grad with argnums inside jacfwd, jacrev and derivative is a Hessian row", () => {
    const row = (v: number[]) => grad(F, { argnums: 1 })(v[0], v[1]);
    near(jacfwd(row)([0.4, 0.7]), Hf(0.4, 0.7)[1]);
    near(jacrev(row)([0.4, 0.7]), Hf(0.4, 0.7)[1]);
    near([derivative((x: number) => grad(F, { argnums: 1 })(x, 0.7))(0.4)], [Hf(0.4, 0.7)[1][0]]);
    near([grad((x: number) => grad(F, { argnums: [0] })(x, 0.7)[0])(0.4)], [Hf(0.4, 0.7)[0][0]]);
  });

  it("linearize inside grad, jacrev and jacfwd: the derivative of a directional derivative", () => {
    // x ↦ ∇F(x)·(1, 1) by linearize; its gradient is H·(1, 1)
    const dd = (v: number[]) => linearize(F, v[0], v[1])[1](1, 1);
    const want = Hf(0.4, 0.7).map((r) => r[0] + r[1]);
    near(grad(dd)([0.4, 0.7]), want);
    near(jacrev((v: number[]) => [dd(v)])([0.4, 0.7]), [want]);
    near(jacfwd((v: number[]) => [dd(v)])([0.4, 0.7]), [want]);
  });

  it("stopGradient under reverse over reverse and forward over forward", () => {
    // G(v) = v0²·stop(v1)·v1 ; H = [[2 v1², 2 v0 v1], [2 v0 v1, 0]]
    const G = (v: number[]) => mul(mul(square(v[0]), stopGradient(v[1])), v[1]);
    const want = [[2 * 4, 2 * 1.5 * 2], [2 * 1.5 * 2, 0]];
    near(jacrev((v: number[]) => grad(G)(v))([1.5, 2]), want);
    near(jacfwd((v: number[]) => jacfwd(G)(v))([1.5, 2]), want);
    near(hessian(G)([1.5, 2]), want);
  });

  it("checkpoint under every second-order nesting and checkGrads to order 2", () => {
    const block = checkpoint((a: number, b: number) => [mul(sin(a), exp(mul(a, b))), b] as const);
    const C = (x: number, y: number) => block(x, y)[0];
    for (const H of [
      hessian(C)(0.4, 0.7),
      jacrev((v: number[]) => grad(C)(v[0], v[1]))([0.4, 0.7]),
      jacfwd((v: number[]) => jacfwd((w: number[]) => C(w[0], w[1]))(v))([0.4, 0.7]),
      jacfwd((v: number[]) => grad(C)(v[0], v[1]))([0.4, 0.7]),
    ]) near(H, Hf(0.4, 0.7));
    expect(() => checkGrads(C, [0.4, 0.7], { order: 2 })).not.toThrow();
    const [v, g] = valueAndGrad(C)(0.4, 0.7);
    expect(Object.is(v, F(0.4, 0.7))).toBe(true);
    near(g, numericalGrad(F, 0.4, 0.7), 1e-7);
  });

  it("jacobian of several arguments inside grad (forward inside reverse)", () => {
    // Σ of the Jacobian blocks of (x, y) ↦ [x·y, x + y] is [y + 1, x + 1]; its gradient in (x, y) is [1, 1]
    const total = (x: number, y: number) => {
      const [jx, jy] = jacfwd((a: number, b: number) => [mul(a, b), add(a, b)])(x, y);
      return add(add(jx[0], jx[1]), add(jy[0], jy[1]));
    };
    expect(grad(total)(2, 3)).toEqual([1, 1]);
  });
});
