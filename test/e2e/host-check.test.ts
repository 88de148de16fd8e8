// The ts-patch plugin on a TypeScript it cannot serve: the build fails with TG1100 naming
// typegrad, the version found and the fix, and the emitted files throw that message instead
// of running untransformed arithmetic. Unit checks on the entry point, then a real project
// with TypeScript 5.9 under ts-patch 3.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import typegradTransformer from "../../src/transformer/index.js";
import ts from "../../src/transformer/ts.js";
import type * as TS from "typescript";
import { freshDir, NPM_FLAGS, packInto, sh, writeFiles } from "./project.js";

const USER = `import { grad } from "typegrad";\nconsole.log(grad((x: number) => x * x)(3));\n`;

function runPlugin(version: string): { diagnostics: TS.Diagnostic[]; output: string } {
  const diagnostics: TS.Diagnostic[] = [];
  const factory = typegradTransformer({} as TS.Program, {}, { ts: { version }, addDiagnostic: (d) => diagnostics.push(d) });
  const sf = ts.createSourceFile("main.ts", USER, ts.ScriptTarget.ES2022, true);
  const result = ts.transform(sf, [factory]);
  return { diagnostics, output: ts.createPrinter().printFile(result.transformed[0]!) };
}

describe("the plugin's check of the compiler running it", () => {
  it("refuses TypeScript 5.9 with an error naming the version and the fix", () => {
    const { diagnostics, output } = runPlugin("5.9.3");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.category).toBe(ts.DiagnosticCategory.Error);
    const text = String(diagnostics[0]!.messageText);
    expect(text).toMatch(/^TG1100: typegrad's transformer needs TypeScript 6\.0\.x, but tspc is running TypeScript 5\.9\.3/);
    expect(text).toMatch(/typescript@~6\.0.*npx typegrad build/s);
    expect(output).toMatch(/^throw new Error\("TG1100: /);
  });

  it("refuses another 6.0 release than the one typegrad loaded", () => {
    const other = ts.version === "6.0.2" ? "6.0.3" : "6.0.2";
    const { diagnostics } = runPlugin(other);
    expect(String(diagnostics[0]!.messageText)).toMatch(new RegExp(`running TypeScript ${other.replace(/\./g, "\\.")}, but typegrad's transformer loaded its own TypeScript ${ts.version.replace(/\./g, "\\.")}`));
  });

  it("serves its own TypeScript", () => {
    const diagnostics: TS.Diagnostic[] = [];
    typegradTransformer({} as TS.Program, {}, { ts, addDiagnostic: (d) => diagnostics.push(d) });
    expect(diagnostics).toEqual([]);
  });
});

describe("a project on TypeScript 5.9 with ts-patch 3", () => {
  let dir = "";
  beforeAll(async () => {
    dir = freshDir("ts59");
    const tarball = packInto(dir);
    writeFiles(dir, {
      "package.json": JSON.stringify({ name: "ts59-user", private: true, type: "module" }),
      "tsconfig.json": JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", strict: true, rootDir: "src", outDir: "dist", plugins: [{ transform: "typegrad/transformer" }] }, include: ["src"] }),
      "src/main.ts": USER,
    });
    const install = await sh(dir, `npm install ${NPM_FLAGS} ${tarball} typescript@5.9 ts-patch@3`);
    expect(install.status, install.stderr).toBe(0);
  }, 240_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }), 60_000);

  it("fails the tspc build with TG1100, and the output throws it", async () => {
    const build = await sh(dir, "npx tspc");
    expect(build.status).not.toBe(0);
    expect(build.stdout).toMatch(/error TS91100: TG1100: typegrad's transformer needs TypeScript 6\.0\.x, but tspc is running TypeScript 5\.9\.\d+/);
    const run = await sh(dir, "node dist/main.js");
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/Error: TG1100/);
  }, 120_000);
});
