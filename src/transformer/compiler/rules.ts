/**
 * The primitive table's formulas as expressions the emitters inline. The runtime's table
 * (src/runtime/rules.ts) stays the one source of truth: each rule's number function and
 * partials are read from their own source text (`(_a, b) => div(1, b)` becomes `1 / b`), calls
 * of other primitives become those primitives' formulas, and `Math.<fn>` stays `Math.<fn>`.
 * A formula that cannot be read so (say `exactExp`, a helper of the runtime) is called from
 * the table at run time instead (`__typegrad.rules.exp.num(x)`).
 *
 * Every template is checked once, when the transformer loads, against the rule it came from
 * at sample points, bit for bit; one that differs anywhere is not inlined. So an inlined
 * formula computes exactly the number the runtime computes.
 *
 * This file is the one place a primitive's value expression comes from: `valueOf(name, args)`.
 */
import ts from "../ts.js";
import type * as TS from "typescript";
// The table is filled by rules.ts; importing it alone keeps the rest of the runtime out of the compiler.
import "../../runtime/rules.js";
import { PRIMITIVES } from "../../runtime/lift.js";
import type { Rule } from "../../runtime/lift.js";
import type { BinaryOp, Expr } from "./ir.js";

/** A rule's formulas over slots: 0… for the arguments, `arity` for the output (partials only). */
interface Templates {
  readonly value: Expr;
  readonly partials: readonly Expr[];
}

const BINARY = new Map<TS.SyntaxKind, BinaryOp>([
  [ts.SyntaxKind.PlusToken, "+"], [ts.SyntaxKind.MinusToken, "-"], [ts.SyntaxKind.AsteriskToken, "*"],
  [ts.SyntaxKind.SlashToken, "/"], [ts.SyntaxKind.PercentToken, "%"], [ts.SyntaxKind.AsteriskAsteriskToken, "**"],
  [ts.SyntaxKind.LessThanToken, "<"], [ts.SyntaxKind.LessThanEqualsToken, "<="], [ts.SyntaxKind.GreaterThanToken, ">"],
  [ts.SyntaxKind.GreaterThanEqualsToken, ">="], [ts.SyntaxKind.EqualsEqualsEqualsToken, "==="],
  [ts.SyntaxKind.ExclamationEqualsEqualsToken, "!=="], [ts.SyntaxKind.AmpersandAmpersandToken, "&&"], [ts.SyntaxKind.BarBarToken, "||"],
]);

const MATH_FUNCTIONS = new Map<unknown, string>(
  Object.getOwnPropertyNames(Math).filter((k) => typeof (Math as unknown as Record<string, unknown>)[k] === "function")
    .map((k) => [(Math as unknown as Record<string, unknown>)[k], k]),
);

/** The one- and two-argument rules (the ones compiled code uses), by name. */
const simpleRule = (name: string): (Rule & { arity: 1 | 2 }) | undefined => {
  const rule = PRIMITIVES.get(name);
  return rule && !("partials" in rule) && (rule.arity === 1 || rule.arity === 2) ? rule as Rule & { arity: 1 | 2 } : undefined;
};

const members = (arity: 1 | 2) => (arity === 1 ? ["d"] : ["dx", "dy"]);
const slots = (n: number): Expr[] => Array.from({ length: n }, (_, index) => ({ k: "slot", index }));

class NotInlinable extends Error {}

/** Reads `fn`'s source as an expression over slots, or throws NotInlinable. */
function read(fn: (...xs: number[]) => unknown, depth: number): Expr {
  const math = MATH_FUNCTIONS.get(fn);
  if (math) return { k: "math", fn: math, args: slots(fn.length) };
  const source = ts.createSourceFile("rule.js", `(${fn.toString()})`, ts.ScriptTarget.ES2022, false, ts.ScriptKind.JS);
  const statement = source.statements[0];
  const node = statement && ts.isExpressionStatement(statement) ? skipParens(statement.expression) : undefined;
  if (!node || !ts.isArrowFunction(node)) throw new NotInlinable();
  const params = node.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : ""));
  let body: TS.Node = node.body;
  if (ts.isBlock(body)) {
    const only = body.statements.length === 1 ? body.statements[0] : undefined;
    if (!only || !ts.isReturnStatement(only) || !only.expression) throw new NotInlinable();
    body = only.expression;
  }
  return convert(body as TS.Expression, params, depth);
}

