// Number parameters with a literal default (`lambda = 1e-2`) in gradient code: a call may leave
// them out (the compiled code takes the default, as the function does) and then gets the
// gradients of the arguments it gave, as on the tape. Checked against the tape and closed forms.
import { describe, expect, it } from "vitest";
import { grad, valueAndGrad } from "typegrad";
import { onTape } from "./tape-reference.js";
import { reverseKinds } from "../runtime/attached-code.js";

function ridge(w: number[], lambda = 1e-2): number {
  let s = 0;
  for (const v of w) s += (v - 1) ** 2 + lambda * v * v;
  return s;
}

function scaledSquare(x: number, scale = 3, shift = -0.5): number {
  return scale * (x - shift) ** 2;
}

const w = [0.5, 2, -1];

describe("number parameters with defaults", () => {
  it("ridge(w) and ridge(w, λ): compiled ('ao'), the gradients of the arguments given, = tape, = closed form", () => {
    const g = grad(ridge);
    expect(reverseKinds(ridge).attached).toContain("ao");
    const gw = g(w);
    expect(gw).toEqual(onTape(() => grad(ridge)(w)));
    gw.forEach((v, i) => expect(v).toBeCloseTo(2 * (w[i]! - 1) + 2 * 1e-2 * w[i]!, 14));
    const both = g(w, 0.5) as unknown as [number[], number];
    expect(both).toEqual(onTape(() => grad(ridge)(w, 0.5)));
    expect(both[1]).toBeCloseTo(0.25 + 4 + 1, 13);
    const [value, gv] = valueAndGrad(ridge)(w);
    expect(value).toBe(ridge(w));
    expect(gv).toEqual(gw);
  });

  it("several defaults: any number of them left out", () => {
    const g = grad(scaledSquare);
    expect(reverseKinds(scaledSquare).attached).toContain("noo");
    expect(g(2)).toBe(onTape(() => grad(scaledSquare)(2)));
    expect(g(2)).toBe(3 * 2 * 2.5);
    expect(g(2, 1)).toEqual(onTape(() => grad(scaledSquare)(2, 1)));
    expect(g(2, 1, 0.25)).toEqual(onTape(() => grad(scaledSquare)(2, 1, 0.25)));
    expect(g(2, 1, 0.25)).toEqual([2 * 1.75, 1.75 ** 2, -2 * 1.75]);
  });

  it("argnums over a function with defaults: the same numbers as the tape", () => {
    expect(grad(ridge, { argnums: 0 })(w, 0.5)).toEqual(onTape(() => grad(ridge, { argnums: 0 })(w, 0.5)));
    expect(grad(scaledSquare, { argnums: [0, 2] })(2, 1, 0.25)).toEqual(onTape(() => grad(scaledSquare, { argnums: [0, 2] })(2, 1, 0.25)));
  });
});
