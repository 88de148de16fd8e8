/**
 * Prints IR expressions as TypeScript nodes for the emitters: variables by their emitted
 * names, `Math.<fn>` as written, formulas the table does not inline as calls of
 * `__typegrad.rules.<name>.<member>`.
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import { type FileRewrite, RUNTIME } from "../rewrite/file-rewrite.js";
import type { ArrayParam, Expr, For, LocalArray, Var, While } from "./ir.js";

export class Printer {
  readonly f: TS.NodeFactory;
  private readonly names = new Map<Var, TS.Identifier>();
  private readonly arrays = new Map<ArrayParam, TS.Identifier>();
  private readonly locals = new Map<LocalArray, TS.Identifier>();

  constructor(private readonly file: FileRewrite) {
    this.f = file.factory;
  }

  /** The emitted name of `v` (made on first use). */
  name(v: Var): TS.Identifier {
    let id = this.names.get(v);
    if (!id) this.names.set(v, (id = this.f.createUniqueName(v.name)));
    return id;
  }

  /** Prints `v` as `id`. */
  alias(v: Var, id: TS.Identifier): void {
    this.names.set(v, id);
  }

  array(a: ArrayParam): TS.Identifier {
    let id = this.arrays.get(a);
    if (!id) this.arrays.set(a, (id = this.f.createUniqueName(a.name)));
    return id;
  }

  /** The emitted name of a local array (made on first use). */
  local(a: LocalArray): TS.Identifier {
    let id = this.locals.get(a);
    if (!id) this.locals.set(a, (id = this.f.createUniqueName(a.name)));
    return id;
  }

  /** Prints local array `a` as `id` (an adjoint or tangent array). */
  aliasLocal(a: LocalArray, id: TS.Identifier): void {
    this.locals.set(a, id);
  }

  runtime(name: string): TS.Expression {
    this.file.usesRuntime = true;
    return this.f.createPropertyAccessExpression(this.f.createIdentifier(RUNTIME), name);
  }

  literal(value: number): TS.Expression {
    const f = this.f;
    if (Number.isNaN(value)) return f.createIdentifier("NaN");
    if (!Number.isFinite(value)) return value > 0 ? f.createIdentifier("Infinity") : f.createPrefixMinus(f.createIdentifier("Infinity"));
    if (value < 0 || Object.is(value, -0)) return f.createParenthesizedExpression(f.createPrefixMinus(f.createNumericLiteral(String(-value))));
    return f.createNumericLiteral(String(value));
  }

  expr(e: Expr): TS.Expression {
    const f = this.f;
    const paren = (x: Expr) => {
      const printed = this.expr(x);
      return x.k === "bin" || x.k === "cond" || x.k === "neg" || x.k === "not" ? f.createParenthesizedExpression(printed) : printed;
    };
    switch (e.k) {
      case "lit": return this.literal(e.value);
      case "var": return this.name(e.v);
      case "elem": return f.createElementAccessExpression(e.array ? this.row(this.array(e.array), e.outer) : e.local ? this.local(e.local) : this.expr(e.row!), this.expr(e.index));
      // A string literal is kept as its JSON text; a field of a module constant object by its path, `config.rate`.
      case "name": return e.text.startsWith('"') ? f.createStringLiteral(JSON.parse(e.text) as string) : this.file.nameExpression(e.text);
      case "length": return f.createPropertyAccessExpression(e.array ? this.row(this.array(e.array), e.outer) : e.local ? this.local(e.local) : this.expr(e.row!), "length");
      case "bin": {
        const kind = {
          "+": ts.SyntaxKind.PlusToken, "-": ts.SyntaxKind.MinusToken, "*": ts.SyntaxKind.AsteriskToken, "/": ts.SyntaxKind.SlashToken,
          "%": ts.SyntaxKind.PercentToken, "**": ts.SyntaxKind.AsteriskAsteriskToken, "<": ts.SyntaxKind.LessThanToken,
          "<=": ts.SyntaxKind.LessThanEqualsToken, ">": ts.SyntaxKind.GreaterThanToken, ">=": ts.SyntaxKind.GreaterThanEqualsToken,
          "===": ts.SyntaxKind.EqualsEqualsEqualsToken, "!==": ts.SyntaxKind.ExclamationEqualsEqualsToken,
          "&&": ts.SyntaxKind.AmpersandAmpersandToken, "||": ts.SyntaxKind.BarBarToken,
        }[e.op];
        return f.createBinaryExpression(paren(e.a), kind as TS.BinaryOperator, paren(e.b));
      }
      case "neg": return f.createPrefixMinus(paren(e.a));
      case "not": return f.createLogicalNot(paren(e.a));
      case "cond": return f.createConditionalExpression(paren(e.test), undefined, paren(e.yes), undefined, paren(e.no));
      case "math": return f.createCallExpression(f.createPropertyAccessExpression(f.createIdentifier("Math"), e.fn), undefined, e.args.map((a) => this.expr(a)));
      case "rule": return f.createCallExpression(
        f.createPropertyAccessExpression(f.createPropertyAccessExpression(this.runtime("rules"), e.name), e.member), undefined, e.args.map((a) => this.expr(a)));
      case "slot": throw new Error("typegrad: a rule template's slot reached the printer");
    }
  }

  /** `array[outer]`, a matrix parameter's row (or its gradient's), or `array` itself without `outer`. */
  row(array: TS.Expression, outer: Expr | undefined): TS.Expression {
    return outer ? this.f.createElementAccessExpression(array, this.expr(outer)) : array;
  }

  assign(target: TS.Expression, value: TS.Expression): TS.Statement {
    return this.f.createExpressionStatement(this.f.createAssignment(target, value));
  }

  /**
   * The loop of a `for` instruction, `for (let i = start; i < bound; i += step) { body }`, as
   * written (`i < bound && jump < 2` when its body may break out).
   */
  forLoop(i: For, body: TS.Statement[]): TS.Statement {
    const f = this.f, counter = this.name(i.counter);
    const test: Expr = { k: "bin", op: i.test, a: { k: "var", v: i.counter }, b: i.bound };
    const step = i.step === 1 ? f.createPostfixIncrement(counter) : i.step === -1 ? f.createPostfixDecrement(counter)
      : f.createBinaryExpression(counter, ts.SyntaxKind.PlusEqualsToken, this.literal(i.step));
    return f.createForStatement(
      f.createVariableDeclarationList([f.createVariableDeclaration(counter, undefined, undefined, this.expr(i.start))], ts.NodeFlags.Let),
      this.expr(i.exit ? { k: "bin", op: "&&", a: test, b: i.exit } : test), step, f.createBlock(body, true));
  }

  /** The loop of a `while` instruction: `while (test) { body }`, or `do { body } while (test)`. */
  whileLoop(i: While, body: TS.Statement[]): TS.Statement {
    const block = this.f.createBlock(body, true);
    return i.post ? this.f.createDoStatement(block, this.expr(i.test)) : this.f.createWhileStatement(this.expr(i.test), block);
  }

  /** `new Array(length)` (holes), `.fill(value)` of it, or `new Float64Array(length)` (zeros). */
  newArray(typed: boolean, length: Expr, fill?: Expr): TS.Expression {
    const f = this.f;
    if (!typed && length.k === "lit" && length.value === 0) return f.createArrayLiteralExpression([]);
    const made = f.createNewExpression(f.createIdentifier(typed ? "Float64Array" : "Array"), undefined, [this.expr(length)]);
    if (!fill || (typed && fill.k === "lit" && Object.is(fill.value, 0))) return made;
    return f.createCallExpression(f.createPropertyAccessExpression(made, "fill"), undefined, [this.expr(fill)]);
  }

  /** `if (test) { yes } else { no }`, or `if (!test) { no }` when `yes` is empty. */
  ifElse(test: TS.Expression, yes: TS.Statement[], no: TS.Statement[]): TS.Statement {
    const f = this.f;
    if (yes.length === 0 && no.length > 0) return f.createIfStatement(f.createLogicalNot(f.createParenthesizedExpression(test)), f.createBlock(no, true));
    return f.createIfStatement(test, f.createBlock(yes, true), no.length > 0 ? f.createBlock(no, true) : undefined);
  }

  /** `if (test) throw new TypeError(message)`. */
  fail(test: Expr, message: string): TS.Statement {
    const f = this.f;
    return f.createIfStatement(this.expr(test), f.createThrowStatement(f.createNewExpression(f.createIdentifier("TypeError"), undefined, [f.createStringLiteral(message)])));
  }

  /** `array.push(value)`. */
  push(array: TS.Expression, value: TS.Expression): TS.Statement {
    return this.f.createExpressionStatement(this.f.createCallExpression(this.f.createPropertyAccessExpression(array, "push"), undefined, [value]));
  }

  declare(flags: TS.NodeFlags, pairs: readonly [TS.Identifier, TS.Expression | undefined][]): TS.Statement {
    const f = this.f;
    return f.createVariableStatement(undefined, f.createVariableDeclarationList(pairs.map(([n, init]) => f.createVariableDeclaration(n, undefined, undefined, init)), flags));
  }
}
