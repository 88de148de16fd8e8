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
import { asTwinnable, declaredName, type Env, functionValueOf, resolveCallee, twinName, typeOf } from "./calls.js";
import { callsThroughVersion } from "./propagate.js";
import { skipOuter } from "./typegrad-source.js";
import type { FactStore, TwinnableFunction, Unit } from "./units.js";

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

/**
 * Where a reference to a top-level function goes in differentiable code: its twin `f$ad` by
 * name (`member`: `ns.f$ad`), imported from the function's module (`import`), or, imported
 * through a re-export that cannot name the twin, the version the function carries (`carried`: `ad(f)`).
 */
export type Redirect =
  | { readonly kind: "local" | "member"; readonly name: string }
  | { readonly kind: "import"; readonly module: string; readonly imported: string; readonly local: string }
  | { readonly kind: "carried" };

/** The twin a top-level statement declares: emitted after it, exported when the function is, attached when it escapes. */
export interface TwinPlan {
  readonly fn: TwinnableFunction;
  readonly unit: Extract<Unit, { kind: "twin" }>;
  readonly exported: boolean;
  /** `attach(f, f$ad)`: the function is used as a value or exported (a re-export cannot name its twin). */
  readonly attached: boolean;
  /** The function is used as a value other than as a transform's argument: its compiled code travels with it (rewrite/value-code.ts). */
  readonly escapes: boolean;
}

/** Per unit: the active decision-point expressions, the nodes the rewrite changes something in, call routes, function values. */
interface UnitFacts {
  readonly active: Set<TS.Node>;
  readonly asked: Set<TS.Node>;
  readonly busy: Set<TS.Node>;
  readonly routes: Map<TS.CallExpression, CallRoute>;
  /** Expressions handed on as function values: true when their differentiable version is found at run time (`ad(f)`). */
  readonly functionValues: Map<TS.Node, boolean>;
  readonly redirects: Map<TS.Node, Redirect>;
}

/** What the rewrite reads. @example facts.isActive(node.left, unit) */
export class Facts {
  private readonly units = new Map<Unit, UnitFacts>();
  private readonly twins = new Map<TS.Statement, TwinPlan>();
  private readonly versions = new Map<TS.Node, Extract<Unit, { kind: "twin" }>>();

  /** The twin `statement` declares, if one is emitted. */
  twinOf(statement: TS.Statement): TwinPlan | undefined {
    return this.twins.get(statement);
  }

  /**
   * The differentiable version a function literal or nested declaration carries in the base
   * unit (`attach(f, version)`), if it gets one.
   */
  versionOf(fn: TS.Node): Extract<Unit, { kind: "twin" }> | undefined {
    return this.versions.get(fn);
  }

  /** Where a reference the analysis marked goes in `unit`; undefined when it stays as written. */
  redirect(reference: TS.Node, unit: Unit): Redirect | undefined {
    return this.units.get(unit)?.redirects.get(reference);
  }

