// Reverse code whose loops read shared index expressions (`x[(i + n - 1) % n]`, `x[i * m + j]`,
// computed once per pass, compiler/indices.ts) and vector code whose `jacrev` rows read partials
// the forward sweep stored (compiler/passes.ts `plan`): jacrev, jacobian, vjp and grad of loop
// programs with branches, helpers, local arrays and offsets, against the tape (run by `onTape`
// or on a function the transformer cannot compile) to 1e-13 relative and central differences.
import { describe, expect, it } from "vitest";
import { grad, jacobian, jacrev, vjp } from "typegrad";
import { onTape } from "./tape-reference.js";
import { centralGradient, centralJacobian } from "../numeric.js";

function coupling(left: number, mid: number, right: number): number {
  return Math.sin(mid) * right - (left * left) / (1 + mid * mid);
}

/** The bench's ring: neighbours on both sides, modulo n. */
function ring(x: number[]): number[] {
  const n = x.length;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = coupling(x[(i + n - 1) % n], x[i], x[(i + 1) % n]);
  return out;
}

/** A branch on values in the loop, with costly partials (exp, log, a quotient, a power) on each side. */
function branchy(x: number[]): number[] {
  const n = x.length;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    if (x[i] > 0) out[i] = Math.exp(x[(i + 2) % n]) / (1 + x[i] * x[i]);
    else out[i] = Math.log(1 + x[(i + n - 1) % n] ** 2) * x[(i + 2) % n];
  }
  return out;
}

/** A local array read at an offset by a second loop. */
function twoStage(x: number[]): number[] {
  const n = x.length;
  const y = new Array<number>(n);
  for (let i = 0; i < n; i++) y[i] = Math.cos(x[i]) * x[(i + 1) % n];
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = y[(i + 1) % n] / (1 + y[i] * y[i]) + Math.sqrt(1 + x[(i + 3) % n] ** 2);
  return out;
}

/** Rows of a flat m-column matrix: nested loops reading `x[i * m + j]` and its neighbour. */
function rowSums(x: number[]): number[] {
  const m = 3;
  const rows = x.length / m;
  const out = new Array<number>(rows);
  for (let i = 0; i < rows; i++) {
    let s = 0;
    for (let j = 0; j < m; j++) s += Math.tanh(x[i * m + j]) * x[(i * m + j + 1) % x.length];
    out[i] = s / (1 + x[i * m] * x[i * m]);
  }
  return out;
}

/** A result grown by push, its neighbour chosen by `?:` (each row's sweep pops it: copied back per row). */
function pushed(x: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const next = i + 1 < x.length ? x[i + 1] : x[0];
    out.push(Math.sin(x[i]) * next + (x[i] * x[i]) / (1 + next * next));
  }
  return out;
}

/** A result by map with a `?:` on the index and a neighbour read twice. */
const mapped = (x: number[]) => x.map((v, i) => (i > 0 ? x[i - 1] * x[i - 1] : 1) * Math.atan(v) + Math.exp(-v * x[(i + 1) % x.length]));

/** Chained Rosenbrock: `x[i + 1]` read twice in a pass (grad code). */
function rosen(x: number[]): number {
  let s = 0;
  for (let i = 0; i + 1 < x.length; i++) {
    const t = x[i + 1] - x[i] * x[i];
    s += 100 * t * t + (1 - x[i]) * (1 - x[i]) + Math.sin(x[i + 1]) * x[(i + 2) % x.length];
  }
  return s;
}

/** A loop with a branch and a helper over `%` neighbours (grad code). */
function ringEnergy(x: number[]): number {
  const n = x.length;
  let e = 0;
  for (let i = 0; i < n; i++) {
    const d = x[(i + 1) % n] - x[i];
    if (d > 0) e += coupling(x[(i + n - 1) % n], d, x[(i + 1) % n]);
    else e += d * d * x[(i + n - 1) % n];
  }
  return e;
}

/** Reads one element past the end (`x[i + 1]` at the last i): the tape throws, so must compiled code. */
function pastEnd(x: number[]): number[] {
  const out = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] * x[i + 1];
  return out;
}

