// Functions as values: small programs for the cases the property test and the DiffTests sets
// found wrong, each beside a control that works. An `it.fails` is a known bug: it states the
// right behaviour and fails today; when the bug is fixed it will report as failing, and should
// become a plain `it` (and the matching work-around in generate.ts can go).
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { expectNear } from "../numeric.js";
import { compileFiles, type Compiled } from "./compile.js";

const root = path.resolve(import.meta.dirname, "../..");
const dir = path.join(root, ".tmp", "routes-findings");

/** Compiles `files` into their own folder and imports its main.js. */
async function load(name: string, files: Record<string, string>): Promise<Record<string, unknown>> {
  const compiled = compileFiles(path.join(dir, name), files);
  expect(compiled.errors).toEqual([]);
  return (await import(/* @vite-ignore */ pathToFileURL(path.join(dir, name, "main.js")).href)) as Record<string, unknown>;
}

const call = (module: Record<string, unknown>, name: string) => (module[name] as () => unknown)();

// Compiling a program takes seconds on a loaded machine.
const COMPILE = 120_000;

describe("calls of a function value whose type is inferred from a program function", () => {
  // The callee is resolved by its signature's declaration (calls.ts resolveCallee). For `q(x)`
  // with `const q = on ? sq : cube`, `fs[0](x)` or `table.sq(x)` with `table = { sq }`, that
  // declaration is `sq`'s own arrow, so
  // the call is taken for a direct call of `sq` — yet the callee expression does not name `sq`,
  // so neither `sq$ad` nor `__typegrad.call` is emitted and the plain `sq` receives a Var.
  // Got: TypeError "typegrad: a Var (value 3) was used in plain JavaScript arithmetic…".
  let module: Record<string, unknown> = {};
  beforeAll(async () => {
    module = await load("inferred-callee", {
      "main.ts": `import { grad } from "typegrad";
const sq = (x: number) => x * x;
const cube = (x: number) => x * x * x;
const on = (word: string) => word.length > 0;
const q = on("yes") ? sq : cube;
const declared: (x: number) => number = on("yes") ? sq : cube;
const fs = [sq, cube];
const table = { sq, cube };
const model: { loss: (x: number) => number } = { loss: sq };
const bound = sq.bind(null);
export const conditional = () => grad((x: number) => q(x))(3);
export const conditionalDeclared = () => grad((x: number) => declared(x))(3);
export const element = () => grad((x: number) => fs[0]!(x))(3);
export const parenthesised = () => grad((x: number) => (table.sq)(x))(3);
export const property = () => grad((x: number) => table.sq(x))(3);
export const propertyDeclared = () => grad((x: number) => model.loss(x))(3);
export const boundCall = () => grad((x: number) => bound(x))(3);
export const inMethod = () => grad({ run(x: number) { return 2 * q(x); } }.run)(3);
`,
    });
  }, COMPILE);

  it("const q = cond ? f : g; grad(x => q(x))", () => expect(call(module, "conditional")).toBe(6));
  it("control: the same with a declared function type", () => expect(call(module, "conditionalDeclared")).toBe(6));
  it("an array element called: fs[0](x)", () => expect(call(module, "element")).toBe(6));
  it("a parenthesised callee: (table.sq)(x)", () => expect(call(module, "parenthesised")).toBe(6));
  it("an object's field called: table.sq(x), table = { sq }", () => expect(call(module, "property")).toBe(6));
  it("control: model.loss(x) with a declared type for model", () => expect(call(module, "propertyDeclared")).toBe(6));
  it("a bound function called: const b = sq.bind(null); b(x)", () => expect(call(module, "boundCall")).toBe(6));
  it("inside an object method used as a value", () => expect(call(module, "inMethod")).toBe(12));
});

describe("a top-level alias of a program function", () => {
  // `const g = sq;` (also `let`, `var`, `export const`, `(sq)`) at the top level of a module
  // emits `const sq$ad = …; __typegrad.attach(sq, sq$ad);` a second time after the alias.
  // Got: SyntaxError "Identifier 'sq$ad' has already been declared" when the module loads.
  it("const g = sq; grad(g)", async () => {
    const module = await load("alias", {
      "main.ts": `import { grad } from "typegrad";
const sq = (x: number): number => x * x;
const g = sq;
export const slope = () => grad(g)(3);
`,
    });
    expect(call(module, "slope")).toBe(6);
  }, COMPILE);

  it("control: an alias inside a function", async () => {
    const module = await load("alias-local", {
      "main.ts": `import { grad } from "typegrad";
const sq = (x: number): number => x * x;
export const slope = () => {
  const g = sq;
  return grad(g)(3);
};
`,
    });
    expect(call(module, "slope")).toBe(6);
  }, COMPILE);
});

