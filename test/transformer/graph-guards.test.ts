// Guards of traced graphs for decisions written without a comparison: truthiness tests
// (`if (x)`, `x ? … : …`, `!x`, `x && y`, `x || y`) and `switch (x)` on active values. Each is
// compiled by the transformer (this file is transformed) into a runtime call that a running
// `trace` records; a replay where the decision comes out differently throws the guard error,
// and one where it does not equals a fresh run. The expected numbers are closed forms.
import { describe, expect, it } from "vitest";
import { grad, trace } from "typegrad";

const AGAIN = /takes another branch.*trace the function again/;

describe("truthiness and switch guards in traced graphs", () => {
  it("x ? … : … on an active value", () => {
    const f = (x: number) => (x ? x * x : Math.sin(x));
    const g = trace(f, 2);
    expect(g.evaluate(3)).toBe(9);
    expect(g.grad(3)).toBe(6);
    expect(() => g.evaluate(0)).toThrow(AGAIN);
    expect(() => g.grad(0)).toThrow(/truthiness test of 0 .* is false here but was true when traced/);
    // Traced at 0 it takes the other branch and replays it where x stays 0 (or NaN, also falsy).
    const h = trace(f, 0);
    expect(h.grad(0)).toBe(1);
    expect(() => h.evaluate(1)).toThrow(AGAIN);
  });

  it("if (x), while (x) and !x", () => {
    const f = (x: number, y: number) => {
      let s = y;
      if (x) s = s * x;
      if (!y) return s + 1;
      return s * s;
    };
    const g = trace(f, 2, 3);
    // (xy)² → gradient (2x y², 2x² y)
    expect(g.valueAndGrad(1.5, 2)).toEqual([9, [2 * 1.5 * 4, 2 * 1.5 * 1.5 * 2]]);
    expect(() => g.evaluate(0, 2)).toThrow(AGAIN);
    expect(() => g.evaluate(2, 0)).toThrow(AGAIN);
    const countdown = (x: number) => {
      let s = x;
      let k = x - 3;
      while (k) {
        s = s * x;
        k = k - 1;
      }
      return s;
    };
    const w = trace(countdown, 5); // two iterations: x³
    expect(w.grad(5)).toBe(75);
    expect(() => w.evaluate(6)).toThrow(AGAIN); // k starts at 3: the loop's second test differs
  });

  it("x && y and x || y deciding on an active x, evaluated once", () => {
    let calls = 0;
    const side = (x: number) => {
      calls++;
      return x;
    };
    const and = (x: number, y: number) => (side(x) && y) * 2;
    const or = (x: number, y: number) => (x || y) * 3;
    const ga = trace(and, 1, 4);
    expect(calls).toBe(1);
    expect(ga.valueAndGrad(2, 5)).toEqual([10, [0, 2]]);
    expect(() => ga.evaluate(0, 5)).toThrow(AGAIN);
    const go = trace(or, 1, 4);
    expect(go.valueAndGrad(2, 5)).toEqual([6, [3, 0]]);
    expect(() => go.evaluate(0, 5)).toThrow(AGAIN);
    // Where x is 0, `x || y` is y and `x && y` is x (an active 0: its derivative flows).
    expect(grad(or)(0, 5)).toEqual([0, 3]);
    expect(grad(and)(0, 5)).toEqual([2, 0]);
    expect(trace(or, 0, 4).grad(0, 7)).toEqual([0, 3]);
  });

  it("switch on an active value with literal cases guards each case tried", () => {
    const f = (x: number) => {
      switch (Math.round(x)) {
        case 1:
          return x * 10;
        case -2:
          return x * x;
        default:
          return x;
      }
    };
    const g = trace(f, -2.2);
    expect(g.grad(-1.8)).toBeCloseTo(-3.6, 14);
    expect(() => g.evaluate(1.2)).toThrow(AGAIN);
    expect(() => g.evaluate(3)).toThrow(AGAIN);
    const d = trace(f, 5); // default: replays anywhere no case matches
    expect(d.grad(7.3)).toBe(1);
    expect(d.evaluate(-7)).toBe(-7);
    expect(() => d.evaluate(0.9)).toThrow(/the comparison 1 === 1 .* is true here but was false when traced/);
  });

  it("switch with cases that are not literals guards the exact value", () => {
    const one = 1;
    const f = (x: number) => {
      switch (x) {
        case one:
          return x * 10;
        default:
          return x * x;
      }
    };
    const g = trace(f, 1);
    expect(g.grad(1)).toBe(10);
    expect(() => g.evaluate(2)).toThrow(/switch discriminant .* was 1 when traced and is 2 now/);
  });
});
