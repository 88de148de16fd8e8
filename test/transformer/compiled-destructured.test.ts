// Compiled reverse code of a function whose parameter is destructured where it is declared
// (`({ rate, mode }: Options, x: number[])`) when the call's `argnums` leaves that parameter
// out: its fields are data to the code (numbers read as they are, strings and booleans only
// compared, arrays read by index), as for a named parameter left out (compiler/parameters.ts).
// Gradients are compared with the runtime's (compiled code off) to 1e-13 and with central
// differences, and the code taken is the one reading the parameter as data.
import { describe, expect, it } from "vitest";
import { debugNans, grad, valueAndGrad } from "typegrad";
import { reverseKinds } from "../runtime/attached-code.js";

type Options = { rate: number; mode: string; squared: boolean };
/** A scaled sum of squares (or of |x|), doubled in one mode; the options destructured, a field renamed. */
function scaled(x: number[], { rate, mode: kind, squared }: Options): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += rate * (squared ? x[i] * x[i] : Math.abs(x[i]));
  return kind === "double" ? 2 * s : s;
}

type Data = { X: number[][]; y: number[] };
/** Least squares over data destructured where it is declared, the weights first. */
function fit(w: number[], { X, y }: Data): number {
  let s = 0;
  for (let i = 0; i < X.length; i++) {
    let z = 0;
    for (let j = 0; j < w.length; j++) z += X[i][j] * w[j];
    s += (z - y[i]) ** 2;
  }
  return s / X.length;
}

type P = { w: number[]; b: number };
/** Parameters of numbers and arrays destructured but left out: the gradient is x's only. */
function affine({ w, b }: P, x: number[]): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += Math.tanh(w[i] * x[i] + b);
  return s;
}

/** A helper whose parameters are destructured, inlined: given an object parameter, a record written in place, module data. */
const OPTIONS: Options = { rate: 2, mode: "double", squared: true };
function term({ w, b }: P, x: number[], { rate, squared }: Options): number {
  let s = b;
  for (let i = 0; i < w.length; i++) s += rate * (squared ? w[i] * x[i] * x[i] : w[i] * x[i]);
  return s;
}
function viaHelpers(p: P, x: number[]): number {
  return term(p, x, OPTIONS) * term(p, x, { rate: 0.5, mode: "single", squared: false });
}

/** The runtime's answer: every compiled code off (debugNans turns the compiled paths off). */
const onRuntime = <T>(work: () => T): T => {
  debugNans(true);
  try {
    return work();
  } finally {
    debugNans(false);
  }
};

/** Numbers to 1e-13 relative, same lengths. */
function agree(actual: ArrayLike<number>, expected: ArrayLike<number>): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(expected[i]!)));
}

/** ∂f/∂x by central differences, the other argument held. */
function central(f: (x: number[]) => number, x: number[], h = 1e-6): number[] {
  return x.map((_, i) => {
    const up = x.slice(), down = x.slice();
    up[i]! += h;
    down[i]! -= h;
    return (f(up) - f(down)) / (2 * h);
  });
}
const near = (actual: number[], expected: number[]): void =>
  actual.forEach((v, i) => expect(Math.abs(v - expected[i]!)).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(expected[i]!))));

describe("a destructured parameter left out of argnums", () => {
  it("reads numbers, strings and booleans as data", () => {
    const x = [0.5, -1.25, 2];
    for (const o of [{ rate: 0.5, mode: "double", squared: true }, { rate: 1.5, mode: "single", squared: false }]) {
      const g = grad(scaled, { argnums: 0 })(x, o);
      agree(g, onRuntime(() => grad(scaled, { argnums: 0 })(x, o)));
      near(g, central((v) => scaled(v, o), x));
      // closed form: rate · (2x or sign x) · (2 in "double")
      const factor = o.rate * (o.mode === "double" ? 2 : 1);
      agree(g, x.map((v) => factor * (o.squared ? 2 * v : Math.sign(v))));
      const [value, g2] = valueAndGrad(scaled, { argnums: 0 })(x, o);
      expect(value).toBe(onRuntime(() => scaled(x, o)));
      agree(g2, g);
    }
    expect(reverseKinds(scaled, [0]).taken).toBe("a{rate:N,mode:W,squared:W}");
  });

  it("reads arrays of rows and numbers as data (X, y) and gives the weights' gradient", () => {
    const data: Data = { X: [[1, 2], [0.5, -1], [3, 0.25]], y: [1, -0.5, 2] };
    const w = [0.3, -0.2];
    const g = grad(fit, { argnums: 0 })(w, data);
    agree(g, onRuntime(() => grad(fit, { argnums: 0 })(w, data)));
    near(g, central((v) => fit(v, data), w));
    expect(reverseKinds(fit, [0]).taken).toBe("a{X:D,y:D}");
  });

  it("leaves parameters of numbers and arrays out too, computing no gradient for them", () => {
    const p: P = { w: [0.5, -0.3, 0.8], b: 0.1 };
    const x = [1, 2, -1];
    const g = grad(affine, { argnums: 1 })(p, x);
    agree(g, onRuntime(() => grad(affine, { argnums: 1 })(p, x)));
    near(g, central((v) => affine(p, v), x));
    expect(reverseKinds(affine, [1]).taken).toBe("{w:D,b:N}a");
    // asked for, the same parameter is differentiated (other code, or the tape)
    const all = grad(affine)(p, x);
    const expected = onRuntime(() => grad(affine)(p, x));
    agree(all[0].w, expected[0].w);
    expect(Math.abs(all[0].b - expected[0].b)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(expected[0].b)));
  });

  it("gives the runtime's errors for data of the wrong kind", () => {
    const x = [0.5, 1];
    const message = (work: () => unknown): string => {
      try {
        work();
        return "no error";
      } catch (error) {
        return (error as Error).message;
      }
    };
    const bad = { rate: "2", mode: "double", squared: true } as unknown as Options;
    expect(message(() => grad(scaled, { argnums: 0 })(x, bad))).toBe(message(() => onRuntime(() => grad(scaled, { argnums: 0 })(x, bad))));
    const ragged = { X: [[1, 2], [3]], y: [1, 2] };
    expect(message(() => grad(fit, { argnums: 0 })([1, 1], ragged))).toBe(message(() => onRuntime(() => grad(fit, { argnums: 0 })([1, 1], ragged))));
  });
});

describe("a helper with destructured parameters, inlined", () => {
  it("names the fields of the object parameter, a record written in place and module data", () => {
    const p: P = { w: [0.5, -0.3, 0.8], b: 0.1 };
    const x = [1, 2, -1];
    const g = grad(viaHelpers)(p, x);
    const expected = onRuntime(() => grad(viaHelpers)(p, x));
    agree(g[0].w, expected[0].w);
    agree([g[0].b], [expected[0].b]);
    agree(g[1], expected[1]);
    near(g[1], central((v) => viaHelpers(p, v), x));
    expect(reverseKinds(viaHelpers).taken).toBe("{w:a,b:n}a");
  });
});
