// Functions that close over locals of the function around them — a training loop's samples
// (`const loss = (w: number[]) => logistic(w, X, y)` inside `train(X, y)`), a scale changed
// between calls — run compiled code placed where the transform is called, which reads those
// locals when it runs, as the closure does (compiler/language.ts `capturedLocal`). Checked
// against the tape (to 1e-13 relative), central differences and closed forms; a captured value
// that carries a derivative (nested transforms) keeps the closure on the tape, with the right answer.
import { describe, expect, it } from "vitest";
import { derivative, grad, hessian, jacrev, jvp, valueAndGrad } from "typegrad";
import { onTape } from "./tape-reference.js";
import { centralGradient } from "../numeric.js";
import { attachedCode, reverseKinds } from "../runtime/attached-code.js";

function logistic(w: number[], X: number[][], y: number[]): number {
  let loss = 0;
  for (let i = 0; i < X.length; i++) {
    let z = 0;
    for (let j = 0; j < w.length; j++) z += w[j] * X[i][j];
    const p = 1 / (1 + Math.exp(-z));
    const q = p < 1e-12 ? 1e-12 : p > 1 - 1e-12 ? 1 - 1e-12 : p;
    loss -= y[i] * Math.log(q) + (1 - y[i]) * Math.log(1 - q);
  }
  return loss / X.length;
}

/** A training step's gradient, its loss a closure over the samples. */
function trainer(X: number[][], y: number[]) {
  const loss = (w: number[]) => logistic(w, X, y);
  return { loss, g: grad(loss), vg: valueAndGrad(loss) };
}

/** The user's own optimiser, handed a closure: the code travels with the function value. */
function descend(f: (w: number[]) => number, w0: number[], steps: number): number[] {
  const g = grad(f);
  let w = w0;
  for (let k = 0; k < steps; k++) {
    const d = g(w);
    w = w.map((v, i) => v - 0.5 * d[i]);
  }
  return w;
}
function fit(X: number[][], y: number[], steps: number): number[] {
  return descend((w: number[]) => logistic(w, X, y), X[0].map(() => 0), steps);
}

/** A named function that closes an inner function over its parameter: differentiated itself, `a` carries a derivative there. */
function outer(a: number): number {
  const inner = (x: number) => a * x * x;
  return grad(inner)(2);
}
function outerForward(a: number): number {
  const inner = (x: number) => a * Math.sin(x) + x;
  return derivative(inner)(0);
}

/** `grad(loss)` written inside the loop: its code, placed there, is a new function each pass. */
function trainLoop(X: number[][], y: number[], steps: number) {
  const loss = (w: number[]) => logistic(w, X, y);
  let w = X[0].map(() => 0);
  for (let k = 0; k < steps; k++) {
    const d = grad(loss)(w);
    w = w.map((v, i) => v - 0.5 * d[i]);
  }
  return { w, loss };
}

let seed = 5;
const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
const X = Array.from({ length: 40 }, () => Array.from({ length: 4 }, rand));
const y = X.map((r) => (r[0] - 0.5 * r[2] > 0 ? 1 : 0));
const w0 = [0.3, -0.2, 0.5, 0.1];
const rel = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-13 * Math.max(Math.abs(a), Math.abs(b));


describe("closures over locals of the enclosing function", () => {
  it("a loss closing over the samples: compiled, grad = tape to 1e-13, = central differences", () => {
    const { loss, g, vg } = trainer(X, y);
    expect(attachedCode(loss)).toContain("reverse");
    const gw = g(w0);
    const tape = onTape(() => grad((w: number[]) => logistic(w, X, y))(w0));
    gw.forEach((v, k) => expect(rel(v, tape[k]!), `${v} vs ${tape[k]}`).toBe(true));
    centralGradient(loss, w0).forEach((v, k) => expect(Math.abs(v - gw[k]!)).toBeLessThan(1e-7));
    const [value, gv] = vg(w0);
    expect(value).toBe(loss(w0));
    expect(gv).toEqual(gw);
  });

  it("the samples read when the code runs: another trainer's samples give its own gradient", () => {
    const other = X.map((r) => r.map((v) => -v));
    const a = trainer(X, y).g(w0), b = trainer(other, y).g(w0);
    const tapeB = onTape(() => grad((w: number[]) => logistic(w, other, y))(w0));
    b.forEach((v, k) => expect(rel(v, tapeB[k]!)).toBe(true));
    expect(b).not.toEqual(a);
  });

  it("the user's optimiser handed a closure: the same steps as on the tape", () => {
    const w = fit(X, y, 25);
    const reference = onTape(() => fit(X, y, 25));
    w.forEach((v, k) => expect(Math.abs(v - reference[k]!)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(v))));
  });

  it("grad of a closure written inside a loop: the same steps as the tape, and one code kept, not one per pass", () => {
    const { w, loss } = trainLoop(X, y, 30);
    const reference = onTape(() => trainLoop(X, y, 30).w);
    w.forEach((v, k) => expect(Math.abs(v - reference[k]!)).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(v))));
    expect(reverseKinds(loss).attached).toEqual(["a"]);
  });

  it("a captured `let` changed between calls: each call reads its value then (forward and reverse)", () => {
    let scale = 1;
    const f = (x: number) => scale * Math.sin(x) * x;
    const df = derivative(f), gf = grad(f);
    expect(attachedCode(f)).toEqual(expect.arrayContaining(["reverse", "forward", "derivative"]));
    const exact = (x: number) => scale * (Math.cos(x) * x + Math.sin(x));
    for (const s of [1, 2, -0.5]) {
      scale = s;
      expect(rel(df(0.7), exact(0.7))).toBe(true);
      expect(rel(gf(0.7), exact(0.7))).toBe(true);
      expect(rel(jvp(f, [0.7], [1])[1], exact(0.7))).toBe(true);
    }
  });

  it("hessian and jacrev of closures over a local array", () => {
    const c = [0.5, -1.5, 2];
    const q = (x: number[]) => c[0] * x[0] * x[0] + c[1] * x[0] * x[1] + c[2] * x[1] * x[1] * x[1];
    const H = hessian(q)([0.4, 0.9]);
    expect(attachedCode(q)).toContain("hessian");
    expect(H).toEqual([[2 * c[0], c[1]], [c[1], 6 * c[2] * 0.9]].map((r) => r.map((v) => expect.closeTo(v, 12))));
    const v = (x: number[]) => x.map((xi) => c[0] * xi * xi + c[2]);
    const J = jacrev(v)([0.4, 0.9]);
    expect(attachedCode(v)).toContain("vector reverse");
    expect(J).toEqual([[2 * c[0] * 0.4, 0], [0, 2 * c[0] * 0.9]]);
  });

  it("a captured value carrying a derivative (nested transforms) stays on the tape: d/da of grad_x(a·x²) at x = 2 is 4", () => {
    const outerArrow = grad((a: number) => {
      const inner = (x: number) => a * x * x;
      return grad(inner)(2);
    });
    expect(outerArrow(3)).toBe(4);
    expect(outer(3)).toBe(12);
    // A named function, compiled as written (a plain number `a`) and differentiated itself.
    expect(grad(outer)(3)).toBe(4);
    expect(derivative(outerForward)(5)).toBe(1);
    expect(grad(outerForward)(5)).toBe(1);
    expect(derivative((a: number) => derivative((x: number) => a * x * x * x)(2))(1.5)).toBe(12);
  });
});
