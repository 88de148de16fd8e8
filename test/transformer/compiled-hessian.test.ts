// Property test of the compiled code of `hessian` and `hvp` (src/transformer/compiler/hessian.ts,
// tangent.ts): random programs — straight-line code, loops over arrays, branches, jumps out of
// loops, local arrays, map/reduce/forEach, a helper of the module — are compiled by the
// transformer. Their compiled Hessians and Hessian-vector products must agree with the
// runtime's (forward over reverse on the tape, the same calls with compiled code turned off) to
// 1e-13 relative, and with central differences of the gradient.
import * as path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { compilePrograms } from "./compile-programs.js";
import { hessianCode } from "../../src/runtime/compiled-hessian.js";
import { agrees } from "../numeric.js";
import { randomExpression } from "./random-expressions.js";

const PROGRAMS = 30;
const root = path.resolve(import.meta.dirname, "../..");
const dir = path.join(root, ".tmp", "compiled-hessian");

/** A random expression over `names`, kept in every primitive's domain, smooth away from ties. */
const expression = (names: string[]) => randomExpression(names, ["sum", "ratio", "unary", "expTanh", "sqrt", "log", "cube", "max", "hypot"], 300, ["0.5", "2", "1.25", "Math.PI"]);

/** Straight-line code of two numbers with locals. */
const straight = fc.tuple(expression(["x", "y"]), expression(["x", "y", "a"]), expression(["a", "b", "x"])).map(
  ([a, b, r]) => `(x: number, y: number): number => {\n  const a = ${a};\n  const b = ${b};\n  return ${r} * 1.5;\n}`,
);

/** A counted loop over an array accumulating into a local, with a helper of the module called in it. */
const looping = fc.tuple(expression(["v[i]", "s"]), expression(["t", "v[i]", "v[i - 1]"]), fc.constantFrom("i++", "i += 2")).map(
  ([t, u, step]) =>
    `(v: number[]): number => {\n  let s = v[0] * 0.5;\n  for (let i = 1; i < v.length; ${step}) {\n    const t = ${t};\n    s += helper(${u}, s);\n  }\n  return s * 0.5;\n}`,
);

/** A branch on primal values, a local updated in either branch. */
const branchy = fc.tuple(expression(["x", "y"]), expression(["x", "s"]), expression(["y", "s"]), expression(["s", "x"])).map(
  ([init, test, yes, no]) =>
    `(x: number, y: number): number => {\n  let s = ${init} + 0.5;\n  if (${test} < 0.7) {\n    s = s * ${yes};\n  } else {\n    s += ${no};\n  }\n  return s * 1.5;\n}`,
);

const jump = fc.constantFrom("break;", "continue;", "return s * 2;", "return t;");

/** A loop that may leave a pass or the loop early. */
const jumpy = fc.tuple(expression(["v[i]", "s"]), expression(["t", "v[i]", "s"]), jump).map(
  ([t, u, out]) =>
    `(v: number[]): number => {\n  let s = 0.25;\n  for (let i = 0; i < v.length; i++) {\n    const t = ${t};\n` +
    `    if (t > 1.5) ${out}\n    s += ${u};\n  }\n  return s * 0.5;\n}`,
);

/** A local array filled from the parameter, overwritten and read. */
const arrayed = fc.tuple(expression(["v[i]"]), expression(["y[i]", "y[i - 1]", "s"]), fc.constantFrom("new", "push")).map(
  ([fill, update, make]) =>
    `(v: number[]): number => {\n` +
    (make === "push"
      ? `  const y: number[] = [];\n  for (let i = 0; i < v.length; i++) y.push(${fill});\n`
      : `  const y = new Array<number>(v.length);\n  for (let i = 0; i < v.length; i++) y[i] = ${fill};\n`) +
    `  let s = 0;\n  for (let i = 1; i < y.length; i++) {\n    y[i] = ${update};\n    s += y[i] * y[i - 1];\n  }\n  return s + y[0] * y[y.length - 1];\n}`,
);

/** map, reduce and forEach with arrow callbacks. */
const methods = fc.tuple(expression(["t"]), expression(["a", "b"]), expression(["t", "s"])).map(
  ([mapped, reduced, each]) =>
    `(v: number[]): number => {\n  const y = v.map((t, i) => ${mapped} + 0.1 * i);\n  let s = y.reduce((a, b) => ${reduced}, 0.5);\n` +
    `  v.forEach((t) => {\n    s += ${each};\n  });\n  return s;\n}`,
);

type Kind = "straight" | "looping" | "branchy" | "jumpy" | "arrayed" | "methods";
const ARRAY_KINDS: readonly Kind[] = ["looping", "jumpy", "arrayed", "methods"];
let sources = {} as Record<Kind, string[]>;
let module: Record<string, unknown> = {};
let emitted = "";
const explained: string[] = [];

