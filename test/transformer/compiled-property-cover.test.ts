// Property test of the forms compiled since the tape-coverage round: string and boolean
// parameters, a number and an options object left out of argnums (read as data), helpers
// called with strings, records and options written in place or as module constants,
// `Math.hypot(...v)`, local object literals used as records and `x[j++]` inside expressions.
// Every call site must compile (explain); the compiled gradient (and Hessian, through a closure
// calling the function with its data written in place) must agree with the runtime's (debugNans
// turns compiled code off) to 1e-13 relative, its value with the plain function's bit for bit,
// and the gradient with central differences away from kinks. Plain `grad` of the function (the
// string differentiated too) takes the tape, and explain says so.
import * as path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { compilePrograms } from "./compile-programs.js";
import { randomExpression } from "./random-expressions.js";
import { agrees } from "../numeric.js";

const PROGRAMS = 20;
const dir = path.resolve(import.meta.dirname, "../..", ".tmp", "compiled-property-cover");

const expression = (names: string[]) => randomExpression(names, ["sum", "smooth", "sqrt"], 160);

const program = fc.tuple(
  expression(["x[0]", "x[x.length - 1]"]), expression(["v", "r.b"]), expression(["e", "s", "r.a"]), fc.boolean(), fc.boolean(), fc.boolean(),
).map(([field, mapped, step, spreadOnly, prefix, switchOnRecord]) =>
  `(x: number[], mode: "a" | "b", flag: boolean, times: number, o: Options): number => {\n` +
  `  const r = { a: x[0] * 2 - x[x.length - 1], b: Math.tanh(${field}), kind: mode };\n` +
  `  let s = ${spreadOnly ? "Math.hypot(...x)" : `Math.hypot(x[0], ...x.map((v) => ${mapped}), r.b)`} * 0.25;\n` +
  `  let j = 0;\n` +
  `  for (let k = 0; k < times; k++) {\n    const e = x[${prefix ? "++j" : "j++"} % x.length];\n    s += ${step} * 0.1;\n  }\n` +
  `  if (flag) s += r.b * o.rate;\n` +
  `  s += penalty(x, o);\n` +
  `  switch (${switchOnRecord ? "r.kind" : "mode"}) {\n    case "a":\n      s += r.a * r.b;\n      break;\n    default:\n      s -= r.a * 0.5;\n  }\n` +
  `  return s;\n}`,
);

let module: Record<string, unknown> = {};
let sources: string[] = [];
let messages: string[] = [];

beforeAll(async () => {
  const seed = Number(process.env.TYPEGRAD_FC_SEED ?? 20261130);
  sources = fc.sample(program, { seed, numRuns: PROGRAMS });
  const lines = [
    'import { debugNans, grad, hessian, valueAndGrad } from "typegrad";',
    'type Options = { rate: number; steps: number; loss: "l1" | "l2"; centred: boolean; shift: number[] };',
    'const OPTIONS: Options = { rate: 0.5, steps: 3, loss: "l2", centred: true, shift: [0.1, -0.2] };',
    "function penalty(x: number[], o: Options): number {\n  let s = 0;\n  for (let k = 0; k < o.steps; k++) {\n" +
      "    const d = o.centred ? x[k % x.length] - o.shift[k % o.shift.length] : x[k % x.length];\n" +
      '    s += o.loss === "l1" ? Math.abs(d) * 0.1 : d * d * 0.1;\n  }\n  return s;\n}',
    "const onRuntime = <T>(work: () => T): T => {\n  debugNans(true);\n  try {\n    return work();\n  } finally {\n    debugNans(false);\n  }\n};",
  ];
  sources.forEach((src, k) => {
    lines.push(`export const p${k} = ${src};`);
    lines.push(`export const g${k} = grad(p${k}, { argnums: 0 });`);
    lines.push(`export const v${k} = valueAndGrad(p${k}, { argnums: [0] });`);
    lines.push(`export const c${k} = (x: number[]) => p${k}(x, "b", true, 2, { rate: 0.3, steps: 2, loss: "l1", centred: false, shift: [0.5] });`);
    lines.push(`export const gc${k} = grad(c${k});`);
    lines.push(`export const h${k} = hessian((x: number[]) => p${k}(x, "a", false, 3, OPTIONS));`);
    lines.push(`export const all${k} = grad(p${k});`);
    lines.push(`export const rg${k} = (x: number[], mode: "a" | "b", flag: boolean, times: number, o: Options) => onRuntime(() => grad(p${k}, { argnums: 0 })(x, mode, flag, times, o));`);
    lines.push(`export const rgc${k} = (x: number[]) => onRuntime(() => grad(c${k})(x));`);
    lines.push(`export const rh${k} = (x: number[]) => onRuntime(() => hessian((y: number[]) => p${k}(y, "a", false, 3, OPTIONS))(x));`);
  });
  const compiled = await compilePrograms(dir, lines, true);
  module = compiled.module;
  messages = compiled.messages;
}, 480_000);

