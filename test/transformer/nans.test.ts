/**
 * debugNans on DSL code: plain operators compiled by the transformer, including functions that
 * carry compiled forward or reverse code. While debugNans is on, the transforms run the checked
 * runtime (same numbers, bit for bit), so the first NaN is named with its operation and this
 * file's line; compiled code of a transform made earlier reports a NaN result.
 */
import { afterEach, describe, expect, it } from "vitest";
import { debugNans, derivative, grad, valueAndGrad } from "typegrad";
import { errorMessage, markerLine } from "../markers.js";

/** `nans.test.ts:<line>` of the line holding `// <marker>`. */
const at = (marker: string): RegExp => markerLine(import.meta.url, marker);
const message = errorMessage;

afterEach(() => debugNans(false));

const withLog = (x: number): number => {
  const y = x - 2;
  return Math.log(y) * x; // dsl-value
};
const withSqrt = (x: number): number => {
  const z = x * 0;
  return Math.sqrt(z) * 0; // dsl-derivative
};
const withArray = (xs: number[]): number => {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += Math.sqrt(xs[i]) * xs[i]; // dsl-array
  return s;
};

describe("debugNans with the transformer's compiled modes", () => {
  it("off: compiled code returns NaN", () => {
    expect(grad(withLog)(1)).toBeNaN();
    expect(derivative(withSqrt)(1)).toBeNaN();
  });

  it("reverse mode: the value and the derivative NaN, named with the DSL line", () => {
    debugNans(true);
    const m1 = message(() => grad(withLog)(1));
    expect(m1).toMatch(/log of \(-1\) made its value NaN/);
    expect(m1).toMatch(at("dsl-value"));
    const m2 = message(() => valueAndGrad(withSqrt)(1));
    expect(m2).toMatch(/sqrt of \(0\) made its derivative NaN/);
    expect(m2).toMatch(at("dsl-derivative"));
    const m3 = message(() => grad(withArray)([1, 4, -1]));
    expect(m3).toMatch(/sqrt of \(-1\) made its value NaN/);
    expect(m3).toMatch(at("dsl-array"));
  });

  it("forward mode: the value and the tangent NaN, named with the DSL line", () => {
    debugNans(true);
    const m1 = message(() => derivative(withLog)(1));
    expect(m1).toMatch(/log of \(-1\) made its value NaN \(forward mode\)/);
    expect(m1).toMatch(at("dsl-value"));
    const m2 = message(() => derivative(withSqrt)(1));
    expect(m2).toMatch(/sqrt of \(0\) made its derivative NaN \(forward mode\)/);
    expect(m2).toMatch(at("dsl-derivative"));
  });

  it("a transform made before debugNans(true) reports the NaN of its compiled code", () => {
    const d = derivative(withSqrt);
    debugNans(true);
    expect(() => d(1)).toThrow(/compiled forward-mode code returned NaN.*create it again/);
    expect(derivative(withLog)(4)).toBeCloseTo(Math.log(2) + 4 / 2, 12); // finite results pass
  });
});
