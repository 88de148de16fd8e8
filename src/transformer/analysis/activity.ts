/**
 * Activity: may an expression evaluate to an active value (`Var`/`Dual` at run time, or an
 * array/object holding one) in a given unit? Answers come from two sources: the checker's
 * types (anything typed with `Var`/`Dual` is active — the seeds) and the facts the fixpoint
 * in `propagate.ts` collected (a `const z = x * 2` is active because `x` is).
 *
 * The answer may be too large (then a runtime call gets plain numbers, which is correct and
 * only slower) but must never be too small (then an active value reaches native arithmetic
 * and the runtime throws).
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import { asTwinnable, type Env, functionValueOf, resolveCallee, signatureMentionsActive, symbolOf } from "./calls.js";
import { type FunctionNode, isFunctionNode, isProgramFile, isWithin, skipOuter } from "./typegrad-source.js";
import { isNumberConversion } from "./library-calls.js";
import { concatenates, expressionType } from "./expression-types.js";
import type { FactStore, Unit } from "./units.js";

/** Operators whose result is active when an operand is. */
export const ARITHMETIC = new Set([
  ts.SyntaxKind.PlusToken,
  ts.SyntaxKind.MinusToken,
  ts.SyntaxKind.AsteriskToken,
  ts.SyntaxKind.SlashToken,
  ts.SyntaxKind.PercentToken,
  ts.SyntaxKind.AsteriskAsteriskToken,
]);

/** Compound assignments that are arithmetic, mapped to their binary operator. */
export const COMPOUND_ARITHMETIC = new Map<TS.SyntaxKind, TS.BinaryOperator>([
  [ts.SyntaxKind.PlusEqualsToken, ts.SyntaxKind.PlusToken],
  [ts.SyntaxKind.MinusEqualsToken, ts.SyntaxKind.MinusToken],
  [ts.SyntaxKind.AsteriskEqualsToken, ts.SyntaxKind.AsteriskToken],
  [ts.SyntaxKind.SlashEqualsToken, ts.SyntaxKind.SlashToken],
  [ts.SyntaxKind.PercentEqualsToken, ts.SyntaxKind.PercentToken],
  [ts.SyntaxKind.AsteriskAsteriskEqualsToken, ts.SyntaxKind.AsteriskAsteriskToken],
]);

/** Answers "may this expression be active in this unit?", caching answers per pass. */
export class Activity {
  private cache = new Map<Unit, Map<TS.Node, boolean>>();
  private readonly verdicts = new Map<TS.Node, "seed" | "never" | "maybe">();

  constructor(
    readonly env: Env,
    readonly facts: FactStore,
  ) {}

  /** Forgets cached answers; called when facts have grown. */
  reset(): void {
    this.cache = new Map();
  }

  /** @example activity.isActive(node("x * 2"), unit) // true when x is active */
  isActive(expr: TS.Expression, unit: Unit): boolean {
    let byNode = this.cache.get(unit);
    if (!byNode) this.cache.set(unit, (byNode = new Map()));
    const cached = byNode.get(expr);
    if (cached !== undefined) return cached;
    byNode.set(expr, false); // cycles (a function literal reading itself) end here
    let answer: boolean;
    if (ts.isParenthesizedExpression(expr)) {
      // Its type is its operand's: asking the checker would re-check the operand's tree.
      answer = this.isActive(expr.expression, unit);
    } else if (hasPrimitiveType(expr)) {
      // Never a seed, so the type only matters when the shape says active: only a `+` can then
      // have a type no active value inhabits (`"s" + x` is a string), decided from its operands.
      answer = this.byShape(expr, unit) && !(ts.isBinaryExpression(expr) && isPlus(expr) && concatenates(this.env, expr));
    } else {
      const typed = this.typeVerdict(expr);
      answer = typed === "seed" || (typed === "maybe" && this.byShape(expr, unit));
    }
    byNode.set(expr, answer);
    return answer;
  }

  /**
   * What the checker's type says, which does not change between passes: `seed` (mentions
   * Var/Dual), `never` (a string, boolean... cannot be active) or `maybe`.
   */
  private typeVerdict(expr: TS.Expression): "seed" | "never" | "maybe" {
    let verdict = this.verdicts.get(expr);
    if (verdict === undefined && ts.isArrayLiteralExpression(expr)) {
      // Its type is built from its elements' (a contextual `Var[]` does not make `0` a Var), so
      // its elements, which the shape asks about, answer for it.
      verdict = "maybe";
    } else if (verdict === undefined) {
      const type = expressionType(this.env, expr);
      verdict = !this.env.oracle.canHoldActive(type) ? "never" : this.env.oracle.mentionsActive(type) ? "seed" : "maybe";
      this.verdicts.set(expr, verdict);
    }
    return verdict;
  }

