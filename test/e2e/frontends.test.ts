// One transform behind every front end: the same program compiled by tspc (the ts-patch
// plugin), `typegrad build`, the Node loader and the Vite plugin must come out as the same
// JavaScript, file for file (source-map comments aside), and compute the closed forms.
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hash } from "../../src/register/cache.js";
import { EXPECTED, PROGRAM, TSCONFIG } from "./fixtures.js";
import { freshDir, root, sh, writeFiles } from "./project.js";

const FILES = ["main", "helpers", "model"];
let dir = "";
const outputs = new Map<string, Record<string, string>>();
const strip = (js: string): string => js.replace(/\n?\/\/# sourceMappingURL=.*\s*$/, "").trimEnd();

beforeAll(async () => {
  dir = realpathSync(freshDir("frontends"));
  // The repository's own build and compiler, installed as a user's would be.
  mkdirSync(join(dir, "node_modules"));
  for (const [name, target] of [["typegrad", root], ["typescript", join(root, "node_modules/typescript")], ["ts-patch", join(root, "node_modules/ts-patch")]]) {
    symlinkSync(target!, join(dir, "node_modules", name!));
  }
  const tsconfig = { ...TSCONFIG, compilerOptions: { ...TSCONFIG.compilerOptions, plugins: [{ transform: "typegrad/transformer" }] } };
  writeFiles(dir, { "package.json": JSON.stringify({ name: "frontends", private: true, type: "module" }), "tsconfig.json": JSON.stringify(tsconfig), ...PROGRAM });
}, 60_000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

const read = (folder: string): Record<string, string> => Object.fromEntries(FILES.map((f) => [f, strip(readFileSync(join(dir, folder, `${f}.js`), "utf8"))]));

describe("every front end", () => {
  it("tspc", async () => {
    const build = await sh(dir, "node node_modules/ts-patch/bin/tspc.js -p . --outDir out-tspc");
    expect(build.stdout + build.stderr).toBe("");
    outputs.set("tspc", read("out-tspc"));
    expect(JSON.parse((await sh(dir, "node out-tspc/main.js")).stdout)).toMatchObject({ array: EXPECTED.array, logs: EXPECTED.logs });
  }, 120_000);

  it("typegrad build", async () => {
    const build = await sh(dir, `node ${join(root, "dist/cli/main.js")} build --outDir out-cli`);
    expect(build.stdout + build.stderr).toBe("");
    outputs.set("cli", read("out-cli"));
    expect(JSON.parse((await sh(dir, "node out-cli/main.js")).stdout)).toMatchObject({ array: EXPECTED.array, logs: EXPECTED.logs });
  }, 120_000);

  it("the loader", async () => {
    const run = await sh(dir, "node --import typegrad/register src/main.ts", { TYPEGRAD_CACHE_DIR: join(dir, "cache") });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ array: EXPECTED.array, typed: EXPECTED.typed, logs: EXPECTED.logs });
    const states = readdirSync(join(dir, "cache")).filter((f) => !f.endsWith(".json"));
    expect(states).toHaveLength(1);
    outputs.set("loader", Object.fromEntries(FILES.map((f) => [f, strip(readFileSync(join(dir, "cache", states[0]!, `${hash(join(dir, "src", `${f}.ts`))}.js`), "utf8"))])));
  }, 120_000);

  it("the Vite plugin", async () => {
    const { default: typegrad } = await import(join(root, "dist/vite/index.js"));
    const plugin = typegrad();
    plugin.configResolved({ root: dir });
    const context = { error: (message: string) => { throw new Error(message); } };
    const out: Record<string, string> = {};
    for (const f of FILES) {
      const file = join(dir, "src", `${f}.ts`);
      const result = plugin.transform.call(context, readFileSync(file, "utf8"), file);
      expect(result, `${f}.ts was not transformed`).toBeTruthy();
      out[f] = strip(result.code);
    }
    outputs.set("vite", out);
  }, 120_000);

  it("produce the same JavaScript", () => {
    expect([...outputs.keys()].sort()).toEqual(["cli", "loader", "tspc", "vite"]);
    const reference = outputs.get("tspc")!;
    expect(reference.helpers).toContain("export function sumSquares$ad(");
    for (const [name, files] of outputs) for (const f of FILES) expect(files[f], `${name}: ${f}.js`).toBe(reference[f]);
  });
});
