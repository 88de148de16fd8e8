// Property test of the compiled code of functions with several outputs: random programs that
// return an array written out — straight-line code, a loop over an array parameter, returns in
// branches, a helper called twice (inlined) — or an array built at run time — a local array
// filled in a loop, `map`, `[]` and `push` returned in two places, a `Float64Array` — are
// compiled by the transformer for `jacfwd`,
// `jacrev` and `vjp`. The compiled Jacobians and pullbacks must agree with the tape's `jacrev`
// and `vjp` and the Duals' `jacfwd` (the same calls run by `onTape`, which turns compiled code
// off) to 1e-13 relative, and with central differences of the plain function.
import * as path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { compilePrograms } from "./compile-programs.js";
import { onTape } from "./tape-reference.js";
import { agrees } from "../numeric.js";
import { randomExpression } from "./random-expressions.js";

const PROGRAMS = 40;
/** Programs of each kind that build their result at run time. */
const BUILT = 25;
const root = path.resolve(import.meta.dirname, "../..");
const dir = path.join(root, ".tmp", "compiled-vector-property");

/** A random expression over `names`, kept in every primitive's domain. */
const expression = (names: string[]) => randomExpression(names, ["sum", "ratio", "unary", "expTanh", "sqrt"], 300);

/** Two numbers in, three out, with a local and a helper of the program called twice. */
const straight = fc.tuple(expression(["x", "y"]), expression(["x", "y", "a"]), expression(["a", "y"]), expression(["p", "q"])).map(
  ([a, r0, r1, h]) => ({
    helper: `(p: number, q: number): number => ${h}`,
    body: `(x: number, y: number): number[] => {\n  const a = ${a};\n  return [${r0}, H(a, y) * ${r1}, H(y, x)];\n}`,
  }),
);

/** An array and a number in, four out: a loop accumulating over the array, elements returned as they are. */
const looping = fc.tuple(expression(["v[i]", "s", "x"]), expression(["s", "x", "v[0]"])).map(([t, r]) => ({
  helper: "(p: number, q: number): number => p * q",
  body: `(v: number[], x: number): number[] => {\n  let s = x * 0.5;\n  for (let i = 0; i < v.length; i++) {\n    s += ${t};\n  }\n  return [s, ${r}, v[1], H(v[2], s)];\n}`,
}));

/** Returns in both branches of a test on primal values, a number output among them. */
const branchy = fc.tuple(expression(["x", "y"]), expression(["x", "s"]), expression(["y", "s"]), expression(["s", "x"])).map(
  ([init, test, yes, no]) => ({
    helper: "(p: number, q: number): number => p - q",
    body: `(x: number, y: number): number[] => {\n  const s = ${init};\n  if (${test} < 0.7) {\n    return [s * ${yes}, 3, x];\n  }\n  return [H(s, ${no}), s, y * y];\n}`,
  }),
);

/** One array in, five out, straight-line (jacfwd's whole-Jacobian code): a local, a helper called twice, an element and a constant returned. */
const arrayed = fc.tuple(expression(["v[0]", "v[1]"]), expression(["v[0]", "v[2]", "a"]), expression(["a", "v[1]"]), expression(["p", "q"])).map(
  ([a, r0, r1, h]) => ({
    helper: `(p: number, q: number): number => ${h}`,
    body: `(v: number[]): number[] => {\n  const a = ${a};\n  return [${r0}, H(a, v[2]) * ${r1}, H(v[1], v[0]), v[2], 3];\n}`,
  }),
);

/** One array in, as many out, built in a local array by a loop reading neighbours, with a helper (inlined). */
const built = fc.tuple(expression(["a", "b"]), expression(["p", "q"])).map(([e, h]) => ({
  helper: `(p: number, q: number): number => ${h}`,
  body: `(v: number[]): number[] => {\n  const n = v.length;\n  const out = new Array(n);\n  for (let i = 0; i < n; i++) {\n    const a = v[i], b = v[(i + 1) % n];\n    out[i] = ${e};\n  }\n  out[0] = H(out[0], v[n - 1]);\n  return out;\n}`,
}));

/** One array in, as many out, by `map` with a `?:` on the index reading the element before. */
const mapped = fc.tuple(expression(["e", "p"]), expression(["p", "q"])).map(([e, h]) => ({
  helper: `(p: number, q: number): number => ${h}`,
  body: `(v: number[]) => v.map((e, i) => {\n  const p = i > 0 ? v[i - 1] : 0.5;\n  return H(${e}, e);\n})`,
}));

