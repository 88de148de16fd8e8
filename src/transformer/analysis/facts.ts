/**
 * The analysis's answer as data, produced once after the fixpoint and only read by the
 * rewrite (analysis → facts → rewrite): for every unit's code that will be rewritten, which
 * expressions are active at the places the rewrite decides on (operands of operators, call
 * arguments and receivers, the object of a property read, template spans, conditions,
 * `typeof` and `switch` operands), and which nodes hold something the rewrite changes. A node
 * with nothing inside is emitted as it is without being visited.
 *
 * The places listed in `decisionPoints` are exactly those the rewriter asks about
 * (rewrite.ts); a question about any other expression is a bug, reported as such.
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import type { Activity } from "./activity.js";
import { functionValueOf, resolveCallee, typeOf } from "./calls.js";
import { callsThroughVersion } from "./propagate.js";
import { skipOuter } from "./typegrad-source.js";
import type { FactStore, Unit } from "./units.js";

/**
 * How the rewrite treats a call:
 *  - `typegrad`: a transform or other typegrad function (function values handed to it go through `ad`);
 *  - `bind`: `f.bind(…)` of a function carrying a differentiable version (the bound function keeps it);
 *  - `math`: `Math.<name>`;
 *  - `version`: a function value called through the differentiable version it carries (`call`, `invoke`);
 *  - `external`: a function outside the program (a library, `lib.d.ts`, a `declare function`);
 *  - `program`: one of the program's functions, called as written or through its twin (a reference fact).
 */
export type CallRoute =
  | { readonly kind: "typegrad" | "bind" | "version" | "program" }
  | { readonly kind: "math"; readonly name: string }
  | { readonly kind: "external"; readonly declaration: TS.SignatureDeclaration };

/** Per unit: the active decision-point expressions, the nodes the rewrite changes something in, call routes, function values. */
interface UnitFacts {
  readonly active: Set<TS.Node>;
  readonly asked: Set<TS.Node>;
  readonly busy: Set<TS.Node>;
  readonly routes: Map<TS.CallExpression, CallRoute>;
  /** Expressions handed on as function values: true when their differentiable version is found at run time (`ad(f)`). */
  readonly functionValues: Map<TS.Node, boolean>;
}

/** What the rewrite reads. @example facts.isActive(node.left, unit) */
export class Facts {
  private readonly units = new Map<Unit, UnitFacts>();

  /** True when `expr`, a place the rewrite decides on, may be active in `unit`. */
  isActive(expr: TS.Node, unit: Unit): boolean {
    const facts = this.units.get(unit);
    if (!facts?.asked.has(expr)) throw new Error(`typegrad: no activity fact for ${ts.SyntaxKind[expr.kind]} '${expr.getText()}'`);
    return facts.active.has(expr);
  }

  /** How the rewrite treats `call` in `unit`. @example facts.route(call, unit).kind // "math" */
  route(call: TS.CallExpression, unit: Unit): CallRoute {
    const route = this.units.get(unit)?.routes.get(call);
    if (!route) throw new Error(`typegrad: no call fact for '${call.getText()}'`);
    return route;
  }

  /**
   * True when `expr`, handed to a transform, a library function or `.bind`, is a function value
   * whose differentiable version is found at run time (`ad(f)`): one the analysis cannot name (a
   * parameter, a property, a call's result), or a function value with a version of its own.
   */
  isFunctionValue(expr: TS.Node, unit: Unit): boolean {
    const answer = this.units.get(unit)?.functionValues.get(expr);
    if (answer === undefined) throw new Error(`typegrad: no function-value fact for '${expr.getText()}'`);
    return answer;
  }

  /** False when nothing in `node` (itself included) is rewritten in `unit`: it is emitted as written. */
  touches(node: TS.Node, unit: Unit): boolean {
    return !!this.units.get(unit)?.busy.has(node);
  }

  /** Records the facts of one region (a file, a twin's function) as `unit`. */
  collect(activity: Activity, region: TS.Node, unit: Unit): void {
    let facts = this.units.get(unit);
    if (!facts) this.units.set(unit, (facts = { active: new Set(), asked: new Set(), busy: new Set(), routes: new Map(), functionValues: new Map() }));
    const { active, asked, busy } = facts;
    const unitFacts = facts;
    const store = activity.facts;
    const visit = (node: TS.Node): boolean => {
      if (ts.isTypeNode(node)) return false;
      let changes = rewritesItself(activity, store, node, unit);
      for (const e of decisionPoints(node)) {
        if (asked.has(e)) {
          if (active.has(e)) changes = true;
          continue;
        }
        asked.add(e);
        if (activity.isActive(e as TS.Expression, unit)) {
          active.add(e);
          changes = true;
        }
      }
      if (ts.isCallExpression(node)) routeCall(activity, node, unit, unitFacts);
      ts.forEachChild(node, (child) => {
        if (visit(child)) changes = true;
      });
      if (changes) busy.add(node);
      return changes;
    };
    visit(region);
  }
}

/**
 * Nodes the rewrite may change whatever is active: typegrad calls (compiled code, `ad(f)`,
 * diagnostics), `.bind` calls, references redirected to a twin, functions carrying a version.
 */
