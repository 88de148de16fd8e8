// The Vite plugin on its own: it rewrites modules that need it (with a source map), leaves
// other modules to Vite, and turns typegrad diagnostics into a failed module load.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it, vi } from "vitest";
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

  it("with explain, reports each call site through Vite's info, or on stderr when Vite logs errors only (vite-node)", () => {
    const explained = typegrad({ explain: true });
    const id = path.join(cases, "operators.ts");
    const code = fs.readFileSync(id, "utf8");
    const run = (logLevel: string | undefined) => {
      (explained.configResolved as (c: object) => void)({ root: cases, logLevel });
      const info: string[] = [], written: string[] = [];
      const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (written.push(String(chunk)), true));
      try {
        (explained.transform as (this: object, code: string, id: string) => unknown).call({ ...context, info: (m: string) => info.push(m) }, code, id);
      } finally {
        spy.mockRestore();
      }
      return { info: info.join(""), written: written.join("") };
    };
    const atInfo = run("info");
    expect(atInfo.info).toMatch(/operators\.ts\(10,\d+\): TG0001: grad: compiled/);
    expect(atInfo.written).toBe("");
    const atError = run("error");
    expect(atError.info).toBe("");
    expect(atError.written).toMatch(/operators\.ts\(10,\d+\): TG0001: grad: compiled/);
    expect(run("silent")).toEqual({ info: "", written: "" });
  }, 180_000);
});