  /** True when a declaration (variable, parameter, property) may hold an active value. */
  isActiveSymbol(symbol: TS.Symbol | undefined, unit: Unit): boolean {
    return !!symbol?.declarations?.some((d) => this.facts.has(d, unit));
  }

  private byShape(expr: TS.Expression, unit: Unit): boolean {
    const e = skipOuter(expr);
    if (e !== expr) return this.isActive(e, unit);
    switch (e.kind) {
      case ts.SyntaxKind.Identifier: {
        // A function name is active as a value when the function closes over an active value.
        const symbol = this.identifierSymbol(e as TS.Identifier);
        const declaration = symbol?.valueDeclaration;
        if (declaration && ts.isFunctionDeclaration(declaration)) return this.capturesActive(declaration, unit);
        return this.isActiveSymbol(symbol, unit);
      }
      case ts.SyntaxKind.BinaryExpression:
        return this.binary(e as TS.BinaryExpression, unit);
      case ts.SyntaxKind.PrefixUnaryExpression:
      case ts.SyntaxKind.PostfixUnaryExpression: {
        const u = e as TS.PrefixUnaryExpression | TS.PostfixUnaryExpression;
        const numeric = [ts.SyntaxKind.MinusToken, ts.SyntaxKind.PlusToken, ts.SyntaxKind.PlusPlusToken, ts.SyntaxKind.MinusMinusToken];
        return numeric.includes(u.operator) && this.isActive(u.operand, unit);
      }
      case ts.SyntaxKind.ConditionalExpression: {
        const c = e as TS.ConditionalExpression;
        return this.isActive(c.whenTrue, unit) || this.isActive(c.whenFalse, unit);
      }
      case ts.SyntaxKind.CallExpression:
      case ts.SyntaxKind.NewExpression:
        return this.call(e as TS.CallExpression | TS.NewExpression, unit);
      case ts.SyntaxKind.PropertyAccessExpression:
        return this.property(e as TS.PropertyAccessExpression, unit);
      case ts.SyntaxKind.ElementAccessExpression:
        return this.isActive((e as TS.ElementAccessExpression).expression, unit);
      case ts.SyntaxKind.ArrayLiteralExpression:
        return (e as TS.ArrayLiteralExpression).elements.some((x) => this.isActive(ts.isSpreadElement(x) ? x.expression : x, unit));
      case ts.SyntaxKind.ObjectLiteralExpression:
        // A method's fact says what it returns; as part of the object it counts as a closure.
        return (e as TS.ObjectLiteralExpression).properties.some((p) => (ts.isMethodDeclaration(p) || ts.isSetAccessorDeclaration(p) ? this.capturesActive(p, unit) : this.facts.has(p, unit)) || (ts.isSpreadAssignment(p) && this.isActive(p.expression, unit)));
      case ts.SyntaxKind.ArrowFunction:
      case ts.SyntaxKind.FunctionExpression:
        return this.capturesActive(e as TS.FunctionLikeDeclaration, unit);
      case ts.SyntaxKind.AwaitExpression:
        return this.isActive((e as TS.AwaitExpression).expression, unit);
      default:
        return false;
    }
  }

  /** The symbol an identifier refers to; for `{ x }` shorthand, the variable `x`. */
  identifierSymbol(id: TS.Identifier): TS.Symbol | undefined {
    if (ts.isShorthandPropertyAssignment(id.parent) && id.parent.name === id) return this.env.checker.getShorthandAssignmentValueSymbol(id.parent);
    return symbolOf(this.env, id);
  }

  private binary(b: TS.BinaryExpression, unit: Unit): boolean {
    const op = b.operatorToken.kind;
    if (ARITHMETIC.has(op) || COMPOUND_ARITHMETIC.has(op)) return this.isActive(b.left, unit) || this.isActive(b.right, unit);
    switch (op) {
      case ts.SyntaxKind.EqualsToken:
      case ts.SyntaxKind.CommaToken:
        return this.isActive(b.right, unit);
      case ts.SyntaxKind.AmpersandAmpersandToken:
      case ts.SyntaxKind.BarBarToken:
      case ts.SyntaxKind.QuestionQuestionToken:
      case ts.SyntaxKind.BarBarEqualsToken:
      case ts.SyntaxKind.AmpersandAmpersandEqualsToken:
      case ts.SyntaxKind.QuestionQuestionEqualsToken:
        return this.isActive(b.left, unit) || this.isActive(b.right, unit);
      default:
        return false;
    }
  }

