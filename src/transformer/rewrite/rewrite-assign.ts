/**
 * Compound assignment (`a[i] *= x`) and increments (`o.p++`) on places that may hold an
 * active value. Like TypeScript's own rewrite of `**=`, every subexpression of the target is
 * evaluated exactly once: a non-trivial object or key is first stored in a hoisted temporary.
 *
 *   x += y          →  x = __typegrad.add(x, y)
 *   f().p *= y      →  (_a = f(), _a.p = __typegrad.mul(_a.p, y))
 *   a[g()]++ (used) →  (_a = g(), _b = a[_a], a[_a] = __typegrad.add(_b, 1), _b)
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import type { FileRewrite } from "./file-rewrite.js";
import { skipOuter } from "../analysis/typegrad-source.js";

/** A target split into temp assignments to run first, and side-effect-free place/read forms. */
interface Place {
  setup: TS.Expression[];
  target: TS.LeftHandSideExpression;
  read: TS.Expression;
}

/** Names and keys that are safe to evaluate twice. */
function isStable(e: TS.Expression): boolean {
  return ts.isIdentifier(e) || e.kind === ts.SyntaxKind.ThisKeyword || ts.isLiteralExpression(e) || ts.isNumericLiteral(e);
}

/**
 * Splits an assignment target. `visit` rewrites subexpressions (already visited children are
 * used in the place). @example capturePlace(file, node("a[i]"), visit)
 */
export function capturePlace(file: FileRewrite, target: TS.Expression, visit: (e: TS.Expression) => TS.Expression): Place {
  const f = file.factory;
  const setup: TS.Expression[] = [];
  const stable = (e: TS.Expression): TS.Expression => {
    const visited = visit(e);
    if (isStable(e)) return visited;
    const temp = f.createTempVariable(file.context.hoistVariableDeclaration);
    setup.push(ts.setTextRange(f.createAssignment(temp, visited), e));
    return temp;
  };
  const e = skipOuter(target);
  if (ts.isPropertyAccessExpression(e)) {
    const object = stable(e.expression);
    const target = ts.setTextRange(f.createPropertyAccessExpression(object, e.name.text), e);
    return { setup, target, read: f.createPropertyAccessExpression(copy(f, object), e.name.text) };
  }
  if (ts.isElementAccessExpression(e)) {
    const object = stable(e.expression);
    const key = stable(e.argumentExpression);
    const target = ts.setTextRange(f.createElementAccessExpression(object, key), e);
    return { setup, target, read: f.createElementAccessExpression(copy(f, object), copy(f, key)) };
  }
  const place = visit(e) as TS.LeftHandSideExpression;
  return { setup, target: place, read: copy(f, place) };
}

/**
 * A second mention of a stable expression. Positioned source nodes carry their comments and
 * the printer would emit them at each mention, so names are re-created (keeping the original
 * node for later transforms) and only the first mention keeps the position.
 */
function copy<T extends TS.Expression>(f: TS.NodeFactory, e: T): T {
  if (e.pos < 0) return e; // synthesized (a temporary): no comments to repeat
  if (ts.isIdentifier(e)) return ts.setOriginalNode(f.createIdentifier(e.text), e) as TS.Expression as T;
  if (e.kind === ts.SyntaxKind.ThisKeyword) return f.createThis() as TS.Expression as T;
  if (ts.isNumericLiteral(e)) return f.createNumericLiteral(e.text) as TS.Expression as T;
  if (ts.isStringLiteral(e)) return f.createStringLiteral(e.text) as TS.Expression as T;
  return e;
}

/** `left op= right` → `left = op(left, right)`, evaluating `left`'s parts once. */
export function rewriteCompound(file: FileRewrite, node: TS.BinaryExpression, runtimeName: string, visit: (e: TS.Expression) => TS.Expression): TS.Expression {
  const f = file.factory;
  const { setup, target, read } = capturePlace(file, node.left, visit);
  const value = file.runtimeCall(runtimeName, [read, visit(node.right)], node);
  const assignment = ts.setTextRange(f.createAssignment(target, value), node);
  return ts.setOriginalNode(setup.length ? ts.setTextRange(sequence(f, [...setup, assignment]), node) : assignment, node);
}

/** `++x`, `x--`...: `x = add(x, 1)`; a postfix whose value is used returns the old value. */
export function rewriteIncrement(file: FileRewrite, node: TS.PrefixUnaryExpression | TS.PostfixUnaryExpression, visit: (e: TS.Expression) => TS.Expression): TS.Expression {
  const f = file.factory;
  const name = node.operator === ts.SyntaxKind.PlusPlusToken ? "add" : "sub";
  const { setup, target, read } = capturePlace(file, node.operand, visit);
  const one = f.createNumericLiteral(1);
  let parts: TS.Expression[];
  if (ts.isPrefixUnaryExpression(node) || isValueDiscarded(node)) {
    parts = [...setup, f.createAssignment(target, file.runtimeCall(name, [read, one], node))];
  } else {
    const old = f.createTempVariable(file.context.hoistVariableDeclaration);
    parts = [...setup, f.createAssignment(old, read), f.createAssignment(target, file.runtimeCall(name, [old, one], node)), old];
  }
  const result = sequence(f, parts);
  return ts.setOriginalNode(ts.setTextRange(result, node), node);
}

/** True when an expression's value is not used (a statement, a `for` update, `void`). */
function isValueDiscarded(node: TS.Node): boolean {
  const parent = node.parent;
  return (
    ts.isExpressionStatement(parent) ||
    ts.isVoidExpression(parent) ||
    (ts.isForStatement(parent) && (parent.incrementor === node || parent.initializer === node)) ||
    (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.CommaToken && (parent.left === node || isValueDiscarded(parent)))
  );
}

/** `(a, b, c)`: parenthesised so it stays one operand wherever it lands. */
function sequence(f: TS.NodeFactory, parts: TS.Expression[]): TS.Expression {
  return parts.length === 1 ? parts[0]! : f.createParenthesizedExpression(parts.reduce((a, b) => f.createComma(a, b)));
}
