/**
 * Lowering: reads a TypeScript function once and produces the IR (ir.ts) that both emitters
 * share. Each active operation becomes a primitive of the table (`prim`); operations the
 * rewriter leaves native (inactive indices, bounds, captured constants) stay expressions;
 * `const` locals name the value they are given, reassigned `let` locals become variables,
 * `c ? a : b` becomes a branch writing a variable. Anything outside the language throws
 * `Unsupported` naming the construct (see `explain`).
 *
 * The language: parameters that are numbers, or (reverse mode) arrays of numbers (`number[]`,
 * `Float64Array`) only read; `const`/`let` number locals, assigned with `=`, `+=`, `-=`, `*=`,
 * `/=`, `++`, `--`; counted `for` loops with a constant integer step whose counter is only
 * read, `for (const x of v)` over an array parameter, `while` loops; `if`/`else` and `?:` on
 * comparisons joined by `&&`, `||`, `!`; `return` at the end and inside branches (not loops);
 * arithmetic, one- and two-argument primitives (`Math.<fn>` or typegrad's own), `Math`
 * constants; elements of parameter arrays and of captured constant arrays.
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import { type Env, isGlobalMath, resolveCallee, typeOf } from "../analysis/calls.js";
import type { FileRewrite } from "../rewrite/file-rewrite.js";
import { logistic, softplusForm } from "../analysis/patterns.js";
import { type FunctionNode, skipOuter } from "../analysis/typegrad-source.js";
import type { ArrayParam, BinaryOp, Expr, For, Instr, Loop, Lowered, Var, VarKind, While } from "./ir.js";
import { COMPARISONS, COMPOUND, isCapturedConstant, isRewritten, mathConstant, OPERATORS, primitiveCall, Unsupported } from "./language.js";
import { valueOf } from "./rules.js";

type Binding =
  | { readonly k: "expr"; readonly e: Expr }
  | { readonly k: "local"; readonly v: Var }
  | { readonly k: "array"; readonly array: ArrayParam }
  /** A parameter of an inlined function given a captured constant array: its elements are `base[i]`. */
  | { readonly k: "constant"; readonly base: string };

const JS_OPERATORS = new Map<TS.SyntaxKind, BinaryOp>([
  [ts.SyntaxKind.PlusToken, "+"], [ts.SyntaxKind.MinusToken, "-"], [ts.SyntaxKind.AsteriskToken, "*"], [ts.SyntaxKind.SlashToken, "/"],
  [ts.SyntaxKind.PercentToken, "%"], [ts.SyntaxKind.AsteriskAsteriskToken, "**"], [ts.SyntaxKind.LessThanToken, "<"],
  [ts.SyntaxKind.LessThanEqualsToken, "<="], [ts.SyntaxKind.GreaterThanToken, ">"], [ts.SyntaxKind.GreaterThanEqualsToken, ">="],
  [ts.SyntaxKind.EqualsEqualsEqualsToken, "==="], [ts.SyntaxKind.ExclamationEqualsEqualsToken, "!=="],
]);

/** How a statement kind is named when it keeps a function on the tape. */
const STATEMENT_NAMES: Partial<Record<TS.SyntaxKind, string>> = {
  [ts.SyntaxKind.WhileStatement]: "a while loop",
  [ts.SyntaxKind.DoStatement]: "a do…while loop",
  [ts.SyntaxKind.ForOfStatement]: "a for…of loop",
  [ts.SyntaxKind.ForInStatement]: "a for…in loop",
  [ts.SyntaxKind.BreakStatement]: "break",
  [ts.SyntaxKind.ContinueStatement]: "continue",
  [ts.SyntaxKind.SwitchStatement]: "a switch statement",
  [ts.SyntaxKind.TryStatement]: "try",
  [ts.SyntaxKind.ThrowStatement]: "throw",
  [ts.SyntaxKind.ReturnStatement]: "a return before the end of the function",
  [ts.SyntaxKind.FunctionDeclaration]: "a nested function",
};

