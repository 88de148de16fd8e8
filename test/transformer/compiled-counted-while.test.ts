// `let i = a; while (i < b) { …; i++ }` lowered as the counted loop `for (let i = a; i < b; i++)`
// (compiler/lower.ts `countedWhile`): the counter is computed again in the reverse sweep instead
// of being stored per pass, and a loop like the chained Rosenbrock's runs fused like its `for`
// form. Loops that do not fit (the counter read after the loop, a start computed in the
// function) stay while loops. Each is checked against the tape (to 1e-13 relative), central
// differences, and in forward mode against the Dual runtime.
import { describe, expect, it } from "vitest";
import { debugNans, grad, jvp } from "typegrad";
import { onTape } from "./tape-reference.js";
import { centralGradient } from "../numeric.js";

function rosenWhile(x: number[]): number {
  let s = 0;
  let i = 0;
  while (i < x.length - 1) {
    const t = x[i + 1] - x[i] * x[i];
    s += 100 * t * t + (1 - x[i]) ** 2;
    i++;
  }
  return s;
}

/** Pairs, the test written with an offset (`i + 1 < n`) and a step of 2. */
function pairs(x: number[]): number {
  let s = 0;
  let i = 0;
  while (i + 1 < x.length) {
    s += Math.sin(x[i]) * x[i + 1];
    i += 2;
  }
  return s;
}

/** Counting down from the last element (Horner's scheme). */
function horner(x: number[]): number {
  let s = 0;
  let i = x.length - 1;
  while (i >= 0) {
    s = s * 0.5 + Math.exp(x[i]);
    i--;
  }
  return s;
}

/** A `break` in the body: the counted loop ends there too. */
function untilLarge(x: number[]): number {
  let s = 0;
  let i = 0;
  while (i < x.length) {
    if (x[i] > 1.5) break;
    s += x[i] * x[i] * x[i];
    i++;
  }
  return s;
}

/** The counter read after the loop: stays a while loop. */
function countAfter(x: number[]): number {
  let s = 0;
  let i = 0;
  while (i < x.length) {
    s += Math.cos(x[i]) * x[i];
    i++;
  }
  return s * i;
}

/** A start computed in the function: stays a while loop. */
function computedStart(x: number[]): number {
  let from = 0;
  if (x[0] > 0) from = 1;
  let s = 0;
  let i = from;
  while (i < x.length) {
    s += x[i] * x[from];
    i++;
  }
  return s;
}

const point = (n: number, seed: number) => Array.from({ length: n }, (_, i) => 0.3 + 0.4 * Math.sin(1.7 * i + seed));
const rel = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-13 * Math.max(Math.abs(a), Math.abs(b));


/** The first compiled reverse code attached to `f`'s differentiable version, as text. */
function reverseCode(f: unknown): string {
  const version = (f as Record<symbol, unknown>)[Symbol.for("typegrad.differentiable")] ?? f;
  const codes = (version as Record<symbol, unknown>)[Symbol.for("typegrad.compiledReverseCodes")] as unknown[] | undefined;
  return codes ? String(codes[0]) : "";
}

describe("while loops with a counter stepped at the end of the body", () => {
  const cases = {
    rosenWhile: { f: rosenWhile, g: grad(rosenWhile), counted: true },
    pairs: { f: pairs, g: grad(pairs), counted: true },
    horner: { f: horner, g: grad(horner), counted: true },
    untilLarge: { f: untilLarge, g: grad(untilLarge), counted: true },
    countAfter: { f: countAfter, g: grad(countAfter), counted: false },
    computedStart: { f: computedStart, g: grad(computedStart), counted: false },
  };

  for (const [name, { f, g, counted }] of Object.entries(cases)) {
    it(`${name}: grad = tape to 1e-13, = central differences; ${counted ? "a counted loop, nothing stored" : "a while loop"}`, () => {
      const code = reverseCode(f);
      expect(code).not.toBe("");
      if (counted) {
        expect(code).toMatch(/for \(let /);
        expect(code).not.toMatch(/while \(/);
      } else {
        expect(code).toMatch(/while \(/);
      }
      for (const seed of [1, 2, 3]) {
        for (const n of [1, 2, 7, 8]) {
          const x = point(n, seed);
          if (name === "untilLarge" && seed === 2) x[Math.min(3, n - 1)] = 1.8; // ends early
          const gx = g(x);
          const tape = onTape(() => grad(f)(x));
          gx.forEach((v, k) => expect(rel(v, tape[k]!), `${name} n=${n} [${k}]: ${v} vs ${tape[k]}`).toBe(true));
          centralGradient(f, x).forEach((v, k) => expect(Math.abs(v - gx[k]!)).toBeLessThan(1e-6 * (1 + Math.abs(v))));
        }
      }
    });
  }

  it("forward mode: jvp of the counted loops = the Dual runtime's", () => {
    for (const f of [rosenWhile, pairs, horner, untilLarge]) {
      const x = point(7, 4), t = x.map((_, i) => Math.cos(i));
      const [value, tangent] = jvp(f, [x], [t]);
      debugNans(true);
      let reference: [number, number];
      try {
        reference = jvp(f, [x], [t]);
      } finally {
        debugNans(false);
      }
      expect(rel(value, reference[0])).toBe(true);
      expect(rel(tangent, reference[1])).toBe(true);
    }
  });
});
