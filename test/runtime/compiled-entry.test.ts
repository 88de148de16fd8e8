// The call path into compiled code (src/runtime/compiled-entry.ts, forward.ts): `grad`,
// `valueAndGrad`, `derivative` and `jvp` call the compiled code attached to a function when the
// call fits it, and run the tape or the Dual runtime — with their checks and messages —
// when it does not. The compiled code here is written by hand and deliberately off by 1000, so
// each result shows which path computed it; the runtime arithmetic gives the true derivative.
import { afterEach, describe, expect, it } from "vitest";
import { derivativeResult, forwardResult, reverseResult, withForward, withReverse } from "../../src/runtime/compiled.js";
import { add, debugNans, derivative, grad, jvp, mul, sin, valueAndGrad } from "./helpers.js";

const OFF = 1000;

/** x² + 3y, with compiled code whose gradient is off by OFF. */
const two = withReverse((x: number, y: number): number => add(mul(x, x), mul(3, y)),
  (x, y) => reverseResult((x as number) ** 2 + 3 * (y as number), [2 * (x as number) + OFF, 3 + OFF]), "nn");
/** sin(x), off by OFF. */
const one = withReverse((x: number): number => sin(x), (x) => reverseResult(Math.sin(x as number), [Math.cos(x as number) + OFF]), "n");
/** x·y·z, off by OFF. */
const three = withReverse((x: number, y: number, z: number): number => mul(mul(x, y), z),
  (x, y, z) => {
    const [a, b, c] = [x, y, z] as number[];
    return reverseResult(a * b * c, [b * c + OFF, a * c + OFF, a * b + OFF]);
  }, "nnn");
/** x·y + z·w, off by OFF. */
const four = withReverse((x: number, y: number, z: number, w: number): number => add(mul(x, y), mul(z, w)),
  (x, y, z, w) => {
    const [a, b, c, d] = [x, y, z, w] as number[];
    return reverseResult(a * b + c * d, [b + OFF, a + OFF, d + OFF, c + OFF]);
  }, "nnnn");
/** Σ xᵢ², off by OFF, its gradient a number[] (its parameter typed so). */
const squares = withReverse((x: number[]): number => x.reduce((s: number, v) => add(s, mul(v, v)), 0),
  (x) => {
    const v = x as number[];
    return reverseResult(v.reduce((s, e) => s + e * e, 0), [v.map((e) => 2 * e + OFF)]);
  }, "a");
/** s·Σ xᵢ, off by OFF: a mixed signature takes the general entry. */
const scaled = withReverse((x: number[], s: number): number => mul(s, x.reduce((t: number, v) => add(t, v), 0)),
  (x, s) => {
    const v = x as number[], k = s as number, sum = v.reduce((t, e) => t + e, 0);
    return reverseResult(k * sum, [v.map(() => k + OFF), sum + OFF]);
  }, "an");

afterEach(() => debugNans(false));

