// Small programs for what the fuzzer found, each beside a control that works. An `it.fails`
// is a known bug: it states the right behaviour and fails today; when the bug is fixed it
// reports as failing, and should become a plain `it` (and the matching AVOID_KNOWN_GAPS entry
// in generate.ts can go).
import { createRequire } from "node:module";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { compileBatch } from "./compile.js";
import { OUTPUT } from "./run.js";

const load = createRequire(import.meta.url);

/** Compiles each program (main.ts source) in one batch and loads its transformed and plain modules. */
function compile(name: string, programs: string[]): { typegrad: Record<string, () => unknown>; plain: Record<string, () => unknown> }[] {
  const dir = path.join(OUTPUT, `findings-${process.pid}-${name}`);
  const compiled = compileBatch(dir, programs.map((text) => ({ "main.ts": text })));
  expect([...compiled.errors.values(), ...compiled.general]).toEqual([]);
  return programs.map((_, k) => ({
    typegrad: load(path.join(dir, "typegrad", `p${k}`, "main.js")) as Record<string, () => unknown>,
    plain: load(path.join(dir, "plain", `p${k}`, "main.js")) as Record<string, () => unknown>,
  }));
}

describe("a class field given active values by a method, read by destructuring", () => {
  // `const { total } = acc` after `acc.add(x[0])` assigned `this.total += rate * t`: the object
  // `acc` is not active (its constructor got numbers), so the destructured name was taken for
  // inactive and `total + 1` stayed plain arithmetic. Got: TypeError "a Var (value 0.5) was
  // used in plain JavaScript arithmetic…". Fixed in propagate.ts (activeProperties).
  const program = `import { valueAndGrad } from "typegrad";
class Accumulator {
  total = 0;
  constructor(readonly rate: number) {}
  add(t: number): this {
    this.total += this.rate * t;
    return this;
  }
}
export const destructured = () => valueAndGrad((x: number[]) => {
  const acc = new Accumulator(0.5);
  acc.add(x[0]).add(x[1] * x[1]);
  const { total, rate: r } = acc;
  return total * 3 + r;
})([2, 3]);
export const renamed = () => valueAndGrad((x: number[]) => {
  const acc = new Accumulator(0.5);
  acc.add(x[0]);
  const { total: sum } = acc;
  return sum * sum;
})([2, 3]);
export const control = () => valueAndGrad((x: number[]) => {
  const acc = new Accumulator(0.5);
  acc.add(x[0]).add(x[1] * x[1]);
  return acc.total * 3 + acc.rate;
})([2, 3]);
`;
  let m: ReturnType<typeof compile>[number];
  beforeAll(() => {
    [m] = compile("destructuring", [program]);
  }, 120_000);

  // total = 0.5·x0 + 0.5·x1², so 3·total + 0.5 = 1.5·2 + 1.5·9 + 0.5 = 17 with gradient [1.5, 3·x1] = [1.5, 9].
  it("const { total, rate: r } = acc", () => expect(m.typegrad.destructured!()).toEqual([17, [1.5, 9]]));
  // sum = 0.5·x0 = 1, sum² = 1, d/dx0 = 2·sum·0.5 = 1.
  it("const { total: sum } = acc", () => expect(m.typegrad.renamed!()).toEqual([1, [1, 0]]));
  it("control: acc.total read directly", () => expect(m.typegrad.control!()).toEqual([17, [1.5, 9]]));
});

describe("the result of a Float64Array's reduce", () => {
  // Float64Array.prototype.reduce is declared to return `number`, and the result of a library
  // method declared to return a keyword type was taken for inactive (activity.ts, "external"
  // calls), so the arithmetic around it was not rewritten — although the array holds Vars and
  // the callback was rewritten: TypeError "a Var (value 3) was used in plain JavaScript
  // arithmetic…". A reduce on an active receiver is now active whatever its declared type.
  const program = `import { valueAndGrad } from "typegrad";
export const typed = () => valueAndGrad((x: Float64Array) => Math.abs(x.reduce((s, t) => s + t * t, 0)))(new Float64Array([1, 2]));
export const typedTimes = () => valueAndGrad((x: Float64Array) => 2 * x.reduce((s, t) => s + t, 0))(new Float64Array([1, 2]));
export const array = () => valueAndGrad((x: number[]) => Math.abs(x.reduce((s, t) => s + t * t, 0)))([1, 2]);
`;
  let m: ReturnType<typeof compile>[number];
  beforeAll(() => {
    [m] = compile("typed-reduce", [program]);
  }, 120_000);

  // |x0² + x1²| = 5 with gradient [2, 4]; 2·(x0 + x1) = 6 with gradient [2, 2].
  it("Math.abs(x.reduce(…)) with x: Float64Array", () => {
    const [value, g] = m.typegrad.typed!() as [number, Float64Array];
    expect([value, Array.from(g)]).toEqual([5, [2, 4]]);
  });
  it("2 * x.reduce(…) with x: Float64Array", () => {
    const [value, g] = m.typegrad.typedTimes!() as [number, Float64Array];
    expect([value, Array.from(g)]).toEqual([6, [2, 2]]);
  });
  it("control: the same with x: number[]", () => expect(m.typegrad.array!()).toEqual([5, [2, 4]]));
});
