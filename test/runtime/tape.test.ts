// Explicit recording, custom primitives, composition and printing.
import { describe, expect, it } from "vitest";
import {
  Tape, add, defineFunction, derivative, dual, exp, grad, mul, pipe, primal, sin, square, tangent,
} from "./helpers.js";

describe("Tape", () => {
  it("records operations and sweeps backwards (seed 004)", () => {
    const tape = new Tape();
    const x = tape.variable(0.5);
    const y = square(exp(square(x)));
    // d/dx exp(x²)² = 4x·exp(2x²)
    expect(tape.gradient(y, x)).toBeCloseTo(4 * 0.5 * Math.exp(2 * 0.25), 14);
  });

  it("gives gradients for several variables and stays usable", () => {
    const tape = new Tape();
    const [x0, x1] = [tape.variable(0.6), tape.variable(1.4)];
    const y = mul(sin(x0), add(x0, x1));
    const g = tape.gradient(y, [x0, x1]);
    expect(g[0]).toBeCloseTo(Math.cos(0.6) * 2 + Math.sin(0.6), 14);
    expect(g[1]).toBeCloseTo(Math.sin(0.6), 14);
    const z = mul(y, x1); // recording continues after a gradient
    expect(tape.gradient(z, x1)).toBeCloseTo(Math.sin(0.6) * 1.4 + Math.sin(0.6) * 2, 14);
  });

  it("treats a value not recorded on it as a constant", () => {
    const tape = new Tape();
    const x = tape.variable(2);
    expect(tape.gradient(7, x)).toBe(0);
  });
});

describe("dual, primal, tangent", () => {
  it("carry a tangent through the elementary functions", () => {
    const d = dual(0.5, 1);
    const y = square(exp(square(d)));
    expect(primal(y)).toBeCloseTo(Math.exp(0.5), 15);
    expect(tangent(y)).toBeCloseTo(2 * Math.exp(0.5), 14);
    expect(tangent(3)).toBe(0);
    expect(primal(3)).toBe(3);
  });
});

describe("printing", () => {
  it("shows the primal value in strings, JSON and console output", async () => {
    const d = dual(1.5, 1);
    expect(`${d}`).toBe("1.5");
    expect(String(d)).toBe("1.5");
    expect(JSON.stringify({ d })).toBe('{"d":1.5}');
    const { inspect } = await import("node:util");
    expect(inspect(d)).toBe("1.5");
    const tape = new Tape();
    expect(`${tape.variable(2)}`).toBe("2");
  });
});

describe("defineFunction", () => {
  const cube = defineFunction({
    name: "cube",
    forward: (x: number) => mul(x, mul(x, x)),
    backward: (x: number[], _y: number, dy: number) => [mul(mul(3, square(x[0])), dy)],
  });

  it("works in both modes and at higher order", () => {
    expect(cube(2)).toBe(8);
    expect(grad(cube)(2)).toBe(12);
    expect(derivative(cube)(2)).toBe(12);
    expect(grad(grad(cube))(2)).toBe(12); // 6x
    expect(derivative((x) => grad(cube)(x))(2)).toBe(12);
  });

  it("supports several arguments", () => {
    const hyp = defineFunction({
      name: "hyp",
      forward: (a: number, b: number) => Math.hypot(a, b),
      backward: (x: number[], y: number, dy: number) => [(x[0] / y) * dy, (x[1] / y) * dy],
    });
    expect(grad(hyp)(3, 4)).toEqual([0.6, 0.8]);
  });

  it("rejects a bad definition or call", () => {
    expect(() => defineFunction({ name: "f" } as never)).toThrow(/defineFunction takes/);
    expect(() => (cube as (...a: number[]) => number)(1, 2)).toThrow(/cube takes 1 argument/);
    const bad = defineFunction({ name: "bad", forward: (x: number) => x, backward: () => [] });
    expect(() => grad(bad)(1)).toThrow(/bad's backward must return an array of 1 partial/);
  });
});

describe("pipe", () => {
  it("composes left to right and is differentiable (seed 000)", () => {
    const F = pipe(square, exp, square);
    expect(F(0.5)).toBe(Math.exp(0.25) ** 2);
    expect(grad(F)(0.5)).toBeCloseTo(2 * Math.exp(0.5), 14);
    expect(() => pipe(square, 3 as never)).toThrow(/pipe's argument 1/);
  });
});
