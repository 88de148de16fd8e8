/**
 * Type questions about operator expressions answered from their operands, as TypeScript's
 * checker computes them (checkBinaryLikeExpressionWorker, checkPrefixUnaryExpression), without
 * asking the checker for the operator's own type: `getTypeAtLocation` re-checks the whole
 * operand tree of an expression on every call, so asking it at every level of `a * b + c * d`
 * costs time quadratic in the expression's depth. Only leaves (names, calls, property reads)
 * reach the checker, once each.
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import { type Env, memoized, symbolOf, typeOf } from "./calls.js";
import { skipOuter } from "./typegrad-source.js";

/**
 * Declared types a reference always has, wherever it is read: no union (narrowed by `typeof`,
 * `===`, truthiness, assignments), no `any`/`unknown` (narrowed by `typeof`, evolving), no type
 * parameter, no object type (narrowed by `instanceof` and type guards to a subtype).
 */
const NARROWABLE = ts.TypeFlags.Union | ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Instantiable | ts.TypeFlags.Never | ts.TypeFlags.Object;

/**
 * The checker's type of `e`, asked once per node and, where the checker keeps the answer, read
 * from what it keeps instead of re-checking `e` (`getTypeAtLocation` re-checks an expression's
 * subtree on every call):
 * - a name of a variable or parameter whose declared type no narrowing can change (`x: number`,
 *   `v: Var`, `let i = 0`) gets the type of its symbol; asking at the reference would run flow
 *   analysis at each one;
 * - a plain call `f(a)` gets its resolved signature's return type, as the checker computes it
 *   (checkCallExpression) — optional calls, `super(...)` and `new` are asked as they are;
 * - `xs[i]` with a non-literal index gets the number index type of `xs`'s type (an array's
 *   element type); a literal index, which narrowing can follow, is asked as it is.
 * @example expressionType(env, identifier("x")) // Var for `x: Var`
 */
export function expressionType(env: Env, e: TS.Expression): TS.Type {
  return memoized(env, "expressionType", e, () => uncachedExpressionType(env, e));
}

function uncachedExpressionType(env: Env, e: TS.Expression): TS.Type {
  if (ts.isIdentifier(e)) {
    const symbol = symbolOf(env, e);
    const declaration = symbol?.valueDeclaration;
    if (declaration && (ts.isParameter(declaration) || ts.isVariableDeclaration(declaration) || ts.isBindingElement(declaration))) {
      const declared = env.checker.getTypeOfSymbol(symbol!);
      // `Var` is `number & { brand }`: an intersection with a primitive is not narrowed either.
      const exact = declared.isIntersection() ? declared.types.some((t) => !(t.flags & NARROWABLE)) : !(declared.flags & NARROWABLE);
      if (exact) return declared;
    }
  } else if (ts.isCallExpression(e) && !ts.isOptionalChain(e) && e.expression.kind !== ts.SyntaxKind.SuperKeyword && e.expression.kind !== ts.SyntaxKind.ImportKeyword) {
    const signature = env.checker.getResolvedSignature(e);
    if (signature) return env.checker.getReturnTypeOfSignature(signature);
  } else if (ts.isElementAccessExpression(e) && !ts.isOptionalChain(e) && !ts.isLiteralExpression(skipOuter(e.argumentExpression)) && isNumericType(expressionType(env, e.argumentExpression))) {
    const element = env.checker.getIndexInfoOfType(expressionType(env, e.expression), ts.IndexKind.Number)?.type;
    if (element) return element;
  }
  return typeOf(env, e);
}

/** Binary operators whose result is `number` when both operands are numbers (else bigint or an error). */
const NUMERIC_RESULT = new Set<TS.SyntaxKind>([
  ts.SyntaxKind.MinusToken,
  ts.SyntaxKind.AsteriskToken,
  ts.SyntaxKind.SlashToken,
  ts.SyntaxKind.PercentToken,
  ts.SyntaxKind.AsteriskAsteriskToken,
]);

const NOT_STRING = ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Null;

/**
 * True when a value of type `t` makes `+` concatenate: the checker's
 * `isTypeAssignableToKind(t, StringLike, true)`. @example isStringOperandType(env, stringType) // true
 */
function isStringOperandType(env: Env, t: TS.Type): boolean {
  if (t.flags & ts.TypeFlags.StringLike) return true;
  if (t.flags & NOT_STRING) return false;
  return env.checker.isTypeAssignableTo(t, env.checker.getStringType());
}

/** True when the operand `e` of a `+` is string-like (then the `+` concatenates). */
function isStringOperand(env: Env, e: TS.Expression): boolean {
  if (ts.isParenthesizedExpression(e)) return isStringOperand(env, e.expression);
  if (ts.isNumericLiteral(e) || ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) return false;
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isTemplateExpression(e)) return true;
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken) return concatenates(env, e);
    if (NUMERIC_RESULT.has(op)) return false;
  }
  return isStringOperandType(env, expressionType(env, e));
}

/**
 * True when `left + right` is a string concatenation (the checker types it `string`).
 * @example concatenates(env, node(`"y=" + y`)) // true
 */
export function concatenates(env: Env, node: TS.BinaryExpression): boolean {
  return memoized(env, "concatenates", node, () => isStringOperand(env, node.left) || isStringOperand(env, node.right));
}

/**
 * True when the checker types `e` as a number (a `Var`/`Dual` included), not `any`, a string,
 * a bigint... Arithmetic on number operands is answered from the operands.
 * @example isNumericExpression(env, node("x * 2")) // true for x: number
 */
export function isNumericExpression(env: Env, e: TS.Expression): boolean {
  // Asked at every level of an operator tree (the rewrite asks of both operands of each
  // operator): kept per node, so the walk below the node is done once.
  return memoized(env, "numeric", e, () => uncachedIsNumericExpression(env, e));
}

function uncachedIsNumericExpression(env: Env, e: TS.Expression): boolean {
  if (ts.isParenthesizedExpression(e)) return isNumericExpression(env, e.expression);
  if (ts.isNumericLiteral(e)) return true;
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if ((op === ts.SyntaxKind.PlusToken || NUMERIC_RESULT.has(op)) && isNumericExpression(env, e.left) && isNumericExpression(env, e.right)) return true;
  } else if (ts.isPrefixUnaryExpression(e)) {
    if (e.operator === ts.SyntaxKind.PlusToken) return true;
    if (e.operator === ts.SyntaxKind.MinusToken && isNumericExpression(env, e.operand)) return true;
  }
  return isNumericType(expressionType(env, e));
}

/** True for `number`, number literals and enums, and `Var`/`Dual` (`number & { brand }`). */
export function isNumericType(type: TS.Type): boolean {
  if (type.flags & ts.TypeFlags.NumberLike) return true;
  if (type.isIntersection()) return type.types.some(isNumericType);
  return type.isUnion() && type.types.every(isNumericType);
}