describe("the entry into compiled reverse code", () => {
  it("calls the compiled code for plain numbers, one to four of them", () => {
    expect(grad(one)(0.5)).toBe(Math.cos(0.5) + OFF);
    expect(grad(two)(2, 5)).toEqual([4 + OFF, 3 + OFF]);
    expect(grad(three)(2, 3, 4)).toEqual([12 + OFF, 8 + OFF, 6 + OFF]);
    expect(grad(four)(1, 2, 3, 4)).toEqual([2 + OFF, 1 + OFF, 4 + OFF, 3 + OFF]);
    expect(valueAndGrad(one)(0.5)).toEqual([Math.sin(0.5), Math.cos(0.5) + OFF]);
    expect(valueAndGrad(two)(2, 5)).toEqual([19, [4 + OFF, 3 + OFF]]);
    expect(valueAndGrad(four)(1, 2, 3, 4)).toEqual([14, [2 + OFF, 1 + OFF, 4 + OFF, 3 + OFF]]);
  });

  it("calls it for arrays, giving the gradient the kind of the argument", () => {
    expect(grad(squares)([1, 2])).toEqual([2 + OFF, 4 + OFF]);
    const typed = grad(squares)(Float64Array.of(1, 2) as unknown as number[]);
    expect(typed).toBeInstanceOf(Float64Array);
    expect(Array.from(typed as unknown as Float64Array)).toEqual([2 + OFF, 4 + OFF]);
    expect(valueAndGrad(squares)([1, 2])).toEqual([5, [2 + OFF, 4 + OFF]]);
    expect(grad(scaled)([1, 2], 3)).toEqual([[3 + OFF, 3 + OFF], 3 + OFF]);
    const mixed = grad(scaled)(Float64Array.of(1, 2) as unknown as number[], 3) as unknown as [Float64Array, number];
    expect(mixed[0]).toBeInstanceOf(Float64Array);
  });

  it("runs the tape for calls the compiled code does not fit", () => {
    // another argument count: the tape differentiates every argument it was given
    expect((grad(two) as (...a: number[]) => unknown)(2, 5, 7)).toEqual([4, 3, 0]);
    expect((grad(one) as (...a: number[]) => unknown)(0.5, 1)).toEqual([Math.cos(0.5), 0]);
    // an array where a number was compiled, a number where an array was
    expect(grad((x: number[]) => mul(x[0], x[1]))([2, 3])).toEqual([3, 2]);
    expect(() => grad(one)([0.5] as unknown as number)).toThrow(/grad/);
    // an array holding something other than numbers: the tape's message
    expect(() => grad(squares)([1, "2"] as unknown as number[])).toThrow(/string/);
    expect(() => grad(two)(2, "5" as unknown as number)).toThrow(/string/);
  });

  it("runs the tape for values of an enclosing transform", () => {
    // d/dx of ∂(x² + 3y)/∂x = 2: the inner gradient is taken of a Var
    expect(grad((x: number) => grad(two)(x, 1)[0])(2)).toBe(2);
    expect(grad((x: number) => grad(one)(x))(0.5)).toBeCloseTo(-Math.sin(0.5), 15);
    expect(grad((x: number) => grad(squares)([x, 1])[0])(3)).toBe(2);
    expect(grad((s: number) => grad(scaled)([1, 2], s)[0][0])(3)).toBe(1);
  });

  it("runs the tape while debugNans is on, even for a transform made before", () => {
    const g = grad(two), vg = valueAndGrad(squares);
    debugNans(true);
    expect(g(2, 5)).toEqual([4, 3]);
    expect(vg([1, 2])).toEqual([5, [2, 4]]);
    debugNans(false);
    expect(g(2, 5)).toEqual([4 + OFF, 3 + OFF]);
  });

  it("computes a NaN value again on the tape, and an array gradient longer than its argument", () => {
    // compiled code whose value is NaN (as after reading past an array's end), off by OFF: the tape's gradient comes back
    const nanOne = withReverse((x: number): number => sin(x), (x) => reverseResult(NaN, [Math.cos(x as number) + OFF]), "n");
    expect(grad(nanOne)(0.5)).toBe(Math.cos(0.5));
    expect(valueAndGrad(nanOne)(0.5)).toEqual([Math.sin(0.5), Math.cos(0.5)]);
    const nanTwo = withReverse((x: number, y: number): number => add(mul(x, x), mul(3, y)), () => reverseResult(NaN, [OFF, OFF]), "nn");
    expect(grad(nanTwo)(2, 5)).toEqual([4, 3]);
    const nanThree = withReverse((x: number, y: number, z: number): number => mul(mul(x, y), z), () => reverseResult(NaN, [OFF, OFF, OFF]), "nnn");
    expect(grad(nanThree)(2, 3, 4)).toEqual([12, 8, 6]);
    const nanFour = withReverse((x: number, y: number, z: number, w: number): number => add(mul(x, y), mul(z, w)), () => reverseResult(NaN, [OFF, OFF, OFF, OFF]), "nnnn");
    expect(grad(nanFour)(1, 2, 3, 4)).toEqual([2, 1, 4, 3]);
    const sum = (x: number[]): number => x.reduce((t: number, v) => add(t, mul(v, v)), 0);
    // a gradient one longer than x, as `x_a[i + 1] += …` leaves a number[], with a finite value
    const longer = withReverse(sum, (x) => reverseResult(5, [[...(x as number[]).map(() => OFF), OFF]]), "a");
    expect(grad(longer)([1, 2])).toEqual([2, 4]);
    const nanMixed = withReverse((x: number[], s: number): number => mul(s, sum(x)), () => reverseResult(NaN, [[OFF, OFF], OFF]), "an");
    expect(grad(nanMixed)([1, 2], 3)).toEqual([[6, 12], 5]);
    expect(grad(nanMixed, { argnums: 1 })([1, 2], 3)).toBe(5);
    // a NaN of the function's own: the tape gives the same NaN
    const own = withReverse((x: number): number => mul(x, NaN), () => reverseResult(NaN, [NaN]), "n");
    expect(grad(own)(2)).toBeNaN();
  });
});

/** x²·y, with compiled forward code whose tangent is off by OFF. */
const fwd = withForward((x: number, y: number): number => mul(mul(x, x), y),
  (x, xt, y, yt) => forwardResult(x * x * y, 2 * x * y * xt + x * x * yt + OFF));