const skipParens = (e: TS.Expression): TS.Expression => (ts.isParenthesizedExpression(e) ? skipParens(e.expression) : e);

function convert(e: TS.Expression, params: string[], depth: number): Expr {
  const node = skipParens(e);
  if (ts.isNumericLiteral(node)) return { k: "lit", value: Number(node.text) };
  if (ts.isIdentifier(node)) {
    const index = params.indexOf(node.text);
    if (index < 0) throw new NotInlinable();
    return { k: "slot", index };
  }
  if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "Math") {
    const value = (Math as unknown as Record<string, unknown>)[node.name.text];
    if (typeof value !== "number") throw new NotInlinable();
    return { k: "lit", value };
  }
  if (ts.isPrefixUnaryExpression(node)) {
    if (node.operator === ts.SyntaxKind.MinusToken) return { k: "neg", a: convert(node.operand, params, depth) };
    if (node.operator === ts.SyntaxKind.ExclamationToken) return { k: "not", a: convert(node.operand, params, depth) };
    throw new NotInlinable();
  }
  if (ts.isBinaryExpression(node)) {
    const op = BINARY.get(node.operatorToken.kind);
    if (!op) throw new NotInlinable();
    return { k: "bin", op, a: convert(node.left, params, depth), b: convert(node.right, params, depth) };
  }
  if (ts.isConditionalExpression(node)) {
    return { k: "cond", test: convert(node.condition, params, depth), yes: convert(node.whenTrue, params, depth), no: convert(node.whenFalse, params, depth) };
  }
  if (ts.isCallExpression(node)) {
    const args = node.arguments.map((a) => convert(a as TS.Expression, params, depth));
    const callee = node.expression;
    if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "Math") {
      return { k: "math", fn: callee.name.text, args };
    }
    if (!ts.isIdentifier(callee)) throw new NotInlinable();
    // `at(x)`: the primal value of x, which is x itself on plain numbers.
    if (callee.text === "at" && args.length === 1) return args[0]!;
    const rule = simpleRule(callee.text);
    if (!rule || rule.arity !== args.length || depth > 4) throw new NotInlinable();
    return valueOf(callee.text, args, depth + 1);
  }
  throw new NotInlinable();
}

/** `e` with slots replaced by `args`, then simplified. */
export function instantiate(e: Expr, args: readonly Expr[]): Expr {
  switch (e.k) {
    case "slot": return args[e.index] ?? e;
    case "bin": return simplify({ k: "bin", op: e.op, a: instantiate(e.a, args), b: instantiate(e.b, args) });
    case "neg": case "not": return simplify({ k: e.k, a: instantiate(e.a, args) });
    case "cond": return simplify({ k: "cond", test: instantiate(e.test, args), yes: instantiate(e.yes, args), no: instantiate(e.no, args) });
    case "math": return simplify({ ...e, args: e.args.map((a) => instantiate(a, args)) });
    case "rule": return simplify({ ...e, args: e.args.map((a) => instantiate(a, args)) });
    case "elem": return { ...e, index: instantiate(e.index, args) };
    default: return e;
  }
}

const isLit = (e: Expr, value?: number): e is { k: "lit"; value: number } => e.k === "lit" && (value === undefined || Object.is(e.value, value));

