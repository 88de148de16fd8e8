// End to end, as a user: `npm pack`, install the tarball with typescript and ts-patch into a
// fresh project whose tsconfig.json names the plugin, build with `npx tspc`, run the output
// and check its numbers; the same project must type-check with plain `tsc --noEmit`, and a
// file with a construct that cannot be differentiated must fail the tspc build with TG1001.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const versionOf = (name: string): string => JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")).version;

const MAIN = `import { grad, Tape } from "typegrad";
import { norm } from "./helpers.js";

const f = (x0: number, x1: number) => Math.sin(x0) * (x0 + x1);
const tape = new Tape();
const x = tape.variable(0.5);
const y = Math.exp(x * x) ** 2;
console.log(JSON.stringify({
  g: grad(f)(0.6, 1.4),
  n: grad((a: number, b: number) => norm([a, b]))(3, 4),
  plain: norm([3, 4]),
  tape: tape.gradient(y, x),
}));
`;
const HELPERS = `export function norm(xs: number[]): number {
  let s = 0;
  for (const v of xs) s += v * v;
  return Math.sqrt(s);
}
`;
// SPEC §2: everything a user writes on Var/Dual type-checks with plain tsc and runs under tspc.
const TYPES = `import { sin, Tape, dual, tangent, type Var, type Dual } from "typegrad";
function model(x0: Var, x1: Var): Var {
  let acc: Var = 0;
  acc += sin(x0) * (x0 + x1);
  acc += x0 ** 2 - -x1;
  if (x0 < x1) acc *= 2;
  return acc / 2;
}
const tape = new Tape();
const [x0, x1] = [tape.variable(0.6), tape.variable(1.4)];
const y = model(x0, x1);
const d: Dual = dual(0.5, 1);
const z: number = d * d + 1;
export const types = { y: \`\${y}\`, g: tape.gradient(y, [x0, x1]), t: tangent(z) };
`;
// CommonJS output: the twin of an imported function and the module data its compiled code reads
// are imported by the rewrite, which TypeScript turns into requires.
const CJS_OBJECTIVE = `export const WEIGHTS = [1, 2, 3];
export function weighted(x: number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += WEIGHTS[i] * x[i] * x[i];
  return s;
}
export function cube(t: number): number {
  return t * t * t;
}
`;
const CJS_MAIN = `import { grad, derivative } from "typegrad";
import { cube, weighted } from "./objective";
const twice = (t: number): number => 2 * cube(t);
console.log(JSON.stringify({ g: grad(weighted)([1, 1, 2]), d: derivative(twice)(2), h: grad((t: number) => weighted([t, t, t]) + cube(t))(1) }));
`;
const BAD = `import { grad } from "typegrad";
export const g = grad((x: number) => x | 1);
`;

