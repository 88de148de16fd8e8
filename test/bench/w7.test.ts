/**
 * W7's parts, fast and in process: the copy of zod's sources, the byte-identity check and the
 * peak-memory measurement. The three full builds of zod (a minute or more) run only in
 * `npm run bench` (`node bench/bench.mjs --only=W7`), never in tests.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { compareTrees, describeDiff } from "../../bench/w7/identical.js";
import { installPeakHook, peakBuild } from "../../bench/w7/peak-build.js";
import { isBuiltSource, prepareZodProject } from "../../bench/w7/project.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "typegrad-w7-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const walk = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));

describe("W7 project: zod's own sources", () => {
  it("keeps sources and drops tests and benchmarks", () => {
    expect(isBuiltSource("/z/src/v4/core/schemas.ts", false)).toBe(true);
    expect(isBuiltSource("/z/src/v4/core/tests", true)).toBe(false);
    expect(isBuiltSource("/z/src/v3/benchmarks", true)).toBe(false);
    expect(isBuiltSource("/z/src/v4/classic/string.test.ts", false)).toBe(false);
    expect(isBuiltSource("/z/src/v4/locales", true)).toBe(true);
    expect(isBuiltSource("/z/src/README.md", false)).toBe(false);
  });

  it("copies the pinned zod's sources: over 30,000 lines, no tests", () => {
    const dir = join(tmp, "zod");
    const p = prepareZodProject(root, dir);
    const pinned = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).devDependencies.zod;
    expect(p.version).toBe(pinned);
    const files = walk(join(dir, "src"));
    expect(files.length).toBe(p.files);
    expect(p.files).toBeGreaterThan(100);
    expect(p.lines).toBeGreaterThan(30_000);
    expect(files.every((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !/\/(tests|benchmarks)\//.test(f))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).type).toBe("module");
  });
});

describe("W7 byte-identity check", () => {
  const tree = (name: string, files: Record<string, string>) => {
    const d = join(tmp, name);
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(join(d, f, ".."), { recursive: true });
      writeFileSync(join(d, f), text);
    }
    return d;
  };

  it("passes identical folders and names every differing or missing file", () => {
    const a = tree("a", { "x.js": "export const x = 1;\n", "sub/y.d.ts": "export {};\n" });
    const same = tree("same", { "x.js": "export const x = 1;\n", "sub/y.d.ts": "export {};\n" });
    const d0 = compareTrees(a, same);
    expect(d0).toEqual({ compared: 2, differ: [], onlyInA: [], onlyInB: [] });
    expect(describeDiff(d0, "A", "B")).toBe("");

    const b = tree("b", { "x.js": "export const x = 2;\n", "z.js": "\n" });
    const d1 = compareTrees(a, b);
    expect(d1).toEqual({ compared: 1, differ: ["x.js"], onlyInA: ["sub/y.d.ts"], onlyInB: ["z.js"] });
    const why = describeDiff(d1, "plugin", "tspc");
    expect(why).toContain("1 of 1 emitted files differ between plugin and tspc: x.js");
    expect(why).toContain("emitted by plugin only: sub/y.d.ts");
    expect(why).toContain("emitted by tspc only: z.js");
  });
});

describe("W7 peak memory of a child process", () => {
  it("reports the child's own peak resident memory", () => {
    const hook = installPeakHook(tmp);
    const big = join(tmp, "big.js"), small = join(tmp, "small.js");
    // 300 MB written page by page: resident, not just reserved.
    writeFileSync(big, "const b = Buffer.alloc(300 * 1024 * 1024, 1);\nif (b[b.length - 1] !== 1) throw new Error('not filled');\n");
    writeFileSync(small, "\n");
    const rb = peakBuild(hook, big, [], tmp);
    const rs = peakBuild(hook, small, [], tmp);
    expect(rb.ok).toBe(true);
    expect(rs.ok).toBe(true);
    expect(rb.peakBytes).toBeGreaterThan(300 * 1024 * 1024);
    expect(rs.peakBytes).toBeLessThan(200 * 1024 * 1024);
    expect(rs.peakBytes).toBeGreaterThan(1024 * 1024);
  });

  it("reports the child's CPU time", () => {
    const hook = installPeakHook(tmp);
    const spin = join(tmp, "spin.js");
    // Busy until it has used 400 ms of CPU (however loaded the machine is).
    writeFileSync(spin, "const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };\nwhile (cpu() < 400);\n");
    const r = peakBuild(hook, spin, [], tmp);
    expect(r.ok).toBe(true);
    expect(r.cpuMs).toBeGreaterThanOrEqual(390);
    expect(r.cpuMs).toBeLessThanOrEqual(r.ms * 2 + 50); // two cores at most
  });

  it("fails a run that prints or exits non-zero", () => {
    const hook = installPeakHook(tmp);
    const bad = join(tmp, "bad.js");
    writeFileSync(bad, "console.log('src/a.ts(1,1): error TS2304'); process.exit(2);\n");
    const r = peakBuild(hook, bad, [], tmp);
    expect(r.ok).toBe(false);
    expect(r.out).toContain("error TS2304");
  });
});
