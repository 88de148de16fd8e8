#!/usr/bin/env node
// `npm run bench` entry: builds the runtime (dist/) and the bench (.tmp/bench/), then runs
// .tmp/bench/run.js with the given arguments. A failing runtime build (say, a half-written
// transformer elsewhere in src/) only warns if dist/runtime/index.js exists, since the bench
// needs the runtime alone; the transformer rows then say why they did not run.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsc = `${root}node_modules/typescript/bin/tsc`;
const run = (args, what) => spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" }).status === 0 || what;

console.log("building runtime (tsc -p tsconfig.build.json) and bench (tsc -p bench/tsconfig.json)…");
const built = run([tsc, "-p", "tsconfig.build.json"], "failed");
if (built !== true) {
  if (!existsSync(`${root}dist/runtime/index.js`)) process.exit(1);
  console.warn("warning: the package build failed; benchmarking the runtime already in dist/");
}
if (run([tsc, "-p", "bench/tsconfig.json"], "failed") !== true) process.exit(1);
const r = spawnSync(process.execPath, [`${root}.tmp/bench/run.js`, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(r.status ?? 1);