  /** Records the twins the top-level statements of `sf` declare. */
  planTwins(env: Env, store: FactStore, sf: TS.SourceFile): void {
    for (const statement of sf.statements) {
      const fn = declaredFunction(env, store, statement);
      const unit = fn && store.existingTwin(fn);
      if (!fn || !unit || unit.kind !== "twin") continue;
      const exported = isExported(env, sf, statement, fn);
      const escapes = store.escapes.shadowed.has(fn);
      const carries = escapes && !store.escapes.toTypegradOnly.has(fn);
      this.twins.set(statement, { fn, unit, exported, attached: exported || escapes, escapes: carries });
    }
  }

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
    if (!facts) this.units.set(unit, (facts = { active: new Set(), asked: new Set(), busy: new Set(), routes: new Map(), functionValues: new Map(), redirects: new Map() }));
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
      else if ((ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) && store.has(node, unit)) {
        const redirect = redirectOf(activity.env, store, node);
        if (redirect) unitFacts.redirects.set(node, redirect);
      } else if (unit.kind === "base" && (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node))) {
        const version = versionOf(activity.env, store, node, unit);
        if (version) this.versions.set(node, version);
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

/** Where a marked reference goes: to the twin of the top-level function it names, if that twin is emitted. */
function redirectOf(env: Env, store: FactStore, reference: TS.Identifier | TS.PropertyAccessExpression): Redirect | undefined {
  const fn = asTwinnable(env, functionValueOf(env, reference));
  if (!fn || !store.existingTwin(fn)) return undefined;
  const name = twinName(declaredName(fn));
  if (ts.isPropertyAccessExpression(reference)) return { kind: "member", name };
  const symbol = env.checker.getSymbolAtLocation(reference);
  const alias = symbol && symbol.flags & ts.SymbolFlags.Alias ? symbol.declarations?.[0] : undefined;
  if (!alias) return { kind: "local", name };
  const importDeclaration = ts.findAncestor(alias, ts.isImportDeclaration);
  const specifier = importDeclaration?.moduleSpecifier;
  const module = specifier && env.checker.getSymbolAtLocation(specifier)?.valueDeclaration;
  // Imported through a re-export, the twin cannot be named: the function carries it (attach).
  if (!specifier || !ts.isStringLiteral(specifier) || module !== fn.getSourceFile()) return { kind: "carried" };
  return { kind: "import", module: specifier.text, imported: name, local: twinName(reference.text) };
}

/**
 * The version a function created as a value carries (escape.ts), when the base unit's rewrite
 * attaches one: not for top-level functions (their twins) nor for one rewritten in place
 * already (every parameter active: it is its own version).
 */
function versionOf(env: Env, store: FactStore, node: TS.ArrowFunction | TS.FunctionExpression | TS.FunctionDeclaration, unit: Unit): Extract<Unit, { kind: "twin" }> | undefined {
  const version = store.existingTwin(node);
  if (!version || version.kind !== "twin" || ts.isSourceFile(node.parent) || asTwinnable(env, node)) return undefined;
  return node.parameters.every((p) => store.has(p, unit)) ? undefined : version;
}

/** The function a top-level statement declares, if it can have a twin. */
function declaredFunction(env: Env, store: FactStore, statement: TS.Statement): TwinnableFunction | undefined {
  if (ts.isFunctionDeclaration(statement)) return store.existingTwin(statement) ? asTwinnable(env, statement) : undefined;
  if (!ts.isVariableStatement(statement)) return undefined;
  const init = statement.declarationList.declarations[0]?.initializer;
  // `const f = (x) => …` declares a function; `const g = f` only names one declared elsewhere.
  const fn = init && skipOuter(init);
  return fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && store.existingTwin(fn) ? asTwinnable(env, fn) : undefined;
}

/** True when `f` is exported from its module in any way (`export`, `export default`, `export { f }`). */
function isExported(env: Env, sf: TS.SourceFile, statement: TS.Statement, fn: TwinnableFunction): boolean {
  if (ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return true;
  const checker = env.checker;
  const nameNode = ts.isFunctionDeclaration(fn) ? fn.name : (fn.parent as TS.VariableDeclaration).name;
  const symbol = nameNode && checker.getSymbolAtLocation(nameNode);
  const moduleSymbol = checker.getSymbolAtLocation(sf);
  if (!symbol || !moduleSymbol) return false;
  return checker.getExportsOfModule(moduleSymbol).some((e) => (e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e) === symbol);
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
  // `m.get(k)!`, `fs[0]!`: the checker's type of the operand may still include undefined.
  return activity.env.checker.getNonNullableType(typeOf(activity.env, inner)).getCallSignatures().length > 0;
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
    case ts.SyntaxKind.NewExpression: {
      const local = typedArrayLocal(node as TS.NewExpression);
      return local ? [local] : NONE;
    }
    default:
      return NONE;
  }
}

/**
 * The variable a `new Float64Array(…)` (or `Float32Array`) is stored in — `const y = new
 * Float64Array(n)`, `y = new Float64Array(n)` — if any: when it holds active values, the
 * rewrite makes it a plain array (a typed array would coerce each Var or Dual to a number).
 */
export function typedArrayLocal(e: TS.NewExpression): TS.Identifier | undefined {
  if (!ts.isIdentifier(e.expression) || (e.expression.text !== "Float64Array" && e.expression.text !== "Float32Array")) return undefined;
  let at: TS.Node = e;
  while (ts.isParenthesizedExpression(at.parent) || ts.isAsExpression(at.parent) || ts.isSatisfiesExpression(at.parent)) at = at.parent;
  const parent = at.parent;
  if (ts.isVariableDeclaration(parent) && parent.initializer === at && ts.isIdentifier(parent.name)) return parent.name;
  if (ts.isBinaryExpression(parent) && parent.right === at && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(parent.left)) return parent.left;
  return undefined;
}