/** An array and a number in; `[]` and `push` in a for…of loop, returned early or after one more push. */
const pushed = fc.tuple(expression(["e", "x"]), expression(["s", "x"])).map(([e, r]) => ({
  helper: "(p: number, q: number): number => p * q - q",
  body: `(v: number[], x: number): number[] => {\n  const y: number[] = [];\n  let s = 0;\n  for (const e of v) {\n    const t = ${e};\n    s += t;\n    y.push(t);\n  }\n  if (x > 0.7) return y;\n  y.push(H(${r}, s));\n  return y;\n}`,
}));

/** A Float64Array in and out, one shorter, its loop tested as `i + 1 < v.length`. */
const typed = expression(["a", "b"]).map((e) => ({
  helper: "(p: number, q: number): number => p + q",
  body: `(v: Float64Array) => {\n  const r = new Float64Array(v.length - 1);\n  for (let i = 0; i + 1 < v.length; i++) {\n    const a = v[i], b = v[i + 1];\n    r[i] = H(${e}, a);\n  }\n  return r;\n}`,
}));

type Kind = "straight" | "looping" | "branchy" | "arrayed" | "built" | "mapped" | "pushed" | "typed";
let module: Record<string, unknown> = {};
let sources: Record<Kind, { helper: string; body: string }[]> = { straight: [], looping: [], branchy: [], arrayed: [], built: [], mapped: [], pushed: [], typed: [] };
let emitted = "";

beforeAll(async () => {
  const seed = Number(process.env.TYPEGRAD_FC_SEED ?? 20261129);
  sources = {
    straight: fc.sample(straight, { seed, numRuns: PROGRAMS }),
    looping: fc.sample(looping, { seed: seed + 1, numRuns: PROGRAMS }),
    branchy: fc.sample(branchy, { seed: seed + 2, numRuns: PROGRAMS }),
    arrayed: fc.sample(arrayed, { seed: seed + 3, numRuns: PROGRAMS }),
    built: fc.sample(built, { seed: seed + 4, numRuns: BUILT }),
    mapped: fc.sample(mapped, { seed: seed + 5, numRuns: BUILT }),
    pushed: fc.sample(pushed, { seed: seed + 6, numRuns: BUILT }),
    typed: fc.sample(typed, { seed: seed + 7, numRuns: BUILT }),
  };
  // Each program `fK` (with its helper `hfK`) gets `jfK = jacfwd(fK)`, `jrK = jacrev(fK)` and
  // `vK`, its pullback at the point of a cotangent: compiled code when called plainly, the
  // tape's or the Duals' when called inside `onTape`.
  const lines = ['import { jacfwd, jacobian, jacrev, vjp } from "typegrad";'];
  for (const [kind, list] of Object.entries(sources)) {
    list.forEach(({ helper, body }, k) => {
      const name = `${kind}${k}`;
      const params = kind === "looping" || kind === "pushed" ? "v: number[], x: number" : kind === "typed" ? "v: Float64Array"
        : kind === "arrayed" || kind === "built" || kind === "mapped" ? "v: number[]" : "x: number, y: number";
      const args = kind === "looping" || kind === "pushed" ? "v, x" : kind === "arrayed" || kind === "built" || kind === "mapped" || kind === "typed" ? "v" : "x, y";
      lines.push(`const h${name} = ${helper};`, `export const ${name} = ${body.replace(/H\(/g, `h${name}(`)};`);
      lines.push(`export const jf${name} = jacfwd(${name});`, `export const jr${name} = jacrev(${name});`);
      if (kind === "built" || kind === "pushed") lines.push(`export const jb${name} = jacobian(${name});`);
      lines.push(`export const v${name} = (${params}, c: number[]) => { const [value, back] = vjp(${name}, ${args}); return [value, back(c)]; };`);
    });
  }
  const compiled = await compilePrograms(dir, lines);
  expect(compiled.messages).toEqual([]);
  ({ module, emitted } = compiled);
}, 240_000);

/** Shaped alike, and `agrees` (1e-13 relative, NaN where the other is NaN). */
function agreesShaped(a: unknown, b: unknown, what: string): void {
  expect(JSON.stringify(a, (_, v: unknown) => (typeof v === "number" ? 0 : v)), `${what}: shapes`).toBe(JSON.stringify(b, (_, v: unknown) => (typeof v === "number" ? 0 : v)));
  agrees(a, b, what);
}

const fn = <T>(name: string) => module[name] as T;
type Jacobian = (...args: unknown[]) => unknown;

/** The Jacobian of `f` (outputs × the inputs listed by `perturb`) by central differences. */
function centralJacobian(f: (...args: never[]) => number[], args: unknown[], perturb: (args: unknown[], j: number, h: number) => unknown[], n: number): number[][] {
  const h = 1e-6;
  const columns = Array.from({ length: n }, (_, j) => {
    const up = f(...(perturb(args, j, h) as never[])), down = f(...(perturb(args, j, -h) as never[]));
    return up.map((u, i) => (u - down[i]!) / (2 * h));
  });
  return columns[0]!.map((_, i) => columns.map((c) => c[i]!));
}

/**
 * Compiled = runtime for jacfwd, jacrev and the pullback of a function of two numbers; its
 * Jacobian is one block per argument (`J[j][i]` = ∂yᵢ/∂xⱼ), compared with central differences.
 */
function check(name: string, src: string, args: unknown[], expected: number[][], cotangent: number[]): void {
  for (const transform of ["jf", "jr"]) {
    const compiled = fn<Jacobian>(`${transform}${name}`)(...args);
    agreesShaped(compiled, onTape(() => fn<Jacobian>(`${transform}${name}`)(...args)), `${transform === "jf" ? "jacfwd" : "jacrev"} of ${src}`);
    (compiled as number[][]).forEach((block, j) => block.forEach((v, i) => expect(Math.abs(v - expected[i]![j]!), `∂y${i}/∂x${j} of ${src}`).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(expected[i]![j]!)))));
  }
  const pullback = fn<Jacobian>(`v${name}`);
  agreesShaped(pullback(...args, cotangent), onTape(() => pullback(...args, cotangent)), `vjp of ${src}`);
}

