/**
 * The visitor that rewrites one unit's code, in the shape of TypeScript's es2016 transform:
 * switch on the node kind, rewrite children first, build runtime calls with the original
 * text range. Only expressions the analysis says may be active are touched, so inactive
 * code (loop counters, indices, constants) is emitted exactly as written.
 *
 *   a * b        →  __typegrad.mul(a, b)          (a or b active)
 *   x < y        →  __typegrad.lt(x, y)
 *   Math.sin(x)  →  __typegrad.sin(x)            (Math.exp → mathExp: V8's value)
 *   "y=" + y     →  "y=" + __typegrad.numberOf(y)
 *   helper(x)    →  helper$ad(x)                  (the twin, see twins.ts)
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import { ARITHMETIC, COMPOUND_ARITHMETIC } from "../analysis/activity.js";
import { asTwinnable, functionValueOf, isGlobalMath, mathRule, symbolOf, typeOf } from "../analysis/calls.js";
import { diagnostic, explanation } from "../diagnostics.js";
import { crossing, isNumberConversion } from "../analysis/library-calls.js";
import { concatenates, isNumericExpression } from "../analysis/expression-types.js";
import { logistic, softplusForm, type StableForm } from "../analysis/patterns.js";
import { OPERATORS } from "../compiler/language.js";
import { compileDerivative, compileForward, compileForwardVector, compileJacobianForward, compileReverse, compileReverseVector, compiledKinds } from "../compiler/index.js";
import { leftOut, vectorKinds } from "../compiler/parameters.js";
import type { FileRewrite } from "./file-rewrite.js";
import { compileHessian, compiledHessianKinds } from "../compiler/hessian.js";
import { rewriteCompound, rewriteIncrement } from "./rewrite-assign.js";
import { redirectToTwin } from "./twins.js";
import { withValueCode, withVectorCode } from "./value-code.js";
import type { Unit } from "../analysis/units.js";
import { type FunctionNode, isProgramFile, isTypegradNode, skipOuter } from "../analysis/typegrad-source.js";
import { typedArrayLocal } from "../analysis/facts.js";
import * as path from "node:path";

/** Members of typed arrays that plain arrays lack (see `typedArray`). */
const TYPED_ONLY = new Set(["set", "subarray", "buffer", "byteLength", "byteOffset", "BYTES_PER_ELEMENT"]);
/** Uses reported already: a function is rewritten once per unit (its twin, its versions). */
const reportedUses = new WeakSet<TS.Node>();

/** Runtime entry points of the binary operators. */
const BINARY = new Map<TS.SyntaxKind, string>([
  ...OPERATORS,
  [ts.SyntaxKind.LessThanToken, "lt"],
  [ts.SyntaxKind.LessThanEqualsToken, "le"],
  [ts.SyntaxKind.GreaterThanToken, "gt"],
  [ts.SyntaxKind.GreaterThanEqualsToken, "ge"],
  [ts.SyntaxKind.EqualsEqualsToken, "eq"],
  [ts.SyntaxKind.EqualsEqualsEqualsToken, "eq"],
  [ts.SyntaxKind.ExclamationEqualsToken, "ne"],
  [ts.SyntaxKind.ExclamationEqualsEqualsToken, "ne"],
]);

const BITWISE = new Set([
  ts.SyntaxKind.AmpersandToken, ts.SyntaxKind.BarToken, ts.SyntaxKind.CaretToken,
  ts.SyntaxKind.LessThanLessThanToken, ts.SyntaxKind.GreaterThanGreaterThanToken, ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
  ts.SyntaxKind.AmpersandEqualsToken, ts.SyntaxKind.BarEqualsToken, ts.SyntaxKind.CaretEqualsToken,
  ts.SyntaxKind.LessThanLessThanEqualsToken, ts.SyntaxKind.GreaterThanGreaterThanEqualsToken, ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
]);

const TRUTHINESS = new Set([ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandEqualsToken, ts.SyntaxKind.BarBarEqualsToken]);

/**
 * Library predicates on a number that do not convert their argument (`Number.isFinite(obj)` is
 * simply false): given an active value, they are asked about its primal value instead.
 */
const NUMBER_PREDICATES = new Set(["isFinite", "isNaN", "isInteger", "isSafeInteger"]);

/** Array searches that compare elements with `===` (or SameValueZero). */
const SEARCHES = new Set(["includes", "indexOf", "lastIndexOf"]);

/** `Math.<name>` functions typegrad differentiates (the runtime exports the same names). */
export const MATH_FUNCTIONS = new Set(
  "sin cos tan asin acos atan atan2 sinh cosh tanh asinh acosh atanh exp exp2 expm1 log log2 log10 log1p sqrt cbrt pow hypot abs sign min max floor ceil round trunc".split(" "),
);

/** Rewrites the code of one unit of one file. @example new Rewriter(file, base).visit(statement) */
export class Rewriter {
  constructor(
    readonly file: FileRewrite,
    readonly unit: Unit,
  ) {}