  private call(call: TS.CallExpression | TS.NewExpression, unit: Unit): boolean {
    const args = call.arguments ?? [];
    const anyArg = args.some((a) => this.isActive(ts.isSpreadElement(a) ? a.expression : a, unit));
    const callee = resolveCallee(this.env, call);
    switch (callee.kind) {
      case "math":
        return anyArg;
      case "typegrad":
        // `grad(f)` returns plain numbers unless `f` closes over an active value (nesting).
        return args.some((a) => this.carriesIntoTypegrad(a, unit)) || this.isActive(call.expression, unit);
      case "program":
        // A call with active arguments goes to a twin or an in-place rewritten function, whose
        // result may be active; otherwise the result is active only if the function returns so.
        // With plain arguments, a function returns an active value only through something it
        // captures or a signature that says so; a function marked active because some other
        // call passes it active arguments still returns numbers here (in-place rewritten code
        // on numbers gives numbers).
        // A direct call `f()` of a function of the program gets an active value from what it
        // captures only through a `return` of one (the last term), not merely because `f`, or
        // a function it names, reads an active variable somewhere.
        return (anyArg && this.returnsActive(call, callee.fn, unit)) || (!namesFunction(call, callee.fn) && this.calleeCarriesActive(call, unit)) ||
          (!!callee.fn && this.facts.has(callee.fn, unit) && (this.capturesActive(callee.fn, unit) || signatureMentionsActive(this.env, callee.fn)));
      case "external":
        if (isNumberConversion(call, callee.declaration)) return anyArg;
        if (isReduceOfActive(call) && this.calleeCarriesActive(call, unit)) return true;
        return (anyArg || this.calleeCarriesActive(call, unit)) && !returnsKeywordType(callee.declaration);
      case "unknown":
        return anyArg || this.isActive(call.expression, unit);
    }
  }

  /**
   * Whether a call of a program function with active arguments returns an active value: the
   * version that runs (its twin, the version it carries, or the function rewritten in place)
   * has a `return` of an active value. `side(x)` returning `Math.sqrt(x.length)` does not.
   * Constructors, generators and calls the analysis cannot follow count as active.
   */
  private returnsActive(call: TS.CallExpression | TS.NewExpression, fn: FunctionNode | undefined, unit: Unit): boolean {
    if (!fn || !ts.isCallExpression(call) || fn.asteriskToken || !fn.body) return true;
    if (!ts.isFunctionDeclaration(fn) && !ts.isFunctionExpression(fn) && !ts.isArrowFunction(fn) && !ts.isMethodDeclaration(fn)) return true;
    const twin = this.facts.escapes.shadowed.has(fn) && this.facts.ownerOf(fn, unit).kind === "base" && !asTwinnable(this.env, fn) ? fn : asTwinnable(this.env, fn);
    if (!twin) return this.facts.has(fn, unit);
    // The twin is made when the call's arguments are bound (propagate.ts); until then, nothing is known to be returned.
    // Kept or dropped (twin-work.ts): answers asked after the twins are pruned must not change.
    const version = this.facts.createdTwin(twin);
    return !!version && this.facts.has(fn, version);
  }

  /** An argument of a typegrad call that brings an active value in: a value, or a closure over one. */
  private carriesIntoTypegrad(arg: TS.Expression, unit: Unit): boolean {
    const e = skipOuter(ts.isSpreadElement(arg) ? arg.expression : arg);
    const fn = functionValueOf(this.env, e);
    if (fn) return this.capturesActive(fn, unit);
    if (ts.isObjectLiteralExpression(e)) return e.properties.some((p) => ts.isPropertyAssignment(p) && this.carriesIntoTypegrad(p.initializer, unit));
    return this.isActive(e, unit);
  }

  /** `obj.method()` on an active object, or calling an active closure. */
  private calleeCarriesActive(call: TS.CallExpression | TS.NewExpression, unit: Unit): boolean {
    const callee = skipOuter(call.expression);
    if (ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) return this.isActive(callee.expression, unit);
    return this.isActive(callee, unit);
  }

  private property(p: TS.PropertyAccessExpression, unit: Unit): boolean {
    const symbol = symbolOf(this.env, p);
    const declarations = symbol?.declarations ?? [];
    // A method's fact says that calling it may return an active value; as a value (`obj.m`,
    // `obj.m.bind(obj)`), it is active only as a closure over one (or through its object, below).
    if (declarations.some((d) => (isFunctionNode(d) ? !ts.isGetAccessorDeclaration(d) && this.capturesActive(d, unit) : this.facts.has(d, unit)))) return true;
    // A getter whose body returns an active value.
    if (declarations.some((d) => ts.isGetAccessorDeclaration(d) && this.facts.has(d, unit))) return true;
    if (!this.isActive(p.expression, unit)) return false;
    // On an active object, the program's own members may be active; `length` and other
    // library members (declared in .d.ts files) are not.
    return declarations.length === 0 || declarations.some((d) => isProgramFile(this.env.program, d.getSourceFile()));
  }

