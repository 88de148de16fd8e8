/**
 * `npm run bench [-- --quick] [-- --only=W1,W3] [-- --contender=hand,tfjs] [-- --no-w6] [-- --no-w7]`
 *
 * Runs every (workload, contender) pair in a fresh `node` process (child.js), the tape-memory
 * measurement (memory.js), W6's build timing and W7's (`--only=W7` runs W7 alone; `--quick`
 * skips W6 and W7 unless `--w6` / `--w7` is given, then one round each), prints progress, then
 * the table, and rewrites bench/RESULTS.md (a full run) or .tmp/bench/RESULTS.quick.md (--quick).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { CONTENDERS, WORKLOAD_ORDER } from "./core/registry.js";
import { fmtNs, fmtRatio, table } from "./core/table.js";
import type { Row } from "./core/types.js";
import { runW6 } from "./w6/run.js";
import { runW7, W7_PLUGIN } from "./w7/run.js";

const here = fileURLToPath(new URL(".", import.meta.url)); // .tmp/bench/
const root = fileURLToPath(new URL("../../", import.meta.url)); // the repository
const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const opt = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1]?.split(",");
const only = opt("only");
const onlyContenders = opt("contender");
const withW6 = !argv.includes("--no-w6") && (!quick || argv.includes("--w6")) && (!only || only.includes("W6"));
const withW7 = !argv.includes("--no-w7") && (!quick || argv.includes("--w7")) && (!only || only.includes("W7"));
const withMemory = !only || only.includes("memory");
const log = (s: string) => console.log(s);

function transformerState(): { ready: boolean; status: "pending" | "failed"; reason: string } {
  if (!existsSync(`${root}dist/transformer/index.js`)) {
    return { ready: false, status: "pending", reason: "pending transformer (dist/transformer/index.js not built yet)" };
  }
  const r = spawnSync(process.execPath, [`${root}node_modules/ts-patch/bin/tspc.js`, "-p", `${root}bench/tsconfig.transformer.json`], {
    cwd: root,
    encoding: "utf8",
  });
  if (r.status !== 0) {
    const first = `${r.stdout}${r.stderr}`.trim().split("\n").find((l) => /error|Error/.test(l)) ?? `exit code ${r.status}`;
    return { ready: false, status: "failed", reason: `transformer build of bench/workloads/dsl failed: ${first}` };
  }
  return { ready: true, status: "pending", reason: "" };
}

function child(script: string, args: string[], timeoutMs: number): Row[] {
  const r = spawnSync(process.execPath, ["--expose-gc", `${here}${script}`, ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 64 << 20,
  });
  const rows = r.stdout
    .split("\n")
    .filter((l) => l.startsWith("BENCH_ROW "))
    .map((l) => JSON.parse(l.slice(10)) as Row);
  if (rows.length > 0) return rows;
  const why = r.error?.message ?? (`${r.stderr}`.trim().split("\n").filter((l) => /Error|error/.test(l))[0] || `exit code ${r.status}`);
  return [{ workload: args[0] ?? script, contender: args[1] ?? script, status: "failed", reason: why }];
}

function main(): void {
  const started = Date.now();
  log(`typegrad bench${quick ? " (quick)" : ""}: Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"} ×${cpus().length}`);
  const tx = transformerState();
  log(tx.ready ? "transformer: built bench/workloads/dsl with tspc" : `transformer: ${tx.reason}`);

  const jobs: Array<{ w: string; c: (typeof CONTENDERS)[number] }> = [];
  for (const w of WORKLOAD_ORDER) {
    if (only && !only.includes(w)) continue;
    for (const c of CONTENDERS) {
      if (!c.workloads.includes(w)) continue;
      if (onlyContenders && !onlyContenders.includes(c.id)) continue;
      jobs.push({ w, c });
    }
  }

  const rows: Row[] = [];
  jobs.forEach(({ w, c }, k) => {
    const label = c.label(w as never);
    const tag = `[${k + 1}/${jobs.length}] ${w} ${label}`;
    if (c.needsTransformer && !tx.ready) {
      rows.push({ workload: w, contender: label, status: tx.status, reason: tx.reason });
      log(`${tag}: ${tx.status}`);
      return;
    }
    const t0 = Date.now();
    const [row] = child("child.js", [w, c.module, ...(quick ? ["--quick"] : [])], quick ? 60_000 : 240_000);
    row.contender = label;
    row.workload = w;
    rows.push(row);
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    log(
      row.status === "ok"
        ? `${tag}: ${fmtRatio(row.ratio)}× (IQR ${fmtRatio(row.q1)}–${fmtRatio(row.q3)}, ${row.pairs} pairs, ${fmtNs(row.gradNs)}/call) [${secs} s]`
        : `${tag}: ${row.status}: ${row.reason} [${secs} s]`,
    );
  });

  if (withMemory) {
    log(`memory: tape bytes per op and growth across calls (W2); checkpointed blocks`);
    for (const r of child("memory.js", quick ? ["--quick"] : [], 240_000)) {
      rows.push(r);
      log(`  ${r.contender}: ${r.status === "ok" ? r.extra : `${r.status}: ${r.reason}`}`);
    }
  }

  if (withW6) {
    log(`W6: build time of a generated 5,000-line project`);
    rows.push(...runW6(root.replace(/\/$/, ""), quick ? 1 : 7, tx.ready, log));
  } else {
    rows.push({ workload: "W6", contender: "tsc vs tspc + typegrad/transformer", status: "pending", reason: quick ? "skipped in --quick (add --w6)" : "skipped (--no-w6 / --only)" });
  }

  if (withW7) {
    log(`W7: build time and peak memory of zod's sources, a code base that does not use typegrad`);
    rows.push(...runW7(root.replace(/\/$/, ""), quick ? 1 : 5, tx.ready, log));
  } else {
    rows.push({ workload: "W7", contender: `tspc vs ${W7_PLUGIN}`, status: "pending", reason: quick ? "skipped in --quick (add --w7)" : "skipped (--no-w7 / --only)" });
  }

  const elapsed = ((Date.now() - started) / 1000).toFixed(0);
  const t = table(rows);
  log("");
  log(t);
  log("");
  log(`done in ${elapsed} s`);
  const doc = results(t, elapsed);
  if (quick || only || onlyContenders) {
    mkdirSync(`${root}.tmp/bench`, { recursive: true });
    writeFileSync(`${root}.tmp/bench/RESULTS.partial.md`, doc);
    log(`wrote .tmp/bench/RESULTS.partial.md (bench/RESULTS.md is written by a full run only)`);
  } else {
    writeFileSync(`${root}bench/RESULTS.md`, doc);
    log(`wrote bench/RESULTS.md`);
  }
}

function results(t: string, elapsed: string): string {
  const cpu = cpus();
  return `# typegrad benchmark results

Generated by \`npm run bench${quick ? " -- --quick" : ""}\` — do not edit by hand.

- Date: ${new Date().toISOString()}
- Node: ${process.version} (${process.platform}/${process.arch})
- CPU: ${cpu[0]?.model ?? "unknown"} × ${cpu.length}
- Mode: ${quick ? "quick (smoke run: tiny batches, few pairs — not for comparison)" : "full"}; total wall time ${elapsed} s

${t}

## How to read this

- **ratio** = time of one gradient (or derivative) call ÷ time of one call of the plain-number
  primal, measured in the same process. Each contender runs in its own fresh \`node\` process;
  inside it, after a correctness check and a warm-up, primal and gradient batches (each at least
  ~10 ms) alternate, and every pair gives one ratio. The table shows the **median** of those
  ratios, the interquartile range (**IQR**), the **min–max** and the number of **pairs**.
  Pairing cancels most of the noise of a shared 2-core machine: when the machine is busy both
  halves of a pair slow down.
- **per call** is the median time of one gradient call; **primal per call** the median time of
  the primal in the same process (they differ a little between processes: that is the noise the
  ratio removes).
- **check**: before timing, every contender's gradient was compared with the hand-written one
  at every input point (and the hand-written one with central differences); the column gives the
  largest error relative to the gradient's largest entry and the tolerance used. TensorFlow.js
  computes in float32; jax-js uses float64 arrays but its wasm \`sin\`/\`exp\`/\`tanh\` are only
  float32-accurate, so both get a looser tolerance.
- Peers get plain JavaScript numbers in and must give plain numbers out: the time of turning
  inputs into tensors/arrays and reading the gradient back (\`dataSync\`) is part of every call.
  Data that is fixed across calls (W3's samples) is converted once, outside the timing.
- **typegrad (runtime calls)** rows call the runtime functions (\`add\`, \`mul\`, \`sin\`, …) by
  hand — what the transformer will emit; **typegrad (transformer)** rows run the plain-operator
  sources in bench/workloads/dsl/ compiled by the transformer. "pending" means the transformer is
  not built yet; nothing is estimated.
- **W5** compares a plain-number function that is also handed to \`grad\` elsewhere with the same
  source in a file that never touches typegrad. Until the transformer exists, only the A/A row
  (both built by plain tsc, so identical code) runs: its spread is the noise floor of the harness.
- **W6** times whole compiler runs of a generated ~5,000-line project (median of paired ratios
  over interleaved rounds; "per call" is the median build time).
- **W7** builds zod 4's own sources (a real code base that does not use typegrad) with plain
  \`tsc\`, \`tspc\` without a plugin and \`tspc\` with typegrad's plugin, each in a fresh process,
  interleaved over rounds; ratios are to \`tspc\` without the plugin, in wall time and (the
  "peak memory" row) in peak resident memory; "per call" is the median build time. Every
  emitted file of the plugin build is checked to be byte-identical to the other builds'.
- **memory**: bytes retained by a \`Tape\` per recorded operation (W2, after a full GC, heap plus
  external typed-array memory; capacity doubling included), memory growth across repeated
  \`grad\` calls, and the tape memory of 100 blocks of 10⁴ operations with and without \`checkpoint\`.
- **goal** is the target from issue 4, shown for orientation; it is never asserted.
`;
}

main();
