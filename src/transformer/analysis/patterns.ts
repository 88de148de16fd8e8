/**
 * Formulas whose derivative has a numerically stable form. Written out, the logistic function
 * 1/(1 + e⁻ᶻ) has the derivative e⁻ᶻ/(1 + e⁻ᶻ)², which is ∞/∞ = NaN once e⁻ᶻ overflows
 * (z < -709), and the derivative of ln(1 + eᶻ) overflows the same way. The rewriter gives these
 * formulas primitives of their own that keep the value as written, bit for bit (so
 * `Math.log(1 + Math.exp(710))` is Infinity, as JavaScript computes it), and take only the
 * derivative from the stable form: y(1 - y) and sigmoid(z).
 *
 *   1 / (1 + Math.exp(-z))     →  logistic(z)
 *   Math.log(1 + Math.exp(z))  →  logOnePlusExp(z)
 *   Math.log1p(Math.exp(z))    →  log1pExp(z)
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import { type Env, resolveCallee } from "./calls.js";
import { skipOuter } from "./typegrad-source.js";

/** A formula recognised as a stable primitive applied to `argument`. */
export interface StableForm {
  readonly name: "logistic" | "logOnePlusExp" | "log1pExp";
  readonly argument: TS.Expression;
}

const isOne = (e: TS.Expression): boolean => ts.isNumericLiteral(e) && Number(e.text) === 1;

/** The argument of `Math.<name>(argument)`, if `e` is that call to the global Math. */
function mathArgument(env: Env, e: TS.Expression, name: string): TS.Expression | undefined {
  if (!ts.isCallExpression(e) || e.arguments.length !== 1 || ts.isSpreadElement(e.arguments[0])) return undefined;
  const callee = resolveCallee(env, e);
  return callee.kind === "math" && callee.name === name ? skipOuter(e.arguments[0]) : undefined;
}

/** `x` when `e` is `1 + x` or `x + 1`. */
function onePlus(e: TS.Expression): TS.Expression | undefined {
  if (!ts.isBinaryExpression(e) || e.operatorToken.kind !== ts.SyntaxKind.PlusToken) return undefined;
  const [l, r] = [skipOuter(e.left), skipOuter(e.right)];
  return isOne(l) ? r : isOne(r) ? l : undefined;
}

/** `1 / (1 + Math.exp(-z))` (either order in the sum) as logistic(z). */
export function logistic(env: Env, node: TS.BinaryExpression): StableForm | undefined {
  if (node.operatorToken.kind !== ts.SyntaxKind.SlashToken || !isOne(skipOuter(node.left))) return undefined;
  const sum = onePlus(skipOuter(node.right));
  const exponent = sum && mathArgument(env, sum, "exp");
  if (!exponent || !ts.isPrefixUnaryExpression(exponent) || exponent.operator !== ts.SyntaxKind.MinusToken) return undefined;
  return { name: "logistic", argument: exponent.operand };
}

/** `Math.log(1 + Math.exp(z))` as logOnePlusExp(z), `Math.log1p(Math.exp(z))` as log1pExp(z). */
export function softplusForm(env: Env, node: TS.CallExpression): StableForm | undefined {
  const ofLog1p = mathArgument(env, node, "log1p");
  const sum = ofLog1p ? undefined : mathArgument(env, node, "log");
  const inner = ofLog1p ?? (sum && onePlus(sum));
  const argument = inner && mathArgument(env, inner, "exp");
  return argument ? { name: ofLog1p ? "log1pExp" : "logOnePlusExp", argument } : undefined;
}
