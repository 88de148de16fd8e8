// Fused loops (src/transformer/compiler/passes.ts, fusableLoop): when the last loop of a
// function only accumulates into the locals it carries (`s += …`), compiled reverse code runs
// each pass's reverse inside the forward loop. These programs fuse, or sit just outside the
// conditions (they must keep the two-loop form); each is checked against the tape (vjp always
// records one) to 1e-13 relative and against central differences.
import { describe, expect, it } from "vitest";
import { valueAndGrad, vjp } from "typegrad";
import { agrees, centralGradient } from "../numeric.js";

/** The mean of the squares: the loop is followed by a division by a value known before it. */
function meanSquare(v: number[]): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  return s / v.length;
}

/** Two accumulators, a parameter and a value computed before the loop read in every pass. */
function twoSums(v: number[], w: number): number {
  const c = Math.exp(w);
  let s = 0;
  let t = 1;
  for (let i = 0; i < v.length; i++) {
    const e = Math.tanh(c * v[i] - w);
    s += e * e;
    t -= 0.5 * e;
  }
  return s + 2 * t;
}

/** A pass with an inner loop, a branch and a local of its own. */
function layered(v: number[], w: number): number {
  let loss = 0;
  for (let i = 0; i < v.length; i++) {
    let a = w;
    for (let k = 0; k < 3; k++) a += v[(i + k) % v.length] * (k + 1);
    if (a > 0) a = Math.sqrt(1 + a * a);
    else a = a * w;
    loss += a;
  }
  return loss * 0.25;
}

/** Not fusable: the carried local is multiplied, so its adjoint changes from pass to pass. */
function product(v: number[], w: number): number {
  let p = w;
  for (let i = 0; i < v.length; i++) p = p * Math.cos(v[i]);
  return p;
}

/** Not fusable: the carried local is read in the pass beyond its accumulation. */
function readsCarried(v: number[]): number {
  let s = 0.5;
  for (let i = 0; i < v.length; i++) s += Math.sin(s) * v[i];
  return s;
}

/** Not fusable: what follows the loop has a partial reading the loop's result. */
function squaredSum(v: number[]): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  return s * s;
}

/** An inactive local carried by the loop and used as an index: stored, so not fused. */
function strided(v: number[]): number {
  let s = 0;
  let j = 0;
  for (let i = 0; i < v.length; i++) {
    s += v[j] * v[i];
    j = (j + 2) % v.length;
  }
  return s;
}

/** Two loops: the last one fuses, the first keeps its reverse loop. */
function twoLoops(v: number[]): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m += v[i];
  m = m / v.length;
  let s = 0;
  for (let i = 0; i < v.length; i++) s += (v[i] - m) * (v[i] - m);
  return s;
}

/** Products with -0: the adjoints passed on are -0, the gradients +0 as on the tape. */
const signed = (x: number, y: number): number => Math.sin(x) * y + x * 0;
function scaledSum(v: number[], z: number): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * z;
  return s;
}

/**
 * Equal to 1e-13 relative (the contract of the compiled modes), relative to the largest entry of
 * the result: a fused loop sums the adjoint of a value every pass reads in the other order (README),
 * so an entry that cancels to about 0 (twoLoops' mean) may differ from the tape's by a few ulps of
 * the terms that cancelled.
 */
function agreesAtLargest(a: unknown, b: unknown, what: string): void {
  const scale = Math.max(...[a, b].flat(Infinity).map((x) => Math.abs(x as number)));
  agrees(a, b, what, scale);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function onTape(f: (...args: any[]) => number, ...args: unknown[]): [number, unknown] {
  const [value, pullback] = vjp(f, ...args);
  return [value, pullback(1)];
}

const V = [0.4, -1.1, 0.9, 0.2, -0.5, 1.3];
const cases: [string, (v: number[], w: number) => number][] = [
  ["meanSquare", meanSquare], ["twoSums", twoSums], ["layered", layered], ["product", product],
  ["readsCarried", readsCarried], ["squaredSum", squaredSum], ["strided", strided], ["twoLoops", twoLoops],
];

describe("fused loops in compiled reverse mode", () => {
  for (const [name, f] of cases) {
    it(`${name}: the tape's value and gradient to 1e-13, and central differences`, () => {
      for (const w of [0.3, -0.8]) {
        const args = f.length === 2 ? [V, w] : [V];
        const compiled = valueAndGrad(f as (...a: unknown[]) => number)(...args);
        agreesAtLargest(compiled, onTape(f, ...args), `${name} at w = ${w}`);
        const gradient = (f.length === 2 ? (compiled[1] as [number[], number]).flat() : compiled[1]) as number[];
        const reference = centralGradient((z) => f(z.slice(0, -1), z[z.length - 1]!), [...V, w]).slice(0, gradient.length);
        gradient.forEach((g, k) => expect(g).toBeCloseTo(reference[k]!, 6));
      }
    });
  }

  it("gives zero gradients the tape's sign (first contributions are assigned, gradients added)", () => {
    const same = (a: unknown, b: unknown) => {
      const flat = (x: unknown): number[] => (Array.isArray(x) ? x.flatMap(flat) : [x as number]);
      flat(a).forEach((v, k) => expect(Object.is(v, flat(b)[k]), `${v} vs ${flat(b)[k]}`).toBe(true));
    };
    same(valueAndGrad(signed)(-0, 1), onTape(signed, -0, 1));
    same(valueAndGrad(signed)(-0, -0), onTape(signed, -0, -0));
    same(valueAndGrad(scaledSum)([-0, 1, -0], -0), onTape(scaledSum, [-0, 1, -0], -0));
    expect(Object.is((valueAndGrad(scaledSum)([2, 3], -0)[1] as [number[], number])[0][0], 0)).toBe(true);
  });

  it("gives the same numbers for a Float64Array and for an empty array", () => {
    agreesAtLargest(valueAndGrad(meanSquare)(Float64Array.from(V) as unknown as number[]).map((x) => (x instanceof Float64Array ? Array.from(x) : x)),
      onTape(meanSquare, V), "meanSquare of a Float64Array");
    expect(valueAndGrad(twoSums)([], 0.5)).toEqual([2, [[], 0]]);
  });
});
