// The logistic and softplus formulas, written out, keep their value as written while their
// derivatives come from the overflow-free forms: finite where e⁻ᶻ overflows; seed 003's
// numbers come out exactly.
import { describe, expect, it } from "vitest";
import { grad, valueAndGrad } from "typegrad";

describe("stable forms of written-out formulas", () => {
  it("1 / (1 + Math.exp(-z)) has a finite derivative where exp(-z) overflows", () => {
    const logistic = (z: number) => 1 / (1 + Math.exp(-z));
    // σ'(z) = σ(z)(1 - σ(z)): about e^z for very negative z, which underflows to 0 at -800.
    expect(grad(logistic)(-800)).toBe(0);
    expect(grad(logistic)(-30)).toBeCloseTo(Math.exp(-30), 25);
    expect(grad(logistic)(0)).toBe(0.25);
  });

  it("Math.log(1 + Math.exp(z)) keeps its written value (Infinity once eᶻ overflows) and differentiates to σ(z)", () => {
    const softplus = (z: number) => Math.log(1 + Math.exp(z));
    expect(valueAndGrad(softplus)(800)).toEqual([Infinity, 1]);
    expect(valueAndGrad(softplus)(30)).toEqual([Math.log(1 + Math.exp(30)), 1 / (1 + Math.exp(-30))]);
    expect(grad(softplus)(0)).toBe(0.5);
  });

  it("seed 003's neuron, written as the seed writes it, gives SPEC §5's numbers exactly", () => {
    const neuron = (w1: number, w2: number, x1: number, x2: number, b: number) => 1 / (1 + Math.exp(-(w1 * x1 + w2 * x2 + b)));
    const [value, g] = valueAndGrad(neuron)(2, -3, -1, -2, -3);
    expect(value).toBe(0.7310585786300049);
    expect(g).toEqual([-0.19661193324148185, -0.3932238664829637, 0.3932238664829637, -0.5898357997244456, 0.19661193324148185]);
  });
});
