// Property test of the compiled modes: random programs — straight-line code, loops over
// arrays, branches, jumps out of loops, do…while, n-ary Math.max/min/hypot, local arrays,
// map/reduce/forEach — are compiled by the transformer (src/transformer/compiler/); the
// compiled gradient and the compiled derivative must agree with what the tape and the Dual
// runtime give for the same program to 1e-13 relative (the adjoint sums may be added in
// another order), and with central differences.
import * as path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { compilePrograms } from "./compile-programs.js";
import { agrees } from "../numeric.js";
import { randomExpression } from "./random-expressions.js";

const PROGRAMS = 60;
/** Programs of each kind added since (jumps, do…while, local arrays): fewer, to bound the build. */
const MORE = 40;
const root = path.resolve(import.meta.dirname, "../..");
const dir = path.join(root, ".tmp", "compiled-property");

/** A random expression over `names`, kept in every primitive's domain. */
const expression = (names: string[]) => randomExpression(names, ["sum", "ratio", "unary", "expTanh", "sqrt", "log", "max", "extremum3", "hypot"], 400, ["0.5", "2", "1.25", "Math.PI"]);

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

/** A jump at the end of a branch in a loop body. */
const jump = fc.constantFrom("break;", "continue;", "return s * 2;", "return t;");

/** A loop over an array that may leave a pass or the loop early: break, continue, return. */
const jumpy = fc.tuple(expression(["v[i]", "s", "x"]), expression(["t", "v[i]", "s"]), expression(["t", "x"]), jump, jump, fc.boolean()).map(
  ([t, u, w, first, second, join]) =>
    `(v: number[], x: number): number => {\n  let s = x * 0.5;\n  for (let i = 0; i < v.length; i++) {\n    const t = ${t};\n` +
    `    if (t > 1.5) ${first}\n    s += ${u};\n` +
    (join
      // a branch that may jump and may fall through: the rest of the pass runs under a join point
      ? `    if (s < -1) {\n      s = s * 0.5;\n      if (t < 0) ${second}\n      s -= 0.25;\n    }\n`
      : `    if (s < -1) {\n      s = s * 0.5;\n      ${second}\n    }\n`) +
    `    s += ${w};\n  }\n  return s * 0.5;\n}`,
);

/** A do…while loop on numbers (both modes) that may break out, with a return inside too. */
const doWhile = fc.tuple(expression(["x", "y"]), expression(["s", "x"]), expression(["s", "y"]), fc.boolean()).map(
  ([init, step, test, early]) =>
    `(x: number, y: number): number => {\n  let s = ${init};\n  let n = 0;\n  do {\n    s = 0.5 * Math.tanh(${step}) + 0.25 * s;\n    n++;\n` +
    `    if (${test} > 0.6) ${early ? "return s * y;" : "break;"}\n  } while (n < 4);\n  return s + y;\n}`,
);

/** A local array made three ways, filled from an array parameter, then read, overwritten and read again. */
const arrayed = fc.tuple(expression(["v[i]", "x"]), expression(["y[i]", "y[i - 1]", "s"]), expression(["y[i]", "s", "x"]), fc.constantFrom("new", "fill", "push"), fc.boolean()).map(
  ([fill, update, add, make, overwrite]) =>
    `(v: number[], x: number): number => {\n` +
    (make === "push"
      ? `  const y: number[] = [];\n  for (let i = 0; i < v.length; i++) y.push(${fill});\n`
      : `  const y = ${make === "new" ? "new Array<number>(v.length)" : "new Array<number>(v.length).fill(0)"};\n  for (let i = 0; i < v.length; i++) y[i] ${make === "fill" ? "+=" : "="} ${fill};\n`) +
    `  let s = x;\n  for (let i = 1; i < y.length; i++) {\n` +
    (overwrite ? `    y[i] = ${update};\n` : `    const w = ${update};\n    s += w;\n`) +
    `    s += ${add};\n  }\n  return s + y[0] * y[y.length - 1];\n}`,
);

