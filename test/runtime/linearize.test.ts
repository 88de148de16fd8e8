// linearize: value bit for bit, tangents without re-evaluating f, the same numbers as jvp,
// structures, options, nesting, and tangents that are not shaped like the primals.
import { describe, expect, it } from "vitest";
import { add, exp, grad, hessian, jvp, linearize, mul, sin, square, stopGradient } from "./helpers.js";

const f = (x: number, y: number[]) => [mul(sin(x), y[0]), mul(exp(mul(x, y[1])), y[0])];

describe("linearize", () => {
  it("returns the value as written and J·t for many tangents, without calling f again", () => {
    let calls = 0;
    const counted = (x: number, y: number[]) => {
      calls++;
      return f(x, y);
    };
    const [value, jvpAt] = linearize(counted, 0.4, [1.5, -0.5]);
    expect(calls).toBe(1);
    const direct = f(0.4, [1.5, -0.5]);
    value.forEach((v, k) => expect(Object.is(v, direct[k])).toBe(true));
    for (const [tx, ty] of [[1, [0, 0]], [0, [1, 0]], [0.5, [-2, 3]]] as const) {
      const t = jvpAt(tx, [...ty]);
      const [, want] = jvp(f, [0.4, [1.5, -0.5]], [tx, [...ty]]);
      // the same products and sums as forward mode: equal to the bit
      t.forEach((v, k) => expect(Object.is(v, want[k]), `${v} vs ${want[k]}`).toBe(true));
    }
    expect(calls).toBe(1);
  });

  it("agrees with the closed form", () => {
    const [, jvpAt] = linearize((x: number) => mul(sin(x), x), 0.5);
    expect(jvpAt(1)).toBeCloseTo(Math.cos(0.5) * 0.5 + Math.sin(0.5), 15);
    expect(jvpAt(2)).toBeCloseTo(2 * (Math.cos(0.5) * 0.5 + Math.sin(0.5)), 15);
  });

  it("works on objects and Float64Arrays, and outputs that do not depend on the input", () => {
    const [v, jvpAt] = linearize((p: { a: number; b: Float64Array }) => ({ s: mul(p.a, p.b[1]), c: 4 }), { a: 2, b: new Float64Array([1, 3]) });
    expect(v).toEqual({ s: 6, c: 4 });
    expect(jvpAt({ a: 1, b: new Float64Array([0, 1]) })).toEqual({ s: 3 + 2, c: 0 });
  });

  it("takes options last: argnums for tangents of the chosen arguments, hasAux for [value, jvpAt, aux]", () => {
    const [v, jvpAt] = linearize(f, 0.4, [1.5, -0.5], { argnums: 0 });
    expect(v).toEqual(f(0.4, [1.5, -0.5]));
    const [, want] = jvp(f, [0.4, [1.5, -0.5]], [1, [0, 0]]);
    expect(jvpAt(1)).toEqual(want);
    const [y, at, aux] = linearize((x: number) => [square(x), { tag: "sq" }] as const, 3, { hasAux: true });
    expect([y, at(1), aux]).toEqual([9, 6, { tag: "sq" }]);
  });

  it("inside grad: the tangent is differentiable again", () => {
    // d/dx of (d/dt sin(x·t) at t = 1) = d/dx x·cos(x) = cos(x) − x·sin(x)
    const g = grad((x: number) => {
      const [, jvpAt] = linearize((t: number) => sin(mul(x, t)), 1);
      return jvpAt(1);
    })(0.7);
    expect(g).toBeCloseTo(Math.cos(0.7) - 0.7 * Math.sin(0.7), 14);
    // and under hessian, with stopGradient inside: only x·x·stop(y) is curved
    const H = hessian((v: number[]) => {
      const [, jvpAt] = linearize((t: number) => mul(square(t), mul(v[0], stopGradient(v[1]))), v[0]);
      return add(jvpAt(1), v[1]); // 2·v0·v0·v1 with v1 constant
    })([1.5, 2]);
    expect(H).toEqual([[4 * 2, 0], [0, 0]]);
  });

  it("rejects tangents not shaped like the primals", () => {
    const [, jvpAt] = linearize(f, 0.4, [1.5, -0.5]);
    expect(() => (jvpAt as (...t: unknown[]) => unknown)(1)).toThrow(/jvpAt takes 2 tangent\(s\), one per argument; got 1/);
    expect(() => jvpAt(1, [1])).toThrow(/tangent 1 must be shaped like argument 1 \(\[n,n\]\); got \[n\]/);
    expect(() => jvpAt([1] as never, [1, 2])).toThrow(/tangent 0 must be shaped like argument 0 \(n\); got \[n\]/);
  });
});
