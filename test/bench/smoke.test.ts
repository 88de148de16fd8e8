/**
 * Smoke test of the benchmark harness (bench/): one workload in quick mode, in process. It
 * checks that the correctness gate and the paired timing run and produce a sane row — never a
 * performance number (performance is measured by `npm run bench`, not by tests).
 */
import { describe, expect, it } from "vitest";
import { runWith } from "../../bench/core/one.js";
import typegradRev from "../../bench/contenders/typegrad-rev-runtime-calls.js";

describe("bench harness (quick)", () => {
  it("checks and times typegrad's grad on W1", async () => {
    const row = await runWith("W1", "typegrad-rev-runtime-calls", typegradRev, true);
    expect(row.status).toBe("ok");
    expect(row.maxRelErr).toBeLessThan(1e-12);
    expect(row.pairs).toBeGreaterThanOrEqual(3);
    expect(Number.isFinite(row.ratio)).toBe(true);
    expect(row.ratio).toBeGreaterThan(0);
  });

  it("refuses a contender whose gradient is wrong", async () => {
    const { assertClose } = await import("../../bench/core/check.js");
    expect(() => assertClose([1, 2], [1, 2.1], { rtol: 1e-6, atol: 0 }, "W1 x")).toThrow(/entry 1/);
  });
});