  private get f(): TS.NodeFactory {
    return this.file.factory;
  }

  active(expr: TS.Expression | undefined): boolean {
    return !!expr && this.file.analysis.answers.isActive(expr, this.unit);
  }

  visit = (node: TS.Node): TS.VisitResult<TS.Node | undefined> => {
    // Nothing inside is rewritten (analysis/facts.ts): emitted as written, not visited.
    if (ts.isTypeNode(node) || !this.file.analysis.answers.touches(node, this.unit)) return node;
    this.file.current = node;
    switch (node.kind) {
      case ts.SyntaxKind.BinaryExpression:
        return this.binary(node as TS.BinaryExpression);
      case ts.SyntaxKind.PrefixUnaryExpression:
      case ts.SyntaxKind.PostfixUnaryExpression:
        return this.unary(node as TS.PrefixUnaryExpression | TS.PostfixUnaryExpression);
      case ts.SyntaxKind.CallExpression:
        return this.call(node as TS.CallExpression);
      case ts.SyntaxKind.Identifier:
      case ts.SyntaxKind.PropertyAccessExpression:
      case ts.SyntaxKind.ShorthandPropertyAssignment:
        return redirectToTwin(this, node as TS.Identifier | TS.PropertyAccessExpression | TS.ShorthandPropertyAssignment) ?? this.property(node);
      case ts.SyntaxKind.ArrowFunction:
      case ts.SyntaxKind.FunctionExpression:
      case ts.SyntaxKind.FunctionDeclaration:
        return this.functionValue(node as TS.ArrowFunction | TS.FunctionExpression | TS.FunctionDeclaration);
      case ts.SyntaxKind.TemplateSpan:
        return this.templateSpan(node as TS.TemplateSpan);
      case ts.SyntaxKind.TypeOfExpression:
        return this.typeofExpression(node as TS.TypeOfExpression);
      case ts.SyntaxKind.SwitchStatement:
        return this.switchStatement(node as TS.SwitchStatement);
      case ts.SyntaxKind.IfStatement:
      case ts.SyntaxKind.WhileStatement:
      case ts.SyntaxKind.DoStatement:
      case ts.SyntaxKind.ForStatement:
      case ts.SyntaxKind.ConditionalExpression:
        return this.condition(node as TS.IfStatement | TS.WhileStatement | TS.DoStatement | TS.ForStatement | TS.ConditionalExpression);
      case ts.SyntaxKind.NewExpression:
        return this.typedArray(node as TS.NewExpression);
      default:
        return ts.visitEachChild(node, this.visit, this.file.context);
    }
  };

  /**
   * `new Float64Array(n)` stored in a local that holds active values → `__typegrad.typedLocal(n)`,
   * a plain array of zeros: a typed array would coerce each Var or Dual stored in it to a number.
   */
  private typedArray(node: TS.NewExpression): TS.Expression {
    const local = typedArrayLocal(node);
    const declarations = local && this.active(local) ? this.file.analysis.env.checker.getSymbolAtLocation(node.expression)?.declarations ?? [] : [];
    if (declarations.length === 0 || !declarations.every((d) => d.getSourceFile().isDeclarationFile)) return this.children(node);
    this.typedOnlyUses(local!);
    return this.file.runtimeCall("typedLocal", (node.arguments ?? []).map(this.expr), node);
  }

