// Property test of functions as values: generated programs hand a function through random
// chains of routes (see generate.ts) to a helper module that differentiates it. Each program is
// a folder of .ts files — an index.ts re-exporting the helper module (program/helper.ts, shared
// by a batch of programs as a library would be) with `export * from`, maybe a base module, and
// main.ts — compiled with the transformer as tspc would, then imported and
// checked: reverse against forward mode (~1e-12), and both against central differences of
// the program's own plain-number function (~1e-6), whose values must match an independent
// plain JavaScript model of the composition.
//
// ROUTES_RUNS=1000 npx vitest run test/routes  runs a larger batch; ROUTES_SEED picks another
// seed; ROUTES_WORKAROUNDS=1 writes the forms that avoided the bugs of findings.test.ts.
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { expectNear, richardson, richardsonGrad, richardsonJacobian } from "../numeric.js";
import { compileFiles } from "./compile.js";
import { buildProgram, programSpec, ROUTES, type Program } from "./generate.js";

const RUNS = Number(process.env.ROUTES_RUNS ?? 100);
const SEED = Number(process.env.ROUTES_SEED ?? 20261129);
const BATCH = 100; // programs per TypeScript program (one type-check each)
const NUMERIC = 1e-6; // against central differences
const MODES = 1e-12; // forward against reverse, first order
const MODES2 = 1e-11; // second order, where the summation orders differ more
// Values against the plain model: differentiable code computes Math.exp with typegrad's
// correctly rounded exp, which may differ from V8's Math.exp in the last bit.
const VALUE = 1e-14;

const root = path.resolve(import.meta.dirname, "../..");
const dir = path.join(root, ".tmp", "routes-property");
const helper = fs.readFileSync(path.join(import.meta.dirname, "program", "helper.ts"), "utf8");

interface Loaded {
  program: Program;
  folder: string;
  module: Record<string, unknown>;
  model: (...args: unknown[]) => number;
  loadError?: unknown;
}

let programs: Program[] = [];
const loaded: Loaded[] = [];
const diagnostics: string[] = [];

/** Writes a batch of programs into folders beside one helper module and compiles them as one program. */
function compileBatch(batch: Program[], batchDir: string): string[] {
  const files: Record<string, string> = { "helper.ts": helper };
  batch.forEach((program, k) => {
    for (const [name, text] of Object.entries(program.files)) files[`p${k}/${name}`] = text;
  });
  return compileFiles(batchDir, files).errors;
}

beforeAll(async () => {
  programs = fc.sample(programSpec(), { seed: SEED, numRuns: RUNS }).map(buildProgram);
  fs.rmSync(dir, { recursive: true, force: true });
  for (let start = 0; start < programs.length; start += BATCH) {
    const batchDir = path.join(dir, `b${start / BATCH}`);
    const batch = programs.slice(start, start + BATCH);
    diagnostics.push(...compileBatch(batch, batchDir));
    for (const [k, program] of batch.entries()) {
      const folder = path.join(batchDir, `p${k}`);
      const model = new Function(`return ${program.model};`)() as Loaded["model"];
      try {
        const module = (await import(/* @vite-ignore */ pathToFileURL(path.join(folder, "main.js")).href)) as Record<string, unknown>;
        loaded.push({ program, folder, module, model });
      } catch (error) {
        // Reported by the test below, with the other failures.
        loaded.push({ program, folder, module: {}, model, loadError: error });
      }
    }
  }
}, 600_000);

interface UnaryResult { value: number; reverse: number; grad: number; forward: number; jvp: number; secondForward: number; secondMixed: number[]; traced: number; piped: number; gradient: (x: number) => number }
interface BinaryResult { value: number; reverse: number[]; vjp: number[]; forward: number[]; traced: number[]; gradient: (x: number, y: number) => number[] }
interface VectorResult { value: number; reverse: number[]; forward: number[]; jacrev: number[]; hessian: number[][]; hvp: number[]; gradient: (v: number[]) => number[] }

function checkUnary({ module, model }: Loaded): void {
  const F = module.F as (x: number) => number;
  const check = module.check as (x: number) => UnaryResult;
  for (const x of [0.35, -0.8]) {
    const at = `at ${x}`;
    expectNear(F(x), model(x), VALUE, `plain value ${at}`);
    const r = check(x);
    expectNear(r.value, model(x), VALUE, `valueAndGrad's value ${at}`);
    expectNear(r.reverse, richardson(F, x), NUMERIC, `valueAndGrad vs central differences ${at}`);
    expectNear(r.grad, r.reverse, MODES, `grad vs valueAndGrad ${at}`);
    expectNear(r.forward, r.reverse, MODES, `derivative vs grad ${at}`);
    expectNear(r.jvp, r.reverse, MODES, `jvp vs grad ${at}`);
    expectNear(r.traced, r.reverse, MODES, `trace(f).grad vs grad ${at}`);
    expectNear(r.piped, r.value * r.reverse, MODES, `grad(pipe(f, halfSquare)) = f·f' ${at}`);
    expectNear(r.secondForward, richardson(r.gradient, x), NUMERIC, `derivative(derivative) vs central differences of grad ${at}`);
    expectNear(r.secondMixed, [r.secondForward, r.secondForward, r.secondForward], MODES2, `derivative(grad), grad(derivative), grad(grad) ${at}`);
  }
  const steps = (module.descend as (x0: number) => number[])(0.35);
  expectDescent(steps.map((x) => [x]), (v) => model(v[0]), "minimize");
}