const describe = (node: TS.Node): string => {
  const text = node.getText().replace(/\s+/g, " ");
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

/** True when `node` has a `return` of its own (not one of a nested function). */
function containsReturn(node: TS.Node): boolean {
  let found = false;
  const visit = (n: TS.Node): void => {
    if (found || ts.isFunctionLike(n)) return;
    if (ts.isReturnStatement(n)) found = true;
    else ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/**
 * Lowers `fn` for `mode`; throws `Unsupported` when it is outside the language. With `vector`
 * (the code of `jacfwd`, `jacrev`, `jacobian`, `vjp`), the result may be an array written out,
 * `return [a, b, …]` (kept in `results`), and forward mode takes array parameters too.
 */
export function lower(file: FileRewrite, fn: FunctionNode, site: TS.Node, mode: "forward" | "reverse", vector = false): Lowered {
  return new Lowering(file, fn, site, mode, vector).run();
}

class Lowering {
  private readonly env: Env;
  private readonly bindings = new Map<TS.Symbol, Binding>();
  private readonly vars: Var[] = [];
  private readonly reassigned = new Set<TS.Symbol>();
  private out: Instr[] = [];
  /** The functions being inlined, outermost first. */
  private readonly inlining: FunctionNode[] = [];
  private readonly root: FunctionNode;
  /** The result, when a `return` sits inside a branch. */
  private resultVar: Var | undefined;
  private loops: Loop[] = [];
  /** Inside a condition: operations give their value only (nothing is recorded). */
  private valueOnly = false;
  /** The function returns an array of numbers (`vector` lowering only). */
  private arrayResult = false;
  /** The entries of an array returned at the end, or the variables every `return [..]` in a branch sets. */
  private results: Expr[] | undefined;
  private resultVars: Var[] | undefined;

  constructor(
    private readonly file: FileRewrite,
    private fn: FunctionNode,
    private readonly site: TS.Node,
    private readonly mode: "forward" | "reverse",
    private readonly vector = false,
  ) {
    this.env = file.analysis.env;
    this.root = fn;
  }

  run(): Lowered {
    const fn = this.fn, checker = this.env.checker;
    if (!fn.body) throw new Unsupported("a function without a body", fn);
    if (fn.asteriskToken) throw new Unsupported("a generator function", fn);
    if (fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) throw new Unsupported("an async function", fn);
    const returns = checker.getSignatureFromDeclaration(fn)?.getReturnType();
    this.arrayResult = this.vector && !!returns && this.isNumberList(returns);
    if (!returns || (!(returns.flags & ts.TypeFlags.NumberLike) && !this.arrayResult)) {
      throw new Unsupported(this.vector ? "a result that is neither a number nor an array of numbers" : "a result that is not a number (compiled code returns one number)", fn);
    }
    if (this.mode === "reverse" && fn.parameters.length === 0) throw new Unsupported("a function without parameters", fn);
    this.findReassigned(fn.body);
    const params: Lowered["params"][number][] = [];
    fn.parameters.forEach((p, index) => {
      if (!ts.isIdentifier(p.name)) throw new Unsupported("a destructured parameter", p);
      if (p.initializer || p.questionToken) throw new Unsupported("an optional parameter", p);
      if (p.dotDotDotToken) throw new Unsupported("a rest parameter", p);
      const symbol = this.symbol(p.name);
      const type = checker.getTypeAtLocation(p);
      if (type.flags & ts.TypeFlags.NumberLike) {
        if (this.reassigned.has(symbol)) throw new Unsupported(`the parameter '${p.name.text}' is reassigned`, p);
        const v = this.newVar("param", p.name.text);
        v.active = true;
        this.bindings.set(symbol, { k: "expr", e: { k: "var", v } });
        params.push({ k: "number", v });
      } else if ((this.mode === "reverse" || this.vector) && this.isNumberArray(type)) {
        const array: ArrayParam = { name: p.name.text, index, list: checker.isArrayType(type) };
        this.bindings.set(symbol, { k: "array", array });
        params.push({ k: "array", array });
      } else {
        throw new Unsupported(`the parameter '${p.name.text}' of type ${checker.typeToString(type)}${this.mode === "forward" ? " (compiled forward mode takes numbers)" : ""}`, p);
      }
    });
    const body = fn.body;
    let result: Expr;
    if (ts.isBlock(body)) {
      result = this.tail(body.statements) ?? { k: "var", v: this.resultVar! };
    } else {
      result = this.arrayResult ? this.returnArray(body, false) : this.expr(body);
    }
    if (!this.arrayResult) return { params, body: this.out, result, vars: this.vars };
    const results = this.results ?? this.resultVars!.map((v): Expr => ({ k: "var", v }));
    return { params, body: this.out, result: { k: "lit", value: 0 }, results, vars: this.vars };
  }

  /**
   * Lowers statements that end the function. A `return` at the top level gives the result;
   * `if (c) { …; return a; } rest` becomes `if (c) { …; r = a } else { rest }` (the rest is
   * lowered again in each branch that falls through to it), and every return sets the result
   * variable `r`. Returns inside loops are outside the language.
   */
  private tail(statements: readonly TS.Statement[], nested = false): Expr | undefined {
    for (let n = 0; n < statements.length; n++) {
      const s = statements[n]!;
      if (ts.isReturnStatement(s)) {
        if (!s.expression) throw new Unsupported("a `return` without a value", s);
        if (this.arrayResult && this.fn === this.root) return this.returnArray(s.expression, nested);
        const value = this.expr(s.expression);
        if (!nested) return value;
        this.resultVar ??= this.newVar("local", "result");
        this.emit({ k: "set", dst: this.resultVar, src: value });
        return undefined;
      }
      const rest = statements.slice(n + 1);
      if (ts.isBlock(s) && containsReturn(s)) return this.tail([...s.statements, ...rest], nested);
      if (ts.isIfStatement(s) && containsReturn(s)) {
        const test = this.condition(s.expression);
        const branch = (b: TS.Statement | undefined): Instr[] => {
          const saved = this.out;
          this.out = [];
          this.tail([...(b ? (ts.isBlock(b) ? b.statements : [b]) : []), ...rest], true);
          const block = this.out;
          this.out = saved;
          return block;
        };
        this.resultVar ??= this.newVar("local", "result");
        const yes = branch(s.thenStatement), no = branch(s.elseStatement);
        this.emit({ k: "if", test, yes, no });
        return undefined;
      }
      this.statement(s);
    }
    throw new Unsupported("a path through the function that does not end with `return <value>`", statements[statements.length - 1] ?? this.fn);
  }

  private newVar(kind: VarKind, name: string): Var {
    const v: Var = { id: this.vars.length, kind, name, active: false, loops: [...this.loops] };
    this.vars.push(v);
    return v;
  }

  private symbol(node: TS.Node): TS.Symbol {
    const symbol = this.env.checker.getSymbolAtLocation(node);
    if (!symbol) throw new Unsupported(`'${describe(node)}', which has no symbol`, node);
    return symbol;
  }

  private findReassigned(body: TS.Node): void {
    const visit = (node: TS.Node): void => {
      let target: TS.Expression | undefined;
      if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) target = node.left;
      if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
        (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) target = node.operand;
      if (target && ts.isIdentifier(skipOuter(target))) {
        const symbol = this.env.checker.getSymbolAtLocation(skipOuter(target));
        if (symbol) this.reassigned.add(symbol);
      }
      ts.forEachChild(node, visit);
    };
    visit(body);
  }

  private isNumberArray(type: TS.Type): boolean {
    const checker = this.env.checker;
    if (type.symbol?.name === "Float64Array") return true;
    if (!checker.isArrayType(type)) return false;
    const element = checker.getTypeArguments(type as TS.TypeReference)[0];
    return !!element && !!(element.flags & ts.TypeFlags.Number) && !this.env.oracle.mentionsActive(element);
  }

  private emit(i: Instr): void {
    this.out.push(i);
  }

  /** Lowers `statements` into a fresh block. */
  private block(statements: readonly TS.Statement[]): Instr[] {
    const saved = this.out;
    this.out = [];
    for (const s of statements) this.statement(s);
    const block = this.out;
    this.out = saved;
    return block;
  }

  // ---- statements --------------------------------------------------------------------------

  private statement(s: TS.Statement): void {
    if (ts.isVariableStatement(s)) return this.declarations(s.declarationList);
    if (ts.isExpressionStatement(s)) return this.expressionStatement(s.expression);
    if (ts.isForStatement(s)) return this.loop(s);
    if (ts.isForOfStatement(s)) return this.forOf(s);
    if (ts.isWhileStatement(s)) {
      const loop: While = { k: "while", test: this.condition(s.expression), body: [] };
      return this.loopBody(loop, s.statement);
    }
    if (ts.isIfStatement(s)) {
      const test = this.condition(s.expression);
      const yes = this.block(ts.isBlock(s.thenStatement) ? s.thenStatement.statements : [s.thenStatement]);
      const no = s.elseStatement ? this.block(ts.isBlock(s.elseStatement) ? s.elseStatement.statements : [s.elseStatement]) : [];
      return this.emit({ k: "if", test, yes, no });
    }
    if (ts.isBlock(s)) {
      for (const inner of s.statements) this.statement(inner);
      return;
    }
    if (ts.isEmptyStatement(s)) return;
    throw new Unsupported(STATEMENT_NAMES[s.kind] ?? `the statement '${describe(s)}'`, s);
  }

  private declarations(list: TS.VariableDeclarationList): void {
    if (!(list.flags & (ts.NodeFlags.Const | ts.NodeFlags.Let))) throw new Unsupported("a `var` declaration", list);
    for (const d of list.declarations) {
      if (!ts.isIdentifier(d.name)) throw new Unsupported("a destructuring declaration", d);
      if (!d.initializer) throw new Unsupported(`the local '${d.name.text}' declared without a value`, d);
      const symbol = this.symbol(d.name);
      const value = this.expr(d.initializer);
      if (this.reassigned.has(symbol)) {
        const v = this.newVar("local", d.name.text);
        this.bindings.set(symbol, { k: "local", v });
        this.emit({ k: "set", dst: v, src: value });
      } else {
        this.bindings.set(symbol, { k: "expr", e: this.snapshot(value, d.name.text) });
      }
    }
  }

  /** `value` itself, or a copy in a temporary when it reads a local that may change later. */
  private snapshot(value: Expr, name: string): Expr {
    if (value.k === "lit" || value.k === "name" || (value.k === "var" && value.v.kind === "temp")) return value;
    if (!this.readsChanging(value)) return value;
    const v = this.newVar("temp", name);
    this.emit({ k: "set", dst: v, src: value });
    return { k: "var", v };
  }

  private readsChanging(e: Expr): boolean {
    switch (e.k) {
      case "var": return e.v.kind === "local";
      case "elem": return this.readsChanging(e.index);
      case "bin": return this.readsChanging(e.a) || this.readsChanging(e.b);
      case "not": case "neg": return this.readsChanging(e.a);
      case "cond": return this.readsChanging(e.test) || this.readsChanging(e.yes) || this.readsChanging(e.no);
      case "math": case "rule": return e.args.some((a) => this.readsChanging(a));
      default: return false;
    }
  }

  private local(target: TS.Expression, node: TS.Node): Var {
    const id = skipOuter(target);
    if (!ts.isIdentifier(id)) throw new Unsupported(`an assignment to '${describe(target)}' (only locals are assigned in compiled code)`, node);
    const binding = this.bindings.get(this.symbol(id));
    if (!binding || binding.k !== "local") throw new Unsupported(`an assignment to '${id.text}', which is not a local of the function`, node);
    return binding.v;
  }

  private expressionStatement(e: TS.Expression): void {
    const node = skipOuter(e);
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.EqualsToken) {
        const dst = this.local(node.left, node);
        return this.emit({ k: "set", dst, src: this.expr(node.right) });
      }
      const name = COMPOUND.get(op);
      if (name) {
        const dst = this.local(node.left, node);
        const right = this.expr(node.right);
        return this.emit({ k: "set", dst, src: this.operation(node, name, [{ k: "var", v: dst }, right]) });
      }
    }
    if ((ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) {
      const dst = this.local(node.operand, node);
      const name = node.operator === ts.SyntaxKind.PlusPlusToken ? "add" : "sub";
      return this.emit({ k: "set", dst, src: this.operation(node, name, [{ k: "var", v: dst }, { k: "lit", value: 1 }]) });
    }
    throw new Unsupported(`the statement '${describe(e)}'`, e);
  }

  /** An operation on lowered operands: a primitive when the rewriter makes it one, else native. */
  private operation(node: TS.Node, name: string, args: Expr[]): Expr {
    const active = args.some((a) => this.mayBeActive(a));
    if (!active) {
      const op = ({ add: "+", sub: "-", mul: "*", div: "/" } as Record<string, BinaryOp>)[name]!;
      return { k: "bin", op, a: args[0]!, b: args[1]! };
    }
    return this.prim(name, args);
  }

  /** Loose activity at lowering time (the passes compute the exact one). */
  private mayBeActive(e: Expr): boolean {
    return (e.k === "var" && e.v.kind !== "counter" && (e.v.kind !== "temp" || e.v.active)) || (e.k === "elem" && !!e.array);
  }

  private prim(name: string, args: Expr[]): Expr {
    if (this.valueOnly) return valueOf(name, args);
    const dst = this.newVar("temp", "v");
    dst.active = true; // refined by the passes
    this.emit({ k: "prim", dst, name, args });
    return { k: "var", v: dst };
  }

  /** `for (let i = a; i < b; i += c) body`, `c` a constant integer, `i` only read in the body. */
  private loop(s: TS.ForStatement): void {
    const init = s.initializer;
    const shape = "a for loop of another shape than `for (let i = a; i < b; i += c)` with a constant integer step";
    if (!init || !ts.isVariableDeclarationList(init) || init.declarations.length !== 1 || !(init.flags & ts.NodeFlags.Let)) throw new Unsupported(shape, s);
    const decl = init.declarations[0]!;
    if (!ts.isIdentifier(decl.name) || !decl.initializer || !s.condition || !s.incrementor) throw new Unsupported(shape, s);
    const symbol = this.symbol(decl.name);
    const start = this.bound(decl.initializer);
    const test = skipOuter(s.condition);
    if (!ts.isBinaryExpression(test) || !this.isCounter(test.left, symbol)) throw new Unsupported(shape, s.condition);
    const op = JS_OPERATORS.get(test.operatorToken.kind);
    if (op !== "<" && op !== "<=" && op !== ">" && op !== ">=") throw new Unsupported(shape, s.condition);
    const step = this.step(s.incrementor, symbol);
    if ((step > 0) !== (op === "<" || op === "<=")) throw new Unsupported("a for loop whose step goes away from its bound", s);
    if (this.assignsIn(s.statement, symbol)) throw new Unsupported(`the loop counter '${decl.name.text}' assigned in the loop`, s);
    const bound = this.bound(test.right);
    const counter = this.newVar("counter", decl.name.text);
    const loop: For = { k: "for", counter, start, test: op, bound, step, body: [] };
    this.bindings.set(symbol, { k: "expr", e: { k: "var", v: counter } });
    this.loopBody(loop, s.statement);
  }

  /** `for (const x of v)` over an array parameter: a counted loop with `x` naming `v[i]`. */
  private forOf(s: TS.ForOfStatement): void {
    const init = s.initializer;
    const shape = "a for…of loop other than `for (const x of v)` over an array parameter";
    if (s.awaitModifier || !ts.isVariableDeclarationList(init) || init.declarations.length !== 1) throw new Unsupported(shape, s);
    const decl = init.declarations[0]!;
    const over = skipOuter(s.expression);
    if (!ts.isIdentifier(decl.name) || !ts.isIdentifier(over)) throw new Unsupported(shape, s);
    const binding = this.bindings.get(this.symbol(over));
    if (binding?.k !== "array") throw new Unsupported(shape, s);
    const symbol = this.symbol(decl.name);
    if (this.reassigned.has(symbol)) throw new Unsupported(`the loop variable '${decl.name.text}' assigned in the loop`, s);
    const counter = this.newVar("counter", "i");
    const loop: For = { k: "for", counter, start: { k: "lit", value: 0 }, test: "<", bound: { k: "length", array: binding.array }, step: 1, body: [] };
    this.bindings.set(symbol, { k: "expr", e: { k: "elem", array: binding.array, index: { k: "var", v: counter } } });
    this.loopBody(loop, s.statement);
  }

  private loopBody(loop: Loop, body: TS.Statement): void {
    this.loops.push(loop);
    const saved = this.out;
    this.out = loop.body;
    for (const inner of ts.isBlock(body) ? body.statements : [body]) this.statement(inner);
    this.out = saved;
    this.loops.pop();
    this.emit(loop);
  }

  /** A loop's start or bound: computed once, so it may not read a local that changes. */
  private bound(e: TS.Expression): Expr {
    const value = this.expr(e);
    if (this.readsChanging(value) || (value.k === "var" && value.v.kind === "temp")) {
      throw new Unsupported(`the loop bound '${describe(e)}', which is computed in the function (use a parameter, a constant or a length)`, e);
    }
    return value;
  }

  private isCounter(e: TS.Expression, symbol: TS.Symbol): boolean {
    const node = skipOuter(e);
    return ts.isIdentifier(node) && this.env.checker.getSymbolAtLocation(node) === symbol;
  }

  private step(e: TS.Expression, symbol: TS.Symbol): number {
    const node = skipOuter(e);
    if ((ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node)) && this.isCounter(node.operand, symbol)) {
      if (node.operator === ts.SyntaxKind.PlusPlusToken) return 1;
      if (node.operator === ts.SyntaxKind.MinusMinusToken) return -1;
    }
    if (ts.isBinaryExpression(node) && this.isCounter(node.left, symbol) && ts.isNumericLiteral(skipOuter(node.right))) {
      const c = Number((skipOuter(node.right) as TS.NumericLiteral).text);
      if (Number.isInteger(c) && c > 0 && node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken) return c;
      if (Number.isInteger(c) && c > 0 && node.operatorToken.kind === ts.SyntaxKind.MinusEqualsToken) return -c;
    }
    throw new Unsupported("a for loop of another shape than `for (let i = a; i < b; i += c)` with a constant integer step", e);
  }

  private assignsIn(node: TS.Node, symbol: TS.Symbol): boolean {
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
   * A condition on primal values: comparisons joined by `&&`, `||`, `!`, as one expression
   * (operations in it give their values; nothing is recorded, as a condition has no derivative).
   */
  private condition(e: TS.Expression): Expr {
    const saved = this.valueOnly;
    this.valueOnly = true;
    try {
      return this.test(e);
    } finally {
      this.valueOnly = saved;
    }
  }

  private test(e: TS.Expression): Expr {
    const node = skipOuter(e);
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) return { k: "not", a: this.test(node.operand) };
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) {
        return { k: "bin", op: op === ts.SyntaxKind.BarBarToken ? "||" : "&&", a: this.test(node.left), b: this.test(node.right) };
      }
      if (COMPARISONS.has(op)) return { k: "bin", op: JS_OPERATORS.get(op)!, a: this.expr(node.left), b: this.expr(node.right) };
    }
    throw new Unsupported(`the condition '${describe(e)}' (compiled code tests comparisons joined by &&, ||, !)`, e);
  }

  private expr(e: TS.Expression): Expr {
    const node = skipOuter(e);
    if (ts.isNumericLiteral(node)) return { k: "lit", value: Number(node.text) };
    if (ts.isIdentifier(node)) return this.identifier(node);
    const constant = mathConstant(this.env, node);
    if (constant !== undefined) return { k: "lit", value: constant };
    if (ts.isPropertyAccessExpression(node) && node.name.text === "length" && ts.isIdentifier(node.expression)) {
      const binding = this.bindings.get(this.symbol(node.expression));
      if (binding?.k === "array") return { k: "length", array: binding.array };
      if (binding?.k === "constant") return { k: "length", base: binding.base };
      if (!binding && isCapturedConstant(this.file, node.expression, this.site)) return { k: "length", base: node.expression.text };
    }
    if (ts.isElementAccessExpression(node)) return this.element(node);
    if (!(typeOf(this.env, node).flags & ts.TypeFlags.NumberLike)) throw new Unsupported(`'${describe(node)}', which is not a number`, node);
    if (ts.isConditionalExpression(node)) return this.conditional(node);
    if ((ts.isBinaryExpression(node) || ts.isPrefixUnaryExpression(node) || ts.isCallExpression(node)) && !isRewritten(this.file, this.fn, node)) {
      return this.native(node);
    }
    const stable = ts.isBinaryExpression(node) ? logistic(this.env, node) : ts.isCallExpression(node) ? softplusForm(this.env, node) : undefined;
    if (stable) return this.prim(stable.name, [this.expr(stable.argument)]);
    if (ts.isPrefixUnaryExpression(node)) {
      if (node.operator === ts.SyntaxKind.PlusToken) return this.expr(node.operand);
      if (node.operator === ts.SyntaxKind.MinusToken) return this.prim("neg", [this.expr(node.operand)]);
    }
    if (ts.isBinaryExpression(node) && OPERATORS.has(node.operatorToken.kind)) {
      const a = this.expr(node.left), b = this.expr(node.right);
      return this.prim(OPERATORS.get(node.operatorToken.kind)!, [a, b]);
    }
    if (ts.isCallExpression(node)) {
      const name = primitiveCall(this.env, node);
      if (name) return this.prim(name, node.arguments.map((a) => this.expr(a)));
      const callee = resolveCallee(this.env, node);
      if (callee.kind === "program" && callee.fn) return this.inline(node, callee.fn);
      throw new Unsupported(`the call '${describe(node)}' (compiled code calls one- and two-argument primitives and the program's own functions)`, node);
    }
    throw new Unsupported(`the expression '${describe(node)}'`, node);
  }

  private identifier(node: TS.Identifier): Expr {
    const binding = this.bindings.get(this.symbol(node));
    if (binding?.k === "expr") return binding.e;
    if (binding?.k === "local") return { k: "var", v: binding.v };
    if (binding?.k === "array") throw new Unsupported(`the array '${node.text}' used as a whole`, node);
    if (isCapturedConstant(this.file, node, this.site)) return { k: "name", text: node.text };
    throw new Unsupported(`'${node.text}', which is neither a local of the function nor a constant of the module`, node);
  }

  private element(node: TS.ElementAccessExpression): Expr {
    const base = skipOuter(node.expression);
    if (!ts.isIdentifier(base)) throw new Unsupported(`the element '${describe(node)}' of an array that is not a parameter`, node);
    const index = this.expr(node.argumentExpression);
    if (this.mayBeActive(index)) throw new Unsupported(`the index '${describe(node.argumentExpression)}', which may carry a derivative`, node);
    const binding = this.bindings.get(this.symbol(base));
    if (binding?.k === "array") return { k: "elem", array: binding.array, index };
    if (binding?.k === "constant") return { k: "elem", base: binding.base, index };
    if (!binding && isCapturedConstant(this.file, base, this.site)) return { k: "elem", base: base.text, index };
    throw new Unsupported(`the element '${describe(node)}' of an array that is neither a parameter nor a constant of the module`, node);
  }

  /** An operation the rewriter leaves as JavaScript (no operand may carry a derivative). */
  private native(node: TS.BinaryExpression | TS.PrefixUnaryExpression | TS.CallExpression): Expr {
    if (ts.isBinaryExpression(node)) {
      const op = JS_OPERATORS.get(node.operatorToken.kind);
      if (!op || !OPERATORS.has(node.operatorToken.kind)) throw new Unsupported(`the operator '${node.operatorToken.getText()}'`, node);
      return { k: "bin", op, a: this.expr(node.left), b: this.expr(node.right) };
    }
    if (ts.isPrefixUnaryExpression(node)) {
      if (node.operator === ts.SyntaxKind.MinusToken) return { k: "neg", a: this.expr(node.operand) };
      if (node.operator === ts.SyntaxKind.PlusToken) return this.expr(node.operand);
      throw new Unsupported(`the operator in '${describe(node)}'`, node);
    }
    // A helper of the program called on values without derivatives: inlined all the same.
    const callee = resolveCallee(this.env, node);
    if (callee.kind === "program" && callee.fn) return this.inline(node, callee.fn);
    const args = node.arguments.map((a) => this.expr(a));
    if (ts.isPropertyAccessExpression(node.expression) && isGlobalMath(this.env, node.expression.expression)) {
      return { k: "math", fn: node.expression.name.text, args };
    }
    const name = primitiveCall(this.env, node);
    if (name) return valueOf(name, args);
    throw new Unsupported(`the call '${describe(node)}' (compiled code calls only one- and two-argument primitives)`, node);
  }

  /**
   * A call of one of the program's own functions, inlined: its parameters name the arguments'
   * values (a reassigned one becomes a local), its body is lowered in place, and its `return`s
   * give the call's value. Recursion, `this`, and calls inside conditions are outside the language.
   */
  private inline(node: TS.CallExpression, callee: FunctionNode): Expr {
    const what = `the call '${describe(node)}'`;
    if (this.valueOnly) throw new Unsupported(`${what} inside a condition`, node);
    if (this.inlining.includes(callee) || callee === this.root) throw new Unsupported(`${what}, which is recursive`, node);
    if (this.inlining.length >= 8) throw new Unsupported(`${what}, nested more than 8 calls deep`, node);
    if (!ts.isFunctionDeclaration(callee) && !ts.isArrowFunction(callee) && !ts.isFunctionExpression(callee)) throw new Unsupported(`${what} of a method`, node);
    if (!callee.body || callee.asteriskToken || callee.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) throw new Unsupported(`${what} of a generator, async or body-less function`, node);
    if (node.arguments.some(ts.isSpreadElement) || node.arguments.length !== callee.parameters.length) throw new Unsupported(`${what} with another number of arguments than parameters`, node);
    const saved = { fn: this.fn, result: this.resultVar };
    this.findReassigned(callee.body);
    const args = node.arguments.map((a, k) => {
      const p = callee.parameters[k]!;
      if (!ts.isIdentifier(p.name) || p.initializer || p.questionToken || p.dotDotDotToken) throw new Unsupported(`${what}: its parameter '${describe(p)}' is destructured, optional or a rest`, p);
      const arg = skipOuter(a);
      if (!ts.isIdentifier(arg)) return undefined;
      const binding = this.bindings.get(this.symbol(arg));
      if (binding?.k === "array" || binding?.k === "constant") return binding;
      // A captured constant array (module data) passed on: the callee reads its elements.
      if (!binding && !(typeOf(this.env, arg).flags & ts.TypeFlags.NumberLike) && isCapturedConstant(this.file, arg, this.site)) return { k: "constant", base: arg.text } as const;
      return undefined;
    });
    const values = node.arguments.map((a, k) => (args[k] ? undefined : this.expr(a)));
    callee.parameters.forEach((p, k) => {
      const symbol = this.symbol(p.name);
      const array = args[k];
      if (array) {
        this.bindings.set(symbol, array);
        return;
      }
      if (!(typeOf(this.env, p).flags & ts.TypeFlags.NumberLike)) throw new Unsupported(`${what}: its parameter '${describe(p)}' is not a number or an array parameter`, p);
      const value = values[k]!;
      if (this.reassigned.has(symbol)) {
        const v = this.newVar("local", (p.name as TS.Identifier).text);
        this.bindings.set(symbol, { k: "local", v });
        this.emit({ k: "set", dst: v, src: value });
      } else {
        this.bindings.set(symbol, { k: "expr", e: this.snapshot(value, (p.name as TS.Identifier).text) });
      }
    });
    this.inlining.push(callee);
    this.fn = callee;
    this.resultVar = undefined;
    try {
      const body = callee.body;
      if (!ts.isBlock(body)) return this.expr(body);
      const direct = this.tail(body.statements);
      return direct ?? { k: "var", v: this.resultVar! };
    } finally {
      this.inlining.pop();
      this.fn = saved.fn;
      this.resultVar = saved.result;
    }
  }

  /**
   * `return [a, b, …]` of the function being compiled: its entries are the results; in a
   * branch they are copied into one variable per entry, the same for every `return`.
   */
  private returnArray(e: TS.Expression, nested: boolean): Expr {
    const node = skipOuter(e);
    if (!ts.isArrayLiteralExpression(node) || node.elements.some(ts.isSpreadElement)) {
      throw new Unsupported(`the result '${describe(e)}' (compiled code returns an array written out, \`return [a, b, …]\`)`, e);
    }
    const values = node.elements.map((x) => this.expr(x));
    if (!nested) {
      if (this.resultVars) values.forEach((v, k) => this.emit({ k: "set", dst: this.resultVars![k]!, src: v }));
      else this.results = values;
      return { k: "lit", value: 0 };
    }
    this.resultVars ??= values.map((_, k) => this.newVar("local", `result${k}`));
    if (this.resultVars.length !== values.length) throw new Unsupported("`return`s of arrays of different lengths", e);
    values.forEach((v, k) => this.emit({ k: "set", dst: this.resultVars![k]!, src: v }));
    return { k: "lit", value: 0 };
  }

  /** True for `number[]`, `Float64Array` and tuples of numbers. */
  private isNumberList(type: TS.Type): boolean {
    const checker = this.env.checker;
    if (this.isNumberArray(type)) return true;
    if (!checker.isTupleType(type)) return false;
    const elements = checker.getTypeArguments(type as TS.TypeReference);
    return elements.length > 0 && elements.every((t) => !!(t.flags & ts.TypeFlags.NumberLike) && !this.env.oracle.mentionsActive(t));
  }

  /** `c ? a : b`: a branch that writes a new local. */
  private conditional(node: TS.ConditionalExpression): Expr {
    const test = this.condition(node.condition);
    if (this.valueOnly) return { k: "cond", test, yes: this.expr(node.whenTrue), no: this.expr(node.whenFalse) };
    const v = this.newVar("local", "c");
    const branch = (e: TS.Expression): Instr[] => {
      const saved = this.out;
      this.out = [];
      this.emit({ k: "set", dst: v, src: this.expr(e) });
      const block = this.out;
      this.out = saved;
      return block;
    };
    const yes = branch(node.whenTrue), no = branch(node.whenFalse);
    this.emit({ k: "if", test, yes, no });
    return { k: "var", v };
  }
}
