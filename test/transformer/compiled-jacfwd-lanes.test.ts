// jacfwd's lane code (compiler/jacobian-lanes.ts): functions of one array with loops, branches,
// while loops, early exits, helpers and local arrays get one pass whose tangents are rows of
// lanes. Its Jacobians must agree with the Duals' jacfwd (the runtime path, `onTape`), with the
// forward code run once per input number (the path it replaces), with jacrev and with central
// differences; NaN cases must give what the Duals give; reading past an array's end must throw
// the tape's error.
import { afterEach, describe, expect, it } from "vitest";
import { jacfwd, jacrev } from "typegrad";
import { vouched } from "../../src/runtime/compiled-vector.js";
import { onTape } from "./tape-reference.js";
import { centralJacobian } from "../numeric.js";

function coupling(left: number, mid: number, right: number): number {
  return Math.sin(mid) * right - (left * left) / (1 + mid * mid);
}
/** J10l: the ring filled into a local array by a loop, through a helper. */
function ringLocal(x: number[]): number[] {
  const n = x.length;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = coupling(x[(i + n - 1) % n], x[i], x[(i + 1) % n]);
  return out;
}
/** J10m: the same by map. */
const ringMapped = (x: number[]): number[] => {
  const n = x.length;
  return x.map((v, i) => coupling(x[(i + n - 1) % n], v, x[(i + 1) % n]));
};
/** A branch on values in the loop. */
function branchy(x: number[]): number[] {
  const n = x.length;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    if (x[i] > 0) out[i] = x[i] * x[(i + 1) % n];
    else out[i] = Math.exp(x[i]) - x[0] * 2;
  }
  return out;
}
/** A while loop with a break (an early exit), a reassigned local, push. */
function settle(x: number[]): number[] {
  const out: number[] = [];
  let s = 0;
  let i = 0;
  while (i < x.length) {
    s = s * 0.5 + Math.sin(x[i]);
    if (s > 1.2) break;
    out.push(s * x[i]);
    i++;
  }
  out.push(s);
  return out;
}
/** A local array read back (prefix sums with decay), returned. */
function decayed(x: number[]): number[] {
  const n = x.length;
  const c = new Array<number>(n).fill(0);
  c[0] = x[0] * x[0];
  for (let i = 1; i < n; i++) c[i] = c[i - 1] * 0.5 + x[i] * x[i];
  return c;
}
/** A Float64Array local read by a second loop. */
function smoothed(x: number[]): number[] {
  const n = x.length;
  const t = new Float64Array(n);
  for (let i = 0; i < n; i++) t[i] = Math.tanh(x[i]);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = t[i] * t[(i + 1) % n] + x[i];
  return out;
}
/** Outputs written out after a loop, one of them a constant and one an element. */
function summary(x: number[]): number[] {
  let s = 0;
  for (const v of x) s += v * v;
  return [s, Math.sqrt(s) * x[1], x[0], 3];
}
/** Math.sqrt of an element: at 0 the forward code's ∞·0 is NaN in the other columns. */
function rootOf(x: number[]): number[] {
  const out = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) out[i] = Math.sqrt(x[i]) + x[0];
  return out;
}
/** Math.sqrt of a square: at 0 every lane is ∞·0 = NaN. */
function rootOfSquare(x: number[]): number[] {
  const out = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) out[i] = Math.sqrt(x[i] * x[i]) + x[0];
  return out;
}
/** Math.log below 0: the value itself is NaN. */
function logOf(x: number[]): number[] {
  return x.map((v) => Math.log(v) * x[0]);
}
/** The last i reads past the end. */
function pastEnd(x: number[]): number[] {
  const out = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] * x[i + 1];
  return out;
}
/** A local array read past its end (a hole). */
function holeRead(x: number[]): number[] {
  const y = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) y[i] = x[i] * 2;
  const out = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) out[i] = y[i] + y[i + 1];
  return out;
}

