/**
 * Tape memory, in a fresh process run with --expose-gc:
 * 1. bytes retained per recorded operation: record W2 (runtime-call Rosenbrock, n = 10,000) on
 *    an explicit `Tape`, keep the tape alive, and divide the growth of heap + external memory
 *    (typed-array stores are external) after a full GC by the number of recorded nodes;
 * 2. growth across repeated gradient calls: `grad` of W2 called many times, memory after a full
 *    GC compared round by round (should be ~0: each call's tape becomes garbage);
 * 3. checkpointing: the tape memory of 100 blocks of 10⁴ operations with and without `checkpoint`.
 * Prints one `BENCH_ROW <json>` line per measurement.
 */
import { Tape, checkpoint, grad, mul, sin } from "typegrad";
import { rosen } from "./contenders/typegrad-rev-runtime-calls.js";
import { W2 } from "./workloads/w2.js";

/** The number of nodes a tape holds (an internal of the runtime, not in the public types). */
const sizeOf = (tape: Tape): number => (tape as unknown as { size: number }).size;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with node --expose-gc");

function used(): number {
  gc!();
  gc!();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

const quick = process.argv.includes("--quick");
const x = W2.points()[0];

// 1. bytes per recorded op (median of several recordings)
const perOp: number[] = [];
let nodes = 0;
for (let r = 0; r < (quick ? 2 : 7); r++) {
  const before = used();
  const tape = new Tape();
  const vars = Array.from(x, (v) => tape.variable(v));
  const y = rosen(vars as unknown as Float64Array);
  const after = used();
  nodes = sizeOf(tape);
  perOp.push((after - before) / sizeOf(tape));
  const want = (W2.hand(x) as Float64Array)[0];
  if (Math.abs(tape.gradient(y, vars[0]) - want) > 1e-9 * Math.abs(want)) throw new Error("tape gradient disagrees with the hand-written one");
}
perOp.sort((a, b) => a - b);
const bytes = perOp[perOp.length >> 1];
console.log(
  `BENCH_ROW ${JSON.stringify({
    workload: "memory",
    contender: "typegrad tape",
    status: "ok",
    extra: `${bytes.toFixed(1)} bytes retained per recorded op (W2: ${nodes} nodes incl. ${x.length} inputs; median of ${perOp.length}, range ${perOp[0].toFixed(1)}–${perOp[perOp.length - 1].toFixed(1)}); goal ≤ 32`,
  })}`,
);

// 2. growth across repeated gradient calls
const g = grad(rosen);
const calls = quick ? 10 : 100;
for (let i = 0; i < calls; i++) g(x); // warm up: code, inline caches, pools
const rounds: number[] = [];
let prev = used();
for (let r = 0; r < (quick ? 2 : 5); r++) {
  for (let i = 0; i < calls; i++) g(x);
  const now = used();
  rounds.push((now - prev) / calls);
  prev = now;
}
console.log(
  `BENCH_ROW ${JSON.stringify({
    workload: "memory",
    contender: "typegrad grad, repeated",
    status: "ok",
    extra: `growth per W2 grad call after full GC, ${rounds.length} rounds of ${calls} calls: ${rounds.map((b) => `${b.toFixed(0)} B`).join(", ")}; goal: no growth`,
  })}`,
);

// 3. checkpointing: 100 blocks of 10⁴ recorded operations each, with and without `checkpoint`.
// Retained = heap + external growth while the forward pass's tape is alive (after a full GC);
// with checkpoints the sweep also holds one recomputed block's tape at a time: its nodes are
// counted, and priced at the bytes per recorded op measured in 1 (its storage comes from the
// tape pool, so a heap measurement would not see it).
{
  const BLOCKS = quick ? 10 : 100, OPS = 10_000;
  const block = (y: number): number => {
    for (let i = 0; i < OPS / 2; i++) y = sin(mul(y, 0.999)); // two recorded operations a step
    return y;
  };
  const checked = checkpoint(block);
  const forward = (step: (y: number) => number) => {
    const before = used();
    const tape = new Tape();
    const x = tape.variable(0.7);
    let y: number = x;
    for (let b = 0; b < BLOCKS; b++) y = step(y);
    const retained = used() - before;
    return { retained, nodes: sizeOf(tape), g: tape.gradient(y, x) };
  };
  const plain = forward(block);
  const withCheckpoints = forward(checked);
  if (!Object.is(plain.g, withCheckpoints.g)) throw new Error(`checkpointed gradient ${withCheckpoints.g} differs from ${plain.g}`);
  const one = (() => {
    const tape = new Tape();
    block(tape.variable(0.7) as number);
    return { nodes: sizeOf(tape), bytes: sizeOf(tape) * bytes };
  })();
  const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;
  console.log(
    `BENCH_ROW ${JSON.stringify({
      workload: "memory",
      contender: "checkpoint",
      status: "ok",
      extra:
        `${BLOCKS} blocks × ${OPS} ops: without checkpoint the tape keeps ${plain.nodes} nodes, ${mb(plain.retained)} retained; ` +
        `with checkpoint ${withCheckpoints.nodes} nodes, ${mb(withCheckpoints.retained)} retained, peak during the sweep ` +
        `${mb(withCheckpoints.retained + one.bytes)} (one recomputed block: ${one.nodes} nodes × ${bytes.toFixed(1)} B); gradients equal to the bit`,
    })}`,
  );
}
