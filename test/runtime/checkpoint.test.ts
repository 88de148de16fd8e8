// checkpoint: the same values and, in reverse mode, the same gradients to the bit as the
// unchecked function, with only block boundaries on the tape; forward mode, linearize, nesting
// (hessian = forward over reverse), closures, nested checkpoints.
import { describe, expect, it } from "vitest";
import {
  Tape, add, checkpoint, cos, derivative, exp, grad, hessian, jacrev, jvp, linearize, mul, sin, square, tanh, valueAndGrad,
} from "./helpers.js";

const block = (x: number) => add(mul(sin(x), exp(mul(x, 0.3))), mul(0.5, tanh(x)));
const vecBlock = (v: number[], s: number) => [add(mul(v[0], cos(v[1])), s), mul(tanh(v[1]), v[0])];
const same = (a: unknown, b: unknown) => {
  const flat = (x: unknown): unknown[] => (Array.isArray(x) ? x.flatMap(flat) : [x]);
  const [p, q] = [flat(a), flat(b)];
  expect(p.length).toBe(q.length);
  p.forEach((v, k) => expect(Object.is(v, q[k]), `${String(v)} vs ${String(q[k])}`).toBe(true));
};

function chain(step: (x: number) => number, n: number) {
  return (x: number) => {
    let y = x;
    for (let i = 0; i < n; i++) y = add(step(y), mul(0.1, x)); // x is used inside and after every block
    return y;
  };
}

describe("checkpoint", () => {
  const cp = checkpoint(block);
  it("computes the same values and the same gradients, bit for bit", () => {
    for (const x of [-1.2, 0.3, 0.9]) {
      same(cp(x), block(x));
      same(valueAndGrad(chain(cp, 20))(x), valueAndGrad(chain(block, 20))(x));
    }
    const cv = checkpoint(vecBlock);
    const F = (v: number[], s: number) => {
      let w = v;
      for (let i = 0; i < 5; i++) w = cv(w, mul(s, w[1]));
      return add(square(w[0]), w[1]);
    };
    const G = (v: number[], s: number) => {
      let w = v;
      for (let i = 0; i < 5; i++) w = vecBlock(w, mul(s, w[1]));
      return add(square(w[0]), w[1]);
    };
    same(valueAndGrad(F)([0.4, -0.3], 0.7), valueAndGrad(G)([0.4, -0.3], 0.7));
    same(jacrev((v: number[]) => cv(v, 2))([0.4, -0.3]), jacrev((v: number[]) => vecBlock(v, 2))([0.4, -0.3]));
  });

  it("keeps only block boundaries on the tape", () => {
    const record = (step: (x: number) => number) => {
      const tape = new Tape();
      const x = tape.variable(0.3);
      let y: number = x;
      for (let i = 0; i < 10; i++) y = step(y);
      return { size: tape.size, g: tape.gradient(y, x) };
    };
    const plain = record(block), checked = record(cp);
    expect(checked.size).toBe(1 + 10); // the input and one output node per block
    expect(plain.size).toBeGreaterThan(10 * 6);
    expect(Object.is(checked.g, plain.g)).toBe(true);
  });

  it("works in forward mode and under linearize", () => {
    same(derivative(chain(cp, 3))(0.4), derivative(chain(block, 3))(0.4));
    same(jvp(chain(cp, 3), [0.4], [2]), jvp(chain(block, 3), [0.4], [2]));
    const [v, at] = linearize(chain(cp, 3), 0.4);
    same(v, chain(block, 3)(0.4));
    expect(at(1)).toBeCloseTo(derivative(chain(block, 3))(0.4), 14);
  });

  it("under hessian (forward over reverse) and grad of grad", () => {
    const f2 = (v: number[]) => mul(cp(v[0]), cp(mul(v[0], v[1])));
    const g2 = (v: number[]) => mul(block(v[0]), block(mul(v[0], v[1])));
    const H = hessian(f2)([0.4, 0.9]), Hw = hessian(g2)([0.4, 0.9]);
    H.forEach((row, i) => row.forEach((h, j) => expect(h).toBeCloseTo(Hw[i][j], 13)));
    // d²/dx² sin(x) checkpointed = -sin(x)
    expect(grad(grad(checkpoint((x: number) => sin(x))))(0.6)).toBeCloseTo(-Math.sin(0.6), 15);
  });

  it("nested checkpoints and closures over the tape's values stay correct", () => {
    const inner = checkpoint((x: number) => mul(x, sin(x)));
    const outer = checkpoint((x: number) => inner(inner(x)));
    same(valueAndGrad((x: number) => outer(outer(x)))(0.8), valueAndGrad((x: number) => {
      const b = (y: number) => mul(y, sin(y));
      return b(b(b(b(x))));
    })(0.8));
    // a block that captures a Var of the tape instead of taking it as an argument
    const g = grad((a: number) => {
      const scaled = checkpoint((x: number) => mul(a, sin(x)));
      return scaled(mul(a, a));
    })(1.3);
    expect(g).toBeCloseTo(Math.sin(1.69) + 1.3 * Math.cos(1.69) * 2 * 1.3, 14);
  });

  it("passes non-differentiable arguments through", () => {
    const labelled = checkpoint((x: number, label: string) => (label === "sq" ? square(x) : x));
    expect(grad((x: number) => labelled(x, "sq"))(3)).toBe(6);
    // strings, functions and objects in arguments and results do not stop the checkpointing
    const step = checkpoint((s: { v: number; name: string }, scale: (y: number) => number) => ({ v: scale(sin(s.v)), name: s.name }));
    const tape = new Tape();
    const x = tape.variable(0.5);
    const out = step({ v: x, name: "n" }, (y) => mul(2, y));
    expect(out.name).toBe("n");
    expect(tape.size).toBe(2);
    expect(tape.gradient(out.v, x)).toBe(2 * Math.cos(0.5));
  });
});
