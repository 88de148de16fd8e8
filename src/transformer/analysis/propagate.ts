/**
 * The propagation rules of the activity analysis: one walk over a unit's code that records
 * where active values flow — into variables, parameters (of literals handed to typegrad, of
 * program functions called with active arguments, of array-method callbacks), properties,
 * array elements, destructured names and function results. `analysis.ts` repeats the walk
 * until no rule adds a fact (a fixpoint), so flows through loops, closures and recursion
 * are all found, in any order of declaration and across files.
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import type { Activity } from "./activity.js";
import { COMPOUND_ARITHMETIC } from "./activity.js";
import { asTwinnable, declaredName, type Env, functionValueOf, resolveCallee, symbolOf, twinName, typeOf } from "./calls.js";
import { isCallbackParameter } from "./parameter-flow.js";
import { type FunctionNode, isFunctionNode, isProgramFile, skipOuter } from "./typegrad-source.js";
import type { FactStore, TwinnableFunction, Unit } from "./units.js";

/** Array methods whose callback takes `(accumulator, element, index, array)`. */
const REDUCERS = new Set(["reduce", "reduceRight"]);

/** Walks `region` as `unit`, recording every flow of active values it finds. @example propagate(activity, sourceFile, base) */
export function propagate(activity: Activity, region: TS.Node, unit: Unit): void {
  new Propagation(activity, unit).visit(region);
}

class Propagation {
  constructor(
    private readonly a: Activity,
    private readonly unit: Unit,
  ) {}

  private active(expr: TS.Expression | undefined): boolean {
    return !!expr && this.a.isActive(expr, this.unit);
  }

  private mark(node: TS.Node, unit: Unit = this.unit): void {
    this.a.facts.mark(node, unit);
  }

  visit = (node: TS.Node): void => {
    if (ts.isTypeNode(node)) return;
    this.rule(node);
    ts.forEachChild(node, this.visit);
  };

