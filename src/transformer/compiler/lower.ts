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
 * read (tested as `i < b`, or `i + d < b` with a literal d), `for (const x of v)` over an array, `while` and `do…while` loops, `break`, `continue`;
 * `if`/`else` and `?:` on comparisons joined by `&&`, `||`, `!`; `return` anywhere (jumps
 * become a state variable and guards, see `list`); local arrays (`new Array(n)`, `.fill(c)`,
 * `new Float64Array(n)`, `[a, b]`, `[]` and `push`) written and read; `map`, `reduce`,
 * `forEach` with callbacks written in place; arithmetic, one- and two-argument primitives
 * (`Math.<fn>` or typegrad's own), `Math.max`/`min`/`hypot` of several arguments, `Math`
 * constants; elements of parameter arrays, local arrays and data of the module (`number[]`
 * and `number[][]` constants, read through an import the call site's file gets when it does
 * not see them); `switch` on numbers as a chain of `if`s; `Array.from({ length: n }, cb)`.
 * Also: conditions calling the program's functions (code before the test), `Math.max/min` of
 * spreads, fields of module constant objects, `var` used as `let`, switches and comparisons
 * on strings and booleans, `for…of` over `entries()`, labelled `break`/`continue`.
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import { type Env, functionValueOf, isGlobalMath, mathRule, resolveCallee, symbolOf, typeOf } from "../analysis/calls.js";
import type { FileRewrite } from "../rewrite/file-rewrite.js";
import { logistic, softplusForm } from "../analysis/patterns.js";
import { type FunctionNode, isWithin, skipOuter } from "../analysis/typegrad-source.js";
import { type ArrayParam, type BinaryOp, type Expr, type For, type Instr, type LocalArray, type Loop, type Lowered, type Param, type Var, type VarKind, type While, walk } from "./ir.js";
import { capturedConstant, capturedLocal, COMPARISONS, COMPOUND, type ConstantImport, isRewritten, mathConstant, numberConstant, OPERATORS, primitiveCall, ruleArity, Unsupported } from "./language.js";
import { valueOf, variadicRule } from "./rules.js";

/** An argument of a call with a spread: one written out, or a spread array. */
type SpreadPart = { readonly k: "one"; readonly e: Expr } | { readonly k: "many"; readonly ref: Binding };

type Binding =
  | { readonly k: "expr"; readonly e: Expr }
  | { readonly k: "local"; readonly v: Var }
  /** An array parameter, or (with `outer`) the row `W[outer]` of a matrix parameter. */
  | { readonly k: "array"; readonly array: ArrayParam; readonly outer?: Expr }
  /** An object parameter (or a field of one), by field: numbers, arrays and matrices. */
  | { readonly k: "object"; readonly fields: ReadonlyMap<string, Binding> }
  | { readonly k: "local-array"; readonly array: LocalArray }
  /**
   * An array of data without derivatives: a captured module constant, a row of one (`X[i]`), or
   * a local or a helper's parameter naming one; `data` is the expression that reads it.
   */
  | { readonly k: "constant"; readonly data: Expr };

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
  [ts.SyntaxKind.LabeledStatement]: "a labelled statement (a labelled break or continue)",
};

const describe = (node: TS.Node): string => {
  const text = node.getText().replace(/\s+/g, " ");
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

/**
 * True when `node` may leave itself by a jump: a `return` of its own (not one of a nested
 * function), or a `break`/`continue` of a loop around it.
 */
function escapes(node: TS.Node): boolean {
  let found = false;
  // A `break` inside a switch ends the switch; a `continue` there still leaves it.
  const visit = (n: TS.Node, loops: number, switches: number): void => {
    if (found || ts.isFunctionLike(n)) return;
    const labelled = (ts.isBreakStatement(n) || ts.isContinueStatement(n)) && n.label;
    if (labelled) {
      if (!labelledWithin(n, node)) found = true;
    } else if (ts.isReturnStatement(n) || (ts.isBreakStatement(n) && loops + switches === 0) || (ts.isContinueStatement(n) && loops === 0)) found = true;
    else if (ts.isIterationStatement(n, false)) ts.forEachChild(n, (c) => visit(c, loops + 1, switches));
    else if (ts.isSwitchStatement(n)) ts.forEachChild(n, (c) => visit(c, loops, switches + 1));
    else ts.forEachChild(n, (c) => visit(c, loops, switches));
  };
  visit(node, 0, 0);
  return found;
}

/** True when the label `jump` names is on a statement inside `node` (or on `node` itself). */
function labelledWithin(jump: TS.BreakStatement | TS.ContinueStatement, node: TS.Node): boolean {
  for (let n: TS.Node = jump.parent; ; n = n.parent) {
    if (ts.isLabeledStatement(n) && n.label.text === jump.label!.text) return true;
    if (n === node || ts.isFunctionLike(n) || ts.isSourceFile(n)) return false;
  }
}

/**
 * True when `hit` holds for `root` or a node inside it, not looking into the nodes `skip` holds
 * for (`root` included). @example someNode(body, ts.isReturnStatement, ts.isFunctionLike)
 */
function someNode(root: TS.Node, hit: (n: TS.Node) => boolean, skip: (n: TS.Node) => boolean = () => false): boolean {
  const visit = (n: TS.Node): boolean => !skip(n) && (hit(n) || !!ts.forEachChild(n, visit));
  return visit(root);
}

/** True when `s` holds a `break` that ends the switch it is in (not one of a loop or switch inside it). */
function breaksSwitch(s: TS.Node): boolean {
  return someNode(s, (n) => ts.isBreakStatement(n) && !n.label, (n) => ts.isFunctionLike(n) || ts.isIterationStatement(n, false) || ts.isSwitchStatement(n));
}

/** True when `s` has a default and each of its cases with statements ends with `return` or `continue`. */
function endsEveryCase(s: TS.SwitchStatement): boolean {
  const clauses = s.caseBlock.clauses;
  if (!clauses.some(ts.isDefaultClause)) return false;
  return clauses.every((c) => {
    const last = c.statements[c.statements.length - 1];
    return c.statements.length === 0 ? !ts.isDefaultClause(c) : !completes(last) && !(last && ts.isBreakStatement(last));
  });
}

/** False when `s` never falls through to the statement after it (it ends with a jump on every path). */
function completes(s: TS.Statement | undefined): boolean {
  if (!s) return true;
  if (ts.isReturnStatement(s) || ts.isBreakStatement(s) || ts.isContinueStatement(s)) return false;
  if (ts.isBlock(s)) return s.statements.every(completes);
  if (ts.isIfStatement(s)) return completes(s.thenStatement) || completes(s.elseStatement);
  return true;
}

/** A number, a number literal, or a union of them (`c ? 1 : -1` has the type `1 | -1`). */
const isNumeric = (type: TS.Type): boolean =>
  !!(type.flags & ts.TypeFlags.NumberLike) || (type.isUnion() && type.types.every((t) => !!(t.flags & ts.TypeFlags.NumberLike)));

/** The value of a number literal, negated or not (`1e-2`, `-3`), else undefined. */
function numericLiteral(e: TS.Expression): number | undefined {
  const node = skipOuter(e);
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(skipOuter(node.operand))) return -Number((skipOuter(node.operand) as TS.NumericLiteral).text);
  return undefined;
}

const statementsOf = (s: TS.Statement | undefined): readonly TS.Statement[] => (!s ? [] : ts.isBlock(s) ? s.statements : [s]);

/**
 * Where a list of statements ends: at the end of the function (a `return` there needs no jump
 * code), at the end of a loop body (a `continue` there needs none), or before more code.
 */
type End = "function" | "loop" | "none";

/**
 * A loop being lowered: which jumps its body makes. Jumps are lowered to a state variable
 * `jump` of the function: 0 runs on, 1 is a `continue`, 2 a `break`, 3 a `return`; code after a
 * statement that may jump runs under `if (jump === 0)`, and the loop goes on while `jump < 2`.
 */
interface LoopJumps {
  breaks: boolean;
  continues: boolean;
  returns: boolean;
  /**
   * Labelled jumps (see `labelledJump`): `label` is the code of a `break` to this loop's label
   * (its `continue` is one more), `labelledContinues` says a `continue` to it comes from a loop
   * inside, `passes` that a jump to a loop around it crosses it.
   */
  label?: number;
  labelledContinues?: boolean;
  passes?: boolean;
}

/** The function whose body is being lowered (the one compiled, an inlined callee, a callback). */
interface Frame {
  /** The variable its returns write, when a `return` is not the last statement of the body. */
  result?: Var;
  /** The value of its only `return`, the last statement of the body. */
  direct?: Expr;
  jump?: Var;
  /** Its returns give no value (a `forEach` callback). */
  readonly void: boolean;
  /** A helper returning a boolean, called in a condition: its returns give tests. */
  readonly test?: boolean;
  readonly loops: LoopJumps[];
  /** How many of its loops are the target of a labelled jump (each gets two codes from 4 on). */
  labels?: number;
}

const JUMP = { next: 0, continue: 1, break: 2, return: 3 } as const;

/**
 * Lowers `fn` for `mode`; throws `Unsupported` when it is outside the language. With `vector`
 * (the code of `jacfwd`, `jacrev`, `jacobian`, `vjp`), the result may be an array written out,
 * `return [a, b, …]` (kept in `results`) or an array it builds (`return out`, `return v.map(…)`, kept
 * in `resultArray`), and forward mode takes array parameters too.
 */
export function lower(file: FileRewrite, fn: FunctionNode, site: TS.Node, mode: "forward" | "reverse", vector = false, data: readonly number[] = []): Lowered {
  return new Lowering(file, fn, site, mode, vector, data).run();
}

class Lowering {
  private readonly env: Env;
  private readonly bindings = new Map<TS.Symbol, Binding>();
  private readonly vars: Var[] = [];
  private readonly arrays: LocalArray[] = [];
  /** Local arrays that grow by `push` (their length changes). */
  private readonly growable = new Set<LocalArray>();
  private readonly reassigned = new Set<TS.Symbol>();
  /**
   * Reassigned locals the analysis finds never active (`let i = 0; while (…) { …; i++ }`): they
   * stay native numbers, as in the rewritten program, so they may index arrays.
   */
  private readonly plain = new Set<Var>();
  /** The row parameters of a `reduce` callback choosing a row (see `rowReduce`): each gives its row's index. */
  private readonly rowChoices = new Map<TS.Symbol, Expr>();
  /**
   * Functions declared inside the function being lowered (`const sq = (v: number) => v * v`,
   * a nested `function`): inlined where called, read with the enclosing function's activity.
   */
  private readonly nested = new Set<TS.Node>();
  /** Module constants the call site's file imports for the compiled code. */
  private readonly imports: ConstantImport[] = [];
  /** True when the code reads a local of a function around the lowered one (`capturedLocal`): it is placed at the site. */
  private scoped = false;
  private out: Instr[] = [];
  /** The functions being inlined, outermost first. */
  private readonly inlining: FunctionNode[] = [];
  private readonly root: FunctionNode;
  private readonly rootFrame: Frame = { void: false, loops: [] };
  private frame = this.rootFrame;
  private loops: Loop[] = [];
  /** Inside a condition: operations give their value only (nothing is recorded). */
  private valueOnly = false;
  /** The function returns an array of numbers (`vector` lowering only). */
  private arrayResult = false;
  /** The entries of an array returned at the end, or the variables every `return [..]` in a branch sets. */
  private results: Expr[] | undefined;
  private resultVars: Var[] | undefined;
  /** The local array every `return` names, when the result is built at run time (`return out`, `return v.map(…)`). */
  private resultArray: LocalArray | undefined;

  constructor(
    private readonly file: FileRewrite,
    private fn: FunctionNode,
    private readonly site: TS.Node,
    private readonly mode: "forward" | "reverse",
    private readonly vector = false,
    /** Parameters the call site's `argnums` leaves out (reverse mode): read as data, not differentiated. */
    private readonly dataParams: readonly number[] = [],
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
    const params: Param[] = [];
    fn.parameters.forEach((p, index) => {
      // A number with a literal default (`lambda = 1e-2`) in gradient code: the call may leave it out.
      const fallback = p.initializer && this.mode === "reverse" && !this.vector && !this.dataParams.includes(index) ? numericLiteral(p.initializer) : undefined;
      if (p.questionToken || (p.initializer && fallback === undefined)) throw new Unsupported("an optional parameter", p);
      if (p.dotDotDotToken) throw new Unsupported("a rest parameter", p);
      const type = checker.getTypeAtLocation(p);
      if (ts.isObjectBindingPattern(p.name)) {
        // `({ rate, mode }: Options) => …` left out by argnums: its fields are data, read from `arg1$data`.
        const left = this.mode === "reverse" && !this.vector && this.dataParams.includes(index) ? this.dataBinding(`arg${index}$data`, type, p, 0) : undefined;
        if (left?.binding.k === "object") {
          this.bindFields(p.name, left.binding);
          params.push({ k: "data", name: `arg${index}$data`, kind: left.kind });
          return;
        }
        // `({ w, b }: Params) => …`: an object parameter whose fields are named at once.
        const structured = this.structuredParameter(p, index, type);
        if (structured?.binding.k !== "object") throw new Unsupported("a destructured parameter that is not a plain object of numbers and arrays", p);
        this.bindFields(p.name, structured.binding);
        params.push(structured.param);
        return;
      }
      if (!ts.isIdentifier(p.name)) throw new Unsupported("a destructured parameter", p);
      const symbol = this.symbol(p.name);
      const structured = this.structuredParameter(p, index, type);
      if (structured) {
        this.bindings.set(symbol, structured.binding);
        params.push(structured.param);
      } else if (type.flags & ts.TypeFlags.NumberLike) {
        if (this.reassigned.has(symbol)) throw new Unsupported(`the parameter '${p.name.text}' is reassigned`, p);
        const v = this.newVar("param", p.name.text);
        v.active = true;
        this.bindings.set(symbol, { k: "expr", e: { k: "var", v } });
        params.push(fallback === undefined ? { k: "number", v } : { k: "number", v, fallback });
      } else if (fallback !== undefined) {
        throw new Unsupported("an optional parameter that is not a number", p);
      } else if ((this.mode === "reverse" || this.vector) && (this.isNumberArray(type) || (checker.isTupleType(type) && this.isNumberList(type)))) {
        const array: ArrayParam = { name: p.name.text, index, list: checker.isArrayType(type) || checker.isTupleType(type) };
        this.bindings.set(symbol, { k: "array", array });
        params.push({ k: "array", array });
      } else {
        const hint = this.mode === "forward" && !this.vector ? " (compiled forward mode takes numbers)"
          : this.vector ? " (compiled code of vector results takes numbers, arrays of numbers, arrays of such rows and plain objects of those)"
          : checker.isArrayType(type) || checker.isTupleType(type)
            ? " (compiled code takes numbers, arrays of numbers and arrays of such rows; data without derivatives may be read from a module constant or left out of argnums)"
            : " (compiled code takes numbers, arrays of numbers, arrays of such rows and plain objects of those)";
        throw new Unsupported(`the parameter '${p.name.text}' of type ${checker.typeToString(type)}${hint}`, p);
      }
    });
    const body = fn.body;
    let result: Expr;
    if (ts.isBlock(body)) result = this.functionBody(body.statements);
    else if (this.arrayResult) result = this.returnArray(body, true);
    else result = this.expr(body);
    const imports = this.imports, scoped = this.scoped;
    if (!this.arrayResult) return { params, body: this.out, result, vars: this.vars, arrays: this.arrays, imports, scoped };
    if (this.resultArray) return { params, body: this.out, result: { k: "lit", value: 0 }, resultArray: this.resultArray, vars: this.vars, arrays: this.arrays, imports, scoped };
    const results = this.results ?? this.resultVars!.map((v): Expr => ({ k: "var", v }));
    return { params, body: this.out, result: { k: "lit", value: 0 }, results, vars: this.vars, arrays: this.arrays, imports, scoped };
  }

