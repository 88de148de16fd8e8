/**
 * Compiled reverse mode for scalar functions handed to `grad` or `valueAndGrad`: adjoint code
 * in the manner of Tapenade. The forward part runs the function's own statements on plain
 * numbers with the table's number functions, pushing each operation's partials (and each
 * loop's counters) on a stack of numbers; the reverse part runs the statements backwards,
 * popping them and accumulating adjoints in local variables and gradient arrays. Operations
 * are swept from the last to the first and each operation's inputs in order — exactly the
 * tape's sweep — so the gradient is bit for bit the tape's, without a Var, a tape node or a
 * runtime call per operation. The transforms use it when called with plain numbers (and
 * arrays of them); anything else goes to the runtime (`withReverse`).
 *
 *   grad((x0, x1) => Math.sin(x0) * (x0 + x1))
 *   →  grad(__typegrad.withReverse(…, (x0, x1) => {
 *          forward:  v1 = sin(x0); push sin'(x0); v2 = x0 + x1; push ∂…; v3 = v1·v2; push ∂…
 *          reverse:  a3 = 1; p = pop(); q = pop(); a1 += q·a3; a2 += p·a3; …
 *          return __typegrad.reverseResult(v3, [x0_a, x1_a]); }))
 *
 * The language: parameters that are numbers or read-only arrays of numbers (`number[]`,
 * `Float64Array`); `const`/`let` scalar locals, assigned with `=`, `+=`, `-=`, `*=`, `/=`;
 * counted `for` loops whose counter is only read; `if`/`else` on comparisons; a final `return`; arithmetic, one- and
 * two-argument primitives, `Math` constants; elements of parameter arrays and of never-active
 * arrays captured from the top level, at indices computed from counters and constants.
 */
import ts from "./ts.js";
import type * as TS from "typescript";
import { type Env, typeOf } from "./calls.js";
import { type FileRewrite, RUNTIME } from "./file-rewrite.js";
import {
  COMPARISONS, COMPOUND, compileOrSkip, isCapturedConstant, isRewritten, mathConstant, nativeOperation, OPERATORS, operandsOf, primitiveCall, Unsupported,
} from "./compiled-language.js";
import { logistic, softplusForm } from "./patterns.js";
import { type FunctionNode, skipOuter } from "./typegrad-source.js";

const LOOP_TESTS = new Set([
  ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken,
]);

/** Where an operand's adjoint goes: a variable, or an element of a gradient array. */
type Target = { readonly variable: TS.Identifier } | { readonly array: TS.Identifier; readonly index: TS.Expression };

/** A compiled operand: its number, and where its adjoint goes when it depends on a parameter. */
interface Operand {
  readonly v: TS.Expression;
  readonly target: Target | null;
  /** The static number of the operation that made it (for the check on the returned value). */
  readonly op?: number;
}

/** What a parameter, local or loop counter compiles to. */
type Binding =
  | {
    readonly kind: "scalar";
    readonly v: TS.Identifier;
    /**
     * For a local assigned inside a loop or branch it was declared outside of: the variable its uses
     * accumulate into, handed to each version's own target when the reverse part reaches the
     * version's definition. Otherwise null: uses accumulate straight into `target`.
     */
    readonly carried: TS.Identifier | null;
    /** Where the adjoint of the current version goes (parameters: their own adjoint). */
    target: Target | null;
    op?: number;
  }
  | { readonly kind: "array"; readonly v: TS.Identifier; readonly gradient: TS.Identifier }
  | { readonly kind: "counter"; readonly v: TS.Identifier };

/** Forward statements, and the reverse statements that undo them (already in reverse order). */
interface Code {
  readonly forward: TS.Statement[];
  readonly reverse: TS.Statement[];
}

/**
 * The reverse-mode code of `fn` as `(x, y, …) => gradients` (one entry per parameter: a
 * number, or a Float64Array for an array), the value left with `reverseResult`; undefined
 * when `fn` is outside the language.
 */
