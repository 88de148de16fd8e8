// What a user gets from the registry: `npm pack`, install the tarball into a fresh project,
// import every name of SPEC §3 from "typegrad" and differentiate something. The install is
// runtime-only (--omit=optional: no TypeScript), with no engine warning; the shipped types
// hide the internals and compile for a strict user with noUnusedLocals and no skipLibCheck.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const names = `sin cos tan asin acos atan atan2 sinh cosh tanh asinh acosh atanh exp exp2 expm1 log log2
  log10 log1p sqrt cbrt pow hypot abs sign min max floor ceil round trunc square sigmoid relu softplus
  grad valueAndGrad derivative jvp vjp jacfwd jacrev jacobian hessian hvp linearize stopGradient checkpoint
  Tape dual primal tangent
  defineFunction pipe numericalGrad checkGrads trace`.split(/\s+/);

let dir = "";
let installLog = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "typegrad-pack-"));
  execFileSync("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", dir], { cwd: root, stdio: "pipe" });
  const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "user-project", private: true, type: "module" }));
  const install = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--omit=optional", `./${tarball}`], { cwd: dir, encoding: "utf8" });
  installLog = install.stdout + install.stderr;
  if (install.status !== 0) throw new Error(installLog);
}, 180_000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describe("the packed package", () => {
  it("exports every runtime name of the contract", () => {
    const script = `
      import * as tg from "typegrad";
      const missing = ${JSON.stringify(names)}.filter((n) => typeof tg[n] !== "function");
      const g = tg.grad((x0, x1) => tg.mul(tg.sin(x0), tg.add(x0, x1)))(0.6, 1.4);
      console.log(JSON.stringify({ missing, g }));`;
    const out = JSON.parse(execFileSync("node", ["--input-type=module", "-e", script], { cwd: dir }).toString());
    expect(out.missing).toEqual([]);
    expect(out.g).toEqual([2.215313703214392, 0.5646424733950354]);
  });

  it("ships the built runtime with type declarations", () => {
    const pkg = join(dir, "node_modules", "typegrad");
    const files = readdirSync(join(pkg, "dist", "runtime"));
    expect(files).toContain("index.d.ts");
    expect(files).toContain("index.js");
  });

  it("installs runtime-only with --omit=optional: no TypeScript, no ts-patch, no engine warning", () => {
    expect(existsSync(join(dir, "node_modules", "typescript"))).toBe(false);
    expect(existsSync(join(dir, "node_modules", "typegrad", "node_modules", "typescript"))).toBe(false);
    expect(existsSync(join(dir, "node_modules", "ts-patch"))).toBe(false);
    expect(installLog).not.toMatch(/EBADENGINE|Unsupported engine/);
    const pkg = JSON.parse(readFileSync(join(dir, "node_modules", "typegrad", "package.json"), "utf8"));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.peerDependenciesMeta["ts-patch"].optional).toBe(true);
  });

  it("ships no declaration maps and no internals in the .d.ts", () => {
    const runtime = join(dir, "node_modules", "typegrad", "dist", "runtime");
    expect(readdirSync(runtime).filter((f) => f.endsWith(".d.ts.map"))).toEqual([]);
    const tape = /declare class Tape[\s\S]*?\n\}/.exec(readFileSync(join(runtime, "tape.d.ts"), "utf8"))![0].replace(/\/\*\*[\s\S]*?\*\//g, "");
    expect(tape).toMatch(/\bgradient\(/);
    for (const name of ["node", "push1", "push2", "pushN", "trace", "size", "sweep", "release"]) expect(tape).not.toMatch(new RegExp(`\\b${name}\\b[?]?[(:]`));
    expect(readFileSync(join(runtime, "index.d.ts"), "utf8")).not.toMatch(/withForward|valueStack|attach|callWith/);
  });

  it("types compile for a strict user (noUnusedLocals, no skipLibCheck) and are precise", () => {
    const user = `import { grad, trace, Tape } from "typegrad";

const f = (x0: number, x1: number) => Math.sin(x0) * (x0 + x1);
console.log(grad(f)(0.6, 1.4));
const g: [number, number] = grad(f)(0.6, 1.4);
const graph = trace(f, 0.6, 1.4);
const [value, gradient]: [number, [number, number]] = graph.valueAndGrad(0.6, 1.4);
const again: [number, number] = graph.grad(1, 2);
const one: number = trace((x: number) => x * x, 3).grad(2);
const tape = new Tape();
// @ts-expect-error internals are not part of the types
tape.push1;
// @ts-expect-error nor is the node count
tape.size;
// @ts-expect-error a graph of two numbers takes two numbers
graph.evaluate(1);
console.log(g, value, gradient, again, one);
`;
    writeFileSync(join(dir, "user.ts"), user);
    const options = { strict: true, noUnusedLocals: true, noUnusedParameters: true, skipLibCheck: false, target: "ES2022", module: "NodeNext", noEmit: true, types: [] };
    // The README's first example, as a user pastes it.
    writeFileSync(join(dir, "readme.ts"), /```ts\n([\s\S]*?)```/.exec(readFileSync(join(root, "README.md"), "utf8"))![1]!);
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: options, files: ["user.ts", "readme.ts"] }));
    const tsc = spawnSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", dir], { encoding: "utf8" });
    expect(tsc.stdout).toBe("");
    expect(tsc.status).toBe(0);
  }, 60_000);
});
