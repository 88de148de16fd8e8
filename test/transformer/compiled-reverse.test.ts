// Compiled reverse mode (src/transformer/compiler/): grad and valueAndGrad of a scalar function
// run compiled code on plain numbers. The contract is agreement with the tape to 1e-13
// relative; these programs agree to the bit, which is what is checked here (the last test
// shows a case where the order of the adjoint sums differs).
import { describe, expect, it } from "vitest";
import { grad, sigmoid, valueAndGrad, vjp } from "typegrad";
import { onTape as runOnTape } from "./tape-reference.js";
import { SCALE, TABLE } from "./fixtures/constants.js";

const W = 0.75;
const KTOP = 5;
/** Σ SCALE·TABLE[i]·xᵢ², with constants from another module. */
function scaled(x: number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += SCALE * TABLE[i] * x[i] * x[i];
  return s;
}
const shifted = (x: number): number => (x + KTOP) ** 2;
const f1 = (x0: number, x1: number): number => Math.sin(x0) * (x0 + x1);
const f4 = (x: number): number => {
  const e = Math.exp(x * x);
  return e * e;
};
function neuron(w1: number, w2: number, x1: number, x2: number, b: number): number {
  const z = w1 * x1 + w2 * x2 + b;
  const unused = Math.log(z); // recorded after nothing the output needs: swept like the tape does
  return sigmoid(z) * W + unused * 0;
}
const identity = (x: number): number => x;
const constant = (_x: number): number => 4;
const early = (x: number): number => {
  const a = x * x;
  const b = Math.sqrt(a - x); // recorded after the output's operation: the tape does not sweep it
  return a + 0 * b;
};

/** Value and gradient of `f` on the tape (vjp run by `onTape`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function onTape<A extends unknown[]>(f: (...args: A) => number, ...args: A): [number, any] {
  const [value, pullback] = runOnTape(() => vjp(f, ...args));
  return [value, pullback(1)];
}

/** Equal to the bit (Object.is on every number: -0 and NaN included). */
const leaves = (x: unknown): number[] => (Array.isArray(x) ? x.flatMap(leaves) : [x as number]);
const same = (a: unknown, b: unknown) => {
  const [p, q] = [leaves(a), leaves(b)];
  expect(p.length).toBe(q.length);
  p.forEach((v, k) => expect(Object.is(v, q[k]), `${v} vs ${q[k]}`).toBe(true));
};

describe("compiled reverse mode", () => {
  it("is bit-identical to the tape", () => {
    for (const x of [-2, -0.4, 0.3, 0.6, 1.7]) {
      same(valueAndGrad(f1)(x, 1.4), onTape(f1, x, 1.4));
      same(valueAndGrad(f4)(x), onTape(f4, x));
      same(valueAndGrad(early)(x + 3), onTape(early, x + 3));
      const args = [2, -3, x, -2, -3] as const;
      same(valueAndGrad(neuron)(...args), onTape(neuron, ...args));
    }
  });

  it("gives SPEC §5's numbers and closed forms", () => {
    expect(grad(f1)(0.6, 1.4)).toEqual([2.215313703214392, 0.5646424733950354]);
    expect(valueAndGrad(f4)(0.5)).toEqual([1.648721270700128, 3.297442541400256]);
    expect(grad(identity)(3)).toBe(1);
    expect(grad(constant)(3)).toBe(0);
    expect(grad((x: number) => W * x ** 3)(2)).toBe(W * 12);
  });

  it("leaves nesting to the tape", () => {
    expect(grad((x: number) => x * grad((y: number) => x * y)(3))(5)).toBe(10);
    expect(grad((x: number) => grad(f4)(x))(0.5)).toBeCloseTo(4 * Math.exp(0.5) * (1 + 4 * 0.25), 12);
  });
});

// Loops over arrays: W2's and W3's shapes.
const N = 4;
const DATA = [0.5, -1, 2, 0.25];
function rosen(x: number[]): number {
  let s = 0;
  for (let i = 0; i < x.length; i += 2) {
    const t = x[i + 1] - x[i] * x[i];
    const u = 1 - x[i];
    s += 100 * t * t + u * u;
  }
  return s;
}
function net(p: Float64Array, bias: number): number {
  let loss = 0;
  for (let s = 0; s < N; s++) {
    let a = bias;
    for (let k = N - 1; k >= 0; k--) a += DATA[(s + k) % N] * p[k];
    a /= 2;
    const e = Math.tanh(a) - DATA[s];
    loss += e * e;
  }
  return loss / N;
}