/** x³, off by OFF. */
const cube = withForward((x: number): number => mul(mul(x, x), x), (x, xt) => forwardResult(x * x * x, 3 * x * x * xt + OFF));

describe("the entry into compiled forward code", () => {
  it("derivative calls it for one number and runs Duals otherwise", () => {
    expect(derivative(cube)(2)).toBe(12 + OFF);
    expect((derivative(cube) as (...a: number[]) => unknown)(2, 5)).toEqual([12, 0]);
    expect(() => derivative(cube)("2" as unknown as number)).toThrow(/takes one number/);
    expect(derivative((x: number) => derivative(cube)(x))(2)).toBe(12); // d/dx 3x² through Duals
  });

  it("derivative prefers the derivative code (seeded with 1) when there is one; jvp keeps the forward code", () => {
    // x³ with forward code off by OFF and derivative code off by 2·OFF: each result names its path.
    const both = withForward((x: number): number => mul(mul(x, x), x),
      (x, xt) => forwardResult(x * x * x, 3 * x * x * xt + OFF), (x) => derivativeResult(x * x * x, 3 * x * x + 2 * OFF));
    expect(derivative(both)(2)).toBe(12 + 2 * OFF);
    expect(jvp(both, [2], [1])).toEqual([8, 12 + OFF]);
    expect((derivative(both) as (...a: number[]) => unknown)(2, 5)).toEqual([12, 0]);
    expect(() => (derivative(both) as (...a: number[]) => unknown)()).toThrow(/derivative was called with no arguments/);
    expect(() => derivative(both)("2" as unknown as number)).toThrow(/takes one number/);
    expect(derivative(both, { argnums: 0 })(2)).toBe(12); // options: Duals
    expect(derivative((x: number) => derivative(both)(x))(2)).toBe(12); // nested: d/dx 3x² through Duals
    debugNans(true);
    expect(derivative(both)(2)).toBe(12); // made while debugNans is on: Duals
    debugNans(false);
  });

  it("computes a NaN value or tangent again on the Duals", () => {
    const nanCube = withForward((x: number): number => mul(mul(x, x), x), (x, xt) => forwardResult(NaN, 3 * x * x * xt + OFF));
    expect(derivative(nanCube)(2)).toBe(12);
    expect(jvp(nanCube, [2], [1])).toEqual([8, 12]);
    const nanFwd = withForward((x: number, y: number): number => mul(mul(x, x), y), () => forwardResult(12, NaN));
    expect(jvp(nanFwd, [2, 3], [1, 0])).toEqual([12, 12]);
    const nanThree = withForward((x: number, y: number, z: number): number => mul(mul(x, y), z), () => forwardResult(NaN, OFF));
    expect(jvp(nanThree, [2, 3, 4], [1, 0, 0])).toEqual([24, 12]);
    // derivative code whose value is NaN: its tangent is not trusted either
    const seeded = withForward((x: number): number => mul(mul(x, x), x), (x, xt) => forwardResult(x * x * x, 3 * x * x * xt + OFF), () => derivativeResult(NaN, OFF));
    expect(derivative(seeded)(2)).toBe(12);
  });

  it("derivative code reports a NaN while debugNans is on, as forward code does", () => {
    const nan = withForward((x: number): number => mul(x, x), (x, xt) => forwardResult(x * x, 2 * x * xt), () => derivativeResult(1, NaN));
    const d = derivative(nan);
    expect(d(2)).toBe(4); // a NaN from compiled code is computed again on the Duals (compiled-bounds.test.ts)
    debugNans(true);
    expect(() => d(2)).toThrow(/compiled forward-mode code returned NaN/);
    debugNans(false);
  });

  it("jvp calls it for numbers without options and runs Duals otherwise", () => {
    expect(jvp(fwd, [2, 3], [1, 0])).toEqual([12, 12 + OFF]);
    expect(jvp(cube, [2], [1])).toEqual([8, 12 + OFF]);
    expect(jvp(fwd, [2, 3], [1], { argnums: 0 })).toEqual([12, 12]);
    expect(() => jvp(fwd, [2, 3], [1] as never)).toThrow(/2 primals but 1 tangents/);
    expect(() => jvp(fwd, [2, 3] as never, 1 as never)).toThrow(/takes arrays/);
    expect(() => jvp(fwd, [2, 3], [1, 0], 5 as never)).toThrow(/options must be an object/);
    expect(() => jvp(5 as never, [2], [1])).toThrow(/expects a function/);
    expect(jvp(fwd, [2, 3, 4] as never, [1, 0, 0] as never)).toEqual([12, 12]); // another count: Duals
  });
});
