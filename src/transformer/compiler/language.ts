/**
 * The language the compiled modes understand, read by lowering (lower.ts): which operators
 * and primitives, which captured names, and when an operation stays native JavaScript because
 * the rewriter leaves it so. Lowering throws `Unsupported` on anything else, naming the
 * construct; the function then simply runs on the runtime (and `explain` says why).
 */
import ts from "../ts.js";
import type * as TS from "typescript";
// The table is filled by rules.ts; importing it alone keeps the rest of the runtime out of the compiler.
import "../../runtime/rules.js";
import { PRIMITIVES } from "../../runtime/lift.js";
import { type Env, isGlobalMath, mathRule, resolveCallee, symbolOf } from "../analysis/calls.js";
import type { FileRewrite } from "../rewrite/file-rewrite.js";
import type { FunctionNode } from "../analysis/typegrad-source.js";

/** Thrown by lowering when the function uses something outside the language: `reason` names it. */
export class Unsupported extends Error {
  constructor(readonly reason: string, readonly node?: TS.Node) {
    super(reason);
  }
}

export const OPERATORS = new Map<TS.SyntaxKind, string>([
  [ts.SyntaxKind.PlusToken, "add"],
  [ts.SyntaxKind.MinusToken, "sub"],
  [ts.SyntaxKind.AsteriskToken, "mul"],
  [ts.SyntaxKind.SlashToken, "div"],
  [ts.SyntaxKind.PercentToken, "mod"],
  [ts.SyntaxKind.AsteriskAsteriskToken, "pow"],
]);
export const COMPOUND = new Map<TS.SyntaxKind, string>([
  [ts.SyntaxKind.PlusEqualsToken, "add"],
  [ts.SyntaxKind.MinusEqualsToken, "sub"],
  [ts.SyntaxKind.AsteriskEqualsToken, "mul"],
  [ts.SyntaxKind.SlashEqualsToken, "div"],
]);
/** Comparisons compiled code evaluates on primal values. */
export const COMPARISONS = new Set([
  ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken, ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken,
]);
export const MATH_CONSTANTS = new Set(["PI", "E", "LN2", "LN10", "LOG2E", "LOG10E", "SQRT2", "SQRT1_2"]);

/**
 * True when `node` names a value captured from the top level of the file it is used in that is
 * never active, and that the same name means at `site`, where compiled code is emitted.
 */
export function isCapturedConstant(file: FileRewrite, node: TS.Identifier, site: TS.Node): boolean {
  const env = file.analysis.env;
  const symbol = env.checker.getSymbolAtLocation(node);
  if (!symbol) return false;
  const { activity, facts } = file.analysis;
  if (activity.isActive(node, facts.base)) return false;
  // Declared at the top level of this file, or a `const` imported from another module.
  const imported = !!(symbol.flags & ts.SymbolFlags.Alias);
  const declaration = imported ? env.checker.getAliasedSymbol(symbol).valueDeclaration : symbol.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration)) return false;
  if (!imported && declaration.getSourceFile() !== site.getSourceFile()) return false;
  const list = declaration.parent, statement = list.parent;
  if (!ts.isVariableStatement(statement) || !ts.isSourceFile(statement.parent)) return false;
  if (imported && !(list.flags & ts.NodeFlags.Const)) return false;
  if (declaration.initializer && activity.isActive(declaration.initializer, facts.base)) return false;
  return env.checker.getSymbolsInScope(site, ts.SymbolFlags.Value | ts.SymbolFlags.Alias).find((s) => s.name === node.text) === symbol;
}

/** The table name of a call of `Math.<fn>` or of typegrad's own one- or two-argument primitive. */
export function primitiveCall(env: Env, node: TS.CallExpression): string | undefined {
  const callee = resolveCallee(env, node);
  const name = callee.kind === "math" ? mathRule(callee.name) : callee.kind === "typegrad" ? symbolOf(env, node.expression)?.name : undefined;
  const fits = name !== undefined && ruleArity(name) === node.arguments.length && !node.arguments.some(ts.isSpreadElement);
  return fits ? name : undefined;
}

/** The arity of a one- or two-argument primitive of the runtime's table, else undefined. */
export function ruleArity(name: string): 1 | 2 | undefined {
  const rule = PRIMITIVES.get(name);
  return rule && !("partials" in rule) && (rule.arity === 1 || rule.arity === 2) ? rule.arity : undefined;
}

/** The value of `Math.PI` and the other `Math` constants, else undefined. */
export function mathConstant(env: Env, node: TS.Expression): number | undefined {
  if (!ts.isPropertyAccessExpression(node) || !isGlobalMath(env, node.expression) || !MATH_CONSTANTS.has(node.name.text)) return undefined;
  return (Math as unknown as Record<string, number>)[node.name.text];
}

/**
 * True when the rewriter turns `node` (an operation inside `fn`) into a runtime call, because
 * an operand may be active. Otherwise it stays native JavaScript there, and compiled code must
 * compute it natively too to give the same number (the runtime's `exp` is not V8's `Math.exp`).
 */
export function isRewritten(file: FileRewrite, fn: FunctionNode, node: TS.Expression): boolean {
  const { activity, facts } = file.analysis;
  const unit = facts.existingTwin(fn) ?? facts.base;
  const active = (e: TS.Expression) => activity.isActive(e, unit);
  if (ts.isBinaryExpression(node)) return active(node.left) || active(node.right);
  if (ts.isPrefixUnaryExpression(node)) return active(node.operand);
  if (ts.isCallExpression(node)) return node.arguments.some((a) => active(a as TS.Expression));
  return true;
}

/** The operands of an operation `isRewritten` is asked about. */
export const operandsOf = (node: TS.BinaryExpression | TS.PrefixUnaryExpression | TS.CallExpression): TS.Expression[] =>
  ts.isBinaryExpression(node) ? [node.left, node.right] : ts.isPrefixUnaryExpression(node) ? [node.operand] : [...node.arguments];