/** A local array of numbers (both modes): made from a literal, overwritten in a loop with a read-modify-write. */
const arrayedNumbers = fc.tuple(expression(["x", "y"]), expression(["a[k]", "a[(k + 1) % 3]", "x"]), fc.constantFrom("=", "*=", "+=")).map(
  ([third, update, op]) =>
    `(x: number, y: number): number => {\n  const a = [x, y, ${third}];\n  let s = 0;\n  for (let k = 0; k < 3; k++) {\n` +
    `    a[k] ${op} ${update};\n    s += a[k] * a[(k + 2) % 3];\n  }\n  return s + a[0] * a[1] - a[2];\n}`,
);

/** map, reduce (with and without a start) and forEach with arrow callbacks, one returning early. */
const methods = fc.tuple(expression(["t", "x"]), expression(["a", "b"]), expression(["t", "s"]), fc.boolean()).map(
  ([mapped, reduced, each, start]) =>
    `(v: number[], x: number): number => {\n  const y = v.map((t, i) => ${mapped} + 0.1 * i);\n` +
    `  let s = y.reduce((a, b) => ${reduced}${start ? ", x" : ""});\n` +
    `  v.forEach((t) => {\n    if (t > 1) return;\n    s += ${each};\n  });\n  return s;\n}`,
);

/** A program of (x, y) as a function of x alone, y a constant local. */
const oneNumber = (src: string): string => src.replace("(x: number, y: number): number => {\n", "(x: number): number => {\n  const y = 0.7;\n");

let module: Record<string, unknown> = {};
type Kind = "straight" | "looping" | "branchy" | "jumpy" | "doWhile" | "arrayed" | "arrayedNumbers" | "methods";
let sources: Record<Kind, string[]> = { straight: [], looping: [], branchy: [], jumpy: [], doWhile: [], arrayed: [], arrayedNumbers: [], methods: [] };
let emitted = "";

