// Plain operators on values that may carry derivatives: each is rewritten into a runtime call
// and differentiates exactly like the closed form written beside it.
import { describe, expect, it } from "vitest";
import { derivative, grad, Tape, valueAndGrad } from "typegrad";
import { centralGrad, expectClose } from "../numeric.js";

describe("binary and unary arithmetic", () => {
  it("+ - * / % ** and unary minus/plus under grad", () => {
    const f = (x: number, y: number) => (x + y) * (x - y) / (1 + y ** 2) + (x % 2) - -x + +y;
    // closed form: ∂/∂x = 2x/(1+y²) + 1 + 1, ∂/∂y = -2y/(1+y²) - 2y(x²-y²)/(1+y²)² + 1
    const [x, y] = [0.7, 1.3];
    const q = 1 + y * y;
    expect(grad(f)(x, y)).toEqual([2 * x / q + 2, expect.closeTo(-2 * y / q - (2 * y * (x * x - y * y)) / (q * q) + 1, 12)]);
  });

  it("comparisons compare primal values and steer control flow", () => {
    const f = (x: number) => (x < 1 ? x * x : x > 3 ? 3 * x : x <= 2 ? 2 * x : x >= 2.5 ? -x : x === 2.2 ? 0 : 1);
    const df = derivative(f);
    expect([df(0.5), df(4), df(1.5), df(2.7), df(2.2), df(2.3)]).toEqual([1, 3, 2, -1, 0, 0]);
  });

  it("an active value used as a condition tests its primal value", () => {
    const f = (x: number) => {
      if (x) return x * 2;
      return x * 5;
    };
    expect(grad(f)(0)).toBe(5);
    expect(grad(f)(1)).toBe(2);
    expect(grad((x: number) => (!x ? x * 7 : x))(0)).toBe(7);
  });

  it("switch on an active value matches its primal value", () => {
    const f = (x: number) => {
      switch (x) {
        case 1:
          return x * 10;
        case 2:
          return x * 20;
        default:
          return x;
      }
    };
    expect([grad(f)(1), grad(f)(2), grad(f)(3)]).toEqual([10, 20, 1]);
  });
});

describe("compound assignment and increments", () => {
  it("+= -= *= /= %= **= on a local", () => {
    const f = (x: number) => {
      let a = 1;
      a += x; // 1 + x
      a *= x; // x + x²
      a -= 1; // x + x² - 1
      a /= 2; // (x + x² - 1)/2
      a **= 2; // ((x + x² - 1)/2)²
      a %= 100;
      return a;
    };
    const x = 1.5;
    const inner = (x + x * x - 1) / 2;
    expectClose(grad(f)(x), 2 * inner * (1 + 2 * x) / 2, 1e-12);
  });

  it("on a[i] and o.p, evaluating the object and key once", () => {
    let calls = 0;
    const f = (x: number) => {
      const a = [1, 2, 3];
      const o = { p: 2 };
      const key = () => (calls++, 1);
      const obj = () => (calls++, o);
      a[key()] *= x; // a[1] = 2x
      obj().p += x * x; // o.p = 2 + x²
      a[0]! -= x; // 1 - x
      return a[0]! + a[1]! + o.p; // 3 + x + x²
    };
    expect(grad(f)(2)).toBe(1 + 2 * 2);
    expect(calls).toBe(2);
  });

  it("++ and -- in statements, as prefix values and as postfix values", () => {
    const f = (x: number) => {
      let a = x;
      a++; // x + 1
      const before = a--; // before = x + 1, a = x
      const after = ++a; // x + 1
      const arr = [x];
      arr[0]!++;
      return before * after + arr[0]!; // (x+1)² + x + 1
    };
    const x = 0.25;
    expect(grad(f)(x)).toBe(2 * (x + 1) + 1);
  });

  it("loop counters and indices stay plain numbers", () => {
    const f = (xs: number[]) => {
      let s = 0;
      for (let i = 0; i < xs.length; i++) s += xs[i]! * (i + 1);
      return s;
    };
    expect(grad(f)([5, 6, 7])).toEqual([1, 2, 3]);
    expect(f.toString()).not.toMatch(/add\(i|lt\(i/);
  });
});

describe("Math functions", () => {
  it("map to typegrad's rules when an argument may be active", () => {
    const f = (x: number, y: number) => Math.exp(Math.sin(x)) * Math.log(y) + Math.hypot(x, y) + Math.max(x, y, 0) + Math.sqrt(y) + Math.atan2(y, x) + Math.PI;
    const at = [0.4, 2.5];
    expectClose(grad(f)(at[0]!, at[1]!), centralGrad(f, at), 1e-7);
  });

  it("stay native on plain numbers inside differentiable code", () => {
    const f = (x: number) => x * Math.sqrt(4);
    expect(grad(f)(3)).toBe(2);
    expect(f.toString()).toContain("Math.sqrt(4)");
  });
});

describe("strings and printing", () => {
  it("string + and template literals show the primal value", () => {
    const tape = new Tape();
    const x = tape.variable(1.5);
    const y = x * x;
    expect(`y = ${y}`).toBe("y = 2.25");
    expect("y = " + y).toBe("y = 2.25");
    let s = "y:";
    s += y;
    expect(s).toBe("y:2.25");
    expect(y.toFixed(1)).toBe("2.3");
  });

  it("valueAndGrad of a function that also builds a label", () => {
    const f = (x: number) => {
      const label = `x=${x}`;
      return label.length + x * 3;
    };
    expect(valueAndGrad(f)(2)).toEqual([3 + 6, 3]);
  });
});
