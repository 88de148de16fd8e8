/**
 * `jacfwd`'s whole-Jacobian code for functions of one array with loops, branches, local arrays
 * or reassigned locals (vector forward mode): one pass runs the control flow and computes the
 * values once; each active variable's tangent is a row of lanes, one lane per input number
 * (`v_t[j]` is ∂v/∂x[j]), so each tangent operation becomes a short loop over the lanes. An
 * element `x[k]` has the unit row of lane k as its tangent, added in place (`v_t[k] += ∂`);
 * an active local array holds a row per element, and the rows of the array the function
 * returns (or of the entries of an array written out) are the Jacobian's rows.
 *
 *   jacfwd((x: number[]) => { const y = new Array(x.length); for (…) y[i] = Math.sin(x[i]) * s; return y; })
 *   →  (x) => { const n = x.length, v1_t = new Array(n).fill(0); …
 *               for (let i = 0; …) { v1 = Math.sin(x[i]); v1_p = Math.cos(x[i]); …
 *                 for (j) v1_t[j] = 0; v1_t[i] += v1_p; …; const r = new Array(n); for (j) r[j] = v2_t[j] + 0; y_t[i] = r; }
 *               …; return y_t; }
 *
 * The code vouches for its rows, so the runtime does not scan them: it returns undefined — and
 * the runtime runs the forward code once per input number instead, whose result is checked as
 * before — when an output's value is NaN or not a number (an element read past an array's end
 * gives `undefined`, then NaN: the tape then throws its error), when a partial multiplying an
 * element's unit tangent is not finite (the forward code's `∂ · 0` is NaN in the other lanes,
 * which the in-place add would not give), or when a row read from a local array is a hole.
 * Everything else is the forward code's arithmetic lane by lane, so the same numbers.
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import type { ArrayParam, Expr, Instr, LocalArray, Lowered, Var } from "./ir.js";
import { Unsupported } from "./language.js";
import { isActive } from "./passes.js";
import type { Printer } from "./print.js";
import { partialOf, simplify } from "./rules.js";
import { valuePass, type ValueInstr } from "./value-pass.js";

const temp = (name: string): Var => ({ id: -1, kind: "temp", name, active: false, loops: [] });

/** The lane code of `ir` (see the file's comment); activity must have run. Throws `Unsupported` when it has none. */
export function emitJacobianLanes(p: Printer, ir: Lowered): TS.ArrowFunction {
  if (ir.params.length !== 1 || ir.params[0]!.k !== "array") throw new Unsupported("whole-Jacobian code: not one array parameter");
  const x = ir.params[0].array;
  if (x.matrix) throw new Unsupported("whole-Jacobian code: a matrix parameter");
  if (ir.results === undefined && ir.resultArray === undefined) throw new Unsupported("whole-Jacobian code: not an array result");
  return new LaneEmitter(p, ir, x).emit();
}

class LaneEmitter {
  private readonly f: TS.NodeFactory;
  /** Each active variable's row of lanes, printed as an array. */
  private readonly lanes = new Map<Var, ArrayParam>();
  /** Each active local array's array of rows. */
  private readonly rows = new Map<LocalArray, LocalArray>();
  /** Named partials and rows read from local arrays (declared once, at the top). */
  private readonly scalars: Var[] = [];
  private readonly n: TS.Identifier;
  private readonly j: TS.Identifier;

  constructor(private readonly p: Printer, private readonly ir: Lowered, private readonly x: ArrayParam) {
    this.f = p.f;
    this.n = this.f.createUniqueName("n");
    this.j = this.f.createUniqueName("j");
  }

