/**
 * Which twins are worth emitting. A twin whose body would come out identical to the original
 * (say `count(xs) { return xs.length * 2 }` called with an array of active values) is
 * dropped, and its callers keep calling the original: it is safe with active values already.
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import type { Activity } from "./activity.js";
import { asTwinnable, functionValueOf, resolveCallee, typeOf } from "./calls.js";
import { callsThroughVersion } from "./propagate.js";
import { skipOuter } from "./typegrad-source.js";
import type { Unit } from "./units.js";

/**
 * The twins that must be emitted: those whose body has an operation on an active value, or
 * calls a twin that must be emitted. @example essentialTwins(activity) // Set of twin units
 */
export function essentialTwins(activity: Activity): Set<Unit> {
  const twins = activity.facts.units().filter((u): u is Extract<Unit, { kind: "twin" }> => u.kind === "twin");
  const essential = new Set<Unit>(twins.filter((u) => rewritesSomething(activity, u)));
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of twins) {
      if (essential.has(unit)) continue;
      if (referencedTwins(activity, unit).some((t) => essential.has(t))) {
        essential.add(unit);
        grew = true;
      }
    }
  }
  return essential;
}

function rewritesSomething(activity: Activity, unit: Extract<Unit, { kind: "twin" }>): boolean {
  const active = (e: TS.Expression): boolean => activity.isActive(e, unit);
  let found = false;
  const visit = (node: TS.Node): void => {
    if (found || ts.isTypeNode(node)) return;
    // Any operator on an active operand counts: rewritten, or reported (bitwise, truthiness)
    // — a dropped twin would lose its diagnostics.
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op !== ts.SyntaxKind.EqualsToken && op !== ts.SyntaxKind.CommaToken && (active(node.left) || active(node.right))) found = true;
    } else if (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) {
      if (active(node.operand)) found = true;
    } else if (ts.isCallExpression(node)) {
      const kind = resolveCallee(activity.env, node).kind;
      if ((kind === "math" || kind === "external" || kind === "unknown") && node.arguments.some((a) => active(ts.isSpreadElement(a) ? a.expression : a))) found = true;
      const callee = resolveCallee(activity.env, node);
      if (callee.kind === "program" && callee.fn && callsThroughVersion(activity, callee.fn, unit) && node.arguments.some((a) => active(ts.isSpreadElement(a) ? a.expression : a))) found = true;
      // `xs.map(Math.sin)` on active values: the callback becomes its differentiable version.
      const target = skipOuter(node.expression);
      if (kind === "external" && ts.isPropertyAccessExpression(target) && active(target.expression) && node.arguments.some((a) => typeOf(activity.env, a).getCallSignatures().length > 0)) found = true;
    } else if (ts.isTemplateSpan(node) || ts.isIfStatement(node) || ts.isWhileStatement(node) || ts.isDoStatement(node) || ts.isSwitchStatement(node)) {
      if (active(node.expression)) found = true;
    } else if (ts.isConditionalExpression(node)) {
      if (active(node.condition)) found = true;
    } else if (ts.isPropertyAccessExpression(node) && active(node.expression)) {
      const type = typeOf(activity.env, node.expression);
      if (type.flags & ts.TypeFlags.NumberLike) found = true; // `x.toFixed()` reads the primal
    }
    ts.forEachChild(node, visit);
  };
  visit(unit.fn);
  return found;
}

/** Twins this twin's body calls or hands out. */
function referencedTwins(activity: Activity, unit: Extract<Unit, { kind: "twin" }>): Unit[] {
  const found: Unit[] = [];
  const visit = (node: TS.Node): void => {
    // A reference redirected to a twin here but not in the original makes the bodies differ.
    if ((ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) && activity.facts.has(node, unit) && !activity.facts.has(node, activity.facts.base)) {
      const twin = activity.facts.existingTwin(asTwinnable(activity.env, functionValueOf(activity.env, node as TS.Expression)) ?? node);
      if (twin) found.push(twin);
    }
    ts.forEachChild(node, visit);
  };
  visit(unit.fn);
  return found;
}
