// The exponential is correctly rounded: checked against an exact evaluation in integers.
import { describe, expect, it } from "vitest";
import { exactExp } from "../../src/runtime/exp.js";

const BITS = 160n;
const ONE = 1n << BITS;

/** eˣ for a double x, as a BigInt fixed-point number with 160 fraction bits scaled by 2^-s. */
function referenceExp(x: number): number {
  // x = n·2^-1074 exactly; reduce by halving: eˣ = (e^(x/2^h))^(2^h).
  const h = 12;
  const scaled = BigInt(Math.round(x * 2 ** 40)) === BigInt(x * 2 ** 40) ? BigInt(x * 2 ** 40) : null;
  if (scaled === null) throw new Error("test points must be multiples of 2^-40");
  const t = (scaled << BITS) >> BigInt(40 + h); // x/2^h in fixed point
  let term = ONE, sum = ONE;
  for (let k = 1n; k < 60n; k++) {
    term = (term * t) / (k << BITS);
    sum += term;
  }
  for (let k = 0; k < h; k++) sum = (sum * sum) >> BITS;
  // Convert to the nearest double: keep 62 significant bits with a sticky last bit (so the one
  // rounding done by Number() sees whether anything was cut off), then scale.
  const e = sum.toString(2).length - Number(BITS) - 1;
  const shift = BigInt(e) + BITS - 61n;
  let kept = sum >> shift;
  if (kept << shift !== sum) kept |= 1n;
  return Number(kept) * 2 ** Number(shift - BITS);
}

describe("exactExp", () => {
  it("is correctly rounded on random points", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    let wrong = 0, mathExpWrong = 0;
    for (let i = 0; i < 1500; i++) {
      const x = Math.round((random() * 2 - 1) * (i % 3 === 0 ? 40 : 4) * 2 ** 40) / 2 ** 40;
      const reference = referenceExp(x);
      if (exactExp(x) !== reference) wrong++;
      if (Math.exp(x) !== reference) mathExpWrong++;
    }
    expect(wrong).toBe(0);
    // The reference does see one-ulp differences: V8's Math.exp misses on a few percent.
    expect(mathExpWrong).toBeGreaterThan(10);
  });

  it("gives the C library's value where Math.exp is one ulp off (seed 004)", () => {
    expect(exactExp((0.5 - 1e-4) ** 2)).toBe(1.283897033404956);
  });

  it("handles the edges like Math.exp", () => {
    expect(exactExp(0)).toBe(1);
    expect(exactExp(-0)).toBe(1);
    expect(exactExp(Infinity)).toBe(Infinity);
    expect(exactExp(-Infinity)).toBe(0);
    expect(exactExp(NaN)).toBeNaN();
    expect(exactExp(710)).toBe(Infinity);
    expect(exactExp(-745)).toBe(Math.exp(-745));
  });
});
