// Property test of the compiled modes: random programs — straight-line code, loops over
// arrays, branches — are compiled by the transformer (src/transformer/compiler/); the compiled
// gradient and the compiled derivative must agree with what the tape and the Dual runtime give
// for the same program to 1e-13 relative (the adjoint sums may be added in another order), and
// with central differences.
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { createTransformer } from "../../src/transformer/index.js";

const PROGRAMS = 60;
const root = path.resolve(import.meta.dirname, "../..");
const dir = path.join(root, ".tmp", "compiled-property");

/** A random expression over `names`, kept in every primitive's domain. */
function expression(names: string[]): fc.Arbitrary<string> {
  const leaf = fc.oneof(fc.constantFrom(...names), fc.constantFrom("0.5", "2", "1.25", "Math.PI"));
  const tree = fc.letrec<{ e: string }>((tie) => ({
    e: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leaf,
      fc.tuple(tie("e"), fc.constantFrom("+", "-", "*"), tie("e")).map(([a, op, b]) => `(${a} ${op} ${b})`),
      fc.tuple(tie("e"), tie("e")).map(([a, b]) => `(${a} / (1 + ${b} * ${b}))`),
      fc.tuple(fc.constantFrom("Math.sin", "Math.cos", "Math.tanh", "Math.atan", "-"), tie("e")).map(([f, a]) => `${f}(${a})`),
      tie("e").map((a) => `Math.exp(Math.tanh(${a}))`),
      tie("e").map((a) => `Math.sqrt(1 + ${a} * ${a})`),
      tie("e").map((a) => `Math.log(1 + (${a}) ** 2)`),
      fc.tuple(tie("e"), tie("e")).map(([a, b]) => `Math.max(${a}, ${b})`),
    ),
  }));
  return tree.e.filter((e) => e.length < 400);
}

/** One straight-line function of two numbers, with locals. */
const straight = fc.tuple(expression(["x", "y"]), expression(["x", "y", "a"]), expression(["a", "b", "x"])).map(
  ([a, b, r]) => `(x: number, y: number): number => {\n  const a = ${a};\n  const b = ${b};\n  return ${r} * 1.5;\n}`,
);

/** One function of an array and a number with a counted loop accumulating into a local. */
const looping = fc.tuple(expression(["v[i]", "s", "x"]), expression(["t", "v[i]"]), fc.constantFrom("i++", "i += 2")).map(
  ([t, u, step]) =>
    `(v: number[], x: number): number => {\n  let s = x * 0.5;\n  for (let i = 0; i < v.length; ${step}) {\n    const t = ${t};\n    s += ${u};\n  }\n  return s * 0.5;\n}`,
);

/** One function with a branch on primal values, a local updated in either branch. */
const branchy = fc.tuple(expression(["x", "y"]), expression(["x", "s"]), expression(["y", "s"]), expression(["s", "x"])).map(
  ([init, test, yes, no]) =>
    `(x: number, y: number): number => {\n  let s = ${init} + 0.5;\n  if (${test} < 0.7) {\n    s = s * ${yes};\n  } else {\n    s += ${no};\n  }\n  return s * 1.5;\n}`,
);

let module: Record<string, unknown> = {};
let sources: { straight: string[]; looping: string[]; branchy: string[] } = { straight: [], looping: [], branchy: [] };
let emitted = "";

beforeAll(async () => {
  const seed = Number(process.env.TYPEGRAD_FC_SEED ?? 20261122);
  sources = {
    straight: fc.sample(straight, { seed, numRuns: PROGRAMS }),
    looping: fc.sample(looping, { seed: seed + 1, numRuns: PROGRAMS }),
    branchy: fc.sample(branchy, { seed: seed + 2, numRuns: PROGRAMS }),
  };
  // Each program `fK` gets a reference on the runtime: its gradient by vjp and its jvp, both
  // with debugNans on (which turns compiled code off: they record a tape, run Duals). `cK` calls
  // the program from another function, so the call is inlined into its compiled code.
  const lines = ['import { debugNans, derivative, grad, jvp, valueAndGrad, vjp } from "typegrad";'];
  const onTape = (name: string, params: string) =>
    `(${params}) => { debugNans(true); try { const [value, pullback] = vjp(${name}, ${params.replace(/: [^,]+/g, "")}); return [value, pullback(1)]; } finally { debugNans(false); } }`;
  const onDuals = (call: string) => `{ debugNans(true); try { return ${call}; } finally { debugNans(false); } }`;
  sources.straight.forEach((src, k) => {
    lines.push(`export const s${k} = ${src};`, `export const cs${k} = (x: number, y: number) => 2 * s${k}(y, x) + s${k}(x, y);`);
    lines.push(`export const gs${k} = valueAndGrad(s${k});`, `export const ds${k} = (x: number, y: number) => jvp(s${k}, [x, y], [1, 0.5]);`);
    lines.push(`export const gcs${k} = valueAndGrad(cs${k});`, `export const rgcs${k} = ${onTape(`cs${k}`, "x: number, y: number")};`);
    lines.push(`export const rgs${k} = ${onTape(`s${k}`, "x: number, y: number")};`, `export const rds${k} = (x: number, y: number) => ${onDuals(`jvp(s${k}, [x, y], [1, 0.5])`)};`);
  });
  sources.looping.forEach((src, k) => {
    lines.push(`export const l${k} = ${src};`);
    lines.push(`export const gl${k} = valueAndGrad(l${k});`, `export const rgl${k} = ${onTape(`l${k}`, "v: number[], x: number")};`);
  });
  sources.branchy.forEach((src, k) => {
    lines.push(`export const b${k} = ${src};`);
    lines.push(`export const gb${k} = valueAndGrad(b${k});`, `export const rgb${k} = ${onTape(`b${k}`, "x: number, y: number")};`);
  });
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "programs.ts");
  fs.writeFileSync(file, lines.join("\n"));
  const program = ts.createProgram([file], {
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true, types: [], outDir: dir, rootDir: dir,
  });
  const problems: ts.Diagnostic[] = [];
  program.emit(undefined, (name, text) => {
    if (name.endsWith(".js")) emitted = text;
  }, undefined, false, { before: [createTransformer(program, (d) => problems.push(d))] });
  expect(problems.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  const out = path.join(dir, "programs.js");
  fs.writeFileSync(out, emitted);
  module = await import(/* @vite-ignore */ pathToFileURL(out).href);
}, 240_000);

