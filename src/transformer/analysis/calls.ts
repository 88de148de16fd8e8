/**
 * What a call calls, found through the checker: `Math.<name>`, a typegrad runtime function
 * (by where it is declared), one of the program's own functions, or something outside the
 * program (a library or `lib.d.ts`). Also which program functions can get a twin `f$ad`.
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import type { TypeOracle } from "./active-types.js";
import { type FunctionNode, isFunctionNode, isProgramFile, isTypegradNode, skipOuter } from "./typegrad-source.js";
import type { TwinnableFunction } from "./units.js";

/** The checker-backed context the analysis and the rewriter share. */
export interface Env {
  readonly program: TS.Program;
  readonly checker: TS.TypeChecker;
  readonly oracle: TypeOracle;
  /** Answers that depend only on the program, kept across fixpoint passes. */
  readonly memo: Map<string, Map<TS.Node, unknown>>;
}

/** Caches `compute(node)` in `env` under `key`: the fixpoint asks the same questions every pass. */
export function memoized<N extends TS.Node, R>(env: Env, key: string, node: N, compute: (node: N) => R): R {
  let table = env.memo.get(key);
  if (!table) env.memo.set(key, (table = new Map()));
  if (table.has(node)) return table.get(node) as R;
  const value = compute(node);
  table.set(node, value);
  return value;
}

/**
 * The checker's type of a node, asked once: for an expression the checker re-checks the whole
 * subtree on every call (only flow-typed references are cached), and the analysis, the
 * rewrite and the twin pruning all ask about the same nodes.
 */
export function typeOf(env: Env, node: TS.Node): TS.Type {
  return memoized(env, "type", node, () => env.checker.getTypeAtLocation(node));
}

/** The target of a call or `new`. */
export type Callee =
  | { readonly kind: "math"; readonly name: string }
  | { readonly kind: "typegrad" }
  | { readonly kind: "program"; readonly fn: FunctionNode | undefined }
  | { readonly kind: "external"; readonly declaration: TS.SignatureDeclaration }
  | { readonly kind: "unknown" };

/**
 * The runtime rule that computes `Math.<name>` with V8's own value: the rule of the same name,
 * except `exp` (typegrad's `exp` is correctly rounded, V8's `Math.exp` is not), whose rule is
 * `mathExp`. @example mathRule("exp") // "mathExp"
 */
export function mathRule(name: string): string {
  return name === "exp" ? "mathExp" : name;
}

/** True when `expr` is the global `Math` object (not a user's variable named `Math`). */
export function isGlobalMath(env: Env, expr: TS.Expression): boolean {
  if (!ts.isIdentifier(expr) || expr.text !== "Math") return false;
  const declarations = env.checker.getSymbolAtLocation(expr)?.declarations ?? [];
  return declarations.length > 0 && declarations.every((d) => d.getSourceFile().isDeclarationFile && !isTypegradNode(d));
}

/** The symbol an expression names, with import aliases followed to their target. */
export function symbolOf(env: Env, expr: TS.Node): TS.Symbol | undefined {
  return memoized(env, "symbol", expr, () => uncachedSymbolOf(env, expr));
}

function uncachedSymbolOf(env: Env, expr: TS.Node): TS.Symbol | undefined {
  const symbol = env.checker.getSymbolAtLocation(ts.isPropertyAccessExpression(expr) ? expr.name : expr);
  return symbol && symbol.flags & ts.SymbolFlags.Alias ? env.checker.getAliasedSymbol(symbol) : symbol;
}

/**
 * Resolves a call's target. @example resolveCallee(env, callTo("Math.sin(x)")) // { kind: "math", name: "sin" }
 */
export function resolveCallee(env: Env, call: TS.CallExpression | TS.NewExpression): Callee {
  return memoized(env, "callee", call, () => uncachedResolveCallee(env, call));
}

function uncachedResolveCallee(env: Env, call: TS.CallExpression | TS.NewExpression): Callee {
  const callee = skipOuter(call.expression);
  if (ts.isPropertyAccessExpression(callee) && isGlobalMath(env, callee.expression)) {
    return { kind: "math", name: callee.name.text };
  }
  const declaration = env.checker.getResolvedSignature(call)?.declaration;
  if (!declaration || ts.isJSDocSignature(declaration)) {
    if (ts.isNewExpression(call)) {
      const cls = symbolOf(env, call.expression)?.valueDeclaration;
      if (cls && ts.isClassLike(cls) && isProgramFile(env.program, cls.getSourceFile())) return { kind: "program", fn: undefined };
    }
    return { kind: "unknown" };
  }
  if (isTypegradNode(declaration)) return { kind: "typegrad" };
  const sf = declaration.getSourceFile();
  if (!isProgramFile(env.program, sf)) return holdsFunctionValue(env, callee) ? { kind: "unknown" } : { kind: "external", declaration };
  if (isFunctionNode(declaration)) {
    // A body-less `declare function` is as opaque as a library function.
    const fn = implementationOf(env, declaration);
    if (!fn) return { kind: "external", declaration };
    // `q(x)` with `const q = on ? sq : cube`, `fs[0](x)`, `table.sq(x)` with `table = { sq }`:
    // the checker names `sq`, but the callee is a value that may be another function.
    if (ts.isCallExpression(call) && callee.kind !== ts.SyntaxKind.SuperKeyword && functionValueOf(env, callee) !== fn) return { kind: "unknown" };
    return { kind: "program", fn };
  }
  return { kind: "unknown" };
}

