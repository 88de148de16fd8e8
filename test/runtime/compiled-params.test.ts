// The entry into compiled reverse code for matrix, object and data parameters
// (src/runtime/compiled-params.ts): which calls the code takes, and how its results are shaped.
// The compiled code here is written by hand and off by OFF, so each result shows which path
// computed it; the runtime arithmetic (the tape) gives the true gradient.
import { describe, expect, it } from "vitest";
import { reverseResult, withReverse } from "../../src/runtime/compiled.js";
import { fitsKind, isData, parseKinds, readsData, zerosLike } from "../../src/runtime/compiled-params.js";
import { add, grad, mul, valueAndGrad } from "./helpers.js";

const OFF = 1000;
type Rows = (number[] | Float64Array)[];

/** Σ W[i][j]² for a matrix argument, compiled gradient 2·W[i][j] + OFF in rows shaped like W's (zerosLike). */
const sumSquares = withReverse((W: Rows): number => {
  let s: number = 0;
  for (const row of W) for (const v of row) s = add(s, mul(v, v));
  return s;
}, (W) => {
  const rows = W as unknown as Rows, g = zerosLike(rows);
  let s = 0;
  rows.forEach((row, i) => row.forEach((v, j) => {
    s += v * v;
    g[i]![j] = 2 * v + OFF;
  }));
  return reverseResult(s, [g as never]);
}, "m");

/** w·x + b for p = { w, b } and data x (argnums leaves it out), compiled gradient off by OFF. */
const affine = withReverse((p: { w: number[]; b: number }, x: number[]): number => {
  let s: number = p.b;
  p.w.forEach((v, k) => (s = add(s, mul(v, x[k]!))));
  return s;
}, (p, x) => {
  const q = p as unknown as { w: number[]; b: number }, data = x as number[];
  const value = q.w.reduce((s, v, k) => s + v * data[k]!, q.b);
  return reverseResult(value, [{ w: data.map((v) => v + OFF), b: 1 + OFF } as never, 0]);
}, "{w:a,b:n}D");

/**
 * scale·Σ xᵢ² (or Σ |xᵢ| for mode "l1") with the scale, the mode and an options object left out
 * of argnums: kinds "N", "W" and an object of data; compiled gradient off by OFF.
 */
const scaledSum = withReverse((x: number[], scale: number, mode: string, o: { shift: number; on: boolean }): number => {
  let s: number = 0;
  for (const v of x) s = add(s, mode === "l1" ? Math.abs(v as number) : mul(v, v));
  return mul(scale, add(s, o.on ? o.shift : 0));
}, (x, scale, mode, o) => {
  const data = x as unknown as number[], c = scale as unknown as number, q = o as unknown as { shift: number; on: boolean };
  const s = data.reduce((t, v) => t + (mode === "l1" ? Math.abs(v) : v * v), 0);
  return reverseResult(c * (s + (q.on ? q.shift : 0)), [data.map((v) => c * (mode === "l1" ? Math.sign(v) : 2 * v) + OFF), 0, 0, 0]);
}, "aNW{shift:N,on:W}");

describe("parameter kinds", () => {
  it("parses kinds strings, nested objects included", () => {
    expect(parseKinds("nam")).toEqual(["n", "a", "m"]);
    expect(parseKinds("{w:a,b:n}D")).toEqual([{ fields: [["w", "a"], ["b", "n"]] }, "D"]);
    expect(parseKinds("n{W:m}")).toEqual(["n", { fields: [["W", "m"]] }]);
  });

  it("checks each kind of argument", () => {
    expect(fitsKind("m", [[1, 2], new Float64Array(3), []])).toBe(true);
    expect(fitsKind("m", [[1, "2"]])).toBe(false);
    expect(fitsKind("m", [1, 2])).toBe(false);
    expect(fitsKind("D", [[[1]], [2, 3]])).toBe(true);
    const cyclic: unknown[] = [];
    cyclic.push(cyclic);
    expect(fitsKind("D", cyclic)).toBe(false);
    const object = parseKinds("{w:a,b:n}")[0]!;
    expect(fitsKind(object, { b: 1, w: [2] })).toBe(true);
    expect(fitsKind(object, { w: [2] })).toBe(false);
    expect(fitsKind(object, { w: [2], b: 1, c: 3 })).toBe(false);
    expect(fitsKind(object, Object.assign(Object.create({ w: [2] }), { b: 1, c: 0 }))).toBe(false);
  });

  it("reads numbers, strings, booleans and objects of those left out of argnums as data", () => {
    const [, n, w, o] = parseKinds("aNW{shift:N,on:W}");
    expect([n, w]).toEqual(["N", "W"]);
    expect(fitsKind(n!, 2)).toBe(true);
    expect(fitsKind(n!, "2")).toBe(false);
    expect(fitsKind(w!, "l1") && fitsKind(w!, false)).toBe(true);
    expect(fitsKind(o!, { on: true, shift: 1 })).toBe(true);
    expect(fitsKind(o!, { on: true, shift: "1" })).toBe(false);
    expect(fitsKind(o!, { on: true })).toBe(false);
    expect([isData(n!), isData(w!), isData(o!), isData(parseKinds("{w:a,b:N}")[0]!)]).toEqual([true, true, true, false]);
    expect([readsData("aW"), readsData("a{w:a,b:n}"), readsData("na")]).toEqual([true, false, false]);
  });

  it("makes zeros shaped like rows of either kind", () => {
    const z = zerosLike([[1, 2], new Float64Array(3)]);
    expect(z[0]).toEqual([0, 0]);
    expect(z[1]).toBeInstanceOf(Float64Array);
    expect(Array.from(z[1]!)).toEqual([0, 0, 0]);
  });
});