describe("bind of a function value that is not a named program function", () => {
  // Only `f.bind(…)` where `f` names a program function (escape.ts boundBy) becomes the
  // runtime's bind, which binds the differentiable version too. `.bind` of a parameter, of a
  // variable holding a table's entry, or of `(f)` is the native bind, whose result has no
  // differentiable version. Got: TypeError "the function \"bound sq\" was given a Var or Dual but
  // has no differentiable version…" (which also wrongly blames the function).
  let module: Record<string, unknown> = {};
  beforeAll(async () => {
    module = await load("bind", {
      "helper.ts": `import { grad } from "typegrad";
export function slopeOfBound(f: (x: number) => number, x: number): number {
  return grad(f.bind(null))(x);
}
`,
      "main.ts": `import { grad } from "typegrad";
import { slopeOfBound } from "./helper.js";
const sq = (x: number): number => x * x;
const table = { sq };
const entry: (x: number) => number = table.sq;
export const parameter = () => slopeOfBound(sq, 3);
export const variable = () => grad(entry.bind(null))(3);
export const parenthesised = () => grad((sq).bind(null))(3);
export const named = () => grad(sq.bind(null))(3);
`,
    });
  }, COMPILE);

  it("f.bind(null) of a parameter, in a helper module", () => expect(call(module, "parameter")).toBe(6));
  it("entry.bind(null) of a variable holding a table's entry", () => expect(call(module, "variable")).toBe(6));
  it("(sq).bind(null)", () => expect(call(module, "parenthesised")).toBe(6));
  it("control: sq.bind(null)", () => expect(call(module, "named")).toBe(6));
});

describe("a Math function mapped over an array, and nothing else", () => {
  // `(x: number[]) => x.map(Math.sin)` gets no differentiable version (no twin, no attach), as
  // if it had no arithmetic to rewrite, so jacfwd/jacrev hand Duals to the native Math.sin.
  // Got: TypeError "a Dual (value 1) was used in plain JavaScript arithmetic…"; with any other
  // operation in the function (`x.map(Math.sin).map((v) => v * 2)`) it works.
  let module: Record<string, unknown> = {};
  beforeAll(async () => {
    module = await load("math-map", {
      "main.ts": `import { jacfwd, jacrev } from "typegrad";
const sines = (x: number[]) => x.map(Math.sin);
const twiceSines = (x: number[]) => x.map(Math.sin).map((v) => v * 2);
export const forward = () => jacfwd(sines)([1, 2]);
export const reverse = () => jacrev(sines)([1, 2]);
export const control = () => jacfwd(twiceSines)([1, 2]);
`,
    });
  }, COMPILE);

  const expected = [[Math.cos(1), 0], [0, Math.cos(2)]];
  it("jacfwd(x => x.map(Math.sin))", () => expectNear(call(module, "forward"), expected, 1e-15, "jacfwd"));
  it("jacrev(x => x.map(Math.sin))", () => expectNear(call(module, "reverse"), expected, 1e-15, "jacrev"));
  it("control: x.map(Math.sin).map(v => v * 2)", () => expectNear(call(module, "control"), expected.map((row) => row.map((v) => 2 * v)), 1e-15, "jacfwd"));
});

