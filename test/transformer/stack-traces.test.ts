// Stack traces of errors inside differentiated code point at the user's `.ts` lines: errors the
// user's code throws, in its own file or in a helper's twin in another module, and errors the
// runtime throws while a transformed call runs — whose first frame outside typegrad's runtime is
// the user's line.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { derivative, grad, hessian, jacrev, valueAndGrad } from "typegrad";
import { markerLine } from "../markers.js";
import { badArithmetic, rootTimes } from "./fixtures/throwing.js";

/** Calls a function value (the route that finds its differentiable version at run time). */
const apply = (f: (x: number) => number, x: number): number => f(x) * 2;

const here = (marker: string) => markerLine(import.meta.url, marker);
const helper = (marker: string) => markerLine(new URL("./fixtures/throwing.ts", import.meta.url).href, marker);
const RUNTIME = fileURLToPath(new URL("../../src/runtime/", import.meta.url));

/** The error `f` throws. */
function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (error) {
    return error as Error;
  }
  throw new Error("no error thrown");
}

/** The stack's frames outside typegrad's runtime and node's internals. */
const userFrames = (error: Error): string[] =>
  (error.stack ?? "").split("\n").slice(1).filter((line) => !line.includes(RUNTIME) && !line.includes("node:") && !line.includes("/node_modules/"));

describe("stack traces of errors in differentiated code", () => {
  it("show the helper's line when a helper's twin throws", () => {
    const f = (x: number) => rootTimes(x) + x;
    for (const e of [
      thrown(() => grad(f)(-1)),
      thrown(() => derivative(f)(-1)),
      thrown(() => hessian((v: number[]) => f(v[0]))([-1])),
      thrown(() => grad((x: number) => grad(f)(x) * x)(-1)),
      // through a function value: the helper's differentiable version, attached to it
      thrown(() => grad((x: number) => apply(rootTimes, x))(-1)),
      thrown(() => jacrev((v: number[]) => v.map(rootTimes))([1, -1])),
    ]) {
      expect(e).toBeInstanceOf(RangeError);
      expect(userFrames(e)[0]).toMatch(helper("THROWS_IN_HELPER"));
    }
  });

  it("show the user's line first when the runtime throws", () => {
    const table: Record<string, number> = {};
    const f = (x: number) => x * (table.missing as number); // RUNTIME_ERROR_HERE
    for (const e of [
      thrown(() => grad(f)(2)),
      thrown(() => derivative(f)(2)),
      thrown(() => jacrev((v: number[]) => [f(v[0])])([2])),
      thrown(() => valueAndGrad((x: number) => grad(f)(x) + x)(2)),
    ]) {
      expect(e.message).toMatch(/got undefined/);
      expect(userFrames(e)[0]).toMatch(here("RUNTIME_ERROR_HERE"));
    }
    const e = thrown(() => grad((x: number) => badArithmetic(x, table))(2));
    expect(userFrames(e)[0]).toMatch(helper("RUNTIME_ERROR_IN_HELPER"));
  });

  it("show the user's line for a value used after its transform returned", () => {
    let leaked = 0;
    grad((x: number) => {
      leaked = x * 2;
      return leaked;
    })(1);
    const e = thrown(() => grad((y: number) => y * leaked)(3)); // LEAKED_USE
    expect(e.message).toMatch(/a Var of a finished grad was used after that transform returned/);
    expect(userFrames(e)[0]).toMatch(here("LEAKED_USE"));
  });
});
