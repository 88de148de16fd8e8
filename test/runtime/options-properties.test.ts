// Properties of argnums over random points and random choices of arguments: a chosen
// gradient, Jacobian block or Hessian block is the same, to the bit, as the corresponding part
// of the result for all arguments, in every mode; the value never changes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { add, cos, exp, grad, hessian, jacfwd, jacobian, jacrev, mul, sin, square, tanh, valueAndGrad } from "./helpers.js";

// f(a, v, b) with a number, an array and a number, every pair of arguments interacting.
const f = (a: number, v: number[], b: number) => add(mul(sin(mul(a, v[0])), exp(mul(b, v[1]))), mul(square(a), tanh(add(b, v[1]))));
const F = (a: number, v: number[], b: number) => [mul(a, cos(v[0])), mul(b, mul(v[0], v[1])), add(a, b)];

const point = fc.tuple(
  fc.double({ min: -1.5, max: 1.5, noNaN: true }),
  fc.tuple(fc.double({ min: -1.5, max: 1.5, noNaN: true }), fc.double({ min: -1.5, max: 1.5, noNaN: true })),
  fc.double({ min: -1.5, max: 1.5, noNaN: true }),
);
const choice = fc.uniqueArray(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 3 });

/** Equal to the bit; with `zeros`, a zero's sign may differ (forward mode adds 0·ẋ for an argument held by a zero tangent). */
const same = (a: unknown, b: unknown, zeros = false) => {
  const flat = (x: unknown): unknown[] => (Array.isArray(x) ? x.flatMap(flat) : [x]);
  const [p, q] = [flat(a), flat(b)];
  expect(p.length).toBe(q.length);
  p.forEach((v, k) => expect(Object.is(v, q[k]) || (zeros && v === 0 && q[k] === 0), `${String(v)} vs ${String(q[k])}`).toBe(true));
};

describe("argnums picks parts of the full result", () => {
  it("gradients: value unchanged, chosen entries equal to the bit", () => {
    fc.assert(
      fc.property(point, choice, ([a, v, b], nums) => {
        const [value, all] = valueAndGrad(f)(a, v, b);
        const [v2, some] = valueAndGrad(f, { argnums: nums })(a, v, b);
        expect(Object.is(v2, value)).toBe(true);
        same(some, nums.map((k) => all[k]));
        same(grad(f, { argnums: nums[0] })(a, v, b), all[nums[0]]);
      }),
      { numRuns: 150 },
    );
  });

  it("Jacobian blocks in every mode, and Hessian blocks", () => {
    fc.assert(
      fc.property(point, choice, ([a, v, b], nums) => {
        const full = jacfwd(F)(a, v, b);
        for (const jac of [jacfwd, jacrev, jacobian]) {
          const part = jac(F, { argnums: nums })(a, v, b);
          // forward and reverse mode sum the same products in different orders: equal to rounding
          part.forEach((blockK, j) => {
            const want = full[nums[j]].flat(), got = [blockK].flat(2) as number[];
            got.forEach((g, i) => expect(Math.abs(g - want[i])).toBeLessThanOrEqual(1e-14 * (1 + Math.abs(want[i]))));
          });
        }
        same(jacfwd(F, { argnums: nums })(a, v, b), nums.map((k) => full[k]), true);
        const H = hessian(f)(a, v, b);
        same(hessian(f, { argnums: nums })(a, v, b), nums.map((i) => nums.map((j) => H[i][j])), true);
      }),
      { numRuns: 60 },
    );
  });
});
