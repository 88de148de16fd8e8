// A user whose own compiler is TypeScript 7 (no JavaScript compiler API, no plugins): their
// `tsc --noEmit` accepts the DSL code, `npx typegrad build` builds it with typegrad's own
// TypeScript 6 (installed nested under typegrad), and `node --import typegrad/register` runs
// it; both compute the closed forms. Their own `tsc` emit runs untransformed and must throw
// the TypeError that names the loader and the CLI.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPECTED, PROGRAM, TSCONFIG } from "./fixtures.js";
import { freshDir, NPM_FLAGS, packInto, sh, writeFiles } from "./project.js";

let dir = "";
const versionAt = (path: string): string => JSON.parse(readFileSync(join(dir, path, "package.json"), "utf8")).version;
const expectExpected = (stdout: string): void => {
  const out = JSON.parse(stdout);
  expect(out.y).toBeCloseTo(EXPECTED.y, 14);
  out.tape.forEach((g: number, i: number) => expect(g).toBeCloseTo(EXPECTED.tape[i]!, 14));
  expect(out.array).toEqual(EXPECTED.array);
  expect(out.typed).toEqual(EXPECTED.typed);
  expect(out.logs).toEqual(EXPECTED.logs);
  expect(out.plain).toBe(EXPECTED.plain);
};

beforeAll(async () => {
  dir = freshDir("ts7");
  const tarball = packInto(dir);
  writeFiles(dir, {
    "package.json": JSON.stringify({ name: "ts7-user", private: true, type: "module" }),
    "tsconfig.json": JSON.stringify(TSCONFIG),
    ...PROGRAM,
    "src/fails.ts": `export function fails(): never {\n  throw new Error("from fails.ts");\n}\nfails();\n`,
  });
  const install = await sh(dir, `npm install ${NPM_FLAGS} ${tarball} typescript@7`);
  expect(install.status, install.stderr).toBe(0);
}, 240_000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }), 60_000);

describe("a TypeScript 7 project", () => {
  it("has TypeScript 7 at top level and typegrad's TypeScript 6.0 nested under typegrad", async () => {
    expect(versionAt("node_modules/typescript")).toMatch(/^7\./);
    expect(versionAt("node_modules/typegrad/node_modules/typescript")).toMatch(/^6\.0\./);
    const version = await sh(dir, "npx typegrad --version");
    expect(version.stdout).toMatch(/TypeScript 6\.0\.\d/);
  });

  it("type-checks the DSL code with its own tsc 7", async () => {
    const check = await sh(dir, "npx tsc --version && npx tsc --noEmit");
    expect(check.stdout).toMatch(/^Version 7\./);
    expect(check.status, check.stdout).toBe(0);
  }, 60_000);

  it("builds with npx typegrad build and computes the closed forms", async () => {
    const build = await sh(dir, "npx typegrad build");
    expect(build.stdout + build.stderr).toBe("");
    expect(build.status).toBe(0);
    expectExpected((await sh(dir, "node dist/main.js")).stdout);
    // The helper keeps its native body for plain callers; its twin is emitted beside it.
    const helpers = readFileSync(join(dir, "dist", "helpers.js"), "utf8");
    expect(helpers).toContain("export function sumSquares$ad(");
  }, 120_000);

  it("runs with node --import typegrad/register, cold and from the cache", async () => {
    for (const run of ["cold", "warm"]) {
      const result = await sh(dir, "node --import typegrad/register src/main.ts");
      expect(result.status, `${run}: ${result.stderr}`).toBe(0);
      expectExpected(result.stdout);
    }
  }, 120_000);

  it("shows .ts lines in stack traces under the loader", async () => {
    const result = await sh(dir, "node --import typegrad/register src/fails.ts");
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/from fails\.ts/);
    expect(result.stderr).toMatch(/src\/fails\.ts:2:9/);
  }, 120_000);

  it("its own tsc emit runs untransformed and throws naming the loader and the CLI", async () => {
    const emit = await sh(dir, "npx tsc --outDir plain");
    expect(emit.status).toBe(0);
    const run = await sh(dir, "node plain/main.js");
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/TypeError: typegrad: a Var .* was used in plain JavaScript arithmetic/);
    expect(run.stderr).toMatch(/node --import typegrad\/register app\.ts/);
    expect(run.stderr).toMatch(/npx typegrad build/);
  }, 120_000);
});
