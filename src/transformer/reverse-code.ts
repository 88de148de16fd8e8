/**
 * Compiled reverse mode for straight-line scalar functions handed to `grad` or
 * `valueAndGrad`: the function's operations are computed on plain numbers with the table's
 * number functions and partials, and then the adjoints are accumulated in local variables,
 * operation by operation from the last to the first — exactly the tape's sweep, so the
 * gradient is bit for bit the tape's, without a tape, a Var or a call of the runtime per
 * operation. The transforms use it when called with plain numbers (`withReverse`).
 *
 *   grad((x0, x1) => Math.sin(x0) * (x0 + x1))
 *   →  grad(__typegrad.withReverse(…, (x0, x1) => {
 *          v1 = sin(x0); p1 = sin'(x0); v2 = x0 + x1; …; v3 = v1 · v2; …
 *          a1 += p3a·1; a2 += p3b·1; ax0 += p2a·a2; ax1 += p2b·a2; ax0 += p1·a1;
 *          return __typegrad.reverseResult(v3, [ax0, ax1]); }))
 *
 * The language is the straight-line part of forward-code.ts's: parameters that are plain
 * identifiers, `const` locals, one final `return`, arithmetic, one- and two-argument
 * primitives, `Math` constants, and never-active values captured from the file's top level.
 */
import ts from "typescript";
import { type Env, isGlobalMath, typeOf } from "./calls.js";
import { type FileRewrite, RUNTIME } from "./file-rewrite.js";
import { isCapturedConstant, MATH_CONSTANTS, OPERATORS, primitiveCall, Unsupported } from "./forward-code.js";
import { logistic, softplusForm } from "./patterns.js";
import { type FunctionNode, skipOuter } from "./typegrad-source.js";

/**
 * A compiled operand: its number, the adjoint variable when it depends on a parameter, and
 * the index of the operation that made it (-1 for a parameter or a constant).
 */
interface Operand {
  readonly v: ts.Expression;
  readonly adjoint: ts.Identifier | null;
  readonly op?: number;
}

/** One recorded operation: its inputs' adjoints and partials, and its own adjoint. */
interface Operation {
  readonly adjoint: ts.Identifier;
  readonly inputs: { adjoint: ts.Identifier; partial: ts.Identifier }[];
}

/**
 * The reverse-mode code of `fn` as `(x, y, …) => gradient array`, the value left with
 * `reverseResult`, or undefined when `fn` is outside the straight-line language.
 */
