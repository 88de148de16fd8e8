/**
 * Formulas that have a numerically stable primitive of their own. Written out, the logistic
 * function 1/(1 + e⁻ᶻ) has the derivative e⁻ᶻ/(1 + e⁻ᶻ)², which is ∞/∞ = NaN once e⁻ᶻ
 * overflows (z < -709), and ln(1 + eᶻ) overflows the same way; `sigmoid` and `softplus` compute
 * the same functions without overflow and with derivatives y(1 - y) and sigmoid(z). The
 * rewriter uses them when it meets these formulas on an active value.
 *
 *   1 / (1 + Math.exp(-z))                        →  sigmoid(z)
 *   Math.log(1 + Math.exp(z)), Math.log1p(Math.exp(z))  →  softplus(z)
 */
import ts from "./ts.js";
import type * as TS from "typescript";
import { type Env, resolveCallee } from "./calls.js";
import { skipOuter } from "./typegrad-source.js";

/** A formula recognised as a stable primitive applied to `argument`. */
export interface StableForm {
  readonly name: "sigmoid" | "softplus";
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

/** `1 / (1 + Math.exp(-z))` (either order in the sum) as sigmoid(z). */
export function logistic(env: Env, node: TS.BinaryExpression): StableForm | undefined {
  if (node.operatorToken.kind !== ts.SyntaxKind.SlashToken || !isOne(skipOuter(node.left))) return undefined;
  const sum = onePlus(skipOuter(node.right));
  const exponent = sum && mathArgument(env, sum, "exp");
  if (!exponent || !ts.isPrefixUnaryExpression(exponent) || exponent.operator !== ts.SyntaxKind.MinusToken) return undefined;
  return { name: "sigmoid", argument: exponent.operand };
}

/** `Math.log(1 + Math.exp(z))` or `Math.log1p(Math.exp(z))` as softplus(z). */
export function softplusForm(env: Env, node: TS.CallExpression): StableForm | undefined {
  const inner = mathArgument(env, node, "log1p") ?? (() => {
    const sum = mathArgument(env, node, "log");
    return sum && onePlus(sum);
  })();
  const argument = inner && mathArgument(env, inner, "exp");
  return argument ? { name: "softplus", argument } : undefined;
}