  /** Reports each use of a typed-array-only member of `local`, which `typedLocal` makes a plain array. */
  private typedOnlyUses(local: TS.Identifier): void {
    const checker = this.file.analysis.env.checker;
    const symbol = checker.getSymbolAtLocation(local);
    const scope = ts.findAncestor(local.parent, (n) => ts.isFunctionLike(n) || ts.isSourceFile(n));
    if (!symbol || !scope) return;
    const look = (n: TS.Node): void => {
      if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && TYPED_ONLY.has(n.name.text) && !reportedUses.has(n) &&
        checker.getSymbolAtLocation(n.expression) === symbol) {
        reportedUses.add(n);
        this.file.report(diagnostic("typedArrayMethod", n, local.text, n.name.text));
      }
      ts.forEachChild(n, look);
    };
    look(scope);
  }

  /** Visits an expression that stays an expression. */
  expr = (e: TS.Expression): TS.Expression => ts.visitNode(e, this.visit, ts.isExpression) as TS.Expression;

  private children<T extends TS.Node>(node: T): T {
    return ts.visitEachChild(node, this.visit, this.file.context);
  }

  private binary(node: TS.BinaryExpression): TS.Expression {
    const op = node.operatorToken.kind;
    const la = this.active(node.left);
    const ra = this.active(node.right);
    if (!la && !ra) return this.children(node);
    const env = this.file.analysis.env;
    const oracle = env.oracle;
    if (ARITHMETIC.has(op) || COMPOUND_ARITHMETIC.has(op)) {
      // String `+`/`+=` keeps its meaning; the active operand shows its primal value.
      const concatenation = (op === ts.SyntaxKind.PlusToken && concatenates(env, node)) ||
        (op === ts.SyntaxKind.PlusEqualsToken && oracle.isStringLike(typeOf(env, node.left)));
      if (concatenation) {
        const left = la && op === ts.SyntaxKind.PlusToken ? this.plainValue(this.expr(node.left), node.left) : this.expr(node.left);
        const right = ra ? this.plainValue(this.expr(node.right), node.right) : this.expr(node.right);
        return this.f.updateBinaryExpression(node, left, node.operatorToken, right);
      }
      // An operand typed any/unknown may be a string, a boolean... at run time: JavaScript's operator decides.
      const loose = !this.numeric(node.left) || !this.numeric(node.right);
      const compound = COMPOUND_ARITHMETIC.get(op);
      if (compound !== undefined) return rewriteCompound(this.file, node, loose ? looseName(BINARY.get(compound)!) : BINARY.get(compound)!, this.expr);
      if (loose) return this.file.runtimeCall(looseName(BINARY.get(op)!), [this.expr(node.left), this.expr(node.right)], node);
      const stable = logistic(this.file.analysis.env, node);
      if (stable) return this.stable(stable, node);
      return this.file.runtimeCall(BINARY.get(op)!, [this.expr(node.left), this.expr(node.right)], node);
    }
    const comparison = BINARY.get(op);
    if (comparison) return this.file.runtimeCall(comparison, [this.expr(node.left), this.expr(node.right)], node);
    if (BITWISE.has(op)) this.file.report(diagnostic("bitwise", node, ts.tokenToString(op) ?? "?"));
    else if ((op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) && la) return this.logical(node);
    else if (TRUTHINESS.has(op) && la) this.file.report(diagnostic("truthiness", node, ts.tokenToString(op) ?? "?"));
    return this.children(node);
  }

  private unary(node: TS.PrefixUnaryExpression | TS.PostfixUnaryExpression): TS.Expression {
    if (!this.active(node.operand)) return this.children(node);
    switch (node.operator) {
      case ts.SyntaxKind.PlusPlusToken:
      case ts.SyntaxKind.MinusMinusToken:
        return rewriteIncrement(this.file, node, this.expr);
      case ts.SyntaxKind.MinusToken:
        return this.file.runtimeCall(this.numeric(node.operand) ? "neg" : "anyNeg", [this.expr(node.operand)], node);
      case ts.SyntaxKind.PlusToken:
        return this.file.runtimeCall(this.numeric(node.operand) ? "pos" : "anyPos", [this.expr(node.operand)], node);
      case ts.SyntaxKind.ExclamationToken:
        return this.f.updatePrefixUnaryExpression(node as TS.PrefixUnaryExpression, this.file.runtimeCall("truthOf", [this.expr(node.operand)], node.operand));
      case ts.SyntaxKind.TildeToken:
        this.file.report(diagnostic("bitwise", node, "~"));
    }
    return this.children(node);
  }

  private call(node: TS.CallExpression): TS.VisitResult<TS.Node> {
    const compiled = this.withCompiledForward(node) ?? this.withCompiledVector(node) ?? this.withCompiledHessian(node);
    if (compiled) return compiled;
    const env = this.file.analysis.env;
    const callee = this.file.analysis.answers.route(node, this.unit);
    if (callee.kind === "bind") return this.bindCall(node);
    if (callee.kind === "typegrad") return this.typegradCall(node);
    const anyActive = node.arguments.some((a) => this.active(ts.isSpreadElement(a) ? a.expression : a));
    const target = skipOuter(node.expression);
    const receiverActive = (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) && this.active(target.expression);
    if (!anyActive && !(receiverActive && callee.kind === "external")) return this.children(node);
    if (callee.kind === "math") {
      if (!MATH_FUNCTIONS.has(callee.name)) {
        this.file.report(diagnostic("mathFunction", node, callee.name));
        return this.children(node);
      }
      const stable = softplusForm(env, node);
      if (stable) return this.stable(stable, node);
      return this.file.runtimeCall(mathRule(callee.name), node.arguments.map(this.expr), node);
    }
    if (callee.kind === "version") {
      return this.functionValueCall(node) ?? this.children(node);
    }
    if (callee.kind === "external") {
      const name = callee.declaration.name && ts.isIdentifier(callee.declaration.name) ? callee.declaration.name.text : "";
      if (NUMBER_PREDICATES.has(name) && callee.declaration.getSourceFile().isDeclarationFile) {
        const args = node.arguments.map((a) => (this.active(a) ? this.file.primal(this.expr(a), a) : this.expr(a)));
        return this.f.updateCallExpression(node, this.expr(node.expression), node.typeArguments, args);
      }
      const lib = callee.declaration.getSourceFile().isDeclarationFile;
      // `Number(x)` keeps the derivative, as `+x` does.
      if (anyActive && isNumberConversion(node, callee.declaration)) {
        return this.file.runtimeCall("toNumber", [this.expr(node.arguments[0]!)], node);
      }
      if (anyActive) {
        const forwarded = this.callOrApply(node);
        if (forwarded) return forwarded;
      }
      // A comparator's result is only compared with 0: its primal serves.
      const sorts = lib && (name === "sort" || name === "toSorted");
      // `xs.includes(x)` on an array holding active values searches its numbers, as the plain program does.
      if (receiverActive && lib && SEARCHES.has(name) && ts.isPropertyAccessExpression(target) && !node.questionDotToken && !target.questionDotToken) {
        const receiver = this.file.runtimeCall("plainElements", [this.expr(target.expression)], target.expression);
        const args = node.arguments.map((a, i) => (anyActive ? this.libraryArgument(node, callee.declaration, a, i) : this.callbackArgument(a)));
        return this.f.updateCallExpression(node, this.f.updatePropertyAccessExpression(target, receiver, target.name), node.typeArguments, args);
      }
      // `xs.map(Math.exp)`, `xs.map(f)` on active values: the callbacks' differentiable versions;
      // active values themselves cross into the library as library-calls.ts decides.
      const args = node.arguments.map((a, i) =>
        sorts && i === 0 ? this.file.runtimeCall("comparator", [this.callbackArgument(a)], a) : anyActive ? this.libraryArgument(node, callee.declaration, a, i) : this.callbackArgument(a));
      return this.f.updateCallExpression(node, this.expr(node.expression), node.typeArguments, args);
    }
    return this.children(node);
  }

  /** True when `e` is handed on as `ad(e)`: a function value whose differentiable version is found at run time (facts.ts). */
  private isFunctionValue(e: TS.Expression): boolean {
    return this.file.analysis.answers.isFunctionValue(e, this.unit);
  }

  /** `Math.exp` → the runtime's `mathExp`; a function value → its differentiable version; anything else as it is. */
  private callbackArgument(arg: TS.Expression): TS.Expression {
    const e = skipOuter(arg);
    const env = this.file.analysis.env;
    if (ts.isPropertyAccessExpression(e) && isGlobalMath(env, e.expression) && MATH_FUNCTIONS.has(e.name.text)) {
      return this.file.runtimeReference(mathRule(e.name.text), arg);
    }
    if (!ts.isSpreadElement(arg) && this.isFunctionValue(arg)) return this.file.runtimeCall("ad", [this.expr(arg)], arg);
    return this.expr(arg);
  }

  /**
   * Arguments of a typegrad function (`grad(f)`, `minimize`'s own `grad(objective)`): a
   * function value the analysis cannot name is differentiated through the version it carries.
   */
  private typegradCall(node: TS.CallExpression): TS.CallExpression {
    const args = node.arguments.map((arg) => {
      const e = skipOuter(arg);
      this.checkSynchronous(arg);
      if (ts.isObjectLiteralExpression(e)) {
        for (const p of e.properties) if (ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p)) this.checkSynchronous(ts.isPropertyAssignment(p) ? p.initializer : p);
        const properties = e.properties.map((p) =>
          ts.isPropertyAssignment(p) && this.isFunctionValue(p.initializer)
            ? this.f.updatePropertyAssignment(p, p.name, this.file.runtimeCall("ad", [this.expr(p.initializer)], p.initializer))
            : (ts.visitNode(p, this.visit) as TS.ObjectLiteralElementLike),
        );
        return this.f.updateObjectLiteralExpression(e, this.f.createNodeArray(properties, e.properties.hasTrailingComma));
      }
      if (ts.isSpreadElement(arg) || !this.isFunctionValue(arg)) return this.expr(arg);
      this.checkVisibleFunction(arg);
      return this.file.runtimeCall("ad", [this.expr(arg)], arg);
    });
    return this.f.updateCallExpression(node, this.expr(node.expression), node.typeArguments, args);
  }

  /** A function handed to a transform must not be async or return a Promise (TG1009). */
  private checkSynchronous(arg: TS.Expression | TS.MethodDeclaration): void {
    if (ts.isSpreadElement(arg)) return;
    const e = ts.isMethodDeclaration(arg) ? arg : skipOuter(arg);
    const isAsync = (ts.isArrowFunction(e) || ts.isFunctionExpression(e) || ts.isMethodDeclaration(e)) && !!e.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
    const checker = this.file.analysis.env.checker;
    const signatures = isAsync ? [] : typeOf(this.file.analysis.env, e).getCallSignatures();
    const promise = (t: TS.Type) => !!checker.getPropertyOfType(t, "then") && /^(Promise|PromiseLike)$/.test(t.getSymbol()?.name ?? "");
    if (!isAsync && !signatures.some((s) => promise(s.getReturnType()))) return;
    const what = ts.isIdentifier(e) || ts.isPropertyAccessExpression(e) ? `'${e.getText()}'` : isAsync ? "An async function" : "A function";
    this.file.report(diagnostic("asyncFunction", e, what));
  }

  /** A function handed to a transform must be one whose code the transformer sees (or a `Math` function with a rule). */
  private checkVisibleFunction(arg: TS.Expression): void {
    const env = this.file.analysis.env;
    const e = skipOuter(arg);
    if (ts.isPropertyAccessExpression(e) && isGlobalMath(env, e.expression)) {
      if (!MATH_FUNCTIONS.has(e.name.text)) this.file.report(diagnostic("mathFunction", arg, e.name.text));
      return;
    }
    const declaration = symbolOf(env, e)?.valueDeclaration;
    if (!declaration || isTypegradNode(declaration)) return;
    if (!ts.isFunctionDeclaration(declaration) && !ts.isVariableDeclaration(declaration) && !ts.isMethodDeclaration(declaration) && !ts.isMethodSignature(declaration)) return;
    const sf = declaration.getSourceFile();
    const ambient = !!(ts.getCombinedModifierFlags(declaration as TS.Declaration) & ts.ModifierFlags.Ambient) || (ts.isFunctionDeclaration(declaration) && !declaration.body && !functionValueOf(env, e));
    if (isProgramFile(env.program, sf) && !ambient) return;
    const where = ambient && isProgramFile(env.program, sf) ? `a declare statement in ${path.basename(sf.fileName)}` : path.basename(sf.fileName);
    this.file.report(diagnostic("outsideFunction", arg, e.getText(), where));
  }

  /** `f(x)`, `obj.f(x)`, `fs[i](x)` of a function value with active arguments: through its differentiable version. */
  private functionValueCall(node: TS.CallExpression): TS.CallExpression | undefined {
    if (node.questionDotToken || ts.isOptionalChain(node)) return undefined;
    const target = skipOuter(node.expression);
    const args = node.arguments.map(this.expr);
    if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) {
      if (target.expression.kind === ts.SyntaxKind.SuperKeyword) return undefined;
      const key = ts.isPropertyAccessExpression(target) ? this.f.createStringLiteral(target.name.text) : this.expr(target.argumentExpression);
      return this.file.runtimeCall("invoke", [this.expr(target.expression), key, ...args], node);
    }
    return this.file.runtimeCall("call", [this.expr(target), ...args], node);
  }

  /** `f.call(self, x)` and `f.apply(self, [x])` with active arguments. */
  private callOrApply(node: TS.CallExpression): TS.CallExpression | undefined {
    const target = skipOuter(node.expression);
    if (!ts.isPropertyAccessExpression(target) || (target.name.text !== "call" && target.name.text !== "apply")) return undefined;
    if (typeOf(this.file.analysis.env, target.expression).getCallSignatures().length === 0) return undefined;
    const [self, ...rest] = node.arguments.map(this.expr);
    const name = target.name.text === "call" ? "callWith" : "applyWith";
    return this.file.runtimeCall(name, [self ?? this.f.createVoidZero(), this.expr(target.expression), ...rest], node);
  }

  /** `f.bind(self, …)` of a function carrying a differentiable version: the bound function keeps it. */
  private bindCall(node: TS.CallExpression): TS.CallExpression {
    const target = skipOuter(node.expression) as TS.PropertyAccessExpression;
    return this.file.runtimeCall("bind", [this.expr(target.expression), ...node.arguments.map(this.expr)], node);
  }

  /**
   * A function created as a value (escape.ts) carries its differentiable version:
   * `attach((x) => x * x, (x) => mul(x, x))`, and a nested `function f` is followed by its
   * version `f$ad` and `attach(f, f$ad)`. Inside a differentiable version itself, the function
   * is rewritten in place instead (its parameters are active there).
   */
  private functionValue(node: TS.ArrowFunction | TS.FunctionExpression | TS.FunctionDeclaration): TS.VisitResult<TS.Node> {
    const visited = this.children(node);
    const unit = this.unit.kind === "base" ? this.file.analysis.answers.versionOf(node) : undefined;
    if (!unit) return visited;
    const shadow = new Rewriter(this.file, unit);
    const copy = ts.visitEachChild(node, shadow.visit, this.file.context);
    // The version carries the function's compiled code too (value-code.ts).
    if (!ts.isFunctionDeclaration(copy)) return this.file.runtimeCall("attach", [visited as TS.Expression, withValueCode(this.file, node, copy)], node);
    const name = this.f.createUniqueName(`${node.name?.text ?? "f"}$ad`);
    const twin = this.f.updateFunctionDeclaration(copy, copy.modifiers, copy.asteriskToken, name, copy.typeParameters, copy.parameters, copy.type, copy.body);
    const link = this.f.createExpressionStatement(this.file.runtimeCall("attach", [this.f.createIdentifier(node.name!.text), withValueCode(this.file, node, name)], node));
    return [visited, twin, link];
  }

  /** `typeof x` of an active value is "number", as its type says (at run time it is an object). */
  private typeofExpression(node: TS.TypeOfExpression): TS.Expression {
    if (!this.active(node.expression)) return this.children(node);
    return this.file.runtimeCall("typeOf", [this.expr(node.expression)], node);
  }

  /**
   * `derivative(f)` and `jvp(f, …)` of a simple scalar function also get its compiled forward
   * code (compiler/forward.ts): `derivative(__typegrad.withForward(f$ad, (x, x_t) => …))`, and
   * `grad(f)`/`valueAndGrad(f)` of one the compiler covers its compiled reverse code (compiler/reverse.ts).
   */
  private withCompiledForward(node: TS.CallExpression): TS.CallExpression | undefined {
    const env = this.file.analysis.env;
    const first = node.arguments[0];
    if (!first || ts.isSpreadElement(first) || this.file.analysis.answers.route(node, this.unit).kind !== "typegrad") return undefined;
    const name = symbolOf(env, node.expression)?.name;
    const reverse = name === "grad" || name === "valueAndGrad";
    if (!reverse && name !== "derivative" && name !== "jvp") return undefined;
    const fn = functionValueOf(env, first) ?? this.decidedAtRunTime(node);
    // `jvp` of a function of arrays, matrices or objects (or with an array result): its vector forward code.
    if (name === "jvp" && fn && !this.ofNumbers(fn)) return this.withVectorJvp(node, fn);
    // Parameters a literal `argnums` leaves out are data to the compiled code (compiler/parameters.ts).
    const data = fn && reverse ? leftOut(node, fn.parameters.length) : [];
    const compiled = fn && (reverse
      ? this.file.compiled(data.length > 0 ? `gradient_${data.join("_")}` : "gradient", fn, node, () => compileReverse(this.file, fn, node, data))
      : this.file.compiled("forward", fn, node, () => compileForward(this.file, fn, node)));
    if (!compiled) return undefined;
    const visited = this.children(node);
    const extra: TS.Expression[] = reverse ? [this.f.createStringLiteral(compiledKinds(fn, data)!)] : [];
    // `derivative` of a function of one number also gets code seeded with 1 that returns the tangent.
    if (name === "derivative" && fn.parameters.length === 1) {
      const explain = this.file.explain;
      this.file.explain = false; // reported once, by the forward code above
      const seeded = this.file.compiled("derivative", fn, node, () => compileDerivative(this.file, fn, node));
      this.file.explain = explain;
      if (seeded) extra.push(seeded);
    }
    const target = this.isFunctionValue(first) ? this.file.runtimeCall("ad", [visited.arguments[0]!], first) : visited.arguments[0]!;
    const wrapped = this.file.runtimeCall(reverse ? "withReverse" : "withForward", [target, compiled, ...extra], first);
    return this.f.updateCallExpression(visited, visited.expression, visited.typeArguments, [wrapped, ...visited.arguments.slice(1)]);
  }

  /** True when `fn` takes numbers only and returns a number (what plain forward code covers). */
  private ofNumbers(fn: FunctionNode): boolean {
    const env = this.file.analysis.env;
    const returned = env.checker.getSignatureFromDeclaration(fn)?.getReturnType();
    return !!returned && !!(returned.flags & ts.TypeFlags.NumberLike) && fn.parameters.every((p) => !!(typeOf(env, p).flags & ts.TypeFlags.NumberLike));
  }

  /**
   * `jvp(f, primals, tangents)` of a function taking arrays, matrices or objects: its vector
   * forward code, called once with the tangents given —
   * `jvp(__typegrad.withVector(f$ad, (W, W_t, x, x_t) => …, undefined, "ma", -1), [W, x], [dW, dx])`.
   */
  private withVectorJvp(node: TS.CallExpression, fn: FunctionNode): TS.CallExpression | undefined {
    const forward = this.file.compiled("vectorForward", fn, node, () => compileForwardVector(this.file, fn, node));
    if (!forward) return undefined;
    const first = node.arguments[0]!;
    const visited = this.children(node);
    const target = this.isFunctionValue(first) ? this.file.runtimeCall("ad", [visited.arguments[0]!], first) : visited.arguments[0]!;
    const wrapped = withVectorCode(this.file, fn, target, { forward }, first);
    return this.f.updateCallExpression(visited, visited.expression, visited.typeArguments, [wrapped, ...visited.arguments.slice(1)]);
  }

  /**
   * A transform of a function value the rewrite cannot follow (a parameter, a table entry): with
   * `explain`, says that the path is decided at run time by the code the value carries.
   */
  private decidedAtRunTime(node: TS.CallExpression): undefined {
    if (this.file.explain) this.file.report(explanation(node, "decided at run time: compiled when the function value carries compiled code (a function of this program passed as a value does when it compiles), else the tape"));
    return undefined;
  }

  /**
   * `jacfwd(f)`, `jacrev(f)`, `jacobian(f)` and `vjp(f, …)` of a function the compiler covers
   * get its vector code (a number or an array written out as the result): forward code for
   * `jacfwd`, reverse code for `jacrev` and `vjp`, both for `jacobian` —
   * `jacrev(__typegrad.withVector(f$ad, undefined, (cotangent, x) => …, "a", 3))`.
   */
  private withCompiledVector(node: TS.CallExpression): TS.CallExpression | undefined {
    const env = this.file.analysis.env;
    const first = node.arguments[0];
    if (!first || ts.isSpreadElement(first) || this.file.analysis.answers.route(node, this.unit).kind !== "typegrad") return undefined;
    const name = symbolOf(env, node.expression)?.name;
    if (name !== "jacfwd" && name !== "jacrev" && name !== "jacobian" && name !== "vjp") return undefined;
    const fn = functionValueOf(env, first) ?? this.decidedAtRunTime(node);
    if (!fn) return undefined;
    const forward = name === "jacfwd" || name === "jacobian"
      ? this.file.compiled("vectorForward", fn, node, () => compileForwardVector(this.file, fn, node)) : undefined;
    // `jacobian` reports once: its forward code decides what `explain` says.
    const explain = this.file.explain;
    if (name === "jacobian") this.file.explain = false;
    const reverse = name !== "jacfwd" ? this.file.compiled("vectorReverse", fn, node, () => compileReverseVector(this.file, fn, node)) : undefined;
    // Straight-line code also gets `jacfwd`'s whole-Jacobian code (values and partials once).
    this.file.explain = false;
    const columns = forward ? this.file.compiled("vectorJacobian", fn, node, () => compileJacobianForward(this.file, fn, node)) : undefined;
    this.file.explain = explain;
    if (!forward && !reverse) return undefined;
    const visited = this.children(node);
    const target = this.isFunctionValue(first) ? this.file.runtimeCall("ad", [visited.arguments[0]!], first) : visited.arguments[0]!;
    // Matrices and objects too ("m", "{w:a,b:n}"): the kinds the lowered code takes.
    const wrapped = withVectorCode(this.file, fn, target, { forward, reverse, columns }, first);
    return this.f.updateCallExpression(visited, visited.expression, visited.typeArguments, [wrapped, ...visited.arguments.slice(1)]);
  }

  /**
   * `hessian(f)` and `hvp(f, x, v)` of a function the compiler covers get its Hessian-vector
   * code (compiler/hessian.ts): `hvp(__typegrad.withHessian(f$ad, (x, x_v) => …, "a"), x, v)`.
   */
  private withCompiledHessian(node: TS.CallExpression): TS.CallExpression | undefined {
    const env = this.file.analysis.env;
    const first = node.arguments[0];
    if (!first || ts.isSpreadElement(first) || this.file.analysis.answers.route(node, this.unit).kind !== "typegrad") return undefined;
    const name = symbolOf(env, node.expression)?.name;
    if (name !== "hessian" && name !== "hvp") return undefined;
    const fn = functionValueOf(env, first) ?? this.decidedAtRunTime(node);
    const compiled = fn && this.file.compiled("hessian", fn, node, () => compileHessian(this.file, fn, node));
    if (!compiled) return undefined;
    const visited = this.children(node);
    const kinds = compiledHessianKinds(fn) ?? vectorKinds(env, fn);
    const target = this.isFunctionValue(first) ? this.file.runtimeCall("ad", [visited.arguments[0]!], first) : visited.arguments[0]!;
    const wrapped = this.file.runtimeCall("withHessian", [target, compiled, this.f.createStringLiteral(kinds)], first);
    return this.f.updateCallExpression(visited, visited.expression, visited.typeArguments, [wrapped, ...visited.arguments.slice(1)]);
  }

  /** A formula with a stable primitive of its own (patterns.ts), applied to its rewritten argument. */
  private stable(form: StableForm, node: TS.Node): TS.Expression {
    return this.file.runtimeCall(form.name, [this.expr(form.argument)], node);
  }

  /** An argument of a library call: an active value crosses over as library-calls.ts decides. */
  private libraryArgument(node: TS.CallExpression, declaration: TS.SignatureDeclaration, arg: TS.Expression, index: number): TS.Expression {
    if (ts.isSpreadElement(arg) || !this.active(arg)) return this.callbackArgument(arg);
    const name = declaration.name && ts.isIdentifier(declaration.name) ? declaration.name.text : node.expression.getText();
    if (name === "BigInt") {
      this.file.report(diagnostic("bigint", node));
      return this.expr(arg);
    }
    const env = this.file.analysis.env;
    const decision = crossing(env, node, declaration, index);
    if (decision.kind === "number") return this.plainValue(this.expr(arg), arg);
    // Activity may be too large for values not typed as numbers (`any`, objects): errors only for those that are.
    const typed = this.numeric(arg) || env.oracle.mentionsActive(typeOf(env, arg));
    if (decision.kind === "error" && (typed || decision.diagnostic === "opaqueCall")) this.file.report(diagnostic(decision.diagnostic, arg, name, decision.param));
    return this.callbackArgument(arg);
  }

  /** True when the checker types `e` as a number (a `Var`/`Dual` included), not `any`, a string... */
  private numeric(e: TS.Expression): boolean {
    return isNumericExpression(this.file.analysis.env, e);
  }

  /** The primal number of an active value typed number; for one typed any, its primal if it is active, else the value as it is. */
  private plainValue(visited: TS.Expression, original: TS.Expression): TS.Expression {
    return this.numeric(original) ? this.file.primal(visited, original) : this.file.runtimeCall("plainOf", [visited], original);
  }

  /** `x.toFixed(2)` on an active number: the method of the primal value. */
  private property(node: TS.Node): TS.VisitResult<TS.Node> {
    if (!ts.isPropertyAccessExpression(node) || !this.active(node.expression)) return this.children(node);
    const checker = this.file.analysis.env.checker;
    const receiverType = typeOf(this.file.analysis.env, node.expression);
    const member = checker.getSymbolAtLocation(node.name)?.declarations?.[0];
    if (!(receiverType.flags & ts.TypeFlags.NumberLike) || !member?.getSourceFile().isDeclarationFile) return this.children(node);
    return this.f.updatePropertyAccessExpression(node, this.file.primal(this.expr(node.expression), node.expression), node.name);
  }

  /** `${y}` shows the primal value of an active `y`. Tagged templates get the values as they are. */
  private templateSpan(span: TS.TemplateSpan): TS.TemplateSpan {
    const tagged = ts.isTaggedTemplateExpression(span.parent.parent);
    if (tagged || !this.active(span.expression)) return this.children(span);
    return this.f.updateTemplateSpan(span, this.plainValue(this.expr(span.expression), span.expression), span.literal);
  }

  /** `switch (x)` matches cases with `===`, which an active value (an object) never meets: use its primal. */
  private switchStatement(node: TS.SwitchStatement): TS.Node {
    const visited = this.children(node);
    if (!this.active(node.expression)) return visited;
    // With literal cases the runtime hears each case tried (a guard of a traced graph); else the exact value.
    const cases = node.caseBlock.clauses.flatMap((c) => (ts.isCaseClause(c) ? [c.expression] : []));
    const copy = (e: TS.Expression): TS.Expression | undefined =>
      ts.isNumericLiteral(e) ? this.f.createNumericLiteral(e.text)
        : ts.isStringLiteral(e) ? this.f.createStringLiteral(e.text)
        : ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(e.operand)
          ? this.f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, this.f.createNumericLiteral(e.operand.text))
          : undefined;
    const copies = cases.map(copy);
    const listed = copies.every((e) => e !== undefined) ? [this.f.createArrayLiteralExpression(copies as TS.Expression[])] : [];
    const args = [visited.expression, ...listed];
    return this.f.updateSwitchStatement(visited, this.file.runtimeCall("switchOn", args, node.expression), visited.caseBlock);
  }

  /** `x && y`, `x || y` deciding on an active `x`: its truth is asked of the runtime (a guard of a traced graph), `x` evaluated once. */
  private logical(node: TS.BinaryExpression): TS.Expression {
    const f = this.f;
    const left = this.expr(node.left), right = this.expr(node.right);
    const temp = ts.isIdentifier(left) ? left : f.createTempVariable(this.file.context.hoistVariableDeclaration);
    const first = temp === left ? left : f.createParenthesizedExpression(f.createAssignment(temp, left));
    const test = this.file.runtimeCall("truthOf", [first], node.left);
    const and = node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken;
    return ts.setTextRange(f.createParenthesizedExpression(f.createConditionalExpression(test, undefined, and ? right : temp, undefined, and ? temp : right)), node);
  }

  /** A condition tests the primal value: an active value is an object, always truthy. */
  private condition(node: TS.IfStatement | TS.WhileStatement | TS.DoStatement | TS.ForStatement | TS.ConditionalExpression): TS.Node {
    const test = ts.isConditionalExpression(node) ? node.condition : ts.isForStatement(node) ? node.condition : node.expression;
    const visited = this.children(node);
    if (!test || !this.active(test)) return visited;
    // An active test is asked of its primal value (a guard of a traced graph); anything else (an object, `undefined`...) of itself.
    const primal = (e: TS.Expression | undefined) => this.file.runtimeCall("truthOf", [e!], test);
    if (ts.isConditionalExpression(visited)) return this.f.updateConditionalExpression(visited, primal(visited.condition), visited.questionToken, visited.whenTrue, visited.colonToken, visited.whenFalse);
    if (ts.isForStatement(visited)) return this.f.updateForStatement(visited, visited.initializer, primal(visited.condition), visited.incrementor, visited.statement);
    if (ts.isIfStatement(visited)) return this.f.updateIfStatement(visited, primal(visited.expression), visited.thenStatement, visited.elseStatement);
    if (ts.isWhileStatement(visited)) return this.f.updateWhileStatement(visited, primal(visited.expression), visited.statement);
    return this.f.updateDoStatement(visited as TS.DoStatement, (visited as TS.DoStatement).statement, primal((visited as TS.DoStatement).expression));
  }
}

/** The runtime operator for operands typed any/unknown (plain-js.ts). @example looseName("add") // "anyAdd" */
function looseName(rule: string): string {
  return `any${rule[0]!.toUpperCase()}${rule.slice(1)}`;
}
