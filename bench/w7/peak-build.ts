/**
 * One compiler run in a fresh `node` process: wall time, peak memory and CPU time. The peak is
 * the process's own maximum resident set size (`process.resourceUsage().maxRSS`, what
 * `/usr/bin/time -v` reports); CPU time (user + system, all threads) is less disturbed than
 * wall time by other work on a shared machine. Both are written at exit by a small CommonJS
 * module preloaded with
 * `node --require`, so the compiler's entry script runs exactly as from the command line and
 * the measurement works wherever Node does.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const HOOK = `"use strict";
// Preloaded by the bench: writes this process's peak resident set size (bytes) and CPU time
// (ms) at exit.
const { writeFileSync } = require("node:fs");
const out = process.env.TYPEGRAD_BENCH_PEAK_RSS_FILE;
process.on("exit", () => {
  const u = process.resourceUsage();
  if (out) writeFileSync(out, JSON.stringify({ peakBytes: u.maxRSS * 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
});
`;

export interface BuildRun {
  ms: number;
  /** Peak resident set size in bytes. */
  peakBytes: number;
  /** User plus system CPU time in milliseconds. */
  cpuMs: number;
  ok: boolean;
  /** The compiler's stdout and stderr (empty for a clean build). */
  out: string;
}

/** Writes the preload module into `dir` and returns its path. */
export function installPeakHook(dir: string): string {
  const path = join(dir, "peak-rss-hook.cjs");
  writeFileSync(path, HOOK);
  return path;
}

/** Runs `node --require hook script ...args` in `cwd`; returns times, peak memory and output. */
export function peakBuild(hook: string, script: string, args: string[], cwd: string): BuildRun {
  const file = join(cwd, "peak-rss.txt");
  rmSync(file, { force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--require", hook, script, ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 << 20,
    env: { ...process.env, TYPEGRAD_BENCH_PEAK_RSS_FILE: file },
  });
  const ms = performance.now() - t0;
  const { peakBytes, cpuMs } = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : { peakBytes: NaN, cpuMs: NaN };
  const out = `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ? r.error.message : ""}`.trim();
  return { ms, peakBytes, cpuMs, ok: r.status === 0 && out === "", out };
}