/**
 * Folds what is exact to fold: operations on literals (computed as the runtime computes
 * them), `x * 1`, `x / 1`, `x ** 1`, `x - 0`, `x * -1` → `-x`, `-(-x)`, `&&`/`||` and `?:`
 * on a known test.
 */
export function simplify(e: Expr): Expr {
  switch (e.k) {
    case "bin": {
      const { a, b } = e;
      if (isLit(a) && isLit(b)) return { k: "lit", value: binary(e.op, a.value, b.value) };
      if (e.op === "*") {
        if (isLit(b, 1)) return a;
        if (isLit(a, 1)) return b;
        if (isLit(b, -1)) return simplify({ k: "neg", a });
        if (isLit(a, -1)) return simplify({ k: "neg", a: b });
      }
      if ((e.op === "/" || e.op === "**") && isLit(b, 1)) return a;
      if (e.op === "&&" && isLit(a)) return a.value ? b : a;
      if (e.op === "||" && isLit(a)) return a.value ? a : b;
      if (e.op === "-" && isLit(b, 0)) return a;
      return e;
    }
    case "neg":
      if (isLit(e.a)) return { k: "lit", value: -e.a.value };
      if (e.a.k === "neg") return e.a.a;
      return e;
    case "not":
      return isLit(e.a) ? { k: "lit", value: Number(!e.a.value) } : e;
    case "cond":
      return isLit(e.test) ? (e.test.value ? e.yes : e.no) : e;
    case "math":
      if (e.args.every((a) => isLit(a))) {
        const fn = (Math as unknown as Record<string, (...xs: number[]) => number>)[e.fn]!;
        return { k: "lit", value: fn(...e.args.map((a) => (a as { value: number }).value)) };
      }
      return e;
    case "rule":
      if (e.args.every((a) => isLit(a))) {
        const member = (PRIMITIVES.get(e.name) as unknown as Record<string, (...xs: number[]) => number>)[e.member]!;
        return { k: "lit", value: Number(member(...e.args.map((a) => (a as { value: number }).value))) };
      }
      return e;
    default:
      return e;
  }
}

function binary(op: BinaryOp, a: number, b: number): number {
  switch (op) {
    case "+": return a + b;
    case "-": return a - b;
    case "*": return a * b;
    case "/": return a / b;
    case "%": return a % b;
    case "**": return a ** b;
    case "<": return Number(a < b);
    case "<=": return Number(a <= b);
    case ">": return Number(a > b);
    case ">=": return Number(a >= b);
    case "===": return Number(a === b);
    case "!==": return Number(a !== b);
    case "&&": return a && b;
    case "||": return a || b;
  }
}

// ---- the templates, read and checked once ---------------------------------------------------

const cache = new Map<string, Templates>();

function templates(name: string): Templates {
  let t = cache.get(name);
  if (t) return t;
  const rule = simpleRule(name);
  if (!rule) throw new Error(`typegrad: no one- or two-argument primitive '${name}' in the table`);
  const arity = rule.arity;
  const attempt = (fn: (...xs: number[]) => unknown, fallback: Expr, withOut: boolean): Expr => {
    try {
      const expr = read(fn, 0);
      return agrees(expr, fn, arity, withOut ? rule.num as (...xs: number[]) => number : undefined) ? expr : fallback;
    } catch (error) {
      if (error instanceof NotInlinable) return fallback;
      throw error;
    }
  };
  const value = attempt(rule.num as (...xs: number[]) => number, { k: "rule", name, member: "num", args: slots(arity) }, false);
  const record = rule as unknown as Record<string, (...xs: number[]) => number>;
  const partials = members(arity).map((m) => attempt(record[m]!, { k: "rule", name, member: m, args: slots(arity + 1) }, true));
  t = { value, partials };
  cache.set(name, t);
  return t;
}