  private rule(node: TS.Node): void {
    if (this.unit.kind === "twin" && node !== this.unit.fn && isFunctionNode(node) && this.a.facts.escapes.shadowed.has(node)) {
      // Inside a differentiable version, a function value it creates takes active values as it is.
      this.markParameters(node, this.unit);
    }
    if (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isBindingElement(node)) {
      if (this.active(node.initializer)) this.markBinding(node);
      else if (ts.isObjectBindingPattern(node.name)) this.activeProperties(node.name);
    } else if (ts.isForOfStatement(node)) {
      if (this.active(node.expression)) this.markLoopVariable(node.initializer, this.arrayEntries(node.expression));
    } else if (ts.isBinaryExpression(node)) {
      this.assignment(node);
    } else if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      this.call(node);
    } else if (ts.isReturnStatement(node)) {
      const fn = enclosingFunction(node);
      if (fn && this.active(node.expression)) this.mark(fn);
    } else if (ts.isArrowFunction(node) && !ts.isBlock(node.body)) {
      if (this.active(node.body)) this.mark(node);
    } else if (ts.isPropertyDeclaration(node) || ts.isPropertyAssignment(node)) {
      if (this.active(node.initializer)) this.mark(node);
    } else if (ts.isShorthandPropertyAssignment(node)) {
      if (this.a.isActiveSymbol(this.a.env.checker.getShorthandAssignmentValueSymbol(node), this.unit)) this.mark(node);
    }
  }

  /**
   * `const { total } = acc` where the object is not active but the property is (a class
   * field a method assigns active values to): each name bound to an active property is active.
   */
  private activeProperties(pattern: TS.ObjectBindingPattern): void {
    const type = this.a.env.checker.getTypeAtLocation(pattern);
    for (const element of pattern.elements) {
      if (element.dotDotDotToken) continue;
      const key = element.propertyName ?? element.name;
      if (!ts.isIdentifier(key) && !ts.isStringLiteral(key)) continue;
      if (this.a.isActiveSymbol(type.getProperty(key.text), this.unit)) this.markBinding(element);
    }
  }

  private markBinding(declaration: TS.VariableDeclaration | TS.ParameterDeclaration | TS.BindingElement, unit: Unit = this.unit): void {
    markBinding(this.a.facts, declaration, unit);
  }

  /**
   * Marks the variable of a `for…of` over an active value; over `xs.entries()` of an array, the
   * index of `[i, v]` stays plain (it is a count, whatever the elements hold).
   */
  private markLoopVariable(initializer: TS.ForInitializer, entries: boolean): void {
    if (!ts.isVariableDeclarationList(initializer)) return this.markTarget(initializer);
    for (const d of initializer.declarations) {
      if (!entries || !ts.isArrayBindingPattern(d.name)) {
        this.markBinding(d);
        continue;
      }
      this.a.facts.mark(d, this.unit);
      d.name.elements.forEach((element, k) => {
        if (k > 0 && ts.isBindingElement(element)) this.markBinding(element);
      });
    }
  }

  /** True for `xs.entries()` where `xs` is an array, a tuple or a typed array. */
  private arrayEntries(expression: TS.Expression): boolean {
    const call = skipOuter(expression);
    if (!ts.isCallExpression(call) || call.arguments.length > 0 || !ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== "entries") return false;
    const checker = this.a.env.checker;
    const type = checker.getTypeAtLocation(call.expression.expression);
    return checker.isArrayType(type) || checker.isTupleType(type) || /^(Float64|Float32)Array$/.test(type.symbol?.name ?? "");
  }

  private assignment(node: TS.BinaryExpression): void {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.EqualsToken || op === ts.SyntaxKind.QuestionQuestionEqualsToken || op === ts.SyntaxKind.BarBarEqualsToken || op === ts.SyntaxKind.AmpersandAmpersandEqualsToken) {
      if (this.active(node.right)) this.markTarget(node.left);
    } else if (COMPOUND_ARITHMETIC.has(op)) {
      if (this.active(node.right) || this.active(node.left)) this.markTarget(node.left);
    }
  }

  /** The place an active value is stored into becomes active: a variable, a property, an array. */
  private markTarget(target: TS.Expression): void {
    const e = skipOuter(target);
    if (ts.isIdentifier(e)) {
      const symbol = this.a.identifierSymbol(e);
      for (const d of symbol?.declarations ?? []) if (isProgramFile(this.a.env.program, d.getSourceFile())) this.mark(d);
    } else if (ts.isPropertyAccessExpression(e)) {
      const own = (symbolOf(this.a.env, e)?.declarations ?? []).filter((d) => isProgramFile(this.a.env.program, d.getSourceFile()));
      if (own.length > 0) own.forEach((d) => this.mark(d));
      else this.markTarget(e.expression);
    } else if (ts.isElementAccessExpression(e)) {
      this.markTarget(e.expression);
    } else if (ts.isArrayLiteralExpression(e)) {
      e.elements.forEach((x) => this.markTarget(ts.isSpreadElement(x) ? x.expression : x));
    } else if (ts.isObjectLiteralExpression(e)) {
      for (const p of e.properties) {
        if (ts.isPropertyAssignment(p)) this.markTarget(p.initializer);
        else if (ts.isShorthandPropertyAssignment(p)) this.markTarget(p.name);
        else if (ts.isSpreadAssignment(p)) this.markTarget(p.expression);
      }
    }
  }

  private call(call: TS.CallExpression | TS.NewExpression): void {
    const args = call.arguments ?? ts.factory.createNodeArray<TS.Expression>();
    const activeAt = args.map((x) => this.active(ts.isSpreadElement(x) ? x.expression : x));
    const anyActive = activeAt.some(Boolean);
    const callee = resolveCallee(this.a.env, call);
    if (anyActive) this.calledParameter(call);
    if (callee.kind === "typegrad") {
      // Functions handed to typegrad (grad, defineFunction's forward/backward...) are called with active values.
      args.forEach((x) => this.makeDifferentiable(x, true));
      return;
    }
    if (callee.kind === "program") {
      if (callee.fn) activeAt.forEach((on, i) => on && this.bindParameter(callee.fn!, i, ts.isSpreadElement(args[i]!)));
      if (!anyActive) return;
      args.forEach((x) => this.makeDifferentiable(x, false));
      if (callee.fn && asTwinnable(this.a.env, callee.fn)) this.mark(skipOuter(call.expression));
      return;
    }
    const target = skipOuter(call.expression);
    const receiver = ts.isPropertyAccessExpression(target) ? target.expression : undefined;
    const receiverActive = this.active(receiver);
    if (!anyActive && !receiverActive) return;
    const positions = receiver && ts.isPropertyAccessExpression(target) ? (REDUCERS.has(target.name.text) ? [0, 1, 3] : [0, 2]) : undefined;
    args.forEach((x) => this.makeDifferentiable(x, false, positions));
    // `xs.push(v)`, `xs.fill(v)`, `m.set(k, v)`: storing an active value makes the receiver active.
    // A function receiver (`f.call(self, x)`, `f.apply`, `f.bind`) stores nothing, nor does a
    // callback a library method only calls (`x.map((v) => v * t)` over plain `x`), nor a
    // module's namespace (`ts.createSourceFile(…)`, `fs.writeFileSync(…)`).
    const stores = activeAt.some((on, i) => on && !isCallbackParameter(callee, i));
    if (stores && receiver && holdsValues(typeOf(this.a.env, receiver))) this.markTarget(receiver);
  }

  /**
   * `f(x)`, `f.call(self, x)`, `f.apply(self, args)` with an active argument, where `f` is a
   * parameter: the functions handed to that parameter need differentiable versions.
   */
  private calledParameter(call: TS.CallExpression | TS.NewExpression): void {
    const target = skipOuter(call.expression);
    const value = ts.isPropertyAccessExpression(target) && (target.name.text === "call" || target.name.text === "apply") ? skipOuter(target.expression) : target;
    if (!ts.isIdentifier(value)) return;
    const declaration = symbolOf(this.a.env, value)?.valueDeclaration;
    if (!declaration || !ts.isParameter(declaration)) return;
    const flows = this.a.facts.escapes.flows;
    flows.need(declaration);
    for (const fn of flows.take()) giveVersion(this.a.env, this.a.facts, fn);
  }

  /** Parameter `i` of `fn` receives an active value: in its twin if it has one, else in place. */
  private bindParameter(fn: FunctionNode, i: number, spread: boolean): void {
    // A function value created outside this unit is called through the version it carries.
    if (callsThroughVersion(this.a, fn, this.unit)) return;
    const twin = asTwinnable(this.a.env, fn);
    const unit = twin ? this.a.facts.twinOf(twin, twinName(declaredName(twin))) : this.unit;
    const params = fn.parameters;
    const last = params[params.length - 1];
    if (i >= params.length) {
      if (last?.dotDotDotToken) this.markBinding(last, unit);
      return;
    }
    for (let j = i; j < (spread ? params.length : i + 1); j++) this.markBinding(params[j]!, unit);
  }

  /**
   * A function value that will be called with active values: a literal gets its parameters
   * marked in place; a named top-level function is replaced by its twin; with `objects`, the
   * function-valued properties of an object literal (defineFunction's spec) likewise.
   */
  private makeDifferentiable(arg: TS.Expression, objects: boolean, positions?: number[]): void {
    const e = skipOuter(ts.isSpreadElement(arg) ? arg.expression : arg);
    if (objects && ts.isObjectLiteralExpression(e)) {
      for (const p of e.properties) {
        if (ts.isPropertyAssignment(p)) this.makeDifferentiable(p.initializer, false);
        else if (ts.isShorthandPropertyAssignment(p)) this.makeDifferentiable(p.name, false);
        else if (ts.isMethodDeclaration(p)) this.markParameters(p, this.unit);
      }
      return;
    }
    const fn = functionValueOf(this.a.env, e);
    if (!fn || callsThroughVersion(this.a, fn, this.unit)) return; // found through its own version
    const twin = fn === e ? undefined : asTwinnable(this.a.env, fn);
    if (!twin) return this.markParameters(fn, this.unit, positions);
    this.markParameters(fn, this.a.facts.twinOf(twin, twinName(declaredName(twin))), positions);
    this.mark(e); // this reference is rewritten to the twin
  }

  private markParameters(fn: FunctionNode, unit: Unit, positions?: number[]): void {
    fn.parameters.forEach((p, i) => {
      if (!positions || positions.includes(i)) this.markBinding(p, unit);
    });
  }
}

