/**
 * debugNans: the first operation whose value or derivative becomes NaN throws, naming the
 * operation and this file's line where it ran — in forward mode, on the tape (recording and
 * sweep) and in graph replay. Expected lines are found by markers in this file's own text.
 */
import { afterEach, describe, expect, it } from "vitest";
import { debugNans, derivative, grad, jvp, log, mul, sqrt, sub, trace, valueAndGrad, Tape } from "./helpers.js";
import { errorMessage, markerLine } from "../markers.js";

/** `nans.test.ts:<line>` of the line holding `// <marker>`. */
const at = (marker: string): RegExp => markerLine(import.meta.url, marker);
const message = errorMessage;

afterEach(() => debugNans(false));

describe("debugNans", () => {
  const valueNan = (x: number) => {
    const y = sub(x, 2);
    return mul(sqrt(y), x); // value-nan
  };
  const derivativeNan = (x: number) => {
    const z = mul(x, 0);
    return mul(sqrt(z), 0); // derivative-nan
  };

  it("is off by default: NaNs flow through", () => {
    expect(derivative(valueNan)(1)).toBeNaN();
    expect(grad(derivativeNan)(1)).toBeNaN();
  });

  it("forward mode: names the operation whose value, or whose tangent, became NaN, and the line", () => {
    debugNans(true);
    const m1 = message(() => derivative(valueNan)(1));
    expect(m1).toMatch(/debugNans: sqrt of \(-1\) made its value NaN \(forward mode\)/);
    expect(m1).toMatch(at("value-nan"));
    const m2 = message(() => jvp(derivativeNan, [1], [1]));
    expect(m2).toMatch(/sqrt of \(0\) made its derivative NaN \(forward mode\)/);
    expect(m2).toMatch(at("derivative-nan"));
  });

  it("reverse mode: a NaN value while recording, a NaN derivative in the sweep", () => {
    debugNans(true);
    const m1 = message(() => grad(valueNan)(1));
    expect(m1).toMatch(/sqrt of \(-1\) made its value NaN \(reverse mode, recording\)/);
    expect(m1).toMatch(at("value-nan"));
    // √0 has derivative ∞, and ∞·0 = NaN when the sweep passes through sqrt.
    const m2 = message(() => valueAndGrad(derivativeNan)(1));
    expect(m2).toMatch(/sqrt of \(0\) made its derivative NaN \(reverse mode, sweep\)/);
    expect(m2).toMatch(at("derivative-nan"));
  });

  it("reverse mode by hand, on a Tape", () => {
    debugNans(true);
    const tape = new Tape();
    const x = tape.variable(0);
    const y = mul(sqrt(x), 0); // tape-sweep
    expect(message(() => tape.gradient(y, x))).toMatch(at("tape-sweep"));
    expect(message(() => log(sub(x, 1)))).toMatch(/log of \(-1\) made its value NaN/);
  });

  it("graph replay: values and derivatives, with the line inside the traced function", () => {
    const g = trace(valueNan, 3);
    const h = trace(derivativeNan, 3);
    expect(g.evaluate(1)).toBeNaN(); // off: no check
    debugNans(true);
    const m1 = message(() => g.evaluate(1));
    expect(m1).toMatch(/sqrt of \(-1\) made its value NaN/);
    expect(m1).toMatch(at("value-nan"));
    const m2 = message(() => h.grad(1));
    expect(m2).toMatch(/sqrt of \(0\) made its derivative NaN/);
    expect(m2).toMatch(at("derivative-nan"));
    expect(g.evaluate(4)).toBe(Math.SQRT2 * 4); // finite replays pass
  });

  it("takes only true or false", () => {
    expect(() => debugNans("yes" as unknown as boolean)).toThrow(/debugNans takes true or false/);
  });
});
