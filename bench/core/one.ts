/** One (workload, contender) measurement: the body of a child process. */
import { assertClose, centralDifference } from "./check.js";
import { FULL, QUICK, measure } from "./measure.js";
import { DEFAULT_TOL, type ContenderModule, type Impl, type Result, type Row, type WorkloadId } from "./types.js";
import { WORKLOADS } from "./workloads.js";

/** Checks, then times, one contender on one workload; see child.ts. */
export async function runOne(wid: WorkloadId, moduleName: string, quick: boolean): Promise<Row> {
  const mod = (await import(`../contenders/${moduleName}.js`)).default as ContenderModule;
  return runWith(wid, moduleName, mod, quick);
}

/** Same as `runOne`, with the contender module already loaded. */
export async function runWith(wid: WorkloadId, moduleName: string, mod: ContenderModule, quick: boolean): Promise<Row> {
  const w = WORKLOADS[wid];
  const row: Row = { workload: wid, contender: moduleName, status: "ok" };
  const factory = mod[wid];
  if (!factory) return { ...row, status: "unsupported", reason: `${moduleName} has no ${wid}` };
  const impl = (await factory()) as Impl<unknown>;
  const points = w.points() as unknown[];
  const primal = w.primal as (p: unknown) => number;
  const hand = w.hand as (p: unknown) => Result;
  const tol = impl.tolerance ?? DEFAULT_TOL;

  let worst = 0;
  for (const [k, p] of points.entries()) {
    worst = Math.max(worst, assertClose(impl.run(p), hand(p), tol, `${wid} ${moduleName} at point ${k}`));
  }
  // (J10's (J10l's, J10m's) hand-written Jacobian and H10's Hessian are checked against central differences in their own tests.)
  if (moduleName === "hand" && !wid.startsWith("W5") && !wid.startsWith("J10") && wid !== "H10") {
    const p = points[0];
    const fd = centralDifference(primal, p, 40);
    const h = Array.from(typeof hand(p) === "number" ? [hand(p) as number] : (hand(p) as ArrayLike<number>)).slice(0, fd.length);
    assertClose(fd, h, { rtol: 1e-5, atol: 1e-6 }, `${wid} hand-written gradient vs central differences`);
  }
  row.maxRelErr = worst;
  row.tolerance = tol.note ? `rtol ${tol.rtol} (${tol.note})` : `rtol ${tol.rtol}`;

  const m = measure(primal as (p: unknown) => Result, impl.run, points, quick ? QUICK : FULL);
  impl.dispose?.();
  return {
    ...row,
    ratio: m.ratio.median,
    q1: m.ratio.q1,
    q3: m.ratio.q3,
    min: m.ratio.min,
    max: m.ratio.max,
    pairs: m.ratio.n,
    primalNs: m.primalNs,
    gradNs: m.gradNs,
  };
}

