// Compiled code of functions with several outputs, case by case: the shapes `jacfwd`,
// `jacrev`, `jacobian` and `vjp` give (number[] and Float64Array arguments, several
// arguments, argnums, an empty array), closed forms, the tape (run by `onTape`), and the
// cases that must leave compiled code: nesting (values of an enclosing transform), hasAux.
import { describe, expect, it } from "vitest";
import { grad, jacfwd, jacobian, jacrev, vjp } from "typegrad";
import { onTape } from "./tape-reference.js";

function polar(r: number, theta: number): number[] {
  if (r < 0) return [0, 0];
  return [r * Math.cos(theta), r * Math.sin(theta)];
}
const pair = (x: number[]): number[] => [x[0] * x[1], Math.sin(x[0]), 4];
const typed = (x: Float64Array): number[] => [x[0] * x[1], x[1]];
const none = (x: number[]): number[] => [];
function squares(x: number[]): number[] {
  let s = 0;
  for (const v of x) s += v * v;
  return [s, 2 * s];
}
const withAux = (x: number[]): [number[], string] => [[x[0] * x[1]], "aux"];

/** The compiled code the transformer attached to `f`'s differentiable version, by kind. */
const attached = (f: unknown, kind: "Forward" | "Reverse") => {
  const version = (f as Record<symbol, unknown>)[Symbol.for("typegrad.differentiable")] ?? f;
  return (version as Record<symbol, unknown>)[Symbol.for(`typegrad.compiledVector${kind}`)];
};

describe("compiled jacfwd, jacrev, jacobian and vjp", () => {
  it("one array in, an array out: rows are gradients, = closed form and = tape", () => {
    const x = [2, 3];
    const expected = [[3, 2], [Math.cos(2), 0], [0, 0]];
    const plusZero = (J: number[][]) => J.map((row) => row.map((v) => v + 0)); // -0 (cos(2)·0) counts as 0 here
    for (const J of [jacfwd(pair)(x), jacrev(pair)(x), jacobian(pair)(x)]) expect(plusZero(J)).toEqual(expected);
    expect(attached(pair, "Forward")).toBeDefined();
    expect(attached(pair, "Reverse")).toBeDefined();
    expect(jacrev(pair)(x)).toEqual(onTape(() => jacrev(pair)(x)));
    expect(jacfwd(pair)(x)).toEqual(onTape(() => jacfwd(pair)(x))); // the Duals give the same -0
  });

  it("a Float64Array argument gives number[] rows, as the tape's", () => {
    const x = new Float64Array([2, 3]);
    const J = jacrev(typed)(x);
    expect(J).toEqual([[3, 2], [0, 1]]);
    expect(Array.isArray(J[0])).toBe(true);
    expect(jacfwd(typed)(x)).toEqual(onTape(() => jacfwd(typed)(x)));
    expect(jacrev(typed)(x)).toEqual(onTape(() => jacrev(typed)(x)));
  });

  it("two number arguments: one block per argument; argnums picks them; the guard's branch too", () => {
    const [r, t] = [2, 0.5];
    const expected = [[Math.cos(t), Math.sin(t)], [-r * Math.sin(t), r * Math.cos(t)]];
    expect(jacfwd(polar)(r, t)).toEqual(expected);
    expect(jacrev(polar)(r, t)).toEqual(onTape(() => jacrev(polar)(r, t)));
    expect(jacrev(polar, { argnums: 1 })(r, t)).toEqual(onTape(() => jacrev(polar, { argnums: 1 })(r, t)));
    expect(jacfwd(polar, { argnums: [1] })(r, t)).toEqual([expected[1]]);
    expect(jacobian(polar)(-1, t)).toEqual([[0, 0], [0, 0]]);
  });

  it("vjp: the value is the plain call's, the pullback = the tape's, shaped like the arguments", () => {
    const [value, back] = vjp(polar, 2, 0.5);
    expect(value).toEqual(polar(2, 0.5));
    const [tapeValue, tapeBack] = onTape(() => vjp(polar, 2, 0.5));
    expect(value).toEqual(tapeValue);
    expect(back([1, -2])).toEqual(tapeBack([1, -2]));
    const [, backOne] = vjp(polar, 2, 0.5, { argnums: 0 });
    expect(backOne([1, -2])).toBe(Math.cos(0.5) - 2 * Math.sin(0.5));
    expect(() => back([1])).toThrow(/cotangent has 1 numbers but the function's output has 2/);
  });

  it("an empty output: one empty row per output (none); an empty input: empty rows", () => {
    expect(jacrev(none)([1, 2])).toEqual([]);
    expect(jacfwd(none)([1, 2])).toEqual([]);
    expect(jacfwd(squares)([])).toEqual([[], []]);
    expect(jacrev(squares)([])).toEqual(onTape(() => jacrev(squares)([])));
    expect(jacrev(squares)([1, 2])).toEqual([[2, 4], [4, 8]]);
  });

  it("values of an enclosing transform and hasAux take the runtime", () => {
    // d/ds of the pullback's first entry: ∂/∂x₀ (x₀·x₁) at x = [s, 3] is 3, whose derivative is 0;
    // of the second entry x₀ it is 1.
    const inner = (s: number) => vjp(pair, [s, 3])[1]([0, 0, 0])[0] + jacrev(pair)([s, s])[0][1];
    expect(grad(inner)(2)).toBe(1);
    expect(jacrev(withAux, { hasAux: true })([2, 3])).toEqual([[[3, 2]], "aux"]);
  });
});
