// Compiled vector code (jacfwd, jacrev, jacobian, vjp, jvp) of functions whose parameters are
// matrices (`number[][]`, `Float64Array[]`) or plain objects of numbers, arrays and matrices
// (compiler/parameters.ts kinds "m", "{w:a,b:n}"; runtime/compiled-vector.ts). Each Jacobian is
// compared with the tape's (same layout and kinds of arrays, 1e-13 relative) and with central
// differences; arguments the code does not take get the tape's answer or error.
import { describe, expect, it } from "vitest";
import { jacfwd, jacobian, jacrev, jvp, vjp } from "typegrad";
import { onTape } from "./tape-reference.js";
import { attachedCode, jvpCodeRuns, vectorCodeRuns } from "../runtime/attached-code.js";

// ---- functions under test ---------------------------------------------------------------------

/** A layer's outputs tanh(W·x + b), weights as rows. */
function layerOut(W: number[][], b: number[], x: number[]): number[] {
  const out = new Array<number>(W.length);
  for (let i = 0; i < W.length; i++) {
    let z = b[i];
    for (let j = 0; j < x.length; j++) z += W[i][j] * x[j];
    out[i] = Math.tanh(z);
  }
  return out;
}

type Params = { w: number[]; b: number };
/** Two outputs of one object parameter, read through its fields. */
const fit = (p: Params, x: number[]): number[] => {
  let z = p.b;
  for (let j = 0; j < x.length; j++) z += p.w[j] * x[j];
  return [z * z, Math.exp(-z) * p.b];
};

/** Nested objects with a matrix field and a number result per row, by map over the rows. */
type Net = { l1: { W: number[][]; b: number[] }; scale: number };
function rowsOut(net: Net, x: number[]): number[] {
  return net.l1.W.map((row, i) => {
    let s = net.l1.b[i];
    for (let j = 0; j < row.length; j++) s += row[j] * x[j];
    return net.scale * Math.sin(s);
  });
}

/** One number of a matrix parameter (a vector code's number result: a gradient-shaped Jacobian). */
function frob(W: Float64Array[]): number {
  let s = 0;
  for (const row of W) for (let j = 0; j < row.length; j++) s += row[j] * row[j] * row[j];
  return s;
}

// ---- references -----------------------------------------------------------------------------

