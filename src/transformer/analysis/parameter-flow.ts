/**
 * Where a function handed to another function of the program goes. `slope((t) => t * t, x)`
 * passes a literal to `slope`'s parameter `f`; the literal needs a differentiable version
 * only if that parameter can bring it to differentiable code:
 *  - the parameter is called with an active argument (`f(x + h)` in `slope`'s twin, or in a
 *    closure differentiable code runs) — known only while the activity fixpoint runs (`need`);
 *  - it is handed on to a parameter of another program function that needs it (`run(f)`
 *    calling `slope(f, 1)`), which is followed the same way;
 *  - it escapes in any other way: handed to a transform (`grad(f)`), to a library function,
 *    stored, returned, captured in a value, bound — decided when the parameter is first seen.
 * A plain helper that only calls its parameter with plain numbers (a finite difference, a
 * root finder) so keeps its callers' callbacks as written.
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import { type Callee, type Env, resolveCallee } from "./calls.js";
import type { FunctionNode } from "./typegrad-source.js";

/** The flows of function values into parameters. @example flows.wait(env, literal, param) // false: not needed yet */
export class ParameterFlows {
  /** Functions passed to a parameter that does not need a version yet. */
  private readonly waiting = new Map<TS.ParameterDeclaration, FunctionNode[]>();
  /** For a parameter, the parameters whose value is handed on to it (they need it when it is needed). */
  private readonly feeders = new Map<TS.ParameterDeclaration, TS.ParameterDeclaration[]>();
  private readonly needed = new Set<TS.ParameterDeclaration>();
  private readonly seen = new Set<TS.ParameterDeclaration>();
  /** Functions that came to need a version since the last `take`. */
  private ready: FunctionNode[] = [];

  /**
   * `fn` is passed to `param`: true when it needs a version now; otherwise it waits for the
   * parameter to be needed (and is then given by `take`).
   */
  wait(env: Env, fn: FunctionNode, param: TS.ParameterDeclaration): boolean {
    this.analyse(env, param);
    if (this.needed.has(param)) return true;
    const list = this.waiting.get(param);
    if (list) list.push(fn);
    else this.waiting.set(param, [fn]);
    return false;
  }

  /** `param` brings its value to differentiable code (called with an active argument). */
  need(param: TS.ParameterDeclaration): void {
    if (this.needed.has(param)) return;
    this.needed.add(param);
    const waiting = this.waiting.get(param);
    if (waiting) {
      this.ready.push(...waiting);
      this.waiting.delete(param);
    }
    for (const feeder of this.feeders.get(param) ?? []) this.need(feeder);
  }

  /** The functions that came to need a version since the last call. */
  take(): FunctionNode[] {
    const ready = this.ready;
    this.ready = [];
    return ready;
  }

