// The transform API as a JAX user writes it, in plain operators through the Vite plugin:
// argnums, hasAux, Jacobians and Hessians of several arguments, linearize, stopGradient,
// checkpoint — against closed forms and central differences, with options routed to the
// compiled modes or to the runtime, and the same numbers either way.
import { describe, expect, it } from "vitest";
import {
  checkpoint, defineFunction, derivative, grad, hessian, hvp, jacfwd, jacobian, jacrev, jvp, linearize, numericalGrad, stopGradient,
  valueAndGrad, vjp,
} from "typegrad";
import { centralGrad, expectClose } from "../numeric.js";

// A model written as a JAX user would: parameters, a bias, data. Compiled reverse mode takes it
// (arrays, a counted loop); `viaHelper` calls a program function, so it runs on the tape.
const loss = (w: number[], b: number, x: number[]): number => {
  let s = b;
  for (let i = 0; i < w.length; i++) s += w[i] * x[i];
  return Math.tanh(s) ** 2;
};
const viaHelper = (w: number[], b: number, x: number[]): number => loss(w, b, x);
const W = [0.3, -0.7, 1.1], B = 0.2, X = [1.5, 0.5, -0.25];
const s0 = B + W[0] * X[0] + W[1] * X[1] + W[2] * X[2];
const dS = 2 * Math.tanh(s0) * (1 - Math.tanh(s0) ** 2); // d/ds tanh(s)²

/** Equal to the bit (Object.is on every number). */
const leaves = (x: unknown): unknown[] => (Array.isArray(x) ? x.flatMap(leaves) : x instanceof Float64Array ? Array.from(x) : [x]);
const same = (a: unknown, b: unknown) => {
  const [p, q] = [leaves(a), leaves(b)];
  expect(p.length).toBe(q.length);
  p.forEach((v, k) => expect(Object.is(v, q[k]), `${String(v)} vs ${String(q[k])}`).toBe(true));
};

describe("argnums and hasAux, compiled and on the tape", () => {
  it("grad of one argument is shaped like it; a list gives a tuple", () => {
    expectClose(grad(loss, { argnums: 0 })(W, B, X), X.map((x) => dS * x), 1e-12);
    expectClose(grad(viaHelper, { argnums: 0 })(W, B, X), X.map((x) => dS * x), 1e-12);
    expectClose(grad(loss, { argnums: 1 })(W, B, X), dS, 1e-12);
    expectClose(grad(viaHelper, { argnums: 1 })(W, B, X), dS, 1e-12);
    const [gw, gx] = grad(loss, { argnums: [0, 2] })(W, B, X);
    expectClose(gw, X.map((x) => dS * x), 1e-12);
    expectClose(gx, W.map((w) => dS * w), 1e-12);
    const [hw, hx] = grad(viaHelper, { argnums: [0, 2] })(W, B, X);
    same([hw, hx], [gw, gx]);
  });

  it("the compiled code and the tape give the same numbers with options", () => {
    same(valueAndGrad(loss, { argnums: [2, 1] })(W, B, X), valueAndGrad(viaHelper, { argnums: [2, 1] })(W, B, X));
    same(valueAndGrad(loss, { argnums: 1 })(W, B, X), valueAndGrad(viaHelper, { argnums: 1 })(W, B, X));
    same(valueAndGrad(loss)(W, B, X), valueAndGrad(viaHelper)(W, B, X));
  });

  it("valueAndGrad reports the value as written, bit for bit", () => {
    const [v, g] = valueAndGrad(loss, { argnums: 1 })(W, B, X);
    expect(Object.is(v, loss(W, B, X))).toBe(true);
    expectClose(g, centralGrad((b) => loss(W, b, X), [B])[0]!, 1e-7);
  });

  it("hasAux: a loss with metrics, aux untouched", () => {
    const withMetrics = (w: number[], b: number, x: number[]) => {
      const l = loss(w, b, x);
      return [l, { loss: l, note: `b=${b}`, n: w.length }] as const;
    };
    const [g, metrics] = grad(withMetrics, { hasAux: true, argnums: 0 })(W, B, X);
    expectClose(g, X.map((x) => dS * x), 1e-12);
    expect(metrics).toEqual({ loss: loss(W, B, X), note: `b=${B}`, n: 3 });
    const [[value, aux], gb] = valueAndGrad(withMetrics, { hasAux: true, argnums: 1 })(W, B, X);
    expect(Object.is(value, loss(W, B, X))).toBe(true);
    expect(aux.n).toBe(3);
    expectClose(gb, dS, 1e-12);
  });

  it("forward mode with options falls back to the runtime and agrees with the compiled path", () => {
    const g = (x: number, y: number): number => Math.sin(x) * y + x * x;
    expectClose(derivative(g, { argnums: 1 })(0.5, 2), Math.sin(0.5), 1e-15);
    const [dx, dy] = derivative(g)(0.5, 2);
    expectClose([dx, dy], [Math.cos(0.5) * 2 + 1, Math.sin(0.5)], 1e-15);
    const [v, t] = jvp(g, [0.5, 2], [1], { argnums: 0 });
    same([v, t], jvp(g, [0.5, 2], [1, 0]));
    const [d, aux] = derivative((x: number) => [x ** 3, "cubed"] as const, { hasAux: true })(2);
    expect([d, aux]).toEqual([12, "cubed"]);
    same(derivative((x: number) => x ** 3)(2), 12);
  });
});