// ---- the variadic primitives ----------------------------------------------------------------
// `Math.max`/`Math.min` of three or more arguments (the table's `maxN`/`minN`) and `Math.hypot`
// of any number: their value is V8's `Math.<fn>`; their partials, a function of all arguments
// at once in the table, are written here as expressions and checked against the table's when
// the transformer loads, bit for bit, at sample points with ties, zeros and NaN.

const is = (a: Expr, b: Expr): Expr => ({ k: "bin", op: "===", a, b });

/** k tied arguments get 1/k each; NaN (no argument equals the result) gives NaN. */
const tiedShare = (k: number, args: readonly Expr[], out: Expr): Expr => {
  const ties = args.map((a) => is(a, out)).reduce((sum, t) => ({ k: "bin", op: "+", a: sum, b: t }));
  return { k: "cond", test: is(ties, { k: "lit", value: 0 }), yes: { k: "lit", value: NaN },
    no: { k: "cond", test: is(args[k]!, out), yes: { k: "bin", op: "/", a: { k: "lit", value: 1 }, b: ties }, no: { k: "lit", value: 0 } } };
};

const VARIADIC: Record<string, { readonly fn: string; readonly partial: (k: number, args: readonly Expr[], out: Expr) => Expr }> = {
  maxN: { fn: "max", partial: tiedShare },
  minN: { fn: "min", partial: tiedShare },
  // xₖ/h, and 0 at the origin.
  hypot: { fn: "hypot", partial: (k, args, out) => ({ k: "cond", test: is(out, { k: "lit", value: 0 }), yes: { k: "lit", value: 0 }, no: { k: "bin", op: "/", a: args[k]!, b: out } }) },
};

/** The table's name for `Math.<fn>` (or typegrad's own function) called with `count` arguments, when it is variadic. */
export function variadicRule(fn: string, count: number): string | undefined {
  const name = fn === "hypot" && count >= 1 ? "hypot" : (fn === "max" || fn === "min") && count >= 3 ? `${fn}N` : undefined;
  return name && checkedVariadic(name) ? name : undefined;
}

const variadicChecks = new Map<string, boolean>();

/** True when the written partials compute the table's, bit for bit, at sample points of 1 to 4 arguments. */
function checkedVariadic(name: string): boolean {
  let ok = variadicChecks.get(name);
  if (ok !== undefined) return ok;
  const rule = PRIMITIVES.get(name) as unknown as { num: (...xs: number[]) => number; partials: (xs: number[], y: number) => unknown[] } | undefined;
  const v = VARIADIC[name]!;
  ok = !!rule && "partials" in rule;
  const samples = [[0.5, 2, -1], [3, 3, 1], [2, 2, 2], [0, -0, 0], [NaN, 1, 2], [1, 4, 4, -2], [-3, 0.25, 7, 7], [0.5], [0, 0], [1e300, 1e300, 1]];
  for (const xs of ok ? samples : []) {
    if (name !== "hypot" && xs.length < 3) continue;
    const names = xs.map((_, k) => `a${k}`);
    const y = rule!.num(...xs);
    const expected = rule!.partials(xs, y).map(Number);
    xs.forEach((_, k) => {
      const expr = v.partial(k, names.map((_n, index) => ({ k: "slot", index })), { k: "slot", index: xs.length });
      const got = Number(new Function(...names, "y", `return ${print(expr, names.concat("y"))};`)(...xs, y));
      if (!Object.is(got, expected[k])) ok = false;
    });
  }
  variadicChecks.set(name, ok);
  return ok;
}

// ---- the share of a spread's extremum ---------------------------------------------------------
// `Math.max(...v)` is lowered (lower.ts, `spreadExtremum`) to its value m computed natively and a
// chain `acc = tie(acc, vᵢ, wᵢ)` over the arguments, wᵢ being vᵢ's share of the derivative by the
// table's rule for max/min (1/k for the k arguments equal to m). `tie` is the compiler's own step,
// not a function of the table: its value is its first argument (so the chain's value is m, bit
// for bit) and its partials are 1, wᵢ and 0 — those of the table's variadic node, one argument at
// a time.
const TIE = "tie";
const tiePartial = (k: number, args: readonly Expr[]): Expr => (k === 0 ? { k: "lit", value: 1 } : k === 1 ? args[2]! : { k: "lit", value: 0 });

