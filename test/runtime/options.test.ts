// argnums and hasAux on grad, valueAndGrad, vjp, jvp and derivative, against closed forms and
// central differences, and the errors misuse gets.
import { describe, expect, it } from "vitest";
import {
  add, derivative, exp, forwardResult, grad, jvp, mul, numericalGrad, reverseResult, sin, square, valueAndGrad, vjp, withForward,
  withReverse, Tape,
} from "./helpers.js";

// f(w, b, x) = exp(w·x + b)·b with w, x arrays: ∂w = e·b·x, ∂b = e·b + e, ∂x = e·b·w.
const f = (w: number[], b: number, x: number[]) => {
  let s: number = b;
  for (let i = 0; i < w.length; i++) s = add(s, mul(w[i], x[i]));
  return mul(exp(s), b);
};
const w = [0.3, -0.2], b = 0.5, x = [1.5, 2];
const e = Math.exp(0.3 * 1.5 - 0.2 * 2 + 0.5);
const gw = x.map((xi) => e * b * xi), gb = e * b + e, gx = w.map((wi) => e * b * wi);
const near = (a: number | number[], want: number | number[], tol = 1e-13) => {
  const [p, q] = [[a].flat(), [want].flat()];
  expect(p.length).toBe(q.length);
  p.forEach((v, k) => expect(Math.abs(v - q[k]), `${v} vs ${q[k]}`).toBeLessThanOrEqual(tol * (1 + Math.abs(q[k]))));
};

describe("argnums", () => {
  it("k: the gradient of argument k only, shaped like it", () => {
    near(grad(f, { argnums: 0 })(w, b, x), gw);
    near(grad(f, { argnums: 1 })(w, b, x), gb);
    near(grad(f, { argnums: 2 })(w, b, x), gx);
    expect(typeof grad(f, { argnums: 1 })(w, b, x)).toBe("number");
  });

  it("[i, j]: a tuple with one entry per chosen argument, in the order given", () => {
    const [g2, g0] = grad(f, { argnums: [2, 0] })(w, b, x);
    near(g2, gx);
    near(g0, gw);
    const one = grad(f, { argnums: [1] })(w, b, x);
    expect(Array.isArray(one) && one.length === 1).toBe(true);
    near(one[0], gb);
  });

  it("default: one argument gives its gradient, several a tuple of all", () => {
    const [a, c, d] = grad(f)(w, b, x);
    near(a, gw);
    near(c, gb);
    near(d, gx);
  });

  it("agrees with central differences; the other arguments are constants", () => {
    const num = numericalGrad((bb: number) => f(w, bb, x), b);
    near(grad(f, { argnums: 1 })(w, b, x), num, 1e-7);
    // the non-chosen arguments record nothing: a Float64Array argument stays as given
    const typed = grad((v: Float64Array, c: number) => mul(c, add(v[0], v[1])), { argnums: 0 })(new Float64Array([1, 2]), 3);
    expect(typed).toBeInstanceOf(Float64Array);
    expect(Array.from(typed)).toEqual([3, 3]);
  });

  it("valueAndGrad's value is the function's own, bit for bit", () => {
    const [v, g] = valueAndGrad(f, { argnums: [0, 1] })(w, b, x);
    expect(Object.is(v, f(w, b, x))).toBe(true);
    near(g[0], gw);
    near(g[1], gb);
  });

  it("vjp pulls back to the chosen arguments (options last)", () => {
    const g = (a: number, c: number[]) => [mul(a, c[0]), mul(a, c[1])];
    const [y, back] = vjp(g, 2, [3, 5], { argnums: 1 });
    expect(y).toEqual([6, 10]);
    expect(back([1, 10])).toEqual([2, 20]);
    const [, backAll] = vjp(g, 2, [3, 5]);
    expect(backAll([1, 10])).toEqual([53, [2, 20]]);
  });

  it("jvp takes tangents for the chosen arguments only; derivative picks number arguments", () => {
    const [v, t] = jvp(f, [w, b, x], [1], { argnums: 1 });
    expect(Object.is(v, f(w, b, x))).toBe(true);
    near(t, gb);
    const [, t2] = jvp(f, [w, b, x], [[1, 0], [0, 1]], { argnums: [0, 2] });
    near(t2, gw[0] + gx[1]);
    const h = (p: number, q: number) => mul(sin(p), square(q));
    near(derivative(h, { argnums: 1 })(0.4, 1.5), Math.sin(0.4) * 3);
    const [dp, dq] = derivative(h)(0.4, 1.5);
    near(dp, Math.cos(0.4) * 2.25);
    near(dq, Math.sin(0.4) * 3);
    const both = derivative((p: number, q: number) => [mul(p, q), p], { argnums: [0, 1] })(2, 3);
    expect(both).toEqual([[3, 1], [2, 0]]);
  });
});

