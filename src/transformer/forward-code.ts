/**
 * Compiled forward mode. For a simple scalar function handed to `derivative` or `jvp`, the
 * rewriter also emits its forward-mode code: every active value becomes a pair of plain
 * numbers (value, tangent), computed with the primitive table's own number functions and
 * partials (`__typegrad.rules.sin.num`, `.d`), operation by operation in the order the Dual
 * runtime would use, so the result is bit for bit the same, without a Dual object per
 * operation. The runtime uses it when it is called on plain numbers (`withForward`), and the
 * ordinary rewritten function otherwise (nesting, arrays, values of other levels).
 *
 *   derivative((x) => Math.exp(x * x))
 *   →  derivative(__typegrad.withForward((x) => __typegrad.exp(__typegrad.mul(x, x)),
 *        (x_1, x_t_1) => { const v_1 = R.mul.num(x_1, x_1); const t_1 = …; …
 *                          return __typegrad.forwardResult(v_2, t_2); }))
 *
 * Only a small language is compiled — parameters that are plain identifiers; `const`/`let`
 * locals; assignments and `+= -= *= /=` to locals; `if`/`else`; `return`; numeric literals;
 * `+ - * / % **`, unary `-`/`+`; comparisons and `&& || !` in conditions; `?:`; calls of
 * one- and two-argument primitives (`Math.<fn>` or typegrad's own); `Math` constants; and
 * values captured from the top level of the file that are never active. Anything else means
 * no compiled code, which only costs speed.
 */
import ts from "./ts.js";
import type * as TS from "typescript";
import { type Env, typeOf } from "./calls.js";
import {
  COMPARISONS, COMPOUND, compileOrSkip, isCapturedConstant, isRewritten, mathConstant, nativeOperation, OPERATORS, operandsOf, primitiveCall, Unsupported,
} from "./compiled-language.js";
import { type FileRewrite, RUNTIME } from "./file-rewrite.js";
import { logistic, softplusForm } from "./patterns.js";
import { type FunctionNode, skipOuter } from "./typegrad-source.js";

/** A compiled value: its number expression and its tangent expression (null: a constant). */
interface Pair {
  readonly v: TS.Expression;
  readonly t: TS.Expression | null;
}


/**
 * The forward-mode code of `fn` as an arrow function `(x, x_t, y, y_t, …) => value` that
 * leaves the tangent with `forwardResult`, or undefined when `fn` is outside the small
 * language or could not be placed at `site` (a captured name would mean something else there).
 */
export function forwardCode(file: FileRewrite, fn: FunctionNode, site: TS.Node): TS.ArrowFunction | undefined {
  return compileOrSkip(fn, () => new ForwardCompiler(file, fn, site).compile());
}

class ForwardCompiler {
  private readonly f: TS.NodeFactory;
  private readonly env: Env;
  /** The number and tangent names of parameters and locals, by symbol. */
  private readonly names = new Map<TS.Symbol, { v: TS.Identifier; t: TS.Identifier | null }>();
  private out: TS.Statement[] = [];

  constructor(
    private readonly file: FileRewrite,
    private readonly fn: FunctionNode,
    private readonly site: TS.Node,
  ) {
    this.f = file.factory;
    this.env = file.analysis.env;
  }

  compile(): TS.ArrowFunction {
    const f = this.f;
    const returns = this.env.checker.getSignatureFromDeclaration(this.fn)?.getReturnType();
    if (!returns || !(returns.flags & ts.TypeFlags.NumberLike)) throw new Unsupported();
    const params: TS.ParameterDeclaration[] = [];
    for (const p of this.fn.parameters) {
      if (!ts.isIdentifier(p.name) || p.initializer || p.dotDotDotToken || p.questionToken) throw new Unsupported();
      const v = f.createUniqueName(p.name.text), t = f.createUniqueName(`${p.name.text}_t`);
      this.names.set(this.symbol(p.name), { v, t });
      params.push(f.createParameterDeclaration(undefined, undefined, v), f.createParameterDeclaration(undefined, undefined, t));
    }
    const body = this.fn.body!;
    if (ts.isBlock(body)) this.statements(body.statements);
    else this.returnValue(body);
    return f.createArrowFunction(undefined, undefined, params, undefined, undefined, f.createBlock(this.out, true));
  }

  private symbol(node: TS.Node): TS.Symbol {
    const symbol = this.env.checker.getSymbolAtLocation(node);
    if (!symbol) throw new Unsupported();
    return symbol;
  }