let dir = "";
const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: dir, encoding: "utf8" });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "typegrad-e2e-"));
  // The test run has built dist/ already; --ignore-scripts keeps pack from rebuilding it
  // while other tests read it.
  execFileSync("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", dir], { cwd: root, stdio: "pipe" });
  const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"))!;
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "e2e-project", private: true, type: "module" }));
  const compilerOptions = { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, rootDir: "src", outDir: "dist", types: [], plugins: [{ transform: "typegrad/transformer" }] };
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["src"] }));
  writeFileSync(join(dir, "tsconfig.bad.json"), JSON.stringify({ compilerOptions: { ...compilerOptions, rootDir: "bad", outDir: "dist-bad" }, include: ["bad"] }));
  mkdirSync(join(dir, "src"));
  mkdirSync(join(dir, "bad"));
  writeFileSync(join(dir, "src", "main.ts"), MAIN);
  writeFileSync(join(dir, "src", "helpers.ts"), HELPERS);
  writeFileSync(join(dir, "src", "types.ts"), TYPES);
  writeFileSync(join(dir, "bad", "bad.ts"), BAD);
  writeFileSync(join(dir, "tsconfig.cjs.json"), JSON.stringify({ compilerOptions: { ...compilerOptions, module: "NodeNext", moduleResolution: "NodeNext", rootDir: "cjs", outDir: "dist-cjs" }, include: ["cjs"] }));
  for (const folder of ["cjs", "dist-cjs"]) {
    mkdirSync(join(dir, folder));
    writeFileSync(join(dir, folder, "package.json"), JSON.stringify({ type: "commonjs" }));
  }
  writeFileSync(join(dir, "cjs", "objective.ts"), CJS_OBJECTIVE);
  writeFileSync(join(dir, "cjs", "main.ts"), CJS_MAIN);
  const deps = [`./${tarball}`, `typescript@${versionOf("typescript")}`, `ts-patch@${versionOf("ts-patch")}`];
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...deps], { cwd: dir, stdio: "pipe" });
}, 180_000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describe("a fresh project using the packed typegrad with tspc", () => {
  it("builds with npx tspc and computes exact derivatives", () => {
    const build = run("npx", ["tspc", "-p", "."]);
    expect(build.stdout + build.stderr).not.toMatch(/error/i);
    expect(build.status).toBe(0);
    const out = JSON.parse(execFileSync("node", ["dist/main.js"], { cwd: dir, encoding: "utf8" }));
    expect(out.g).toEqual([Math.cos(0.6) * 2 + Math.sin(0.6), Math.sin(0.6)]);
    expect(out.n[0]).toBeCloseTo(3 / 5, 15);
    expect(out.n[1]).toBeCloseTo(4 / 5, 15);
    expect(out.plain).toBe(5);
    // d/dx exp(x²)² = 4x·exp(2x²)
    expect(out.tape).toBeCloseTo(4 * 0.5 * Math.exp(0.5), 14);
    // SPEC §2's constructs: at (0.6, 1.4), acc = sin(0.6)·2 + 0.36 + 1.4, doubled then halved.
    const types = JSON.parse(execFileSync("node", ["--input-type=module", "-e", 'import("./dist/types.js").then((m) => console.log(JSON.stringify(m.types)))'], { cwd: dir, encoding: "utf8" }));
    expect(Number(types.y)).toBeCloseTo(Math.sin(0.6) * 2 + 0.36 + 1.4, 14);
    expect(types.g[0]).toBeCloseTo(Math.cos(0.6) * 2 + Math.sin(0.6) + 1.2, 14);
    expect(types.g[1]).toBeCloseTo(Math.sin(0.6) + 1, 14);
    expect(types.t).toBe(1);
    // The helper keeps its native body; its twin is emitted beside it.
    const helpers = readFileSync(join(dir, "dist", "helpers.js"), "utf8");
    expect(helpers).toContain("s += v * v;");
    expect(helpers).toContain("export function norm$ad(");
  }, 120_000);

  it("builds CommonJS output whose transforms call twins and read data imported from another module", () => {
    const build = run("npx", ["tspc", "-p", "tsconfig.cjs.json"]);
    expect(build.stdout + build.stderr).toBe("");
    expect(build.status).toBe(0);
    expect(readFileSync(join(dir, "dist-cjs", "main.js"), "utf8")).toMatch(/require\("\.\/objective"\)/);
    const out = JSON.parse(execFileSync("node", ["dist-cjs/main.js"], { cwd: dir, encoding: "utf8" }));
    expect(out.g).toEqual([2, 4, 12]);
    expect(out.d).toBe(24);
    expect(out.h).toBe(12 + 3);
  }, 120_000);

  it("type-checks with plain tsc --noEmit", () => {
    const check = run("npx", ["tsc", "--noEmit", "-p", "."]);
    expect(check.stdout).toBe("");
    expect(check.status).toBe(0);
  }, 120_000);

  it("fails the build with a TG diagnostic for a bitwise operator on an active value", () => {
    const build = run("npx", ["tspc", "-p", "tsconfig.bad.json"]);
    expect(build.status).not.toBe(0);
    expect(build.stdout).toMatch(/bad\.ts\(2,38\): error TS91001: TG1001: Bitwise operator '\|'/);
  }, 120_000);
});