/**
 * Gives `fn`, a function used as a value, its differentiable version: a unit in which every
 * parameter may be active (escape.ts). @example giveVersion(env, facts, literal)
 */
export function giveVersion(env: Env, facts: FactStore, fn: FunctionNode): void {
  if (facts.escapes.shadowed.has(fn) && facts.existingTwin(fn)) return;
  facts.escapes.shadowed.add(fn);
  // Lookups of `shadowed` earlier in this pass (callsThroughVersion, returnsActive) may have
  // answered without it: the pass must be repeated.
  facts.changed = true;
  facts.stale = true;
  // A function value may be called with active values in any parameter.
  const top = asTwinnable(env, fn);
  const unit = facts.twinOf(fn as TwinnableFunction, top ? twinName(declaredName(top)) : "");
  for (const p of fn.parameters) markBinding(facts, p, unit);
}

/**
 * True when a call of `fn` from `unit` goes through the differentiable version `fn` carries:
 * it is a function value with a version of its own (not a top-level twin) created outside `unit`.
 */
export function callsThroughVersion(activity: Activity, fn: FunctionNode, unit: Unit): boolean {
  const { facts, env } = activity;
  return facts.escapes.shadowed.has(fn) && !asTwinnable(env, fn) && facts.ownerOf(fn, unit).kind === "base";
}

/** Marks a declaration and, for destructuring, every name it binds. @example markBinding(facts, param, unit) */
export function markBinding(facts: FactStore, declaration: TS.VariableDeclaration | TS.ParameterDeclaration | TS.BindingElement, unit: Unit): void {
  facts.mark(declaration, unit);
  if (ts.isObjectBindingPattern(declaration.name) || ts.isArrayBindingPattern(declaration.name)) {
    for (const element of declaration.name.elements) {
      if (ts.isBindingElement(element)) markBinding(facts, element, unit);
    }
  }
}

/** The function a `return` belongs to. */
export function enclosingFunction(node: TS.Node): FunctionNode | undefined {
  for (let n = node.parent; n; n = n.parent) if (isFunctionNode(n)) return n;
  return undefined;
}

/** False for a function and for a module's namespace object: values handed to their methods are not kept in them. */
function holdsValues(type: TS.Type): boolean {
  return type.getCallSignatures().length === 0 && !(type.symbol && type.symbol.flags & ts.SymbolFlags.ValueModule);
}