  emit(): TS.ArrowFunction {
    const f = this.f, p = this.p;
    const body = this.block(this.ir.body);
    const result = this.result();
    const declared: [TS.Identifier, TS.Expression | undefined][] = [];
    for (const v of this.ir.vars) if (v.kind === "temp" || v.kind === "local") declared.push([p.name(v), f.createNumericLiteral(0)]);
    for (const v of this.scalars) declared.push([p.name(v), undefined]);
    for (const a of this.ir.arrays) {
      declared.push([p.local(a), undefined]);
      if (a.active) declared.push([p.local(this.rowsOf(a)), undefined]);
    }
    const lanes: [TS.Identifier, TS.Expression][] = [[this.n, f.createPropertyAccessExpression(p.array(this.x), "length")]];
    // plain arrays of doubles: V8 makes and reads them faster than Float64Arrays this small
    for (const l of this.lanes.values()) lanes.push([p.array(l), f.createCallExpression(f.createPropertyAccessExpression(f.createNewExpression(f.createIdentifier("Array"), undefined, [this.n]), "fill"), undefined, [f.createNumericLiteral(0)])]);
    const statements = [
      ...(declared.length > 0 ? [p.declare(ts.NodeFlags.Let, declared)] : []),
      p.declare(ts.NodeFlags.Const, lanes),
      ...body,
      ...result,
    ];
    return f.createArrowFunction(undefined, undefined, [f.createParameterDeclaration(undefined, undefined, p.array(this.x))], undefined, undefined, f.createBlock(statements, true));
  }

  private laneOf(v: Var): ArrayParam {
    let l = this.lanes.get(v);
    if (!l) this.lanes.set(v, (l = { name: `${v.name}_t`, index: -1, list: false }));
    return l;
  }

  private rowsOf(a: LocalArray): LocalArray {
    let r = this.rows.get(a);
    if (!r) {
      this.rows.set(a, (r = { ...a, name: `${a.name}_t`, active: false }));
      this.p.aliasLocal(r, this.f.createUniqueName(`${a.name}_t`));
    }
    return r;
  }

  private scalar(name: string): Var {
    const v = temp(name);
    this.scalars.push(v);
    return v;
  }

  /** `return undefined`: the runtime then runs the forward code once per input number. */
  private giveUp(): TS.Statement {
    return this.f.createReturnStatement(this.f.createVoidZero());
  }

  /** `if (!(e >= 0 || e < 0)) return undefined`: NaN and `undefined` fail both comparisons. */
  private unlessNumber(e: TS.Expression): TS.Statement {
    const f = this.f;
    const test = f.createLogicalOr(f.createGreaterThanEquals(e, f.createNumericLiteral(0)), f.createLessThan(e, f.createNumericLiteral(0)));
    return f.createIfStatement(f.createLogicalNot(f.createParenthesizedExpression(test)), this.giveUp());
  }

  /** `for (let j = 0; j < n; j++) target[j] = lane(j)`. */
  private laneLoop(target: TS.Expression, lane: (j: TS.Identifier) => TS.Expression): TS.Statement {
    const f = this.f, j = this.j;
    return f.createForStatement(
      f.createVariableDeclarationList([f.createVariableDeclaration(j, undefined, undefined, f.createNumericLiteral(0))], ts.NodeFlags.Let),
      f.createLessThan(j, this.n), f.createPostfixIncrement(j),
      this.p.assign(f.createElementAccessExpression(target, j), lane(j)));
  }

  /**
   * Where the tangent of operand `e` comes from: a row of lanes (an active variable's, or a row
   * read from a local array, with the statements that read it), the unit row of an element of
   * the parameter (its index), or nothing (a constant).
   */
  private source(e: Expr, out: TS.Statement[]): { row: TS.Expression } | { unit: Expr } | undefined {
    if (e.k === "var" && e.v.active) return { row: this.p.array(this.laneOf(e.v)) };
    if (e.k === "elem" && e.array) return { unit: e.index };
    if (e.k === "elem" && e.local?.active) {
      const r = this.scalar(`${e.local.name}_row`);
      out.push(this.p.assign(this.p.name(r), this.p.expr({ k: "elem", local: this.rowsOf(e.local), index: e.index })));
      // a hole: its value is `undefined` too, which the forward code turns into NaN
      out.push(this.f.createIfStatement(this.f.createStrictEquality(this.p.name(r), this.f.createVoidZero()), this.giveUp()));
      return { row: this.p.name(r) };
    }
    return undefined;
  }