export function reverseCode(file: FileRewrite, fn: FunctionNode, site: TS.Node): TS.ArrowFunction | undefined {
  return compileOrSkip(fn, () => new ReverseCompiler(file, fn, site).compile());
}

class ReverseCompiler {
  private readonly f: TS.NodeFactory;
  private readonly env: Env;
  private readonly bindings = new Map<TS.Symbol, Binding>();
  /** Adjoint variables, declared once at the top of the reverse part. */
  private readonly adjoints: TS.Identifier[] = [];
  private readonly stack: TS.Identifier;
  private operations = 0;
  /** Locals assigned inside a loop or branch that they were declared outside of. */
  private readonly carried = new Set<TS.Symbol>();

  constructor(
    private readonly file: FileRewrite,
    private readonly fn: FunctionNode,
    private readonly site: TS.Node,
  ) {
    this.f = file.factory;
    this.env = file.analysis.env;
    this.stack = this.f.createUniqueName("stack");
  }

  compile(): TS.ArrowFunction {
    const f = this.f;
    const checker = this.env.checker;
    const returns = checker.getSignatureFromDeclaration(this.fn)?.getReturnType();
    if (!returns || !(returns.flags & ts.TypeFlags.NumberLike) || this.fn.parameters.length === 0) throw new Unsupported();
    const prologue: TS.Statement[] = [];
    const results: TS.Expression[] = [];
    this.findCarried(this.fn.body!); // before the parameters: one assigned in a loop or branch is not compiled
    const params = this.fn.parameters.map((p) => {
      if (!ts.isIdentifier(p.name) || p.initializer || p.dotDotDotToken || p.questionToken) throw new Unsupported();
      const type = checker.getTypeAtLocation(p);
      const v = f.createUniqueName(p.name.text);
      if (type.flags & ts.TypeFlags.NumberLike) {
        const adjoint = this.adjoint(`${p.name.text}_a`);
        if (this.carried.has(this.symbol(p.name))) throw new Unsupported(); // parameters are never reassigned here
        this.bindings.set(this.symbol(p.name), { kind: "scalar", v, carried: null, target: { variable: adjoint }, op: -1 });
        results.push(adjoint);
      } else if (this.isNumberArray(type)) {
        const gradient = f.createUniqueName(`${p.name.text}_g`);
        this.bindings.set(this.symbol(p.name), { kind: "array", v, gradient });
        prologue.push(this.constant(gradient, f.createNewExpression(f.createIdentifier("Float64Array"), undefined,
          [f.createPropertyAccessExpression(v, "length")])));
        results.push(gradient);
      } else {
        throw new Unsupported();
      }
      return f.createParameterDeclaration(undefined, undefined, v);
    });
    const body = this.fn.body!;
    const statements = ts.isBlock(body) ? [...body.statements] : [];
    const last = ts.isBlock(body) ? statements.pop() : undefined;
    const returned = ts.isBlock(body) ? (last && ts.isReturnStatement(last) ? last.expression : undefined) : body;
    if (!returned) throw new Unsupported();
    const code = this.block(statements);
    const result = this.expr(returned, code);
    // The tape sweeps from the output's node down: nothing may be recorded after it.
    if (result.target && result.op !== this.operations - 1 && !(result.op === -1 && this.operations === 0)) throw new Unsupported();
    const seed = result.target ? [this.accumulate(result.target, f.createNumericLiteral(1), true)] : [];
    const stackInit = this.constant(this.stack, f.createCallExpression(this.runtime("valueStack"), undefined, []));
    const declareAdjoints = this.adjoints.length === 0 ? [] : [f.createVariableStatement(undefined, f.createVariableDeclarationList(
      this.adjoints.map((a) => f.createVariableDeclaration(a, undefined, undefined, f.createNumericLiteral(0))), ts.NodeFlags.Let))];
    const ret = f.createReturnStatement(f.createCallExpression(this.runtime("reverseResult"), undefined,
      [result.v, f.createArrayLiteralExpression(results)]));
    return f.createArrowFunction(undefined, undefined, params, undefined, undefined, f.createBlock(
      [stackInit, ...prologue, ...declareAdjoints, ...code.forward, ...seed, ...code.reverse, ret], true));
  }