  /** Lowers the statements of a function body in the current frame; gives its result. */
  private functionBody(statements: readonly TS.Statement[]): Expr {
    this.list(statements, "function", true);
    const frame = this.frame;
    // A callee inlined in a loop runs again: its jumps start from 0 each time.
    if (frame.jump && frame !== this.rootFrame) this.emit({ k: "set", dst: frame.jump, src: { k: "lit", value: JUMP.next } });
    // An array result is kept in `results`/`resultVars` (vector code).
    if (frame.void || (this.arrayResult && frame === this.rootFrame)) return { k: "lit", value: 0 };
    return frame.direct ?? { k: "var", v: frame.result! };
  }

  /**
   * Lowers a list of statements with its jumps. A `return`, `break` or `continue` sets the
   * frame's `jump` state (not needed where the list ends the function or the loop body); an `if`
   * with a jump in one branch that never falls through gets the rest of the list in its other
   * branch (`if (c) return a; rest` → `if (c) r = a; else rest`); otherwise the rest runs
   * under `if (jump === 0)` — a join point, so nothing is lowered twice.
   */
  private list(statements: readonly TS.Statement[], end: End, top = false): void {
    for (let n = 0; n < statements.length; n++) {
      const s = statements[n]!;
      const rest = statements.slice(n + 1);
      const here: End = rest.length === 0 ? end : "none";
      if (ts.isReturnStatement(s)) return this.returnStatement(s, here, top && rest.length === 0);
      if (ts.isBreakStatement(s) || ts.isContinueStatement(s)) return this.jumpStatement(s, here);
      // A switch ending the function (or loop body) whose every case ends with a jump.
      if (ts.isSwitchStatement(s) && rest.length === 0 && end !== "none" && endsEveryCase(s)) return this.switchStatement(s, end);
      if (!escapes(s)) {
        this.statement(s);
        continue;
      }
      if (ts.isBlock(s)) return this.list([...s.statements, ...rest], end, top);
      if (ts.isIfStatement(s)) {
        const test = this.condition(s.expression);
        const yesEnds = !completes(s.thenStatement), noEnds = !completes(s.elseStatement);
        if (yesEnds || noEnds) {
          // The rest follows only one branch (or none): it goes there, lowered once.
          // Nothing follows the `if` then: both branches end where the list ends.
          const yes = this.sub([...statementsOf(s.thenStatement), ...(yesEnds ? [] : rest)], end);
          const no = this.sub([...statementsOf(s.elseStatement), ...(noEnds ? [] : rest)], end);
          return this.emit({ k: "if", test, yes, no });
        }
        const yes = this.sub(statementsOf(s.thenStatement), here), no = this.sub(statementsOf(s.elseStatement), here);
        this.emit({ k: "if", test, yes, no });
      } else {
        this.statement(s);
      }
      if (rest.length > 0) {
        const guarded = this.sub(rest, end);
        if (guarded.length > 0) this.emit({ k: "if", test: this.running(), yes: guarded, no: [] });
        return;
      }
    }
    if (end === "function") this.noReturn(statements[statements.length - 1]);
  }

  private noReturn(node: TS.Node | undefined): never {
    if (this.frame.void) return undefined as never;
    throw new Unsupported("a path through the function that does not end with `return <value>`", node ?? this.fn);
  }

  /** `statements` lowered into a fresh block. */
  private sub(statements: readonly TS.Statement[], end: End): Instr[] {
    const saved = this.out;
    this.out = [];
    this.list(statements, end);
    const block = this.out;
    this.out = saved;
    return block;
  }

  private jumpVar(): Var {
    return (this.frame.jump ??= this.newVar("local", "jump"));
  }

  /** `jump === 0`: nothing has jumped. */
  private running(): Expr {
    return { k: "bin", op: "===", a: { k: "var", v: this.jumpVar() }, b: { k: "lit", value: JUMP.next } };
  }

  private setJump(code: number): void {
    this.emit({ k: "set", dst: this.jumpVar(), src: { k: "lit", value: code } });
  }

  private returnStatement(s: TS.ReturnStatement, end: End, last: boolean): void {
    const frame = this.frame;
    if (frame.void) {
      if (s.expression) throw new Unsupported("a `return` with a value in a `forEach` callback", s);
    } else {
      if (!s.expression) throw new Unsupported("a `return` without a value", s);
      if (this.arrayResult && frame === this.rootFrame) {
        this.returnArray(s.expression, last);
        if (last && this.results) return;
      } else {
        const value = frame.test ? this.codeTest(s.expression) : this.expr(s.expression);
        if (last && !frame.result) {
          frame.direct = value;
          return;
        }
        frame.result ??= this.newVar("local", "result");
        if (frame.test) this.plain.add(frame.result);
        this.emit({ k: "set", dst: frame.result, src: value });
      }
    }
    if (end === "function") return;
    for (const loop of frame.loops) loop.returns = true;
    this.setJump(JUMP.return);
  }

