// End-to-end fuzzing: random differentiable TypeScript programs (generate.ts) compiled with and
// without the transform, run, and checked (check.ts): valueAndGrad's value Object.is-equal to
// the untransformed program's, forward mode and grad against valueAndGrad's gradient to 1e-12,
// and the gradient against central differences of the plain program away from kinks.
//
// CI runs a fixed-seed batch; `npm run fuzz -- --runs=10000 [--seed=N]` runs a long one and
// shrinks what fails. FUZZ_RUNS and FUZZ_SEED change this file's batch.
import { describe, expect, it } from "vitest";
import { checkProgram, type Modules } from "./check.js";
import { AVOID_KNOWN_GAPS, type Spec } from "./generate.js";
import { render, type Rendered } from "./render.js";
import { describeProgram, runBatch, sampleSpecs } from "./run.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 240);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const BATCH = 60; // programs per TypeScript program, and per test (each well within 60 s)

const values = sampleSpecs(SEED, RUNS);

/** Features each batch must exercise, found in the programs' text. */
const FEATURES: Record<string, RegExp> = {
  "a let reassigned": /^\s+v\d+ [-+*]?= /m,
  "++ or --": /(\+\+|--);$/m,
  "a counted for loop": /for \(let i\d+ = 0; i\d+ < \d;/,
  "a for loop over an array's length": /< (x|arr\d+)\.length; /,
  "for…of": /for \(const t\d+ of /,
  "while": /^\s*while \(/m,
  "do…while": /} while \(/,
  "switch": /switch \(i\d+ % 2\)/,
  "for…of over entries()": /\.entries\(\)\)/,
  "try/catch": /} catch {/,
  "try/finally": /} finally {/,
  "forEach": /\.forEach\(/,
  "break": /\) break;/,
  "continue": /\) continue;/,
  "if/else": /} else {/,
  "an early return": /\) return /,
  "?:": / \? /,
  "a helper in main.ts": /^function h\d|^const h\d/m,
  "a helper in another module": /from "\.\/helpers\.js"/,
  "a recursive helper": /return h\d+\(.*, n - 1\)/,
  "a helper taking a function": /g: \(t: number\) => number/,
  "a helper taking an object": /p: Params/,
  "a helper taking an array": /v: number\[\]/,
  "an array literal": /= \[[^.]/,
  "map": /\.map\(\(t/,
  "push": /\.push\(/,
  "spread into an array": /\[\.\.\./,
  "reduce": /\.reduce\(/,
  "concat": /\.concat\(\[/,
  "a Map": /new Map<string, number>/,
  "Map.get": /\.get\("[abc]"\) \?\? 0\.5/,
  "unary +": /\(\+\(/,
  "an active exponent": /\) \*\* Math\.cos\(/,
  "filter": /\.filter\(/,
  "Math.max(...array)": /Math\.(max|min)\(\.\.\./,
  "an array element assigned": /arr\d+\[\d\] \+?= /,
  "array destructuring": /const \[p\d+, q\d+\]/,
  "a closure": /const g\d+ = \(t\d+: number\): number =>/,
  "a closure that assigns": /const g\d+ = \(t\d+: number\): number => {/,
  "a factory": /const make\d+ = /,
  "a nested function declaration": /^\s+function g\d+/m,
  "a Math function as a value": /\.map\(Math\.tanh\)|Array\.from\(x, Math\.tanh\)/,
  "an object literal": /= { w: /,
  "object spread": /{ \.\.\.o\d+/,
  "an object field assigned": /o\d+\.[wb] [-+*]?= /,
  "object destructuring": /const { w: d\d+/,
  "a class instance": /new Accumulator\(/,
  "a getter": /acc\d+\.half|half: d\d+/,
  "Array.from({ length })": /Array\.from\(\{ length: 3 \}/,
  "a string built from numbers": /s\d+ \+= |s\d+ = s\d+ \+ /,
  "a template literal": /`\$\{s\d+\}\|/,
  "toFixed": /\.toFixed\(3\)/,
  "a string's length": /s\d+\.length/,
  "Math.abs": /Math\.abs\(/,
  "Math.floor": /Math\.floor\(/,
  "%": / % 1\.5/,
  "f(a: number, b: number)": /function f\(a: number, b: number\)|const f = \(a: number, b: number\)/,
  "f(x: number[])": /f\(x: number\[\]\)|f = \(x: number\[\]\)/,
  "f(x: Float64Array)": /f\(x: Float64Array\)|f = \(x: Float64Array\)/,
  "f as an arrow": /export const f = /,
};

describe(`random differentiable programs (${RUNS} programs, seed ${SEED})`, () => {
  it("the batch exercises every feature", () => {
    const texts = values.map((v) => Object.values(render(v.value_).files).join("\n"));
    const missing = Object.entries(FEATURES).filter(([, pattern]) => !texts.some((t) => pattern.test(t))).map(([name]) => name);
    expect(missing).toEqual([]);
  });

  for (let start = 0; start < RUNS; start += BATCH) {
    const end = Math.min(RUNS, start + BATCH);
    it(`programs ${start}–${end - 1}: values bit for bit, forward = reverse, reverse = central differences`, () => {
      const results = runBatch(values.slice(start, end).map((v) => v.value_));
      const failures = results.flatMap((r, k) => (r.failure ? [`program ${start + k}: ${r.failure.category}\n${r.failure.message}\n${describeProgram(r.rendered)}`] : []));
      expect(failures, `npm run fuzz -- --seed=${SEED} --runs=${RUNS} shrinks these`).toEqual([]);
      // The central-difference check is not vacuous: most coordinates are compared.
      const stats = results.reduce((s, r) => ({ compared: s.compared + r.stats.compared, skipped: s.skipped + r.stats.kinks + r.stats.rough }), { compared: 0, skipped: 0 });
      expect(stats.compared).toBeGreaterThan(10 * stats.skipped);
    });
  }
});

describe("the checks catch what they are for", () => {
  // One small program, compiled once, whose modules are then swapped for doctored ones.
  const spec: Spec = {
    kind: "vector",
    n: 2,
    form: "function",
    helpers: [],
    body: [],
    ret: { k: "kink", fn: 0, a: { k: "op", op: "*", a: { k: "var", i: 0 }, b: { k: "math", fn: 0, a: { k: "var", i: 1 } } }, b: { k: "const", i: 0 } },
    points: [[0.3, 0.7, 0, 0]],
  };
  let rendered: Rendered;
  let modules: Modules;
  const run = (doctor: (m: Record<string, (...a: unknown[]) => unknown>) => Record<string, unknown>) =>
    checkProgram(rendered, { typegrad: doctor(modules.typegrad as never), plain: modules.plain });

  it("the program itself passes", () => {
    const [result] = runBatch([spec]);
    rendered = result!.rendered;
    expect(rendered.files["main.ts"]).toContain("Math.abs((x[0] * Math.sin(x[1])))");
    expect(result!.failure).toBeUndefined();
    expect(result!.stats.compared).toBe(2);
    modules = result!.modules!;
  });

  it("a value one unit in the last place off", () => {
    const failure = run((m) => ({ ...m, value: (x: unknown) => { const [v, g] = m.value!(x) as [number, unknown]; return [v + v * Number.EPSILON, g]; } })).failure;
    expect(failure?.category).toBe("value: valueAndGrad's value");
  });

  it("-0 for 0 is a different value", () => {
    const zero = { ...rendered, points: [[0, 0.7]] };
    const failure = checkProgram(zero, { plain: modules.plain, typegrad: { ...modules.typegrad, value: (x: unknown) => [-0, (modules.typegrad.value as (x: unknown) => [number, unknown])(x)[1]] } }).failure;
    expect(failure?.category).toBe("value: valueAndGrad's value");
  });

  it("forward mode off by 1e-10 relative", () => {
    const failure = run((m) => ({ ...m, forward: (x: unknown) => (m.forward!(x) as number[]).map((g) => g * (1 + 1e-10)) })).failure;
    expect(failure?.category).toBe("forward against reverse");
  });

  it("a gradient off by 1e-4 relative in every mode", () => {
    const scaled = (f: (x: unknown) => unknown) => (x: unknown) => (f(x) as number[]).map((g) => g * (1 + 1e-4));
    const failure = run((m) => ({
      ...m,
      value: (x: unknown) => { const [v, g] = m.value!(x) as [number, number[]]; return [v, g.map((t) => t * (1 + 1e-4))]; },
      gradient: scaled(m.gradient!),
      forward: scaled(m.forward!),
    })).failure;
    expect(failure?.category).toBe("reverse against central differences");
  });

  it("a throw is reported with its message", () => {
    const failure = run((m) => ({ ...m, forward: () => { throw new TypeError("no forward mode today"); } })).failure;
    expect(failure?.category).toBe("forward mode throws TypeError: no forward mode today");
  });

  it("a point beside a kink is skipped, not failed", () => {
    // |x0·sin(x1)| with x0 = 1e-4: the differences in x0 cross 0.
    const result = checkProgram({ ...rendered, points: [[1e-4, 0.7]] }, modules);
    expect(result.failure).toBeUndefined();
    expect(result.stats).toMatchObject({ kinks: 1, compared: 1 });
  });

  it("AVOID_KNOWN_GAPS names each gap it avoids", () => {
    expect(Object.keys(AVOID_KNOWN_GAPS).sort()).toEqual(["anyTypedValues", "mathFunctionsInValues", "sigmoidSoftplusPatterns", "typedArrayReduce"]);
  });
});