/** The value of primitive `name` at `args`, as an expression (inlined where the table allows). */
export function valueOf(name: string, args: readonly Expr[], depth = 0): Expr {
  if (name === TIE) return args[0]!;
  const variadic = VARIADIC[name];
  if (variadic) return simplify({ k: "math", fn: variadic.fn, args });
  if (depth > 0) {
    // Reading a partial that calls another primitive: that primitive's value template.
    const rule = simpleRule(name)!;
    try {
      return instantiate(read(rule.num as (...xs: number[]) => number, depth), args);
    } catch (error) {
      if (!(error instanceof NotInlinable)) throw error;
      return simplify({ k: "rule", name, member: "num", args });
    }
  }
  return instantiate(templates(name).value, args);
}

/** The partial of primitive `name` in argument `k` at `args`, with output `out`. */
export function partialOf(name: string, k: number, args: readonly Expr[], out: Expr): Expr {
  if (name === TIE) return tiePartial(k, args);
  const variadic = VARIADIC[name];
  if (variadic) return variadic.partial(k, args, out);
  return instantiate(templates(name).partials[k]!, [...args, out]);
}

/** True when the primitive's value is inlined as plain arithmetic (cheap to compute again). */
export function isArithmetic(name: string): boolean {
  if (name === TIE) return true;
  if (VARIADIC[name]) return false;
  const cheap = (e: Expr): boolean =>
    e.k === "slot" || e.k === "lit" || ((e.k === "bin") && cheap(e.a) && cheap(e.b) && e.op !== "**" && e.op !== "%") || (e.k === "neg" && cheap(e.a));
  return cheap(templates(name).value);
}

// ---- the check ------------------------------------------------------------------------------

const POINTS = [0.7, -1.3, 2.5, 0, -0, 1, -1, 0.25, 3, -2.75, 1e-3, 40];

/** True when `expr` computes what `fn` computes at every sample point, bit for bit. */
function agrees(expr: Expr, fn: (...xs: number[]) => unknown, arity: 1 | 2, num?: (...xs: number[]) => number): boolean {
  const names = ["a0", "a1", "a2"];
  let compiled: (...xs: number[]) => unknown;
  try {
    compiled = new Function("rules", ...names, `return ${print(expr, names)};`).bind(undefined, Object.fromEntries(PRIMITIVES)) as never;
  } catch {
    return false;
  }
  const check = (xs: number[]): boolean => {
    const args = num ? [...xs, num(...xs)] : xs;
    return Object.is(Number(compiled(...args)), Number(fn(...args)));
  };
  for (const x of POINTS) {
    if (arity === 1 && !check([x])) return false;
    if (arity === 2) for (const y of POINTS) if (!check([x, y])) return false;
  }
  return true;
}

/** JavaScript text of a template (for the check). */
function print(e: Expr, names: string[]): string {
  switch (e.k) {
    case "lit": return Object.is(e.value, -0) ? "(-0)" : `(${e.value})`;
    case "slot": return names[e.index]!;
    case "bin": return `(${print(e.a, names)} ${e.op} ${print(e.b, names)})`;
    case "neg": return `(-${print(e.a, names)})`;
    case "not": return `(!${print(e.a, names)})`;
    case "cond": return `(${print(e.test, names)} ? ${print(e.yes, names)} : ${print(e.no, names)})`;
    case "math": return `Math.${e.fn}(${e.args.map((a) => print(a, names)).join(", ")})`;
    case "rule": return `rules.${e.name}.${e.member}(${e.args.map((a) => print(a, names)).join(", ")})`;
    default: throw new NotInlinable();
  }
}
