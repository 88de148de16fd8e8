// Compiled reverse mode (reverse-code.ts): grad and valueAndGrad of a straight-line scalar
// function run compiled code on plain numbers, and give bit for bit what the tape gives.
import { describe, expect, it } from "vitest";
import { grad, sigmoid, valueAndGrad } from "typegrad";

const W = 0.75;
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

// Calling another program function is outside the compiled language: these take the tape.
const tape1 = (x0: number, x1: number) => f1(x0, x1);
const tape4 = (x: number) => f4(x);
const tapeNeuron = (w1: number, w2: number, x1: number, x2: number, b: number) => neuron(w1, w2, x1, x2, b);
const tapeEarly = (x: number) => early(x);

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
      same(valueAndGrad(f1)(x, 1.4), valueAndGrad(tape1)(x, 1.4));
      same(valueAndGrad(f4)(x), valueAndGrad(tape4)(x));
      same(valueAndGrad(early)(x + 3), valueAndGrad(tapeEarly)(x + 3));
      const args = [2, -3, x, -2, -3] as const;
      same(valueAndGrad(neuron)(...args), valueAndGrad(tapeNeuron)(...args));
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
