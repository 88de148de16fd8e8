// The compiler's inlined formulas (src/transformer/compiler/rules.ts) come from the runtime's
// primitive table: each must compute, bit for bit, what the table's own functions compute, and
// constant partials must fold away.
import { describe, expect, it } from "vitest";
import { PRIMITIVES } from "../../src/runtime/index.js";
import type { Expr } from "../../src/transformer/compiler/ir.js";
import { partialOf, simplify, valueOf } from "../../src/transformer/compiler/rules.js";

type Fn = (...xs: number[]) => number;
/** JavaScript's truthiness of a number, written out (this file is compiled by the transformer). */
const truthy = (a: number): boolean => a === a && a !== 0;

/** Evaluates an expression over slots (an evaluator of its own, not the emitters' printer). */
function evaluate(e: Expr, xs: number[]): number {
  const ev = (a: Expr) => evaluate(a, xs);
  switch (e.k) {
    case "lit": return e.value;
    case "slot": return xs[e.index]!;
    case "neg": return -ev(e.a);
    case "not": return Number(!truthy(ev(e.a)));
    case "cond": return truthy(ev(e.test)) ? ev(e.yes) : ev(e.no);
    case "math": return (Math as unknown as Record<string, Fn>)[e.fn]!(...e.args.map(ev));
    case "rule": return Number((PRIMITIVES.get(e.name) as unknown as Record<string, Fn>)[e.member]!(...e.args.map(ev)));
    case "bin": {
      const a = ev(e.a), b = ev(e.b);
      const ops: Record<string, () => number> = {
        "+": () => a + b, "-": () => a - b, "*": () => a * b, "/": () => a / b, "%": () => a % b, "**": () => a ** b,
        "<": () => Number(a < b), "<=": () => Number(a <= b), ">": () => Number(a > b), ">=": () => Number(a >= b),
        "===": () => Number(a === b), "!==": () => Number(a !== b), "&&": () => (truthy(a) ? b : a), "||": () => (truthy(a) ? a : b),
      };
      return ops[e.op]!();
    }
    default: throw new Error(`unexpected ${e.k}`);
  }
}

const slot = (index: number): Expr => ({ k: "slot", index });
const lit = (value: number): Expr => ({ k: "lit", value });
const POINTS = [0.3, -0.8, 1.7, 0, 2.5, -3.25, 0.999];
const simple = [...PRIMITIVES].filter(([, r]) => !("partials" in r) && (r.arity === 1 || r.arity === 2)) as [string, { arity: 1 | 2; num: Fn } & Record<string, Fn>][];

describe("the compiler's formulas from the primitive table", () => {
  it("compute the table's values and partials bit for bit, for every one- and two-argument rule", () => {
    expect(simple.length).toBeGreaterThan(40);
    for (const [name, rule] of simple) {
      const args = rule.arity === 1 ? [slot(0)] : [slot(0), slot(1)];
      const pairs = rule.arity === 1 ? POINTS.map((x) => [x]) : POINTS.flatMap((x) => POINTS.map((y) => [x, y]));
      for (const xs of pairs) {
        const y = rule.num(...xs);
        expect(Object.is(evaluate(valueOf(name, args), xs), y), `${name}(${xs})`).toBe(true);
        (rule.arity === 1 ? ["d"] : ["dx", "dy"]).forEach((member, k) => {
          const partial = partialOf(name, k, args, slot(rule.arity));
          expect(Object.is(evaluate(partial, [...xs, y]), Number(rule[member]!(...xs, y))), `${name}.${member}(${xs})`).toBe(true);
        });
      }
    }
  });

  it("inline arithmetic and Math functions as plain expressions, with closed-form partials", () => {
    for (const name of ["add", "sub", "mul", "div", "neg", "square", "sin", "cos", "tanh", "sqrt", "log", "atan2", "pow", "relu", "abs"]) {
      const arity = PRIMITIVES.get(name)!.arity;
      const args = arity === 1 ? [slot(0)] : [slot(0), slot(1)];
      expect(JSON.stringify(valueOf(name, args)), name).not.toContain('"rule"');
      for (let k = 0; k < arity; k++) expect(JSON.stringify(partialOf(name, k, args, slot(arity))), `${name} ∂${k}`).not.toContain('"rule"');
    }
    for (const x of POINTS) {
      expect(evaluate(partialOf("sin", 0, [slot(0)], slot(1)), [x, Math.sin(x)])).toBe(Math.cos(x));
      expect(evaluate(partialOf("tanh", 0, [slot(0)], slot(1)), [x, Math.tanh(x)])).toBe(1 - Math.tanh(x) ** 2);
      expect(evaluate(partialOf("pow", 0, [slot(0), lit(3)], slot(2)), [x, x ** 3])).toBe(3 * x ** 2);
    }
  });

  it("fold constant partials: add's 1s, sub's -1, mul by a constant, x ** 2", () => {
    const [x, y, out] = [slot(0), slot(1), slot(2)];
    expect(partialOf("add", 0, [x, y], out)).toEqual(lit(1));
    expect(partialOf("add", 1, [x, y], out)).toEqual(lit(1));
    expect(partialOf("sub", 1, [x, y], out)).toEqual(lit(-1));
    expect(partialOf("mul", 0, [x, lit(100)], out)).toEqual(lit(100));
    expect(partialOf("div", 0, [x, lit(4)], out)).toEqual(lit(0.25));
    expect(partialOf("pow", 0, [x, lit(2)], out)).toEqual({ k: "bin", op: "*", a: lit(2), b: x });
    expect(simplify({ k: "bin", op: "*", a: lit(1), b: x })).toBe(x);
    expect(simplify({ k: "bin", op: "*", a: x, b: lit(-1) })).toEqual({ k: "neg", a: x });
  });

  it("call the table for a formula it cannot read (the correctly rounded exp)", () => {
    expect(valueOf("exp", [slot(0)])).toEqual({ k: "rule", name: "exp", member: "num", args: [slot(0)] });
    expect(partialOf("exp", 0, [slot(0)], slot(1))).toEqual(slot(1)); // eˣ' = the output
  });
});