describe("Jacobians and Hessians of several arguments", () => {
  it("jacfwd, jacrev, jacobian: one block per argument", () => {
    const F = (x: number[], s: number) => [s * x[0] * x[1], Math.sin(x[0]) + s];
    for (const jac of [jacfwd, jacrev, jacobian]) {
      const [Jx, Js] = jac(F)([0.7, -1.3], 2.5);
      expectClose(Jx.flat(), [2.5 * -1.3, 2.5 * 0.7, Math.cos(0.7), 0], 1e-14);
      expectClose(Js, [0.7 * -1.3, 1], 1e-14);
    }
  });

  it("hessian of several numbers is their matrix; of a function with aux, [H, aux]", () => {
    const h = (x: number, y: number) => x * x * y + Math.exp(x * y);
    const e = Math.exp(0.3 * -0.8);
    const H = hessian(h)(0.3, -0.8);
    expectClose(H.flat(), [-1.6 + 0.64 * e, 0.6 + e - 0.24 * e, 0.6 + e - 0.24 * e, 0.09 * e], 1e-13);
    const [H2, aux] = hessian((v: number[]) => [v[0] * v[0] * v[1], { at: v[0] }] as const, { hasAux: true })([1, 2]);
    expect(H2).toEqual([[4, 2], [2, 0]]);
    expect(aux).toEqual({ at: 1 });
    expectClose(hvp(h, [0.3, -0.8], [1, 0], { argnums: [0, 1] }), [H[0][0], H[1][0]], 1e-14);
  });

  it("grad with argnums inside jacfwd against central differences", () => {
    const f = (a: number, b: number) => Math.sin(a * b) + a * a;
    const row = jacfwd((v: number[]) => grad(f, { argnums: 1 })(v[0], v[1]))([0.4, 1.1]);
    const fd = centralGrad((a, b) => Math.cos(a * b) * a, [0.4, 1.1]);
    expectClose(row, fd, 1e-7);
  });
});

