// Traced graphs (seeds 001/002) and the gradient checker.
import { describe, expect, it } from "vitest";
import { add, checkGrads, cos, defineFunction, exp, mul, numericalGrad, sin, sqrt, square, sub, trace } from "./helpers.js";

const f = (x0: number, x1: number) => mul(sin(x0), add(x0, x1));

describe("trace", () => {
  it("records seed 002's Wengert list", () => {
    const g = trace(f, 0.6, 1.4);
    expect(g.nodes.map((n) => [n.op, n.inputs])).toEqual([
      ["inp", []],
      ["inp", []],
      ["sin", [0]],
      ["add", [0, 1]],
      ["mul", [2, 3]],
    ]);
    expect(g.nodes[4].value).toBe(Math.sin(0.6) * 2);
  });

  it("replays values and gradients on new inputs without re-running the function", () => {
    let calls = 0;
    const g = trace((a: number, b: number) => {
      calls++;
      return f(a, b);
    }, 0.6, 1.4);
    const [v, grad] = g.valueAndGrad(1.1, -0.3) as [number, number[]];
    expect(calls).toBe(1);
    expect(v).toBe(Math.sin(1.1) * (1.1 - 0.3));
    expect(grad[0]).toBeCloseTo(Math.cos(1.1) * 0.8 + Math.sin(1.1), 14);
    expect(grad[1]).toBeCloseTo(Math.sin(1.1), 14);
    expect(g.evaluate(2, 3)).toBe(Math.sin(2) * 5);
    expect(g.grad(2, 3)).toEqual([Math.cos(2) * 5 + Math.sin(2), Math.sin(2)]);
  });

  it("keeps constants and custom primitives", () => {
    const twice = defineFunction({ name: "twice", forward: (x: number) => 2 * x, backward: (_x, _y, dy) => [2 * dy] });
    const g = trace((x: number) => add(twice(x), 3), 1);
    expect(g.nodes.map((n) => n.op)).toEqual(["inp", "twice", "const", "add"]);
    expect(g.valueAndGrad(5)).toEqual([13, 2]);
  });

  it("exports the expression graph as dot", () => {
    const dot = trace(f, 0.6, 1.4).toDot();
    expect(dot).toMatch(/^digraph typegrad \{/);
    expect(dot).toContain('n2 [label="sin\\n0.564642"');
    // Edges carry the operand position and the local partial: ∂(a·b)/∂a = b = 2, ∂/∂b = a = sin 0.6.
    expect(dot).toContain('n2 -> n4 [label="#0: ∂ 2"];');
    expect(dot).toContain(`n3 -> n4 [label="#1: ∂ ${Number(Math.sin(0.6).toPrecision(6))}"];`);
    expect(dot).toContain(`n0 -> n2 [label="∂ ${Number(Math.cos(0.6).toPrecision(6))}"];`);
  });

  it("rejects inputs of another shape", () => {
    const g = trace(f, 0.6, 1.4);
    // @ts-expect-error the types already refuse one argument; the run-time check is for JavaScript callers
    expect(() => g.evaluate(1)).toThrow(/takes 2 argument/);
  });
});

describe("numericalGrad", () => {
  it("is the central difference with step 1e-4, shaped like grad", () => {
    const h = 1e-4;
    const F = (x: number) => square(exp(square(x)));
    const expected = (F(0.5 + h) - F(0.5 - h)) / (2 * h);
    expect(numericalGrad(F, 0.5)).toBe(expected);
    const g = numericalGrad(f, 0.6, 1.4);
    expect(g[0]).toBeCloseTo(Math.cos(0.6) * 2 + Math.sin(0.6), 7);
  });
});

describe("checkGrads", () => {
  it("passes on correct derivatives, to second order", () => {
    expect(() => checkGrads(f, [0.6, 1.4], { order: 2 })).not.toThrow();
    expect(() => checkGrads((x: number[]) => [mul(x[0], x[1]), cos(x[1])], [[0.3, 0.9]], { order: 2 })).not.toThrow();
  });

  it("reports every disagreeing entry of a wrong rule", () => {
    // A primitive whose backward is wrong by a factor of 2.
    const bad = defineFunction({ name: "bad", forward: (x: number) => x * x, backward: (x, _y, dy) => [4 * x[0] * dy] });
    let message = "";
    try {
      checkGrads((x: number, y: number) => sub(bad(x), y), [1.5, 2]);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/checkGrads found \d+ disagreement/);
    expect(message).toMatch(/∂f\[0\]\/∂x\[0\]: forward 6, reverse 6, numerical (3\.0000|2\.9999)/);
    expect(message).not.toMatch(/∂f\[0\]\/∂x\[1\]/);
  });
});

describe("trace of functions whose output is an input or a constant", () => {
  it("gives the gradient the tape gives", () => {
    const first = trace((x: number, _y: number) => x, 1, 2);
    expect(first.valueAndGrad(3, 4)).toEqual([3, [1, 0]]);
    const constant = trace((x: number) => {
      sqrt(mul(x, 0)); // computed, but not part of the output
      return 5;
    }, 1);
    expect(constant.valueAndGrad(2)).toEqual([5, 0]);
  });
});
