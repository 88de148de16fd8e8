// Jacobians and Hessians of several arguments and of any structure, with argnums and hasAux,
// against closed forms; jacfwd, jacrev and jacobian agree; nesting with grad's options.
import { describe, expect, it } from "vitest";
import {
  add, cos, exp, grad, hessian, hvp, jacfwd, jacobian, jacrev, mul, numericalGrad, sin, square,
} from "./helpers.js";

/** Deep closeness of two results of the same structure (arrays, typed arrays, objects, numbers). */
function near(actual: unknown, want: unknown, tol = 1e-13, path = "result"): void {
  if (typeof want === "number") {
    expect(typeof actual, `${path} is a number`).toBe("number");
    expect(Math.abs((actual as number) - want), `${path}: ${actual} vs ${want}`).toBeLessThanOrEqual(tol * (1 + Math.abs(want)));
  } else if (Array.isArray(want)) {
    expect(Array.isArray(actual), `${path} is an array`).toBe(true);
    expect((actual as unknown[]).length, `${path}.length`).toBe(want.length);
    want.forEach((w, k) => near((actual as unknown[])[k], w, tol, `${path}[${k}]`));
  } else {
    const keys = Object.keys(want as object);
    expect(Object.keys(actual as object), `${path} keys`).toEqual(keys);
    keys.forEach((k) => near((actual as Record<string, unknown>)[k], (want as Record<string, unknown>)[k], tol, `${path}.${k}`));
  }
}
const modes = [["jacfwd", jacfwd], ["jacrev", jacrev], ["jacobian", jacobian]] as const;

describe("Jacobians of several arguments and structures", () => {
  // F(x, s) = [s·x0·x1, sin(x0) + s]
  const F = (x: number[], s: number) => [mul(s, mul(x[0], x[1])), add(sin(x[0]), s)];
  const x = [0.7, -1.3], s = 2.5;
  const Jx = [[s * x[1], s * x[0]], [Math.cos(x[0]), 0]];
  const Js = [x[0] * x[1], 1];

  it("default: one block per argument (array argument: rows = outputs; number argument: a vector)", () => {
    for (const [name, jac] of modes) {
      const [bx, bs] = jac(F)(x, s);
      near(bx, Jx, 1e-13, name);
      near(bs, Js, 1e-13, name);
    }
  });

  it("argnums: k gives that block alone, a list a tuple in the order given", () => {
    for (const [, jac] of modes) {
      near(jac(F, { argnums: 0 })(x, s), Jx);
      near(jac(F, { argnums: 1 })(x, s), Js);
      near(jac(F, { argnums: [1, 0] })(x, s), [Js, Jx]);
    }
  });

  it("object arguments and outputs are split first, as JAX lays out pytrees", () => {
    const G = (p: { w: number; b: number[] }) => [mul(p.w, p.b[0]), add(mul(p.w, p.b[1]), p.b[0])];
    const p = { w: 1.5, b: [2, -3] };
    const H = (v: number[]) => ({ a: mul(v[0], v[1]), v: [v[0], square(v[1])] });
    for (const [, jac] of modes) {
      near(jac(G)(p), { w: [2, -3], b: [[1.5, 0], [1, 1.5]] });
      near(jac(H)([3, 4]), { a: [4, 3], v: [[1, 0], [0, 8]] });
    }
  });

  it("a scalar output gives a gradient (typed arrays kept); a number input gives an output-shaped vector", () => {
    const scalar = (v: Float64Array) => mul(v[0], exp(v[1]));
    for (const [, jac] of modes) {
      const g = jac(scalar)(new Float64Array([2, 0.5]));
      expect(g).toBeInstanceOf(Float64Array);
      near(Array.from(g as Float64Array), [Math.exp(0.5), 2 * Math.exp(0.5)]);
      near(jac((t: number) => [cos(t), mul(t, t)])(0.3), [-Math.sin(0.3), 0.6]);
      near(jac((t: number) => mul(t, t))(3), 6);
    }
  });

  it("hasAux: [jacobian, aux], aux untouched", () => {
    for (const [, jac] of modes) {
      const [J, aux] = jac((v: number[]) => [[mul(v[0], v[1])], { n: 1 }] as const, { hasAux: true })([2, 3]);
      near(J, [[3, 2]]);
      expect(aux).toEqual({ n: 1 });
    }
  });

  it("agrees with central differences", () => {
    const fd = [0, 1].map((i) => numericalGrad((v: number[]) => F(v, s)[i], x));
    near(jacfwd(F, { argnums: 0 })(x, s), fd, 1e-7);
  });
});