describe("compiled reverse mode with loops", () => {
  it("is bit-identical to the tape", () => {
    for (const v of [-1.2, 0.3, 1.7]) {
      same(valueAndGrad(rosen)([v, 1.3, -0.4, v * v, 2, -3]), onTape(rosen, [v, 1.3, -0.4, v * v, 2, -3]));
    }
  });

  it("shapes gradients like the arguments and handles an empty loop", () => {
    expect(grad(rosen)([1, 1])).toEqual([0, 0]);
    expect(grad(rosen)([])).toEqual([]);
    // f = 100(x1 - x0²)² + (1 - x0)², ∂0 = -400x0(x1 - x0²) - 2(1 - x0), ∂1 = 200(x1 - x0²)
    const [value, [g0, g1]] = valueAndGrad(rosen)([-1.2, 1]);
    expect(value).toBeCloseTo(24.2, 12);
    expect(g0).toBeCloseTo(-215.6, 12);
    expect(g1).toBeCloseTo(-88, 12);
  });
});

describe("compiled code and the names it captures", () => {
  it("reads constants imported from another module", async () => {
    const { SCALE, TABLE } = await import("./fixtures/constants.js");
    expect(SCALE + TABLE.length).toBe(6); // the module is what the compiled code reads
    expect(grad(scaled)([1, 2, 3])).toEqual([6, 24, 54]); // 2·SCALE·TABLE[i]·xᵢ
    same(valueAndGrad(scaled)([0.5, -1, 2]), onTape(scaled, [0.5, -1, 2]));
  });

  it("is correct where a captured name is shadowed at the call", () => {
    const K = 100; // not the top-level K that `shifted` reads
    expect(K).toBe(100);
    expect(grad(shifted)(2)).toBe(2 * (2 + KTOP));
  });
});

// `let s = x` makes s a copy of x and x is read again in the loop: the tape adds the copy's
// uses into x's adjoint interleaved with x's own, the compiled code in its own order.
function carried(v: number[], x: number): number {
  let s = x;
  for (let i = 0; i < v.length; i++) s += Math.sin(x * v[i]) * s;
  return s * 0.5;
}

describe("the cases that are equal to rounding, not to the bit", () => {
  // `net`'s loop is fused (each pass's reverse runs inside the forward loop): the adjoint of
  // `bias`, read in every pass, is summed first pass first, the tape's last pass first.
  it("a fused loop: equal to a few ulps, the value and the gradient's kind as the tape's", () => {
    for (const v of [-1.2, 0.3, 1.7]) {
      const p = new Float64Array([0.2, v, -0.3, 0.9]);
      const [value, [gp, gb]] = valueAndGrad(net)(p, 0.1);
      const [refValue, [refP, refB]] = onTape(net, p, 0.1);
      expect(gp).toBeInstanceOf(Float64Array);
      expect(value).toBe(refValue);
      [...gp, gb].forEach((g, k) => {
        const ref = [...refP, refB][k]!;
        expect(Math.abs(g - ref)).toBeLessThanOrEqual(8 * Number.EPSILON * Math.abs(ref));
      });
    }
  });

  it("agrees with the tape to a few ulps and with central differences", () => {
    const v = [0.4, -1.1, 0.9, 0.2];
    const [value, [gv, gx]] = valueAndGrad(carried)(v, 0.3);
    const [refValue, [refV, refX]] = onTape(carried, v, 0.3);
    expect(value).toBe(refValue);
    [...gv, gx].forEach((g, k) => {
      const ref = [...refV, refX][k]!;
      expect(Math.abs(g - ref)).toBeLessThanOrEqual(8 * Number.EPSILON * Math.abs(ref));
    });
    const h = 1e-6;
    expect(gx).toBeCloseTo((carried(v, 0.3 + h) - carried(v, 0.3 - h)) / (2 * h), 6);
  });
});
