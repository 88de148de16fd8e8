/**
 * Functions used as values. A function of the program that is passed around — to the user's
 * own optimiser, into a table, out of a factory, bound, composed — can reach a transform or
 * be called with active values where the analysis cannot follow it. Such a function carries a
 * differentiable version with it, attached where the function is created (see the runtime's
 * function-values.ts), and a call of a function value with active arguments finds it there.
 *
 * This pass finds those functions, syntactically and through the checker's symbols:
 *  - a function literal that is not called on the spot, not handed straight to a library
 *    function (`xs.map(x => …)`, which the activity analysis follows in place) and not handed
 *    straight to typegrad (rewritten in place too);
 *  - a named function (declaration, or a variable initialised with a literal) whose name is
 *    used other than as the callee of a call;
 *  - but a literal or name handed straight to a parameter of another program function only
 *    once that parameter can bring it to differentiable code (parameter-flow.ts): a plain
 *    helper calling its callback with plain numbers keeps its callers as written.
 *  - an object literal's methods, and class methods named other than as a callee.
 * Only functions with a parameter that can carry numbers count (an event handler taking a
 * `MouseEvent` or a `string` does not).
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import { type Env, resolveCallee, symbolOf } from "./calls.js";
import { isCallbackParameter, ParameterFlows } from "./parameter-flow.js";
import { type FunctionNode, isFunctionNode } from "./typegrad-source.js";

/** What the pass found. */
export interface Escapes {
  /**
   * Functions that get a differentiable version of their own (a twin or a shadow unit). It
   * grows while the activity fixpoint runs, as parameters of `flows` come to need versions.
   */
  readonly shadowed: Set<FunctionNode>;
  /** Methods used as values: rewritten in place, so the method itself accepts active values. */
  readonly inPlace: ReadonlySet<FunctionNode>;
  /** `f.bind(…)` calls on a shadowed function: the bound function must keep the version. */
  readonly bindCalls: ReadonlySet<TS.CallExpression>;
  /** Functions handed to parameters of program functions, waiting for those to need them. */
  readonly flows: ParameterFlows;
  /**
   * Named functions whose every use as a value is as an argument of a typegrad call
   * (`grad(f)`): the rewrite compiles those transforms where they are written, so the function
   * need not carry compiled code of its own (rewrite/value-code.ts).
   */
  readonly toTypegradOnly: ReadonlySet<FunctionNode>;
}

/**
 * Finds the functions of `files` used as values.
 * @example escapingFunctions(env, programFiles).shadowed.has(objectiveDecl) // true when passed to minimize
 */
export function escapingFunctions(env: Env, files: readonly TS.SourceFile[]): Escapes {
  const named = new Map<string, FunctionNode[]>();
  const literals: FunctionNode[] = [];
  const methods: FunctionNode[] = [];
  // Names and property reads, in the order met, for the named functions found (one walk).
  const references: (TS.Identifier | TS.PropertyAccessExpression)[] = [];
  for (const sf of files) {
    const collect = (node: TS.Node): void => {
      if (ts.isTypeNode(node) || ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
      if (isFunctionNode(node) && node.body && !node.asteriskToken && !isAsync(node)) {
        const name = nameOf(node);
        if (ts.isMethodDeclaration(node) && ts.isObjectLiteralExpression(node.parent)) methods.push(node);
        else if (name !== undefined) named.set(name, [...(named.get(name) ?? []), node]);
        else if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) literals.push(node);
      }
      if (ts.isIdentifier(node)) references.push(node);
      else if (ts.isPropertyAccessExpression(node)) {
        // `a.f` names `f` through the property, not through the identifier `f`.
        references.push(node);
        collect(node.expression);
        return;
      }
      ts.forEachChild(node, collect);
    };
    collect(sf);
  }

  const shadowed = new Set<FunctionNode>();
  const inPlace = new Set<FunctionNode>();
  const bindCalls = new Set<TS.CallExpression>();
  const flows = new ParameterFlows();
  /** A function value at `node`: needs a version now, or waits on the parameter it is handed to. */
  const escapes = (fn: FunctionNode, node: TS.Node): boolean => {
    const param = parameterTakingArgument(env, node);
    return !param || flows.wait(env, fn, param);
  };
  for (const fn of literals) if (literalEscapes(env, fn) && carriesNumbers(env, fn) && escapes(fn, fn)) shadowed.add(fn);
  for (const fn of methods) if (carriesNumbers(env, fn)) inPlace.add(fn);

  const toTypegrad = new Set<FunctionNode>(), otherwise = new Set<FunctionNode>();
  if (named.size > 0) {
    const byDeclaration = new Map<TS.Node, FunctionNode>();
    for (const fns of named.values()) for (const fn of fns) byDeclaration.set(declarationOf(fn), fn);
    for (const node of references) {
      const reference = ts.isIdentifier(node) ? node : node.name;
      if (!named.has(reference.text) || !isValueUse(node)) continue;
      const declaration = referencedSymbol(env, node)?.valueDeclaration;
      const fn = declaration && byDeclaration.get(declaration);
      if (fn && carriesNumbers(env, fn)) {
        if (ts.isMethodDeclaration(fn)) inPlace.add(fn);
        else if (!shadowed.has(fn) && !handedToLibraryCallback(env, node) && escapes(fn, node)) shadowed.add(fn);
        (handedToTypegrad(env, node) ? toTypegrad : otherwise).add(fn);
        const bindCall = boundBy(node);
        if (bindCall) bindCalls.add(bindCall);
      }
    }
  }
  for (const fn of flows.take()) shadowed.add(fn);
  for (const fn of otherwise) toTypegrad.delete(fn);
  return { shadowed, inPlace, bindCalls, flows, toTypegradOnly: toTypegrad };
}

