/**
 * W7 — the cost of typegrad's compiler plugin on a real code base that does not use typegrad:
 * zod 4's own sources (project.ts). Three builds of the same sources, each a fresh `node`
 * process, interleaved round by round: plain `tsc`, `tspc` without a plugin, and `tspc` with
 * `{ "transform": "typegrad/transformer" }` (this repository's dist/, resolved as the package
 * `typegrad`). For each: wall time, peak memory and CPU time (peak-build.ts). Each round gives
 * one paired ratio per build against `tspc` without the plugin (the issue's target: the plugin
 * within 1.1× in time and in peak memory); the table shows medians. Every emitted file of the
 * plugin build must be byte-identical to the builds without it, and the same plugin
 * configuration must rewrite a file that does use typegrad (canary.ts) — otherwise the plugin
 * rows fail, naming the files.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { summarize } from "../core/stats.js";
import type { Row } from "../core/types.js";
import { checkPluginApplied } from "./canary.js";
import { compareTrees, describeDiff } from "./identical.js";
import { installPeakHook, peakBuild, type BuildRun } from "./peak-build.js";
import { prepareZodProject, ZOD_COMPILER_OPTIONS } from "./project.js";

export const W7_TSC = "tsc";
export const W7_TSPC = "tspc, no plugin";
export const W7_PLUGIN = "tspc + typegrad/transformer";
export const W7_PLUGIN_MEMORY = "tspc + typegrad/transformer, peak memory";

interface Build {
  name: string;
  script: string;
  config: string;
  out: string;
}

const mb = (bytes: number) => (bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(0)} MB`);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const fmt = (x: number) => x.toFixed(2);

export function runW7(root: string, runs: number, transformer: boolean, log: (s: string) => void): Row[] {
  const dir = mkdtempSync(join(tmpdir(), "typegrad-w7-"));
  try {
    let project;
    try {
      project = prepareZodProject(root, dir);
    } catch (e) {
      return [{ workload: "W7", contender: "zod sources", status: "failed", reason: (e as Error).message }];
    }
    const what = `zod ${project.version}: ${project.files} files, ${project.lines.toLocaleString("en-US")} lines`;
    log(`  W7 project: ${what}`);
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(root, join(dir, "node_modules", "typegrad"), "dir");
    const hook = installPeakHook(dir);
    const cfg = (out: string, plugins?: unknown[]) =>
      JSON.stringify({ compilerOptions: { ...ZOD_COMPILER_OPTIONS, outDir: out, ...(plugins ? { plugins } : {}) }, include: ["src"] }, null, 2);
    writeFileSync(join(dir, "tsconfig.tsc.json"), cfg("out-tsc"));
    writeFileSync(join(dir, "tsconfig.tspc.json"), cfg("out-tspc"));
    writeFileSync(join(dir, "tsconfig.plugin.json"), cfg("out-plugin", [{ transform: "typegrad/transformer" }]));
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    const tspc = join(root, "node_modules/ts-patch/bin/tspc.js");
    const builds: Build[] = [
      { name: W7_TSC, script: tsc, config: "tsconfig.tsc.json", out: "out-tsc" },
      { name: W7_TSPC, script: tspc, config: "tsconfig.tspc.json", out: "out-tspc" },
    ];
    if (transformer) builds.push({ name: W7_PLUGIN, script: tspc, config: "tsconfig.plugin.json", out: "out-plugin" });

    const runsOf = new Map<string, BuildRun[]>(builds.map((b) => [b.name, []]));
    const failures = new Map<string, string>();
    for (let r = 0; r < runs; r++) {
      for (const b of builds) {
        if (failures.has(b.name)) continue;
        rmSync(join(dir, b.out), { recursive: true, force: true }); // nothing stale can pass the identity check
        const run = peakBuild(hook, b.script, ["-p", b.config], dir);
        if (!run.ok) failures.set(b.name, `build failed: ${run.out.split("\n").slice(0, 3).join(" | ") || "non-zero exit"}`);
        else runsOf.get(b.name)!.push(run);
      }
      log(
        `  W7 round ${r + 1}/${runs}: ${builds
          .map((b) => {
            const last = failures.has(b.name) ? undefined : runsOf.get(b.name)!.at(-1);
            return `${b.name} ${last ? `${secs(last.ms)} (CPU ${secs(last.cpuMs)}) / ${mb(last.peakBytes)}` : "failed"}`;
          })
          .join(", ")}`,
      );
    }

    // Byte-identity of every emitted file (.js and .d.ts), checked on the last round's output.
    let identity = "", problem = "";
    if (transformer && !failures.has(W7_PLUGIN)) {
      const expected = project.files * 2; // one .js and one .d.ts per source
      for (const other of builds.filter((b) => b.name !== W7_PLUGIN && !failures.has(b.name))) {
        const d = compareTrees(join(dir, "out-plugin"), join(dir, other.out));
        const why = describeDiff(d, W7_PLUGIN, other.name);
        if (why) identity = identity ? `${identity}; ${why}` : why;
        else if (d.compared !== expected) identity = `expected ${expected} emitted files, found ${d.compared}`;
      }
      if (identity) log(`  W7 FAILED: the plugin changed the output of code that does not use typegrad: ${identity}`);
      else log(`  W7: all ${expected} emitted files of the plugin build are byte-identical to tsc's and to tspc's without the plugin`);
      if (identity) problem = `output not byte-identical: ${identity}`;
      const notApplied = identity ? "" : checkPluginApplied(dir, hook, tsc, tspc);
      if (notApplied) {
        problem = `the identity proves nothing: ${notApplied}`;
        log(`  W7 FAILED: ${problem}`);
      } else if (!identity) log(`  W7: the same plugin configuration rewrites a file that uses typegrad (canary), so it was loaded`);
    }

    const base = runsOf.get(W7_TSPC)!;
    const rows: Row[] = [];
    for (const b of builds) {
      if (failures.has(b.name)) {
        rows.push({ workload: "W7", contender: b.name, status: "failed", reason: failures.get(b.name) });
        continue;
      }
      const rs = runsOf.get(b.name)!;
      const time = summarize(rs.map((x, i) => x.ms / base[i]?.ms).filter(Number.isFinite));
      const peak = summarize(rs.map((x) => x.peakBytes));
      const memRatio = summarize(rs.map((x, i) => x.peakBytes / base[i]?.peakBytes).filter(Number.isFinite));
      const cpu = summarize(rs.map((x) => x.cpuMs));
      const cpuRatio = summarize(rs.map((x, i) => x.cpuMs / base[i]?.cpuMs).filter(Number.isFinite));
      const rel = (x: number) => (b.name === W7_TSPC ? "" : ` (${fmt(x)}×)`);
      const vs = b.name === W7_TSPC ? "baseline" : `time and memory ratio to ${W7_TSPC}`;
      rows.push({
        workload: "W7",
        contender: b.name,
        status: "ok",
        ratio: time.median,
        q1: time.q1,
        q3: time.q3,
        min: time.min,
        max: time.max,
        pairs: time.n,
        gradNs: summarize(rs.map((x) => x.ms)).median * 1e6,
        extra: `peak memory ${mb(peak.median)}${rel(memRatio.median)}; CPU ${secs(cpu.median)}${rel(cpuRatio.median)}; ${what}; ${vs}`,
      });
      if (b.name === W7_PLUGIN) {
        rows.push({
          workload: "W7",
          contender: W7_PLUGIN_MEMORY,
          status: "ok",
          ratio: memRatio.median,
          q1: memRatio.q1,
          q3: memRatio.q3,
          min: memRatio.min,
          max: memRatio.max,
          pairs: memRatio.n,
          extra: `peak RSS ${mb(peak.median)} against ${mb(summarize(base.map((x) => x.peakBytes)).median)} (medians); ratio to ${W7_TSPC}`,
        });
        if (problem) {
          for (const row of rows.slice(-2)) Object.assign(row, { status: "failed", reason: problem });
        }
      }
    }
    if (!transformer) {
      rows.push({ workload: "W7", contender: W7_PLUGIN, status: "pending", reason: "pending transformer (dist/transformer/index.js not built yet)" });
    }
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