/**
 * True when the callee is a variable, parameter or property of the program holding a function
 * value (`f(x)` with `f: Objective`), whatever library type it is declared with.
 */
function holdsFunctionValue(env: Env, callee: TS.Expression): boolean {
  if (!ts.isIdentifier(callee) && !ts.isPropertyAccessExpression(callee)) return false;
  const declaration = symbolOf(env, callee)?.valueDeclaration;
  if (!declaration || !isProgramFile(env.program, declaration.getSourceFile())) return false;
  return ts.isVariableDeclaration(declaration) || ts.isParameter(declaration) || ts.isBindingElement(declaration) || ts.isPropertyDeclaration(declaration) || ts.isPropertySignature(declaration) || ts.isPropertyAssignment(declaration);
}

/** Overloads resolve to a body-less signature; the body to rewrite is the implementation's. */
function implementationOf(env: Env, fn: FunctionNode): FunctionNode | undefined {
  if (fn.body) return fn;
  const symbol = fn.name ? env.checker.getSymbolAtLocation(fn.name) : undefined;
  return symbol?.declarations?.find((d): d is FunctionNode => isFunctionNode(d) && !!d.body);
}

/**
 * The program function a value expression names (`f`, `ns.f`, `obj.method`), if any.
 * @example functionValueOf(env, identifier("square")) // the `function square` declaration
 */
export function functionValueOf(env: Env, expr: TS.Expression): FunctionNode | undefined {
  return memoized(env, "function", expr, () => uncachedFunctionValueOf(env, skipOuter(expr)));
}

function uncachedFunctionValueOf(env: Env, expr: TS.Expression): FunctionNode | undefined {
  if (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr)) return expr;
  if (!ts.isIdentifier(expr) && !ts.isPropertyAccessExpression(expr)) return undefined;
  const declaration = symbolOf(env, expr)?.valueDeclaration;
  if (!declaration || !isProgramFile(env.program, declaration.getSourceFile())) return undefined;
  if (isFunctionNode(declaration)) return implementationOf(env, declaration);
  if ((ts.isVariableDeclaration(declaration) || ts.isPropertyAssignment(declaration) || ts.isPropertyDeclaration(declaration)) && declaration.initializer) {
    const init = skipOuter(declaration.initializer);
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
  }
  return undefined;
}

/** True when the function's own signature mentions `Var`/`Dual`: it is rewritten in place. */
export function signatureMentionsActive(env: Env, fn: FunctionNode): boolean {
  const signature = env.checker.getSignatureFromDeclaration(fn);
  if (!signature) return false;
  if (env.oracle.mentionsActive(signature.getReturnType())) return true;
  return signature.getParameters().some((p) => env.oracle.mentionsActive(env.checker.getTypeOfSymbol(p)));
}

/**
 * A function gets a twin when it is declared at the top level of a file, by a `function`
 * declaration or as the only declarator of a `const`, and its signature does not already say
 * it is differentiable. Other functions (methods, nested functions) are rewritten in place.
 */
export function asTwinnable(env: Env, fn: FunctionNode | undefined): TwinnableFunction | undefined {
  return fn && memoized(env, "twinnable", fn, () => uncachedAsTwinnable(env, fn));
}

function uncachedAsTwinnable(env: Env, fn: FunctionNode): TwinnableFunction | undefined {
  if (!fn.body || signatureMentionsActive(env, fn)) return undefined;
  if (ts.isFunctionDeclaration(fn)) {
    return fn.name && ts.isSourceFile(fn.parent) ? fn : undefined;
  }
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return undefined;
  const declaration = fn.parent;
  if (!ts.isVariableDeclaration(declaration) || !ts.isIdentifier(declaration.name)) return undefined;
  const list = declaration.parent;
  if (!ts.isVariableDeclarationList(list) || !(list.flags & ts.NodeFlags.Const) || list.declarations.length !== 1) return undefined;
  return ts.isVariableStatement(list.parent) && ts.isSourceFile(list.parent.parent) ? fn : undefined;
}

/** The declared name of a twinnable function. */
export function declaredName(fn: TwinnableFunction): string {
  if (ts.isFunctionDeclaration(fn)) return fn.name!.text;
  return ((fn.parent as TS.VariableDeclaration).name as TS.Identifier).text;
}

/** The name of a function's differentiable twin. @example twinName("square") // "square$ad" */
export function twinName(name: string): string {
  return `${name}$ad`;
}