  /** `target`'s lanes = Σ partialₖ · tangentₖ over `terms` (partials are literals or named). */
  private combine(target: TS.Expression, terms: readonly { partial: Expr; e: Expr }[], out: TS.Statement[]): void {
    const f = this.f, p = this.p;
    const rows: { partial: Expr; row: TS.Expression }[] = [], units: { partial: Expr; index: Expr }[] = [];
    for (const t of terms) {
      const s = this.source(t.e, out);
      if (!s) continue;
      if ("row" in s) rows.push({ partial: t.partial, row: s.row });
      else units.push({ partial: t.partial, index: s.unit });
    }
    if (rows.length === 0) {
      // a loop, not `fill(0)`: a call of the builtin per operation costs more than ten stores
      out.push(this.laneLoop(target, () => f.createNumericLiteral(0)));
    } else {
      out.push(this.laneLoop(target, (j) => rows.map(({ partial, row }) => {
        const lane = f.createElementAccessExpression(row, j);
        if (partial.k === "lit" && partial.value === 1) return lane as TS.Expression;
        if (partial.k === "lit" && partial.value === -1) return f.createPrefixMinus(lane);
        return f.createMultiply(p.expr(partial), lane);
      }).reduce((a, b) => f.createAdd(a, b))));
    }
    for (const u of units) {
      if (u.partial.k !== "lit") out.push(this.unlessFinite(p.expr(u.partial)));
      out.push(f.createExpressionStatement(f.createBinaryExpression(f.createElementAccessExpression(target, p.expr(u.index)), ts.SyntaxKind.PlusEqualsToken, p.expr(u.partial))));
    }
  }

  /** `if (!(e - e === 0)) return undefined`: ±Infinity and NaN give NaN. */
  private unlessFinite(e: TS.Expression): TS.Statement {
    const f = this.f;
    return f.createIfStatement(f.createLogicalNot(f.createParenthesizedExpression(f.createStrictEquality(f.createSubtract(e, e), f.createNumericLiteral(0)))), this.giveUp());
  }

  /** A partial as a literal or a variable computed here once (not once per lane). */
  private named(partial: Expr, name: string, out: TS.Statement[]): Expr {
    const e = simplify(partial);
    if (e.k === "lit") return e;
    const v = this.scalar(name);
    out.push(this.p.assign(this.p.name(v), this.p.expr(e)));
    return { k: "var", v };
  }

  /** A new row (a plain array) holding the tangent of `e`: the statements, and its name. */
  private freshRow(e: Expr, out: TS.Statement[]): TS.Expression {
    const f = this.f, p = this.p;
    const r = f.createUniqueName("row");
    const s = this.source(e, out);
    const made = f.createNewExpression(f.createIdentifier("Array"), undefined, [this.n]);
    if (s && "row" in s) {
      out.push(p.declare(ts.NodeFlags.Const, [[r, made]]));
      // `+ 0` turns a -0 into 0 (the forward code's `0 + -0` where this code negated a lane of zeros) and changes nothing else
      out.push(this.laneLoop(r, (j) => f.createAdd(f.createElementAccessExpression(s.row, j), f.createNumericLiteral(0))));
    } else {
      out.push(p.declare(ts.NodeFlags.Const, [[r, f.createCallExpression(f.createPropertyAccessExpression(made, "fill"), undefined, [f.createNumericLiteral(0)])]]));
      if (s) out.push(p.assign(f.createElementAccessExpression(r, p.expr(s.unit)), f.createNumericLiteral(1)));
    }
    return r;
  }

  /** `length` rows of zeros (a filled or typed local array's tangent rows). */
  private zeroRows(target: TS.Expression): TS.Statement {
    const f = this.f, k = f.createUniqueName("k");
    return f.createForStatement(
      f.createVariableDeclarationList([f.createVariableDeclaration(k, undefined, undefined, f.createNumericLiteral(0))], ts.NodeFlags.Let),
      f.createLessThan(k, f.createPropertyAccessExpression(target, "length")), f.createPostfixIncrement(k),
      this.p.assign(f.createElementAccessExpression(target, k),
        f.createCallExpression(f.createPropertyAccessExpression(f.createNewExpression(f.createIdentifier("Array"), undefined, [this.n]), "fill"), undefined, [f.createNumericLiteral(0)])));
  }

