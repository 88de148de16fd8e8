// The on-disk code cache the transformer loads TypeScript through (compile-cache.ts), tried on
// a small CommonJS module in child processes, each with its own temporary folder as TMPDIR.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const loader = pathToFileURL(path.join(root, "dist/transformer/compile-cache.js")).href;
const dir = mkdtempSync(path.join(tmpdir(), "typegrad-cache-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The module loaded: a function large enough for V8 to cache, and a `require` of its own.
const moduleFile = path.join(dir, "lib.cjs");
writeFileSync(
  moduleFile,
  `const path = require("node:path");
exports.name = path.basename(__filename);
exports.sumOfSquares = function (n) { let s = 0; for (let i = 1; i <= n; i++) s += i * i; return s; };
exports.same = () => require(__filename) === exports;
`,
);

/** Loads the module in a fresh Node with `env`; returns what it printed. */
function run(env: Record<string, string>): { out: unknown; status: number | null; stderr: string } {
  const script = `
import { createRequire } from "node:module";
const { requireWithCodeCache } = await import(${JSON.stringify(loader)});
const lib = requireWithCodeCache(createRequire(${JSON.stringify(moduleFile)}), ${JSON.stringify(moduleFile)});
console.log(JSON.stringify({ name: lib.name, sum: lib.sumOfSquares(10), same: lib.same() }));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", env: { ...process.env, ...env } });
  return { out: r.stdout ? JSON.parse(r.stdout) : undefined, status: r.status, stderr: r.stderr };
}

const cacheFiles = (tmp: string): string[] => {
  try {
    return readdirSync(path.join(tmp, "typegrad-compile-cache"));
  } catch {
    return [];
  }
};

describe("requireWithCodeCache", () => {
  const expected = { name: "lib.cjs", sum: 385, same: true };

  it("loads the module, writes the cache at exit, and loads from it the next time with the same results", () => {
    const tmp = mkdtempSync(path.join(dir, "tmp-"));
    const first = run({ TMPDIR: tmp });
    expect(first.stderr).toBe("");
    expect(first.out).toEqual(expected);
    const files = cacheFiles(tmp);
    expect(files).toHaveLength(1);
    const cache = readFileSync(path.join(tmp, "typegrad-compile-cache", files[0]!));
    expect(cache.length).toBeGreaterThan(0);
    const second = run({ TMPDIR: tmp });
    expect(second.out).toEqual(expected);
    // Accepted, so not written again.
    expect(readFileSync(path.join(tmp, "typegrad-compile-cache", files[0]!)).equals(cache)).toBe(true);
  });

  it("replaces a cache V8 rejects (here: garbage) and still loads the module", () => {
    const tmp = mkdtempSync(path.join(dir, "tmp-"));
    run({ TMPDIR: tmp });
    const file = path.join(tmp, "typegrad-compile-cache", cacheFiles(tmp)[0]!);
    writeFileSync(file, "not a code cache");
    const again = run({ TMPDIR: tmp });
    expect(again.out).toEqual(expected);
    expect(readFileSync(file, "utf8")).not.toBe("not a code cache");
  });

  it("TYPEGRAD_COMPILE_CACHE=0 loads the module without writing a cache", () => {
    const tmp = mkdtempSync(path.join(dir, "tmp-"));
    const r = run({ TMPDIR: tmp, TYPEGRAD_COMPILE_CACHE: "0" });
    expect(r.out).toEqual(expected);
    expect(cacheFiles(tmp)).toEqual([]);
  });

  it("a cache folder that cannot be written (a file in its place) only costs the cache", () => {
    const tmp = mkdtempSync(path.join(dir, "tmp-"));
    writeFileSync(path.join(tmp, "typegrad-compile-cache"), "a file, not a folder");
    const r = run({ TMPDIR: tmp });
    expect(r.status).toBe(0);
    expect(r.out).toEqual(expected);
  });
});