/** `grad(f)`, `jvp(f, x, t)`: a reference handed straight to a typegrad function as an argument. */
function handedToTypegrad(env: Env, node: TS.Node): boolean {
  let e: TS.Node = node;
  while (ts.isParenthesizedExpression(e.parent) || ts.isAsExpression(e.parent) || ts.isSatisfiesExpression(e.parent) || ts.isNonNullExpression(e.parent)) e = e.parent;
  const call = e.parent;
  return ts.isCallExpression(call) && call.expression !== e && resolveCallee(env, call).kind === "typegrad";
}

/**
 * The parameter of a program function that `node` (a function value) is handed straight to, as
 * an argument written out: `slope((t) => …, x)`, `slope(sq, x)`.
 */
function parameterTakingArgument(env: Env, node: TS.Node): TS.ParameterDeclaration | undefined {
  let e: TS.Node = node;
  while (ts.isParenthesizedExpression(e.parent) || ts.isAsExpression(e.parent) || ts.isSatisfiesExpression(e.parent) || ts.isNonNullExpression(e.parent)) e = e.parent;
  const call = e.parent;
  if (!ts.isCallExpression(call) || call.expression === e) return undefined;
  const index = call.arguments.indexOf(e as TS.Expression);
  if (index < 0 || call.arguments.slice(0, index + 1).some(ts.isSpreadElement)) return undefined;
  const callee = resolveCallee(env, call);
  if (callee.kind !== "program" || !callee.fn?.body) return undefined;
  const params = callee.fn.parameters;
  const param = params[index + (params[0] && ts.isIdentifier(params[0].name) && params[0].name.text === "this" ? 1 : 0)];
  return param && !param.dotDotDotToken ? param : undefined;
}

/** The symbol a reference names; for `{ f }` shorthand, the variable `f`. */
function referencedSymbol(env: Env, node: TS.Expression): TS.Symbol | undefined {
  if (ts.isIdentifier(node) && ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node) {
    const symbol = env.checker.getShorthandAssignmentValueSymbol(node.parent);
    return symbol && symbol.flags & ts.SymbolFlags.Alias ? env.checker.getAliasedSymbol(symbol) : symbol;
  }
  return symbolOf(env, node);
}

function isAsync(fn: FunctionNode): boolean {
  return !!ts.getModifiers(fn as TS.HasModifiers)?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
}

/** The name a function is referred to by: its own, or the variable or class member it initialises. */
function nameOf(fn: FunctionNode): string | undefined {
  if (ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) return fn.name && (ts.isIdentifier(fn.name) || ts.isPrivateIdentifier(fn.name)) ? fn.name.text : undefined;
  if (ts.isConstructorDeclaration(fn) || ts.isGetAccessorDeclaration(fn) || ts.isSetAccessorDeclaration(fn)) return undefined;
  const parent = fn.parent;
  if (ts.isVariableDeclaration(parent) && parent.initializer === fn && ts.isIdentifier(parent.name)) return parent.name.text;
  return undefined;
}

/** The declaration a reference to `fn` resolves to. */
function declarationOf(fn: FunctionNode): TS.Node {
  return ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) ? fn.parent : fn;
}

/** True when a reference is used as a value, not as the callee of a call or `new`. */
function isValueUse(node: TS.Expression): boolean {
  let e: TS.Node = node;
  while (ts.isParenthesizedExpression(e.parent) || ts.isNonNullExpression(e.parent) || ts.isAsExpression(e.parent) || ts.isSatisfiesExpression(e.parent)) e = e.parent;
  const parent = e.parent;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === e) return false;
  if (ts.isTypeOfExpression(parent)) return false;
  // The name in its own declaration, or a property name being declared.
  if ((ts.isFunctionDeclaration(parent) || ts.isVariableDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isParameter(parent)) && (parent as { name?: TS.Node }).name === e) return false;
  if (ts.isPropertyAccessExpression(parent) && parent.name === e) return false; // handled at the access itself
  return true;
}