  /**
   * True when a function reads an active variable declared outside it (a closure), directly
   * or through another function it names. Such a function value is active: calling it, or
   * differentiating it, can yield active values whatever its arguments.
   */
  private capturesActive(fn: TS.SignatureDeclaration, unit: Unit, visiting = new Set<TS.Node>()): boolean {
    if (visiting.has(fn)) return false;
    visiting.add(fn);
    let found = false;
    const visit = (node: TS.Node): void => {
      if (found) return;
      // `obj.name`: the name is not a read of a variable (`obj` is).
      if (ts.isIdentifier(node) && ts.isExpression(node) && !(ts.isPropertyAccessExpression(node.parent) && node.parent.name === node)) {
        const symbol = this.identifierSymbol(node);
        const declaration = symbol?.valueDeclaration;
        if (declaration && !isWithin(declaration, fn)) {
          // A function's own fact says what it returns, not what it captures.
          if (isFunctionNode(declaration)) found = this.capturesActive(declaration, unit, visiting);
          else found = this.isActiveSymbol(symbol, unit);
        }
      }
      ts.forEachChild(node, visit);
    };
    const body = (fn as TS.FunctionLikeDeclaration).body;
    if (body) visit(body);
    return found;
  }
}

/** True when `call` is `f(…)` with `f` the name of the program function `fn` (a declaration, or a `const` holding it). */
function namesFunction(call: TS.CallExpression | TS.NewExpression, fn: FunctionNode | undefined): boolean {
  if (!fn?.body || !ts.isCallExpression(call) || !ts.isIdentifier(skipOuter(call.expression))) return false;
  if (ts.isFunctionDeclaration(fn)) return true;
  const declaration = fn.parent;
  return (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(declaration) && ts.isVariableDeclarationList(declaration.parent) && !!(declaration.parent.flags & ts.NodeFlags.Const);
}

/** Binary operators whose result the checker types as a primitive it makes up (number, bigint, string, boolean). */
const PRIMITIVE_RESULT = new Set<TS.SyntaxKind>([
  ...ARITHMETIC,
  ...COMPOUND_ARITHMETIC.keys(),
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
]);

/**
 * True when the checker's type of `e` is always an intrinsic primitive or literal type
 * (TypeScript's checkBinaryLikeExpressionWorker, checkPrefixUnaryExpression...), which has no
 * alias and no members, so it can never mention `Var`/`Dual`. `=`, `,`, `&&`, `||` and `??`
 * are not here: their type is an operand's.
 */
function hasPrimitiveType(e: TS.Expression): boolean {
  switch (e.kind) {
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.BigIntLiteral:
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TemplateExpression:
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NullKeyword:
    case ts.SyntaxKind.PrefixUnaryExpression:
    case ts.SyntaxKind.PostfixUnaryExpression:
      return true;
    case ts.SyntaxKind.BinaryExpression:
      return PRIMITIVE_RESULT.has((e as TS.BinaryExpression).operatorToken.kind);
    default:
      return false;
  }
}

/** `a + b` or `a += b`, the operators that may concatenate strings. */
function isPlus(b: TS.BinaryExpression): boolean {
  return b.operatorToken.kind === ts.SyntaxKind.PlusToken || b.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken;
}

/**
 * `xs.reduce(cb, 0)` / `reduceRight`: the result is the callback's, whatever the declared type
 * (a typed array's overloads say `number`), so on an active receiver it may be active.
 */
function isReduceOfActive(call: TS.CallExpression | TS.NewExpression): boolean {
  const callee = skipOuter(call.expression);
  return ts.isCallExpression(call) && ts.isPropertyAccessExpression(callee) && (callee.name.text === "reduce" || callee.name.text === "reduceRight");
}

/** A library function declared to return `number`, `boolean`, `string`... never returns an active value. */
function returnsKeywordType(declaration: TS.SignatureDeclaration): boolean {
  const type = declaration.type;
  return !!type && type.kind >= ts.SyntaxKind.FirstKeyword && type.kind <= ts.SyntaxKind.LastKeyword && type.kind !== ts.SyntaxKind.AnyKeyword && type.kind !== ts.SyntaxKind.UnknownKeyword;
}