const PAST_END = /expects numbers, Vars or Duals; got undefined \(an element read past an array's end/;
type F = (x: number[]) => number[];

const jf = {
  ringLocal: jacfwd(ringLocal), ringMapped: jacfwd(ringMapped), branchy: jacfwd(branchy), settle: jacfwd(settle),
  decayed: jacfwd(decayed), smoothed: jacfwd(smoothed), summary: jacfwd(summary), rootOf: jacfwd(rootOf),
  rootOfSquare: jacfwd(rootOfSquare), logOf: jacfwd(logOf), pastEnd: jacfwd(pastEnd), holeRead: jacfwd(holeRead),
};
const jr = {
  ringLocal: jacrev(ringLocal), ringMapped: jacrev(ringMapped), branchy: jacrev(branchy), settle: jacrev(settle),
  decayed: jacrev(decayed), smoothed: jacrev(smoothed), summary: jacrev(summary),
};
const plain: Record<keyof typeof jr, F> = { ringLocal, ringMapped, branchy, settle, decayed, smoothed, summary };

/** `a` and `b` equal to 1e-13 relative, NaN where the other has NaN. */
function agrees(a: number[][], b: number[][], what: string): void {
  expect(a.length, `rows of ${what}`).toBe(b.length);
  a.forEach((row, i) => {
    expect(row.length, `row ${i} of ${what}`).toBe(b[i]!.length);
    row.forEach((v, j) => {
      const w = b[i]![j]!;
      if (v === w) return;
      if (Number.isNaN(w)) expect(v, `J[${i}][${j}] of ${what}`).toBeNaN();
      else expect(Math.abs(v - w), `J[${i}][${j}] of ${what}: ${v} vs ${w}`).toBeLessThanOrEqual(1e-13 * (1 + Math.abs(w)));
    });
  });
}

/** The forward code run once per input number (the lane code turned off). */
function perColumn<T>(work: () => T): T {
  vouched.whole = false;
  try {
    return work();
  } finally {
    vouched.whole = true;
  }
}

const points = [[0.3, -0.7, 1.2, 0.5, -1.1], [1.1, 0.4, -0.2], [-1.6, 2.2], [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, -0.4]];

afterEach(() => {
  vouched.whole = true;
});

describe("jacfwd's lane code for loops, branches and local arrays", () => {
  it("is attached to every function of one array returning an array", () => {
    for (const [name, t] of Object.entries(jf)) {
      if (name === "pastEnd" || name === "holeRead") continue;
      t(points[0]!.map((v) => Math.abs(v) + 0.5));
      expect(vouched.last, `${name} ran its lane code`).toBe(true);
    }
  });

  it("= the Duals (tape path), = the forward code per input number, = jacrev to 1e-13; = central differences", () => {
    for (const name of Object.keys(plain) as (keyof typeof plain)[]) {
      for (const x of points) {
        const what = `${name} at [${x.join(", ")}]`;
        const J = jf[name](x) as number[][];
        expect(vouched.last, `${what}: the lane code answered`).toBe(true);
        agrees(J, onTape(() => jf[name](x)) as number[][], `${what}, against the Duals`);
        agrees(J, perColumn(() => jf[name](x)) as number[][], `${what}, against the forward code per column`);
        expect(vouched.last, `${what}: the per-column path ran`).toBe(false);
        agrees(J, jr[name](x) as number[][], `${what}, against jacrev`);
        const C = centralJacobian(plain[name], x);
        J.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - C[i]![j]!), `${what} J[${i}][${j}] vs central differences`).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(C[i]![j]!)))));
        // a Float64Array argument gives the same rows
        agrees(jf[name](Float64Array.from(x) as unknown as number[]) as number[][], J, `${what}, a Float64Array`);
      }
    }
  });

  it("rows are plain arrays, new on every call, with no -0 the Duals do not give", () => {
    const x = [0.5, 2, -1];
    const a = jf.decayed(x) as number[][], b = jf.decayed(x) as number[][];
    expect(a[0]).not.toBe(b[0]);
    for (const row of a) expect(Array.isArray(row)).toBe(true);
    expect(a).toEqual(onTape(() => jf.decayed(x)));
  });

  it("NaN cases give what the Duals give: ∞ partial of an element (falls back), ∞·0 over lanes, a NaN value", () => {
    const zero = [0, 0.5, 2];
    // sqrt at an element 0: the lane code cannot vouch (its in-place add skips ∞·0), the forward code per column answers
    const r = jf.rootOf(zero) as number[][];
    expect(vouched.last).toBe(false);
    agrees(r, onTape(() => jf.rootOf(zero)) as number[][], "rootOf at 0");
    expect(r[0]!.some(Number.isNaN)).toBe(true);
    // sqrt(x·x) at 0: ∞ times a row of zeros is NaN in every lane, as the Duals' ∞·0
    const s = jf.rootOfSquare(zero) as number[][];
    expect(vouched.last).toBe(true);
    agrees(s, onTape(() => jf.rootOfSquare(zero)) as number[][], "rootOfSquare at 0");
    expect(s[0]!.every(Number.isNaN)).toBe(true);
    // log below 0: a NaN value; the Duals answer (and give NaN rows too)
    const l = jf.logOf([-1, 2]) as number[][];
    agrees(l, onTape(() => jf.logOf([-1, 2])) as number[][], "logOf below 0");
    expect(l[0]!.some(Number.isNaN)).toBe(true);
  });

  it("reading past an array's end throws the tape's error", () => {
    for (const x of [[1, 2, 3], Float64Array.of(1, 2, 3) as unknown as number[]]) {
      expect(() => jf.pastEnd(x)).toThrow(PAST_END);
      expect(() => onTape(() => jf.pastEnd(x))).toThrow(PAST_END);
      expect(() => jf.holeRead(x)).toThrow(PAST_END);
      expect(() => onTape(() => jf.holeRead(x))).toThrow(PAST_END);
    }
  });

  it("an empty array: no rows", () => {
    expect(jf.smoothed([])).toEqual([]);
    expect(onTape(() => jf.smoothed([]))).toEqual([]);
    expect(jf.ringLocal([])).toEqual([]);
  });
});