/** `f.bind(…)` around a reference. */
function boundBy(node: TS.Expression): TS.CallExpression | undefined {
  let e: TS.Node = node;
  while (ts.isParenthesizedExpression(e.parent)) e = e.parent;
  const access = e.parent;
  if (!ts.isPropertyAccessExpression(access) || access.expression !== e || access.name.text !== "bind") return undefined;
  return ts.isCallExpression(access.parent) && access.parent.expression === access ? access.parent : undefined;
}

/**
 * A literal escapes unless it is called on the spot, handed straight to a library function or
 * to typegrad, or names itself through a variable (then its references decide).
 */
function literalEscapes(env: Env, fn: FunctionNode): boolean {
  let e: TS.Node = fn;
  while (ts.isParenthesizedExpression(e.parent) || ts.isAsExpression(e.parent) || ts.isSatisfiesExpression(e.parent)) e = e.parent;
  const parent = e.parent;
  // defineFunction({ forward: (x) => …, backward: … }): handed to typegrad in an object literal.
  if (ts.isPropertyAssignment(parent) && ts.isObjectLiteralExpression(parent.parent)) {
    const call = parent.parent.parent;
    if ((ts.isCallExpression(call) || ts.isNewExpression(call)) && call.expression !== parent.parent && resolveCallee(env, call).kind === "typegrad") return false;
  }
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
    if (parent.expression === e) return false;
    const callee = resolveCallee(env, parent);
    // A library keeps what it is given to store (`m.set(k, f)`, `xs.push(f)`); a callback it only calls.
    if (callee.kind === "external") return !isCallbackParameter(callee, parent.arguments ? parent.arguments.indexOf(e as TS.Expression) : -1);
    return callee.kind === "program" || callee.kind === "unknown";
  }
  return true;
}

/** `xs.map(f)`, `xs.forEach(f)`: a reference handed straight to a library callback, which the analysis follows in place. */
function handedToLibraryCallback(env: Env, node: TS.Node): boolean {
  let e: TS.Node = node;
  while (ts.isParenthesizedExpression(e.parent) || ts.isAsExpression(e.parent) || ts.isSatisfiesExpression(e.parent) || ts.isNonNullExpression(e.parent)) e = e.parent;
  const call = e.parent;
  if (!ts.isCallExpression(call) || call.expression === e) return false;
  const index = call.arguments.indexOf(e as TS.Expression);
  return index >= 0 && !call.arguments.slice(0, index + 1).some(ts.isSpreadElement) && isCallbackParameter(resolveCallee(env, call), index);
}

/** True when some parameter's type can carry numbers (and so active values). */
function carriesNumbers(env: Env, fn: FunctionNode): boolean {
  // A rest parameter of a generic wrapper (`...a: Parameters<F>`) forwards whatever it is given.
  return fn.parameters.some((p) => !!p.dotDotDotToken || mayCarryNumbers(env, env.checker.getTypeAtLocation(p), 0));
}

function mayCarryNumbers(env: Env, type: TS.Type, depth: number): boolean {
  const flags = type.flags;
  if (flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.TypeParameter | ts.TypeFlags.Index | ts.TypeFlags.IndexedAccess | ts.TypeFlags.Conditional)) return true;
  if (type.isUnionOrIntersection()) return type.types.some((t) => mayCarryNumbers(env, t, depth));
  if (!(flags & ts.TypeFlags.Object) || depth > 3) return false;
  if (type.getCallSignatures().length > 0) return false;
  const checker = env.checker;
  if (checker.isArrayType(type) || checker.isTupleType(type)) {
    return checker.getTypeArguments(type as TS.TypeReference).some((t) => mayCarryNumbers(env, t, depth + 1));
  }
  const name = type.symbol?.name;
  if (name && /^(Float64Array|Float32Array)$/.test(name)) return true;
  const declaration = type.symbol?.declarations?.[0];
  if (declaration?.getSourceFile().isDeclarationFile) {
    // A library type: by its type arguments (Map<string, number>), never by its members.
    return (type as TS.ObjectType).objectFlags & ts.ObjectFlags.Reference
      ? checker.getTypeArguments(type as TS.TypeReference).some((t) => mayCarryNumbers(env, t, depth + 1))
      : false;
  }
  return type.getProperties().some((p) => mayCarryNumbers(env, checker.getTypeOfSymbol(p), depth + 1));
}

