/**
 * Smoke test of the benchmark harness (bench/): one workload in quick mode, in process. It
 * checks that the correctness gate and the paired timing run and produce a sane row — never a
 * performance number (performance is measured by `npm run bench`, not by tests).
 */
import { describe, expect, it } from "vitest";
import { runWith } from "../../bench/core/one.js";
import typegradRev from "../../bench/contenders/typegrad-rev-runtime-calls.js";
import { H10 } from "../../bench/workloads/h10.js";
import { J10l, ring, ringLocal, ringMapped } from "../../bench/workloads/j10.js";

describe("bench harness (quick)", () => {
  it("checks and times typegrad's grad on W1", async () => {
    const row = await runWith("W1", "typegrad-rev-runtime-calls", typegradRev, true);
    expect(row.status).toBe("ok");
    expect(row.maxRelErr).toBeLessThan(1e-12);
    expect(row.pairs).toBeGreaterThanOrEqual(3);
    expect(Number.isFinite(row.ratio)).toBe(true);
    expect(row.ratio).toBeGreaterThan(0);
  });

  it("H10's hand-written Hessian is the primal's second central differences", () => {
    for (const x of H10.points()) {
      const H = H10.hand(x) as number[][], h = 1e-4;
      const at = (i: number, si: number, j: number, sj: number) => H10.primal(x.map((v, k) => v + (k === i ? si * h : 0) + (k === j ? sj * h : 0)));
      x.forEach((_, i) => x.forEach((_, j) => {
        const fd = (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4 * h * h);
        expect(Math.abs(H[i]![j]! - fd), `H[${i}][${j}]`).toBeLessThanOrEqual(1e-3 * (1 + Math.abs(fd)));
      }));
    }
  });

  it("J10l's and J10m's rings (a local array, map) compute J10's written-out ring, so its hand-written Jacobian serves them", () => {
    for (const x of J10l.points()) {
      expect(ringLocal(x)).toEqual(ring(x));
      expect(ringMapped(x)).toEqual(ring(x));
    }
  });

  it("refuses a contender whose gradient is wrong", async () => {
    const { assertClose } = await import("../../bench/core/check.js");
    expect(() => assertClose([1, 2], [1, 2.1], { rtol: 1e-6, atol: 0 }, "W1 x")).toThrow(/entry 1/);
  });
});
