// Active values passed to code outside the program (lib.d.ts, libraries): where the call's
// result cannot carry a derivative (comparisons, lookups, logging) the library gets the plain
// number, so the branch taken is the plain program's. Expected values are what the plain
// program computes (derivative 0 on a constant branch, 1 on `x`).
import { describe, expect, it, vi } from "vitest";
import { derivative, grad, valueAndGrad } from "typegrad";
import * as z from "./fixtures/schema-like.js";

describe("active values crossing into library code", () => {
  it("Array.includes compares the number", () => {
    expect(valueAndGrad((x: number) => ([1, 2, 3].includes(x) ? 0 : x))(3)).toEqual([0, 0]);
    expect(valueAndGrad((x: number) => ([1, 2, 3].includes(x) ? 0 : x))(4)).toEqual([4, 1]);
    expect(derivative((x: number) => ([1, 2, 3].includes(x) ? 0 : x * x))(3)).toBe(0);
  });

  it("Set.has and Map.get look the number up", () => {
    const seen = new Set([1, 2, 3]);
    const table = new Map([[3, 7]]);
    expect(valueAndGrad((x: number) => (seen.has(x) ? 0 : x))(3)).toEqual([0, 0]);
    expect(valueAndGrad((x: number) => (table.get(x) ?? 0) * x)(3)).toEqual([21, 7]);
    expect(valueAndGrad((x: number) => (table.has(x) ? 2 * x : x))(3)).toEqual([6, 2]);
    expect(valueAndGrad((x: number) => (table.get(x) ?? 1) * x)(4)).toEqual([4, 1]);
  });

  it("a Map key set and read in differentiated code is the number both times", () => {
    const f = (x: number) => {
      const m = new Map<number, number>();
      m.set(x, 5);
      return (m.get(x) ?? 0) * x;
    };
    expect(valueAndGrad(f)(2)).toEqual([10, 5]);
  });

  it("a memoising cache filled in differentiated code still differentiates after a plain call", () => {
    const cache = new Map<number, number>();
    const memo = (x: number) => {
      const hit = cache.get(x);
      if (hit !== undefined) return hit;
      const y = x * x * x;
      cache.set(x, y);
      return y;
    };
    expect(memo(2)).toBe(8); // a plain call fills the cache for 2
    expect(valueAndGrad(memo)(2)).toEqual([8, 12]);
  });

  it("indexOf and lastIndexOf find the number", () => {
    expect(valueAndGrad((x: number) => [1, 2, 3].indexOf(x) * x)(3)).toEqual([6, 2]);
    expect(valueAndGrad((x: number) => [3, 1, 3].lastIndexOf(x) * x)(3)).toEqual([6, 2]);
    expect(valueAndGrad((x: number) => [1, 2].indexOf(x) * x)(5)).toEqual([-5, -1]);
  });

  it("an array holding active values is searched by its numbers", () => {
    const f = (xs: number[]) => {
      const ys = xs.map((v) => v * 2);
      return (ys.includes(4) ? 10 : 1) * xs[0]! + ys.indexOf(xs[1]! * 2) * xs[1]! + (ys.lastIndexOf(6) === -1 ? 0 : xs[0]!);
    };
    // ys = [4, 6]: includes(4) → 10·x0; indexOf(6) = 1 → 1·x1; lastIndexOf(6) = 1 → + x0.
    expect(valueAndGrad(f)([2, 3])).toEqual([25, [11, 1]]);
    // ys = [2, 10]: 1·x0 + 1·x1 + 0.
    expect(valueAndGrad(f)([1, 5])).toEqual([6, [1, 1]]);
  });

  it("Object.is, Array.isArray, JSON.stringify and String see the number", () => {
    expect(valueAndGrad((x: number) => (Object.is(x, 3) ? 0 : x))(3)).toEqual([0, 0]);
    expect(valueAndGrad((x: number) => (Array.isArray(x) ? 0 : x))(3)).toEqual([3, 1]);
    expect(valueAndGrad((x: number) => (JSON.stringify(x) === "3" ? 2 * x : x))(3)).toEqual([6, 2]);
    expect(valueAndGrad((x: number) => String(x).length * x)(2.5)).toEqual([7.5, 3]);
  });

  it("console.log prints the number", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      expect(valueAndGrad((x: number) => {
        console.log("x is", x);
        return x * 2;
      })(3)).toEqual([6, 2]);
      expect(log).toHaveBeenCalledWith("x is", 3);
    } finally {
      log.mockRestore();
    }
  });

  it("a library check read only through a boolean (a zod-like schema's safeParse(x).success) sees the number", () => {
    const schema = z.number().int();
    expect(valueAndGrad((x: number) => (schema.safeParse(x).success ? x * x : x))(3)).toEqual([9, 6]);
    expect(valueAndGrad((x: number) => (z.number().max(2).safeParse(x).success ? x * x : x))(3)).toEqual([3, 1]);
  });

  it("library routes that carry the value on still differentiate: push, concat, map, reduce, Set.add", () => {
    const f = (xs: number[]) => {
      const out: number[] = [];
      for (const x of xs) out.push(x * x);
      const all = out.concat([xs[0]!]);
      return all.map((v) => v * 2).reduce((a, b) => a + b, 0);
    };
    expect(grad(f)([1, 2])).toEqual([6, 8]);
    const g = (x: number) => [...new Set([x, 2 * x])].reduce((a, b) => a + b, 0);
    expect(valueAndGrad(g)(1.5)).toEqual([4.5, 3]);
  });
});
