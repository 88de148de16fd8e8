// Program functions reached from differentiable code: across files and imports, each gets a
// differentiable twin, while plain-number callers keep the original, untouched function.
import { describe, expect, it } from "vitest";
import { defineFunction, derivative, grad, pipe, Tape, valueAndGrad, type Var } from "typegrad";
import softsign, { Affine, chain, cube, horner, weightedSquares } from "./fixtures/helpers.js";
import * as helpers from "./fixtures/helpers.js";
import { expectClose } from "../numeric.js";

function local(x: number): number {
  return x * x * x;
}

describe("twins of program functions", () => {
  it("an imported helper with a loop and a default parameter", () => {
    expect(grad((xs: number[]) => weightedSquares(xs))([1, 2, 3])).toEqual([2, 8, 18]);
    expect(grad((xs: number[]) => weightedSquares(xs, 2))([1, 2, 3])).toEqual([2, 8, 0]);
  });

  it("a recursive arrow helper (Horner)", () => {
    const c = [1, -2, 3];
    expect(derivative((x: number) => horner(c, x))(2)).toBe(-2 + 2 * 3 * 2);
  });

  it("helpers that call helpers, through a namespace import and a default import", () => {
    expect(grad((x: number) => chain(x) + helpers.chain(x))(1.5)).toBe(2 * 2 * 1.5);
    expect(grad((x: number) => softsign(x) + cube(x))(2)).toBeCloseTo(1 / 9 + 12, 14);
  });

  it("a named function handed to grad, and through pipe", () => {
    expect(grad(local)(2)).toBe(12);
    // (x³)³ = x⁹ → 9x⁸
    expect(valueAndGrad(pipe(local, local))(2)).toEqual([512, 9 * 256]);
  });

  it("plain callers run the original native function", () => {
    expect(local(2)).toBe(8);
    expect(weightedSquares([1, 2])).toBe(9);
    expect(local.toString()).not.toContain("typegrad");
    expect(weightedSquares.toString()).not.toContain("typegrad");
    expect(Object.keys(helpers)).toContain("weightedSquares$ad");
    // The twin is not in the declared types: it exists only in emitted code.
    expect(String((helpers as Record<string, unknown>)["weightedSquares$ad"])).toMatch(/\.add\(s, /);
  });

  it("a class from another file used with active values", () => {
    const f = (w: number, b: number) => {
      const m = new Affine(w, b);
      return m.apply(3) * m.slope;
    };
    // (3w + b)w → ∂w = 6w + b, ∂b = w
    expect(grad(f)(2, 1)).toEqual([13, 2]);
  });
});

describe("typed seeds: Var and Dual", () => {
  it("functions typed Var are rewritten in place and taped", () => {
    function energy(x: Var, y: Var): Var {
      let e: Var = 0;
      e += x * x + 3 * x * y;
      return e;
    }
    const tape = new Tape();
    const x = tape.variable(2);
    const y = tape.variable(-1);
    const e = energy(x, y);
    expect(tape.gradient(e, [x, y])).toEqual([2 * 2 + 3 * -1, 3 * 2]);
  });

  it("defineFunction's forward and backward are differentiable code", () => {
    const cubed = defineFunction({
      name: "cubed",
      forward: (x: number) => x * x * x,
      backward: (x: number[], _y: number, dy: number) => [3 * x[0]! * x[0]! * dy],
    });
    expect(grad((x: number) => cubed(x) * 2)(2)).toBe(24);
    // forward over the backward rule: (x³)'' = 6x
    expect(derivative(derivative((x: number) => cubed(x)))(2)).toBe(12);
  });

  it("nested derivatives without perturbation confusion", () => {
    expect(derivative((x: number) => x * derivative((y: number) => x + y)(1))(1)).toBe(1);
    expectClose(derivative((x: number) => x * grad((y: number) => x * y * y)(2))(3), 2 * 4 * 3, 1e-12);
  });
});
