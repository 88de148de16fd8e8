// The Vite plugin on its own: it rewrites modules that need it (with a source map), leaves
// other modules to Vite, and turns typegrad diagnostics into a failed module load.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import typegrad from "../../src/vite/index.js";

const cases = path.resolve(import.meta.dirname, "../baselines/cases");
const plugin = typegrad();
type Transform = (this: { error(message: string): never }, code: string, id: string) => { code: string; map?: string } | null;
const transform = plugin.transform as Transform;
const context = { error: (message: string): never => { throw new Error(message); } };
const load = (name: string) => {
  const id = path.join(cases, name);
  return transform.call(context, fs.readFileSync(id, "utf8"), id);
};

describe("typegrad/vite", () => {
  it("rewrites a module that imports typegrad, with a source map of the module", () => {
    const result = load("operators.ts")!;
    expect(result.code).toContain('import * as __typegrad from "typegrad";');
    expect(result.code).toContain("__typegrad.mul(__typegrad.sin(x), (__typegrad.add(x, y)))");
    expect(JSON.parse(result.map!).sources).toEqual([path.join(cases, "operators.ts").replace(/\\/g, "/")]);
  }, 180_000); // the first module builds and checks the whole program (tens of seconds on a loaded machine)

  it("leaves a module without typegrad to Vite", () => {
    expect(load("untouched.ts")).toBeNull();
  });

  it("fails the module load with the diagnostics, codes and fix hints", () => {
    expect(() => load("diagnostics.ts")).toThrow(/diagnostics\.ts\(7,16\): TG1001: .* Fix: /);
  });
});
