// Compiled code of forms users write that took the tape before: a string and a boolean parameter
// and an options object left out of argnums (read as they are: `kind$data === "l1"`,
// `o$data.rate`), a helper called with a string written in place, `Math.hypot(...x)` (its value
// computed as Math.hypot computes it, its derivative from m·√Σ(xᵢ/m)²), a local object literal
// used as a record, and `x[j++]` inside an expression.
import { grad } from "typegrad";

type Options = { rate: number; steps: number; centred: boolean };

function loss(w: number[], kind: "l1" | "l2", clamp: boolean, o: Options): number {
  let s = 0;
  for (let k = 0; k < o.steps; k++) {
    for (const v of w) {
      const d = (o.centred ? v - 0.5 : v) * o.rate;
      s += kind === "l1" ? Math.abs(d) : d * d;
    }
  }
  return clamp ? Math.min(s, 10) : s;
}
export const lossGrad = grad(loss, { argnums: 0 });

export function wrapped(w: number[]): number {
  return loss(w, "l2", false, { rate: 0.5, steps: 2, centred: true });
}

export function norm(x: number[]): number {
  return Math.hypot(...x);
}

export function pairs(x: number[]): number {
  const p = { a: x[0] * 2, b: Math.sin(x[1]) };
  let j = 0;
  let s = p.a * p.b;
  while (j + 1 < x.length) s += x[j++] * x[j++];
  return s;
}

const O: Options = { rate: 0.5, steps: 2, centred: false };
export const checks = [
  { f: (v: number) => loss([0.3, v, -0.2], "l1", true, O), at: [0.7], grad: (v: number) => lossGrad([0.3, v, -0.2], "l1", true, O)[1] },
  { f: (v: number) => loss([0.3, v, -0.2], "l2", false, O), at: [0.7], grad: (v: number) => lossGrad([0.3, v, -0.2], "l2", false, O)[1] },
  { f: (v: number) => wrapped([0.3, v, -0.2]), at: [0.7], grad: (v: number) => grad(wrapped)([0.3, v, -0.2])[1] },
  { f: (v: number) => norm([0.3, v, -0.2]), at: [0.7], grad: (v: number) => grad(norm)([0.3, v, -0.2])[1] },
  { f: (v: number) => pairs([0.3, v, -0.2, 1.1]), at: [0.7], grad: (v: number) => grad(pairs)([0.3, v, -0.2, 1.1])[1] },
];
