// Rewritten code keeps the user's positions: an error thrown from inside a runtime call that
// replaced an operator is reported at the operator's line of the source file.
import { describe, expect, it } from "vitest";
import { grad } from "typegrad";

describe("source positions", () => {
  it("a stack trace points at the user's line", () => {
    const f = (x: number) => {
      const bad = "not a number" as unknown as number;
      return x * bad; // LINE_OF_THE_OPERATOR
    };
    let stack = "";
    try {
      grad(f)(1);
    } catch (error) {
      stack = (error as Error).stack ?? "";
    }
    expect(stack).toMatch(/source-map\.test\.ts:10:\d+/);
  });
});
