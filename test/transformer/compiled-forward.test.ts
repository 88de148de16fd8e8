// Compiled forward mode (src/transformer/compiler/): derivative and jvp of a simple scalar
// function run compiled code on plain numbers. The contract is agreement with the Dual runtime
// to 1e-13 relative; these programs (one rounding per operation, the partials the table's own
// formulas) agree to the bit, which is what is checked here.
import { describe, expect, it } from "vitest";
import { debugNans, derivative, dual, jvp, square, tangent } from "typegrad";

const K = 3;
const f = (x: number): number => {
  const e = Math.exp(x * x);
  return e * e;
};
const g = (x0: number, x1: number): number => Math.sin(x0) * (x0 + x1) - Math.atan2(x1, x0) ** 2;
function h(x: number): number {
  let y = square(x) - K * x + Math.max(x, 0.5);
  if (x > 1 && !(x > 3)) y += Math.PI * Math.tanh(x);
  else y *= Math.cbrt(x);
  return x < 0 ? -y : y / 2;
}

const points = [-2.5, -1, -0.3, 0.2, 0.5, 0.9, 1.5, 2.7, 4];

describe("compiled forward mode", () => {
  it("derivative is bit-identical to the Dual runtime", () => {
    for (const x of points) {
      expect(Object.is(derivative(f)(x), tangent(f(dual(x, 1))))).toBe(true);
      expect(Object.is(derivative(h)(x), tangent(h(dual(x, 1))))).toBe(true);
    }
  });

  it("jvp is bit-identical to the Dual runtime, for every direction", () => {
    // With debugNans on, the transforms never use compiled code: the Dual runtime is the reference.
    const viaDuals = (x: number, direction: [number, number]) => {
      debugNans(true);
      try {
        return jvp(g, [x, 1.4], direction);
      } finally {
        debugNans(false);
      }
    };
    for (const x of points) {
      for (const direction of [[1, 0], [0, 1], [0.3, -2]] as [number, number][]) {
        const [value, t] = jvp(g, [x, 1.4], direction);
        const [refValue, refT] = viaDuals(x, direction);
        expect(value).toBe(refValue);
        expect(Object.is(t, refT)).toBe(true);
      }
    }
  });

  it("matches closed forms", () => {
    // d/dx exp(x²)² = 4x·exp(2x²)
    expect(derivative(f)(0.5)).toBe(3.297442541400256);
    expect(derivative((x: number) => x ** 3)(2)).toBe(12);
    const [v, t] = jvp((a: number, b: number) => a * b + Math.sin(a), [0.6, 1.4], [1, 0]);
    expect(v).toBe(0.6 * 1.4 + Math.sin(0.6));
    expect(t).toBe(1.4 + Math.cos(0.6));
  });

  it("nesting still uses the Dual runtime (no perturbation confusion)", () => {
    expect(derivative((x: number) => x * derivative((y: number) => x + y)(1))(1)).toBe(1);
    expect(derivative((x: number) => derivative((y: number) => x * y * y)(x))(3)).toBe(12); // d/dx 2x² = 4x
  });
});