/** Equal to 1e-13 relative (NaN where the other is NaN, infinities equal). */
function agrees(a: unknown, b: unknown, what: string): void {
  const flat = (x: unknown): number[] => (Array.isArray(x) ? x.flatMap(flat) : [x as number]);
  const [p, q] = [flat(a), flat(b)];
  expect(p.length, what).toBe(q.length);
  p.forEach((v, k) => {
    const w = q[k]!;
    const close = v === w || (Number.isNaN(v) && Number.isNaN(w)) || Math.abs(v - w) <= 1e-13 * Math.max(Math.abs(v), Math.abs(w));
    expect(close, `${what}: ${v} vs ${w}`).toBe(true);
  });
}

const fn = <T>(name: string) => module[name] as T;
type Scalar2 = (x: number, y: number) => unknown;
type Loop = (v: number[], x: number) => unknown;

describe("compiled modes on random programs", () => {
  it("compiles most of the programs (the rest fall back, which only costs speed)", () => {
    expect((emitted.match(/withReverse\(/g) ?? []).length).toBeGreaterThanOrEqual(3.7 * PROGRAMS);
    expect((emitted.match(/withForward\(/g) ?? []).length).toBeGreaterThanOrEqual(0.9 * PROGRAMS);
  });

  it("straight-line code: compiled gradient = tape, compiled jvp = Duals, to 1e-13", () => {
    sources.straight.forEach((src, k) => {
      for (const [x, y] of [[0.3, -0.7], [1.1, 0.4], [-1.6, 2.2]] as const) {
        const compiled = fn<(x: number, y: number) => [number, number[]]>(`gs${k}`)(x, y);
        agrees(compiled, fn<Scalar2>(`rgs${k}`)(x, y), `gradient of ${src} at ${x}, ${y}`);
        agrees(fn<Scalar2>(`gcs${k}`)(x, y), fn<Scalar2>(`rgcs${k}`)(x, y), `gradient of 2·f(y, x) + f(x, y), f = ${src}, at ${x}, ${y}`);
        const forward = fn<(x: number, y: number) => [number, number]>(`ds${k}`)(x, y);
        agrees(forward, fn<Scalar2>(`rds${k}`)(x, y), `jvp of ${src} at ${x}, ${y}`);
        // and the tangent is the gradient's directional derivative, to rounding
        expect(forward[1]).toBeCloseTo(compiled[1][0]! + 0.5 * compiled[1][1]!, 6);
      }
    });
  });

  it("loops over arrays: compiled gradient = tape to 1e-13, and = central differences", () => {
    sources.looping.forEach((src, k) => {
      const v = [0.4, -1.1, 0.9, 0.2, -0.5];
      const compiled = fn<(v: number[], x: number) => [number, [number[], number]]>(`gl${k}`)(v, 0.3);
      agrees(compiled, fn<Loop>(`rgl${k}`)(v, 0.3), `gradient of ${src}`);
      const h = 1e-6, f = fn<(v: number[], x: number) => number>(`l${k}`);
      const dx = (f(v, 0.3 + h) - f(v, 0.3 - h)) / (2 * h);
      expect(Math.abs(compiled[1][1] - dx), `∂/∂x of ${src}`).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(dx)));
    });
  });

  it("branches: compiled gradient = tape, to 1e-13", () => {
    sources.branchy.forEach((src, k) => {
      for (const [x, y] of [[0.3, -0.7], [1.1, 0.4], [-1.6, 2.2], [0.05, 0.9]] as const) {
        agrees(fn<Scalar2>(`gb${k}`)(x, y), fn<Scalar2>(`rgb${k}`)(x, y), `gradient of ${src} at ${x}, ${y}`);
      }
    });
  });
});
