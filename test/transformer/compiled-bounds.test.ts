// Compiled code reads arrays without bounds checks, so an element read past an array's end
// (`x[i + 1]` at the last i, module data `DATA[i + 1]`) gives undefined and then NaN. Every
// transform's entry into compiled code computes a NaN result again on the tape (or the Duals),
// which throws naming the operation that got undefined — as the same function does on the tape —
// and gives the same numbers where the NaN is the function's own.
import { afterEach, describe, expect, it } from "vitest";
import { debugNans, derivative, grad, hessian, hvp, jacfwd, jacobian, jacrev, jvp, valueAndGrad, vjp } from "typegrad";

/** Σ xᵢ·xᵢ₊₁ with the last i reading past the end. */
const pastEnd = (x: number[]): number => {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * x[i + 1];
  return s;
};
/** The same loop kept in range: gradient (x₁, x₀ + x₂, …, xₙ₋₂). */
const inRange = (x: number[]): number => {
  let s = 0;
  for (let i = 0; i + 1 < x.length; i++) s += x[i] * x[i + 1];
  return s;
};
const pair = (x: number[]): number => x[0] * x[1];
const DATA = [1, 2, 3];
/** Module data read past its end. */
const scaled = (x: number): number => {
  let s = 0;
  for (let i = 0; i < 3; i++) s += x * DATA[i + 1];
  return s;
};
const scaled2 = (x: number, y: number): number => x * DATA[3] + y;
const rows = (x: number[]): number[] => [x[0] * x[1], x[2] * x[0]];
/** NaN of its own below 0: compiled code and the tape give the same NaN, no error. */
const root = (x: number): number => Math.sqrt(x) * 2;

const PAST_END = /expects numbers, Vars or Duals; got undefined \(an element read past an array's end/;

afterEach(() => debugNans(false));

describe("compiled code reading past an array's end throws as the tape does", () => {
  it("grad, valueAndGrad, hvp, hessian of a function of an array", () => {
    for (const x of [[1, 2, 3], Float64Array.of(1, 2, 3) as unknown as number[]]) {
      expect(() => grad(pastEnd)(x)).toThrow(PAST_END);
      expect(() => valueAndGrad(pastEnd)(x)).toThrow(PAST_END);
      expect(() => hvp(pastEnd, x, [1, 0, 0])).toThrow(PAST_END);
      expect(() => hessian(pastEnd)(x)).toThrow(PAST_END);
    }
    expect(() => grad(pair)([])).toThrow(PAST_END);
    expect(() => grad(pair)([2])).toThrow(PAST_END);
    // the tape's own error is the same one
    debugNans(true);
    expect(() => grad(pastEnd)([1, 2, 3])).toThrow(PAST_END);
  });

  it("grad, derivative, jvp of functions of numbers reading module data past its end", () => {
    expect(() => grad(scaled)(2)).toThrow(PAST_END);
    expect(() => derivative(scaled)(2)).toThrow(PAST_END);
    expect(() => jvp(scaled, [2], [1])).toThrow(PAST_END);
    expect(() => jvp(scaled2, [2, 1], [1, 0])).toThrow(PAST_END);
    expect(() => grad(scaled2)(2, 1)).toThrow(PAST_END);
  });

  it("jacfwd, jacrev, jacobian, vjp of a vector function", () => {
    expect(() => jacfwd(rows)([1, 2])).toThrow(PAST_END);
    expect(() => jacrev(rows)([1, 2])).toThrow(PAST_END);
    expect(() => jacobian(rows)([1, 2])).toThrow(PAST_END);
    expect(() => vjp(rows, [1, 2])).toThrow(PAST_END);
  });

  it("in range, the same functions give their closed forms", () => {
    expect(grad(inRange)([1, 2, 3, 4])).toEqual([2, 1 + 3, 2 + 4, 3]);
    expect(grad(pair)([2, 5])).toEqual([5, 2]);
    expect(derivative((x: number) => x * DATA[2])(4)).toBe(3);
    expect(jvp((x: number, y: number) => x * DATA[2] + y, [2, 1], [1, 0])).toEqual([7, 3]);
    expect(jacrev(rows)([1, 2, 3])).toEqual([[2, 1, 0], [3, 0, 1]]);
    expect(jacfwd(rows)([1, 2, 3])).toEqual([[2, 1, 0], [3, 0, 1]]);
    expect(Array.from(hvp(inRange, [1, 2, 3], [1, 0, 0]))).toEqual([0, 1, 0]);
  });

  it("a NaN of the function's own is the same NaN as the tape's, with no error", () => {
    expect(grad(root)(-1)).toBeNaN();
    expect(derivative(root)(-1)).toBeNaN();
    const [value, tangent] = jvp(root, [-1], [1]);
    expect(value).toBeNaN();
    expect(tangent).toBeNaN();
    expect(grad(root)(4)).toBe(0.5);
    debugNans(false);
    expect(valueAndGrad(root)(-4)).toEqual([NaN, NaN]);
  });
});