function rewritesItself(activity: Activity, store: FactStore, node: TS.Node, unit: Unit): boolean {
  switch (node.kind) {
    case ts.SyntaxKind.CallExpression: {
      const call = node as TS.CallExpression;
      const target = skipOuter(call.expression);
      if (ts.isPropertyAccessExpression(target) && target.name.text === "bind") return true;
      return resolveCallee(activity.env, call).kind === "typegrad";
    }
    case ts.SyntaxKind.Identifier:
    case ts.SyntaxKind.PropertyAccessExpression:
      return store.has(node, unit);
    case ts.SyntaxKind.ShorthandPropertyAssignment:
      return store.has((node as TS.ShorthandPropertyAssignment).name, unit);
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.FunctionExpression:
    case ts.SyntaxKind.FunctionDeclaration:
      return store.existingTwin(node) !== undefined;
    default:
      return false;
  }
}

/** Records the route of `call` and the function values the rewrite hands on from it (rewrite.ts `call`). */
function routeCall(activity: Activity, call: TS.CallExpression, unit: Unit, facts: UnitFacts): void {
  const env = activity.env;
  const functionValue = (e: TS.Expression): boolean => {
    let answer = facts.functionValues.get(e);
    if (answer === undefined) facts.functionValues.set(e, (answer = isFunctionValue(activity, e, unit)));
    return answer;
  };
  const target = skipOuter(call.expression);
  const callee = resolveCallee(env, call);
  let route: CallRoute;
  if (activity.facts.escapes.bindCalls.has(call) || (ts.isPropertyAccessExpression(target) && target.name.text === "bind" && !call.questionDotToken && functionValue(target.expression))) {
    route = { kind: "bind" };
  } else if (callee.kind === "typegrad") {
    route = callee;
    for (const arg of call.arguments) {
      const e = skipOuter(arg);
      if (ts.isObjectLiteralExpression(e)) for (const p of e.properties) if (ts.isPropertyAssignment(p)) functionValue(p.initializer);
      if (!ts.isSpreadElement(arg)) functionValue(arg);
    }
  } else if (callee.kind === "math") {
    route = callee;
  } else if (callee.kind === "unknown" || (callee.kind === "program" && callee.fn && callsThroughVersion(activity, callee.fn, unit))) {
    route = { kind: "version" };
  } else if (callee.kind === "external") {
    route = callee;
    // Callbacks are handed on as function values only where the rewrite changes the call.
    const receiver = ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target) ? target.expression : undefined;
    const changed = (receiver && facts.active.has(receiver)) || call.arguments.some((a) => facts.active.has(ts.isSpreadElement(a) ? a.expression : a));
    if (changed) for (const arg of call.arguments) if (!ts.isSpreadElement(arg)) functionValue(arg);
  } else {
    route = { kind: "program" };
  }
  facts.routes.set(call, route);
}

/** See `Facts.isFunctionValue`. */
function isFunctionValue(activity: Activity, e: TS.Expression, unit: Unit): boolean {
  const inner = skipOuter(e);
  const fn = functionValueOf(activity.env, inner);
  if (fn) return fn !== inner && callsThroughVersion(activity, fn, unit);
  if (ts.isArrowFunction(inner) || ts.isFunctionExpression(inner)) return false;
  return typeOf(activity.env, inner).getCallSignatures().length > 0;
}

const NONE: readonly TS.Node[] = [];

/** The expressions of `node` whose activity the rewriter (rewrite.ts) asks about. */
export function decisionPoints(node: TS.Node): readonly TS.Node[] {
  switch (node.kind) {
    case ts.SyntaxKind.BinaryExpression: {
      const b = node as TS.BinaryExpression;
      return [b.left, b.right];
    }
    case ts.SyntaxKind.PrefixUnaryExpression:
    case ts.SyntaxKind.PostfixUnaryExpression:
      return [(node as TS.PrefixUnaryExpression).operand];
    case ts.SyntaxKind.CallExpression: {
      const call = node as TS.CallExpression;
      const points: TS.Node[] = [];
      for (const a of call.arguments) {
        points.push(a);
        if (ts.isSpreadElement(a)) points.push(a.expression);
      }
      const target = skipOuter(call.expression);
      if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) points.push(target.expression);
      return points;
    }
    case ts.SyntaxKind.PropertyAccessExpression:
      return [(node as TS.PropertyAccessExpression).expression];
    case ts.SyntaxKind.TemplateSpan:
    case ts.SyntaxKind.TypeOfExpression:
    case ts.SyntaxKind.SwitchStatement:
    case ts.SyntaxKind.IfStatement:
    case ts.SyntaxKind.WhileStatement:
    case ts.SyntaxKind.DoStatement:
      return [(node as TS.IfStatement).expression];
    case ts.SyntaxKind.ForStatement: {
      const condition = (node as TS.ForStatement).condition;
      return condition ? [condition] : NONE;
    }
    case ts.SyntaxKind.ConditionalExpression:
      return [(node as TS.ConditionalExpression).condition];
    default:
      return NONE;
  }
}