describe("the entry into compiled code of matrices, objects and data", () => {
  it("calls the code for a matrix, its gradient rows of the argument's kinds", () => {
    const g = grad(sumSquares)([[1, 2], Float64Array.of(3)]);
    expect(g[0]).toEqual([2 + OFF, 4 + OFF]);
    expect(g[1]).toBeInstanceOf(Float64Array);
    expect(Array.from(g[1]!)).toEqual([6 + OFF]);
    expect(valueAndGrad(sumSquares)([[1, 2]])).toEqual([5, [[2 + OFF, 4 + OFF]]]);
  });

  it("runs the tape for arguments that are not matrices of numbers", () => {
    // rows that are numbers: the function's own error, as on the tape
    expect(() => grad(sumSquares)([1, 2] as never)).toThrow(/not iterable/);
    expect(() => grad(sumSquares)([[1, "2"]] as never)).toThrow(/string/);
    expect(() => grad(sumSquares)([[1, 2]], [3] as never)).not.toThrow();
    expect((grad(sumSquares) as (...a: unknown[]) => unknown)([[1, 2]], [3])).toEqual([[[2, 4]], [0]]);
  });

  it("gives an object gradient keyed in the argument's order, array kinds as the argument's", () => {
    const chosen = grad(affine, { argnums: 0 });
    const g = chosen({ b: 0.5, w: Float64Array.of(1, 2) as unknown as number[] }, [3, 4]);
    expect(Object.keys(g)).toEqual(["b", "w"]);
    expect(g.b).toBe(1 + OFF);
    expect(g.w).toBeInstanceOf(Float64Array);
    expect(Array.from(g.w)).toEqual([3 + OFF, 4 + OFF]);
    expect(valueAndGrad(affine, { argnums: 0 })({ w: [1, 2], b: 0.5 }, [3, 4])).toEqual([11.5, { w: [3 + OFF, 4 + OFF], b: 1 + OFF }]);
  });

  it("never hands out the gradient of data: asking for it, or for every argument, runs the tape", () => {
    const p = { w: [1, 2], b: 0.5 }, x = [3, 4];
    expect(grad(affine, { argnums: 1 })(p, x)).toEqual([1, 2]);
    expect(grad(affine, { argnums: [0, 1] })(p, x)).toEqual([{ w: [3, 4], b: 1 }, [1, 2]]);
    expect(grad(affine)(p, x)).toEqual([{ w: [3, 4], b: 1 }, [1, 2]]);
    // an object with another field, or data that is not numbers: the tape
    expect(grad(affine, { argnums: 0 })({ ...p, c: 1 } as never, x)).toEqual({ w: [3, 4], b: 1, c: 0 });
  });

  it("calls the code for numbers, strings and objects left out of argnums; the tape otherwise, with its errors", () => {
    const x = [1, -2], o = { shift: 0.5, on: true };
    const chosen = grad(scaledSum, { argnums: 0 });
    expect(chosen(x, 3, "l2", o)).toEqual([6 + OFF, -12 + OFF]);
    expect(chosen(x, 3, "l1", o)).toEqual([3 + OFF, -3 + OFF]);
    expect(valueAndGrad(scaledSum, { argnums: [0] })(x, 2, "l1", o)).toEqual([7, [[2 + OFF, -2 + OFF]]]);
    // a string where the number is: the tape's own error
    expect(() => chosen(x, "3" as never, "l2", o)).toThrow(/mul expects numbers, Vars or Duals; got the string "3"/);
    // an options object with a field missing or another one: the tape
    expect(chosen(x, 3, "l2", { on: false } as never)).toEqual([6, -12]);
    expect(chosen(x, 3, "l2", { ...o, extra: 1 } as never)).toEqual([6, -12]);
    // asking for the gradient of what the code reads as data, or plain grad: the tape
    expect(grad(scaledSum, { argnums: 1 })(x, 3, "l2", o)).toBe(5.5);
    expect(() => grad(scaledSum)(x, 3, "l2", o)).toThrow(/argument 2 must be a number, an array, a Float64Array or a plain object of numbers; got the string "l2"/);
  });
});
