// A gradient taken while compiled reverse code runs — from a getter on an argument array, the
// one way user code runs inside it — has a value stack of its own and leaves the outer
// gradient intact.
import { describe, expect, it } from "vitest";
import { grad, valueAndGrad, vjp } from "typegrad";
import { onTape } from "./tape-reference.js";

/** Σ 100(xᵢ₊₁ - xᵢ²)² + (1 - xᵢ)² over pairs: its compiled code pushes partials in a loop. */
function rosen(x: number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i += 2) {
    const t = x[i + 1] - x[i] * x[i];
    const u = 1 - x[i];
    s += 100 * t * t + u * u;
  }
  return s;
}
/** Σ sin(xᵢ)·xᵢ: compiled too, storing each sin(xᵢ) on the value stack for its reverse sweep. */
function sines(x: number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    const y = Math.sin(x[i]);
    s += y * x[i];
  }
  return s;
}

const rosenGrad = (x: number[]) => {
  const g: number[] = [];
  for (let i = 0; i < x.length; i += 2) {
    const t = x[i + 1] - x[i] * x[i];
    g.push(-400 * x[i] * t - 2 * (1 - x[i]), 200 * t);
  }
  return g;
};

/** The compiled reverse code the transformer attached to `f`'s differentiable version. */
const compiled = (f: unknown) => {
  const version = (f as Record<symbol, unknown>)[Symbol.for("typegrad.differentiable")] ?? f;
  return (version as Record<symbol, unknown[] | undefined>)[Symbol.for("typegrad.compiledReverseCodes")]?.[0];
};

describe("a gradient inside a compiled gradient", () => {
  it("leaves the outer compiled gradient right", () => {
    const point = [-1.2, 1, 0.5, 0.3, 2, -1];
    const inner: number[][] = [];
    const x = [...point];
    // Every read of x[3] takes a compiled gradient of its own (it pushes and pops 8 numbers).
    Object.defineProperty(x, 3, {
      get: () => {
        inner.push(grad(sines)([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) as number[]);
        return point[3];
      },
    });
    const [value, g] = valueAndGrad(rosen)(x);
    expect(inner.length).toBeGreaterThan(0);
    // Both ran as compiled code (attached where the transform is called).
    expect(compiled(rosen)).toBeDefined();
    expect(compiled(sines)).toBeDefined();
    const [refValue, pullback] = onTape(() => vjp(rosen, point)); // on the tape
    const refG = pullback(1);
    expect(value).toBe(refValue);
    expect(g).toEqual(refG);
    rosenGrad(point).forEach((gk, k) => expect(g[k]).toBeCloseTo(gk, 10));
    // and the inner gradients are right too: sin(x) + x·cos(x)
    for (const gi of inner) gi.forEach((v, k) => expect(v).toBeCloseTo(Math.sin(0.1 * (k + 1)) + 0.1 * (k + 1) * Math.cos(0.1 * (k + 1)), 14));
  });

  it("leaves the values an outer compiled gradient stored intact", () => {
    // sines stores each sin(xᵢ) it overwrites; the getter runs a gradient of sines (storing
    // eight numbers) in the middle of the outer one's forward and reverse loops.
    const point = [0.3, -0.7, 1.1, 0.9, -1.4, 2.0];
    const x = [...point];
    let innerRuns = 0;
    Object.defineProperty(x, 3, {
      get: () => {
        grad(sines)([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]);
        innerRuns++;
        return point[3];
      },
    });
    const [value, g] = valueAndGrad(sines)(x);
    expect(innerRuns).toBeGreaterThan(0);
    expect(compiled(sines)).toBeDefined();
    expect(value).toBe(point.reduce((s, t) => s + Math.sin(t) * t, 0));
    // d/dxᵢ Σ sin(xⱼ)·xⱼ = sin(xᵢ) + xᵢ·cos(xᵢ)
    (g as number[]).forEach((v, k) => expect(v).toBeCloseTo(Math.sin(point[k]) + point[k] * Math.cos(point[k]), 14));
  });
});
