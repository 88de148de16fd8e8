// Functions as values, as a user's program passes them: routes an audit of an installed
// package (an optimiser library, tables, registries, pipelines) found wrong, each checked
// against closed forms, and a module that only hands its functions to library callbacks
// checked against plain tsc.
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { expectNear } from "../numeric.js";
import { compileFiles, type Compiled } from "./compile.js";

const root = path.resolve(import.meta.dirname, "../..");
const dir = path.join(root, ".tmp", "routes-audit");

// Compiling a program takes seconds on a loaded machine.
const COMPILE = 120_000;

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

describe("functions stored by library methods, then differentiated", () => {
  // `registry.set("sq", (x) => x * x)` and `stack.push((x) => …)` hand a literal to a library
  // method that keeps it; it got no differentiable version (a literal handed to a library was
  // taken for a callback), and `grad(registry.get("sq")!)` — a value typed `F | undefined` —
  // was not looked up as a function value. Got: TypeError "a Var (value 3) was used in plain
  // JavaScript arithmetic…".
  let module: Record<string, unknown> = {};
  let compiled: Compiled;
  beforeAll(async () => {
    compiled = compileFiles(path.join(dir, "stored"), {
      "functions.ts": `export const softplus = (x: number) => Math.log(1 + Math.exp(x));
`,
      "main.ts": `import { derivative, grad } from "typegrad";
import { softplus } from "./functions.js";
const registry = new Map<string, (x: number) => number>();
registry.set("sq", (x) => x * x);
registry.set("soft", softplus);
const stack: Array<(x: number) => number> = [];
stack.push((x) => Math.sin(2 * x));
const handlers: Record<string, (x: number) => number> = {};
Object.assign(handlers, { cube: (x: number) => x ** 3 });
export const literal = () => grad(registry.get("sq")!)(3);
export const named = () => grad(registry.get("soft")!)(0.4);
export const pushed = () => derivative(stack[0]!)(0.1);
export const assigned = () => grad(handlers["cube"]!)(2);
export const plain = () => registry.get("sq")!(5) + stack[0]!(0.25);
`,
    });
    module = (await import(/* @vite-ignore */ pathToFileURL(path.join(dir, "stored", "main.js")).href)) as Record<string, unknown>;
  }, COMPILE);

  const run = (name: string) => (module[name] as () => number)();
  it("compiles without errors", () => expect(compiled.errors).toEqual([]));
  it("Map.set of a literal: grad(registry.get(k)!)", () => expect(run("literal")).toBe(6));
  it("Map.set of an imported function", () => expectNear(run("named"), logistic(0.4), 1e-15, "grad"));
  it("push of a literal: derivative(stack[0]!)", () => expectNear(run("pushed"), 2 * Math.cos(0.2), 1e-15, "derivative"));
  it("Object.assign of a literal", () => expect(run("assigned")).toBe(12));
  it("plain callers get plain numbers", () => expect(run("plain")).toBe(25 + Math.sin(0.5)));
});

describe("a table's element called inside differentiable code", () => {
  // `fs[i]!(v)` with `fs = [Math.sin, softplus, (v) => v * v]`: the checker resolves the call to
  // `Math.sin`'s declaration in lib.d.ts (the array's element type comes from it), so the call
  // was taken for a library call: TG1003 ('sin' … typed number) and a plain call of the element.
  let module: Record<string, unknown> = {};
  let compiled: Compiled;
  beforeAll(async () => {
    compiled = compileFiles(path.join(dir, "element"), {
      "main.ts": `import { grad, jacfwd, pipe } from "typegrad";
const softplus = (x: number) => Math.log(1 + Math.exp(x));
const fs = [Math.sin, softplus, (v: number) => v * v];
const total = (x: number[]) => x.map((v, i) => fs[i]!(v)).reduce((a, b) => a + b, 0);
const each = (x: number[]) => x.map((v, i) => fs[i]!(v));
const pick = (k: number) => fs[k]!;
export const reverse = () => grad(total)([0.1, 0.2, 0.3]);
export const forward = () => jacfwd(each)([0.1, 0.2, 0.3]);
export const picked = () => grad((x: number) => pick(1)(x) * 2)(0.5);
export const piped = () => grad(pipe(...fs))(0.7);
`,
    });
    module = (await import(/* @vite-ignore */ pathToFileURL(path.join(dir, "element", "main.js")).href)) as Record<string, unknown>;
  }, COMPILE);

  const run = (name: string) => (module[name] as () => unknown)();
  const partials = [Math.cos(0.1), logistic(0.2), 0.6];
  it("compiles without errors", () => expect(compiled.errors).toEqual([]));
  it("grad of x.map((v, i) => fs[i](v)) summed", () => expectNear(run("reverse"), partials, 1e-15, "grad"));
  it("jacfwd of x.map((v, i) => fs[i](v))", () => expectNear(run("forward"), [[partials[0], 0, 0], [0, partials[1], 0], [0, 0, partials[2]]], 1e-15, "jacfwd"));
  it("a factory's result called: pick(1)(x)", () => expectNear(run("picked"), 2 * logistic(0.5), 1e-15, "grad"));
  // pipe(sin, softplus, square)(x) = softplus(sin x)²: its derivative 2·softplus(sin x)·logistic(sin x)·cos x.
  it("pipe(...fs): a table spread into pipe", () => {
    const s = Math.sin(0.7);
    expectNear(run("piped"), 2 * Math.log(1 + Math.exp(s)) * logistic(s) * Math.cos(0.7), 1e-14, "grad");
  });
});