type Options = { rate: number; steps: number; loss: "l1" | "l2"; centred: boolean; shift: number[] };
type Objective = (x: number[], mode: "a" | "b", flag: boolean, times: number, o: Options) => number;
const fn = <T>(name: string) => module[name] as T;
const points = [[0.4, -1.1, 0.9, 0.2, -0.5], [0.05, 0.1, -0.15], [1.2, 0.7, 1.2, -0.3], [2.5], [0, 0, 0]];
const settings: [string, "a" | "b", boolean, number, Options][] = [
  ["a, flag, 3 passes, l2", "a", true, 3, { rate: 0.5, steps: 3, loss: "l2", centred: true, shift: [0.1, -0.2] }],
  ["b, no flag, 0 passes, l1", "b", false, 0, { rate: 1.5, steps: 1, loss: "l1", centred: false, shift: [0.3] }],
  ["a, no flag, 5 passes, l1 centred", "a", false, 5, { rate: 0.1, steps: 4, loss: "l1", centred: true, shift: [0.25, 0.45, -0.15] }],
];

describe("compiled code of strings, booleans, numbers and options read as data, hypot spreads, records, j++", () => {
  it("every call site compiles (explain), but plain grad of a function with a string parameter, which says why", () => {
    // g, v, gc, h, all, and the three reference calls (run with debugNans on)
    expect(messages.length).toBe(8 * PROGRAMS);
    const tape = messages.filter((m) => !m.endsWith(": compiled"));
    expect([...new Set(tape.map((m) => m.replace(/ \(line \d+\)$/, "")))]).toEqual([
      'TG0001: grad: tape: the parameter \'mode\' of type "a" | "b", which the transform differentiates (the tape refuses a string or boolean there: leave it out, { argnums: [0, 2, 3, 4] }, and compiled code reads it as it is)',
    ]);
    expect(tape.length).toBe(PROGRAMS);
    for (const m of tape) {
      expect(m).toMatch(/^TG0001: grad: tape: the parameter 'mode' of type "a" \| "b", which the transform differentiates \(the tape refuses a string or boolean there: leave it out, \{ argnums: \[0, 2, 3, 4\] \}, and compiled code reads it as it is\)/);
    }
  });

  it("gradients = the runtime's to 1e-13 and = central differences; values = the plain function's", () => {
    sources.forEach((src, k) => {
      const f = fn<Objective>(`p${k}`);
      for (const x of points) {
        for (const [what, mode, flag, times, o] of settings) {
          const g = fn<Objective>(`g${k}`)(x, mode, flag, times, o) as unknown as number[];
          agrees(g, fn<Objective>(`rg${k}`)(x, mode, flag, times, o), `gradient of ${src} at ${x}, ${what}`);
          const [value, [again]] = fn<(...a: unknown[]) => [number, number[][]]>(`v${k}`)(x, mode, flag, times, o);
          expect(Object.is(value, f(x, mode, flag, times, o)), `value of ${src} at ${x}, ${what}`).toBe(true);
          agrees(again, g, `valueAndGrad of ${src} at ${x}, ${what}`);
          if (x.every((v) => v === 0)) continue;
          const d = 1e-6;
          x.forEach((_, i) => {
            const at = (t: number) => f(x.map((e, j) => (j === i ? e + t : e)), mode, flag, times, o);
            const dx = (at(d) - at(-d)) / (2 * d);
            // away from a kink (|·| of the l1 loss), the derivative is the difference quotient
            if (Math.abs((at(d) - at(0)) / d - (at(0) - at(-d)) / d) < 1e-4 * (1 + Math.abs(dx))) {
              expect(Math.abs(g[i]! - dx), `∂/∂x${i} of ${src} at ${x}, ${what}`).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(dx)));
            }
          });
        }
      }
    });
  });

  it("helpers called with strings, booleans and options written in place or as module constants: gradient and Hessian = the runtime's", () => {
    sources.forEach((src, k) => {
      for (const x of points) {
        agrees(fn<(x: number[]) => number[]>(`gc${k}`)(x), fn<(x: number[]) => number[]>(`rgc${k}`)(x), `gradient of the closure over ${src} at ${x}`);
        const h = fn<(x: number[]) => number[][]>(`h${k}`)(x);
        const scale = Math.max(...h.flat().map(Math.abs));
        agrees(h, fn<(x: number[]) => number[][]>(`rh${k}`)(x), `hessian of ${src} at ${x}`, scale);
      }
    });
  });

  it("bad inputs take the tape, with its errors", () => {
    const x = [0.4, -1.1, 0.9];
    const o: Options = { rate: 0.5, steps: 3, loss: "l2", centred: true, shift: [0.1, -0.2] };
    const message = (work: () => unknown): string => {
      try {
        work();
      } catch (error) {
        return (error as Error).message;
      }
      return "no error";
    };
    const g = fn<(...a: unknown[]) => unknown>("g0"), rg = fn<(...a: unknown[]) => unknown>("rg0");
    // a string where a number is read: the tape's error, the same as on the runtime
    const bad = { ...o, rate: "0.5" };
    expect(message(() => g(x, "a", true, 3, bad))).toMatch(/got the string "0.5"/);
    expect(message(() => g(x, "a", true, 3, bad))).toBe(message(() => rg(x, "a", true, 3, bad)));
    // the string differentiated (plain grad): the tape refuses it
    expect(message(() => fn<(...a: unknown[]) => unknown>("all0")(x, "a", true, 3, o))).toMatch(/argument 1 must be a number, an array, a Float64Array or a plain object of numbers; got the string "a"/);
    // an options object with another shape: the tape's answer
    const extra = { ...o, more: 1 };
    agrees(g(x, "a", true, 3, extra), rg(x, "a", true, 3, extra), "an options object with another field");
  });
});
