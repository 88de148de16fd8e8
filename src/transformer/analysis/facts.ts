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
import { resolveCallee } from "./calls.js";
import { skipOuter } from "./typegrad-source.js";
import type { FactStore, Unit } from "./units.js";

/** Per unit: the active decision-point expressions and the nodes the rewrite changes something in. */
interface UnitFacts {
  readonly active: Set<TS.Node>;
  readonly asked: Set<TS.Node>;
  readonly busy: Set<TS.Node>;
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

  /** False when nothing in `node` (itself included) is rewritten in `unit`: it is emitted as written. */
  touches(node: TS.Node, unit: Unit): boolean {
    return !!this.units.get(unit)?.busy.has(node);
  }

  /** Records the facts of one region (a file, a twin's function) as `unit`. */
  collect(activity: Activity, region: TS.Node, unit: Unit): void {
    let facts = this.units.get(unit);
    if (!facts) this.units.set(unit, (facts = { active: new Set(), asked: new Set(), busy: new Set() }));
    const { active, asked, busy } = facts;
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