describe("compiled code of functions with several outputs, on random programs", () => {
  it("compiles every program for jacfwd, jacrev and vjp", () => {
    expect((emitted.match(/withVector\(/g) ?? []).length).toBe(4 * 3 * PROGRAMS + 4 * 3 * BUILT + 2 * BUILT);
    // results built at run time: their length is read from each run (-2)
    expect((emitted.match(/withVector\([^;]*, -2(, vectorJacobian_\d+)?\)/g) ?? []).length).toBe(4 * 3 * BUILT + 2 * BUILT);
    // jacfwd's whole-Jacobian code: for every function of one array returning an array (straight-line
    // code, and lane code for loops and built results: jacfwd of built, mapped and typed, jacobian of built)
    expect((emitted.match(/withVector\([^;]*, vectorJacobian_\d+\)/g) ?? []).length).toBe(PROGRAMS + 4 * BUILT);
    // and for no function of a number (looping, branchy, straight, pushed)
    expect((emitted.match(/withVector\([^;]*"(an|n|nn)", [^;]*vectorJacobian_\d+\)/g) ?? []).length).toBe(0);
  });

  it("straight-line code of one array (jacfwd's whole-Jacobian code): compiled = tape and Duals to 1e-13, = central differences", () => {
    sources.arrayed.forEach(({ body }, k) => {
      for (const v of [[0.3, -0.7, 1.2], [1.1, 0.4, -0.2], [-1.6, 2.2, 0.5]]) {
        const f = fn<(v: number[]) => number[]>(`arrayed${k}`);
        const J = centralJacobian(f, [v], (a, j, h) => [(a[0] as number[]).map((e, i) => (i === j ? e + h : e))], v.length);
        for (const transform of ["jf", "jr"]) {
          const compiled = fn<Jacobian>(`${transform}arrayed${k}`)(v) as number[][];
          agreesShaped(compiled, onTape(() => fn<Jacobian>(`${transform}arrayed${k}`)(v)), `${transform} of ${body}`);
          agreesShaped(fn<Jacobian>(`${transform}arrayed${k}`)(Float64Array.from(v)), compiled, `${transform} of ${body}, a Float64Array`);
          compiled.forEach((row, i) => row.forEach((d, j) => expect(Math.abs(d - J[i]![j]!), `∂y${i}/∂v${j} of ${body}`).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(J[i]![j]!)))));
        }
        const pullback = fn<Jacobian>(`varrayed${k}`);
        agreesShaped(pullback(v, [1, -0.5, 2, 0.25, 3]), onTape(() => pullback(v, [1, -0.5, 2, 0.25, 3])), `vjp of ${body}`);
      }
    });
  });

  it("straight-line code with an inlined helper: compiled = tape and Duals to 1e-13, = central differences", () => {
    sources.straight.forEach(({ body }, k) => {
      for (const [x, y] of [[0.3, -0.7], [1.1, 0.4], [-1.6, 2.2]]) {
        const f = fn<(x: number, y: number) => number[]>(`straight${k}`);
        const J = centralJacobian(f, [x, y], (a, j, h) => a.map((v, i) => (i === j ? (v as number) + h : v)), 2);
        check(`straight${k}`, body, [x, y], J, [0.5, -1, 2]);
      }
    });
  });

  it("a loop over an array parameter: the rows over the array and the number", () => {
    sources.looping.forEach(({ body }, k) => {
      const v = [0.4, -1.1, 0.9, 0.2], x = 0.3;
      const f = fn<(v: number[], x: number) => number[]>(`looping${k}`);
      const dv = centralJacobian(f, [v, x], (a, j, h) => [(a[0] as number[]).map((e, i) => (i === j ? e + h : e)), a[1]], v.length);
      const dx = centralJacobian(f, [v, x], (a, _j, h) => [a[0], (a[1] as number) + h], 1);
      // jacfwd/jacrev of two arguments: a tuple of blocks, [rows over v, column over x]
      for (const transform of ["jf", "jr"]) {
        const compiled = fn<Jacobian>(`${transform}looping${k}`)(v, x) as [number[][], number[]];
        agreesShaped(compiled, onTape(() => fn<Jacobian>(`${transform}looping${k}`)(v, x)), `${transform} of ${body}`);
        compiled[0].forEach((row, i) => row.forEach((d, j) => expect(Math.abs(d - dv[i]![j]!), `∂y${i}/∂v${j} of ${body}`).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(dv[i]![j]!)))));
        compiled[1].forEach((d, i) => expect(Math.abs(d - dx[i]![0]!), `∂y${i}/∂x of ${body}`).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(dx[i]![0]!))));
      }
      const pullback = fn<Jacobian>(`vlooping${k}`);
      agreesShaped(pullback(v, x, [1, -0.5, 2, 0.25]), onTape(() => pullback(v, x, [1, -0.5, 2, 0.25])), `vjp of ${body}`);
    });
  });

  it("returns in branches: compiled = tape and Duals to 1e-13, = central differences", () => {
    sources.branchy.forEach(({ body }, k) => {
      for (const [x, y] of [[0.3, -0.7], [1.1, 0.4], [-1.6, 2.2], [0.05, 0.9]]) {
        const f = fn<(x: number, y: number) => number[]>(`branchy${k}`);
        const J = centralJacobian(f, [x, y], (a, j, h) => a.map((v, i) => (i === j ? (v as number) + h : v)), 2);
        check(`branchy${k}`, body, [x, y], J, [1, 2, -1]);
      }
    });
  });
});

