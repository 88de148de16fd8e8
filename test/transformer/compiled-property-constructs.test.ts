// Property test of the constructs the compiled modes read since the audit of audit-constructs.ts:
// random programs using Math.max/min of a spread, `var`, a configuration object's fields,
// switch on a string constant, a helper returning a boolean in an `if`, a helper in a `while`
// test, `for (const [i, v] of x.entries())`, labelled break/continue and Number.EPSILON. Every
// call site must compile (explain), and the compiled gradient and Hessian must agree with the
// runtime's (debugNans turns compiled code off) to 1e-13 relative, and the gradient with central
// differences away from kinks.
import * as path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { compilePrograms } from "./compile-programs.js";
import { randomExpression } from "./random-expressions.js";
import { agrees } from "../numeric.js";

const PROGRAMS = 30;
const dir = path.resolve(import.meta.dirname, "../..", ".tmp", "compiled-property-constructs");

const expression = (names: string[]) => randomExpression(names, ["sum", "smooth", "sqrt"], 200);

const program = fc.tuple(
  expression(["v", "s", "x[j]"]), expression(["v", "s", "m"]), fc.constantFrom("max", "min"),
  fc.constantFrom("break outer;", "continue outer;", "break;", "continue;"), fc.boolean(), fc.boolean(), fc.constantFrom("MODE_A", "MODE_B"),
).map(([inner, each, extremum, jump, entries, spreadFirst, mode]) =>
  `(x: number[]): number => {\n` +
  `  var s = 0.5 * Number.EPSILON + CONFIG.rate;\n` +
  `  const m = Math.${extremum}(${spreadFirst ? "...x, CONFIG.offsets[0]" : "CONFIG.offsets[1], ...x.map((t) => t * t)"});\n` +
  `  outer: for (${entries ? "const [i, v] of x.entries()" : "let i = 0; i < x.length; i++"}) {\n` +
  (entries ? "" : "    const v = x[i];\n") +
  `    for (let j = 0; j < x.length; j++) {\n      if (small(x[j] * s + i * 0.1)) ${jump}\n      s += ${inner} * 0.1;\n    }\n` +
  `    switch (${mode}) {\n      case "a":\n        s += ${each} * 0.2;\n        break;\n      default:\n        s -= v * 0.1;\n    }\n  }\n` +
  `  let k = 0;\n  while (norm(x) * (1 + k) < 3 && k < 3) k++;\n  return s * m + k * x[0];\n}`,
);

let module: Record<string, unknown> = {};
let sources: string[] = [];
let messages: string[] = [];

beforeAll(async () => {
  const seed = Number(process.env.TYPEGRAD_FC_SEED ?? 20261129);
  sources = fc.sample(program, { seed, numRuns: PROGRAMS });
  const lines = [
    'import { debugNans, grad, hessian } from "typegrad";',
    "const CONFIG = { rate: 0.25, offsets: [0.1, -0.2] };",
    'const MODE_A: string = "a";',
    'const MODE_B: string = "b";',
    "function small(t: number): boolean {\n  return Math.abs(t) < 0.3;\n}",
    "function norm(v: number[]): number {\n  let s = 0;\n  for (const e of v) s += e * e;\n  return Math.sqrt(s);\n}",
    "const onRuntime = <T>(work: () => T): T => {\n  debugNans(true);\n  try {\n    return work();\n  } finally {\n    debugNans(false);\n  }\n};",
  ];
  sources.forEach((src, k) => {
    lines.push(`export const p${k} = ${src};`);
    lines.push(`export const g${k} = grad(p${k});`, `export const h${k} = hessian(p${k});`);
    lines.push(`export const rg${k} = (x: number[]) => onRuntime(() => grad(p${k})(x));`, `export const rh${k} = (x: number[]) => onRuntime(() => hessian(p${k})(x));`);
  });
  const compiled = await compilePrograms(dir, lines, true);
  module = compiled.module;
  messages = compiled.messages;
}, 480_000);

const fn = <T>(name: string) => module[name] as T;
const points = [[0.4, -1.1, 0.9, 0.2, -0.5], [0.05, 0.1, -0.15], [1.2, 0.7, 1.2, -0.3], [2.5]];

describe("compiled code of spreads, var, config fields, string switches, helpers in tests, entries, labels", () => {
  it("every call site compiles (explain)", () => {
    // grad and hessian of each program, and the two calls the runtime reference makes (run with debugNans on)
    expect(messages.length).toBe(4 * PROGRAMS);
    expect(messages.filter((m) => !m.endsWith(": compiled"))).toEqual([]);
  });

  it("gradients and Hessians = the runtime's to 1e-13, gradients = central differences", () => {
    sources.forEach((src, k) => {
      const f = fn<(x: number[]) => number>(`p${k}`);
      for (const x of points) {
        const g = fn<(x: number[]) => number[]>(`g${k}`)(x);
        agrees(g, fn<(x: number[]) => number[]>(`rg${k}`)(x), `gradient of ${src} at ${x}`);
        const h = fn<(x: number[]) => number[][]>(`h${k}`)(x);
        const scale = Math.max(...h.flat().map(Math.abs));
        agrees(h, fn<(x: number[]) => number[][]>(`rh${k}`)(x), `hessian of ${src} at ${x}`, scale);
        const d = 1e-6;
        x.forEach((_, i) => {
          const at = (t: number) => f(x.map((e, j) => (j === i ? e + t : e)));
          const dx = (at(d) - at(-d)) / (2 * d);
          // away from a branch's kink, the derivative is the difference quotient
          if (Math.abs(dx - (at(2 * d) - at(-2 * d)) / (4 * d)) < 1e-4 * (1 + Math.abs(dx))) {
            expect(Math.abs(g[i]! - dx), `∂/∂x${i} of ${src} at ${x}`).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(dx)));
          }
        });
      }
    });
  });
});
