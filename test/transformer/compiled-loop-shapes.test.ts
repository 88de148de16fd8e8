// Loop shapes people write for speed: `for (let i = 0, n = x.length; i < n; i++)` (the length
// named in the loop's head) and an index computed from a number the call's argnums leaves out
// (`x[i * m + j]`, m a size): both run compiled code. Checked against the tape and closed forms.
import { describe, expect, it } from "vitest";
import { grad } from "typegrad";
import { onTape } from "./tape-reference.js";
import { reverseKinds } from "../runtime/attached-code.js";

function sumSquares(x: number[]): number {
  let s = 0;
  for (let i = 0, n = x.length; i < n; i++) s += x[i] * x[i];
  return s;
}

/** Σ A[i][j]·A[j][i] over an m×m matrix stored by rows in x. */
function traceOfSquare(x: number[], m: number): number {
  let s = 0;
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) s += x[i * m + j] * x[j * m + i];
  return s;
}

const x = [0.3, -1.2, 0.8, 2.0, 1.1, -0.4, 0.9, 0.2, -1.5];

describe("loop shapes", () => {
  it("the length named in the loop's head: compiled, = tape, = 2x", () => {
    const g = grad(sumSquares);
    expect(reverseKinds(sumSquares).attached).toEqual(["a"]);
    expect(g(x)).toEqual(onTape(() => grad(sumSquares)(x)));
    expect(g(x)).toEqual(x.map((v) => 2 * v));
  });

  it("an index from a size left out by argnums: compiled (the size read as data), = tape, = 2·Aᵀ", () => {
    const g = grad(traceOfSquare, { argnums: 0 });
    expect(reverseKinds(traceOfSquare, [0]).taken).toBe("aN");
    const m = 3;
    expect(g(x, m)).toEqual(onTape(() => grad(traceOfSquare, { argnums: 0 })(x, m)));
    expect(g(x, m)).toEqual(x.map((_, k) => 2 * x[(k % m) * m + Math.floor(k / m)]!));
  });
});
