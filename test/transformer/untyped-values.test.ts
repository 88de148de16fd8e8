// Values typed `any` beside active ones keep JavaScript's meaning: a string stays a string, a
// boolean a boolean; an operator whose operand is typed any decides by the run-time value, and
// gives exactly what the plain program gives. Also `Number(x)` (as `+x`) and sort comparators.
import { describe, expect, it } from "vitest";
import { derivative, grad, valueAndGrad } from "typegrad";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

describe("any-typed values beside active ones", () => {
  it("string + on an any-typed name stays concatenation", () => {
    const labels: string[] = [];
    const f = (w: number, p: Any) => {
      labels.push("param " + p.name);
      labels.push(`${p.name}=${w}`);
      return w * p.scale;
    };
    expect(valueAndGrad(f, { argnums: 0 })(2, { name: "w", scale: 3 })).toEqual([6, 3]);
    expect(labels).toEqual(["param w", "w=2"]);
  });

  it("a boolean any chooses a branch, and !, switch, ?: on it work as in JavaScript", () => {
    const f = (w: number, p: Any) => {
      let y = (p.flag ? 1 : 0) * w + (!p.flag ? 10 : 0);
      switch (p.kind) {
        case "double":
          y = y * 2;
          break;
        default:
          y = y + 1;
      }
      return y;
    };
    expect(grad(f, { argnums: 0 })(3, { flag: true, kind: "double" })).toBe(2);
    expect(valueAndGrad(f, { argnums: 0 })(3, { flag: false, kind: "other" })).toEqual([11, 0]);
  });

  it("arithmetic with an any operand follows the run-time type, bit for bit with the plain program", () => {
    const plain = (w: number, p: Any): unknown => [p.name + w, p.flag * w, p.text * w, -p.text + w, +p.text * w, p.none + w];
    const p = { name: "w", flag: true, text: "2.5", none: null };
    const got = (w: number, q: Any) => {
      const parts = [q.name + w, q.flag * w, q.text * w, -q.text + w, +q.text * w, q.none + w];
      return (parts[1] as number) + (parts[2] as number) + (parts[3] as number) + (parts[4] as number) + (parts[5] as number) + (parts[0] === "w1.5" ? 100 : 0);
    };
    const expected = plain(1.5, p) as number[];
    expect(expected[0]).toBe("w1.5");
    const sum = (expected[1]! + expected[2]!) + expected[3]! + expected[4]! + expected[5]! + 100;
    // d/dw: flag·1 + 2.5 + 1 + 2.5 + 1 = 8
    expect(valueAndGrad(got, { argnums: 0 })(1.5, p)).toEqual([sum, 8]);
  });

  it("&& and || on any-typed options yield the option itself, as in JavaScript", () => {
    const f = (w: number, p: Any) => (p.flag && p.on ? w * 2 : w) + (p.scale || 1) * w + (p.shift ?? 0);
    expect(valueAndGrad(f, { argnums: 0 })(3, { flag: true, on: 1 })).toEqual([9, 3]);
    expect(valueAndGrad(f, { argnums: 0 })(3, { flag: 0, scale: 4, shift: 1 })).toEqual([16, 5]);
    // An active value on the left of || is tested by its primal value: 0 || 5 is 5.
    const g = (w: number, p: Any) => (p.pick ? w - w : p.none) || 5 * w;
    expect(valueAndGrad(g, { argnums: 0 })(2, { pick: true })).toEqual([10, 5]);
  });

  it("an any value that is a number at run time differentiates", () => {
    const f = (w: Any) => w * w + 1;
    expect(grad((x: number) => f(x))(3)).toBe(6);
  });
});

describe("Number(x) of an active value agrees with +x", () => {
  it("keeps the derivative in both modes", () => {
    expect(valueAndGrad((x: number) => Number(x) * 2)(3)).toEqual([6, 2]);
    expect(derivative((x: number) => Number(x) * x)(3)).toBe(6);
    expect(grad((x: number) => Number(x) * 2)(3)).toBe(grad((x: number) => +x * 2)(3));
    expect(grad((x: number) => Number(x * x))(3)).toBe(6);
  });
});

describe("sort comparators over active values", () => {
  it("(a, b) => a - b sorts by the numbers and the gradient follows the elements", () => {
    const f = (xs: number[]) => {
      const ys = xs.map((v) => v * 1).sort((a, b) => a - b);
      return ys[0]! * 2 + ys[1]! * 10;
    };
    expect(valueAndGrad(f)([3, 1])).toEqual([32, [10, 2]]);
    expect(grad(f)([1, 3])).toEqual([2, 10]);
  });

  it("toSorted and a descending comparator", () => {
    const f = (xs: number[]) => {
      const ys = xs.toSorted((a, b) => b - a);
      return ys[0]! - ys[2]!;
    };
    expect(valueAndGrad(f)([2, 5, 1])).toEqual([4, [0, 1, -1]]);
  });
});