describe("Hessians", () => {
  // h(x, y) = x²y + exp(xy)
  const h = (a: number, b: number) => add(mul(square(a), b), exp(mul(a, b)));
  const Hh = (a: number, b: number) => {
    const e = Math.exp(a * b);
    return [[2 * b + b * b * e, 2 * a + e + a * b * e], [2 * a + e + a * b * e, a * a * e]];
  };

  it("of several number arguments: their number[][] matrix", () => {
    near(hessian(h)(0.3, -0.8), Hh(0.3, -0.8));
    near(hessian(h, { argnums: 1 })(0.3, -0.8), Hh(0.3, -0.8)[1][1]);
    near(hessian(h, { argnums: [1, 0] })(0.3, -0.8), [[Hh(0.3, -0.8)[1][1], Hh(0.3, -0.8)[1][0]], [Hh(0.3, -0.8)[0][1], Hh(0.3, -0.8)[0][0]]]);
  });

  it("of an array and a number: blocks [[Hvv, Hvs], [Hsv, Hss]]", () => {
    // k(v, s) = s·v0²·v1
    const k = (v: number[], t: number) => mul(t, mul(square(v[0]), v[1]));
    const v = [1.5, -2], t = 0.5;
    const Hvv = [[t * 2 * v[1], t * 2 * v[0]], [t * 2 * v[0], 0]];
    const Hvs = [2 * v[0] * v[1], v[0] * v[0]];
    near(hessian(k)(v, t), [[Hvv, Hvs], [Hvs, 0]]);
    near(hessian(k, { argnums: 0 })(v, t), Hvv);
  });

  it("of an object argument: a block per pair of fields", () => {
    const q = (p: { a: number; b: number[] }) => add(mul(square(p.a), p.b[0]), mul(p.b[1], p.b[0]));
    const p = { a: 1.5, b: [2, -3] };
    near(hessian(q)(p), { a: { a: 2 * 2, b: [2 * 1.5, 0] }, b: { a: [2 * 1.5, 0], b: [[0, 1], [1, 0]] } });
  });

  it("of a function with aux: [hessian, aux], aux released to numbers", () => {
    const [H, aux] = hessian((v: number[]) => [mul(square(v[0]), v[1]), { at: v[0] }] as const, { hasAux: true })([1, 2]);
    near(H, [[4, 2], [2, 0]]);
    expect(aux).toEqual({ at: 1 });
  });

  it("hvp with argnums takes the arguments as a tuple and v shaped like the chosen ones", () => {
    const Hx = Hh(0.3, -0.8);
    near(hvp(h, [0.3, -0.8], [0.25, -1.5], { argnums: [0, 1] }), [Hx[0][0] * 0.25 - Hx[0][1] * 1.5, Hx[1][0] * 0.25 - Hx[1][1] * 1.5]);
    near(hvp(h, [0.3, -0.8], 2, { argnums: 1 }), 2 * Hx[1][1]);
    const [hv, aux] = hvp((v: number[]) => [mul(square(v[0]), v[1]), "aux"] as const, [1, 2], [1, 0], { hasAux: true });
    near(hv, [4, 2]);
    expect(aux).toBe("aux");
    expect(() => hvp(h as never, 0.3 as never, 1 as never)).toThrow(/hvp\(f, x, v\) is for a function of one argument; f takes 2/);
  });

  it("hvp's result is structured like x: a Float64Array for a Float64Array, inside arrays and objects too", () => {
    // Σ xᵢ³: H = diag(6xᵢ), so (H·v)ᵢ = 6·xᵢ·vᵢ
    const cubes = (x: ArrayLike<number>) => {
      let s: number = 0;
      for (let i = 0; i < x.length; i++) s = add(s, mul(square(x[i]), x[i]));
      return s;
    };
    const x = Float64Array.of(0.5, -2, 1.5), v = Float64Array.of(1, 0.25, -3);
    const want = Array.from(x, (xi, i) => 6 * xi * v[i]);
    const typed = hvp(cubes, x, v);
    expect(typed).toBeInstanceOf(Float64Array);
    near(Array.from(typed), want);
    const inObject = hvp((p: { w: Float64Array }) => cubes(p.w), { w: x }, { w: v });
    expect(inObject.w).toBeInstanceOf(Float64Array);
    near(Array.from(inObject.w), want);
    const inArray = hvp((p: [Float64Array, number[]]) => add(cubes(p[0]), cubes(p[1])), [x, [2]], [v, [1]]);
    expect(inArray[0]).toBeInstanceOf(Float64Array);
    expect(Array.isArray(inArray[1])).toBe(true);
    near([Array.from(inArray[0]), inArray[1]], [want, [12]]);
    const [withAux] = hvp((p: Float64Array) => [cubes(p), 0] as const, x, v, { hasAux: true });
    expect(withAux).toBeInstanceOf(Float64Array);
    const tuple = hvp((p: Float64Array, s: number) => mul(s, cubes(p)), [x, 2], [v, 0], { argnums: [0, 1] });
    expect(tuple[0]).toBeInstanceOf(Float64Array);
    near(Array.from(tuple[0]), want.map((w) => 2 * w));
    // a number[] stays a number[]
    expect(Array.isArray(hvp(cubes, Array.from(x), Array.from(v)))).toBe(true);
  });
});

describe("nesting with options", () => {
  it("grad with argnums inside jacfwd is a row of the Hessian", () => {
    const h = (a: number, b: number) => mul(square(a), mul(b, b));
    const row = jacfwd((v: number[]) => grad(h, { argnums: 1 })(v[0], v[1]))([1.5, 2]);
    near(row, [2 * 1.5 * 2 * 2, 2 * 1.5 * 1.5]); // ∂/∂(a,b) of 2a²b
  });

  it("jacrev of grad over a tuple agrees with hessian", () => {
    const h = (a: number, b: number) => mul(sin(a), exp(b));
    const H = jacrev((v: number[]) => grad(h)(v[0], v[1]))([0.4, 0.2]);
    near(H, hessian(h)(0.4, 0.2), 1e-14);
  });
});