  /**
   * Finds the carried locals: assigned inside a `for` body or an `if` branch that does not
   * declare them, so which version a later read sees is only known at run time.
   */
  private findCarried(body: TS.Node): void {
    const visit = (node: TS.Node, loops: TS.Node[]): void => {
      if (ts.isForStatement(node)) {
        ts.forEachChild(node, (child) => visit(child, [...loops, node.statement]));
        return;
      }
      if (ts.isIfStatement(node)) {
        visit(node.expression, loops);
        visit(node.thenStatement, [...loops, node.thenStatement]);
        if (node.elseStatement) visit(node.elseStatement, [...loops, node.elseStatement]);
        return;
      }
      if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
        node.operatorToken.kind <= ts.SyntaxKind.LastAssignment && ts.isIdentifier(node.left)) {
        const symbol = this.env.checker.getSymbolAtLocation(node.left);
        const declaration = symbol?.valueDeclaration;
        if (symbol && declaration && loops.some((loop) => !(declaration.pos >= loop.pos && declaration.end <= loop.end))) this.carried.add(symbol);
      }
      ts.forEachChild(node, (child) => visit(child, loops));
    };
    visit(body, []);
  }

  private isNumberArray(type: TS.Type): boolean {
    const checker = this.env.checker;
    if (type.symbol?.name === "Float64Array") return true;
    if (!checker.isArrayType(type)) return false;
    const element = checker.getTypeArguments(type as TS.TypeReference)[0];
    return !!element && !!(element.flags & ts.TypeFlags.Number) && !this.env.oracle.mentionsActive(element);
  }

  private symbol(node: TS.Node): TS.Symbol {
    const symbol = this.env.checker.getSymbolAtLocation(node);
    if (!symbol) throw new Unsupported();
    return symbol;
  }

  private adjoint(name: string): TS.Identifier {
    const id = this.f.createUniqueName(name);
    this.adjoints.push(id);
    return id;
  }

  private constant(name: TS.Identifier, init: TS.Expression): TS.Statement {
    const f = this.f;
    return f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(name, undefined, undefined, init)], ts.NodeFlags.Const));
  }

  private runtime(name: string): TS.Expression {
    this.file.usesRuntime = true;
    return this.f.createPropertyAccessExpression(this.f.createIdentifier(RUNTIME), name);
  }

  /** `target += value` (or `= value` for the seed, as the tape sets the output's adjoint). */
  private accumulate(target: Target, value: TS.Expression, assign = false): TS.Statement {
    const f = this.f;
    const place = "variable" in target ? target.variable : f.createElementAccessExpression(target.array, target.index);
    return f.createExpressionStatement(assign ? f.createAssignment(place, value) : f.createBinaryExpression(place, ts.SyntaxKind.PlusEqualsToken, value));
  }

  // ---- statements --------------------------------------------------------------------------

  private block(statements: readonly TS.Statement[]): Code {
    const forward: TS.Statement[] = [];
    const parts: TS.Statement[][] = [];
    for (const s of statements) {
      const code = this.statement(s);
      forward.push(...code.forward);
      parts.push(code.reverse);
    }
    return { forward, reverse: parts.reverse().flat() };
  }

  private statement(s: TS.Statement): Code {
    if (ts.isVariableStatement(s)) {
      const list = s.declarationList;
      if (!(list.flags & (ts.NodeFlags.Const | ts.NodeFlags.Let))) throw new Unsupported();
      return this.sequence(list.declarations.map((d) => {
        if (!ts.isIdentifier(d.name) || !d.initializer) throw new Unsupported();
        const symbol = this.symbol(d.name);
        const carried = this.carried.has(symbol) ? this.adjoint(`${d.name.text}_a`) : null;
        const binding: Binding = { kind: "scalar", v: this.f.createUniqueName(d.name.text), carried, target: null };
        const code = this.define(binding, (into) => this.expr(d.initializer!, into), true);
        this.bindings.set(symbol, binding);
        return code;
      }));
    }
    if (ts.isExpressionStatement(s) && ts.isBinaryExpression(s.expression)) {
      const node = s.expression, op = node.operatorToken.kind;
      if (!ts.isIdentifier(node.left)) throw new Unsupported();
      const binding = this.bindings.get(this.symbol(node.left));
      if (!binding || binding.kind !== "scalar") throw new Unsupported();
      if (op === ts.SyntaxKind.EqualsToken) return this.define(binding, (into) => this.expr(node.right, into), false);
      const name = COMPOUND.get(op);
      if (!name) throw new Unsupported();
      const old = this.read(binding);
      return this.define(binding, (into) => this.apply(name, [old, this.expr(node.right, into)], into), false);
    }
    if (ts.isForStatement(s)) return this.loop(s);
    if (ts.isIfStatement(s)) return this.branch(s);
    if (ts.isBlock(s)) return this.block(s.statements);
    throw new Unsupported();
  }

  private sequence(codes: Code[]): Code {
    return { forward: codes.flatMap((c) => c.forward), reverse: codes.reverse().flatMap((c) => c.reverse) };
  }

  /**
   * A new version of a scalar local: `v = value`. Uses of a local that is not carried go
   * straight to the version's target, so nothing happens here in reverse. A carried one
   * gathers its uses in `carried`: in reverse, the definition hands that to the version's
   * target and starts the older version again from 0. (When the version is a copy of a value
   * that is used elsewhere too — `let s = x` with `x` also read in the loop — the tape adds
   * the copy's uses into `x` in a different order: the gradient is the same to rounding, not
   * always to the bit.)
   */
  private define(binding: Binding & { kind: "scalar" }, value: (into: Code) => Operand, declare: boolean): Code {
    const f = this.f;
    const code: Code = { forward: [], reverse: [] };
    const result = value(code);
    const set = declare
      ? f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(binding.v, undefined, undefined, result.v)], ts.NodeFlags.Let))
      : f.createExpressionStatement(f.createAssignment(binding.v, result.v));
    binding.target = result.target;
    binding.op = result.op;
    if (!binding.carried) return { forward: [...code.forward, set], reverse: code.reverse };
    const taken = f.createUniqueName("a");
    const reverse: TS.Statement[] = [this.constant(taken, binding.carried), f.createExpressionStatement(f.createAssignment(binding.carried, f.createNumericLiteral(0)))];
    if (result.target) reverse.push(this.accumulate(result.target, taken));
    return { forward: [...code.forward, set], reverse: [...reverse, ...code.reverse] };
  }

  /** A local's current value and where its uses' adjoints go. */
  private read(binding: Binding & { kind: "scalar" }): Operand {
    return { v: binding.v, target: binding.carried ? { variable: binding.carried } : binding.target, op: binding.op };
  }

  /** `for (let i = a; i < b; i += c) body`: counters pushed after each pass, popped in reverse. */
  private loop(s: TS.ForStatement): Code {
    const f = this.f;
    const init = s.initializer;
    if (!init || !ts.isVariableDeclarationList(init) || init.declarations.length !== 1 || !(init.flags & ts.NodeFlags.Let)) throw new Unsupported();
    const decl = init.declarations[0]!;
    if (!ts.isIdentifier(decl.name) || !decl.initializer || !s.condition || !s.incrementor) throw new Unsupported();
    const counter = f.createUniqueName(decl.name.text);
    const symbol = this.symbol(decl.name);
    const start = this.index(decl.initializer);
    this.bindings.set(symbol, { kind: "counter", v: counter });
    const test = skipOuter(s.condition);
    if (!ts.isBinaryExpression(test) || !LOOP_TESTS.has(test.operatorToken.kind) || !this.isCounter(test.left, symbol)) throw new Unsupported();
    const condition = f.createBinaryExpression(counter, test.operatorToken.kind, this.index(test.right));
    const step = this.increment(s.incrementor, symbol, counter);
    if (this.assigns(s.statement, symbol)) throw new Unsupported();
    const body = this.block(ts.isBlock(s.statement) ? s.statement.statements : [s.statement]);
    const passes = f.createUniqueName("passes"), k = f.createUniqueName("k");
    const push = (e: TS.Expression) => f.createExpressionStatement(f.createCallExpression(f.createPropertyAccessExpression(this.stack, "push"), undefined, [e]));
    const pop = () => f.createCallExpression(f.createPropertyAccessExpression(this.stack, "pop"), undefined, []);
    const letCounter = f.createVariableDeclarationList([f.createVariableDeclaration(counter, undefined, undefined, start)], ts.NodeFlags.Let);
    const forward: TS.Statement[] = [
      f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(passes, undefined, undefined, f.createNumericLiteral(0))], ts.NodeFlags.Let)),
      f.createForStatement(letCounter, condition, step, f.createBlock([...body.forward, push(counter), f.createExpressionStatement(f.createPostfixIncrement(passes))], true)),
      push(passes),
    ];
    const reverse: TS.Statement[] = [f.createBlock([
      this.constant(passes, pop()),
      f.createForStatement(
        f.createVariableDeclarationList([f.createVariableDeclaration(k, undefined, undefined, f.createNumericLiteral(0))], ts.NodeFlags.Let),
        f.createLessThan(k, passes), f.createPostfixIncrement(k),
        f.createBlock([this.constant(counter, pop()), ...body.reverse], true)),
    ], true)];
    this.bindings.delete(symbol);
    return { forward, reverse };
  }

  /**
   * `if (c) a else b`: the condition compares primal values (its operations are recorded, as
   * the tape records them); the branch taken is pushed, and the reverse part pops it to undo
   * the same branch.
   */
  private branch(s: TS.IfStatement): Code {
    const f = this.f;
    const code: Code = { forward: [], reverse: [] };
    const test = this.condition(s.expression, code);
    const scoped = (statement: TS.Statement): Code => {
      const saved = new Map(this.bindings);
      const inner = this.block(ts.isBlock(statement) ? statement.statements : [statement]);
      // Locals declared in the branch end with it; carried ones keep their (run-time) version.
      for (const key of [...this.bindings.keys()]) if (!saved.has(key)) this.bindings.delete(key);
      return inner;
    };
    const yes = scoped(s.thenStatement);
    const no = s.elseStatement ? scoped(s.elseStatement) : { forward: [], reverse: [] };
    const taken = f.createUniqueName("taken");
    const push = (e: TS.Expression) => f.createExpressionStatement(f.createCallExpression(f.createPropertyAccessExpression(this.stack, "push"), undefined, [e]));
    const pop = f.createCallExpression(f.createPropertyAccessExpression(this.stack, "pop"), undefined, []);
    const forward = [
      ...code.forward,
      f.createIfStatement(test, f.createBlock([...yes.forward, push(f.createNumericLiteral(1))], true), f.createBlock([...no.forward, push(f.createNumericLiteral(0))], true)),
    ];
    const reverse = [
      f.createBlock([this.constant(taken, pop), f.createIfStatement(f.createStrictEquality(taken, f.createNumericLiteral(1)), f.createBlock(yes.reverse, true), f.createBlock(no.reverse, true))], true),
      ...code.reverse,
    ];
    return { forward, reverse };
  }

  /** A condition: comparisons of primal values joined by `&&`, `||`, `!`. */
  private condition(e: TS.Expression, into: Code): TS.Expression {
    const f = this.f;
    const node = skipOuter(e);
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) {
      return f.createLogicalNot(f.createParenthesizedExpression(this.condition(node.operand, into)));
    }
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) {
        // The tape evaluates the right side only when needed; so must the recorded operations.
        throw new Unsupported();
      }
      if (COMPARISONS.has(op)) return f.createBinaryExpression(this.expr(node.left, into).v, op, this.expr(node.right, into).v);
    }
    throw new Unsupported();
  }

  private isCounter(e: TS.Expression, symbol: TS.Symbol): boolean {
    const node = skipOuter(e);
    return ts.isIdentifier(node) && this.env.checker.getSymbolAtLocation(node) === symbol;
  }

  private increment(e: TS.Expression, symbol: TS.Symbol, counter: TS.Identifier): TS.Expression {
    const f = this.f;
    const node = skipOuter(e);
    if ((ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node)) && this.isCounter(node.operand, symbol)) {
      if (node.operator === ts.SyntaxKind.PlusPlusToken) return f.createPostfixIncrement(counter);
      if (node.operator === ts.SyntaxKind.MinusMinusToken) return f.createPostfixDecrement(counter);
    }
    if (ts.isBinaryExpression(node) && this.isCounter(node.left, symbol) &&
      (node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken || node.operatorToken.kind === ts.SyntaxKind.MinusEqualsToken)) {
      return f.createBinaryExpression(counter, node.operatorToken.kind, this.index(node.right));
    }
    throw new Unsupported();
  }

  /** True when `node` assigns to the counter anywhere. */
  private assigns(node: TS.Node, symbol: TS.Symbol): boolean {
    let found = false;
    const visit = (n: TS.Node): void => {
      if (found) return;
      if ((ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment && this.isCounter(n.left, symbol)) ||
        ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && this.isCounter(n.operand, symbol))) {
        found = true;
        return;
      }
      ts.forEachChild(n, visit);
    };
    visit(node);
    return found;
  }

  // ---- expressions -------------------------------------------------------------------------

  /**
   * An inactive integer expression (indices, loop bounds): literals, counters, captured
   * constants, `.length` of a parameter array, and `+ - * %` of those. Emitted as it is, so
   * the reverse part recomputes it from the popped counters.
   */
  private index(e: TS.Expression): TS.Expression {
    const f = this.f;
    const node = skipOuter(e);
    if (ts.isNumericLiteral(node)) return f.createNumericLiteral(node.text);
    if (ts.isIdentifier(node)) {
      const binding = this.bindings.get(this.symbol(node));
      if (binding?.kind === "counter") return binding.v;
      if (!binding && isCapturedConstant(this.file, node, this.site)) return f.createIdentifier(node.text);
      throw new Unsupported();
    }
    if (ts.isPropertyAccessExpression(node) && node.name.text === "length" && ts.isIdentifier(node.expression)) {
      const binding = this.bindings.get(this.symbol(node.expression));
      if (binding?.kind === "array") return f.createPropertyAccessExpression(binding.v, "length");
      throw new Unsupported();
    }
    if (ts.isBinaryExpression(node) && [ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.PercentToken].includes(node.operatorToken.kind)) {
      return f.createParenthesizedExpression(f.createBinaryExpression(this.index(node.left), node.operatorToken.kind, this.index(node.right)));
    }
    throw new Unsupported();
  }

  private expr(e: TS.Expression, into: Code): Operand {
    const f = this.f;
    const node = skipOuter(e);
    if (ts.isNumericLiteral(node)) return { v: f.createNumericLiteral(node.text), target: null };
    if (ts.isIdentifier(node)) {
      const binding = this.bindings.get(this.symbol(node));
      if (binding?.kind === "scalar") return this.read(binding);
      if (binding?.kind === "counter") return { v: binding.v, target: null };
      if (binding || !isCapturedConstant(this.file, node, this.site)) throw new Unsupported();
      return { v: f.createIdentifier(node.text), target: null };
    }
    const constant = mathConstant(f, this.env, node);
    if (constant) return { v: constant, target: null };
    if (ts.isElementAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const index = this.index(node.argumentExpression);
      const binding = this.bindings.get(this.symbol(node.expression));
      if (binding?.kind === "array") {
        // A parameter's element: its adjoint goes to the same element of the gradient.
        return { v: f.createElementAccessExpression(binding.v, index), target: { array: binding.gradient, index }, op: -1 };
      }
      if (binding || !isCapturedConstant(this.file, node.expression, this.site)) throw new Unsupported();
      return { v: f.createElementAccessExpression(f.createIdentifier(node.expression.text), index), target: null };
    }
    if (!(typeOf(this.env, node).flags & ts.TypeFlags.NumberLike)) throw new Unsupported();
    if ((ts.isBinaryExpression(node) || ts.isPrefixUnaryExpression(node) || ts.isCallExpression(node)) && !isRewritten(this.file, this.fn, node)) {
      const v = f.createUniqueName("v");
      into.forward.push(this.constant(v, nativeOperation(f, this.env, node, operandsOf(node).map((e) => this.expr(e, into).v))));
      return { v, target: null };
    }
    const stable = ts.isBinaryExpression(node) ? logistic(this.env, node) : ts.isCallExpression(node) ? softplusForm(this.env, node) : undefined;
    if (stable) return this.apply(stable.name, [this.expr(stable.argument, into)], into);
    if (ts.isPrefixUnaryExpression(node)) {
      if (node.operator === ts.SyntaxKind.PlusToken) return this.expr(node.operand, into);
      if (node.operator === ts.SyntaxKind.MinusToken) return this.apply("neg", [this.expr(node.operand, into)], into);
    }
    if (ts.isBinaryExpression(node) && OPERATORS.has(node.operatorToken.kind)) {
      return this.apply(OPERATORS.get(node.operatorToken.kind)!, [this.expr(node.left, into), this.expr(node.right, into)], into);
    }
    if (ts.isCallExpression(node)) {
      const name = primitiveCall(this.env, node);
      if (name) return this.apply(name, node.arguments.map((a) => this.expr(a, into)), into);
    }
    throw new Unsupported();
  }

  /**
   * One primitive. Forward: its number, and the partials of its active inputs pushed. Reverse
   * (prepended, since the reverse part runs backwards): the partials popped and the adjoint
   * passed to each active input in order, then the operation's adjoint reset for the
   * iteration before.
   */
  private apply(name: string, args: Operand[], into: Code): Operand {
    const f = this.f;
    const rule = (member: string) => f.createPropertyAccessExpression(f.createPropertyAccessExpression(this.runtime("rules"), name), member);
    const v = f.createUniqueName("v");
    into.forward.push(this.constant(v, f.createCallExpression(rule("num"), undefined, args.map((a) => a.v))));
    if (args.every((a) => a.target === null)) return { v, target: null };
    const members = args.length === 1 ? ["d"] : ["dx", "dy"];
    const active = args.map((a, k) => ({ target: a.target, member: members[k]!, partial: f.createUniqueName("p") })).filter((a) => a.target);
    for (const a of active) {
      const partial = f.createCallExpression(rule(a.member), undefined, [...args.map((x) => x.v), v]);
      into.forward.push(f.createExpressionStatement(f.createCallExpression(f.createPropertyAccessExpression(this.stack, "push"), undefined, [partial])));
    }
    const adjoint = this.adjoint("a");
    const pops = [...active].reverse().map((a) => this.constant(a.partial, f.createCallExpression(f.createPropertyAccessExpression(this.stack, "pop"), undefined, [])));
    const passes = active.map((a) => this.accumulate(a.target!, f.createMultiply(a.partial, adjoint)));
    const reset = f.createExpressionStatement(f.createAssignment(adjoint, f.createNumericLiteral(0)));
    into.reverse.unshift(f.createBlock([...pops, ...passes, reset], true));
    return { v, target: { variable: adjoint }, op: this.operations++ };
  }
}