describe("a module that hands its functions only to library callbacks", () => {
  // `[1, 2].map(inc)` or `values.sort(byValue)` in a module that neither imports typegrad nor
  // is reached from differentiable code: `inc` used as a value got a twin and `attach(inc,
  // inc$ad)`, so the module was not emitted as tsc emits it. A library callback is followed in
  // place where differentiable code calls the library; it needs no version of its own.
  const other = `const inc = (s: number) => s + 1;
function byValue(a: number, b: number): number {
  return a - b;
}
export const ys = [1, 2].map(inc);
export const sorted = [3, 1, 2].sort(byValue);
function twice(f: (x: number) => number, x: number): number {
  return f(f(x));
}
export const z = twice(inc, 3);
`;
  const main = `import { grad } from "typegrad";
export const g = grad((x: number) => x * x)(2);
`;
  let typegrad: Compiled;
  let plain: Compiled;
  beforeAll(() => {
    typegrad = compileFiles(path.join(dir, "callbacks"), { "main.ts": main, "other.ts": other });
    plain = compileFiles(path.join(dir, "callbacks-tsc"), { "main.ts": main, "other.ts": other }, false);
  }, COMPILE);

  it("compiles without errors", () => expect(typegrad.errors).toEqual([]));
  it("the module is emitted as tsc emits it", () => expect(typegrad.js["other.js"]).toBe(plain.js["other.js"]));

  it("control: the same callback on active values differentiates", async () => {
    const module = (await (async () => {
      const compiled = compileFiles(path.join(dir, "callbacks-active"), {
        "main.ts": `import { grad } from "typegrad";
import { inc } from "./other.js";
export const g = () => grad((x: number[]) => x.map(inc).reduce((a, b) => a * b, 1))([2, 3]);
`,
        "other.ts": "export const inc = (s: number) => s * s + 1;\n",
      });
      expect(compiled.errors).toEqual([]);
      return import(/* @vite-ignore */ pathToFileURL(path.join(dir, "callbacks-active", "main.js")).href);
    })()) as Record<string, unknown>;
    // (x0² + 1)(x1² + 1) at (2, 3): [2·2·10, 5·2·3].
    expect((module.g as () => number[])()).toEqual([40, 30]);
  }, COMPILE);
});

describe("a plain checking module called around gradients of methods", () => {
  // A test's own `near(name, got, want)` and `attempt(name, work)` (no typegrad import) are
  // called with `grad(q.value.bind(q))(0.7)`, `grad((x) => lib.twice(lib.square(x)))(3)` and
  // closures naming methods: all plain numbers. A method's fact (it returns an active value
  // when given one) was read as "the method, and an object literal holding it, is an active
  // value", so these results looked active and the checking module got twins (`near$ad`).
  const check = `export const failures: string[] = [];
export function near(name: string, got: number, want: number): void {
  if (!(Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want)))) failures.push(name);
}
export function attempt(name: string, work: () => void): void {
  try {
    work();
  } catch {
    failures.push(name);
  }
}
`;
  const main = `import { grad } from "typegrad";
import { attempt, failures, near } from "./check.js";
class Quadratic {
  constructor(public a: number, public b: number) {}
  value(x: number): number {
    return this.a * x * x + this.b * x;
  }
}
const q = new Quadratic(2, -1);
const lib = { square(x: number) { return x * x; }, twice: (x: number) => 2 * x };
attempt("bound", () => near("bound", grad(q.value.bind(q))(0.7), 1.8));
attempt("arrow", () => near("arrow", grad((x: number) => q.value(x))(0.7), 1.8));
near("object literal", grad((x: number) => lib.twice(lib.square(x)))(3), 12);
export const failed = failures;
`;
  let typegrad: Compiled;
  let plain: Compiled;
  beforeAll(() => {
    typegrad = compileFiles(path.join(dir, "checking"), { "check.ts": check, "main.ts": main });
    plain = compileFiles(path.join(dir, "checking-tsc"), { "check.ts": check, "main.ts": main }, false);
  }, COMPILE);

  it("compiles without errors", () => expect(typegrad.errors).toEqual([]));
  it("the checking module is emitted as tsc emits it", () => expect(typegrad.js["check.js"]).toBe(plain.js["check.js"]));
  it("every check passes", async () => {
    const module = (await import(/* @vite-ignore */ pathToFileURL(path.join(dir, "checking", "main.js")).href)) as Record<string, unknown>;
    expect(module.failed).toEqual([]);
  });
});