  // ---- statements --------------------------------------------------------------------------

  private statements(list: readonly TS.Statement[]): void {
    for (const s of list) this.statement(s);
  }

  /** Compiles a nested block into its own statement list. */
  private block(s: TS.Statement): TS.Block {
    const saved = this.out;
    this.out = [];
    if (ts.isBlock(s)) this.statements(s.statements);
    else this.statement(s);
    const block = this.f.createBlock(this.out, true);
    this.out = saved;
    return block;
  }

  private statement(s: TS.Statement): void {
    const f = this.f;
    if (ts.isReturnStatement(s) && s.expression) return this.returnValue(s.expression);
    if (ts.isBlock(s)) {
      this.out.push(this.block(s));
      return;
    }
    if (ts.isIfStatement(s)) {
      const test = this.condition(s.expression);
      this.out.push(f.createIfStatement(test, this.block(s.thenStatement), s.elseStatement && this.block(s.elseStatement)));
      return;
    }
    if (ts.isVariableStatement(s)) {
      const list = s.declarationList;
      if (!(list.flags & (ts.NodeFlags.Const | ts.NodeFlags.Let))) throw new Unsupported();
      for (const d of list.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer) throw new Unsupported();
        const value = this.expr(d.initializer);
        const v = f.createUniqueName(d.name.text), t = value.t && f.createUniqueName(`${d.name.text}_t`);
        this.names.set(this.symbol(d.name), { v, t });
        this.declare(v, value.v);
        if (t) this.declare(t, value.t!);
      }
      return;
    }
    if (ts.isExpressionStatement(s) && ts.isBinaryExpression(s.expression)) return this.assignment(s.expression);
    throw new Unsupported();
  }

  private declare(name: TS.Identifier, init: TS.Expression): void {
    const f = this.f;
    const list = f.createVariableDeclarationList([f.createVariableDeclaration(name, undefined, undefined, init)], ts.NodeFlags.Let);
    this.out.push(f.createVariableStatement(undefined, list));
  }

  /** `a = e` or `a op= e` on a local whose activity does not change. */
  private assignment(node: TS.BinaryExpression): void {
    const f = this.f;
    if (!ts.isIdentifier(node.left)) throw new Unsupported();
    const target = this.names.get(this.symbol(node.left));
    if (!target) throw new Unsupported();
    const op = node.operatorToken.kind;
    const current: Pair = { v: target.v, t: target.t };
    const value = op === ts.SyntaxKind.EqualsToken ? this.expr(node.right)
      : COMPOUND.has(op) ? this.apply(COMPOUND.get(op)!, [current, this.expr(node.right)]) : undefined;
    if (!value || (value.t === null) !== (target.t === null)) throw new Unsupported();
    this.out.push(f.createExpressionStatement(f.createAssignment(target.v, value.v)));
    if (target.t) this.out.push(f.createExpressionStatement(f.createAssignment(target.t, value.t!)));
  }

  private returnValue(e: TS.Expression): void {
    const value = this.expr(e);
    const result = this.runtime("forwardResult", [value.v, value.t ?? this.f.createNumericLiteral(0)]);
    this.out.push(this.f.createReturnStatement(result));
  }

  // ---- expressions -------------------------------------------------------------------------

  /** A condition: its primal truth value (comparisons of values, `&&`, `||`, `!`). */
  private condition(e: TS.Expression): TS.Expression {
    const f = this.f;
    const node = skipOuter(e);
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
      return f.createLogicalNot(f.createParenthesizedExpression(this.condition(node.operand)));
    }
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) {
        // Both sides are computed before the test; they are pure, so only time is spent.
        const l = this.condition(node.left), r = this.condition(node.right);
        return f.createBinaryExpression(f.createParenthesizedExpression(l), op, f.createParenthesizedExpression(r));
      }
      if (COMPARISONS.has(op)) {
        return f.createBinaryExpression(this.expr(node.left).v, op, this.expr(node.right).v);
      }
    }
    throw new Unsupported();
  }

  private expr(e: TS.Expression): Pair {
    const f = this.f;
    const node = skipOuter(e);
    if (ts.isNumericLiteral(node)) return { v: f.createNumericLiteral(node.text), t: null };
    if (ts.isIdentifier(node)) return this.identifier(node);
    const constant = mathConstant(f, this.env, node);
    if (constant) return { v: constant, t: null };
    if (!(typeOf(this.env, node).flags & ts.TypeFlags.NumberLike)) throw new Unsupported();
    if ((ts.isBinaryExpression(node) || ts.isPrefixUnaryExpression(node) || ts.isCallExpression(node)) && !isRewritten(this.file, this.fn, node)) {
      const v = f.createUniqueName("v");
      this.declare(v, nativeOperation(f, this.env, node, operandsOf(node).map((e) => this.expr(e).v)));
      return { v, t: null };
    }
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
    if (ts.isConditionalExpression(node)) return this.conditional(node);
    if (ts.isCallExpression(node)) return this.call(node);
    throw new Unsupported();
  }

  private identifier(node: TS.Identifier): Pair {
    const local = this.names.get(this.symbol(node));
    if (local) return { v: local.v, t: local.t };
    if (!isCapturedConstant(this.file, node, this.site)) throw new Unsupported();
    return { v: this.f.createIdentifier(node.text), t: null };
  }

  /** `c ? a : b`: both branches must agree on whether they carry a tangent. */
  private conditional(node: TS.ConditionalExpression): Pair {
    const f = this.f;
    const test = this.condition(node.condition);
    const v = f.createUniqueName("v"), t = f.createUniqueName("t");
    const branch = (e: TS.Expression): [TS.Block, boolean] => {
      const saved = this.out;
      this.out = [];
      const value = this.expr(e);
      this.out.push(f.createExpressionStatement(f.createAssignment(v, value.v)));
      if (value.t) this.out.push(f.createExpressionStatement(f.createAssignment(t, value.t)));
      const block = f.createBlock(this.out, true);
      this.out = saved;
      return [block, value.t !== null];
    };
    const [whenTrue, activeTrue] = branch(node.whenTrue);
    const [whenFalse, activeFalse] = branch(node.whenFalse);
    if (activeTrue !== activeFalse) throw new Unsupported();
    this.out.push(f.createVariableStatement(undefined, f.createVariableDeclarationList(
      [f.createVariableDeclaration(v), ...(activeTrue ? [f.createVariableDeclaration(t)] : [])], ts.NodeFlags.Let)));
    this.out.push(f.createIfStatement(test, whenTrue, whenFalse));
    return { v, t: activeTrue ? t : null };
  }

  /** `Math.<fn>(…)` or one of typegrad's own primitives, with one or two arguments. */
  private call(node: TS.CallExpression): Pair {
    const name = primitiveCall(this.env, node);
    if (!name) throw new Unsupported();
    return this.apply(name, node.arguments.map((a) => this.expr(a)));
  }

  /**
   * One primitive: `v = R.op.num(…)` and, when an operand is active, its tangent as the Dual
   * runtime computes it: ∂·ṫ for one active operand, ∂ₐ·ṫₐ + ∂ᵦ·ṫᵦ for two.
   */
  private apply(name: string, args: Pair[]): Pair {
    const f = this.f;
    const rule = (member: string) => f.createPropertyAccessExpression(
      f.createPropertyAccessExpression(this.runtimeMember("rules"), name), member);
    const v = f.createUniqueName("v");
    this.declare(v, f.createCallExpression(rule("num"), undefined, args.map((a) => a.v)));
    if (args.every((a) => a.t === null)) return { v, t: null };
    const partial = (member: string) => f.createCallExpression(rule(member), undefined, [...args.map((a) => a.v), v]);
    const times = (p: TS.Expression, tangent: TS.Expression) => f.createMultiply(p, tangent);
    let tangent: TS.Expression;
    if (args.length === 1) tangent = times(partial("d"), args[0]!.t!);
    else if (args[0]!.t && args[1]!.t) tangent = f.createAdd(times(partial("dx"), args[0]!.t), times(partial("dy"), args[1]!.t));
    else tangent = args[0]!.t ? times(partial("dx"), args[0]!.t) : times(partial("dy"), args[1]!.t!);
    const t = f.createUniqueName("t");
    this.declare(t, tangent);
    return { v, t };
  }

  private runtimeMember(name: string): TS.Expression {
    this.file.usesRuntime = true;
    return this.f.createPropertyAccessExpression(this.f.createIdentifier(RUNTIME), name);
  }

  private runtime(name: string, args: TS.Expression[]): TS.Expression {
    return this.f.createCallExpression(this.runtimeMember(name), undefined, args);
  }
}