export function reverseCode(file: FileRewrite, fn: FunctionNode, site: ts.Node): ts.ArrowFunction | undefined {
  if (!fn.body || fn.asteriskToken || fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) return undefined;
  try {
    return new ReverseCompiler(file, fn, site).compile();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

class ReverseCompiler {
  private readonly f: ts.NodeFactory;
  private readonly env: Env;
  private readonly locals = new Map<ts.Symbol, Operand>();
  private readonly forward: ts.Statement[] = [];
  private readonly operations: Operation[] = [];
  private readonly adjoints: ts.Identifier[] = [];

  constructor(
    private readonly file: FileRewrite,
    private readonly fn: FunctionNode,
    private readonly site: ts.Node,
  ) {
    this.f = file.factory;
    this.env = file.analysis.env;
  }

  compile(): ts.ArrowFunction {
    const f = this.f;
    const returns = this.env.checker.getSignatureFromDeclaration(this.fn)?.getReturnType();
    if (!returns || !(returns.flags & ts.TypeFlags.NumberLike) || this.fn.parameters.length === 0) throw new Unsupported();
    const params = this.fn.parameters.map((p) => {
      if (!ts.isIdentifier(p.name) || p.initializer || p.dotDotDotToken || p.questionToken) throw new Unsupported();
      const v = f.createUniqueName(p.name.text);
      this.locals.set(this.symbol(p.name), { v, adjoint: this.adjointVariable(`${p.name.text}_a`) });
      return { v, adjoint: this.locals.get(this.symbol(p.name))!.adjoint! };
    });
    const result = this.body(this.fn.body!);
    // Seed the output (the tape sets its adjoint to 1), then sweep backwards from the output's
    // operation: operations recorded after it are not swept by the tape either.
    const sweep: ts.Statement[] = [];
    if (result.adjoint) sweep.push(this.assign(result.adjoint, f.createNumericLiteral(1)));
    for (let k = result.op ?? -1; k >= 0; k--) {
      const op = this.operations[k]!;
      for (const input of op.inputs) {
        const contribution = f.createMultiply(input.partial, op.adjoint);
        sweep.push(f.createExpressionStatement(f.createBinaryExpression(input.adjoint, ts.SyntaxKind.PlusEqualsToken, contribution)));
      }
    }
    const declareAdjoints = f.createVariableStatement(undefined, f.createVariableDeclarationList(
      this.adjoints.map((a) => f.createVariableDeclaration(a, undefined, undefined, f.createNumericLiteral(0))), ts.NodeFlags.Let));
    const gradient = f.createArrayLiteralExpression(params.map((p) => p.adjoint));
    const ret = f.createReturnStatement(f.createCallExpression(
      f.createPropertyAccessExpression(this.runtime(), "reverseResult"), undefined, [result.v, gradient]));
    const parameters = params.map((p) => f.createParameterDeclaration(undefined, undefined, p.v));
    return f.createArrowFunction(undefined, undefined, parameters, undefined, undefined,
      f.createBlock([...this.forward, declareAdjoints, ...sweep, ret], true));
  }

  private symbol(node: ts.Node): ts.Symbol {
    const symbol = this.env.checker.getSymbolAtLocation(node);
    if (!symbol) throw new Unsupported();
    return symbol;
  }

  private adjointVariable(name: string): ts.Identifier {
    const id = this.f.createUniqueName(name);
    this.adjoints.push(id);
    return id;
  }

  private assign(target: ts.Identifier, value: ts.Expression): ts.Statement {
    return this.f.createExpressionStatement(this.f.createAssignment(target, value));
  }

  private declare(name: ts.Identifier, init: ts.Expression): void {
    const f = this.f;
    this.forward.push(f.createVariableStatement(undefined, f.createVariableDeclarationList(
      [f.createVariableDeclaration(name, undefined, undefined, init)], ts.NodeFlags.Const)));
  }

  /** `const` locals, then one `return` (or an expression body). */
  private body(body: ts.ConciseBody): Operand {
    if (!ts.isBlock(body)) return this.expr(body);
    const statements = body.statements;
    statements.forEach((s, k) => {
      if (k === statements.length - 1) return;
      if (!ts.isVariableStatement(s) || !(s.declarationList.flags & ts.NodeFlags.Const)) throw new Unsupported();
      for (const d of s.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer) throw new Unsupported();
        this.locals.set(this.symbol(d.name), this.expr(d.initializer));
      }
    });
    const last = statements[statements.length - 1];
    if (!last || !ts.isReturnStatement(last) || !last.expression) throw new Unsupported();
    return this.expr(last.expression);
  }

  private expr(e: ts.Expression): Operand {
    const f = this.f;
    const node = skipOuter(e);
    if (ts.isNumericLiteral(node)) return { v: f.createNumericLiteral(node.text), adjoint: null };
    if (ts.isIdentifier(node)) {
      const local = this.locals.get(this.symbol(node));
      if (local) return local;
      if (!isCapturedConstant(this.file, node, this.site)) throw new Unsupported();
      return { v: f.createIdentifier(node.text), adjoint: null };
    }
    if (ts.isPropertyAccessExpression(node) && isGlobalMath(this.env, node.expression) && MATH_CONSTANTS.has(node.name.text)) {
      return { v: f.createNumericLiteral(String((Math as unknown as Record<string, number>)[node.name.text])), adjoint: null };
    }
    if (!(typeOf(this.env, node).flags & ts.TypeFlags.NumberLike)) throw new Unsupported();
    if (ts.isPrefixUnaryExpression(node)) {
      if (node.operator === ts.SyntaxKind.PlusToken) return this.expr(node.operand);
      if (node.operator === ts.SyntaxKind.MinusToken) return this.apply("neg", [this.expr(node.operand)]);
    }
    // The same stable forms as the rewriter uses (patterns.ts), so both give the same numbers.
    const stable = ts.isBinaryExpression(node) ? logistic(this.env, node) : ts.isCallExpression(node) ? softplusForm(this.env, node) : undefined;
    if (stable) return this.apply(stable.name, [this.expr(stable.argument)]);
    if (ts.isBinaryExpression(node) && OPERATORS.has(node.operatorToken.kind)) {
      return this.apply(OPERATORS.get(node.operatorToken.kind)!, [this.expr(node.left), this.expr(node.right)]);
    }
    if (ts.isCallExpression(node)) {
      const name = primitiveCall(this.env, node);
      if (name) return this.apply(name, node.arguments.map((a) => this.expr(a)));
    }
    throw new Unsupported();
  }

  /**
   * One primitive: its number, and — when an input depends on a parameter — the partials of
   * its active inputs, recorded for the sweep as the tape records them.
   */
  private apply(name: string, args: Operand[]): Operand {
    const f = this.f;
    const rule = (member: string) => f.createPropertyAccessExpression(f.createPropertyAccessExpression(
      f.createPropertyAccessExpression(this.runtime(), "rules"), name), member);
    const v = f.createUniqueName("v");
    this.declare(v, f.createCallExpression(rule("num"), undefined, args.map((a) => a.v)));
    if (args.every((a) => a.adjoint === null)) return { v, adjoint: null };
    const members = args.length === 1 ? ["d"] : ["dx", "dy"];
    const inputs: Operation["inputs"] = [];
    args.forEach((a, k) => {
      if (!a.adjoint) return;
      const partial = f.createUniqueName("p");
      this.declare(partial, f.createCallExpression(rule(members[k]!), undefined, [...args.map((x) => x.v), v]));
      inputs.push({ adjoint: a.adjoint, partial });
    });
    const adjoint = this.adjointVariable("a");
    return { v, adjoint, op: this.operations.push({ adjoint, inputs }) - 1 };
  }

  private runtime(): ts.Expression {
    this.file.usesRuntime = true;
    return this.f.createIdentifier(RUNTIME);
  }
}
