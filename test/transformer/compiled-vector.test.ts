// Compiled code of functions with several outputs, case by case: the shapes `jacfwd`,
// `jacrev`, `jacobian` and `vjp` give (number[] and Float64Array arguments, several
// arguments, argnums, an empty array), closed forms, the tape (run by `onTape`), and the
// cases that must leave compiled code: nesting (values of an enclosing transform), hasAux,
// different arrays returned. An argument returned as it is compiles (a copy). Results built at run time (a local array, map, push, a
// Float64Array) get their length from each run.
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
// Results built at run time.
const ring = (x: number[]): number[] => {
  const n = x.length;
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.sin(x[i]) * x[(i + 1) % n];
  return out;
};
const lagged = (x: number[]) => x.map((v, i) => v * v + (i > 0 ? x[i - 1] : 0));
const steps = (x: Float64Array) => {
  const r = new Float64Array(x.length - 1);
  for (let i = 0; i + 1 < x.length; i++) r[i] = x[i + 1] - x[i] * x[i];
  return r;
};
/** The same array returned from inside the loop and at the end: the length depends on the values. */
const untilLarge = (x: number[], s: number): number[] => {
  const out: number[] = [];
  for (const v of x) {
    if (v > 2) return out;
    out.push(s * v * v);
  }
  return out;
};
/** `[i, v]` of `x.entries()`: the index stays a plain count while the elements carry derivatives. */
const entryRing = (x: number[]): number[] => {
  const out: number[] = [];
  for (const [i, v] of x.entries()) out.push(Math.sin(v) * x[(i + 1) % x.length] + i * v);
  return out;
};
const alias = (x: number[]): number[] => x;
const either = (x: number[]): number[] => {
  const a = x.map((v) => v * 2);
  const b = x.map((v) => v * 3);
  if (x[0] > 0) return a;
  return b;
};
const builtAux = (x: number[]): [number[], string] => [x.map((v) => v * v), "aux"];
/** An array grown by push, read by outputs written out: each row's sweep must find it whole. */
const pushedPair = (x: number[]): number[] => {
  const y: number[] = [];
  for (const v of x) y.push(v * v);
  return [y[0] + y[1], y[1] * y[2]];
};

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

  it("a result built at run time (a loop-filled array, map, a Float64Array): rows = closed form, = tape; vjp's value is the function's", () => {
    const x = [0.3, -0.7, 1.2];
    const ringJ = x.map((_, i) => x.map((__, j) => (j === i ? Math.cos(x[i]!) * x[(i + 1) % 3]! : 0) + (j === (i + 1) % 3 ? Math.sin(x[i]!) : 0)));
    for (const J of [jacfwd(ring)(x), jacrev(ring)(x), jacobian(ring)(x)]) J.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(ringJ[i]![j]!, 14)));
    expect(attached(ring, "Forward")).toBeDefined();
    expect(attached(ring, "Reverse")).toBeDefined();
    expect(jacrev(ring)(x)).toEqual(onTape(() => jacrev(ring)(x)));
    expect(jacfwd(lagged)(x)).toEqual([[0.6, 0, 0], [1, -1.4, 0], [0, 1, 2.4]]);
    expect(jacrev(lagged)(x)).toEqual(onTape(() => jacrev(lagged)(x)));
    const [value, back] = vjp(lagged, x);
    expect(value).toEqual(lagged(x));
    expect(back([1, 2, 3])).toEqual(onTape(() => vjp(lagged, x)[1]([1, 2, 3])));
    // A Float64Array result: vjp's value is a Float64Array, the rows number[]; d(x₁ − x₀²) = [−2x₀, 1].
    const v = new Float64Array([0.5, 2, -1]);
    const [typedValue, typedBack] = vjp(steps, v);
    expect(typedValue).toBeInstanceOf(Float64Array);
    expect(Array.from(typedValue as Float64Array)).toEqual([2 - 0.25, -1 - 4]);
    expect(Array.from(typedBack(new Float64Array([1, 1])) as Float64Array)).toEqual([-1, 1 - 4, 1]);
    for (const J of [jacfwd(steps)(v), jacrev(steps)(v), jacobian(steps)(v)]) expect(J).toEqual([[-1, 1, 0], [0, -4, 1]]);
  });

  it("a result pushed in a for…of over x.entries(): compiled, rows = closed form, = tape", () => {
    const x = [0.3, -0.7, 1.2, 0.9];
    const n = x.length;
    // out_i = sin(x_i)·x_{i+1 mod n} + i·x_i
    const closed = x.map((_, i) => x.map((__, j) => (j === i ? Math.cos(x[i]!) * x[(i + 1) % n]! + i : 0) + (j === (i + 1) % n ? Math.sin(x[i]!) : 0)));
    for (const J of [jacfwd(entryRing)(x), jacrev(entryRing)(x)]) J.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(closed[i]![j]!, 14)));
    expect(attached(entryRing, "Forward")).toBeDefined();
    expect(attached(entryRing, "Reverse")).toBeDefined();
    expect(jacrev(entryRing)(x)).toEqual(onTape(() => jacrev(entryRing)(x)));
    expect(jacfwd(entryRing)(x)).toEqual(onTape(() => jacfwd(entryRing)(x)));
  });

  it("a result built at run time: its length read from each run (0 included), the cotangent's length checked", () => {
    expect(jacfwd(ring)([])).toEqual([]);
    expect(jacrev(ring)([])).toEqual([]);
    const [empty, backEmpty] = vjp(lagged, []);
    expect(empty).toEqual([]);
    expect(backEmpty([])).toEqual([]);
    expect(() => vjp(lagged, [1, 2])[1]([1])).toThrow(/cotangent has 1 numbers but the function's output has 2/);
    // The same array returned inside the loop and after it; the rows follow the run's length.
    for (const x of [[0.5, 1.5, 3, 0.1], [0.5, -1], [4]]) {
      expect(jacrev(untilLarge)(x, 2)).toEqual(onTape(() => jacrev(untilLarge)(x, 2)));
      expect(jacfwd(untilLarge)(x, 2)).toEqual(onTape(() => jacfwd(untilLarge)(x, 2)));
      expect(jacobian(untilLarge, { argnums: 1 })(x, 2)).toEqual(onTape(() => jacobian(untilLarge, { argnums: 1 })(x, 2)));
    }
    expect(jacrev(untilLarge)([0.5, 1.5, 3, 0.1], 2)[0]).toEqual([[2, 0, 0, 0], [0, 6, 0, 0]]);
    expect(attached(untilLarge, "Reverse")).toBeDefined();
  });

  it("jacrev of outputs written out that read an array grown by push: every row = tape", () => {
    const x = [0.5, -2, 3];
    expect(jacrev(pushedPair)(x)).toEqual([[1, -4, 0], [0, 2 * -2 * 9, 2 * 3 * 4]]);
    expect(jacrev(pushedPair)(x)).toEqual(onTape(() => jacrev(pushedPair)(x)));
  });

  it("an argument returned as it is compiles (a copy); returns of different arrays take the runtime", () => {
    expect(jacfwd(alias)([1, 2])).toEqual([[1, 0], [0, 1]]);
    expect(attached(alias, "Forward")).toBeDefined();
    expect(jacrev(alias)([1, 2])).toEqual([[1, 0], [0, 1]]);
    expect(attached(either, "Reverse")).toBeUndefined();
    expect(jacrev(either)([1, 2])).toEqual([[2, 0], [0, 2]]);
    expect(jacrev(either)([-1, 2])).toEqual([[3, 0], [0, 3]]);
    expect(jacrev(builtAux, { hasAux: true })([2, 3])).toEqual([[[4, 0], [0, 6]], "aux"]);
  });

  it("values of an enclosing transform and hasAux take the runtime", () => {
    // d/ds of the pullback's first entry: ∂/∂x₀ (x₀·x₁) at x = [s, 3] is 3, whose derivative is 0;
    // of the second entry x₀ it is 1.
    const inner = (s: number) => vjp(pair, [s, 3])[1]([0, 0, 0])[0] + jacrev(pair)([s, s])[0][1];
    expect(grad(inner)(2)).toBe(1);
    expect(jacrev(withAux, { hasAux: true })([2, 3])).toEqual([[[3, 2]], "aux"]);
  });
});