describe("hasAux", () => {
  const withAux = (p: number, q: number) => [mul(square(p), q), { label: "loss", p, calls: [1, 2] }] as const;

  it("grad returns [gradient, aux]; valueAndGrad [[value, aux], gradient]", () => {
    const [g, aux] = grad(withAux, { hasAux: true })(3, 2);
    expect(g).toEqual([12, 9]);
    expect(aux).toEqual({ label: "loss", p: 3, calls: [1, 2] });
    const [[v, aux2], g2] = valueAndGrad(withAux, { hasAux: true, argnums: 1 })(3, 2);
    expect(v).toBe(18);
    expect(aux2.p).toBe(3);
    expect(typeof aux2.p).toBe("number"); // the active value comes back as its number
    expect(g2).toBe(9);
  });

  it("aux passes through untouched: the same object when it holds no active value", () => {
    const state = { step: 7, names: ["a"] };
    const [, aux] = grad((p: number) => [mul(p, p), state] as const, { hasAux: true })(1.5);
    expect(aux).toBe(state);
    const fn = () => 1;
    const [[, aux2]] = valueAndGrad((p: number) => [p, fn] as const, { hasAux: true })(1);
    expect(aux2).toBe(fn);
  });

  it("jvp returns [value, tangent, aux]; vjp [value, pullback, aux]; derivative [derivative, aux]", () => {
    const [v, t, aux] = jvp(withAux, [3, 2], [1, 0], { hasAux: true });
    expect([v, t, aux.label]).toEqual([18, 12, "loss"]);
    expect(typeof aux.p).toBe("number");
    const [y, back, aux2] = vjp(withAux, 3, 2, { hasAux: true });
    expect(y).toBe(18);
    expect(back(1)).toEqual([12, 9]);
    expect(aux2.label).toBe("loss");
    const [d, aux3] = derivative((p: number) => [mul(p, p), "note"] as const, { hasAux: true })(5);
    expect([d, aux3]).toEqual([10, "note"]);
  });

  it("aux holding values of an enclosing transform keeps them (nesting)", () => {
    // the inner aux is the outer Var; the outer gradient flows through it
    const outer = grad((a: number) => {
      const [g, aux] = grad((p: number) => [mul(p, a), a] as const, { hasAux: true })(2);
      return mul(g, aux); // a·a
    })(3);
    expect(outer).toBe(6);
  });
});

describe("misuse gets a clear Error", () => {
  const g = (p: number, q: number) => mul(p, q);
  it("argnums out of range, duplicate, non-integer, negative, empty", () => {
    expect(() => grad(g, { argnums: 2 })(1, 2)).toThrow(/argnums names argument 2 but the function was called with 2 argument\(s\); use indices from 0 to 1/);
    expect(() => grad(g, { argnums: [0, 0] })).toThrow(/names an argument twice/);
    expect(() => grad(g, { argnums: 0.5 })).toThrow(/argnums must be argument indices \(integers from 0\); got number 0.5/);
    expect(() => grad(g, { argnums: -1 })).toThrow(/integers from 0/);
    expect(() => grad(g, { argnums: [] })).toThrow(/chooses no argument/);
    expect(() => valueAndGrad(g, { argnum: 0 } as never)).toThrow(/has no option "argnum"; the options are argnums and hasAux/);
    expect(() => jvp(g, [1, 2], [1, 0] as never, { argnums: 0 })).toThrow(/2 tangents for 1 chosen argument/);
  });

  it("hasAux with a function that does not return a pair", () => {
    expect(() => grad(g as never, { hasAux: true })(1, 2)).toThrow(/\{ hasAux: true \}, so the function must return a pair \[value, aux\]; it returned a Var \(value 2\)/);
    expect(() => grad(g, { hasAux: "yes" } as never)).toThrow(/hasAux must be true or false/);
  });

  it("derivative of a non-number argument points to jacfwd", () => {
    expect(() => derivative(((v: number[]) => v[0]) as never, { argnums: 0 })([1] as never)).toThrow(/use jacfwd/);
  });

  it("leaves no tape open after an error", () => {
    const tape = new Tape();
    const v = tape.variable(2);
    expect(() => grad(g, { argnums: 3 })(1, 2)).toThrow();
    expect(tape.gradient(mul(v, v), v)).toBe(4);
  });
});

describe("entry selection with compiled code attached (as the transformer attaches it)", () => {
  // f(x, y) = x²·y with hand-written compiled code that counts its calls
  let reverseCalls = 0, forwardCalls = 0;
  const f = (x: number, y: number) => mul(square(x), y);
  withReverse(f, (x, y) => {
    reverseCalls++;
    return reverseResult((x as number) ** 2 * (y as number), [2 * (x as number) * (y as number), (x as number) ** 2]);
  }, "nn");
  withForward(f, (x, tx, y, ty) => {
    forwardCalls++;
    return forwardResult(x * x * y, 2 * x * y * tx + x * x * ty);
  });

  it("argnums on plain numbers runs the compiled reverse code and picks the chosen entries", () => {
    reverseCalls = 0;
    expect(valueAndGrad(f, { argnums: 1 })(3, 2)).toEqual([18, 9]);
    expect(grad(f, { argnums: [1, 0] })(3, 2)).toEqual([9, 12]);
    expect(reverseCalls).toBe(2);
  });

  it("hasAux, and forward mode with options, take the runtime", () => {
    reverseCalls = forwardCalls = 0;
    const withAux = withReverse((x: number) => [mul(x, x), "aux"] as const, () => {
      reverseCalls++;
      return reverseResult(0, [0]);
    }, "n");
    expect(grad(withAux, { hasAux: true })(3)).toEqual([6, "aux"]);
    expect(derivative(f, { argnums: 1 })(3, 2)).toBe(9);
    expect(jvp(f, [3, 2], [1], { argnums: 0 })).toEqual([18, 12]);
    expect(reverseCalls + forwardCalls).toBe(0);
    expect(jvp(f, [3, 2], [1, 0])).toEqual([18, 12]); // no options: the compiled code
    expect(forwardCalls).toBe(1);
  });
});
