// Misuse gets a clear error naming the problem, never a wrong number; failures leave the
// runtime clean.
import { describe, expect, it } from "vitest";
import { Tape, add, derivative, dual, grad, jvp, mul, sin, valueAndGrad, vjp } from "./helpers.js";

describe("misuse", () => {
  it("a non-scalar output to grad", () => {
    expect(() => grad((x: number[]) => x as unknown as number)([1, 2])).toThrow(
      /grad needs a function returning one number; it returned an array of length 2; for vector outputs use jacrev/,
    );
    expect(() => grad((() => undefined) as unknown as (x: number) => number)(1)).toThrow(/returned undefined/);
  });

  it("a Var from a finished tape", () => {
    let leaked: number = 0;
    grad((x: number) => {
      leaked = mul(x, 2);
      return leaked;
    })(1);
    expect(() => add(leaked, 1)).toThrow(/a Var of a finished grad was used after that transform returned/);
  });

  it("a Var from a foreign tape", () => {
    const a = new Tape(), b = new Tape();
    const x = a.variable(1), y = b.variable(2);
    expect(() => b.gradient(mul(y, 3), x)).toThrow(/must be Vars of this tape; got a Var of another tape/);
    expect(() => a.gradient(x, 3 as number)).toThrow(/must be Vars created by this tape's variable\(\); got number 3/);
  });

  it("mismatched jvp lengths and shapes", () => {
    expect(() => jvp((x: number, y: number) => add(x, y), [1, 2], [1] as never)).toThrow(/got 2 primals but 1 tangents/);
    expect(() => jvp((x: number[]) => x[0], [[1, 2]], [[1]])).toThrow(/primals have 2 numbers but its tangents have 1/);
    const [, back] = vjp((x: number[]) => [x[0], x[1]], [1, 2]);
    expect(() => back([1])).toThrow(/cotangent has 1 numbers but the function's output has 2/);
  });

  it("an active value in untransformed arithmetic", () => {
    const d = dual(2, 1);
    expect(() => (d as number) * 2).toThrow(TypeError);
    expect(() => (d as number) * 2).toThrow(/Dual \(value 2\) was used in plain JavaScript arithmetic.*typegrad\/transformer/s);
    expect(() => (d as number) < 3).toThrow(/plain JavaScript arithmetic or comparison/);
    expect(() => grad((x: number) => x * x)(3)).toThrow(/a Var \(value 3\) was used in plain JavaScript arithmetic/);
    // The message names every way to get the transform: the loader, the CLI, tspc, Vite.
    expect(() => (d as number) + 1).toThrow(/node --import typegrad\/register.*npx typegrad build.*tspc.*typegrad\/vite/s);
  });

  it("arguments that are not numbers", () => {
    expect(() => grad((x: number) => x)("1" as never)).toThrow(/grad's argument 0 must be a number, an array.*got the string "1"/);
    expect(() => sin("a" as never)).toThrow(/sin expects numbers, Vars or Duals; got the string "a"/);
    expect(() => grad(3 as never)).toThrow(/grad expects a function, got number 3/);
    expect(() => (grad((x: number) => x) as () => number)()).toThrow(/called with no arguments/);
    expect(() => derivative((x: number) => x)([1] as never)).toThrow(/takes one number x/);
  });

  it("an inner value escaping into an outer result", () => {
    expect(() => derivative((x) => grad((y: number) => y)(x) && new Tape().variable(1))(1)).toThrow(/escaped into the result/);
  });
});

describe("exceptions inside a differentiated function", () => {
  it("leave the runtime clean", () => {
    expect(() =>
      valueAndGrad((x: number) => {
        mul(x, x);
        throw new Error("boom");
      })(1),
    ).toThrow("boom");
    // The next differentiation is unaffected.
    expect(valueAndGrad((x: number) => mul(x, x))(3)).toEqual([9, 6]);
    expect(derivative((x) => mul(x, x))(3)).toBe(6);
  });
});