  private jumpStatement(s: TS.BreakStatement | TS.ContinueStatement, end: End): void {
    const kind = ts.isBreakStatement(s) ? "break" : "continue";
    if (s.label && this.labelledJump(s, kind)) return;
    const loop = this.frame.loops[this.frame.loops.length - 1];
    if (!loop) throw new Unsupported(`${kind} outside a loop`, s);
    if (kind === "continue") {
      if (end === "loop") return;
      loop.continues = true;
      return this.setJump(JUMP.continue);
    }
    loop.breaks = true;
    this.setJump(JUMP.break);
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
      // Functions written inside it are read with its activity when inlined (see `nested`).
      if (node !== body && (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node))) this.nested.add(node);
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
    return this.sub(statements, "none");
  }

  // ---- statements --------------------------------------------------------------------------

  private statement(s: TS.Statement): void {
    if (ts.isVariableStatement(s)) return this.declarations(s.declarationList);
    if (ts.isExpressionStatement(s)) return this.expressionStatement(s.expression);
    if (ts.isForStatement(s)) return this.loop(s);
    if (ts.isForOfStatement(s)) return this.forOf(s);
    if (ts.isWhileStatement(s)) return this.whileStatement(s);
    if (ts.isDoStatement(s)) {
      // The test reads the values the body leaves, so it is lowered after the body.
      const loop: While = { k: "while", test: { k: "lit", value: 1 }, body: [], post: true };
      return this.loopBody(loop, () => {
        this.list(statementsOf(s.statement), "loop");
        loop.test = this.condition(s.expression);
      });
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
    if (ts.isSwitchStatement(s)) return this.switchStatement(s);
    if (ts.isFunctionDeclaration(s) && s.body && !s.asteriskToken) {
      this.nested.add(s);
      return;
    }
    // A labelled loop: its label is found from the jumps to it (`labelledJump`).
    if (ts.isLabeledStatement(s) && ts.isIterationStatement(s.statement, false)) return this.statement(s.statement);
    if (ts.isLabeledStatement(s)) throw new Unsupported(`the labelled statement '${s.label.text}', which is not a loop`, s);
    throw new Unsupported(STATEMENT_NAMES[s.kind] ?? `the statement '${describe(s)}'`, s);
  }

  /**
   * `switch (key) { case a: case b: …; break; default: … }` as a chain of `if`s on
   * `key === a || key === b`. Each case with statements ends with `break` (or a `return` or
   * `continue`) or is the last; `default`, if any, comes last; no other `break` ends the switch.
   */
  private switchStatement(s: TS.SwitchStatement, end: End = "none"): void {
    const key = this.snapshot(this.operand(s.expression), "key");
    const groups: { labels: Expr[]; body: TS.Statement[] }[] = [];
    let labels: Expr[] = [];
    let fallback: TS.Statement[] | undefined;
    const clauses = s.caseBlock.clauses;
    clauses.forEach((clause, n) => {
      if (fallback) throw new Unsupported("a switch with cases after its default (put default last)", clause);
      const last = n === clauses.length - 1;
      let body = [...clause.statements];
      if (body.length === 1 && ts.isBlock(body[0]!)) body = [...body[0]!.statements];
      const end = body[body.length - 1];
      if (end && ts.isBreakStatement(end) && !end.label) body = body.slice(0, -1);
      else if (body.length > 0 && completes(end) && !last) throw new Unsupported("a switch case that falls through to the next (end it with break)", clause);
      const inner = body.find((b) => breaksSwitch(b));
      if (inner) throw new Unsupported("a break inside a switch case before its end", inner);
      if (ts.isDefaultClause(clause)) {
        if (labels.length > 0 && body.length === 0) throw new Unsupported("a switch case that falls through to default", clause);
        if (labels.length > 0) groups.push({ labels, body });
        labels = [];
        fallback = body;
        return;
      }
      if (!isNumeric(typeOf(this.env, clause.expression)) && !this.isWord(typeOf(this.env, clause.expression))) throw new Unsupported(`the case '${describe(clause.expression)}', which is neither a number nor a string`, clause.expression);
      labels.push(this.operand(clause.expression));
      if (body.length > 0 || last) {
        groups.push({ labels, body });
        labels = [];
      }
    });
    const blocks = groups.map((g) => this.sub(g.body, end));
    let chain: Instr[] = fallback ? this.sub(fallback, end) : [];
    for (let n = groups.length - 1; n >= 0; n--) {
      const test = groups[n]!.labels.map((c): Expr => ({ k: "bin", op: "===", a: key, b: c })).reduce((a, b) => ({ k: "bin", op: "||", a, b }));
      chain = [{ k: "if", test, yes: blocks[n]!, no: chain }];
    }
    for (const i of chain) this.emit(i);
  }

  /** `const [a, b] = v` of an array: `a` names `v[0]`, `b` names `v[1]` (each as it is now). */
  private destructure(pattern: TS.ArrayBindingPattern, init: TS.Expression): boolean {
    const ref = this.arrayRef(init);
    if (!ref) return false;
    pattern.elements.forEach((element, k) => {
      if (ts.isOmittedExpression(element)) return;
      if (!ts.isIdentifier(element.name) || element.initializer || element.dotDotDotToken) throw new Unsupported(`the destructured element '${describe(element)}'`, element);
      const symbol = this.symbol(element.name);
      const value = this.elementOf(ref, { k: "lit", value: k });
      if (this.reassigned.has(symbol)) {
        const v = this.newVar("local", element.name.text);
        this.bindings.set(symbol, { k: "local", v });
        this.emit({ k: "set", dst: v, src: value });
      } else {
        this.bindings.set(symbol, { k: "expr", e: this.snapshot(value, element.name.text) });
      }
    });
    return true;
  }

  private declarations(list: TS.VariableDeclarationList): void {
    this.checkVar(list);
    for (const d of list.declarations) {
      if (ts.isArrayBindingPattern(d.name) && d.initializer && this.destructure(d.name, d.initializer)) continue;
      if (ts.isObjectBindingPattern(d.name) && d.initializer && this.destructureParameter(d.name, d.initializer)) continue;
      if (ts.isObjectBindingPattern(d.name) && d.initializer && this.destructureFields(d.name, d.initializer)) continue;
      if (!ts.isIdentifier(d.name)) throw new Unsupported("a destructuring declaration", d);
      if (!d.initializer) throw new Unsupported(`the local '${d.name.text}' declared without a value`, d);
      const symbol = this.symbol(d.name);
      const init = skipOuter(d.initializer);
      if ((ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && !this.reassigned.has(symbol)) {
        this.nested.add(init);
        continue;
      }
      // A record of values: `const p = { a: x[0] * 2, b: x[1] }`, read `p.a`.
      if (ts.isObjectLiteralExpression(init) && !this.reassigned.has(symbol)) {
        this.bindings.set(symbol, this.record(init));
        continue;
      }
      // A name for a parameter's part: `const w = W[j]`, `const w = p.w`, `const b = p.b`, a row chosen by reduce.
      const part = this.reassigned.has(symbol) ? undefined : this.rowReduce(d.initializer) ?? this.reference(d.initializer);
      if (part) {
        this.bindings.set(symbol, part);
        continue;
      }
      if (this.isWord(typeOf(this.env, d.name))) {
        if (this.reassigned.has(symbol)) throw new Unsupported(`the local '${d.name.text}', a string or boolean assigned again`, d);
        this.bindings.set(symbol, { k: "expr", e: this.operand(d.initializer) });
        continue;
      }
      const data = this.reassigned.has(symbol) ? undefined : this.data(d.initializer);
      if (data) {
        this.bindings.set(symbol, { k: "constant", data });
        continue;
      }
      if (this.isNumberArray(this.env.checker.getTypeAtLocation(d.name)) || this.makesArray(d.initializer)) {
        if (this.reassigned.has(symbol)) throw new Unsupported(`the array '${d.name.text}' assigned again (compiled code makes each local array once)`, d);
        this.bindings.set(symbol, { k: "local-array", array: this.newArray(d.initializer, d.name.text) });
        continue;
      }
      const value = this.expr(d.initializer);
      if (this.reassigned.has(symbol)) {
        const v = this.newVar("local", d.name.text);
        if (!this.mayBeActive(value) && !this.isActiveHere(d.name)) this.plain.add(v);
        this.bindings.set(symbol, { k: "local", v });
        this.emit({ k: "set", dst: v, src: value });
      } else {
        this.bindings.set(symbol, { k: "expr", e: this.snapshot(value, d.name.text) });
      }
    }
  }

  // ---- local arrays ------------------------------------------------------------------------

  /**
   * A local array from its initializer: `new Array(n)`, `Array(n)`, either with `.fill(c)`,
   * `new Float64Array(n)`, `[a, b, …]` or `[]`.
   */
  private newArray(init: TS.Expression, name: string): LocalArray {
    const node = skipOuter(init);
    const make = (typed: boolean): LocalArray => {
      const array: LocalArray = { id: this.arrays.length, name, typed, loops: [...this.loops], active: false };
      this.arrays.push(array);
      return array;
    };
    const inactive = (e: TS.Expression, what: string): Expr => {
      const value = this.expr(e);
      if (this.mayBeActive(value)) throw new Unsupported(`${what} '${describe(e)}', which may carry a derivative`, e);
      return value;
    };
    // new Array(n), Array(n), new Float64Array(n)
    const sized = (e: TS.Expression): { typed: boolean; length: TS.Expression } | undefined => {
      const n = skipOuter(e);
      if (!(ts.isNewExpression(n) || ts.isCallExpression(n)) || !ts.isIdentifier(n.expression) || n.arguments?.length !== 1) return undefined;
      const ctor = n.expression.text;
      if ((ctor !== "Array" && !(ctor === "Float64Array" && ts.isNewExpression(n))) || this.bindings.has(this.symbol(n.expression))) return undefined;
      const length = n.arguments[0]!;
      if (!(typeOf(this.env, length).flags & ts.TypeFlags.NumberLike)) return undefined;
      return { typed: ctor === "Float64Array", length };
    };
    const direct = sized(node);
    if (direct) {
      const array = make(direct.typed);
      const length = inactive(direct.length, "the length");
      this.emit({ k: "alloc", array, length, ...(direct.typed ? { fill: { k: "lit", value: 0 } } : {}) });
      return array;
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "fill" && node.arguments.length === 1) {
      const base = sized(node.expression.expression);
      if (base) {
        const array = make(base.typed);
        const length = inactive(base.length, "the length");
        this.emit({ k: "alloc", array, length, fill: inactive(node.arguments[0]!, "the fill value") });
        return array;
      }
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "map") {
      const ref = this.arrayRef(node.expression.expression);
      if (ref) {
        const [callback] = this.callbackArguments(node, 1);
        const array = make(false);
        this.emit({ k: "alloc", array, length: this.lengthOf(ref) });
        this.overElements(ref, node.expression.expression, 0, (element, i) => {
          const value = this.callback(callback!, [element, { k: "expr", e: i }, ref], false, node);
          this.emit({ k: "store", array, index: i, src: value });
        });
        return array;
      }
    }
    const counted = this.countedFrom(node);
    if (counted) {
      // Array.from({ length: n }, (_, i) => …): made with its length, then filled by a loop.
      const array = make(false);
      this.emit({ k: "alloc", array, length: inactive(counted.length, "the length") });
      const counter = this.newVar("counter", "i");
      const loop: For = { k: "for", counter, start: { k: "lit", value: 0 }, test: "<", bound: { k: "length", local: array }, step: 1, body: [] };
      const i: Expr = { k: "var", v: counter };
      this.loopBody(loop, () => {
        const value = this.callback(counted.callback, [{ k: "expr", e: { k: "lit", value: NaN } }, { k: "expr", e: i }], false, node);
        this.emit({ k: "store", array, index: i, src: value });
      });
      return array;
    }
    if (ts.isArrayLiteralExpression(node) && !node.elements.some(ts.isSpreadElement)) {
      const array = make(false);
      this.growable.add(array);
      const values = node.elements.map((e) => this.expr(e));
      this.emit({ k: "alloc", array, length: { k: "lit", value: 0 } });
      for (const src of values) this.emit({ k: "push", array, src });
      return array;
    }
    throw new Unsupported(`the array '${describe(init)}' (compiled code makes arrays with new Array(n), new Float64Array(n), .fill(c), Array.from({ length: n }, (_, i) => …), [a, b] and [])`, init);
  }

  /**
   * `Array.from({ length: n }, (_, i) => …)` with a callback written in place that does not read
   * its first parameter (the element, `undefined` there): its length and callback.
   */
  private countedFrom(node: TS.Expression): { length: TS.Expression; callback: TS.Expression } | undefined {
    if (!ts.isCallExpression(node) || node.arguments.length !== 2 || !ts.isPropertyAccessExpression(node.expression)) return undefined;
    const { expression: owner, name } = node.expression;
    if (!ts.isIdentifier(owner) || owner.text !== "Array" || name.text !== "from" || this.bindings.has(this.symbol(owner))) return undefined;
    const spec = skipOuter(node.arguments[0]!);
    if (!ts.isObjectLiteralExpression(spec) || spec.properties.length !== 1) return undefined;
    const property = spec.properties[0]!;
    const length = ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && property.name.text === "length" ? property.initializer
      : ts.isShorthandPropertyAssignment(property) && property.name.text === "length" ? property.name : undefined;
    const callback = skipOuter(node.arguments[1]!);
    if (!length || !(ts.isArrowFunction(callback) || ts.isFunctionExpression(callback))) return undefined;
    const first = callback.parameters[0];
    if (first && ts.isIdentifier(first.name)) {
      const symbol = this.symbol(first.name);
      let read = false;
      const visit = (n: TS.Node): void => {
        if (read) return;
        if (ts.isIdentifier(n) && n !== first.name && this.env.checker.getSymbolAtLocation(n) === symbol) read = true;
        else ts.forEachChild(n, visit);
      };
      visit(callback.body);
      if (read) throw new Unsupported(`the callback's first parameter '${first.name.text}', undefined in ${describe(node)}`, first);
    }
    return { length, callback };
  }

  /** True when `e` is written as one of the arrays `newArray` makes (so `new Array(n).fill(0)`, typed `any[]`, is one). */
  private makesArray(e: TS.Expression): boolean {
    let node = skipOuter(e);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "fill") node = skipOuter(node.expression.expression);
    return (ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) &&
      (node.expression.text === "Array" || node.expression.text === "Float64Array") && !this.bindings.has(this.symbol(node.expression));
  }

  // ---- array methods with callbacks -----------------------------------------------------------

  /** An array parameter or local array named by `e`, or the array `v.map(…)` makes. */
  private arrayRef(e: TS.Expression): Binding | undefined {
    const node = skipOuter(e);
    if (ts.isIdentifier(node)) {
      const binding = this.bindings.get(this.symbol(node));
      if (binding?.k === "array" || binding?.k === "local-array") return binding;
    }
    const ref = this.reference(node);
    if (ref?.k === "array") return ref;
    const data = this.data(node);
    if (data) return { k: "constant", data };
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "map" && this.arrayRef(node.expression.expression)) {
      return { k: "local-array", array: this.newArray(node, "mapped") };
    }
    return undefined;
  }

  private lengthOf(ref: Binding): Expr {
    if (ref.k === "constant") return { k: "length", row: ref.data };
    if (ref.k === "array") return ref.outer ? { k: "length", array: ref.array, outer: ref.outer } : { k: "length", array: ref.array };
    return { k: "length", local: (ref as { array: LocalArray }).array };
  }

  private elementOf(ref: Binding, index: Expr, node?: TS.Node): Expr {
    if (ref.k === "constant") return { k: "elem", row: ref.data, index };
    if (ref.k === "array") {
      if (ref.array.matrix && !ref.outer) throw new Unsupported(`a row of the matrix '${ref.array.name}' used as a number (compiled code reads its elements, W[i][j])`, node);
      return ref.outer ? { k: "elem", array: ref.array, outer: ref.outer, index } : { k: "elem", array: ref.array, index };
    }
    return { k: "elem", local: (ref as { array: LocalArray }).array, index };
  }

  private callbackArguments(node: TS.CallExpression, most: number): TS.Expression[] {
    const method = (node.expression as TS.PropertyAccessExpression).name.text;
    if (node.arguments.length === 0 || node.arguments.length > most || node.arguments.some(ts.isSpreadElement)) {
      throw new Unsupported(`the call '${describe(node)}' (compiled code calls ${method} with a callback${most > 1 ? " and a start value" : ""})`, node);
    }
    return [...node.arguments];
  }

  /** `for (let i = start; i < array.length; i++) body(array[i], i)`; the element is read at the start of the pass. */
  private overArray(ref: Binding, start: number, body: (element: Expr, counter: Expr) => void): void {
    if (ref.k === "array" && ref.array.matrix && !ref.outer) {
      throw new Unsupported(`a callback over the rows of the matrix '${ref.array.name}' (compiled code goes over its rows with for…of or a counted loop)`, undefined);
    }
    const bound = this.lengthOf(ref);
    const counter = this.newVar("counter", "i");
    const loop: For = { k: "for", counter, start: { k: "lit", value: start }, test: "<", bound, step: 1, body: [] };
    const i: Expr = { k: "var", v: counter };
    this.loopBody(loop, () => body(ref.k === "local-array" ? this.snapshot(this.elementOf(ref, i), "element") : this.elementOf(ref, i), i));
    if (ref.k === "local-array") {
      walk(loop.body, (instr) => {
        if (instr.k === "push" && instr.array === ref.array) throw new Unsupported("a callback that pushes onto the array it goes over", undefined);
      });
    }
  }

  /**
   * `overArray` for a callback's element: a number, or a row (`W.map((row) => dot(row, x))` over
   * a matrix parameter's rows or rows of data), named as `W[i]` is.
   */
  private overElements(ref: Binding, receiver: TS.Expression, start: number, body: (element: Binding, counter: Expr) => void): void {
    if (!this.rowsOf(ref, receiver)) return this.overArray(ref, start, (e, i) => body({ k: "expr", e }, i));
    const counter = this.newVar("counter", "i");
    const loop: For = { k: "for", counter, start: { k: "lit", value: start }, test: "<", bound: this.lengthOf(ref), step: 1, body: [] };
    const i: Expr = { k: "var", v: counter };
    this.loopBody(loop, () => body(ref.k === "array" ? { k: "array", array: ref.array, outer: i } : { k: "constant", data: { k: "elem", row: (ref as { data: Expr }).data, index: i } }, i));
  }

  /** True when `ref` (named by `receiver`) is a matrix parameter or data whose elements are rows. */
  private rowsOf(ref: Binding, receiver: TS.Expression): boolean {
    if (ref.k === "array") return !!ref.array.matrix && !ref.outer;
    if (ref.k !== "constant") return false;
    const type = typeOf(this.env, skipOuter(receiver));
    const checker = this.env.checker;
    if (!checker.isArrayType(type)) return false;
    const element = checker.getTypeArguments(type as TS.TypeReference)[0];
    return !!element && this.isDataArray(element);
  }

  /**
   * A callback written in place (an arrow function or a function expression), lowered into the
   * loop the array method makes: its parameters name `args`, its returns give its value (or,
   * for `forEach`, end the pass).
   */
  private callback(e: TS.Expression, args: Binding[], isVoid: boolean, call: TS.Node): Expr {
    const node = skipOuter(e);
    if (!ts.isArrowFunction(node) && !ts.isFunctionExpression(node) && !ts.isFunctionDeclaration(node)) return this.namedCallback(node, args, isVoid, call);
    const fn = node;
    if (fn.asteriskToken || fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) throw new Unsupported("a generator or async callback", fn);
    if (fn.parameters.length > args.length) throw new Unsupported(`the callback '${describe(fn)}', with more parameters than ${describe(call)} gives`, fn);
    fn.parameters.forEach((p, k) => {
      if (!ts.isIdentifier(p.name) || p.initializer || p.dotDotDotToken) throw new Unsupported(`the callback's parameter '${describe(p)}', which is destructured, optional or a rest`, p);
      const symbol = this.symbol(p.name);
      const arg = args[k]!;
      if (this.reassigned.has(symbol)) {
        if (arg.k !== "expr") throw new Unsupported(`the callback's parameter '${p.name.text}' reassigned`, p);
        const v = this.newVar("local", p.name.text);
        this.bindings.set(symbol, { k: "local", v });
        this.emit({ k: "set", dst: v, src: arg.e });
      } else {
        this.bindings.set(symbol, arg);
      }
    });
    const saved = this.frame;
    this.frame = { void: isVoid, loops: [] };
    try {
      const body = fn.body;
      if (!body) throw new Unsupported("a callback without a body", fn);
      if (ts.isBlock(body)) return this.functionBody(body.statements);
      if (!isVoid) return this.expr(body);
      this.expressionStatement(body);
      return { k: "lit", value: 0 };
    } finally {
      this.frame = saved;
    }
  }

  /**
   * A callback named rather than written in place: `Math.exp` (a one-argument `Math` function,
   * which ignores the index and array it is also given), or one of the program's functions,
   * inlined with as many of the arguments as it has parameters.
   */
  private namedCallback(node: TS.Expression, args: Binding[], isVoid: boolean, call: TS.Node): Expr {
    const element = args[0]!.k === "expr" ? (args[0] as { e: Expr }).e : undefined;
    if (ts.isPropertyAccessExpression(node) && isGlobalMath(this.env, node.expression) && element) {
      const name = mathRule(node.name.text);
      if (ruleArity(name) === 1) return isVoid ? { k: "lit", value: 0 } : this.prim(name, [element]);
      throw new Unsupported(`the callback '${describe(node)}', which would be given the index and the array too`, node);
    }
    const callee = functionValueOf(this.env, node);
    const what = `the callback '${describe(node)}'`;
    if (!callee || !(ts.isFunctionDeclaration(callee) || ts.isArrowFunction(callee) || ts.isFunctionExpression(callee)) || !callee.body) {
      throw new Unsupported(`${what}, which is neither written in place nor a function of the program`, node);
    }
    if (this.inlining.includes(callee) || callee === this.root) throw new Unsupported(`${what}, which is recursive`, node);
    if (this.inlining.length >= 8) throw new Unsupported(`${what}, nested more than 8 calls deep`, node);
    if (callee.asteriskToken || callee.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) throw new Unsupported(`${what}, a generator or async function`, node);
    this.findReassigned(callee.body);
    const saved = this.fn;
    this.inlining.push(callee);
    if (!this.nested.has(callee)) this.fn = callee;
    try {
      return this.callback(callee as unknown as TS.Expression, args, isVoid, call);
    } finally {
      this.inlining.pop();
      this.fn = saved;
    }
  }

  /**
   * `const best = W.reduce((a, row) => (row[0] > a[0] ? row : a))` over a matrix parameter's
   * rows or rows of data, without a start value: the callback chooses one of its two rows, so
   * the accumulator is the chosen row's index (a plain number, starting at 0), and `best` names
   * that row, as `W[k]` would. Undefined when `init` is no such call.
   */
  private rowReduce(init: TS.Expression): Binding | undefined {
    const node = skipOuter(init);
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== "reduce" || node.arguments.length !== 1) return undefined;
    const receiver = node.expression.expression;
    const ref = this.arrayRef(receiver);
    if (!ref || !this.rowsOf(ref, receiver)) return undefined;
    const callback = skipOuter(node.arguments[0]!);
    if (!ts.isArrowFunction(callback) && !ts.isFunctionExpression(callback)) {
      throw new Unsupported(`'${describe(node)}' over rows without a start value, with a callback not written in place`, node);
    }
    const chosen = this.newVar("local", "chosen");
    this.plain.add(chosen);
    const index: Expr = { k: "var", v: chosen };
    const rowAt = (k: Expr): Binding => (ref.k === "array" ? { k: "array", array: ref.array, outer: k } : { k: "constant", data: { k: "elem", row: (ref as { data: Expr }).data, index: k } });
    this.emit({ k: "fail", test: { k: "bin", op: "===", a: this.lengthOf(ref), b: { k: "lit", value: 0 } }, message: "Reduce of empty array with no initial value" });
    this.emit({ k: "set", dst: chosen, src: { k: "lit", value: 0 } });
    const [accParam, rowParam] = callback.parameters;
    const rows = new Set([accParam, rowParam].flatMap((q) => (q && ts.isIdentifier(q.name) ? [this.symbol(q.name)] : [])));
    // Each value the callback returns is one of its two rows, or a choice `c ? row : a` between them.
    const choosesRow = (r: TS.Expression): boolean => {
      const n = skipOuter(r);
      if (ts.isConditionalExpression(n)) return choosesRow(n.whenTrue) && choosesRow(n.whenFalse);
      return ts.isIdentifier(n) && rows.has(this.symbol(n));
    };
    const returned: TS.Expression[] = [];
    if (ts.isBlock(callback.body)) {
      const visit = (n: TS.Node): void => {
        if (ts.isReturnStatement(n)) returned.push(n.expression ?? n as unknown as TS.Expression);
        else if (!ts.isFunctionLike(n)) ts.forEachChild(n, visit);
      };
      visit(callback.body);
    } else {
      returned.push(callback.body);
    }
    if (!returned.every(choosesRow)) throw new Unsupported(`'${describe(node)}' over rows without a start value, whose callback returns something other than one of its two rows`, node);
    this.overElements(ref, receiver, 1, (element, i) => {
      const saved = new Map(this.rowChoices);
      if (accParam && ts.isIdentifier(accParam.name)) this.rowChoices.set(this.symbol(accParam.name), index);
      if (rowParam && ts.isIdentifier(rowParam.name)) this.rowChoices.set(this.symbol(rowParam.name), i);
      try {
        const value = this.callback(callback, [rowAt(index), element, { k: "expr", e: i }, ref], false, node);
        // The variable the callback's returns set holds an index too.
        if (value.k === "var") this.plain.add(value.v);
        this.emit({ k: "set", dst: chosen, src: value });
      } finally {
        this.rowChoices.clear();
        for (const [k, v] of saved) this.rowChoices.set(k, v);
      }
    });
    return rowAt(index);
  }

  /** `v.reduce((acc, x, i) => …, start)`: a loop carrying the accumulator in a local. */
  private reduce(node: TS.CallExpression, ref: Binding): Expr {
    const [callback, init] = this.callbackArguments(node, 2);
    const acc = this.newVar("local", "acc");
    if (init) {
      this.emit({ k: "set", dst: acc, src: this.expr(init) });
    } else {
      this.emit({ k: "fail", test: { k: "bin", op: "===", a: this.lengthOf(ref), b: { k: "lit", value: 0 } }, message: "Reduce of empty array with no initial value" });
      this.emit({ k: "set", dst: acc, src: this.elementOf(ref, { k: "lit", value: 0 }) });
    }
    if (!init && this.rowsOf(ref, (node.expression as TS.PropertyAccessExpression).expression)) {
      throw new Unsupported(`'${describe(node)}' over rows without a start value, in place (compiled code takes \`const best = W.reduce((a, row) => … ? row : a)\`, a row chosen and named)`, node);
    }
    this.overElements(ref, (node.expression as TS.PropertyAccessExpression).expression, init ? 0 : 1, (element, i) => {
      const value = this.callback(callback!, [{ k: "expr", e: { k: "var", v: acc } }, element, { k: "expr", e: i }, ref], false, node);
      this.emit({ k: "set", dst: acc, src: value });
    });
    return { k: "var", v: acc };
  }

  /** The local array `e` names, if it names one. */
  private localArray(e: TS.Expression): LocalArray | undefined {
    const node = skipOuter(e);
    if (!ts.isIdentifier(node)) return undefined;
    const binding = this.bindings.get(this.symbol(node));
    return binding?.k === "local-array" ? binding.array : undefined;
  }

  /** `y[i] = e`, `y[i] op= e`, `y[i]++`, `y.push(a, …)` on a local array; false when `e` is none of these. */
  private arrayStatement(e: TS.Expression): boolean {
    const node = skipOuter(e);
    const target = (t: TS.Expression): { array: LocalArray; index: Expr } | undefined => {
      const access = skipOuter(t);
      if (!ts.isElementAccessExpression(access)) return undefined;
      const array = this.localArray(access.expression);
      if (!array) throw new Unsupported(`an assignment to '${describe(t)}' (compiled code writes only arrays the function makes)`, t);
      const index = this.expr(access.argumentExpression);
      if (this.mayBeActive(index)) throw new Unsupported(`the index '${describe(access.argumentExpression)}', which may carry a derivative`, access);
      return { array, index };
    };
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      const name = COMPOUND.get(op);
      if (op !== ts.SyntaxKind.EqualsToken && !name) return false;
      const t = target(node.left);
      if (!t) return false;
      const right = this.expr(node.right);
      const old: Expr = { k: "elem", local: t.array, index: t.index };
      this.emit({ k: "store", array: t.array, index: t.index, src: name ? this.operation(node, name, [old, right]) : right });
      return true;
    }
    if ((ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) {
      const t = target(node.operand);
      if (!t) return false;
      const old: Expr = { k: "elem", local: t.array, index: t.index };
      const src = this.operation(node, node.operator === ts.SyntaxKind.PlusPlusToken ? "add" : "sub", [old, { k: "lit", value: 1 }]);
      this.emit({ k: "store", array: t.array, index: t.index, src });
      return true;
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "forEach") {
      const ref = this.arrayRef(node.expression.expression);
      if (!ref) return false;
      const [callback] = this.callbackArguments(node, 1);
      this.overElements(ref, node.expression.expression, 0, (element, i) => void this.callback(callback!, [element, { k: "expr", e: i }, ref], true, node));
      return true;
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "push") {
      const array = this.localArray(node.expression.expression);
      if (!array) return false;
      if (!this.growable.has(array)) throw new Unsupported(`a push onto '${describe(node.expression.expression)}', made with a length (make it with [] to push)`, node);
      if (node.arguments.some(ts.isSpreadElement)) throw new Unsupported(`a push of a spread '${describe(node)}'`, node);
      const values = node.arguments.map((a) => this.expr(a));
      for (const src of values) this.emit({ k: "push", array, src });
      return true;
    }
    return false;
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
      case "elem": return !!e.local || this.readsChanging(e.index) || (!!e.row && this.readsChanging(e.row)) || (!!e.outer && this.readsChanging(e.outer));
      case "length": return !!e.local && this.growable.has(e.local);
      case "bin": return this.readsChanging(e.a) || this.readsChanging(e.b);
      case "not": case "neg": return this.readsChanging(e.a);
      case "cond": return this.readsChanging(e.test) || this.readsChanging(e.yes) || this.readsChanging(e.no);
      case "math": case "rule": return e.args.some((a) => this.readsChanging(a));
      default: return false;
    }
  }

  /** The analysis's answer: may `node` carry a derivative in the version of `fn` that runs? */
  private isActiveHere(node: TS.Expression): boolean {
    const { activity, facts } = this.file.analysis;
    return activity.isActive(node, facts.existingTwin(this.fn) ?? facts.base);
  }

  /** `dst = src`, where a plain local may only be given values without derivatives. */
  private assign(dst: Var, src: Expr, node: TS.Node): void {
    if (this.plain.has(dst) && this.mayBeActive(src)) throw new Unsupported(`the local '${dst.name}' given a value that may carry a derivative in '${describe(node)}'`, node);
    this.emit({ k: "set", dst, src });
  }

  private local(target: TS.Expression, node: TS.Node): Var {
    const id = skipOuter(target);
    if (!ts.isIdentifier(id)) throw new Unsupported(`an assignment to '${describe(target)}' (only locals are assigned in compiled code)`, node);
    const binding = this.bindings.get(this.symbol(id));
    if (!binding || binding.k !== "local") throw new Unsupported(`an assignment to '${id.text}', which is not a local of the function`, node);
    return binding.v;
  }

  private expressionStatement(e: TS.Expression): void {
    if (this.arrayStatement(e)) return;
    const node = skipOuter(e);
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.EqualsToken) {
        const dst = this.local(node.left, node);
        return this.assign(dst, this.expr(node.right), node);
      }
      const name = COMPOUND.get(op);
      if (name) {
        const dst = this.local(node.left, node);
        const right = this.expr(node.right);
        return this.assign(dst, this.operation(node, name, [{ k: "var", v: dst }, right]), node);
      }
    }
    if ((ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) {
      const dst = this.local(node.operand, node);
      const name = node.operator === ts.SyntaxKind.PlusPlusToken ? "add" : "sub";
      return this.assign(dst, this.operation(node, name, [{ k: "var", v: dst }, { k: "lit", value: 1 }]), node);
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
  /** True when `e` or a value it reads may carry a derivative (see `mayBeActive`). */
  private mayCarry(e: Expr): boolean {
    switch (e.k) {
      case "lit": case "name": case "length": return false;
      case "var": case "elem": return this.mayBeActive(e);
      case "bin": return this.mayCarry(e.a) || this.mayCarry(e.b);
      case "not": case "neg": return this.mayCarry(e.a);
      case "cond": return this.mayCarry(e.test) || this.mayCarry(e.yes) || this.mayCarry(e.no);
      case "math": case "rule": return e.args.some((a) => this.mayCarry(a));
      default: return true;
    }
  }

  private mayBeActive(e: Expr): boolean {
    return (e.k === "var" && e.v.kind !== "counter" && !this.plain.has(e.v) && (e.v.kind !== "temp" || e.v.active)) || (e.k === "elem" && (!!e.array || !!e.local));
  }

  private prim(name: string, args: Expr[]): Expr {
    if (this.valueOnly) return valueOf(name, args);
    const dst = this.newVar("temp", "v");
    // Arithmetic of data, counters and constants carries no derivative (an index `i * m + j`
    // with `m` left out by argnums); otherwise refined by the passes.
    dst.active = args.some((a) => this.mayCarry(a));
    this.emit({ k: "prim", dst, name, args });
    return { k: "var", v: dst };
  }

  /** `for (let i = a; i < b; i += c) body`, `c` a constant integer, `i` only read in the body. */
  private loop(s: TS.ForStatement): void {
    const init = s.initializer;
    const shape = "a for loop of another shape than `for (let i = a; i < b; i += c)` with a constant integer step";
    if (!init || !ts.isVariableDeclarationList(init) || init.declarations.length === 0 || (init.flags & ts.NodeFlags.Const)) throw new Unsupported(shape, s);
    this.checkVar(init);
    const [decl, ...others] = init.declarations as unknown as TS.VariableDeclaration[];
    if (!ts.isIdentifier(decl!.name) || !decl!.initializer || !s.condition || !s.incrementor) throw new Unsupported(shape, s);
    const symbol = this.symbol(decl!.name);
    const start = this.bound(decl!.initializer);
    // `for (let i = 0, n = x.length; i < n; i++)`: the others name bounds, never assigned.
    for (const other of others) {
      if (!ts.isIdentifier(other.name) || !other.initializer || this.reassigned.has(this.symbol(other.name))) throw new Unsupported(shape, s);
      this.bindings.set(this.symbol(other.name), { k: "expr", e: this.bound(other.initializer) });
    }
    const test = this.counterTest(s.condition, symbol);
    if (!test) throw new Unsupported(shape, s.condition);
    const step = this.step(s.incrementor, symbol);
    if ((step > 0) !== (test.op === "<" || test.op === "<=")) throw new Unsupported("a for loop whose step goes away from its bound", s);
    if (this.assignsIn(s.statement, symbol)) throw new Unsupported(`the loop counter '${decl!.name.text}' assigned in the loop`, s);
    this.counted(symbol, decl!.name.text, start, test, this.bound(test.right), step, s, s.statement);
  }

  /** A counted loop's test `i < b` (`<=`, `>`, `>=`; `i + c < b` with a number literal c), else undefined. */
  private counterTest(e: TS.Expression, symbol: TS.Symbol): { op: "<" | "<=" | ">" | ">="; offset: number | undefined; right: TS.Expression } | undefined {
    const test = skipOuter(e);
    if (!ts.isBinaryExpression(test)) return undefined;
    const op = JS_OPERATORS.get(test.operatorToken.kind);
    if (op !== "<" && op !== "<=" && op !== ">" && op !== ">=") return undefined;
    const offset = this.counterOffset(test.left, symbol);
    if (!this.isCounter(test.left, symbol) && offset === undefined) return undefined;
    return { op, offset, right: test.right };
  }

  /**
   * The counted loop `for (i = start; i + offset <op> written; i += step) body`, its counter
   * bound to `symbol` in the body.
   */
  private counted(symbol: TS.Symbol, name: string, start: Expr, test: { op: "<" | "<=" | ">" | ">="; offset: number | undefined; right: TS.Expression }, written: Expr,
    step: number, s: TS.Statement, body: TS.Statement | (() => void)): void {
    // `i + c < b` (or `i - c`) is `i < b - c`.
    const bound: Expr = test.offset ? { k: "bin", op: "-", a: written, b: { k: "lit", value: test.offset } } : written;
    const counter = this.newVar("counter", name);
    const loop: For = { k: "for", counter, start, test: test.op, bound, step, body: [] };
    this.bindings.set(symbol, { k: "expr", e: { k: "var", v: counter } });
    this.loopBody(loop, body);
    const grows = bound.k === "length" && bound.local;
    if (grows) {
      walk(loop.body, (i) => {
        if (i.k === "push" && i.array === grows) throw new Unsupported(`a loop bound '${describe(test.right)}' of an array the loop pushes to`, s);
      });
    }
  }

  /**
   * `let i = a; … while (i < b) { …; i++ }` as the counted loop `for (let i = a; i < b; i++)`
   * (its counter then computed, not stored per pass), when: `i` is declared by `let` in the
   * block of the loop and written nowhere but by the step that ends the body (`i++`, `i += c`
   * with an integer c), `a` and `b` are loop bounds (constants, parameters, lengths), the body
   * has no `continue` (which would skip the step) and nothing after the loop reads `i`. Else
   * false, and the loop is lowered as a while loop.
   */
  private countedWhile(s: TS.WhileStatement): boolean {
    const condition = skipOuter(s.expression);
    if (!ts.isBinaryExpression(condition)) return false;
    const left = skipOuter(condition.left);
    const named = ts.isBinaryExpression(left) ? skipOuter(left.left) : left;
    if (!ts.isIdentifier(named)) return false;
    const symbol = this.symbol(named);
    const test = this.counterTest(condition, symbol);
    const decl = symbol.valueDeclaration, list = decl?.parent, declared = list?.parent, block = s.parent;
    if (!test || !decl || !ts.isVariableDeclaration(decl) || !decl.initializer || !list || !ts.isVariableDeclarationList(list) || !(list.flags & ts.NodeFlags.Let)) return false;
    if (!declared || !ts.isVariableStatement(declared) || declared.parent !== block || !(ts.isBlock(block) || ts.isSourceFile(block))) return false;
    const body = statementsOf(s.statement), last = body[body.length - 1];
    if (!last || !ts.isExpressionStatement(last)) return false;
    let step: number;
    try {
      step = this.step(last.expression, symbol);
    } catch (e) {
      if (e instanceof Unsupported) return false;
      throw e;
    }
    if ((step > 0) !== (test.op === "<" || test.op === "<=")) return false;
    const refersTo = (n: TS.Node) => ts.isIdentifier(n) && this.env.checker.getSymbolAtLocation(n) === symbol;
    const statements = block.statements, after = statements.slice(statements.indexOf(s) + 1);
    // Written only by the step; read by no function, by nothing after the loop; no `continue` of this loop.
    if (statements.some((t) => t !== s && this.assignsIn(t, symbol)) || body.slice(0, -1).some((t) => this.assignsIn(t, symbol))) return false;
    if (after.some((t) => someNode(t, refersTo)) || statements.some((t) => someNode(t, (n) => ts.isFunctionLike(n) && someNode(n, refersTo)))) return false;
    const continues = (t: TS.Node) => someNode(t, (n) => ts.isContinueStatement(n) && !n.label, (n) => ts.isFunctionLike(n) || ts.isIterationStatement(n, false))
      || someNode(t, (n) => ts.isContinueStatement(n) && !!n.label, ts.isFunctionLike);
    if (body.some(continues)) return false;
    // The start (the declaration's value, read at the loop) and the bound as a for loop's.
    const saved = this.out;
    this.out = [];
    let start: Expr, written: Expr;
    try {
      start = this.bound(decl.initializer);
      written = this.bound(test.right);
    } catch (e) {
      this.out = saved;
      if (e instanceof Unsupported) return false;
      throw e;
    }
    const computed = this.out;
    this.out = saved;
    for (const i of computed) this.emit(i);
    this.counted(symbol, named.text, start, test, written, step, s, () => this.list(body.slice(0, -1), "loop"));
    return true;
  }

  /** `for (const x of v)` over an array parameter: a counted loop with `x` naming `v[i]`. */
  private forOf(s: TS.ForOfStatement): void {
    const init = s.initializer;
    const shape = "a for…of loop other than `for (const x of v)` over an array parameter";
    if (s.awaitModifier || !ts.isVariableDeclarationList(init) || init.declarations.length !== 1) throw new Unsupported(shape, s);
    this.checkVar(init);
    if (this.forOfEntries(s, init.declarations[0]!)) return;
    const decl = init.declarations[0]!;
    const over = skipOuter(s.expression);
    if (!ts.isIdentifier(decl.name)) throw new Unsupported(shape, s);
    const data = this.data(over);
    if (data) {
      // Over data without derivatives (`for (const row of X)`): its elements are numbers or rows.
      if (this.reassigned.has(this.symbol(decl.name))) throw new Unsupported(`the loop variable '${decl.name.text}' assigned in the loop`, s);
      const counter = this.newVar("counter", "i");
      const loop: For = { k: "for", counter, start: { k: "lit", value: 0 }, test: "<", bound: { k: "length", row: data }, step: 1, body: [] };
      const element: Expr = { k: "elem", row: data, index: { k: "var", v: counter } };
      this.bindings.set(this.symbol(decl.name), isNumeric(typeOf(this.env, decl.name)) ? { k: "expr", e: element } : { k: "constant", data: element });
      this.loopBody(loop, s.statement);
      return;
    }
    // An array parameter, a matrix parameter's row (`W[i]`, `const w = W[i]`), an object's field, a local array.
    const part = this.reference(over);
    const binding = part?.k === "array" ? part : ts.isIdentifier(over) ? this.bindings.get(this.symbol(over)) : undefined;
    if (binding?.k !== "array" && binding?.k !== "local-array") throw new Unsupported(shape, s);
    const symbol = this.symbol(decl.name);
    if (this.reassigned.has(symbol)) throw new Unsupported(`the loop variable '${decl.name.text}' assigned in the loop`, s);
    const counter = this.newVar("counter", "i");
    const local = binding.k === "local-array" ? binding.array : undefined;
    const loop: For = { k: "for", counter, start: { k: "lit", value: 0 }, test: "<", bound: this.lengthOf(binding), step: 1, body: [] };
    if (binding.k === "array" && binding.array.matrix && !binding.outer) {
      // `for (const w of W)` over a matrix parameter: `w` names the row W[i].
      this.bindings.set(symbol, { k: "array", array: binding.array, outer: { k: "var", v: counter } });
      this.loopBody(loop, s.statement);
      return;
    }
    const element: Expr = this.elementOf(binding, { k: "var", v: counter }, s);
    if (local) {
      // The element may be written later in the pass: `x` names its value at the start.
      this.loopBody(loop, () => {
        this.bindings.set(symbol, { k: "expr", e: this.snapshot(element, decl.name.getText()) });
        this.list(statementsOf(s.statement), "loop");
      });
      // An array grown by push earlier is read at its length then (the reverse sweep undoes
      // the pushes after the loop's passes); a loop that pushes to it would change its bound.
      if (this.growable.has(local)) {
        walk(loop.body, (i) => {
          if (i.k === "push" && i.array === local) throw new Unsupported(`a for…of loop over '${describe(over)}', which the loop pushes to (its length changes)`, s);
        });
      }
      return;
    }
    this.bindings.set(symbol, { k: "expr", e: element });
    this.loopBody(loop, s.statement);
  }

  private loopBody(loop: Loop, body: TS.Statement | (() => void)): void {
    const jumps: LoopJumps = { breaks: false, continues: false, returns: false };
    this.loops.push(loop);
    this.frame.loops.push(jumps);
    const saved = this.out;
    this.out = loop.body;
    if (typeof body === "function") body();
    else this.list(statementsOf(body), "loop");
    this.out = saved;
    this.frame.loops.pop();
    this.loops.pop();
    const jump: Expr = { k: "var", v: this.frame.jump! };
    // A pass starts with nothing jumped (a `continue` of the last pass is over).
    if (jumps.continues || jumps.labelledContinues) loop.body.unshift({ k: "set", dst: this.frame.jump!, src: { k: "lit", value: JUMP.next } });
    if (jumps.breaks || jumps.returns || jumps.passes) {
      let going: Expr = { k: "bin", op: "<", a: jump, b: { k: "lit", value: JUMP.break } };
      // A `continue` to this loop's label from a loop inside goes on to the next pass.
      if (jumps.labelledContinues) going = { k: "bin", op: "||", a: going, b: { k: "bin", op: "===", a: jump, b: { k: "lit", value: jumps.label! + 1 } } };
      if (loop.k === "for") loop.exit = going;
      else loop.test = { k: "bin", op: "&&", a: going, b: loop.test };
    }
    this.emit(loop);
    // After the loop only a `return` is still pending (or a jump to a loop around it).
    if (jumps.passes && (jumps.breaks || jumps.continues || jumps.labelledContinues)) this.keepOuterJumps(jumps);
    else if (jumps.breaks || jumps.continues || jumps.labelledContinues) {
      const src: Expr = jumps.returns
        ? { k: "cond", test: { k: "bin", op: "===", a: jump, b: { k: "lit", value: JUMP.return } }, yes: { k: "lit", value: JUMP.return }, no: { k: "lit", value: JUMP.next } }
        : { k: "lit", value: JUMP.next };
      this.emit({ k: "set", dst: this.frame.jump!, src });
    }
  }

  /** A loop's start or bound: computed once, so it may not read a local that changes. */
  private bound(e: TS.Expression): Expr {
    const value = this.expr(e);
    // The length of an array that grows by push is read again in the reverse sweep, which
    // shrinks the array as it undoes the pushes: the same length, unless the loop pushes.
    if (value.k === "length" && value.local) return value;
    if (this.readsChanging(value) || (value.k === "var" && value.v.kind === "temp")) {
      throw new Unsupported(`the loop bound '${describe(e)}', which is computed in the function (use a parameter, a constant or a length)`, e);
    }
    return value;
  }

  /** `c` for a loop test's left side `i + c`, `-c` for `i - c` (c a number literal), else undefined. */
  private counterOffset(e: TS.Expression, symbol: TS.Symbol): number | undefined {
    const node = skipOuter(e);
    if (!ts.isBinaryExpression(node) || !this.isCounter(node.left, symbol)) return undefined;
    const right = skipOuter(node.right);
    if (!ts.isNumericLiteral(right)) return undefined;
    const c = Number(right.text);
    const op = node.operatorToken.kind;
    return op === ts.SyntaxKind.PlusToken ? c : op === ts.SyntaxKind.MinusToken ? -c : undefined;
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
    return someNode(node, (n) =>
      (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment && this.isCounter(n.left, symbol)) ||
      ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && this.isCounter(n.operand, symbol)));
  }

  // ---- expressions -------------------------------------------------------------------------

  /**
   * A condition on primal values: comparisons joined by `&&`, `||`, `!`, as one expression
   * (operations in it give their values; nothing is recorded, as a condition has no derivative).
   */
  private condition(e: TS.Expression): Expr {
    if (this.needsCode(e)) return this.codeCondition(e);
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
    if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) return { k: "lit", value: node.kind === ts.SyntaxKind.TrueKeyword ? 1 : 0 };
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) return { k: "not", a: this.test(node.operand) };
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) {
        return { k: "bin", op: op === ts.SyntaxKind.BarBarToken ? "||" : "&&", a: this.test(node.left), b: this.test(node.right) };
      }
      if (COMPARISONS.has(op)) return { k: "bin", op: JS_OPERATORS.get(op)!, a: this.operand(node.left), b: this.operand(node.right) };
    }
    if (this.env.checker.getTypeAtLocation(node).flags & ts.TypeFlags.BooleanLike && (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node))) return this.operand(node);
    throw new Unsupported(`the condition '${describe(e)}' (compiled code tests comparisons joined by &&, ||, !, and booleans)`, e);
  }

  private expr(e: TS.Expression): Expr {
    const node = skipOuter(e);
    if (ts.isNumericLiteral(node)) return { k: "lit", value: Number(node.text) };
    // In a callback of `rows.reduce` choosing a row, its row parameters give their row's index.
    const choice = this.rowChoices.size > 0 && ts.isIdentifier(node) ? this.rowChoices.get(this.symbol(node)) : undefined;
    if (choice) return choice;
    if (this.rowChoices.size > 0 && ts.isConditionalExpression(node)) return this.conditional(node);
    if (ts.isIdentifier(node)) return this.identifier(node);
    const constant = mathConstant(this.env, node) ?? numberConstant(this.env, node);
    if (constant !== undefined) return { k: "lit", value: constant };
    if (ts.isPropertyAccessExpression(node)) {
      const field = this.field(node);
      if (field) return field;
    }
    if (ts.isPropertyAccessExpression(node) && node.name.text === "length" && ts.isIdentifier(node.expression)) {
      const binding = this.bindings.get(this.symbol(node.expression));
      if (binding?.k === "array") return { k: "length", array: binding.array };
      if (binding?.k === "local-array") return { k: "length", local: binding.array };
    }
    if (ts.isPropertyAccessExpression(node) && node.name.text === "length") {
      const data = this.data(node.expression);
      if (data) return { k: "length", row: data };
    }
    const field = ts.isPropertyAccessExpression(node) && isNumeric(typeOf(this.env, node)) ? this.dataPath(node) : undefined;
    if (field !== undefined) return { k: "name", text: field };
    if (ts.isElementAccessExpression(node)) return this.element(node);
    if ((ts.isPostfixUnaryExpression(node) || ts.isPrefixUnaryExpression(node)) && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) {
      return this.increment(node);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "reduce" && !this.valueOnly) {
      const ref = this.arrayRef(node.expression.expression);
      if (ref) return this.reduce(node, ref);
    }
    if (!isNumeric(typeOf(this.env, node))) throw new Unsupported(`'${describe(node)}', which is not a number`, node);
    if (ts.isConditionalExpression(node)) return this.conditional(node);
    const extremum = ts.isCallExpression(node) ? this.spreadExtremum(node) ?? this.spreadHypot(node) : undefined;
    if (extremum) return extremum;
    const spread = ts.isCallExpression(node) ? node.arguments.find(ts.isSpreadElement) : undefined;
    if (spread) {
      const hint = isGlobalMath(this.env, (node as TS.CallExpression).expression.kind === ts.SyntaxKind.PropertyAccessExpression ? ((node as TS.CallExpression).expression as TS.PropertyAccessExpression).expression : node) ? "; Math.max, Math.min and Math.hypot take spreads of arrays" : "";
      throw new Unsupported(`the spread '${describe(spread)}' in '${describe(node)}' (compiled code takes arguments written out${hint})`, spread);
    }
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
      const name = primitiveCall(this.env, node) ?? this.variadic(node);
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
    if (binding?.k === "array" || binding?.k === "local-array") throw new Unsupported(`the array '${node.text}' used as a whole`, node);
    if (binding?.k === "object") throw new Unsupported(`the object '${node.text}' used as a whole (compiled code reads its fields)`, node);
    if (binding?.k === "constant") throw new Unsupported(`the array '${node.text}' used as a whole`, node);
    const name = this.captured(node);
    if (name !== undefined) return { k: "name", text: name };
    if ((node.text === "Infinity" || node.text === "NaN") && this.symbol(node).declarations?.every((d) => d.getSourceFile().isDeclarationFile)) {
      return { k: "lit", value: node.text === "NaN" ? NaN : Infinity };
    }
    const declaration = this.symbol(node).valueDeclaration;
    if (declaration && ts.findAncestor(declaration.parent, ts.isFunctionLike) && !isWithin(declaration, this.fn)) {
      throw new Unsupported(`'${node.text}', a local of the function around this one that may carry a derivative or is not seen where the transform is called`, node);
    }
    throw new Unsupported(`'${node.text}', which is neither a local of the function nor a constant of the module`, node);
  }

  /** The name compiled code reads a module constant by (see `capturedConstant`), else undefined. */
  private captured(node: TS.Identifier): string | undefined {
    const constant = capturedConstant(this.file, node, this.site, this.imports);
    if (constant !== undefined) return constant;
    const local = capturedLocal(this.file, node, this.fn, this.site);
    if (local !== undefined) this.scoped = true;
    return local;
  }

  /**
   * An array of data without derivatives, as the expression that reads it: a module constant
   * (`X`, `number[][]` included), a row of one (`X[i]`), a local or a helper's parameter naming
   * one; undefined for anything else (numbers, parameters, local arrays).
   */
  private data(e: TS.Expression): Expr | undefined {
    const node = skipOuter(e);
    if (!this.isDataArray(typeOf(this.env, node))) return undefined;
    if (ts.isIdentifier(node)) {
      const symbol = this.env.checker.getSymbolAtLocation(node);
      const binding = symbol && this.bindings.get(symbol);
      if (binding) return binding.k === "constant" ? binding.data : undefined;
      const name = symbol && this.captured(node);
      return name === undefined ? undefined : { k: "name", text: name };
    }
    if (ts.isPropertyAccessExpression(node)) {
      // A field of an object parameter read as data (`opts.w`, see `leftOutParameter`).
      const ref = this.reference(node);
      if (ref?.k === "constant") return ref.data;
      const field = this.dataPath(node);
      return field === undefined ? undefined : { k: "name", text: field };
    }
    if (ts.isElementAccessExpression(node)) {
      const outer = this.data(node.expression);
      if (!outer) return undefined;
      const index = this.expr(node.argumentExpression);
      if (this.mayBeActive(index)) throw new Unsupported(`the index '${describe(node.argumentExpression)}', which may carry a derivative`, node);
      return { k: "elem", row: outer, index: this.snapshot(index, "row") };
    }
    return undefined;
  }

  private element(node: TS.ElementAccessExpression): Expr {
    const base = skipOuter(node.expression);
    const ref = this.reference(base);
    // A parameter's array, or an array field of a record or of data (`o.shift[k]`).
    const part = ref ?? (ts.isPropertyAccessExpression(base) ? this.fieldOf(base) : undefined);
    if (part?.k === "array" || part?.k === "local-array" || part?.k === "constant") {
      const index = this.expr(node.argumentExpression);
      if (this.mayBeActive(index)) throw new Unsupported(`the index '${describe(node.argumentExpression)}', which may carry a derivative`, node);
      return this.elementOf(part, index, node);
    }
    if (!ts.isIdentifier(base)) {
      const data = this.data(base);
      if (!data && ts.isCallExpression(base) && ts.isPropertyAccessExpression(base.expression) && base.expression.name.text === "reduce") {
        const rows = this.arrayRef(base.expression.expression);
        if (rows && base.arguments.length === 1 && this.rowsOf(rows, base.expression.expression)) {
          throw new Unsupported(`'${describe(base)}' over rows without a start value, in place (compiled code takes \`const best = W.reduce((a, row) => … ? row : a)\`, a row chosen and named)`, base);
        }
      }
      if (!data) throw new Unsupported(`the element '${describe(node)}' of an array that is not a parameter`, node);
      const index = this.expr(node.argumentExpression);
      if (this.mayBeActive(index)) throw new Unsupported(`the index '${describe(node.argumentExpression)}', which may carry a derivative`, node);
      return { k: "elem", row: data, index };
    }
    const index = this.expr(node.argumentExpression);
    if (this.mayBeActive(index)) throw new Unsupported(`the index '${describe(node.argumentExpression)}', which may carry a derivative`, node);
    const binding = this.bindings.get(this.symbol(base));
    if (binding?.k === "array") return { k: "elem", array: binding.array, index };
    if (binding?.k === "local-array") return { k: "elem", local: binding.array, index };
    if (binding?.k === "constant") return { k: "elem", row: binding.data, index };
    const name = binding ? undefined : this.captured(base);
    if (name !== undefined) return { k: "elem", row: { k: "name", text: name }, index };
    throw new Unsupported(`the element '${describe(node)}' of an array that is neither a parameter, a local array nor a constant of the module`, node);
  }

  /** `Math.max`/`Math.min` of three or more arguments, `Math.hypot` (or typegrad's own): the table's variadic rule. */
  private variadic(node: TS.CallExpression): string | undefined {
    if (node.arguments.some(ts.isSpreadElement)) return undefined;
    const callee = resolveCallee(this.env, node);
    const fn = callee.kind === "math" ? callee.name : callee.kind === "typegrad" ? symbolOf(this.env, node.expression)?.name : undefined;
    return fn === undefined ? undefined : variadicRule(fn, node.arguments.length);
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
  private inline(node: TS.CallExpression, callee: FunctionNode, test = false): Expr {
    const what = `the call '${describe(node)}'`;
    if (this.valueOnly) throw new Unsupported(`${what} inside a condition`, node);
    if (this.inlining.includes(callee) || callee === this.root) throw new Unsupported(`${what}, which is recursive`, node);
    if (this.inlining.length >= 8) throw new Unsupported(`${what}, nested more than 8 calls deep`, node);
    if (!ts.isFunctionDeclaration(callee) && !ts.isArrowFunction(callee) && !ts.isFunctionExpression(callee)) throw new Unsupported(`${what} of a method`, node);
    if (!callee.body || callee.asteriskToken || callee.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) throw new Unsupported(`${what} of a generator, async or body-less function`, node);
    if (node.arguments.some(ts.isSpreadElement) || node.arguments.length !== callee.parameters.length) throw new Unsupported(`${what} with another number of arguments than parameters`, node);
    const saved = { fn: this.fn, frame: this.frame };
    this.findReassigned(callee.body);
    const args = node.arguments.map((a, k) => {
      const p = callee.parameters[k]!;
      // `{ rate, mode }: Options` names the fields of the object given (a parameter, a record, data).
      if (ts.isArrayBindingPattern(p.name) || p.initializer || p.questionToken || p.dotDotDotToken) throw new Unsupported(`${what}: its parameter '${describe(p)}' is destructured as an array, optional or a rest`, p);
      const arg = skipOuter(a);
      if (ts.isIdentifier(arg)) {
        const binding = this.bindings.get(this.symbol(arg));
        if (binding?.k === "array" || binding?.k === "local-array" || binding?.k === "constant") return binding;
      }
      // A parameter's part passed on (a matrix's row `W[j]`, an object, a field `p.w`).
      const part = this.reference(arg);
      if (part && part.k !== "expr") return part;
      // Data without derivatives passed on (a module constant, a row `X[i]`): the callee reads its elements.
      const data = this.data(arg);
      if (data) return { k: "constant", data } as const;
      // A record written in place (`fit(x, { rate: 0.5, steps: 3 })`), or a module constant object (`fit(x, OPTIONS)`).
      if (ts.isObjectLiteralExpression(arg)) return this.record(arg);
      const path = this.isObjectShape(typeOf(this.env, arg)) ? this.dataPath(arg) : undefined;
      const fields = path === undefined ? undefined : this.dataBinding(path, typeOf(this.env, arg), arg, 0);
      return fields?.binding.k === "object" ? fields.binding : undefined;
    });
    // A string or boolean argument (`loss(w, "l2")`, a flag passed on) names what it compares.
    const words = node.arguments.map((a, k) => (!args[k] && this.isWord(typeOf(this.env, callee.parameters[k]!)) ? this.operand(a) : undefined));
    const values = node.arguments.map((a, k) => (args[k] || words[k] ? undefined : this.expr(a)));
    callee.parameters.forEach((p, k) => {
      if (ts.isObjectBindingPattern(p.name)) {
        const given = args[k];
        if (given?.k !== "object") throw new Unsupported(`${what}: its destructured parameter '${describe(p)}' given '${describe(node.arguments[k]!)}', which is not an object the compiled code reads`, p);
        this.bindFields(p.name, given);
        return;
      }
      const symbol = this.symbol(p.name as TS.Identifier);
      const array = args[k];
      if (array) {
        this.bindings.set(symbol, array);
        return;
      }
      const word = words[k];
      if (word) {
        if (this.reassigned.has(symbol)) throw new Unsupported(`${what}: its parameter '${describe(p)}', a string or boolean assigned again`, p);
        this.bindings.set(symbol, { k: "expr", e: word });
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
    if (!this.nested.has(callee)) this.fn = callee;
    this.frame = { void: false, loops: [], ...(test ? { test } : {}) };
    try {
      const body = callee.body;
      return ts.isBlock(body) ? this.functionBody(body.statements) : test ? this.codeTest(body) : this.expr(body);
    } finally {
      this.inlining.pop();
      this.fn = saved.fn;
      this.frame = saved.frame;
    }
  }

  /**
   * `return [a, b, …]` of the function being compiled: its entries are the results; in a
   * branch they are copied into one variable per entry, the same for every `return`.
   */
  private returnArray(e: TS.Expression, last: boolean): Expr {
    const node = skipOuter(e);
    if (!ts.isArrayLiteralExpression(node)) return this.returnLocalArray(e);
    if (node.elements.some(ts.isSpreadElement)) {
      throw new Unsupported(`the result '${describe(e)}' (compiled code returns an array written out without spreads, a local array or \`v.map(…)\`)`, e);
    }
    if (this.resultArray) throw new Unsupported("`return`s of a local array and of an array written out (return one of the two)", e);
    const values = node.elements.map((x) => this.expr(x));
    if (last && !this.resultVars) {
      this.results = values;
      return { k: "lit", value: 0 };
    }
    this.resultVars ??= values.map((_, k) => this.newVar("local", `result${k}`));
    if (this.resultVars.length !== values.length) throw new Unsupported("`return`s of arrays of different lengths", e);
    values.forEach((v, k) => this.emit({ k: "set", dst: this.resultVars![k]!, src: v }));
    return { k: "lit", value: 0 };
  }

  /**
   * `return out` of a local array the function makes, or `return v.map(…)`: the result is that
   * array, its length known only at run time. Every `return` names the same array, made outside
   * any loop; an argument returned as it is stays on the tape.
   */
  private returnLocalArray(e: TS.Expression): Expr {
    const node = skipOuter(e);
    const why = (what: string) => new Unsupported(`the result '${describe(e)}', ${what} (compiled code returns an array written out, \`[a, b, …]\`, a local array the function makes, or \`v.map(…)\`)`, e);
    let array: LocalArray | undefined;
    if (ts.isIdentifier(node)) {
      const binding = this.bindings.get(this.symbol(node));
      if (binding?.k === "array" || binding?.k === "constant") array = this.copyOf(binding, node.text);
      else if (binding?.k !== "local-array") throw why("which is not an array the function makes");
      else array = binding.array;
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "map") {
      const ref = this.arrayRef(node);
      if (ref?.k !== "local-array") throw why("which maps an array the compiled code cannot read");
      array = ref.array;
    } else {
      throw why("which is neither written out nor a local array");
    }
    if (array.loops.length > 0) throw why("an array made inside a loop");
    if (this.results || this.resultVars) throw new Unsupported("`return`s of a local array and of an array written out (return one of the two)", e);
    if (this.resultArray && this.resultArray !== array) throw new Unsupported(`\`return\`s of different local arrays ('${this.resultArray.name}' and '${array.name}'; return one array)`, e);
    this.resultArray = array;
    return { k: "lit", value: 0 };
  }

  // ---- parameters that are matrices, objects or data (compiled reverse code) -----------------

  /**
   * The binding of a parameter beyond numbers and arrays of numbers, for `grad`/`valueAndGrad`'s
   * code: data (a parameter `argnums` leaves out, typed as an array of numbers or of rows, read
   * like a module constant), a matrix (`number[][]`, `Float64Array[]`), or a plain object whose
   * fields are numbers, arrays of numbers and matrices; undefined for any other parameter.
   */
  private structuredParameter(p: TS.ParameterDeclaration, index: number, type: TS.Type): { binding: Binding; param: Param } | undefined {
    const name = ts.isIdentifier(p.name) ? p.name.text : `arg${index}`;
    const left = this.leftOutParameter(p, index, type);
    if (left) return left;
    if (this.isWord(type)) throw new Unsupported(this.wordReason(name, index, type), p);
    // Vector code (jacfwd, jacrev, jacobian, vjp) takes them too; plain forward code takes numbers.
    if ((this.mode !== "reverse" && !this.vector) || type.flags & ts.TypeFlags.NumberLike) return undefined;
    const structured = this.isMatrix(type) || this.isPlainObject(type);
    if (structured && ts.isIdentifier(p.name) && this.reassigned.has(this.symbol(p.name))) throw new Unsupported(`the parameter '${name}' is reassigned`, p);
    if (this.isMatrix(type)) {
      const array: ArrayParam = { name, index, list: true, matrix: true };
      return { binding: { k: "array", array }, param: { k: "array", array } };
    }
    if (!this.isPlainObject(type)) return undefined;
    return this.objectParameter(name, index, type, p);
  }

  /**
   * A parameter the call's literal `argnums` leaves out (reverse mode), read as data: an array of
   * numbers or of rows ("D", read like a module constant), a number ("N", a plain number: it may
   * bound loops), a string or boolean ("W", passed through as it is, only compared), or a plain
   * object of those ("{lr:N,…}", its fields read `opts$data.lr`); undefined for any other parameter.
   */
  private leftOutParameter(p: TS.ParameterDeclaration, index: number, type: TS.Type): { binding: Binding; param: Param } | undefined {
    if (this.mode !== "reverse" || this.vector || !this.dataParams.includes(index) || !ts.isIdentifier(p.name)) return undefined;
    const text = `${p.name.text}$data`;
    if (this.isDataArray(type)) return { binding: { k: "constant", data: { k: "name", text } }, param: { k: "data", name: text } };
    const data = this.dataBinding(text, type, p, 0);
    if (!data) return undefined;
    if (this.reassigned.has(this.symbol(p.name))) throw new Unsupported(`the parameter '${p.name.text}' is reassigned`, p);
    return { binding: data.binding, param: { k: "data", name: text, kind: data.kind } };
  }

  /** The binding and kinds entry of data read through `path` (see `leftOutParameter`), or undefined for a type that is not data. */
  private dataBinding(path: string, type: TS.Type, node: TS.Node, depth: number): { binding: Binding; kind: string } | undefined {
    if (type.flags & ts.TypeFlags.NumberLike) return { binding: { k: "expr", e: { k: "name", text: path } }, kind: "N" };
    if (this.isWord(type)) return { binding: { k: "expr", e: { k: "name", text: path } }, kind: "W" };
    if (depth > 0 && this.isDataArray(type)) return { binding: { k: "constant", data: { k: "name", text: path } }, kind: "D" };
    if (depth > 3 || !this.isObjectShape(type)) return undefined;
    const fields = new Map<string, Binding>();
    const kinds: string[] = [];
    for (const property of type.getProperties()) {
      if (property.flags & (ts.SymbolFlags.Optional | ts.SymbolFlags.Method | ts.SymbolFlags.Accessor) || !/^[A-Za-z_$][\w$]*$/.test(property.name)) return undefined;
      const field = this.dataBinding(`${path}.${property.name}`, this.env.checker.getTypeOfSymbolAtLocation(property, node), node, depth + 1);
      if (!field) return undefined;
      fields.set(property.name, field.binding);
      kinds.push(`${property.name}:${field.kind}`);
    }
    return { binding: { k: "object", fields }, kind: `{${kinds.join(",")}}` };
  }

  /** True for a plain object type with fields (a type literal or an interface; not a class, an array or a function). */
  private isObjectShape(type: TS.Type): boolean {
    const checker = this.env.checker;
    if (!(type.flags & ts.TypeFlags.Object) || checker.isArrayType(type) || checker.isTupleType(type) || type.symbol?.name === "Float64Array") return false;
    if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0 || checker.getIndexInfosOfType(type).length > 0) return false;
    if (type.symbol && type.symbol.flags & ts.SymbolFlags.Class) return false;
    return type.getProperties().length > 0 && !this.env.oracle.mentionsActive(type);
  }

  /** Why a string or boolean parameter keeps the function on the tape. */
  private wordReason(name: string, index: number, type: TS.Type): string {
    const what = `the parameter '${name}' of type ${this.env.checker.typeToString(type)}`;
    if (this.mode !== "reverse" || this.vector) {
      return `${what} (compiled forward and vector code takes numbers and arrays of numbers; a string or boolean parameter compiles for grad and valueAndGrad when argnums leaves it out)`;
    }
    const others = this.fn.parameters.map((_, k) => k).filter((k) => k !== index);
    return `${what}, which the transform differentiates (the tape refuses a string or boolean there: leave it out, { argnums: ${others.length === 1 ? others[0] : `[${others.join(", ")}]`} }, and compiled code reads it as it is)`;
  }

  /** An object parameter (or an object field of one, named `name`): a binding and a parameter per field. */
  private objectParameter(name: string, index: number, type: TS.Type, node: TS.Node): { binding: Binding & { k: "object" }; param: Param } {
    const fields = new Map<string, Binding>();
    const params: { key: string; param: Param }[] = [];
    for (const property of type.getProperties()) {
      const key = property.name, part = `${name}_${key}`;
      const t = this.env.checker.getTypeOfSymbolAtLocation(property, node);
      if (t.flags & ts.TypeFlags.NumberLike) {
        const v = this.newVar("param", part);
        v.active = true;
        fields.set(key, { k: "expr", e: { k: "var", v } });
        params.push({ key, param: { k: "number", v } });
      } else if (this.isNumberArray(t) || this.isMatrix(t)) {
        const array: ArrayParam = { name: part, index, list: this.env.checker.isArrayType(t), ...(this.isMatrix(t) ? { matrix: true } : {}) };
        fields.set(key, { k: "array", array });
        params.push({ key, param: { k: "array", array } });
      } else {
        const inner = this.objectParameter(part, index, t, node);
        fields.set(key, inner.binding);
        params.push({ key, param: inner.param });
      }
    }
    return { binding: { k: "object", fields }, param: { k: "object", name, fields: params } };
  }

  /** True for an array whose elements are arrays of numbers or Float64Arrays (`number[][]`, `Float64Array[]`). */
  private isMatrix(type: TS.Type): boolean {
    const checker = this.env.checker;
    if (!checker.isArrayType(type) || this.env.oracle.mentionsActive(type)) return false;
    const row = checker.getTypeArguments(type as TS.TypeReference)[0];
    return !!row && this.isNumberArray(row);
  }

  /**
   * True for a plain object type (a type literal, an interface, not a class, an array or a
   * function) with at least one field, each required, named by an identifier, and a number, an
   * array of numbers, a matrix or such an object (nested at most four deep).
   */
  private isPlainObject(type: TS.Type, depth = 0): boolean {
    const checker = this.env.checker;
    if (depth > 3) return false;
    if (!(type.flags & ts.TypeFlags.Object) || checker.isArrayType(type) || checker.isTupleType(type) || type.symbol?.name === "Float64Array") return false;
    if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0 || checker.getIndexInfosOfType(type).length > 0) return false;
    if (type.symbol && type.symbol.flags & ts.SymbolFlags.Class) return false;
    const properties = type.getProperties();
    if (properties.length === 0 || this.env.oracle.mentionsActive(type)) return false;
    return properties.every((property) => {
      if (property.flags & (ts.SymbolFlags.Optional | ts.SymbolFlags.Method | ts.SymbolFlags.Accessor) || !/^[A-Za-z_$][\w$]*$/.test(property.name)) return false;
      const declaration = property.valueDeclaration;
      if (!declaration) return false;
      const t = checker.getTypeOfSymbolAtLocation(property, declaration);
      return !!(t.flags & ts.TypeFlags.Number) || this.isNumberArray(t) || this.isMatrix(t) || this.isPlainObject(t, depth + 1);
    });
  }

  /**
   * The parameter (or the part of one) `e` names: an array, a matrix, a matrix's row `W[i]`, an
   * object, or an object's field `p.w` (a number field gives its value); undefined otherwise.
   */
  private reference(e: TS.Expression): Binding | undefined {
    const node = skipOuter(e);
    if (ts.isIdentifier(node)) {
      const symbol = this.env.checker.getSymbolAtLocation(node);
      const binding = symbol && this.bindings.get(symbol);
      return binding?.k === "array" || binding?.k === "object" ? binding : undefined;
    }
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.name)) {
      const owner = this.reference(node.expression);
      return owner?.k === "object" ? owner.fields.get(node.name.text) : undefined;
    }
    if (ts.isElementAccessExpression(node)) {
      const owner = this.reference(node.expression);
      if (owner?.k !== "array" || !owner.array.matrix || owner.outer) return undefined;
      const index = this.expr(node.argumentExpression);
      if (this.mayBeActive(index)) throw new Unsupported(`the index '${describe(node.argumentExpression)}', which may carry a derivative`, node);
      return { k: "array", array: owner.array, outer: this.snapshot(index, "row") };
    }
    return undefined;
  }

  /** `p.b` (a number field's value) and `W[i].length`, `p.w.length`; undefined for other property reads. */
  private field(node: TS.PropertyAccessExpression): Expr | undefined {
    const owner = this.reference(node.expression) ?? (ts.isPropertyAccessExpression(node.expression) ? this.fieldOf(node.expression) : undefined);
    if ((owner?.k === "array" || owner?.k === "local-array" || owner?.k === "constant") && node.name.text === "length") return this.lengthOf(owner);
    if (owner?.k !== "object") return undefined;
    const field = owner.fields.get(node.name.text);
    if (field?.k === "expr") return field.e;
    throw new Unsupported(`the field '${describe(node)}' used as a whole (compiled code reads its elements)`, node);
  }

  /** The field `p.w` of an object (a parameter, a record, data), any binding; undefined otherwise. */
  private fieldOf(node: TS.PropertyAccessExpression): Binding | undefined {
    const owner = this.reference(node.expression);
    return owner?.k === "object" ? owner.fields.get(node.name.text) : undefined;
  }

  /** `const { w, b } = p` of an object parameter: each name is its field (a number field's value). */
  private destructureParameter(pattern: TS.ObjectBindingPattern, init: TS.Expression): boolean {
    const ref = this.reference(init);
    if (ref?.k !== "object") return false;
    this.bindFields(pattern, ref);
    return true;
  }

  /** The names of `{ w, b: bias }` bound to the fields of object `ref` (a number field's value, a local when reassigned). */
  private bindFields(pattern: TS.ObjectBindingPattern, ref: Extract<Binding, { k: "object" }>): void {
    for (const element of pattern.elements) {
      const key = element.propertyName ?? element.name;
      if (!ts.isIdentifier(element.name) || !ts.isIdentifier(key) || element.initializer || element.dotDotDotToken) throw new Unsupported(`the destructured field '${describe(element)}'`, element);
      const field = ref.fields.get(key.text);
      if (!field) throw new Unsupported(`the field '${key.text}', which the parameter's type does not have`, element);
      const symbol = this.symbol(element.name);
      if (!this.reassigned.has(symbol)) {
        this.bindings.set(symbol, field);
        continue;
      }
      if (field.k !== "expr") throw new Unsupported(`the field '${element.name.text}' assigned again`, element);
      const v = this.newVar("local", element.name.text);
      this.bindings.set(symbol, { k: "local", v });
      this.emit({ k: "set", dst: v, src: field.e });
    }
  }

  /** True for arrays (and tuples) of numbers, `Float64Array`, and arrays of those (`number[][]`). */
  private isDataArray(type: TS.Type): boolean {
    const checker = this.env.checker;
    if (type.symbol?.name === "Float64Array") return true;
    if (!checker.isArrayType(type) && !checker.isTupleType(type)) return false;
    const elements = checker.getTypeArguments(type as TS.TypeReference);
    return elements.length > 0 && elements.every((t) => isNumeric(t) || this.isDataArray(t)) && !this.env.oracle.mentionsActive(type);
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
    let active = false;
    const branch = (e: TS.Expression): Instr[] => {
      const saved = this.out;
      this.out = [];
      const src = this.expr(e);
      active ||= this.mayBeActive(src);
      this.emit({ k: "set", dst: v, src });
      const block = this.out;
      this.out = saved;
      return block;
    };
    const yes = branch(node.whenTrue), no = branch(node.whenFalse);
    // A choice between values without derivatives (`x[k > 0 ? k - 1 : 0]`) is one too.
    if (!active) this.plain.add(v);
    this.emit({ k: "if", test, yes, no });
    return { k: "var", v };
  }

  // ---- conditions that need code -------------------------------------------------------------

  /**
   * True when `e`, lowered as a condition, needs code before its test: a call of the program's
   * own functions (inlined), a spread into `Math.max`/`Math.min`, a `reduce`.
   */
  private needsCode(e: TS.Node): boolean {
    return someNode(e, (n) => {
      if (!ts.isCallExpression(n)) return false;
      const method = ts.isPropertyAccessExpression(n.expression) ? n.expression.name.text : undefined;
      return n.arguments.some(ts.isSpreadElement) || method === "reduce" || resolveCallee(this.env, n).kind === "program";
    }, ts.isFunctionLike);
  }


  /**
   * A condition whose operands need code (`if (isSmall(x[i]))`, `norm(v) > tol`): the code is
   * emitted before the test, in the order JavaScript evaluates it; the right operand of `&&`
   * and `||` runs only when JavaScript would evaluate it (a flag carries the left's answer).
   */
  private codeCondition(e: TS.Expression): Expr {
    const saved = this.valueOnly;
    this.valueOnly = false;
    try {
      return this.codeTest(e);
    } finally {
      this.valueOnly = saved;
    }
  }

  private codeTest(e: TS.Expression): Expr {
    const node = skipOuter(e);
    if (!this.needsCode(node)) return this.condition(node);
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) return { k: "not", a: this.codeTest(node.operand) };
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) {
        const flag = this.newVar("local", "test");
        this.plain.add(flag);
        this.emit({ k: "set", dst: flag, src: this.codeTest(node.left) });
        const saved = this.out;
        this.out = [];
        this.emit({ k: "set", dst: flag, src: this.codeTest(node.right) });
        const right = this.out;
        this.out = saved;
        const test: Expr = op === ts.SyntaxKind.AmpersandAmpersandToken ? { k: "var", v: flag } : { k: "not", a: { k: "var", v: flag } };
        this.emit({ k: "if", test, yes: right, no: [] });
        return { k: "var", v: flag };
      }
      if (COMPARISONS.has(op)) {
        // The left operand's value is taken before the right one's code runs.
        const left = this.operand(node.left);
        const a = this.needsCode(node.right) ? this.snapshot(left, "a") : left;
        return { k: "bin", op: JS_OPERATORS.get(op)!, a, b: this.operand(node.right) };
      }
    }
    if (ts.isCallExpression(node) && this.env.checker.getTypeAtLocation(node).flags & ts.TypeFlags.BooleanLike) {
      const callee = resolveCallee(this.env, node);
      if (callee.kind === "program" && callee.fn) return this.inline(node, callee.fn, true);
    }
    throw new Unsupported(`the condition '${describe(e)}' (compiled code tests comparisons joined by &&, ||, !, and calls of the program's functions returning a boolean)`, e);
  }

  /**
   * `while (test) body`. A test that needs code (a helper called in it, `while (norm(v) > tol)`)
   * is computed into a flag before the loop and again at the end of each pass.
   */
  private whileStatement(s: TS.WhileStatement): void {
    if (this.countedWhile(s)) return;
    const saved = this.out;
    this.out = [];
    const test = this.condition(s.expression);
    const code = this.out;
    this.out = saved;
    if (code.length === 0) return this.loopBody({ k: "while", test, body: [] }, s.statement);
    for (const i of code) this.emit(i);
    const flag = this.newVar("local", "going");
    this.plain.add(flag);
    this.emit({ k: "set", dst: flag, src: test });
    this.loopBody({ k: "while", test: { k: "var", v: flag }, body: [] }, () => {
      this.list(statementsOf(s.statement), "loop");
      this.emit({ k: "set", dst: flag, src: this.condition(s.expression) });
    });
  }

  // ---- Math.max / Math.min of a spread ----------------------------------------------------------

  /**
   * `Math.<fn>(a, ...v, b)` with a spread, `fn` one of `names`: its arguments read once (written
   * ones snapshotted, spread arrays walked by `each`), or undefined for another call.
   */
  private spreadCall(node: TS.CallExpression, names: readonly string[]): { fn: string; parts: SpreadPart[]; each: (visit: (e: Expr) => void) => void } | undefined {
    if (!node.arguments.some(ts.isSpreadElement)) return undefined;
    const callee = resolveCallee(this.env, node);
    const fn = callee.kind === "math" ? callee.name : callee.kind === "typegrad" ? symbolOf(this.env, node.expression)?.name : undefined;
    if (fn === undefined || !names.includes(fn)) return undefined;
    if (this.valueOnly) throw new Unsupported(`'${describe(node)}' inside a condition`, node);
    const parts = node.arguments.map((a): SpreadPart => {
      if (!ts.isSpreadElement(a)) return { k: "one", e: this.snapshot(this.expr(a), "arg") };
      const ref = this.arrayRef(a.expression);
      if (!ref) throw new Unsupported(`the spread '${describe(a)}' in '${describe(node)}' (compiled code spreads parameters, local arrays, data and map's results)`, a);
      return { k: "many", ref };
    });
    const each = (visit: (e: Expr) => void): void => {
      for (const part of parts) {
        if (part.k === "one") visit(part.e);
        else this.overArray(part.ref, 0, (element) => visit(element));
      }
    };
    return { fn, parts, each };
  }

  /**
   * `Math.max(...v)`, `Math.min(a, ...v.map(f), b)` (or typegrad's `max`/`min`): the value m is
   * computed natively (`m = Math.max(m, e)` from -Infinity, the same number as one call), then the
   * number k of arguments equal to m; the result is a chain `acc = tie(acc, e, w)` over the
   * arguments, whose value is m and whose partial in each argument is its share w of the table's
   * rule — 1/k for the k tied arguments, 0 for the others; with no winner (a NaN), ½ each for two
   * arguments and 1 for one (the two-argument kernel), NaN for more. Undefined for other calls.
   */
  private spreadExtremum(node: TS.CallExpression): Expr | undefined {
    const spread = this.spreadCall(node, ["max", "min"]);
    if (!spread) return undefined;
    const { fn, parts, each } = spread;
    const lit = (value: number): Expr => ({ k: "lit", value });
    const running = this.newVar("local", fn);
    this.plain.add(running);
    this.emit({ k: "set", dst: running, src: lit(fn === "max" ? -Infinity : Infinity) });
    each((e) => this.emit({ k: "set", dst: running, src: { k: "math", fn, args: [{ k: "var", v: running }, e] } }));
    const m = this.snapshot({ k: "var", v: running }, fn);
    const active = parts.some((p) => (p.k === "one" ? this.mayBeActive(p.e) : p.ref.k !== "constant"));
    if (!active) return m;
    const count = parts.map((p) => (p.k === "one" ? lit(1) : this.lengthOf(p.ref))).reduce((a, b): Expr => ({ k: "bin", op: "+", a, b }));
    const is = (a: Expr, b: Expr): Expr => ({ k: "bin", op: "===", a, b });
    const tally = this.newVar("local", "ties");
    this.plain.add(tally);
    this.emit({ k: "set", dst: tally, src: lit(0) });
    each((e) => this.emit({ k: "set", dst: tally, src: { k: "bin", op: "+", a: { k: "var", v: tally }, b: { k: "cond", test: is(e, m), yes: lit(1), no: lit(0) } } }));
    const ties = this.snapshot({ k: "var", v: tally }, "ties");
    const share = this.newVar("temp", "share");
    const none: Expr = { k: "cond", test: is(count, lit(1)), yes: lit(1), no: { k: "cond", test: is(count, lit(2)), yes: lit(0.5), no: lit(NaN) } };
    this.emit({ k: "set", dst: share, src: { k: "cond", test: is(ties, lit(0)), yes: none, no: { k: "bin", op: "/", a: lit(1), b: ties } } });
    const acc = this.newVar("local", fn === "max" ? "largest" : "smallest");
    this.emit({ k: "set", dst: acc, src: m });
    each((e) => {
      const w: Expr = { k: "cond", test: { k: "bin", op: "||", a: is(ties, lit(0)), b: is(e, m) }, yes: { k: "var", v: share }, no: lit(0) };
      this.emit({ k: "set", dst: acc, src: this.prim("tie", [{ k: "var", v: acc }, e, w]) });
    });
    return { k: "var", v: acc };
  }

  // ---- fields of module constant objects ----------------------------------------------------

  /**
   * The path compiled code reads a field of a module constant object by (`config.rate`,
   * `config.offsets`, `opts.solver.tol`; the object without derivatives, read through an import
   * where the call site's file does not see it), else undefined.
   */
  private dataPath(e: TS.Expression): string | undefined {
    const node = skipOuter(e);
    if (ts.isIdentifier(node)) {
      const symbol = this.env.checker.getSymbolAtLocation(node);
      if (!symbol || this.bindings.has(symbol)) return undefined;
      return this.captured(node);
    }
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.name) && !node.questionDotToken) {
      // A declared, required field (not one of an index signature, `Record<string, number>`, which may be missing).
      const field = this.env.checker.getSymbolAtLocation(node.name);
      if (!field || !(field.flags & ts.SymbolFlags.Property) || field.flags & ts.SymbolFlags.Optional) return undefined;
      const base = this.dataPath(node.expression);
      return base === undefined ? undefined : `${base}.${node.name.text}`;
    }
    return undefined;
  }

  /**
   * `const { rate, offsets: o } = config` of a module constant object: each name reads its
   * field (a number, or an array of numbers as data); false when `init` is no such object.
   */
  private destructureFields(pattern: TS.ObjectBindingPattern, init: TS.Expression): boolean {
    const path = this.dataPath(init);
    if (path === undefined) return false;
    for (const element of pattern.elements) {
      const property = element.propertyName ?? element.name;
      if (!ts.isIdentifier(element.name) || element.initializer || element.dotDotDotToken || !(ts.isIdentifier(property) || ts.isStringLiteral(property))) {
        throw new Unsupported(`the destructured field '${describe(element)}' (compiled code names fields, without defaults, rest or nested patterns)`, element);
      }
      const declared = typeOf(this.env, init).getProperty(property.text);
      if (!declared || declared.flags & ts.SymbolFlags.Optional) throw new Unsupported(`the field '${property.text}' of '${describe(init)}', which its type does not declare as required`, element);
      const symbol = this.symbol(element.name);
      const value: Expr = { k: "name", text: `${path}.${property.text}` };
      const type = typeOf(this.env, element.name);
      if (this.isDataArray(type) && !this.reassigned.has(symbol)) {
        this.bindings.set(symbol, { k: "constant", data: value });
      } else if (!isNumeric(type)) {
        throw new Unsupported(`the field '${property.text}' of '${describe(init)}', which is neither a number nor an array of numbers`, element);
      } else if (this.reassigned.has(symbol)) {
        const v = this.newVar("local", element.name.text);
        if (!this.isActiveHere(element.name)) this.plain.add(v);
        this.bindings.set(symbol, { k: "local", v });
        this.emit({ k: "set", dst: v, src: value });
      } else {
        this.bindings.set(symbol, { k: "expr", e: value });
      }
    }
    return true;
  }

  // ---- var ----------------------------------------------------------------------------------

  /**
   * Lets a `var` be lowered as `let`: each of its names declared once and read only after its
   * declaration, inside the block (or loop) that declares it — where the two mean the same.
   * Otherwise `Unsupported` names the name and says to use `let`.
   */
  private checkVar(list: TS.VariableDeclarationList): void {
    if (list.flags & (ts.NodeFlags.Const | ts.NodeFlags.Let)) return;
    const scope = ts.isVariableStatement(list.parent) ? list.parent.parent : list.parent;
    const fn = ts.findAncestor(list.parent, ts.isFunctionLike) ?? scope;
    const names: TS.Identifier[] = [];
    const collect = (name: TS.BindingName): void => {
      if (ts.isIdentifier(name)) names.push(name);
      else for (const element of name.elements) if (!ts.isOmittedExpression(element)) collect(element.name);
    };
    for (const d of list.declarations) collect(d.name);
    for (const name of names) {
      const symbol = this.symbol(name);
      const fix = "(declare it with let where it is used)";
      if ((symbol.declarations?.length ?? 0) > 1) throw new Unsupported(`the \`var\` '${name.text}', declared more than once ${fix}`, name);
      const visit = (n: TS.Node): void => {
        if (ts.isIdentifier(n) && n !== name && this.env.checker.getSymbolAtLocation(n) === symbol) {
          const inside = n.getStart() > name.getEnd() && n.getStart() >= scope.getStart() && n.getEnd() <= scope.getEnd();
          if (!inside) throw new Unsupported(`the \`var\` '${name.text}', read before its declaration or outside its block ${fix}`, n);
        }
        ts.forEachChild(n, visit);
      };
      visit(fn);
    }
  }

  // ---- strings and booleans ------------------------------------------------------------------

  /** True for strings, booleans and unions of their literals (`"l1" | "l2"`), which compiled code only compares. */
  private isWord(type: TS.Type): boolean {
    const word = ts.TypeFlags.StringLike | ts.TypeFlags.BooleanLike;
    return !!(type.flags & word) || (type.isUnion() && type.types.every((t) => !!(t.flags & word)));
  }

  /**
   * An operand of a comparison or a `switch`: a number, or a string or boolean compared as it is
   * (`mode === "l1"`, `case "huber":`): a literal, a constant of the module, a local naming one,
   * or a parameter read as data. A string literal is kept as a name holding its JSON text.
   */
  private operand(e: TS.Expression): Expr {
    const node = skipOuter(e);
    if (!this.isWord(typeOf(this.env, node))) return this.expr(node);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { k: "name", text: JSON.stringify(node.text) };
    if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword) return { k: "name", text: node.getText() };
    if (ts.isIdentifier(node)) {
      const binding = this.bindings.get(this.symbol(node));
      if (binding?.k === "expr") return binding.e;
      const name = binding ? undefined : this.captured(node);
      if (name !== undefined) return { k: "name", text: name };
    }
    // A field of an object parameter read as data (`o.loss`, see `leftOutParameter`).
    const part = ts.isPropertyAccessExpression(node) ? this.reference(node) : undefined;
    if (part?.k === "expr") return part.e;
    const field = ts.isPropertyAccessExpression(node) ? this.dataPath(node) : undefined;
    if (field !== undefined) return { k: "name", text: field };
    throw new Unsupported(`'${describe(node)}', a string or boolean compiled code cannot read (it compares literals, constants of the module and parameters left out of argnums)`, node);
  }

  // ---- increments inside expressions, arguments returned, spreads into hypot, records -------

  /**
   * `j++`, `++j`, `j--`, `--j` inside an expression (`b[j++]`): the local is assigned its new
   * value where JavaScript would, and the expression gives the old value (postfix) or the new.
   */
  private increment(node: TS.PostfixUnaryExpression | TS.PrefixUnaryExpression): Expr {
    if (this.valueOnly) throw new Unsupported(`the expression '${describe(node)}' inside a condition`, node);
    const dst = this.local(node.operand, node);
    const before = this.copy({ k: "var", v: dst }, dst.name);
    const name = node.operator === ts.SyntaxKind.PlusPlusToken ? "add" : "sub";
    this.assign(dst, this.operation(node, name, [{ k: "var", v: dst }, { k: "lit", value: 1 }]), node);
    return ts.isPostfixUnaryExpression(node) ? before : this.copy({ k: "var", v: dst }, dst.name);
  }

  /** `value` kept in a temporary of its own (its variable is assigned again afterwards). */
  private copy(value: Expr, name: string): Expr {
    const v = this.newVar("temp", name);
    if (value.k === "var" && this.plain.has(value.v)) this.plain.add(v);
    this.emit({ k: "set", dst: v, src: value });
    return { k: "var", v };
  }

  /**
   * `return x` of an array parameter (or data) as it is: the result is a copy made where it is
   * returned, `copy = new Array(x.length); copy[i] = x[i]`, so its Jacobian is the identity.
   */
  private copyOf(ref: Binding, name: string): LocalArray {
    if (ref.k === "array" && (ref.array.matrix || ref.outer)) throw new Unsupported(`the result '${name}', a matrix parameter returned as it is`, undefined);
    const array: LocalArray = { id: this.arrays.length, name: `${name}_copy`, typed: ref.k === "array" && !ref.array.list, loops: [...this.loops], active: false };
    this.arrays.push(array);
    this.emit({ k: "alloc", array, length: this.lengthOf(ref) });
    this.overArray(ref, 0, (element, i) => this.emit({ k: "store", array, index: i, src: element }));
    return array;
  }

  /**
   * `Math.hypot(...v)`, `Math.hypot(a, ...v.map(f))` (or typegrad's `hypot`): the value h is
   * computed natively as V8 computes `Math.hypot` (the largest magnitude m, Infinity before NaN,
   * then a compensated sum of (|vᵢ|/m)², h = √sum·m: the same number, checked against
   * `Math.hypot` in the tests); the derivative, where 0 < h < ∞, from m·√Σ(vᵢ/m)² (m a constant:
   * first and second derivatives those of √Σvᵢ², vᵢ/h as the table's rule gives), joined as
   * `tie(h, d, 1)` (the value h, the partial 1 in d); elsewhere each argument's share is the
   * table's vᵢ/h (0 at h = 0). Undefined for other calls.
   */
  private spreadHypot(node: TS.CallExpression): Expr | undefined {
    const spread = this.spreadCall(node, ["hypot"]);
    if (!spread) return undefined;
    const { parts, each } = spread;
    const lit = (value: number): Expr => ({ k: "lit", value });
    const bin = (op: BinaryOp, a: Expr, b: Expr): Expr => ({ k: "bin", op, a, b });
    const plain = (name: string, start: number): Var => {
      const v = this.newVar("local", name);
      this.plain.add(v);
      this.emit({ k: "set", dst: v, src: lit(start) });
      return v;
    };
    const set = (v: Var, src: Expr) => this.emit({ k: "set", dst: v, src });
    const read = (v: Var): Expr => ({ k: "var", v });
    // The largest magnitude, and whether an argument is NaN.
    const largest = plain("largest", 0), nan = plain("nan", 0);
    each((e) => {
      const size = this.snapshot({ k: "math", fn: "abs", args: [e] }, "size");
      set(nan, { k: "cond", test: bin("!==", size, size), yes: lit(1), no: read(nan) });
      set(largest, { k: "cond", test: bin(">", size, read(largest)), yes: size, no: read(largest) });
    });
    // The compensated sum of the squares of the scaled magnitudes.
    const sum = plain("sum", 0), compensation = plain("compensation", 0);
    each((e) => {
      const scaled = this.snapshot(bin("/", { k: "math", fn: "abs", args: [e] }, read(largest)), "scaled");
      const summand = this.snapshot(bin("-", bin("*", scaled, scaled), read(compensation)), "summand");
      const preliminary = this.snapshot(bin("+", read(sum), summand), "preliminary");
      set(compensation, bin("-", bin("-", preliminary, read(sum)), summand));
      set(sum, preliminary);
    });
    const m = read(largest);
    const value = this.snapshot({
      k: "cond", test: bin("===", m, lit(Infinity)), yes: lit(Infinity),
      no: { k: "cond", test: bin("===", read(nan), lit(1)), yes: lit(NaN), no: { k: "cond", test: bin("===", m, lit(0)), yes: lit(0), no: bin("*", { k: "math", fn: "sqrt", args: [read(sum)] }, m) } },
    }, "hypot");
    const active = parts.some((p) => (p.k === "one" ? this.mayBeActive(p.e) : p.ref.k !== "constant"));
    if (!active) return value;
    const result = this.newVar("local", "hypot");
    const block = (fill: () => Expr): Instr[] => {
      const saved = this.out;
      this.out = [];
      const src = fill();
      this.emit({ k: "set", dst: result, src });
      const out = this.out;
      this.out = saved;
      return out;
    };
    // 0 < h < ∞: m·√Σ(vᵢ/m)², m a constant, whose derivatives (first and second) are those of √Σvᵢ².
    const regular = block(() => {
      const squares = this.newVar("local", "squares");
      this.emit({ k: "set", dst: squares, src: lit(0) });
      each((e) => {
        const q = this.prim("div", [e, m]);
        this.emit({ k: "set", dst: squares, src: this.prim("add", [read(squares), this.prim("mul", [q, q])]) });
      });
      return this.prim("tie", [value, this.prim("mul", [this.prim("sqrt", [read(squares)]), m]), lit(1)]);
    });
    // h = 0, ∞ or NaN: each argument's share is the table's, vᵢ/h (0 at h = 0).
    const degenerate = block(() => {
      const shares = this.newVar("local", "shares");
      this.emit({ k: "set", dst: shares, src: lit(0) });
      each((e) => {
        const w: Expr = { k: "cond", test: bin("===", value, lit(0)), yes: lit(0), no: bin("/", e, value) };
        this.emit({ k: "set", dst: shares, src: this.prim("tie", [read(shares), e, w]) });
      });
      return this.prim("tie", [value, read(shares), lit(1)]);
    });
    this.emit({ k: "if", test: bin("&&", bin(">", value, lit(0)), bin("<", value, lit(Infinity))), yes: regular, no: degenerate });
    return { k: "var", v: result };
  }

  /**
   * `{ a: x[0] * 2, b: x[1], w, mode: "l1" }` given to a `const`: a record whose fields name
   * their values as they are when it is made (numbers, strings and booleans, arrays and objects
   * of the function, records inside records), read `p.a`, `const { a } = p`, or passed to a helper.
   */
  private record(init: TS.ObjectLiteralExpression): Binding {
    const fields = new Map<string, Binding>();
    for (const property of init.properties) {
      const key = property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined;
      const value = ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) && !property.objectAssignmentInitializer ? property.name : undefined;
      if (key === undefined || !value) throw new Unsupported(`the field '${describe(property)}' of an object literal (compiled code reads fields written \`key: value\`)`, property);
      const node = skipOuter(value);
      const type = typeOf(this.env, node);
      if (ts.isObjectLiteralExpression(node)) fields.set(key, this.record(node));
      else if (this.isWord(type)) fields.set(key, { k: "expr", e: this.operand(node) });
      else if (isNumeric(type)) fields.set(key, { k: "expr", e: this.snapshot(this.expr(node), key) });
      else if (ts.isArrayLiteralExpression(node) || this.makesArray(node)) fields.set(key, { k: "local-array", array: this.newArray(node, key) });
      else {
        const ref = this.arrayRef(node) ?? this.reference(node);
        if (!ref || ref.k === "expr" || ref.k === "local") throw new Unsupported(`the field '${key}' of an object literal, '${describe(node)}' (compiled code keeps numbers, strings, booleans, arrays and objects of the function in records)`, property);
        fields.set(key, ref);
      }
    }
    return { k: "object", fields };
  }

  // ---- for…of over entries() ----------------------------------------------------------------

  /**
   * `for (const [i, v] of x.entries())` over an array parameter, a local array or data: a
   * counted loop, `i` the counter and `v` the element (read at the start of the pass). False
   * when the loop is not of this shape.
   */
  private forOfEntries(s: TS.ForOfStatement, decl: TS.VariableDeclaration): boolean {
    const over = skipOuter(s.expression);
    if (!ts.isArrayBindingPattern(decl.name) || !ts.isCallExpression(over) || over.arguments.length !== 0) return false;
    if (!ts.isPropertyAccessExpression(over.expression) || over.expression.name.text !== "entries") return false;
    const ref = this.arrayRef(over.expression.expression);
    if (!ref) return false;
    const names = decl.name.elements.map((element) => {
      if (ts.isOmittedExpression(element)) return undefined;
      if (!ts.isIdentifier(element.name) || element.initializer || element.dotDotDotToken) throw new Unsupported(`the loop variable '${describe(element)}' (compiled code names the index and the element)`, element);
      if (this.reassigned.has(this.symbol(element.name))) throw new Unsupported(`the loop variable '${element.name.text}' assigned in the loop`, element);
      return element.name;
    });
    if (names.length > 2) throw new Unsupported(`the loop variables '${describe(decl.name)}' (an entry is [index, element])`, decl.name);
    const [index, value] = names;
    this.overArray(ref, 0, (element, i) => {
      if (index) this.bindings.set(this.symbol(index), { k: "expr", e: i });
      if (value) {
        const numeric = ref.k !== "constant" || isNumeric(typeOf(this.env, value));
        this.bindings.set(this.symbol(value), numeric ? { k: "expr", e: element } : { k: "constant", data: element });
      }
      this.list(statementsOf(s.statement), "loop");
    });
    return true;
  }

  // ---- labelled break and continue ----------------------------------------------------------

  /**
   * `break outer` / `continue outer` to a loop around the innermost one: sets the target's own
   * code (4, 6, … for a break, one more for a continue), which every loop in between takes as
   * a reason to stop (`jump < 2` fails) and keeps after it; the target clears it when it stops
   * (a break) or at its next pass (a continue). False when the label is the innermost loop's:
   * then it is a plain `break` or `continue`.
   */
  private labelledJump(s: TS.BreakStatement | TS.ContinueStatement, kind: "break" | "continue"): boolean {
    const name = s.label!.text;
    let inside = -1;
    let n: TS.Node = s.parent;
    for (; !(ts.isLabeledStatement(n) && n.label.text === name); n = n.parent) {
      if (ts.isFunctionLike(n) || ts.isSourceFile(n)) throw new Unsupported(`a ${kind} to the label '${name}' outside the function`, s);
      if (ts.isIterationStatement(n, false)) inside++;
    }
    if (!ts.isIterationStatement((n as TS.LabeledStatement).statement, false)) throw new Unsupported(`a ${kind} out of the labelled statement '${name}', which is not a loop`, s);
    const loops = this.frame.loops;
    const target = loops[loops.length - 1 - inside];
    if (!target || inside < 0) throw new Unsupported(`a ${kind} to the label '${name}' (compiled code jumps to the loops of the function being compiled)`, s);
    if (inside === 0) return false;
    target.label ??= 4 + 2 * (this.frame.labels = (this.frame.labels ?? 0) + 1) - 2;
    for (const crossed of loops.slice(loops.length - inside)) crossed.passes = true;
    if (kind === "break") target.breaks = true;
    else target.labelledContinues = true;
    this.setJump(target.label + (kind === "break" ? 0 : 1));
    return true;
  }

  /** After a loop that labelled jumps cross: its own jumps are over, a `return` or a jump to a loop around it is kept. */
  private keepOuterJumps(jumps: LoopJumps): void {
    const jump: Expr = { k: "var", v: this.frame.jump! };
    const lit = (value: number): Expr => ({ k: "lit", value });
    let keep: Expr = { k: "bin", op: ">=", a: jump, b: lit(JUMP.return) };
    if (jumps.label !== undefined) {
      const mine: Expr = { k: "bin", op: "||", a: { k: "bin", op: "===", a: jump, b: lit(jumps.label) }, b: { k: "bin", op: "===", a: jump, b: lit(jumps.label + 1) } };
      keep = { k: "bin", op: "&&", a: keep, b: { k: "not", a: mine } };
    }
    this.emit({ k: "set", dst: this.frame.jump!, src: { k: "cond", test: keep, yes: jump, no: lit(JUMP.next) } });
  }
}
