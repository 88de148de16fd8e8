// Activity: values that may carry derivatives are followed through every way a program moves
// numbers around, so every operation on them is rewritten (a miss would throw at run time).
import { describe, expect, it } from "vitest";
import { derivative, grad, hessian } from "typegrad";
import { centralGrad, expectClose } from "../numeric.js";

describe("locals, reassignment and control flow", () => {
  it("follows let reassignment through a loop", () => {
    const f = (x: number) => {
      let y = 1;
      for (let k = 0; k < 4; k++) y = y * x + k; // Horner: ((x·x + 1)x + 2)x + 3
      return y;
    };
    // y = x⁴ + x² + 2x + 3 → y' = 4x³ + 2x + 2
    const x = 1.1;
    expectClose(derivative(f)(x), 4 * x ** 3 + 2 * x + 2, 1e-12);
  });

  it("follows default parameters and recursion", () => {
    const pow = (x: number, n: number, acc = x * 0 + 1): number => (n === 0 ? acc : pow(x, n - 1, acc * x));
    expect(grad((x: number) => pow(x, 5))(2)).toBe(5 * 2 ** 4);
  });
});

describe("arrays, objects and destructuring", () => {
  it("array elements, push and spread", () => {
    const f = (x: number, y: number) => {
      const xs: number[] = [];
      xs.push(x * y);
      const ys = [...xs, y];
      return ys[0]! + ys[1]! * ys[1]!;
    };
    expect(grad(f)(3, 2)).toEqual([2, 3 + 4]);
  });

  it("array and object destructuring", () => {
    const f = (p: number[]) => {
      const [a, b] = p;
      const { u, v } = { u: a! * b!, v: a! - b! };
      let [s, t] = [u, v];
      [s, t] = [t, s];
      return s * t * t;
    };
    // (a - b)(ab)² → ∂a = a²b² + 2(a-b)ab², ∂b = -a²b² + 2(a-b)a²b
    const [a, b] = [1.5, 0.5];
    expectClose(grad(f)([a, b]), [a * a * b * b + 2 * (a - b) * a * b * b, -a * a * b * b + 2 * (a - b) * a * a * b], 1e-12);
  });

  it("map, reduce, forEach, filter callbacks and for-of", () => {
    const f = (xs: number[]) => {
      const squares = xs.map((v, i) => v * v * (i + 1));
      const total = squares.reduce((acc, v) => acc + v, 0);
      let extra = 0;
      xs.forEach((v) => {
        extra += 2 * v;
      });
      for (const v of xs.filter((v) => v > 0)) extra -= v;
      return total + extra;
    };
    const xs = [1, -2, 3];
    // Σ (i+1)xᵢ² + Σ 2xᵢ - Σ_{xᵢ>0} xᵢ
    expect(grad(f)(xs)).toEqual([2 * 1 + 2 - 1, 2 * 2 * -2 + 2, 3 * 2 * 3 + 2 - 1]);
  });

  it("object properties written after creation", () => {
    const f = (x: number) => {
      const state = { total: 0, count: 0 };
      for (let i = 1; i <= 3; i++) {
        state.total += x * i;
        state.count++;
      }
      return state.total / state.count;
    };
    expect(grad(f)(5)).toBeCloseTo((1 + 2 + 3) / 3, 14);
  });
});

describe("closures and classes", () => {
  it("closures over active values, called later", () => {
    const f = (x: number) => {
      const scale = (t: number) => t * x;
      const twice = (g: (t: number) => number, t: number) => g(g(t));
      return twice(scale, 3);
    };
    expect(grad(f)(2)).toBe(3 * 2 * 2);
  });

  it("class fields, constructor, methods and getters", () => {
    class Quadratic {
      coefficient = 1;
      constructor(public a: number) {}
      at(x: number): number {
        return this.a * x * x + this.coefficient;
      }
      get double(): number {
        return 2 * this.a;
      }
    }
    const f = (a: number) => {
      const q = new Quadratic(a);
      q.coefficient = a;
      return q.at(3) + q.double;
    };
    expect(grad(f)(0.5)).toBe(9 + 1 + 2);
  });
});

describe("second order", () => {
  it("hessian of plain code", () => {
    const f = (v: number[]) => v[0]! ** 2 * v[1]! + Math.sin(v[1]!);
    const [x, y] = [0.3, 1.7];
    const h = hessian(f)([x, y]);
    expectClose(h.flat(), [2 * y, 2 * x, 2 * x, -Math.sin(y)], 1e-12);
  });

  it("matches central differences for a mixed program", () => {
    const f = (a: number, b: number) => {
      let s = a;
      for (const w of [a, b, a * b]) s = Math.tanh(s * w) + w / 3;
      return s;
    };
    const g = (a: number, b: number) => {
      let s = a;
      for (const w of [a, b, a * b]) s = Math.tanh(s * w) + w / 3;
      return s;
    };
    expectClose(grad(f)(0.4, -0.8), centralGrad(g, [0.4, -0.8]), 1e-7);
  });
});
