// SPEC §5: every seed's numbers, computed with the runtime's functions called by hand (the
// transformer's tests repeat them with plain operators). Values are compared exactly where
// the seed's arithmetic is reproduced operation for operation, and to a few ulps where the
// seed's own numbers came from a differently ordered computation.
import { describe, expect, it } from "vitest";
import {
  Tape, add, cos, derivative, div, exp, grad, log, mul, neg, numericalGrad, pipe, pow, sigmoid, sin, sqrt, square,
  trace, valueAndGrad, vjp,
} from "./helpers.js";

/** Within `ulps` units in the last place of `expected`. */
const ulpClose = (actual: number, expected: number, ulps = 4) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(ulps * Number.EPSILON * Math.abs(expected));

describe("seed 000: backprop combinators", () => {
  it("pipe(square, exp, square) at 0.5", () => {
    const [value, gradient] = valueAndGrad(pipe(square, exp, square))(0.5);
    expect(value).toBe(1.648721270700128);
    expect(gradient).toBe(3.297442541400256);
  });
});

describe("seed 001: forward and reverse mode with expression graphs", () => {
  it("forward: f1(f2(x), f3(x)) at 1", () => {
    const f1 = (x: number, y: number) => add(add(mul(3, square(x)), mul(mul(5, x), y)), mul(4, square(y)));
    const f = (x: number) => f1(sin(x), add(sqrt(x), exp(x)));
    expect(derivative(f)(1)).toBe(122.04515814026486);
  });

  const f1 = (x: number, y: number) => add(sin(mul(Math.PI, x)), cos(mul(Math.PI, y)));
  const f2 = (x: number, y: number) => pow(x, y);
  const f = (x1: number, x2: number) => f1(f2(x1, f2(x2, x1)), log(x1));

  it("reverse: f1(f2(x1, f2(x2, x1)), f3(x1)) at (2, 3)", () => {
    const [value, [g1, g2]] = valueAndGrad(f)(2, 3);
    expect(value).toBe(-0.5702332487689403);
    expect(g1).toBe(18260.762731189883);
    expect(g2).toBe(6689.544469412665);
  });

  it("the three path products from f1 to x1 in the traced graph", () => {
    const g = trace(f, 2, 3);
    // Edge weights from the graph's values: ∂f1/∂x = π cos(πa), ∂f1/∂y = -π sin(πc),
    // ∂(xʸ)/∂x = y·xʸ/x, ∂(xʸ)/∂y = xʸ ln x, ∂ln x/∂x = 1/x.
    const value = (op: string, k = 0) => g.nodes.filter((n) => n.op === op)[k].value;
    const [inner, outer] = [value("pow", 0), value("pow", 1)]; // 3² = 9, 2⁹ = 512
    expect([inner, outer]).toEqual([9, 512]);
    const dfdx = Math.PI * Math.cos(Math.PI * outer);
    const dfdy = -Math.PI * Math.sin(Math.PI * value("log"));
    const paths = [dfdx * ((inner * outer) / 2), dfdx * (outer * Math.log(2)) * (inner * Math.log(3)), dfdy * (1 / 2)];
    ulpClose(paths[0], 7238.229473870883);
    ulpClose(paths[1], 11023.823639532817);
    ulpClose(paths[2], -1.2903822138143053);
    ulpClose(paths[0] + paths[1] + paths[2], 18260.762731189883);
  });

  it("appendix: f1(f2(x1,x2), f3(x1,x2)) at (2, 3)", () => {
    const g = grad((x1: number, x2: number) =>
      mul(div(cos(mul(Math.PI, x1)), sin(x1)), div(log(x1), x2)),
    )(2, 3);
    // The seed printed these with sympy's 15 significant digits.
    expect(g[0]).toBeCloseTo(0.29958076032382, 14);
    expect(g[1]).toBeCloseTo(-0.0846987477622259, 15);
  });
});

describe("seed 002: Wengert-list VJP", () => {
  const f = (x0: number, x1: number) => mul(sin(x0), add(x0, x1));
  it("with vjp", () => {
    const [value, pullback] = vjp(f, 0.6, 1.4);
    expect(value).toBe(1.1292849467900707);
    expect(pullback(1)).toEqual([2.215313703214392, 0.5646424733950354]);
  });
  it("as a traced graph", () => {
    const [value, gradient] = trace(f, 0.6, 1.4).valueAndGrad(0.6, 1.4);
    expect(value).toBe(1.1292849467900707);
    expect(gradient).toEqual([2.215313703214392, 0.5646424733950354]);
  });
});

describe("seed 003: object-graph backprop", () => {
  const args = [2, -3, -1, -2, -3] as const;
  const expected = [-0.19661193324148185, -0.3932238664829637, 0.3932238664829637, -0.5898357997244456, 0.19661193324148185];
  it("sigmoid neuron, with typegrad's sigmoid (partial y(1-y))", () => {
    const [value, g] = valueAndGrad((w1: number, w2: number, x1: number, x2: number, b: number) =>
      sigmoid(add(add(mul(w1, x1), mul(w2, x2)), b)),
    )(...args);
    expect(value).toBe(0.7310585786300049);
    expect(g).toEqual(expected);
  });
  it("sigmoid neuron written out as 1/(1+exp(-z)), as the seed builds it", () => {
    const [value, g] = valueAndGrad((w1: number, w2: number, x1: number, x2: number, b: number) =>
      div(1, add(1, exp(neg(add(add(mul(w1, x1), mul(w2, x2)), b))))),
    )(...args);
    expect(value).toBe(0.7310585786300049);
    g.forEach((v, k) => ulpClose(v, expected[k]));
  });
  it("w·x1 + w·x2: the seed's bug does not exist", () => {
    expect(valueAndGrad((w: number, x1: number, x2: number) => add(mul(w, x1), mul(w, x2)))(5, 1, 2)).toEqual([15, [3, 5, 5]]);
  });
});

describe("seed 004: DeZero", () => {
  it("tape gradient and central difference", () => {
    const tape = new Tape();
    const x = tape.variable(0.5);
    const y = square(exp(square(x)));
    expect(tape.gradient(y, x)).toBe(3.297442541400256);
    const numeric = numericalGrad((x: number) => square(exp(square(x))), 0.5);
    expect(numeric).toBe(3.2974426293330694);
  });
});