/** Same tree shape, the same kinds of containers (number[] vs Float64Array, key order), numbers to 1e-13 relative. */
function agree(actual: unknown, expected: unknown, path = ""): void {
  if (typeof expected === "number") {
    expect(typeof actual, path).toBe("number");
    expect(Math.abs((actual as number) - expected), `${path}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(expected)));
    return;
  }
  if (expected instanceof Float64Array) {
    expect(actual, path).toBeInstanceOf(Float64Array);
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
  } else {
    expect(Object.getPrototypeOf(actual), path).toBe(Object.prototype);
    expect(Object.keys(actual as object), path).toEqual(Object.keys(expected as object));
    for (const key of Object.keys(expected as object)) agree((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key], `${path}.${key}`);
    return;
  }
  const a = actual as ArrayLike<unknown>, e = expected as ArrayLike<unknown>;
  expect(a.length, path).toBe(e.length);
  for (let k = 0; k < e.length; k++) agree(a[k], e[k], `${path}[${k}]`);
}

/** Every number leaf of `x`, in `split`'s order (rows in turn, an object's keys in its own order). */
const leaves = (x: unknown): number[] => (typeof x === "number" ? [x]
  : x instanceof Float64Array || Array.isArray(x) ? Array.from(x as ArrayLike<unknown>).flatMap(leaves) : Object.values(x as object).flatMap(leaves));

/** `x` with its number leaves replaced by `values` in order (containers of the same kinds). */
function rebuilt(x: unknown, values: number[], at = { k: 0 }): unknown {
  if (typeof x === "number") return values[at.k++];
  if (x instanceof Float64Array) return Float64Array.from(x, () => values[at.k++]!);
  if (Array.isArray(x)) return x.map((e) => rebuilt(e, values, at));
  return Object.fromEntries(Object.entries(x as object).map(([key, v]) => [key, rebuilt(v, values, at)]));
}

/**
 * Central differences of every output number of `f` in every number of argument `k`: entry
 * [i][j] is ∂ output i / ∂ input number j, both in `split`'s order.
 */
function central(f: (...a: never[]) => unknown, args: unknown[], k: number, h = 1e-6): number[][] {
  const base = leaves(args[k]);
  const run = (v: number[]) => leaves((f as (...a: unknown[]) => unknown)(...args.map((a, m) => (m === k ? rebuilt(a, v) : a))));
  const columns = base.map((_, j) => {
    const up = base.slice(), down = base.slice();
    up[j]! += h;
    down[j]! -= h;
    const [u, d] = [run(up), run(down)];
    return u.map((v, i) => (v - d[i]!) / (2 * h));
  });
  return columns[0]!.map((_, i) => columns.map((c) => c[i]!));
}

/** The numbers of a Jacobian block, row by row, close to central differences (1e-6). */
function nearly(block: unknown, expected: number[][]): void {
  const flat = leaves(block), e = expected.flat();
  expect(flat.length).toBe(e.length);
  flat.forEach((v, i) => expect(Math.abs(v - e[i]!)).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(e[i]!))));
}

// ---- data -----------------------------------------------------------------------------------

/** Deterministic numbers in (-1, 1). */
function numbers(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return (s / 2 ** 32) * 2 - 1;
  };
}
const matrix = (r: () => number, rows: number, cols: number): number[][] => Array.from({ length: rows }, () => Array.from({ length: cols }, r));

describe("vector code of a number[][] parameter", () => {
  it("gives the tape's Jacobians (jacfwd, jacrev, jacobian) and vjp", () => {
    const r = numbers(1);
    const args = [matrix(r, 3, 2), [r(), r(), r()], [r(), r()]] as const;
    const all = [0, 1, 2] as const;
    const fwd = jacfwd(layerOut, { argnums: all })(...args);
    const rev = jacrev(layerOut, { argnums: all })(...args);
    const both = jacobian(layerOut, { argnums: all })(...args);
    const expected = onTape(() => jacrev(layerOut, { argnums: all })(...args));
    agree(fwd, expected);
    agree(rev, expected);
    agree(both, expected);
    agree(onTape(() => jacfwd(layerOut, { argnums: all })(...args)), expected);
    for (const k of all) nearly(expected[k], central(layerOut as never, [...args], k));
    agree(jacrev(layerOut)(...args), onTape(() => jacrev(layerOut)(...args)));
    const [value, back] = vjp(layerOut, ...args);
    const [tv, tb] = onTape(() => vjp(layerOut, ...args));
    agree(value, tv);
    agree(back([1, -2, 0.5]), tb([1, -2, 0.5]));
    // passed as a value (to `central` above), it carries the same code
    expect(attachedCode(layerOut)).toEqual(["vector forward", "vector reverse"]);
    expect(vectorCodeRuns(layerOut, [...args])).toEqual({ jacfwd: true, jacrev: true, vjp: true });
    // Float64Array rows fit too
    expect(vectorCodeRuns(layerOut, [args[0].map((row) => Float64Array.from(row)), args[1], Float64Array.from(args[2])])).toEqual({ jacfwd: true, jacrev: true, vjp: true });
  });
});

describe("vector code of object parameters", () => {
  it("gives the tape's Jacobians of a { w, b } parameter, split by its keys", () => {
    for (const seed of [2, 3]) {
      const r = numbers(seed);
      const p: Params = { w: [r(), r(), r()], b: r() };
      const x = [r(), r(), r()];
      const expected = onTape(() => jacrev(fit, { argnums: [0, 1] })(p, x));
      agree(jacfwd(fit, { argnums: [0, 1] })(p, x), expected);
      agree(jacrev(fit, { argnums: [0, 1] })(p, x), expected);
      agree(jacobian(fit, { argnums: [0, 1] })(p, x), expected);
      agree(jacfwd(fit)(p, x), onTape(() => jacfwd(fit)(p, x)));
      // the block of p is an object of blocks: { w: 2×3, b: 2 }
      expect(Object.keys(expected[0])).toEqual(["w", "b"]);
      expect(expected[0].b.length).toBe(2);
      // an object's block is an object of blocks, each output by the field's numbers
      const dp = central(fit as never, [p, x], 0);
      nearly(expected[0].w, dp.map((row) => row.slice(0, 3)));
      nearly(expected[0].b, dp.map((row) => row.slice(3)));
      nearly(expected[1], central(fit as never, [p, x], 1));
      expect(vectorCodeRuns(fit, [p, x])).toEqual({ jacfwd: true, jacrev: true, vjp: true });
      const [value, back] = vjp(fit, p, x);
      const [tv, tb] = onTape(() => vjp(fit, p, x));
      agree(value, tv);
      agree(back([0.5, -1.5]), tb([0.5, -1.5]));
    }
  });

  it("keeps the argument's key order and array kinds", () => {
    const p = { b: -0.4, w: new Float64Array([1.5, 0.25]) } as unknown as Params;
    const x = [0.3, -0.2];
    const expected = onTape(() => jacfwd(fit)(p, x));
    const J = jacfwd(fit)(p, x);
    agree(J, expected);
    expect(Object.keys(J[0])).toEqual(["b", "w"]);
    agree(jacrev(fit)(p, x), onTape(() => jacrev(fit)(p, x)));
    agree(vjp(fit, p, x)[1]([1, 1]), onTape(() => vjp(fit, p, x)[1]([1, 1])));
  });

  it("takes nested objects with a matrix field, the result built by map over its rows", () => {
    const r = numbers(5);
    const net: Net = { l1: { W: matrix(r, 4, 3), b: [r(), r(), r(), r()] }, scale: 1.25 };
    const x = [r(), r(), r()];
    const expected = onTape(() => jacrev(rowsOut, { argnums: [0, 1] })(net, x));
    agree(jacfwd(rowsOut, { argnums: [0, 1] })(net, x), expected);
    agree(jacrev(rowsOut, { argnums: [0, 1] })(net, x), expected);
    agree(jacobian(rowsOut, { argnums: [0, 1] })(net, x), expected);
    const dn = central(rowsOut as never, [net, x], 0);
    nearly(expected[0].l1.W, dn.map((row) => row.slice(0, 12)));
    nearly(expected[0].l1.b, dn.map((row) => row.slice(12, 16)));
    nearly(expected[0].scale, dn.map((row) => row.slice(16)));
    nearly(expected[1], central(rowsOut as never, [net, x], 1));
    expect(vectorCodeRuns(rowsOut, [net, x])).toEqual({ jacfwd: true, jacrev: true, vjp: true });
    const [value, back] = vjp(rowsOut, net, x);
    agree(value, onTape(() => vjp(rowsOut, net, x))[0]);
    agree(back([1, 2, 3, 4]), onTape(() => vjp(rowsOut, net, x))[1]([1, 2, 3, 4]));
  });

  it("runs the tape for arguments the code does not take, with its answer or error", () => {
    const p = { w: [0.3, -0.7], b: 0.2, extra: 4 } as Params;
    const x = [1, 2];
    agree(jacfwd(fit)(p, x), onTape(() => jacfwd(fit)(p, x)));
    agree(jacrev(fit)(p, x), onTape(() => jacrev(fit)(p, x)));
    expect(vectorCodeRuns(fit, [p, x])).toEqual({ jacfwd: false, jacrev: false, vjp: false });
    const bad = { w: [1, 2], b: "0" } as unknown as Params;
    const message = (work: () => unknown): string => {
      try {
        work();
      } catch (error) {
        return (error as Error).message;
      }
      return "no error";
    };
    expect(message(() => jacrev(fit)(bad, x))).toBe(message(() => onTape(() => jacrev(fit)(bad, x))));
    expect(message(() => jacfwd(fit)(bad, x))).toMatch(/must be a number/);
  });
});

describe("vector code of a Float64Array[] parameter with a number result", () => {
  it("gives a Jacobian shaped like the argument (rows kept Float64Arrays)", () => {
    const r = numbers(9);
    const W = Array.from({ length: 3 }, () => Float64Array.from({ length: 2 }, r));
    const expected = onTape(() => jacrev(frob)(W));
    agree(jacfwd(frob)(W), onTape(() => jacfwd(frob)(W)));
    agree(jacrev(frob)(W), expected);
    agree(jacobian(frob)(W), onTape(() => jacobian(frob)(W)));
    // closed form: 3·W[i][j]²
    nearly(expected, W.map((row) => Array.from(row, (v) => 3 * v * v)));
    nearly(expected, central(frob as never, [W], 0));
    expect(vectorCodeRuns(frob, [W])).toEqual({ jacfwd: true, jacrev: true, vjp: true });
  });
});

/** Σ output·weight: a number from the numbers of `y` (to compare a jvp's tangent with a directional central difference). */
const along = (f: (...a: never[]) => unknown, args: unknown[], dirs: unknown[], h = 1e-6): number[] => {
  const moved = (d: number) => args.map((a, k) => rebuilt(a, leaves(a).map((v, i) => v + d * leaves(dirs[k])[i]!)));
  const [u, w] = [leaves((f as (...a: unknown[]) => unknown)(...moved(h))), leaves((f as (...a: unknown[]) => unknown)(...moved(-h)))];
  return u.map((v, i) => (v - w[i]!) / (2 * h));
};

/** The Duals' jvp: the same call with compiled code turned off. */
const onDuals = <T>(work: () => T): T => onTape(work);

describe("jvp of functions of arrays, matrices and objects", () => {
  it("runs the vector forward code with the tangents given: = the Duals to 1e-13, = central differences", () => {
    const r = numbers(13);
    const W = matrix(r, 3, 2), b = [r(), r(), r()], x = [r(), r()];
    const dW = matrix(r, 3, 2), db = [r(), r(), r()], dx = [r(), r()];
    const [y, t] = jvp(layerOut, [W, b, x], [dW, db, dx]);
    const [ey, et] = onDuals(() => jvp(layerOut, [W, b, x], [dW, db, dx]));
    agree(y, ey);
    agree(t, et);
    nearly(t, [along(layerOut as never, [W, b, x], [dW, db, dx])]);
    expect(jvpCodeRuns(layerOut, [W, b, x], [dW, db, dx])).toBe(true);
    const p: Params = { w: [r(), r()], b: r() }, dp: Params = { w: [r(), r()], b: r() };
    const [fy, ft] = jvp(fit, [p, x], [dp, dx]);
    const [efy, eft] = onDuals(() => jvp(fit, [p, x], [dp, dx]));
    agree(fy, efy);
    agree(ft, eft);
    nearly(ft, [along(fit as never, [p, x], [dp, dx])]);
    expect(jvpCodeRuns(fit, [p, x], [dp, dx])).toBe(true);
    // a number result
    const Wt = [Float64Array.from([0.5, -1]), Float64Array.from([2, 0.25])], dWt = [Float64Array.from([1, 0]), Float64Array.from([0, -1])];
    const [sy, st] = jvp(frob, [Wt], [dWt]);
    expect(typeof sy).toBe("number");
    agree([sy, st], onDuals(() => jvp(frob, [Wt], [dWt])));
    // closed form: Σ 3·W²·dW
    expect(st).toBeCloseTo(3 * 0.25 * 1 + 3 * 0.0625 * -1, 13);
    expect(jvpCodeRuns(frob, [Wt], [dWt])).toBe(true);
  });

  it("gives the Duals' answer or error for tangents shaped unlike the primals", () => {
    const x = [0.5, -0.25];
    const p: Params = { w: [1, 2], b: 0.5 };
    const message = (work: () => unknown): string => {
      try {
        work();
        return "no error";
      } catch (error) {
        return (error as Error).message;
      }
    };
    for (const dp of [{ w: [1], b: 0 }, { w: [1, 2] }, { w: [1, 2], b: "1" }] as unknown as Params[]) {
      expect(message(() => jvp(fit, [p, x], [dp, x]))).toBe(message(() => onDuals(() => jvp(fit, [p, x], [dp, x]))));
    }
    // an object with another key order: the Duals pair its numbers in order, as they are
    const swapped = { b: 1, w: [0, 1] } as unknown as Params;
    agree(jvp(fit, [p, x], [swapped, x]), onDuals(() => jvp(fit, [p, x], [swapped, x])));
  });
});