beforeAll(async () => {
  const seed = Number(process.env.TYPEGRAD_FC_SEED ?? 20261129);
  sources = {
    straight: fc.sample(straight, { seed, numRuns: PROGRAMS }),
    looping: fc.sample(looping, { seed: seed + 1, numRuns: PROGRAMS }),
    branchy: fc.sample(branchy, { seed: seed + 2, numRuns: PROGRAMS }),
    jumpy: fc.sample(jumpy, { seed: seed + 3, numRuns: PROGRAMS }),
    arrayed: fc.sample(arrayed, { seed: seed + 4, numRuns: PROGRAMS }),
    methods: fc.sample(methods, { seed: seed + 5, numRuns: PROGRAMS }),
  };
  // Each program `kK` gets `hkK = hessian(kK)` and `vkK = (x, v) => hvp(kK, x, v)`, and `gkK`, its
  // (compiled) gradient for the central differences.
  const lines = [
    'import { grad, hessian, hvp } from "typegrad";',
    "const helper = (a: number, s: number): number => Math.tanh(a) + 0.1 * s * s;",
  ];
  for (const kind of Object.keys(sources) as Kind[]) {
    sources[kind].forEach((src, k) => {
      const name = `${kind}${k}`;
      const params = ARRAY_KINDS.includes(kind) ? "x: number[], d: number[]" : "x: [number, number], d: [number, number]";
      lines.push(`export const ${name} = ${src};`, `export const h${name} = hessian(${name});`, `export const g${name} = grad(${name});`);
      lines.push(ARRAY_KINDS.includes(kind)
        ? `export const v${name} = (${params}) => hvp(${name}, x, d);`
        : `export const v${name} = (${params}) => hvp(${name}, x, d, { argnums: [0, 1] });`);
    });
  }
  const compiled = await compilePrograms(dir, lines, true);
  ({ module, emitted } = compiled);
  explained.push(...compiled.messages.filter((m) => /^TG0001: (hessian|hvp):/.test(m)));
  expect(compiled.messages.filter((m) => !m.startsWith("TG0001"))).toEqual([]);
}, 480_000);

/** Runs `work` with the compiled Hessian code turned off: the runtime's forward over reverse. */
function onRuntime<T>(work: () => T): T {
  hessianCode.on = false;
  try {
    return work();
  } finally {
    hessianCode.on = true;
  }
}

const fn = <T>(name: string) => module[name] as T;
type Flat = (x: number[]) => number[];

/** H·d by central differences of the gradient along d; undefined where the gradient jumps. */
function centralHvp(gradient: Flat, x: number[], d: number[]): number[] | undefined {
  const at = (h: number) => gradient(x.map((xi, i) => xi + h * d[i]!));
  const quotient = (h: number) => at(h).map((g, i) => (g - at(-h)[i]!) / (2 * h));
  const [q1, q2] = [quotient(1e-5), quotient(2e-5)];
  return q1.every((v, i) => Math.abs(v - q2[i]!) < 1e-4 * (1 + Math.abs(v))) ? q1 : undefined;
}

const POINTS_2 = [[0.3, -0.7], [1.1, 0.4], [-1.6, 2.2]] as const;
const POINTS_N = [[0.4, -1.1, 0.9, 0.2, -0.5], [1.5, 0.3], [-0.3, 0.8, 0.45, -0.95]];

