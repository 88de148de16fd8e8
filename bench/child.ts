/**
 * One measurement in a fresh process: `node child.js <workload> <contender-module> [--quick]`.
 * Loads only that contender, checks its gradient against the hand-written one at every input
 * point (and, for the hand-written gradient itself, against central differences), then times
 * it paired with the plain-number primal. Prints one `BENCH_ROW <json>` line.
 */
import { runOne } from "./core/one.js";
import type { WorkloadId } from "./core/types.js";

const main = () => runOne(process.argv[2] as WorkloadId, process.argv[3], process.argv.includes("--quick"));

main().then(
  (row) => {
    process.stdout.write(`BENCH_ROW ${JSON.stringify(row)}\n`);
    process.exit(0);
  },
  (e: unknown) => {
    const msg = e instanceof Error ? e.message : String(e);
    process.stdout.write(`BENCH_ROW ${JSON.stringify({ workload: process.argv[2], contender: process.argv[3], status: "failed", reason: msg.split("\n")[0] })}\n`);
    process.exit(1);
  },
);
