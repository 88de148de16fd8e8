/**
 * Which contender runs which workload. The runner reads only this table (it never imports a
 * peer), and starts one child process per (workload, contender) pair.
 */
import type { WorkloadId } from "./types.js";

export interface ContenderInfo {
  id: string;
  /** Module under bench/contenders/ whose default export is a ContenderModule. */
  module: string;
  label: (w: WorkloadId) => string;
  workloads: WorkloadId[];
  /** Rows that need the typegrad transformer are pending until it exists. */
  needsTransformer?: boolean;
}

const G: WorkloadId[] = ["W1", "W2", "W3", "W4"];
const fixed = (s: string) => () => s;

export const CONTENDERS: ContenderInfo[] = [
  { id: "hand", module: "hand", label: (w) => (w.startsWith("J10") ? "hand-written Jacobian" : w === "H10" ? "hand-written Hessian" : "hand-written gradient"), workloads: [...G, "W2c", "W2i", "W3m", "LR", "J10", "J10l", "J10m", "H10"] },
  { id: "hand-reused", module: "hand-reused-output", label: fixed("hand-written, reused output array"), workloads: ["W2", "W3"] },
  { id: "tg-rev", module: "typegrad-rev-runtime-calls", label: fixed("typegrad grad (runtime calls)"), workloads: G },
  { id: "tg-fwd", module: "typegrad-fwd-runtime-calls", label: (w) => `typegrad ${w === "W1" ? "2×jvp" : "derivative"} (runtime calls)`, workloads: ["W1", "W4"] },
  { id: "tg-rev-tx", module: "typegrad-rev-transformed", label: (w) => `typegrad ${w.startsWith("J10") ? "jacrev" : w === "H10" ? "hessian" : "grad"} (transformer)`, workloads: [...G, "W2c", "W2i", "W3m", "LR", "J10", "J10l", "J10m", "H10"], needsTransformer: true },
  { id: "tg-hess-rt", module: "typegrad-hessian-runtime", label: fixed("typegrad hessian (runtime: Duals over the tape)"), workloads: ["H10"], needsTransformer: true },
  { id: "tg-fwd-tx", module: "typegrad-fwd-transformed", label: (w) => `typegrad ${w === "W1" ? "2×jvp" : w.startsWith("J10") ? "jacfwd" : "derivative"} (transformer)`, workloads: ["W1", "W4", "J10", "J10l", "J10m"], needsTransformer: true },
  { id: "tg-replay", module: "typegrad-replay", label: fixed("typegrad graph.grad (traced once, replayed)"), workloads: G },
  { id: "micrograd", module: "micrograd", label: fixed("micrograd-style engine"), workloads: G },
  { id: "tfjs", module: "tfjs", label: (w) => `tfjs cpu, ${w === "W1" || w === "W4" ? "scalar ops" : "tensors"}`, workloads: G },
  { id: "jax", module: "jax-grad", label: fixed("jax-js grad (wasm)"), workloads: G },
  { id: "jax-jit", module: "jax-jit", label: fixed("jax-js jit(grad) (wasm)"), workloads: G },
  { id: "w5-aa", module: "w5-plain-build", label: fixed("shared fn, plain tsc build (A/A)"), workloads: ["W5a", "W5b"] },
  { id: "w5-tx", module: "w5-transformed", label: fixed("shared fn, transformer build"), workloads: ["W5a", "W5b"], needsTransformer: true },
];

export const WORKLOAD_ORDER: WorkloadId[] = ["W1", "W2", "W2c", "W2i", "W3", "W3m", "W4", "LR", "J10", "J10l", "J10m", "H10", "W5a", "W5b"];

/** Goals from issue 8 (the compiled modes), shown beside typegrad's rows; never asserted. */
export const GOALS: Partial<Record<WorkloadId, string>> = {
  W1: "≤ 8",
  W2: "≤ 2× hand",
  W2c: "≤ 2× hand",
  W2i: "≤ 2× hand",
  W3: "≤ 3",
  W3m: "≤ 3",
  W4: "≤ 2 (fwd)",
  LR: "≤ 4",
  J10: "≤ 3 (÷ ten calls)",
  J10l: "≤ 3 (÷ ten calls)",
  J10m: "≤ 3 (÷ ten calls)",
  W5a: "≤ 1.05",
  W5b: "≤ 1.05",
};