/** sqrt at 0: an infinite partial times a zero adjoint in the other rows. */
function roots(x: number[]): number[] {
  const n = x.length;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = Math.sqrt(x[i]) + x[(i + 1) % n];
  return out;
}

const point = (n: number, seed: number) => Array.from({ length: n }, (_, i) => Math.sin(seed * 1.7 + i * 2.3) * 1.3);

function expectClose(actual: number[][], expected: number[][], rtol: number, atol = 0) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) => {
    expect(row.length).toBe(expected[i]!.length);
    row.forEach((v, j) => {
      const e = expected[i]![j]!;
      if (Number.isNaN(e)) expect(v).toBeNaN();
      else if (!Number.isFinite(e)) expect(v).toBe(e);
      else expect(Math.abs(v - e)).toBeLessThanOrEqual(rtol * Math.abs(e) + atol);
    });
  });
}

/** The compiled reverse code the transformer attached to `f`'s differentiable version. */
const attached = (f: unknown, kind: string) => {
  const version = (f as Record<symbol, unknown>)[Symbol.for("typegrad.differentiable")] ?? f;
  const slot = (version as Record<symbol, unknown>)[Symbol.for(`typegrad.${kind === "compiledReverse" ? "compiledReverseCodes" : kind}`)];
  // Reverse code is kept in a list (one per set of parameters read as data): the first attached.
  return (Array.isArray(slot) ? slot[0] : slot) as ((...args: unknown[]) => unknown) | undefined;
};

