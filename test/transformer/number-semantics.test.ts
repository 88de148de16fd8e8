// An active value is a number to the program: typeof and the library's number predicates
// answer for its primal value instead of seeing the object that carries the derivative.
import { describe, expect, it } from "vitest";
import { derivative, grad } from "typegrad";

describe("number semantics of active values", () => {
  it("typeof an active value is 'number'", () => {
    expect(grad((x: number) => (typeof x === "number" ? x * 2 : 0))(3)).toBe(2);
    expect(derivative((x: number) => (typeof x !== "number" ? 0 : x ** 3))(2)).toBe(12);
  });

  it("Number.isFinite, Number.isNaN, Number.isInteger, isFinite and isNaN look at the primal value", () => {
    expect(grad((x: number) => (Number.isFinite(x) ? x * 3 : 0))(3)).toBe(3);
    expect(grad((x: number) => (Number.isInteger(x) && !Number.isNaN(x) ? x * 5 : x))(2)).toBe(5);
    expect(grad((x: number) => (Number.isInteger(x) ? x * 5 : x))(2.5)).toBe(1);
    expect(grad((x: number) => (isFinite(x) && !isNaN(x) ? x * 4 : 0))(3)).toBe(4);
  });
});
