// stopGradient under every transform and nesting; defineFunction's forward-mode rule.
import { describe, expect, it } from "vitest";
import {
  add, defineFunction, derivative, dual, exp, grad, hessian, jacfwd, jacrev, jvp, mul, sin, square, stopGradient, tangent,
  valueAndGrad, vjp,
} from "./helpers.js";

describe("stopGradient", () => {
  it("is the value, bit for bit, and a constant to reverse and forward mode", () => {
    const f = (x: number) => mul(x, stopGradient(x)); // derivative x, not 2x
    expect(valueAndGrad(f)(3)).toEqual([9, 3]);
    expect(derivative(f)(3)).toBe(3);
    expect(jvp(f, [3], [2])).toEqual([9, 6]);
    expect(stopGradient(0.1 + 0.2)).toBe(0.1 + 0.2);
    expect(Object.is(stopGradient(-0), -0)).toBe(true);
  });

  it("is constant to every level of a nesting", () => {
    // h(x, y) = x²·stop(y)·y: only the last y is seen
    const h = (v: number[]) => mul(mul(square(v[0]), stopGradient(v[1])), v[1]);
    expect(hessian(h)([1.5, 2])).toEqual([[2 * 2 * 2, 2 * 1.5 * 2], [2 * 1.5 * 2, 0]]);
    // an inner transform's value stopped is constant to the outer one too
    const outer = grad((x: number) => {
      // stop(x·y)·y has y-derivative stop(x·y) = 2x, a constant to the outer grad as well
      const inner = grad((y: number) => mul(stopGradient(mul(x, y)), y))(2);
      return mul(inner, x); // (2x)·x with the first factor constant → derivative 2x
    })(1.5);
    expect(outer).toBe(2 * 1.5);
    expect(tangent(stopGradient(dual(2, 1)) as number)).toBe(0);
  });

  it("works on structures: arrays, Float64Arrays and objects keep their shape", () => {
    const g = grad((p: { w: number[]; b: number }) => {
      const frozen = stopGradient(p);
      return add(mul(p.w[0], frozen.w[1]), mul(frozen.b, p.b));
    })({ w: [2, 3], b: 4 });
    expect(g).toEqual({ w: [3, 0], b: 4 });
    const t = stopGradient(new Float64Array([1, 2]));
    expect(t).toBeInstanceOf(Float64Array);
    expect(() => stopGradient("x" as never)).toThrow(/stopGradient's argument must be a number/);
  });
});

describe("defineFunction with a forward-mode rule", () => {
  let jvpCalls = 0, backwardCalls = 0;
  // softclip(x, c) = c·tanh-like x/(1+|x|/c) written with its own rules
  const cube = defineFunction({
    name: "cube",
    forward: (x: number) => mul(mul(x, x), x),
    backward: (x: number[], _y: number, dy: number) => {
      backwardCalls++;
      return [mul(mul(3, square(x[0])), dy)];
    },
    jvp: (x: number[], dx: number[]) => {
      jvpCalls++;
      return mul(mul(3, square(x[0])), dx[0]);
    },
  });

  it("forward mode uses jvp, reverse mode uses backward", () => {
    jvpCalls = backwardCalls = 0;
    expect(derivative(cube)(2)).toBe(12);
    expect(jvpCalls).toBe(1);
    expect(backwardCalls).toBe(0);
    expect(grad(cube)(2)).toBe(12);
    expect(backwardCalls).toBe(1);
    expect(jacfwd((v: number[]) => [cube(v[0])])([2])).toEqual([[12]]);
    expect(jacrev((v: number[]) => [cube(v[0])])([2])).toEqual([[12]]);
  });

  it("a rule of several arguments gets each argument's tangent (0 for constants)", () => {
    const seen: number[][] = [];
    const wsum = defineFunction({
      name: "wsum",
      forward: (a: number, b: number) => add(mul(2, a), mul(3, b)),
      backward: (_x: number[], _y: number, dy: number) => [mul(2, dy), mul(3, dy)],
      jvp: (_x: number[], dx: number[]) => {
        seen.push(dx.map((d) => (typeof d === "number" ? d : NaN)));
        return add(mul(2, dx[0]), mul(3, dx[1]));
      },
    });
    expect(jvp(wsum, [1, 1], [0.5, 2])).toEqual([5, 7]);
    expect(derivative((t: number) => wsum(t, 4))(1)).toBe(2);
    expect(seen).toEqual([[0.5, 2], [1, 0]]);
  });

  it("is differentiable again when its rules are: forward over reverse and forward over forward", () => {
    expect(hessian((v: number[]) => cube(v[0]))([2])).toEqual([[12]]);
    expect(derivative(derivative(cube))(2)).toBe(12);
    expect(derivative((x: number) => grad(cube)(x))(2)).toBe(12);
    // its own rule is what forward mode sees: a deliberately different jvp shows through
    const odd = defineFunction({
      name: "odd",
      forward: (x: number) => exp(x),
      backward: (x: number[], _y: number, dy: number) => [mul(exp(x[0]), dy)],
      jvp: (_x: number[], dx: number[]) => mul(7, dx[0]),
    });
    expect(derivative(odd)(0)).toBe(7);
    expect(grad(odd)(0)).toBe(1);
  });

  it("rejects a jvp that is not a function or returns something else", () => {
    expect(() => defineFunction({ name: "bad", forward: (x: number) => x, backward: () => [1], jvp: 3 as never })).toThrow(/bad's jvp must be a function/);
    const bad = defineFunction({ name: "bad2", forward: (x: number) => x, backward: () => [1], jvp: () => [1] as never });
    expect(() => derivative(bad)(1)).toThrow(/bad2's jvp must return one number/);
    expect(() => vjp(bad, 1)[1](1)).not.toThrow();
    expect(sin(0)).toBe(0);
  });
});
