// `explain` outside the tspc and Vite plugins: `typegrad build --explain`, the tsconfig's
// typegrad plugin entry with "explain": true (read by `typegrad build` and the loader), and
// `TYPEGRAD_EXPLAIN=1` for `node --import typegrad/register`. Each transform call reports
// "compiled" or "tape: <why>"; the messages never fail a build, and the loader writes them to
// stderr on every run (the program's output stays as it is).
import { mkdirSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { explainInConfig, explainInEnvironment } from "../../src/transformer/explain-option.js";
import { freshDir, root, sh, writeFiles } from "./project.js";

const CLI = `node ${join(root, "dist/cli/main.js")}`;
let dir = "";

const OPTIONS = { target: "ES2022", module: "NodeNext", strict: true, rootDir: "src", outDir: "dist", types: [] };
// A function the compiler covers (to `jacfwd`) and one it does not (recursion).
const MAIN = [
  'import { grad, jacfwd } from "typegrad";',
  "const pair = (x: number[]): number[] => [x[0] * x[1], Math.sin(x[0])];",
  "function power(x: number, n: number): number {",
  "  return n === 0 ? 1 : x * power(x, n - 1);",
  "}",
  "console.log(JSON.stringify(jacfwd(pair)([2, 3])), grad(power)(2, 3)[0]);",
  "",
].join("\n");
const COMPILED = /src\/main\.ts\(6,28\): message TS90001: TG0001: jacfwd: compiled/;
const TAPE = /src\/main\.ts\(6,51\): message TS90001: TG0001: grad: tape: the call 'power\(x, n - 1\)', which is recursive \(line 4\)/;
const OUTPUT = `[[3,2],[${Math.cos(2)},0]] 12\n`; // d/dx x³ at 2

beforeAll(() => {
  dir = realpathSync(freshDir("explain"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(root, join(dir, "node_modules", "typegrad"));
  writeFiles(dir, {
    "package.json": JSON.stringify({ name: "explain", private: true, type: "module" }),
    "tsconfig.json": JSON.stringify({ compilerOptions: OPTIONS, include: ["src"] }),
    "tsconfig.explain.json": JSON.stringify({ compilerOptions: { ...OPTIONS, outDir: "dist-explain", plugins: [{ transform: "typegrad/transformer", explain: true }] }, include: ["src"] }),
    "src/main.ts": MAIN,
  });
});
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describe("explain in typegrad build", () => {
  it("--explain prints a message per transform call and exits 0; without it, nothing", async () => {
    const explained = await sh(dir, `${CLI} build --explain`);
    expect(explained.status).toBe(0);
    expect(explained.stdout).toMatch(COMPILED);
    expect(explained.stdout).toMatch(TAPE);
    expect((await sh(dir, "node dist/main.js")).stdout).toBe(OUTPUT);
    const quiet = await sh(dir, `${CLI} build`);
    expect(quiet.stdout + quiet.stderr).toBe("");
    expect(quiet.status).toBe(0);
  }, 120_000);

  it("reads \"explain\": true from the tsconfig's typegrad plugin entry", async () => {
    const explained = await sh(dir, `${CLI} build -p tsconfig.explain.json`);
    expect(explained.status).toBe(0);
    expect(explained.stdout).toMatch(COMPILED);
    expect(explained.stdout).toMatch(TAPE);
  }, 120_000);
});

describe("explain in the loader", () => {
  it("TYPEGRAD_EXPLAIN=1 writes the messages to stderr on every run, the output unchanged", async () => {
    for (let run = 0; run < 2; run++) {
      const result = await sh(dir, "node --import typegrad/register src/main.ts", { TYPEGRAD_EXPLAIN: "1" });
      expect(result.stdout).toBe(OUTPUT);
      expect(result.stderr).toMatch(COMPILED);
      expect(result.stderr).toMatch(TAPE);
    }
    const quiet = await sh(dir, "node --import typegrad/register src/main.ts");
    expect(quiet.stdout).toBe(OUTPUT);
    expect(quiet.stderr).toBe("");
  }, 120_000);
});

describe("where explain is asked for", () => {
  it("the tsconfig's plugin entry and the environment variable", () => {
    expect(explainInConfig({ plugins: [{ transform: "typegrad/transformer", explain: true }] } as never)).toBe(true);
    expect(explainInConfig({ plugins: [{ transform: "typegrad/transformer" }] } as never)).toBe(false);
    expect(explainInConfig({ plugins: [{ transform: "other/transformer", explain: true }] } as never)).toBe(false);
    expect(explainInConfig({})).toBe(false);
    expect(explainInEnvironment({ TYPEGRAD_EXPLAIN: "1" })).toBe(true);
    expect(explainInEnvironment({ TYPEGRAD_EXPLAIN: "true" })).toBe(true);
    for (const off of ["", "0", "false", undefined]) expect(explainInEnvironment({ TYPEGRAD_EXPLAIN: off })).toBe(false);
  });
});