describe("compiled code of results built at run time, on random programs", () => {
  const points = [[0.3, -0.7, 1.2, 0.5], [1.1, 0.4, -0.2], [-1.6, 2.2]];
  const near = (got: number, want: number, what: string) => expect(Math.abs(got - want), what).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(want)));

  it("a local array filled in a loop and map: jacfwd, jacrev, jacobian, vjp = tape and Duals to 1e-13, = central differences", () => {
    for (const kind of ["built", "mapped"] as const) {
      sources[kind].forEach(({ body }, k) => {
        const name = `${kind}${k}`;
        for (const v of points) {
          const f = fn<(v: number[]) => number[]>(name);
          const J = centralJacobian(f, [v], (a, j, h) => [(a[0] as number[]).map((e, i) => (i === j ? e + h : e))], v.length);
          for (const transform of kind === "built" ? ["jf", "jr", "jb"] : ["jf", "jr"]) {
            const compiled = fn<Jacobian>(`${transform}${name}`)(v) as number[][];
            agreesShaped(compiled, onTape(() => fn<Jacobian>(`${transform}${name}`)(v)), `${transform} of ${body}`);
            agreesShaped(fn<Jacobian>(`${transform}${name}`)(Float64Array.from(v)), compiled, `${transform} of ${body}, a Float64Array`);
            expect(compiled.length, `rows of ${body}`).toBe(v.length);
            compiled.forEach((row, i) => row.forEach((d, j) => near(d, J[i]![j]!, `∂y${i}/∂v${j} of ${body}`)));
          }
          const c = v.map((_, i) => 1 - 0.75 * i);
          const pullback = fn<Jacobian>(`v${name}`);
          agreesShaped(pullback(v, c), onTape(() => pullback(v, c)), `vjp of ${body}`);
          expect(() => pullback(v, [...c, 1]), `vjp of ${body}, a cotangent too long`).toThrow(/cotangent has \d+ numbers but the function's output has \d+/);
        }
      });
    }
  });

  it("[] and push returned in two places (the length depends on the branch), with a number argument", () => {
    sources.pushed.forEach(({ body }, k) => {
      const name = `pushed${k}`;
      for (const [v, x] of [[[0.4, -1.1, 0.9], 0.3], [[0.4, -1.1, 0.9], 1.1], [[], 0.2], [[0.6], 1.4]] as [number[], number][]) {
        const f = fn<(v: number[], x: number) => number[]>(name);
        const m = f(v, x).length;
        expect(m, `outputs of ${body}`).toBe(x > 0.7 ? v.length : v.length + 1);
        const dv = v.length > 0 ? centralJacobian(f, [v, x], (a, j, h) => [(a[0] as number[]).map((e, i) => (i === j ? e + h : e)), a[1]], v.length) : [];
        const dx = centralJacobian(f, [v, x], (a, _j, h) => [a[0], (a[1] as number) + h], 1);
        for (const transform of ["jf", "jr", "jb"]) {
          const compiled = fn<Jacobian>(`${transform}${name}`)(v, x) as [number[][], number[]];
          agreesShaped(compiled, onTape(() => fn<Jacobian>(`${transform}${name}`)(v, x)), `${transform} of ${body}`);
          expect(compiled[0].length, `rows of ${body}`).toBe(m);
          if (v.length > 0) compiled[0].forEach((row, i) => row.forEach((d, j) => near(d, dv[i]![j]!, `∂y${i}/∂v${j} of ${body}`)));
          compiled[1].forEach((d, i) => near(d, dx[i]![0]!, `∂y${i}/∂x of ${body}`));
        }
        const c = Array.from({ length: m }, (_, i) => 0.5 + i);
        const pullback = fn<Jacobian>(`v${name}`);
        agreesShaped(pullback(v, x, c), onTape(() => pullback(v, x, c)), `vjp of ${body}`);
      }
    });
  });

  it("a Float64Array built and returned: jacfwd = jacrev to 1e-13 and = central differences; vjp's value is the Float64Array, its pullback cᵀJ", () => {
    // (The tape cannot hold Vars in a Float64Array: compiled forward and reverse code check each other.)
    sources.typed.forEach(({ body }, k) => {
      const name = `typed${k}`;
      for (const point of points) {
        const v = Float64Array.from(point);
        const f = fn<(v: Float64Array) => Float64Array>(name);
        const plain = (w: number[]) => Array.from(f(Float64Array.from(w)));
        const J = centralJacobian(plain, [point], (a, j, h) => [(a[0] as number[]).map((e, i) => (i === j ? e + h : e))], v.length);
        const forward = fn<Jacobian>(`jf${name}`)(v) as number[][], reverse = fn<Jacobian>(`jr${name}`)(v) as number[][];
        agreesShaped(forward, reverse, `jacfwd and jacrev of ${body}`);
        expect(forward.length).toBe(v.length - 1);
        forward.forEach((row, i) => row.forEach((d, j) => near(d, J[i]![j]!, `∂y${i}/∂v${j} of ${body}`)));
        const c = Array.from({ length: v.length - 1 }, (_, i) => 1.5 - i);
        const [value, back] = fn<(v: Float64Array, c: number[]) => [Float64Array, Float64Array]>(`v${name}`)(v, c);
        expect(value).toBeInstanceOf(Float64Array);
        expect(Array.from(value)).toEqual(Array.from(f(v)));
        expect(back).toBeInstanceOf(Float64Array);
        back.forEach((g, j) => {
          const terms = c.map((ci, i) => ci * reverse[i]![j]!);
          expect(Math.abs(g - terms.reduce((a, b) => a + b, 0)), `(cᵀJ)${j} of ${body}`).toBeLessThanOrEqual(1e-13 * (1 + terms.reduce((a, b) => a + Math.abs(b), 0)));
        });
      }
    });
  });
});