describe("plain code in a program that uses typegrad elsewhere", () => {
  // A module that does not import typegrad, and that no differentiable code reaches, should be
  // emitted as plain tsc emits it. Two of its ordinary callbacks change it today:
  //  - a function literal passed to another function of the program gets an import of typegrad
  //    and `__typegrad.attach(literal, twin)` at every evaluation;
  //  - inside a plain higher-order function, a literal passed on that itself maps over an array
  //    (`r((t) => f(x.map((v, k) => (k === i ? t : v))), xi)`) makes the plain function's own
  //    body call `r$ad` and `__typegrad.call(f, …)`, so plain callers run the differentiable
  //    versions.
  const helper = `export function slope(f: (x: number) => number, x: number): number {
  return (f(x + 1e-3) - f(x - 1e-3)) / 2e-3;
}
export function partials(f: (x: number[]) => number, x: number[]): number[] {
  return x.map((xi, i) => slope((t) => f(x.map((v, k) => (k === i ? t : v))), xi));
}
export function slopeOfFirst(f: (x: number[]) => number[], x: number[]): number {
  return slope((t) => f([t])[0]!, x[0]!);
}
`;
  const main = `import { grad } from "typegrad";
import { partials, slopeOfFirst } from "./helper.js";
export const g = grad((x: number) => x * x)(1);
export const p = partials((x) => x[0]! * x[1]!, [1, 2]);
export const s = slopeOfFirst((x) => x, [0.5]);
`;
  let typegrad: Compiled;
  let plain: Compiled;
  beforeAll(() => {
    typegrad = compileFiles(path.join(dir, "plain-helper"), { "helper.ts": helper, "main.ts": main });
    plain = compileFiles(path.join(dir, "plain-helper-tsc"), { "helper.ts": helper, "main.ts": main }, false);
  }, COMPILE);

  it("compiles without errors", () => expect(typegrad.errors).toEqual([]));
  it("the plain module is emitted as tsc emits it", () => expect(typegrad.js["helper.js"]).toBe(plain.js["helper.js"]));
  it("no plain function's body calls a differentiable version", () => expect(typegrad.js["helper.js"]).not.toMatch(/slope\$ad\(|__typegrad\.call\(/));
});

describe("a plain helper handing a closure to a function differentiated elsewhere", () => {
  // `slope` also runs in differentiable code (`grad((x) => slope(Math.sin, x))`), so the literal
  // `partials` hands it carries a version. That version maps over `partials`' own `x`
  // (`x.map((v, k) => (k === i ? t : v))` with `t` active); the callback is only called by
  // `map`, so `x` stays plain and `partials` keeps calling the plain `slope`.
  // Got: `x` was marked active, so the plain `partials` called `slope$ad` and `__typegrad.call(f, …)`.
  const helper = `export function slope(f: (x: number) => number, x: number): number {
  return (f(x + 1e-3) - f(x - 1e-3)) / 2e-3;
}
export function partials(f: (x: number[]) => number, x: number[]): number[] {
  return x.map((xi, i) => slope((t) => f(x.map((v, k) => (k === i ? t : v))), xi));
}
`;
  let compiled: Compiled;
  let module: Record<string, unknown> = {};
  beforeAll(async () => {
    compiled = compileFiles(path.join(dir, "plain-helper-active"), {
      "helper.ts": helper,
      "main.ts": `import { grad } from "typegrad";
import { partials, slope } from "./helper.js";
export const curvature = () => grad((x: number) => slope(Math.sin, x))(1);
export const p = () => partials((x) => x[0]! * x[1]!, [1, 2]);
`,
    });
    module = (await import(/* @vite-ignore */ pathToFileURL(path.join(dir, "plain-helper-active", "main.js")).href)) as Record<string, unknown>;
  }, COMPILE);

  it("compiles without errors", () => expect(compiled.errors).toEqual([]));
  it("the plain partials calls the plain slope", () => {
    const partials = compiled.js["helper.js"]!.split("export function partials")[1]!;
    expect(partials).toMatch(/=> slope\(/);
    expect(partials).not.toMatch(/slope\$ad\(/);
  });
  // d/dx of (sin(x + h) - sin(x - h)) / 2h is (cos(x + h) - cos(x - h)) / 2h.
  it("grad through slope", () => expectNear(call(module, "curvature"), (Math.cos(1 + 1e-3) - Math.cos(1 - 1e-3)) / 2e-3, 1e-12, "grad"));
  // Central differences are exact for x0·x1 up to rounding: [x1, x0].
  it("partials of x0·x1", () => expectNear(call(module, "p"), [2, 1], 1e-9, "partials"));
});

describe("a plain call of a helper that reads a variable holding active values", () => {
  // `load` imports a module (`any`) and returns it; it also calls `forget`, which reads `seen`,
  // an array a differentiated function pushes a Var into. `load(url)` was taken to return an
  // active value because `load` (through `forget`) reads an active variable, so the module's
  // function called with plain numbers gave an "active" result, and passing it to a library
  // parameter typed number was a TG1003 compile error. A direct call of a program function with
  // plain arguments returns an active value only through a `return` of one.
  it("the module a helper imports, called with plain numbers, compiles and runs", async () => {
    const module = await load("captured-state", {
      "helper.ts": `const seen: number[] = [];
/** Keeps a value it is given (a differentiated function hands it an active one). */
export function note(v: number): void {
  seen.push(v);
}
function forget(): void {
  if (seen.length > 100) seen.length = 0;
}
export async function load(url: string) {
  forget();
  const module = await import(url);
  return { module, emitted: "text" };
}
`,
      "main.ts": `import { grad } from "typegrad";
import { load, note } from "./helper.js";
export const slope = () => grad((x: number) => { note(x); return x * x; })(3);
export async function firstTwo(): Promise<number[]> {
  const { module } = await load("./other.js");
  const forward = (module["f"] as (x: number, y: number) => number[])(1, 2);
  return [0, 1, 2, 3].slice(0, forward[0]);
}
`,
      "other.ts": "export const f = (x: number, y: number) => [x * y, x + y];\n",
    });
    expect(await (module.firstTwo as () => Promise<number[]>)()).toEqual([0, 1]);
    expect(call(module, "slope")).toBe(6);
  }, COMPILE);

  it("control: a helper returning what it captures is still active", async () => {
    const module = await load("captured-return", {
      "main.ts": `import { grad } from "typegrad";
export const slope = () => grad((x: number) => {
  const y = x * x;
  function current(): number {
    return y;
  }
  return 3 * current();
})(2);
`,
    });
    expect(call(module, "slope")).toBe(12);
  }, COMPILE);
});

describe("the gradient of a bound method is a plain number", () => {
  // `grad(q.value.bind(q))(1)` returns a number. The fact that `value` returns an active value
  // when given one was read as "`q.value` is an active value", so the bound function, the
  // transform and its result were taken as active: a TG1003 compile error where the result
  // was passed to a library parameter typed number (`expect(…).toBeCloseTo`, `slice`), and
  // plain helpers such as a test's `near(name, got, want)` got twins.
  it("grad(q.value.bind(q))(1) passed to a library parameter typed number", async () => {
    const module = await load("bound-method-result", {
      "main.ts": `import { grad } from "typegrad";
class Quadratic {
  constructor(public a: number) {}
  value(x: number): number {
    return this.a * x * x;
  }
}
const q = new Quadratic(2);
const lib = { square(x: number) { return x * x; } };
export const bound = () => [0, 1, 2, 3, 4, 5].slice(0, grad(q.value.bind(q))(1));
export const method = () => [0, 1, 2, 3, 4, 5].slice(0, grad(lib.square)(1));
`,
    });
    expect(call(module, "bound")).toEqual([0, 1, 2, 3]);
    expect(call(module, "method")).toEqual([0, 1]);
  }, COMPILE);

  it("control: a method reading an active closure is active as a value", async () => {
    const module = await load("bound-method-closure", {
      "main.ts": `import { grad } from "typegrad";
export const slope = () => grad((x: number) => {
  const model = { scale(y: number) { return x * y; } };
  const scale = model.scale.bind(model);
  return scale(3);
})(2);
`,
    });
    expect(call(module, "slope")).toBe(3);
  }, COMPILE);
});

describe("activity of a result computed from an array's length", () => {
  // A program function called with an active array returns an active value only when the
  // version that runs returns one: `side(x)` reads only `x.length`, so `x.slice(0, side(x))`
  // gets a plain number (it was a TG1003 compile error).
  it("x.slice(0, side(x)) compiles, and its Jacobian is the closed form", async () => {
    const module = await load("length", {
      "main.ts": `import { jacfwd } from "typegrad";
function side(x: number[]): number {
  return Math.round(Math.sqrt(x.length));
}
export function firstRow(x: number[]): number[] {
  return x.slice(0, side(x)).map((v) => v + v);
}
export const j = jacfwd(firstRow)([1, 2, 3, 4]);
`,
    });
    // firstRow keeps the first round(√4) = 2 entries, doubled: ∂(2xᵢ)/∂xⱼ = 2δᵢⱼ.
    expect(module.j).toEqual([[2, 0, 0, 0], [0, 2, 0, 0]]);
  }, COMPILE);
});

describe("a call of a function whose twin is dropped", () => {
  // `h0` does no arithmetic, so its twin would be the function as written and is dropped
  // (twin-work.ts): `h0(x[0])` calls `h0` itself, which hands the active value back. The
  // activity of that call must not change when the twins are pruned: the condition's operand
  // `Math.sin(0.5) + h0(x[0])` is first asked about after pruning (fuzz seed 4242, program 28:
  // it stayed native JavaScript `+` on a Var and threw).
  it("h0(x[0]) inside a condition and in the result is active, and the gradient is the closed form", async () => {
    const module = await load("dropped-twin", {
      "main.ts": `import { valueAndGrad } from "typegrad";
function h0(a: number): number {
  return a;
}
export function f(x: number[]): number {
  const m = Math.max(...x);
  if ((Math.sin(0.5) + h0(x[0])) < Math.sin(x[0])) return x.length;
  return x[0] * m + h0(x[1]) * 3;
}
export const at = (x: number[]) => valueAndGrad(f)(x);
`,
    });
    const at = module.at as (x: number[]) => [number, number[]];
    // sin(0.5) + x₀ < sin x₀ is false near 0, so f = x₀·max(x) + 3x₁; with x₁ the maximum:
    // ∂f/∂x₀ = x₁, ∂f/∂x₁ = x₀ + 3.
    const [value, gradient] = at([0.005, 0.007]);
    expectNear(value, 0.005 * 0.007 + 3 * 0.007, 1e-15, "f");
    expectNear(gradient[0]!, 0.007, 1e-15, "∂f/∂x₀");
    expectNear(gradient[1]!, 3.005, 1e-15, "∂f/∂x₁");
  }, COMPILE);
});