  /** Decides once, from the function's body, whether `param` escapes; records where it is handed on. */
  private analyse(env: Env, param: TS.ParameterDeclaration): void {
    if (this.seen.has(param)) return;
    this.seen.add(param);
    const fn = param.parent;
    const body = (fn as TS.FunctionLikeDeclaration).body;
    if (!ts.isIdentifier(param.name) || param.dotDotDotToken || !body) return this.need(param);
    const name = param.name.text;
    const symbol = env.checker.getSymbolAtLocation(param.name);
    const handedOn: TS.ParameterDeclaration[] = [];
    let escapes = false;
    const visit = (node: TS.Node): void => {
      if (escapes || ts.isTypeNode(node)) return;
      // `arguments[0]` reaches the value without naming it.
      if (ts.isIdentifier(node) && node.text === "arguments") escapes = true;
      else if (ts.isIdentifier(node) && node.text === name && isReference(node)) {
        if (ts.isShorthandPropertyAssignment(node.parent)) escapes = true; // `{ f }`
        else if (env.checker.getSymbolAtLocation(node) === symbol) {
          const target = handedTo(env, node);
          if (target === "escapes") escapes = true;
          else if (target) handedOn.push(target);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(body);
    if (escapes) return this.need(param);
    for (const target of handedOn) {
      const list = this.feeders.get(target);
      if (list) list.push(param);
      else this.feeders.set(target, [param]);
      this.analyse(env, target);
      if (this.needed.has(target)) return this.need(param);
    }
  }
}

/** False for an identifier that names a property or a declaration rather than a variable. */
function isReference(id: TS.Identifier): boolean {
  const parent = id.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === id) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.name === id) return false;
  if ((ts.isParameter(parent) || ts.isVariableDeclaration(parent) || ts.isBindingElement(parent) || ts.isFunctionDeclaration(parent)) && parent.name === id) return false;
  return !ts.isQualifiedName(parent);
}

/**
 * What a use of a function-valued parameter does with it: nothing that matters (it is called
 * — `need` decides —, compared, tested, `typeof`), hands it to a parameter of another program
 * function, or lets it escape.
 */
function handedTo(env: Env, reference: TS.Identifier): TS.ParameterDeclaration | "escapes" | undefined {
  let e: TS.Node = reference;
  while (ts.isParenthesizedExpression(e.parent) || ts.isNonNullExpression(e.parent) || ts.isAsExpression(e.parent) || ts.isSatisfiesExpression(e.parent)) e = e.parent;
  const parent = e.parent;
  if (ts.isCallExpression(parent) && parent.expression === e) return undefined;
  // `f.call(self, …)`, `f.apply(self, args)`: a call too.
  if (ts.isPropertyAccessExpression(parent) && parent.expression === e && (parent.name.text === "call" || parent.name.text === "apply")) {
    return ts.isCallExpression(parent.parent) && parent.parent.expression === parent ? undefined : "escapes";
  }
  if (ts.isTypeOfExpression(parent)) return undefined;
  if (ts.isPrefixUnaryExpression(parent) && parent.operator === ts.SyntaxKind.ExclamationToken) return undefined;
  if (ts.isBinaryExpression(parent) && COMPARISONS.has(parent.operatorToken.kind)) return undefined;
  if ((ts.isIfStatement(parent) || ts.isConditionalExpression(parent)) && (parent as { condition?: TS.Node; expression?: TS.Node })[ts.isIfStatement(parent) ? "expression" : "condition"] === e) return undefined;
  if (ts.isCallExpression(parent) && !ts.isSpreadElement(e)) {
    const index = parent.arguments.indexOf(e as TS.Expression);
    const callee = resolveCallee(env, parent);
    if (index < 0 || callee.kind !== "program" || !callee.fn?.body) return "escapes";
    const params = callee.fn.parameters;
    const target = params[index + (params[0] && ts.isIdentifier(params[0].name) && params[0].name.text === "this" ? 1 : 0)];
    return target && !target.dotDotDotToken && !parent.arguments.slice(0, index).some(ts.isSpreadElement) ? target : "escapes";
  }
  return "escapes";
}

const COMPARISONS = new Set<TS.SyntaxKind>([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

/**
 * True when argument `i` of a library call goes to a parameter declared as a callback
 * (`map`'s, `forEach`'s, `sort`'s, `then`'s): the library calls it, and stores it nowhere a
 * transform could later find it. Storing parameters (`set(key, value: V)`, `push(...items)`)
 * are not callbacks. @example isCallbackParameter(resolveCallee(env, call), 0) // true for xs.map(f)
 */
export function isCallbackParameter(callee: Callee, i: number): boolean {
  if (callee.kind !== "external") return false;
  const params = callee.declaration.parameters;
  const param = params[Math.min(i, params.length - 1)];
  return !!param?.type && !param.dotDotDotToken && isFunctionType(param.type);
}

/** A function type, possibly parenthesised or in a union with `undefined`/`null`. */
function isFunctionType(type: TS.TypeNode): boolean {
  if (ts.isParenthesizedTypeNode(type)) return isFunctionType(type.type);
  if (ts.isFunctionTypeNode(type)) return true;
  if (!ts.isUnionTypeNode(type)) return false;
  const parts = type.types.filter((t) => !(t.kind === ts.SyntaxKind.UndefinedKeyword || (ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword)));
  return parts.length > 0 && parts.every(isFunctionType);
}
