/**
 * The shapes shared by the harness, the workloads and the contenders. A workload owns its
 * inputs, its plain-number primal and its hand-written gradient; a contender supplies one
 * `run` per workload it takes part in. Every `run` returns the full gradient (a number or an
 * array-like of numbers), which the harness checks against the hand-written one before timing.
 */
export type WorkloadId = "W1" | "W2" | "W2c" | "W2i" | "W3" | "W3m" | "W4" | "W5a" | "W5b" | "LR" | "J10" | "J10l" | "J10m" | "H10";

/** A gradient, or a Jacobian as rows (compared entry by entry, row after row). */
export type Result = number | ArrayLike<number> | readonly ArrayLike<number>[];

export interface Workload<P = unknown> {
  readonly id: WorkloadId;
  readonly title: string;
  /** Inputs the timing loops cycle through (a few, so no call sees a constant). */
  points(): P[];
  /** The plain-number primal: the denominator of every ratio. */
  primal(p: P): number;
  /** The hand-written gradient, the reference every contender is checked against. */
  hand(p: P): Result;
}

/** Tolerance of the correctness check; float32 peers get a looser one, stated in the table. */
export interface Tolerance {
  rtol: number;
  atol: number;
  note?: string;
}

export interface Impl<P = unknown> {
  run(p: P): Result;
  tolerance?: Tolerance;
  /** Free framework memory after the measurement (tfjs, jax-js). */
  dispose?(): void;
}

/** What a contender module exports: per workload, a (possibly async) factory. */
export type ContenderModule = Partial<Record<WorkloadId, () => Impl<never> | Promise<Impl<never>>>>;

/** One line of the final table, produced by a child process (or by the runner for pending rows). */
export interface Row {
  workload: string;
  contender: string;
  status: "ok" | "pending" | "failed" | "unsupported";
  reason?: string;
  /** Median of paired ratios gradient/primal, and its interquartile range. */
  ratio?: number;
  q1?: number;
  q3?: number;
  min?: number;
  max?: number;
  pairs?: number;
  primalNs?: number;
  gradNs?: number;
  maxRelErr?: number;
  tolerance?: string;
  extra?: string;
}

export const DEFAULT_TOL: Tolerance = { rtol: 1e-9, atol: 1e-12 };
export const F32_TOL: Tolerance = { rtol: 2e-3, atol: 1e-4, note: "float32" };
