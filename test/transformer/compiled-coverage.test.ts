// The constructs the compiled modes cover beyond straight loops: `?:`, `&&`/`||` in
// conditions, `return` inside branches, `for…of` over arrays, `while`. Each function is checked
// in compiled reverse mode against the tape (vjp run by `onTape`) to 1e-13 relative and
// against central differences, and in compiled forward mode against the Dual runtime.
import { describe, expect, it } from "vitest";
import { derivative, dual, grad, tangent, valueAndGrad, vjp } from "typegrad";
import { agrees, centralGrad } from "../numeric.js";
import { onTape } from "./tape-reference.js";

function clamped(x: number, y: number): number {
  const z = x * y > 1 ? 1 : x * y;
  if (x > 0 && (y > 0 || x > 2)) return z * x + Math.sin(y);
  if (!(x < -1)) {
    const w = Math.exp(x) * y;
    return w * w;
  }
  return z - y;
}

function sumOfSquares(v: number[], scale: number): number {
  let s = 0;
  for (const x of v) s += scale * x * x;
  return s;
}

function halvings(x: number): number {
  let s = x * x + 10;
  let n = 0;
  while (s > 1 && n < 20) {
    s = Math.sqrt(s) * 0.9;
    n++;
  }
  return s * x;
}

function guarded(v: number[], c: number): number {
  if (v.length === 0) return 0;
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] > c ? v[i] - c : 0.5 * (v[i] - c) * (v[i] - c);
  return s;
}

describe("compiled code for branches, early returns, for…of and while", () => {
  it("?:, &&, || and returns in branches: compiled = tape, = central differences, forward = Duals", () => {
    for (const [x, y] of [[0.6, 1.4], [0.3, 0.5], [3, -0.5], [-0.5, 2], [-2, 0.7], [2.5, 0.1]] as const) {
      const [value, g] = valueAndGrad(clamped)(x, y);
      const [tapeValue, pullback] = onTape(() => vjp(clamped, x, y));
      agrees([value, g], [tapeValue, pullback(1)], `clamped at ${x}, ${y}`);
      const fd = centralGrad(clamped, [x, y]);
      g.forEach((gk, k) => expect(gk).toBeCloseTo(fd[k]!, 5));
      const dx = derivative((t: number) => clamped(t, y))(x);
      // Compared here, not by `agrees`: a tangent may itself carry a derivative (nested forward
      // mode), and test/numeric.ts is not transformed.
      const onDual = tangent(clamped(dual(x, 1), y));
      expect(Math.abs(derivative(clampedAtY(y))(x) - onDual) <= 1e-13 * Math.abs(onDual), `derivative of clamped at ${x}, ${y}`).toBe(true);
      expect(dx).toBeCloseTo(fd[0]!, 5);
    }
  });

  it("for…of over a number[]: the gradient is 2·scale·v and Σv²", () => {
    const v = [0.5, -1.5, 2];
    const [gv, gs] = grad(sumOfSquares)(v, 3);
    expect(gv).toEqual(v.map((x) => 6 * x));
    expect(gs).toBe(0.25 + 2.25 + 4);
    agrees(grad(sumOfSquares)(v, 3), onTape(() => vjp(sumOfSquares, v, 3))[1](1), "sumOfSquares");
  });

  it("while: compiled = tape and = central differences", () => {
    for (const x of [0.3, -1.2, 2.5, 7]) {
      agrees(valueAndGrad(halvings)(x), (() => {
        const [value, pullback] = onTape(() => vjp(halvings, x));
        return [value, pullback(1)];
      })(), `halvings at ${x}`);
      expect(grad(halvings)(x)).toBeCloseTo(centralGrad(halvings, [x])[0]!, 5);
    }
  });

  it("an early-return guard and a ?: in a loop body", () => {
    expect(grad(guarded)([], 1)).toEqual([[], 0]);
    const v = [0.5, 2, -1, 1.5];
    const [gv, gc] = grad(guarded)(v, 1);
    // ∂/∂vᵢ = 1 above c, vᵢ - c below; ∂/∂c = -(count above) - Σ_below (vᵢ - c)
    expect(gv).toEqual([-0.5, 1, -2, 1]);
    expect(gc).toBe(-2 + 0.5 + 2);
    agrees(grad(guarded)(v, 1), onTape(() => vjp(guarded, v, 1))[1](1), "guarded");
  });
});

function clampedAtY(y: number): (x: number) => number {
  return (x: number) => clamped(x, y);
}

// Logistic regression as the issue writes it: a helper of the program, the written-out
// logistic, a `?:` clamp and an early-return guard. The helper is inlined into compiled code.
const FEATURES = 3;
function dotRow(w: number[], x: number[], row: number): number {
  let s = 0;
  for (let j = 0; j < FEATURES; j++) s += w[j] * x[row * FEATURES + j];
  return s;
}
function logLoss(w: number[], x: number[], y: number[]): number {
  if (y.length === 0) return 0;
  let loss = 0;
  for (let i = 0; i < y.length; i++) {
    const z = dotRow(w, x, i);
    const p = 1 / (1 + Math.exp(-z));
    const q = p < 1e-12 ? 1e-12 : p;
    loss -= y[i] * Math.log(q) + (1 - y[i]) * Math.log(1 - q + 1e-12);
  }
  return loss / y.length;
}

describe("calls of the program's own functions", () => {
  it("are inlined: logistic regression = tape and = central differences", () => {
    const x = [0.5, -1, 2, 1.5, 0.25, -0.75, -2, 1, 0.5];
    const y = [1, 0, 1];
    const w = [0.3, -0.2, 0.1];
    const [value, [gw]] = valueAndGrad(logLoss)(w, x, y);
    const [tapeValue, pullback] = onTape(() => vjp(logLoss, w, x, y));
    agrees([value, gw], [tapeValue, pullback(1)[0]], "logLoss");
    const fd = centralGrad((a: number, b: number, c: number) => logLoss([a, b, c], x, y), w);
    gw.forEach((g, k) => expect(g).toBeCloseTo(fd[k]!, 6));
    expect(grad(logLoss)(w, x, [])[0]).toEqual([0, 0, 0]);
  });
});
