// Perturbation confusion (ForwardDiff's test/ConfusionTest.jl, ported one for one) and the
// same patterns across modes: nested transforms must keep their derivatives apart.
import { describe, expect, it } from "vitest";
import { add, derivative, dot, grad, jacobian, jvp, mul, sub, valueAndGrad } from "./helpers.js";

describe("perturbation confusion", () => {
  it("D(x -> x * D(y -> x + y)(1))(1) == 1", () => {
    expect(derivative((x) => mul(x, derivative((y) => add(x, y))(1)))(1)).toBe(1);
  });

  it("D(x -> D(y -> x)(x))(1) == 0", () => {
    expect(derivative((x) => derivative((_y) => x)(x))(1)).toBe(0);
  });

  it("jacobian(x -> grad(y -> y·(A x))(y0))(x) == A", () => {
    const A = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    const Ax = (x: number[]) => A.map((row) => dot(row, x));
    const y0 = [0.3, -0.7];
    const f = (x: number[]) => grad((y: number[]) => dot(y, Ax(x)))(y0);
    expect(jacobian(f)([1.5, -2, 0.25])).toEqual(A);
  });

  it("the same patterns with grad in grad", () => {
    expect(grad((x: number) => mul(x, grad((y: number) => add(x, y))(1)))(1)).toBe(1);
    expect(grad((x: number) => grad((_y: number) => x)(x))(1)).toBe(0);
    // d/dx [x · d/dy (x·y)] = d/dx x² = 2x
    expect(grad((x: number) => mul(x, grad((y: number) => mul(x, y))(3)))(5)).toBe(10);
  });

  it("the same patterns with jvp of grad and grad of derivative", () => {
    const g = (x: number) => mul(x, grad((y: number) => add(x, y))(1));
    expect(jvp(g, [1], [1])[1]).toBe(1);
    expect(grad((x: number) => mul(x, derivative((y) => add(x, y))(1)))(1)).toBe(1);
    expect(derivative((x) => mul(x, grad((y: number) => mul(x, y))(3)))(5)).toBe(10);
    // a closure over the outer variable inside valueAndGrad
    const [v, d] = valueAndGrad((x: number) => sub(mul(x, x), derivative((y) => mul(x, y))(2)))(3);
    expect(v).toBe(6); // 9 - 3
    expect(d).toBe(5); // 2x - 1
  });
});