beforeAll(async () => {
  const seed = Number(process.env.TYPEGRAD_FC_SEED ?? 20261122);
  sources = {
    straight: fc.sample(straight, { seed, numRuns: PROGRAMS }),
    looping: fc.sample(looping, { seed: seed + 1, numRuns: PROGRAMS }),
    branchy: fc.sample(branchy, { seed: seed + 2, numRuns: PROGRAMS }),
    jumpy: fc.sample(jumpy, { seed: seed + 3, numRuns: MORE }),
    doWhile: fc.sample(doWhile, { seed: seed + 4, numRuns: MORE }),
    arrayed: fc.sample(arrayed, { seed: seed + 5, numRuns: MORE }),
    arrayedNumbers: fc.sample(arrayedNumbers, { seed: seed + 6, numRuns: MORE }),
    methods: fc.sample(methods, { seed: seed + 7, numRuns: MORE }),
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
  sources.jumpy.forEach((src, k) => {
    lines.push(`export const j${k} = ${src};`);
    lines.push(`export const gj${k} = valueAndGrad(j${k});`, `export const rgj${k} = ${onTape(`j${k}`, "v: number[], x: number")};`);
  });
  sources.doWhile.forEach((src, k) => {
    lines.push(`export const w${k} = ${src};`);
    lines.push(`export const gw${k} = valueAndGrad(w${k});`, `export const rgw${k} = ${onTape(`w${k}`, "x: number, y: number")};`);
    lines.push(`export const dw${k} = (x: number, y: number) => jvp(w${k}, [x, y], [1, 0.5]);`, `export const rdw${k} = (x: number, y: number) => ${onDuals(`jvp(w${k}, [x, y], [1, 0.5])`)};`);
  });
  sources.arrayed.forEach((src, k) => {
    lines.push(`export const a${k} = ${src};`);
    lines.push(`export const ga${k} = valueAndGrad(a${k});`, `export const rga${k} = ${onTape(`a${k}`, "v: number[], x: number")};`);
  });
  sources.arrayedNumbers.forEach((src, k) => {
    lines.push(`export const n${k} = ${src};`);
    lines.push(`export const gn${k} = valueAndGrad(n${k});`, `export const rgn${k} = ${onTape(`n${k}`, "x: number, y: number")};`);
    lines.push(`export const dn${k} = (x: number, y: number) => jvp(n${k}, [x, y], [1, 0.5]);`, `export const rdn${k} = (x: number, y: number) => ${onDuals(`jvp(n${k}, [x, y], [1, 0.5])`)};`);
  });
  // `derivative` of one-number versions (y a constant local): its code seeded with 1.
  [...sources.straight, ...sources.branchy, ...sources.doWhile, ...sources.arrayedNumbers].forEach((src, k) => {
    lines.push(`export const u${k} = ${oneNumber(src)};`, `export const du${k} = derivative(u${k});`, `export const rdu${k} = (x: number) => ${onDuals(`derivative(u${k})(x)`)};`);
  });
  sources.methods.forEach((src, k) => {
    lines.push(`export const m${k} = ${src};`);
    lines.push(`export const gm${k} = valueAndGrad(m${k});`, `export const rgm${k} = ${onTape(`m${k}`, "v: number[], x: number")};`);
  });
  const compiled = await compilePrograms(dir, lines);
  expect(compiled.messages).toEqual([]);
  ({ module, emitted } = compiled);
}, 480_000);

const fn = <T>(name: string) => module[name] as T;
type Scalar2 = (x: number, y: number) => unknown;
type Loop = (v: number[], x: number) => unknown;

describe("compiled modes on random programs", () => {
  it("compiles most of the programs (the rest fall back, which only costs speed)", () => {
    expect((emitted.match(/withReverse\(/g) ?? []).length).toBeGreaterThanOrEqual(3.7 * PROGRAMS + 5 * MORE);
    expect((emitted.match(/withForward\(/g) ?? []).length).toBeGreaterThanOrEqual(0.9 * PROGRAMS + 2 * MORE);
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

  it("derivative of functions of one number: its compiled code = Duals to 1e-13, and = central differences", () => {
    const all = [...sources.straight, ...sources.branchy, ...sources.doWhile, ...sources.arrayedNumbers];
    expect((emitted.match(/withForward\([^;]*, derivative_\d+\)/g) ?? []).length).toBeGreaterThanOrEqual(0.9 * all.length);
    all.forEach((src, k) => {
      for (const x of [0.3, 1.1, -1.6, 0.05]) {
        const d = fn<(x: number) => number>(`du${k}`)(x);
        agrees(d, fn<(x: number) => number>(`rdu${k}`)(x), `derivative of ${oneNumber(src)} at ${x}`);
        const h = 1e-6, f = fn<(x: number) => number>(`u${k}`);
        const dx = (f(x + h) - f(x - h)) / (2 * h);
        // away from a branch's kink, the derivative is the difference quotient
        if (Math.abs(dx - (f(x + 2 * h) - f(x - 2 * h)) / (4 * h)) < 1e-4 * (1 + Math.abs(dx))) {
          expect(Math.abs(d - dx), `d/dx of ${oneNumber(src)} at ${x}`).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(dx)));
        }
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

  it("break, continue and return inside loops: compiled gradient = tape to 1e-13, and = central differences", () => {
    sources.jumpy.forEach((src, k) => {
      for (const v of [[0.4, -1.1, 0.9, 0.2, -0.5], [2.5, -3, 0.1, 1.9, -2.2, 0.7], [-0.3, -2.5, 3.1, 0.6]]) {
        for (const x of [0.3, -2.1, 1.7]) {
          const compiled = fn<(v: number[], x: number) => [number, [number[], number]]>(`gj${k}`)(v, x);
          agrees(compiled, fn<Loop>(`rgj${k}`)(v, x), `gradient of ${src} at ${JSON.stringify(v)}, ${x}`);
          const h = 1e-6, f = fn<(v: number[], x: number) => number>(`j${k}`);
          const dx = (f(v, x + h) - f(v, x - h)) / (2 * h);
          // away from a jump's kink, the derivative is the difference quotient
          if (Math.abs(dx - (f(v, x + 2 * h) - f(v, x - 2 * h)) / (4 * h)) < 1e-4 * (1 + Math.abs(dx))) {
            expect(Math.abs(compiled[1][1] - dx), `∂/∂x of ${src}`).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(dx)));
          }
        }
      }
    });
  });

  it("do…while with break or return: compiled gradient = tape, compiled jvp = Duals, to 1e-13", () => {
    sources.doWhile.forEach((src, k) => {
      for (const [x, y] of [[0.3, -0.7], [1.1, 0.4], [-1.6, 2.2], [0.05, 0.9]] as const) {
        const compiled = fn<(x: number, y: number) => [number, number[]]>(`gw${k}`)(x, y);
        agrees(compiled, fn<Scalar2>(`rgw${k}`)(x, y), `gradient of ${src} at ${x}, ${y}`);
        const forward = fn<(x: number, y: number) => [number, number]>(`dw${k}`)(x, y);
        agrees(forward, fn<Scalar2>(`rdw${k}`)(x, y), `jvp of ${src} at ${x}, ${y}`);
        expect(forward[1]).toBeCloseTo(compiled[1][0]! + 0.5 * compiled[1][1]!, 6);
      }
    });
  });

  it("local arrays written and read: compiled gradient = tape to 1e-13, and = central differences", () => {
    sources.arrayed.forEach((src, k) => {
      for (const v of [[0.4, -1.1, 0.9, 0.2, -0.5], [1.5], [-0.3, 0.8]]) {
        const compiled = fn<(v: number[], x: number) => [number, [number[], number]]>(`ga${k}`)(v, 0.3);
        agrees(compiled, fn<Loop>(`rga${k}`)(v, 0.3), `gradient of ${src} at ${JSON.stringify(v)}`);
        const h = 1e-6, f = fn<(v: number[], x: number) => number>(`a${k}`);
        const dx = (f(v, 0.3 + h) - f(v, 0.3 - h)) / (2 * h);
        expect(Math.abs(compiled[1][1] - dx), `∂/∂x of ${src}`).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(dx)));
      }
    });
  });

  it("local arrays of numbers: compiled gradient = tape, compiled jvp = Duals, to 1e-13", () => {
    sources.arrayedNumbers.forEach((src, k) => {
      for (const [x, y] of [[0.3, -0.7], [1.1, 0.4], [-1.6, 2.2]] as const) {
        const compiled = fn<(x: number, y: number) => [number, number[]]>(`gn${k}`)(x, y);
        agrees(compiled, fn<Scalar2>(`rgn${k}`)(x, y), `gradient of ${src} at ${x}, ${y}`);
        const forward = fn<(x: number, y: number) => [number, number]>(`dn${k}`)(x, y);
        agrees(forward, fn<Scalar2>(`rdn${k}`)(x, y), `jvp of ${src} at ${x}, ${y}`);
        expect(forward[1]).toBeCloseTo(compiled[1][0]! + 0.5 * compiled[1][1]!, 6);
      }
    });
  });

  it("map, reduce and forEach with arrow callbacks: compiled gradient = tape to 1e-13, and = central differences", () => {
    sources.methods.forEach((src, k) => {
      for (const v of [[0.4, -1.1, 0.9, 1.2, -0.5], [1.5], [-0.3, 0.8]]) {
        const compiled = fn<(v: number[], x: number) => [number, [number[], number]]>(`gm${k}`)(v, 0.3);
        agrees(compiled, fn<Loop>(`rgm${k}`)(v, 0.3), `gradient of ${src} at ${JSON.stringify(v)}`);
        const h = 1e-6, f = fn<(v: number[], x: number) => number>(`m${k}`);
        const dx = (f(v, 0.3 + h) - f(v, 0.3 - h)) / (2 * h);
        expect(Math.abs(compiled[1][1] - dx), `∂/∂x of ${src}`).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(dx)));
      }
    });
  });
});
