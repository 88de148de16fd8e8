// The function transforms against closed forms, and the shapes of what they return.
import { describe, expect, it } from "vitest";
import {
  add, close, cos, derivative, div, exp, grad, hessian, hvp, jacfwd, jacobian, jacrev, jvp, log, mul, sin, square,
  valueAndGrad, vjp,
} from "./helpers.js";

// f(x, y) = sin(x)·y + x²/y and its derivatives by hand.
const f = (x: number, y: number) => add(mul(sin(x), y), div(square(x), y));
const fx = (x: number, y: number) => Math.cos(x) * y + (2 * x) / y;
const fy = (x: number, y: number) => Math.sin(x) - (x * x) / (y * y);

describe("grad and valueAndGrad", () => {
  it("match the closed form, as a tuple for several arguments", () => {
    const [v, g] = valueAndGrad(f)(0.7, 1.9);
    expect(v).toBeCloseTo(Math.sin(0.7) * 1.9 + 0.49 / 1.9, 14);
    expect(g[0]).toBeCloseTo(fx(0.7, 1.9), 13);
    expect(g[1]).toBeCloseTo(fy(0.7, 1.9), 13);
    expect(grad(f)(0.7, 1.9)).toEqual(g);
  });

  it("are shaped like the argument: number, number[], Float64Array, object", () => {
    expect(grad((x: number) => mul(x, x))(3)).toBe(6);
    const g1 = grad((x: number[]) => mul(x[0], x[1]))([2, 5]);
    expect(g1).toEqual([5, 2]);
    const g2 = grad((x: Float64Array) => mul(x[0], x[1]))(new Float64Array([2, 5]));
    expect(g2).toBeInstanceOf(Float64Array);
    expect(Array.from(g2)).toEqual([5, 2]);
    const g3 = grad((p: { w: number; b: number[] }) => add(mul(p.w, p.b[0]), p.b[1]))({ w: 3, b: [4, 7] });
    expect(g3).toEqual({ w: 4, b: [3, 1] });
  });

  it("accumulate a variable used twice (seed 003's bug does not exist)", () => {
    expect(grad((w: number, x1: number, x2: number) => add(mul(w, x1), mul(w, x2)))(5, 1, 2)).toEqual([3, 5, 5]);
    expect(grad((x: number) => mul(x, mul(x, x)))(2)).toBe(12);
  });

  it("give zeros for outputs that do not depend on the input", () => {
    expect(grad((_x: number) => 4)(1)).toBe(0);
    expect(grad((x: number[]) => x[1])([1, 2, 3])).toEqual([0, 1, 0]);
  });
});

describe("forward mode", () => {
  it("derivative of scalar and vector outputs", () => {
    expect(derivative((x) => mul(x, mul(x, x)))(2)).toBe(12);
    expect(derivative((x: number) => [sin(x), exp(x)])(0.3)).toEqual([Math.cos(0.3), Math.exp(0.3)]);
  });

  it("jvp returns the value and the directional derivative", () => {
    const [v, t] = jvp(f, [0.7, 1.9], [0.5, -2]);
    expect(v).toBe(f(0.7, 1.9));
    expect(t).toBeCloseTo(0.5 * fx(0.7, 1.9) - 2 * fy(0.7, 1.9), 13);
  });
});

describe("vjp and Jacobians", () => {
  const g = (x: number[]) => [mul(x[0], x[1]), sin(x[0]), log(x[2])];
  const J = (x: number[]) => [
    [x[1], x[0], 0],
    [Math.cos(x[0]), 0, 0],
    [0, 0, 1 / x[2]],
  ];
  const x = [0.4, 1.5, 2.5];

  it("vjp's pullback is cᵀJ, callable many times", () => {
    const [y, back] = vjp(g, x);
    expect(y).toEqual([0.4 * 1.5, Math.sin(0.4), Math.log(2.5)]);
    const c = [1, -2, 0.5];
    const expected = [0, 1, 2].map((j) => c.reduce((s, ci, i) => s + ci * J(x)[i][j], 0));
    expect(back(c)).toEqual(expected.map((e, j) => expect.closeTo(e, 14) as unknown as number));
    expect(back([0, 0, 1])).toEqual([0, 0, 0.4]);
  });

  it("jacfwd, jacrev and jacobian agree with the closed form", () => {
    for (const jac of [jacfwd, jacrev, jacobian]) {
      const got = jac(g)(x);
      got.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(J(x)[i][j], 14)));
    }
  });

  it("jacobian picks reverse mode for wide functions and forward for tall ones", () => {
    const wide = (x: number[]) => [mul(x[0], mul(x[1], x[2]))];
    expect(jacobian(wide)([1, 2, 3])).toEqual([[6, 3, 2]]);
    const tall = (x: number[]) => [x[0], mul(2, x[0]), mul(x[0], x[0])];
    expect(jacobian(tall)([3])).toEqual([[1], [2], [6]]);
  });
});

describe("second order", () => {
  // h(x) = x0² x1 + exp(x0 x1): Hessian by hand.
  const h = (x: number[]) => add(mul(square(x[0]), x[1]), exp(mul(x[0], x[1])));
  const H = ([a, b]: number[]) => {
    const e = Math.exp(a * b);
    return [
      [2 * b + b * b * e, 2 * a + e + a * b * e],
      [2 * a + e + a * b * e, a * a * e],
    ];
  };

  it("hessian is forward over reverse and matches the closed form", () => {
    const got = hessian(h)([0.3, -0.8]);
    got.forEach((row, i) => row.forEach((v, j) => expect(close(v, H([0.3, -0.8])[i][j], 1e-13)).toBe(true)));
  });

  it("hvp equals H·v without forming H", () => {
    const v = [0.25, -1.5];
    const Hx = H([0.3, -0.8]);
    const got = hvp(h, [0.3, -0.8], v);
    got.forEach((g, i) => expect(g).toBeCloseTo(Hx[i][0] * v[0] + Hx[i][1] * v[1], 13));
  });

  it("third derivatives through three nested modes", () => {
    // d³/dx³ sin(x) = -cos(x)
    const d3 = derivative((x) => grad((y: number) => derivative((z) => sin(z))(y))(x))(0.9);
    expect(d3).toBeCloseTo(-Math.cos(0.9), 14);
    const g3 = grad((x: number) => grad((y: number) => grad((z: number) => mul(z, mul(z, mul(z, z))))(y))(x))(1.5);
    expect(g3).toBeCloseTo(24 * 1.5, 12);
  });

  it("cos' = -sin to fourth order by repeated grad", () => {
    let d: (x: number) => number = cos;
    for (let k = 0; k < 4; k++) d = grad(d);
    expect(d(0.4)).toBeCloseTo(Math.cos(0.4), 14);
  });
});