/**
 * Each step of an optimiser's path is x − 0.05·∇f(x) with ∇f by central differences, checked
 * step by step (a whole path amplifies the differences where the steps are large), and only
 * while |x| ≤ 4, where central differences of these functions are reliable.
 */
function expectDescent(path: number[][], f: (v: number[]) => number, what: string): void {
  expect(path.length, `${what}'s path`).toBe(4);
  for (let i = 0; i + 1 < path.length && path[i]!.every((v) => Math.abs(v) <= 4); i++) {
    const g = richardsonGrad(f, path[i]!);
    expectNear(path[i + 1], path[i]!.map((v, k) => v - 0.05 * g[k]!), NUMERIC, `${what}'s step ${i + 1}`);
  }
}

function checkBinary({ module, model }: Loaded): void {
  const F = module.F as (x: number, y: number) => number;
  const check = module.check as (x: number, y: number) => BinaryResult;
  for (const [x, y] of [[0.4, -0.6], [1.1, 0.3]] as const) {
    const at = `at (${x}, ${y})`;
    expectNear(F(x, y), model(x, y), VALUE, `plain value ${at}`);
    const r = check(x, y);
    expectNear(r.value, model(x, y), VALUE, `valueAndGrad's value ${at}`);
    expectNear(r.reverse, richardsonGrad((p) => F(p[0]!, p[1]!), [x, y]), NUMERIC, `valueAndGrad vs central differences ${at}`);
    expectNear(r.vjp, r.reverse, MODES, `vjp vs valueAndGrad ${at}`);
    expectNear(r.forward, r.reverse, MODES, `jvp along each axis vs valueAndGrad ${at}`);
    expectNear(r.traced, r.reverse, MODES, `trace(f).grad vs valueAndGrad ${at}`);
    expectNear(r.gradient(x, y), r.reverse, MODES, `grad vs valueAndGrad ${at}`);
  }
}

function checkVector({ module, model }: Loaded): void {
  const F = module.F as (v: number[]) => number;
  const check = module.check as (v: number[]) => VectorResult;
  for (const v of [[0.3, -0.7, 1.1], [0.9, 0.2, -0.4]]) {
    const at = `at [${v}]`;
    expectNear(F(v), model(v), VALUE, `plain value ${at}`);
    const r = check(v);
    expectNear(r.value, model(v), VALUE, `valueAndGrad's value ${at}`);
    expectNear(r.reverse, richardsonGrad(F, v), NUMERIC, `valueAndGrad vs central differences ${at}`);
    expectNear(r.forward, r.reverse, MODES, `jacfwd vs valueAndGrad ${at}`);
    expectNear(r.jacrev, r.reverse, MODES, `jacrev vs valueAndGrad ${at}`);
    expectNear(r.hessian, richardsonJacobian(r.gradient, v), NUMERIC, `hessian vs central differences of grad ${at}`);
    expectNear(r.hvp, r.hessian.map((row) => row.reduce((s, t) => s + t, 0)), MODES2, `hvp vs hessian ${at}`);
  }
  const steps = (module.descend as (v0: number[]) => number[][])([0.3, -0.7, 1.1]);
  expectDescent(steps, model as (v: number[]) => number, "minimizeVector");
}

const CHECKS = { unary: checkUnary, binary: checkBinary, vector: checkVector };

describe(`functions passed through random chains of routes (${RUNS} programs, seed ${SEED})`, () => {
  it("every route and every home of the base function occurs", () => {
    const taken = new Set(programs.flatMap((p) => p.taken.map((t) => t.replace(/^base in (.*) \(.*\)$/, "$1"))));
    for (const route of [...Object.keys(ROUTES), "main", "base module", "export * re-export", "export { } re-export"]) {
      expect(taken.has(route), route).toBe(true);
    }
  });

  it("compiles with no error diagnostics", () => {
    expect(diagnostics).toEqual([]);
  });

  it("reverse = forward, and both = central differences of the plain function", () => {
    const failures: string[] = [];
    for (const entry of loaded) {
      try {
        if (entry.loadError) throw entry.loadError;
        CHECKS[entry.program.kind](entry);
      } catch (error) {
        const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
        failures.push(`${path.relative(root, entry.folder)} (${entry.program.taken.join(" → ")}): ${message}`);
      }
    }
    expect(failures, `${failures.length} of ${loaded.length} programs failed`).toEqual([]);
  });
});
