// Faults that used to give plausible wrong numbers or leave the runtime broken: hand-made duals,
// allocation failures while a tape grows, buffers kept after huge gradients, empty inputs to
// the Jacobians, and ties of three or more in max/min.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterEach, describe, expect, it } from "vitest";
import { kept, retention } from "../../src/runtime/memory.js";
import {
  add, derivative, dual, grad, hessian, hvp, jacfwd, jacobian, jacrev, jvp, max, min, mul, primal, reverseResult,
  sin, tangent, valueAndGrad, valueStack, withReverse,
} from "./helpers.js";

const sum = (x: number[]): number => x.reduce((s, v) => add(s, v), 0);
/** x + x + … + x (n additions): the gradient is exactly n + 1, and the tape has n + 1 nodes. */
const chain = (n: number) => (x: number): number => {
  let s = x;
  for (let i = 0; i < n; i++) s = add(s, x);
  return s;
};

describe("hand-made duals", () => {
  it("share one direction, as seed 001's Dual class", () => {
    // (2 + ε)(3 + ε) = 6 + 5ε
    expect(tangent(mul(dual(2, 1), dual(3, 1)))).toBe(5);
    expect(primal(mul(dual(2, 1), dual(3, 1)))).toBe(6);
    expect(tangent(add(dual(2, 1), dual(3, 0.5)))).toBe(1.5);
    // sin(a·b) with a = 2 + ε, b = 3 + 2ε: cos(6)·(2·2 + 3·1)
    expect(tangent(sin(mul(dual(2, 1), dual(3, 2))))).toBeCloseTo(Math.cos(6) * 7, 14);
  });

  it("leave nested transforms their own directions", () => {
    // The ForwardDiff confusion case, with a hand-made dual around it: d/dx [x · d/dy (x + y)] = 1.
    expect(derivative((x) => mul(x, derivative((y) => add(x, y))(1)))(1)).toBe(1);
    // A transform applied to a hand-made dual nests inside the user level: derivative of x² at
    // 3 + ε is 6 + 2ε.
    const d = derivative((x) => mul(x, x))(dual(3, 1));
    expect(primal(d)).toBe(6);
    expect(tangent(d)).toBe(2);
    // grad inside, closing over a hand-made dual: d/dy (a·y) = a, carried with a's tangent.
    const a = dual(4, 1);
    const g = grad((y: number) => mul(a, mul(y, y)))(3); // 2·a·y = 24 + 6ε
    expect(primal(g)).toBe(24);
    expect(tangent(g)).toBe(6);
    // A dual made from a transform's value sits inside that transform: d/dx primal(x_ε · x) = 2x.
    expect(derivative((x) => primal(mul(dual(x, 1), x)))(3)).toBe(6);
    expect(grad((x: number) => tangent(mul(dual(x, 1), x)))(3)).toBe(1); // tangent is x: d/dx x = 1
  });
});

describe("tape growth under allocation failure", () => {
  const allocate = retention.allocate;
  afterEach(() => {
    retention.allocate = allocate;
  });

  it("is atomic: after a caught RangeError the next large gradient is right", () => {
    // The 16 384-node growth fails at its first Float64Array, after both Int32Arrays succeeded.
    retention.allocate = ((Typed: Int32ArrayConstructor | Float64ArrayConstructor, n: number) => {
      if (Typed === Float64Array && n >= 16384) throw new RangeError("Array buffer allocation failed");
      return new Typed(n);
    }) as typeof retention.allocate;
    expect(() => grad(chain(12000))(1)).toThrow(RangeError);
    retention.allocate = allocate;
    for (const n of [12000, 40000, 100]) expect(grad(chain(n))(1.5)).toBe(n + 1);
    expect(valueAndGrad((x: number) => mul(chain(30000)(x), x))(2)).toEqual([30001 * 4, 30001 * 4]);
  });
});