  private block(body: readonly Instr[]): TS.Statement[] {
    return valuePass(this.p, body, (i, out) => this.laneStep(i, out));
  }

  /** The rows kept beside an active value: its lanes, or an active local array's rows. */
  private laneStep(i: ValueInstr, out: TS.Statement[]): void {
    const f = this.f, p = this.p;
    if (i.k === "prim") {
      if (!i.dst.active) return;
      const terms: { partial: Expr; e: Expr }[] = [];
      i.args.forEach((a, k) => {
        if (!isActive(a)) return;
        terms.push({ partial: this.named(partialOf(i.name, k, i.args, { k: "var", v: i.dst }), `${i.dst.name}_p`, out), e: a });
      });
      this.combine(p.array(this.laneOf(i.dst)), terms, out);
    } else if (i.k === "set") {
      if (!i.dst.active) return;
      if (i.src.k === "var" && i.src.v === i.dst) return;
      this.combine(p.array(this.laneOf(i.dst)), [{ partial: { k: "lit", value: 1 }, e: i.src }], out);
    } else if (i.k === "alloc") {
      if (!i.array.active) return;
      if (i.fill && isActive(i.fill)) throw new Unsupported("whole-Jacobian code: an array filled with an active value");
      const rows = p.local(this.rowsOf(i.array));
      out.push(p.assign(rows, f.createNewExpression(f.createIdentifier("Array"), undefined, [f.createPropertyAccessExpression(p.local(i.array), "length")])));
      // holes stay holes (so does the value); filled and typed arrays start with rows of zeros
      if (i.fill || i.array.typed) out.push(this.zeroRows(rows));
    } else if (i.k === "store") {
      if (!i.array.active) return;
      const row = this.freshRow(i.src, out);
      out.push(p.assign(p.expr({ k: "elem", local: this.rowsOf(i.array), index: i.index }), row));
    } else if (i.array.active) {
      out.push(p.push(p.local(this.rowsOf(i.array)), this.freshRow(i.src, out)));
    }
  }

  /** The outputs' values checked, then the Jacobian's rows returned. */
  private result(): TS.Statement[] {
    const f = this.f, p = this.p;
    const out: TS.Statement[] = [];
    const built = this.ir.resultArray;
    if (built) {
      const k = f.createUniqueName("k"), value = p.local(built);
      out.push(f.createForStatement(
        f.createVariableDeclarationList([f.createVariableDeclaration(k, undefined, undefined, f.createNumericLiteral(0))], ts.NodeFlags.Let),
        f.createLessThan(k, f.createPropertyAccessExpression(value, "length")), f.createPostfixIncrement(k),
        this.unlessNumber(f.createElementAccessExpression(value, k))));
      if (built.active) {
        out.push(f.createReturnStatement(p.local(this.rowsOf(built))));
      } else {
        const rows = f.createUniqueName("J");
        out.push(p.declare(ts.NodeFlags.Const, [[rows, f.createNewExpression(f.createIdentifier("Array"), undefined, [f.createPropertyAccessExpression(value, "length")])]]), this.zeroRows(rows), f.createReturnStatement(rows));
      }
      return out;
    }
    const results = this.ir.results!;
    for (const e of results) {
      // an expression of constants and inactive values is computed once, into a name
      let value = p.expr(e);
      if (e.k !== "var" && e.k !== "elem" && e.k !== "lit") {
        const v = this.scalar("result");
        out.push(p.assign(p.name(v), value));
        value = p.name(v);
      }
      out.push(this.unlessNumber(value));
    }
    const rows = results.map((e) => this.freshRow(e, out));
    out.push(f.createReturnStatement(f.createArrayLiteralExpression(rows)));
    return out;
  }
}