describe("linearize, stopGradient, checkpoint in plain operators", () => {
  it("linearize evaluates once; jvpAt agrees with jvp to the bit", () => {
    let calls = 0;
    const f = (x: number, y: number) => {
      calls++;
      return Math.sin(x) * y + Math.exp(x * y);
    };
    const [v, jvpAt] = linearize(f, 0.4, 1.5);
    expect(Object.is(v, Math.sin(0.4) * 1.5 + Math.exp(0.4 * 1.5))).toBe(true);
    same(jvpAt(1, 0), jvp(f, [0.4, 1.5], [1, 0])[1]);
    same(jvpAt(0.5, -2), jvp(f, [0.4, 1.5], [0.5, -2])[1]);
    expect(calls).toBe(3); // linearize once, each jvp once
  });

  it("linearize inside grad", () => {
    const g = grad((x: number) => {
      const [, jvpAt] = linearize((t: number) => Math.sin(x * t), 1);
      return jvpAt(1); // x·cos(x)
    })(0.7);
    expectClose(g, Math.cos(0.7) - 0.7 * Math.sin(0.7), 1e-14);
  });

  it("stopGradient inside differentiable code, compiled or not, and under hessian", () => {
    expect(grad((x: number) => x * stopGradient(x))(3)).toBe(3);
    expect(derivative((x: number) => x * stopGradient(x) + 1)(3)).toBe(3);
    const ema = (w: number[], target: number[]) => {
      let s = 0;
      for (let i = 0; i < w.length; i++) s += (w[i] - stopGradient(target[i] * 0.5 + w[i] * 0.5)) ** 2;
      return s;
    };
    expectClose(grad(ema, { argnums: 0 })([1, 2], [3, 0]), [2 * (1 - 2) , 2 * (2 - 1)], 1e-15);
    const H = hessian((v: number[]) => v[0] * v[0] * stopGradient(v[1]) * v[1])([1.5, 2]);
    expect(H).toEqual([[8, 6], [6, 0]]);
  });

  it("checkpoint: same values and gradients, also under hessian", () => {
    function block(y: number): number {
      for (let i = 0; i < 5; i++) y = Math.sin(y) * 0.9 + y * 0.1;
      return y;
    }
    const cp = checkpoint(block);
    const chainC = (x: number) => {
      let y = x;
      for (let k = 0; k < 10; k++) y = cp(y) + 0.01 * x;
      return y;
    };
    const chainP = (x: number) => {
      let y = x;
      for (let k = 0; k < 10; k++) y = block(y) + 0.01 * x;
      return y;
    };
    same(valueAndGrad(chainC)(0.8), valueAndGrad(chainP)(0.8));
    expectClose(grad(chainC)(0.8), numericalGrad(chainP, 0.8), 1e-7);
    const Hc = hessian((v: number[]) => cp(v[0]) * cp(v[1]))([0.3, 0.6]);
    const Hp = hessian((v: number[]) => block(v[0]) * block(v[1]))([0.3, 0.6]);
    expectClose(Hc.flat(), Hp.flat(), 1e-14);
    const [y, back] = vjp((v: number[]) => [cp(v[0]), cp(v[0] * v[1])], [0.3, 0.6]);
    expectClose(y, [block(0.3), block(0.18)], 0);
    expectClose(back([1, 0]), [grad(block)(0.3), 0], 1e-15);
  });

  it("a parameter reassigned in a loop or branch is left to the tape by compiled reverse mode (right gradient)", () => {
    function relax(y: number): number {
      for (let i = 0; i < 5; i++) y = Math.sin(y) * 0.9 + y * 0.1;
      return y;
    }
    function branchy(y: number): number {
      if (y > 0) y = y * y;
      return y * 3;
    }
    expectClose(grad(relax)(0.3), numericalGrad(relax, 0.3), 1e-8);
    same(grad(relax)(0.3), derivative(relax)(0.3));
    expect(grad(branchy)(2)).toBe(12);
    expect(grad(branchy)(-2)).toBe(3);
  });

  it("defineFunction's jvp in plain operators: forward mode uses it, to second order", () => {
    const softsign = defineFunction({
      name: "softsign",
      forward: (x: number) => x / (1 + Math.abs(x)),
      backward: (x: number[], _y: number, dy: number) => [dy / (1 + Math.abs(x[0])) ** 2],
      jvp: (x: number[], dx: number[]) => dx[0] / (1 + Math.abs(x[0])) ** 2,
    });
    expect(derivative(softsign)(0.5)).toBe(1 / 1.5 ** 2);
    expect(grad(softsign)(0.5)).toBe(1 / 1.5 ** 2);
    expectClose(derivative(derivative(softsign))(0.5), -2 / 1.5 ** 3, 1e-15);
    expectClose(derivative((x: number) => grad(softsign)(x))(-0.5), 2 / 1.5 ** 3, 1e-15);
  });

  it("options through the user's own optimiser helper (a function passed as a value)", () => {
    function sgdStep(
      objective: (w: number[], x: number[]) => readonly [number, string],
      w: number[],
      x: number[],
      rate: number,
    ): [number[], string] {
      const [g, note] = grad(objective, { argnums: 0, hasAux: true })(w, x);
      return [w.map((wi, i) => wi - rate * g[i]), note];
    }
    const quad = (w: number[], x: number[]) => [(w[0] * x[0] - 1) ** 2 + (w[1] - x[1]) ** 2, "quad"] as const;
    const [w1, note] = sgdStep(quad, [0.5, 0.5], [2, 3], 0.1);
    expect(note).toBe("quad");
    expectClose(w1, [0.5 - 0.1 * 2 * (1 - 1) * 2, 0.5 - 0.1 * 2 * (0.5 - 3)], 1e-15);
  });
});
