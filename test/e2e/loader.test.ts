// `node --import typegrad/register`: the disk cache is used while the project is unchanged
// and missed when a source file or the tsconfig changes; `./x.js` finds
// `x.ts`; the transform's errors stop the script; CommonJS is refused with the fix. The
// project is a temporary folder whose node_modules links to this repository's build.
import { mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hash } from "../../src/register/cache.js";
import { freshDir, root, sh, writeFiles } from "./project.js";

let dir = "";
const CACHE = (): string => join(dir, "node_modules", ".cache", "typegrad");
const run = (file: string) => sh(dir, `node --import typegrad/register ${file}`);
/** Where the cache keeps `file`'s output for the project's current state (from its manifest). */
const cachedOutput = (file: string): string => {
  const manifest = JSON.parse(readFileSync(join(CACHE(), `${hash(join(dir, "tsconfig.json"))}.json`), "utf8"));
  // Only the current state is kept.
  expect(readdirSync(CACHE()).filter((f) => !f.endsWith(".json"))).toEqual([manifest.state]);
  const output = join(CACHE(), manifest.state, `${hash(join(dir, file))}.js`);
  expect(readFileSync(output, "utf8")).toContain("sourceMappingURL=data:application/json;base64,");
  return output;
};

beforeAll(() => {
  dir = realpathSync(freshDir("loader"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(root, join(dir, "node_modules", "typegrad"));
  writeFiles(dir, {
    "package.json": JSON.stringify({ name: "loader", private: true, type: "module" }),
    "tsconfig.json": JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", strict: true, types: [] }, include: ["*.ts"] }),
    "power.ts": "export function power(x: number): number {\n  return x * x * x;\n}\n",
    "app.ts": 'import { grad } from "typegrad";\nimport { power } from "./power.js";\nconsole.log(power(2), grad(power)(2));\n',
  });
});
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describe("the loader", () => {
  it("runs .ts with the transform, importing ./power.js as power.ts", async () => {
    const result = await run("app.ts");
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("8 12\n"); // 3x² at 2
  }, 60_000);

  it("serves an unchanged project from the cache, and recompiles when a file changes", async () => {
    // Mark the cached app.js: an unchanged project must run it as stored.
    const cached = cachedOutput("app.ts");
    writeFileSync(cached, 'console.log("from the cache");\n');
    expect((await run("app.ts")).stdout).toBe("from the cache\n");
    // A changed helper (app.ts itself unchanged) changes the project's key.
    writeFileSync(join(dir, "power.ts"), "export function power(x: number): number {\n  return x * x;\n}\n");
    expect((await run("app.ts")).stdout).toBe("4 4\n"); // 2x at 2
  }, 60_000);

  it("recompiles when tsconfig.json changes", async () => {
    writeFileSync(cachedOutput("app.ts"), 'console.log("stale");\n');
    expect((await run("app.ts")).stdout).toBe("stale\n");
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", strict: true, types: [], noUnusedLocals: true }, include: ["*.ts"] }));
    expect((await run("app.ts")).stdout).toBe("4 4\n");
  }, 60_000);

  it("finds ./lib and ./dir as lib.ts and dir/index.ts, as bundlers resolve them", async () => {
    const bundler = join(dir, "bundler");
    writeFiles(bundler, {
      "tsconfig.json": JSON.stringify({ compilerOptions: { target: "ES2022", module: "ESNext", moduleResolution: "Bundler", strict: true, types: [] } }),
      "bundler.ts": 'import { grad } from "typegrad";\nimport { twice } from "./lib";\nimport { half } from "./util";\nconsole.log(grad((x: number) => twice(x) * half(x))(3));\n',
      "lib.ts": "export const twice = (x: number): number => 2 * x;\n",
      "util/index.ts": "export const half = (x: number): number => x / 2;\n",
    });
    const result = await sh(bundler, "node --import typegrad/register bundler.ts");
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("6\n"); // d/dx x² = 2x at 3
  }, 60_000);

  it("stops a script with the transform's error, file and line", async () => {
    writeFiles(dir, { "bad.ts": 'import { grad } from "typegrad";\nconsole.log(grad((x: number) => x | 1)(2));\n' });
    const result = await run("bad.ts");
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/typegrad could not compile bad\.ts/);
    expect(result.stderr).toMatch(/bad\.ts\(2,33\): error TS91001: TG1001: Bitwise operator '\|'/);
    expect(result.stdout).toBe("");
  }, 60_000);

  it("shows the user's .ts lines for errors inside differentiated code", async () => {
    writeFiles(dir, {
      "risky.ts": "export function risky(x: number): number {\n  if (x < 0) throw new RangeError(\"negative\");\n  return x * x;\n}\n",
      "traced.ts": [
        'import { grad, hessian } from "typegrad";',
        'import { risky } from "./risky.js";',
        "const missing: Record<string, number> = {};",
        "const first = (f: () => unknown): string => {",
        "  try { f(); } catch (e) { return String((e as Error).stack).split(\"\\n\").slice(1).find((l) => !l.includes(\"/runtime/\") && !l.includes(\"node:\")) ?? \"\"; }",
        '  return "no error";',
        "};",
        "console.log(first(() => grad((x: number) => risky(x) + 1)(-1)));",
        "console.log(first(() => hessian((v: number[]) => v[0] * (missing.w as number))([2])));",
        "",
      ].join("\n"),
    });
    const result = await run("traced.ts");
    expect(result.stderr).toBe("");
    const [helperFrame, runtimeFrame] = result.stdout.split("\n");
    expect(helperFrame).toMatch(/risky\.ts:2:\d+/); // the twin's throw, at the helper's line
    expect(runtimeFrame).toMatch(/traced\.ts:9:\d+/); // the runtime's TypeError, at the user's operator
  }, 60_000);

  it("runs a script with no tsconfig.json", async () => {
    const loose = join(dir, "loose");
    writeFiles(loose, { "script.ts": 'import { derivative } from "typegrad";\nconsole.log(derivative((x: number) => Math.sin(x))(0));\n' });
    const result = await sh(loose, "node --import typegrad/register script.ts");
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("1\n"); // cos 0
  }, 60_000);

  it("refuses CommonJS with the fix", async () => {
    const cjs = join(dir, "cjs");
    writeFiles(cjs, { "package.json": JSON.stringify({ name: "cjs", private: true }), "script.ts": "console.log(1);\n" });
    const result = await sh(cjs, "node --import typegrad/register script.ts");
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/typegrad\/register runs TypeScript as ES modules.*npm pkg set type=module/);
  }, 60_000);
});
