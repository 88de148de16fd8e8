// Misuse gets a clear error naming the problem, never a wrong number; failures leave the
// runtime clean.
import { describe, expect, it } from "vitest";
import {
  Tape, add, derivative, dual, grad, hessian, jacfwd, jacrev, jvp, linearize, mul, numericalGrad, sin, valueAndGrad, vjp,
} from "./helpers.js";
import { retention } from "../../src/runtime/memory.js";

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

  it("an async function", async () => {
    // Its body goes on after the transform returned; the abandoned promise must not reject
    // unhandled (which ends Node) once the caller has caught the transform's error.
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", record);
    try {
      const square = async (x: number) => {
        await null;
        return mul(x, x);
      };
      const message = /grad returned a Promise: an async function cannot be differentiated.*Compute the result synchronously/s;
      expect(() => grad(square as never)(3)).toThrow(TypeError);
      expect(() => grad(square as never)(3)).toThrow(message);
      expect(() => valueAndGrad(square as never, { argnums: 0 })(3)).toThrow(/given to valueAndGrad returned a Promise/);
      expect(() => derivative(square as never)(3)).toThrow(/given to derivative returned a Promise/);
      expect(() => jvp(square as never, [3], [1])).toThrow(/given to jvp returned a Promise/);
      expect(() => vjp(square as never, 3)).toThrow(/given to vjp returned a Promise/);
      expect(() => linearize(square as never, 3)).toThrow(/given to linearize returned a Promise/);
      expect(() => jacfwd(async (x: number[]) => [await x[0]])([1])).toThrow(/given to jacfwd returned a Promise/);
      expect(() => jacrev(async (x: number[]) => [await x[0]])([1])).toThrow(/given to jacrev returned a Promise/);
      expect(() => hessian(async (x: number[]) => await x[0])([1])).toThrow(/given to hessian returned a Promise/);
      expect(() => numericalGrad(square as never, 1)).toThrow(/given to numericalGrad returned a Promise/);
      await new Promise((resolve) => setTimeout(resolve, 20)); // let the abandoned bodies run
      expect(unhandled).toEqual([]);
      expect(grad((x: number) => mul(x, x))(3)).toBe(6); // and the runtime is still usable
    } finally {
      process.off("unhandledRejection", record);
    }
  });

  it("a cyclic argument", () => {
    const a: unknown[] = [1];
    a.push(a);
    const sum = (x: number[]) => add(x[0], x[1]);
    expect(() => grad(sum)(a as number[])).toThrow(TypeError);
    expect(() => grad(sum)(a as number[])).toThrow(/grad's argument 0 at \[1\] is grad's argument 0 itself: the structure contains a cycle.*pass a tree of numbers/);
    const o: Record<string, unknown> = { w: [1, 2] };
    (o.w as unknown[]).push({ back: o });
    expect(() => grad((p: { w: number[] }) => p.w[0], { argnums: 0 })(o as never)).toThrow(/grad's argument 0 at \.w\[2\]\.back is grad's argument 0 itself/);
    expect(() => grad((_x: number, p: number[]) => p[0])(1, a as number[])).toThrow(/grad's argument 1 at \[1\] is grad's argument 1 itself/);
    expect(() => jacfwd((p: { w: number[] }) => [p.w[0]])(o as never)).toThrow(/jacfwd's argument 0 at \.w\[2\]\.back is jacfwd's argument 0 itself/);
    expect(() => jvp(sum, [a as number[]], [[1, 1]])).toThrow(/jvp's primal 0 at \[1\] is jvp's primal 0 itself/);
    expect(() => numericalGrad(sum, a as number[])).toThrow(/contains a cycle/);
    const [, back] = vjp((x: number[]) => [x[0], x[1]], [1, 2]);
    expect(() => back(a as number[])).toThrow(/vjp's cotangent at \[1\] is vjp's cotangent itself/);
    // A cyclic aux result is returned as it is (it is not differentiated).
    const metrics: Record<string, unknown> = { name: "loss" };
    metrics.self = metrics;
    const [gAux, aux] = grad((x: number) => [mul(x, x), metrics] as const, { hasAux: true })(3);
    expect(gAux).toBe(6);
    expect(aux).toBe(metrics);
    // A shared subtree is not a cycle.
    const shared = [1, 2];
    expect(grad((p: number[][]) => mul(p[0][0], p[1][1]))([shared, shared])).toEqual([[2, 0], [0, 1]]);
  });

  it("errors name the argument and the place inside it", () => {
    expect(() => grad((x: number[]) => x[0])([1, "a" as never])).toThrow(TypeError);
    expect(() => grad((x: number[]) => x[0])([1, "a" as never])).toThrow(/grad's argument 0 at \[1\] must be a number.*got the string "a"/);
    expect(() => grad((x: number, y: number[]) => add(x, y[0]))(1, [2, undefined as never])).toThrow(
      /grad's argument 1 at \[1\] must be a number, an array, a Float64Array or a plain object of numbers; got undefined$/,
    );
    expect(() => grad((p: { w: number[] }) => p.w[0])({ w: [1, null as never] })).toThrow(/grad's argument 0 at \.w\[1\] .*got null$/);
    expect(() => valueAndGrad((_x: number, y: number) => y, { argnums: 1 })(1, [true] as never)).toThrow(/valueAndGrad's argument 1 at \[0\] .*got the boolean true$/);
    expect(() => jvp((x: number) => x, [1], [[2, () => 1]] as never)).toThrow(/jvp's tangent 0 at \[1\] .*got a function$/);
    expect(() => jacrev((x: number[]) => x, { argnums: [0, 1] })([1], [1, 2n] as never)).toThrow(/jacrev's argument 1 at \[1\] .*got the bigint 2n$/);
    expect(() => sin(undefined as never)).toThrow(/sin expects numbers, Vars or Duals; got undefined \(an element read past an array's end, or a missing argument or field\?\)$/);
    expect(() => grad((x: number) => x)(Symbol("s") as never)).toThrow(/got the symbol s$/);
    expect(() => grad((x: number) => x)(new Int8Array(2) as never)).toThrow(/got a Int8Array of length 2$/);
    expect(() => grad(async (x: number) => x)(new Promise(() => 0) as never)).toThrow(/got a Promise \(or other thenable\)$/);
    expect(() => derivative((x: number, y: number) => add(x, y))(1, undefined as never)).toThrow(/derivative differentiates number arguments; argument 1 is undefined — use jacfwd/);
    expect(() => derivative((x: number, y: number) => add(x, y))([1], 2 as never)).toThrow(/argument 0 is an array of length 1 — use jacfwd/);
  });

  it("an allocation failure while a tape grows", () => {
    const allocate = retention.allocate;
    retention.allocate = ((Typed: Float64ArrayConstructor, n: number) => {
      if (n >= 8192) throw new RangeError("Array buffer allocation failed");
      return new Typed(n);
    }) as typeof retention.allocate;
    const long = (x: number) => {
      let s = x;
      for (let i = 0; i < 5000; i++) s = add(s, x);
      return s;
    };
    try {
      expect(() => grad(long)(1)).toThrow(RangeError);
      expect(() => grad(long)(1)).toThrow(/out of memory while the grad tape grew past \d+ nodes \(Array buffer allocation failed\); the tape is unchanged.*checkpoint\(f\)/);
    } finally {
      retention.allocate = allocate;
    }
    expect(grad(long)(1)).toBe(5001);
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
