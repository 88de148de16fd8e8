// `typegrad build` against tsc's contract: the same diagnostic text and exit codes (0 clean,
// 1 nothing emitted, 2 emitted with errors), pretty output on request, a clear message for
// an option TypeScript 6 does not know, incremental rebuilds that re-emit a helper whose
// differentiable twin a changed caller now needs, and --watch. The project is a temporary
// folder whose node_modules links to this repository's build and compiler.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDir, root, sh, writeFiles } from "./project.js";

const CLI = `node ${join(root, "dist/cli/main.js")}`;
const TSC = `node ${join(root, "node_modules/typescript/bin/tsc")}`;
let dir = "";

const TSCONFIG = { compilerOptions: { target: "ES2022", module: "NodeNext", strict: true, rootDir: "src", outDir: "dist", incremental: true, types: [] }, include: ["src"] };
const HELPER = "export function cube(x: number): number {\n  return x * x * x;\n}\n";
const PLAIN_MAIN = 'import { cube } from "./helper.js";\nconsole.log(cube(2));\n';
const GRAD_MAIN = 'import { grad } from "typegrad";\nimport { cube } from "./helper.js";\nconsole.log(cube(2), grad((x: number) => cube(x) + x)(2));\n';

beforeAll(() => {
  dir = realpathSync(freshDir("cli"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(root, join(dir, "node_modules", "typegrad"));
  writeFiles(dir, { "package.json": JSON.stringify({ name: "cli", private: true, type: "module" }), "tsconfig.json": JSON.stringify(TSCONFIG), "src/helper.ts": HELPER, "src/main.ts": PLAIN_MAIN });
});
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describe("typegrad build", () => {
  it("builds, and rebuilds incrementally when a caller starts differentiating a helper", async () => {
    const first = await sh(dir, `${CLI} build`);
    expect(first.stdout + first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect((await sh(dir, "node dist/main.js")).stdout).toBe("8\n");
    expect(readFileSync(join(dir, "tsconfig.tsbuildinfo"), "utf8")).toContain("helper.ts");
    // Only main.ts changed, but helper.js must now carry cube$ad.
    writeFileSync(join(dir, "src/main.ts"), GRAD_MAIN);
    const second = await sh(dir, `${CLI} build`);
    expect(second.status, second.stdout).toBe(0);
    expect((await sh(dir, "node dist/main.js")).stdout).toBe("8 13\n"); // d/dx (x³ + x) = 3x² + 1 at 2
  }, 120_000);

  it("prints type errors exactly as tsc does, and exits as tsc does", async () => {
    writeFiles(dir, { "bad/bad.ts": 'const n: number = "one";\nexport {};\n', "tsconfig.bad.json": JSON.stringify({ compilerOptions: { ...TSCONFIG.compilerOptions, rootDir: "bad", outDir: "dist-bad", incremental: false }, include: ["bad"] }) });
    const ours = await sh(dir, `${CLI} build -p tsconfig.bad.json`);
    const tsc = await sh(dir, `${TSC} -p tsconfig.bad.json`);
    expect(ours.stdout).toMatch(/^bad\/bad\.ts\(1,7\): error TS2322: Type 'string' is not assignable to type 'number'\./);
    expect(ours.stdout).toBe(tsc.stdout);
    expect(ours.status).toBe(2);
    expect(ours.status).toBe(tsc.status);
    const skipped = await sh(dir, `${CLI} build -p tsconfig.bad.json --noEmitOnError`);
    expect(skipped.status).toBe(1);
    const pretty = await sh(dir, `${CLI} build -p tsconfig.bad.json --pretty`);
    expect(pretty.stdout).toContain('const n: number = "one";'); // the source line, as tsc --pretty shows it
    expect(pretty.stdout).toMatch(/Found 1 error\./);
  }, 120_000);

  it("reports the transform's errors with tsc's format and fails", async () => {
    writeFiles(dir, { "tg/tg.ts": 'import { grad } from "typegrad";\nexport const g = grad((x: number) => x | 1);\n', "tsconfig.tg.json": JSON.stringify({ compilerOptions: { ...TSCONFIG.compilerOptions, rootDir: "tg", outDir: "dist-tg", incremental: false }, include: ["tg"] }) });
    const build = await sh(dir, `${CLI} build -p tsconfig.tg.json`);
    expect(build.status).toBe(2);
    expect(build.stdout).toMatch(/tg\/tg\.ts\(2,38\): error TS91001: TG1001: Bitwise operator '\|'/);
  }, 120_000);

  it("says which option TypeScript 6 does not know", async () => {
    writeFiles(dir, { "tsconfig.opt.json": JSON.stringify({ ...TSCONFIG, compilerOptions: { ...TSCONFIG.compilerOptions, notAnOption: true, outDir: "dist-opt" } }) });
    const build = await sh(dir, `${CLI} build -p tsconfig.opt.json`);
    expect(build.status).not.toBe(0);
    expect(build.stdout).toMatch(/error TS5023: Unknown compiler option 'notAnOption'\.\n\s+typegrad build compiles with typegrad's own TypeScript 6\.0\.\d+, which does not support this option/);
  }, 120_000);

  it("names a missing tsconfig and an unknown command", async () => {
    const missing = await sh(dir, `${CLI} build -p nowhere`);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no tsconfig\.json found at 'nowhere'/);
    const unknown = await sh(dir, `${CLI} bulid`);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/unknown command 'bulid'[\s\S]*typegrad build \[-p/);
    // `build --help` prints the usage and builds nothing.
    writeFiles(dir, { "tsconfig.help.json": JSON.stringify({ ...TSCONFIG, compilerOptions: { ...TSCONFIG.compilerOptions, outDir: "dist-help", incremental: false } }) });
    const help = await sh(dir, `${CLI} build -p tsconfig.help.json --help`);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^typegrad build \[-p <tsconfig\.json or directory>\][\s\S]*--explain/);
    expect(existsSync(join(dir, "dist-help"))).toBe(false);
  }, 60_000);

  it("--watch rebuilds on change", async () => {
    writeFileSync(join(dir, "src/main.ts"), PLAIN_MAIN);
    const watcher = spawn(process.execPath, [join(root, "dist/cli/main.js"), "build", "--watch"], { cwd: dir });
    let log = "";
    watcher.stdout.on("data", (chunk) => (log += chunk));
    const waitFor = async (test: () => boolean): Promise<void> => {
      for (let i = 0; i < 200 && !test(); i++) await new Promise((r) => setTimeout(r, 100));
    };
    const output = (): string => { try { return readFileSync(join(dir, "dist/main.js"), "utf8"); } catch { return ""; } };
    await waitFor(() => log.includes("Watching for file changes"));
    expect(output()).not.toContain("grad");
    await new Promise((r) => setTimeout(r, 500));
    writeFileSync(join(dir, "src/main.ts"), GRAD_MAIN);
    await waitFor(() => output().includes("grad"));
    await new Promise((r) => setTimeout(r, 500));
    expect((await sh(dir, "node dist/main.js")).stdout).toBe("8 13\n");
    watcher.kill();
    expect(log).toMatch(/Starting compilation in watch mode/);
    expect(log).toMatch(/File change detected/);
    expect(log).toMatch(/Found 0 errors\. Watching for file changes\./);
  }, 60_000);
});