describe("compiled hessian and hvp on random programs", () => {
  it("compiles the programs, and explain reports each call site's path", () => {
    const count = (emitted.match(/withHessian\(/g) ?? []).length;
    // Two call sites (hessian, hvp) per program: all but a few compile.
    expect(count).toBeGreaterThanOrEqual(0.9 * 2 * 6 * PROGRAMS);
    expect(explained.length).toBe(2 * 6 * PROGRAMS);
    expect(explained.filter((m) => m.endsWith(": compiled")).length).toBe(count);
  });

  it("functions of two numbers: compiled = runtime to 1e-13, and = central differences", () => {
    for (const kind of ["straight", "branchy"] as const) {
      sources[kind].forEach((src, k) => {
        const name = `${kind}${k}`;
        const H = fn<(x: number, y: number) => number[][]>(`h${name}`);
        const V = fn<(x: number[], d: number[]) => number[]>(`v${name}`);
        const G = fn<(x: number, y: number) => number[]>(`g${name}`);
        for (const [x, y] of POINTS_2) {
          const compiled = H(x, y);
          const scale = Math.max(...compiled.flat().map(Math.abs));
          agrees(compiled, onRuntime(() => H(x, y)), `hessian of ${src} at ${x}, ${y}`, scale * 1e-3);
          const d = [0.6, -1.3];
          agrees(V([x, y], d), onRuntime(() => V([x, y], d)), `hvp of ${src} at ${x}, ${y}`, scale * 1e-3);
          const central = centralHvp((p) => G(p[0]!, p[1]!), [x, y], [1, 0]);
          if (central) compiled.forEach((row, i) => expect(Math.abs(row[0]! - central[i]!), `H[${i}][0] of ${src}`).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(central[i]!))));
        }
      });
    }
  });

  it("functions of an array (loops, jumps, local arrays, map/reduce/forEach): compiled = runtime to 1e-13, and = central differences", () => {
    for (const kind of ARRAY_KINDS) {
      sources[kind].forEach((src, k) => {
        const name = `${kind}${k}`;
        const H = fn<(x: number[] | Float64Array) => number[][]>(`h${name}`);
        const V = fn<(x: number[] | Float64Array, d: number[] | Float64Array) => number[]>(`v${name}`);
        const G = fn<Flat>(`g${name}`);
        for (const x of POINTS_N) {
          const d = x.map((_, i) => Math.cos(3 * i + 1));
          const compiled = H(x);
          const scale = Math.max(...compiled.flat().map(Math.abs));
          agrees(compiled, onRuntime(() => H(x)), `hessian of ${src} at ${JSON.stringify(x)}`, scale * 1e-3);
          const hv = V(x, d);
          expect(Array.isArray(hv)).toBe(true);
          agrees(hv, onRuntime(() => V(x, d)), `hvp of ${src} at ${JSON.stringify(x)}`, scale * 1e-3);
          // Float64Array arguments and directions: the same numbers.
          const onFloat64 = H(Float64Array.from(x));
          agrees(onFloat64, compiled, `hessian of ${src} on a Float64Array`);
          // laid out as the runtime lays it out: rows that are number[]
          const reference = onRuntime(() => H(Float64Array.from(x)));
          expect(onFloat64.map((row) => Array.isArray(row) && row.length)).toEqual(reference.map((row) => Array.isArray(row) && row.length));
          agrees(onFloat64, reference, `hessian of ${src} on a Float64Array, runtime`, scale * 1e-3);
          // H·v is structured like x: a Float64Array for a Float64Array, on both paths
          const typedHv = V(Float64Array.from(x), Float64Array.from(d));
          expect(typedHv, `hvp of ${src} on Float64Arrays`).toBeInstanceOf(Float64Array);
          expect(onRuntime(() => V(Float64Array.from(x), Float64Array.from(d))), `runtime hvp of ${src} on Float64Arrays`).toBeInstanceOf(Float64Array);
          agrees(typedHv, hv, `hvp of ${src} on Float64Arrays`);
          // H·d is the sum of the columns of H weighted by d.
          // H·d is H's rows times d, to the rounding of the sums.
          compiled.forEach((row, i) => {
            const terms = row.map((h, j) => h * d[j]!);
            const size = terms.reduce((s, t) => s + Math.abs(t), 0);
            expect(Math.abs(hv[i]! - terms.reduce((s, t) => s + t, 0)), `(H·d)[${i}] = row ${i} of H times d, ${src}`).toBeLessThanOrEqual(1e-13 * x.length * size);
          });
          const central = centralHvp(G, x, d);
          if (central) hv.forEach((h, i) => expect(Math.abs(h - central[i]!), `(H·d)[${i}] of ${src}`).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(central[i]!))));
        }
      });
    }
  });
});

describe("compiled hessian and hvp keep the runtime's errors", () => {
  /** The error `work` throws (its class and message), on the compiled path and on the runtime. */
  const thrown = (work: () => unknown): string => {
    try {
      work();
    } catch (error) {
      return `${(error as Error).constructor.name}: ${(error as Error).message}`;
    }
    return "no error";
  };

  it("bad arguments and directions give the runtime's errors, not numbers", () => {
    const V = fn<(x: unknown, d: unknown) => unknown>("vlooping0");
    const H = fn<(...x: unknown[]) => unknown>("hlooping0");
    const H2 = fn<(...x: unknown[]) => unknown>("hstraight0");
    const cases: [string, () => unknown][] = [
      ["a direction too short", () => V([0.5, 1, 2], [1, 2])],
      ["a direction that is a number", () => V([0.5, 1, 2], 1)],
      ["a direction holding a string", () => V([0.5, 1, 2], [1, "2", 3])],
      ["an argument holding a string", () => H(["a", 1, 2])],
      ["an argument holding undefined", () => H([0.5, undefined, 2])],
      ["a string argument", () => H("0.5")],
      ["a missing argument", () => H2(0.5)],
    ];
    for (const [what, work] of cases) {
      const reference = onRuntime(() => thrown(work));
      expect(reference, what).not.toBe("no error");
      expect(thrown(work), what).toBe(reference);
    }
  });
});