describe("jacrev rows from stored partials and shared indices", () => {
  // Each transform written at its call site, where the transformer compiles it.
  const cases = {
    ring: { f: ring, rows: jacrev(ring), whole: jacobian(ring), pullback: (x: number[]) => vjp(ring, x) },
    branchy: { f: branchy, rows: jacrev(branchy), whole: jacobian(branchy), pullback: (x: number[]) => vjp(branchy, x) },
    twoStage: { f: twoStage, rows: jacrev(twoStage), whole: jacobian(twoStage), pullback: (x: number[]) => vjp(twoStage, x) },
    rowSums: { f: rowSums, rows: jacrev(rowSums), whole: jacobian(rowSums), pullback: (x: number[]) => vjp(rowSums, x) },
    mapped: { f: mapped, rows: jacrev(mapped), whole: jacobian(mapped), pullback: (x: number[]) => vjp(mapped, x) },
    pushed: { f: pushed, rows: jacrev(pushed), whole: jacobian(pushed), pullback: (x: number[]) => vjp(pushed, x) },
  };

  for (const [name, { f, rows, whole, pullback }] of Object.entries(cases)) {
    it(`${name}: jacrev and jacobian = tape to 1e-13, = central differences; vjp = tape`, () => {
      expect(attached(f, "compiledVectorReverse")).toBeDefined();
      for (const seed of [1, 2, 3]) {
        const x = point(name === "rowSums" ? 12 : 7, seed);
        const J = rows(x);
        expectClose(J, onTape(() => jacrev(f)(x)), 1e-13, 1e-15);
        expectClose(J, centralJacobian(f, x), 1e-6, 1e-7);
        expectClose(whole(x), J, 1e-13, 1e-15);
        const ct = f(x).map((_, i) => Math.cos(i + seed));
        const [value, back] = pullback(x);
        expect(value).toEqual(f(x));
        const [, tapeBack] = onTape(() => vjp(f, x));
        expectClose([back(ct) as number[]], [tapeBack(ct) as number[]], 1e-13, 1e-15);
        // The pullback is the cotangent times the Jacobian.
        expectClose([back(ct) as number[]], [x.map((_, j) => J.reduce((s, row, i) => s + ct[i]! * row[j]!, 0))], 1e-12, 1e-14);
        // Zeros (and -0) in the cotangent: the passes they feed add nothing (skipped), = the tape.
        const sparse = ct.map((v, i) => (i % 3 === 0 ? v : i % 3 === 1 ? 0 : -0));
        expectClose([back(sparse) as number[]], [tapeBack(sparse) as number[]], 1e-13, 1e-15);
      }
    });
  }

  it("the ring's rows run on compiled code that keeps Math.cos and the quotients out of the row sweeps", () => {
    const code = String(attached(ring, "compiledVectorReverse"));
    const rowsPart = code.slice(code.indexOf('typeof cotangent'), code.indexOf("return rows"));
    expect(rowsPart).not.toMatch(/Math\.cos|\//);
    // The neighbours (i + 1) % n and (i + n - 1) % n of a loop counting up to n are comparisons.
    expect(code).not.toMatch(/%/);
  });

  it("a result grown by push: all rows from one forward sweep (the pushed arrays copied back for each row)", () => {
    const code = String(attached(pushed, "compiledVectorReverse"));
    expect(code).toMatch(/typeof cotangent_\d+ === "number"\) \{/);
    expect(code).toMatch(/out_\d+ = out_end_\d+\.slice\(\)/);
  });

  it("rings of one, two and three numbers (the wrap-around at both ends): jacrev = tape, = central differences", () => {
    for (const n of [1, 2, 3]) {
      const x = point(n, 6);
      const J = cases.ring.rows(x);
      expectClose(J, onTape(() => jacrev(ring)(x)), 1e-13, 1e-15);
      expectClose(J, centralJacobian(ring, x), 1e-6, 1e-7);
    }
  });

  it("Float64Array input: rows as number[], = the number[] input's rows", () => {
    const x = point(6, 4);
    const J = cases.ring.rows(new Float64Array(x) as unknown as number[]);
    expect(Array.isArray(J[0])).toBe(true);
    expect(J).toEqual(cases.ring.rows(x));
  });

  it("an element read past the end throws the runtime's error, as on the tape", () => {
    const x = [0.5, 1.5, -2];
    expect(() => onTape(() => jacrev(pastEnd)(x))).toThrow(/past an array's end/);
    expect(() => jacrev(pastEnd)(x)).toThrow(/past an array's end/);
    expect(attached(pastEnd, "compiledVectorReverse")).toBeDefined();
  });

  it("an infinite partial in a pass no adjoint flows into: vjp gives the tape's NaN (the pass is not skipped)", () => {
    const x = [0.5, 0, 2];
    const [, back] = vjp(roots, x);
    const [, tapeBack] = onTape(() => vjp(roots, x));
    // Output 1 = sqrt(x₁) + x₂ has ∂/∂x₁ = ∞; a zero cotangent on it gives ∞·0 = NaN on the tape.
    const g = back([1, 0, 0]) as number[], t = tapeBack([1, 0, 0]) as number[];
    expect(t[1]).toBeNaN();
    expect(g[1]).toBeNaN();
    expectClose([g], [t], 1e-13);
  });

  it("an infinite partial (sqrt at 0): the same rows as the tape, NaN and infinities where it has them", () => {
    const x = [0, 0.25, 4, 1];
    const J = jacrev(roots)(x);
    expect(attached(roots, "compiledVectorReverse")).toBeDefined();
    const tape = onTape(() => jacrev(roots)(x));
    expect(J[0]![0]).toBe(Infinity);
    expectClose(J, tape, 1e-13);
  });
});

describe("grad of loops with shared index expressions", () => {
  const cases = { rosen: { f: rosen, gradient: grad(rosen) }, ringEnergy: { f: ringEnergy, gradient: grad(ringEnergy) } };
  for (const [name, { f, gradient }] of Object.entries(cases)) {
    it(`${name}: compiled grad = tape grad to 1e-13, = central differences`, () => {
      expect(attached(f, "compiledReverse")).toBeDefined();
      for (const seed of [1, 5, 9]) {
        const x = point(8, seed);
        const g = gradient(x);
        // The tape: vjp of a function of one number records one (with vector code off, always).
        const tape = onTape(() => vjp(f, x)[1](1)) as number[];
        expectClose([g], [tape], 1e-13, 1e-15);
        expectClose([g], [centralGradient(f, x)], 1e-6, 1e-7);
      }
    });
  }
});
