/**
 * W6 — build time of a generated ~5,000-line project: plain `tsc` against `tspc` with the
 * plugin `{ "transform": "typegrad/transformer" }` (and `tspc` with no plugin, to separate
 * ts-patch's own cost). Runs are interleaved (tsc, tspc, tspc+plugin, tsc, ...); each round gives
 * one paired ratio; the median and range are reported.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Row } from "../core/types.js";
import { summarize } from "../core/stats.js";
import { generateProject, lineCount } from "./generate.js";

const base = {
  compilerOptions: {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    lib: ["ES2022"],
    types: [],
    strict: true,
    skipLibCheck: true,
    declaration: false,
    rootDir: "src",
  },
  include: ["src"],
};

interface Build {
  name: string;
  args: string[];
}

function timeBuild(b: Build, cwd: string): { ms: number; ok: boolean; out: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, b.args, { cwd, encoding: "utf8" });
  const ms = performance.now() - t0;
  return { ms, ok: r.status === 0, out: `${r.stdout}${r.stderr}`.trim() };
}

export function runW6(root: string, runs: number, transformer: boolean, log: (s: string) => void): Row[] {
  const dir = mkdtempSync(join(tmpdir(), "typegrad-w6-"));
  try {
    const files = generateProject(5000);
    const lines = lineCount(files);
    for (const f of files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "w6-project", private: true, type: "module" }));
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(root, join(dir, "node_modules", "typegrad"), "dir");
    const cfg = (outDir: string, plugins?: unknown[]) =>
      JSON.stringify({ ...base, compilerOptions: { ...base.compilerOptions, outDir, ...(plugins ? { plugins } : {}) } });
    writeFileSync(join(dir, "tsconfig.tsc.json"), cfg("out-tsc"));
    writeFileSync(join(dir, "tsconfig.tspc.json"), cfg("out-tspc"));
    writeFileSync(join(dir, "tsconfig.plugin.json"), cfg("out-plugin", [{ transform: "typegrad/transformer" }]));
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    const tspc = join(root, "node_modules/ts-patch/bin/tspc.js");
    const builds: Build[] = [
      { name: "tsc", args: [tsc, "-p", "tsconfig.tsc.json"] },
      { name: "tspc, no plugin", args: [tspc, "-p", "tsconfig.tspc.json"] },
    ];
    if (transformer) {
      builds.push({ name: "tspc + typegrad/transformer", args: [tspc, "-p", "tsconfig.plugin.json"] });
      // The same transform without ts-patch's own cost: the typegrad command's build.
      writeFileSync(join(dir, "tsconfig.cli.json"), cfg("out-cli"));
      builds.push({ name: "typegrad build", args: [join(root, "dist/cli/main.js"), "build", "-p", "tsconfig.cli.json"] });
    }
    const times = new Map<string, number[]>(builds.map((b) => [b.name, []]));
    const failures = new Map<string, string>();
    for (let r = 0; r < runs; r++) {
      for (const b of builds) {
        if (failures.has(b.name)) continue;
        const t = timeBuild(b, dir);
        if (!t.ok) failures.set(b.name, t.out.split("\n").slice(0, 2).join(" | ") || "non-zero exit");
        else times.get(b.name)!.push(t.ms);
      }
      log(`  W6 round ${r + 1}/${runs}: ${builds.map((b) => `${b.name} ${(times.get(b.name)!.at(-1) ?? NaN).toFixed(0)} ms`).join(", ")}`);
    }
    const tscTimes = times.get("tsc")!;
    const rows: Row[] = [];
    for (const b of builds) {
      const label = `${b.name}`;
      if (failures.has(b.name)) {
        rows.push({ workload: "W6", contender: label, status: "failed", reason: failures.get(b.name) });
        continue;
      }
      const ts = times.get(b.name)!;
      const paired = ts.map((t, i) => t / tscTimes[i]).filter((x) => Number.isFinite(x));
      const s = summarize(paired);
      rows.push({
        workload: "W6",
        contender: label,
        status: "ok",
        ratio: s.median,
        q1: s.q1,
        q3: s.q3,
        min: s.min,
        max: s.max,
        pairs: s.n,
        gradNs: summarize(ts).median * 1e6,
        extra: `${lines} lines in ${files.length} files; ${b.name === "tsc" ? "baseline" : "ratio to tsc"}`,
      });
    }
    if (!transformer) {
      rows.push({ workload: "W6", contender: "tspc + typegrad/transformer", status: "pending", reason: "pending transformer (dist/transformer/index.js not built yet)" });
    } else if (!failures.has("tspc + typegrad/transformer")) {
      // The plugin must really have rewritten the differentiable files, or the timing means nothing.
      const plugin = join(dir, "out-plugin/diff0.js"), plain = join(dir, "out-tsc/diff0.js");
      const why = !existsSync(plugin)
        ? "plugin build emitted no diff0.js"
        : readFileSync(plugin, "utf8") === readFileSync(plain, "utf8")
          ? "plugin build emitted the same diff0.js as tsc: transformer not applied"
          : "";
      if (why) {
        const row = rows.find((r) => r.contender === "tspc + typegrad/transformer")!;
        Object.assign(row, { status: "failed", reason: why });
      }
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