describe("buffers kept after a transform returns", () => {
  const limit = retention.limit;
  afterEach(() => {
    retention.limit = limit;
  });

  it("are bounded by 64 MB by default", () => {
    expect(retention.limit).toBe(64 * 2 ** 20);
  });

  it("are given back to the process: array buffers measured after garbage collection", () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const buffers = () => {
      gc();
      gc();
      return process.memoryUsage().arrayBuffers;
    };
    retention.limit = 2 ** 20;
    grad(chain(10))(1);
    const before = buffers();
    // 600 001 nodes: 25 MB of tape storage (1 048 576 slots) and a 4.8 MB adjoint buffer
    expect(grad(chain(600_000))(1)).toBe(600_001);
    expect(jacrev((x: number[]) => [chain(300_000)(x[0])])([1])).toEqual([[300_001]]);
    expect(buffers() - before).toBeLessThanOrEqual(2 ** 20);
  });

  it("drop tape storage and adjoints above the limit, and later gradients stay right", () => {
    retention.limit = 2 ** 20; // 1 MB, so that a test-sized tape (3 MB of storage) exceeds it
    expect(grad(chain(100_000))(1)).toBe(100_001);
    expect(kept.tapes).toBeLessThanOrEqual(2 ** 20);
    expect(jacrev((x: number[]) => [chain(100_000)(x[0]), x[1]])([1, 2])).toEqual([[100_001, 0], [0, 1]]);
    expect(kept.tapes).toBeLessThanOrEqual(2 ** 20);
    expect(hessian((x: number[]) => mul(chain(50_000)(x[0]), x[0]))([1])).toEqual([[100_002]]);
    expect(kept.tapes).toBeLessThanOrEqual(2 ** 20);
    expect(grad(chain(10))(1)).toBe(11);
  });

  it("drop a compiled value stack above the limit", () => {
    retention.limit = 2 ** 20;
    const n = 300_000; // 2.4 MB of numbers
    const f = (x: number) => x;
    withReverse(f, (x) => {
      const stack = valueStack();
      for (let i = 0; i < n; i++) stack.push(x);
      let a = 0;
      for (let i = 0; i < n; i++) a += stack.pop();
      return reverseResult(x, [a]);
    }, "n");
    expect(grad(f)(2)).toBe(2 * n);
    expect(kept.stacks).toBeLessThanOrEqual(2 ** 20);
  });
});

describe("Jacobians and Hessians of functions of []", () => {
  // JAX: jacfwd of f: ℝ⁰ → ℝ² has shape (2, 0); of a scalar function, shape (0,); hessian (0, 0).
  const vector = (x: number[]) => [sum(x), add(sum(x), 1)];
  it("are empty, shaped like the output then the input", () => {
    expect(grad(sum)([])).toEqual([]);
    for (const jac of [jacfwd, jacrev, jacobian]) {
      expect(jac(vector)([])).toEqual([[], []]);
      expect(jac(sum)([])).toEqual([]);
      expect(jac((x: number[], s: number) => [mul(sum(x), s)], { argnums: 0 })([], 2)).toEqual([[]]);
      expect(jac((x: number[], s: number) => [mul(sum(x), s)])([], 2)).toEqual([[[]], [0]]);
    }
    expect(hessian(sum)([])).toEqual([]);
    expect(hessian((x: number[]) => [sum(x), "aux"] as const, { hasAux: true })([])).toEqual([[], "aux"]);
    expect(hvp(sum, [], [])).toEqual([]);
    expect(jvp(sum, [[]], [[]])).toEqual([0, 0]);
  });
});

describe("max and min of three or more arguments at a tie", () => {
  const F = (f: (...xs: number[]) => number) => (x: number[]) => f(...x);
  it("give each of the k tied arguments 1/k (reverse mode)", () => {
    expect(grad(F(max))([2, 2, 2])).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(grad(F(min))([-1, -1, -1])).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(grad(F(max))([5, 1, 5, 5, 5])).toEqual([0.25, 0, 0.25, 0.25, 0.25]);
    expect(grad(F(min))([1, 1, 3, 1])).toEqual([1 / 3, 1 / 3, 0, 1 / 3]);
    expect(grad(F(max))([2, 2, 1])).toEqual([0.5, 0.5, 0]);
    expect(grad(F(max))([1, 3, 2])).toEqual([0, 1, 0]);
    // max(x, x, x) = x: derivative 1, second derivative 0
    expect(derivative((x) => max(x, x, x))(0.5)).toBe(1);
    expect(grad((x: number) => max(x, x, x, x))(0.5)).toBe(1);
    expect(grad((x: number) => min(x, x, x, x, x, x))(0.5)).toBeCloseTo(1, 15); // 6 · (1/6) rounds
    expect(hessian(F(max))([2, 2, 2])).toEqual([[0, 0, 0], [0, 0, 0], [0, 0, 0]]);
  });

  it("give the mean of the tied tangents (forward mode)", () => {
    expect(jvp(F(max), [[2, 2, 2]], [[1, 2, 6]])).toEqual([2, 3]);
    expect(jvp(F(min), [[0, 4, 0, 0]], [[3, 100, 0, 0]])).toEqual([0, 1]);
    expect(jacfwd(F(max))([7, 7, 7])).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(tangent(max(dual(1, 3), 1, 1))).toBe(1);
  });

  it("keep Math.max's and Math.min's values, -0 and NaN included", () => {
    for (const xs of [[-0, 0, -0], [0, -0, -0], [1, NaN, 2], [3, 3, 3]]) {
      expect(Object.is(valueAndGrad(F(max))(xs)[0], Math.max(...xs)), `max ${xs}`).toBe(true);
      expect(Object.is(valueAndGrad(F(min))(xs)[0], Math.min(...xs)), `min ${xs}`).toBe(true);
    }
  });
});
