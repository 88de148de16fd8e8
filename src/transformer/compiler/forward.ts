/**
 * The forward-mode emitter: every active variable becomes a pair of plain numbers (value,
 * tangent). A primitive's value and partials come from the table (rules.ts), inlined; constant
 * partials fold, so `add` passes tangents on with no multiplication. The result is
 * `(x, x_t, y, y_t, …) => value`, the tangent left with `forwardResult`.
 *
 *   derivative((x) => Math.exp(x * x))
 *   →  (x, x_t) => { v1 = x * x; v1_t = x * x_t + x * x_t; v2 = exp(v1); v2_t = v2 * v1_t;
 *                    return forwardResult(v2, v2_t); }
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import { type ArrayParam, type Expr, type Instr, type LocalArray, type Lowered, outputsOf, type Param, type Var } from "./ir.js";
import { activity, isActive } from "./passes.js";
import { Printer } from "./print.js";
import { partialOf, simplify } from "./rules.js";
import { valuePass, type ValueInstr } from "./value-pass.js";

export function emitForward(p: Printer, ir: Lowered, vector = false): TS.ArrowFunction {
  activity(ir);
  return new ForwardEmitter(p, ir, vector).emit();
}

/**
 * `derivative`'s code for a function of one number: the forward code with the tangent seeded
 * with the constant 1 (so `x * x_t` prints as `x`), `(x) => derivativeResult(value, tangent)`.
 *
 *   derivative((x) => Math.exp(x * x))
 *   →  (x) => { v1 = x * x; v1_t = x + x; v2 = exp(v1); v2_t = v2 * v1_t; return derivativeResult(v2, v2_t); }
 */
export function emitDerivative(p: Printer, ir: Lowered): TS.ArrowFunction {
  activity(ir);
  return new ForwardEmitter(p, ir, false, true).emit();
}

/** True when an instruction of `body` assigns `v`. */
function assigns(body: readonly Instr[], v: Var): boolean {
  return body.some((i) => ((i.k === "prim" || i.k === "set") && i.dst === v)
    || ((i.k === "for" || i.k === "while") && assigns(i.body, v)) || (i.k === "if" && (assigns(i.yes, v) || assigns(i.no, v))));
}

class ForwardEmitter {
  private readonly tangents = new Map<Var, TS.Identifier>();
  private readonly tangentVars = new Map<Var, Var>();
  private readonly tangentArrays = new Map<LocalArray, LocalArray>();
  /** The tangent array of each array parameter (vector code). */
  private readonly paramTangents = new Map<ArrayParam, ArrayParam>();

  /**
   * `vector`: the calling convention of `jacfwd`'s code, `(x, x_t, v, v_t, …) => values` with
   * arrays `v` and their tangent arrays `v_t`, the values and tangents (arrays, one entry per
   * output) left with `forwardVector`.
   */
  constructor(private readonly p: Printer, private readonly ir: Lowered, private readonly vector = false, private readonly seeded = false) {}

  /** `derivative`'s code: the one parameter whose tangent is the constant 1 (folded into products). */
  private seed: Var | undefined;

  emit(): TS.ArrowFunction {
    const f = this.p.f;
    const params: TS.ParameterDeclaration[] = [];
    const seedings: TS.Statement[] = [];
    if (this.seeded) {
      const param = this.ir.params[0];
      if (this.ir.params.length !== 1 || param?.k !== "number") throw new Error("typegrad: compiled derivative code takes one number");
      params.push(f.createParameterDeclaration(undefined, undefined, this.p.name(param.v)));
      // A parameter the code assigns (none today: the compiler refuses it) keeps a tangent variable.
      if (assigns(this.ir.body, param.v)) seedings.push(this.p.declare(ts.NodeFlags.Let, [[this.tangent(param.v), f.createNumericLiteral(1)]]));
      else this.seed = param.v;
    }
    const reads: TS.Statement[] = [];
    for (const param of this.seeded ? [] : this.ir.params) {
      if (param.k !== "number" && (!this.vector || param.k === "data")) throw new Error("typegrad: compiled forward mode takes numbers and arrays of numbers");
      const [value, tangent] = this.parameter(param, undefined, reads);
      params.push(f.createParameterDeclaration(undefined, undefined, value), f.createParameterDeclaration(undefined, undefined, tangent));
    }
    const body = this.block(this.ir.body);
    const hoisted: [TS.Identifier, TS.Expression][] = [];
    for (const v of this.ir.vars) {
      if (v.kind !== "temp" && v.kind !== "local") continue;
      hoisted.push([this.p.name(v), f.createNumericLiteral(0)]);
      if (v.active) hoisted.push([this.tangent(v), f.createNumericLiteral(0)]);
    }
    const outputs = outputsOf(this.ir);
    const built = this.ir.resultArray;
    const result = this.p.f.createReturnStatement(this.vector
      ? f.createCallExpression(this.p.runtime("forwardVector"), undefined, built
        // An array built at run time: itself and its tangent array.
        ? [this.p.local(built), this.p.local(this.tangentArray(built))]
        : [f.createArrayLiteralExpression(outputs.map((e) => this.p.expr(e))), f.createArrayLiteralExpression(outputs.map((e) => this.tangentOf(e)))])
      : f.createCallExpression(this.p.runtime(this.seeded ? "derivativeResult" : "forwardResult"), undefined, [this.p.expr(this.ir.result), this.tangentOf(this.ir.result)]));
    const arrays: [TS.Identifier, undefined][] = [];
    for (const a of this.ir.arrays) {
      arrays.push([this.p.local(a), undefined]);
      if (a.active) arrays.push([this.p.local(this.tangentArray(a)), undefined]);
    }
    const declarations = [...(hoisted.length > 0 ? [this.p.declare(ts.NodeFlags.Let, hoisted)] : []), ...(arrays.length > 0 ? [this.p.declare(ts.NodeFlags.Let, arrays)] : [])];
    return f.createArrowFunction(undefined, undefined, params, undefined, undefined, f.createBlock([...seedings, ...reads, ...declarations, ...body, result], true));
  }

  /**
   * The names of a parameter and its tangent in the emitted code: a number and its tangent
   * number, an array (a matrix) and its tangent array (of rows), an object and its tangent
   * object (vector code; with `from`, a field of one, read into locals in `reads`).
   *   (p: { w: number[]; b: number }) → (p, p_t) => { const p_w = p.w, p_w_t = p_t.w; const p_b = p.b, p_b_t = p_t.b; … }
   */
  private parameter(param: Param, from: readonly [TS.Expression, TS.Expression] | undefined, reads: TS.Statement[]): [TS.Identifier, TS.Identifier] {
    const f = this.p.f;
    let names: [TS.Identifier, TS.Identifier];
    if (param.k === "number") names = [this.p.name(param.v), this.tangent(param.v)];
    else if (param.k === "array") names = [this.p.array(param.array), this.p.array(this.paramTangent(param.array))];
    else if (param.k === "object") names = [f.createUniqueName(param.name), f.createUniqueName(`${param.name}_t`)];
    else throw new Error("typegrad: compiled forward code reads no data parameters");
    if (from) reads.push(this.p.declare(ts.NodeFlags.Const, [[names[0], from[0]], [names[1], from[1]]]));
    if (param.k === "object") {
      for (const field of param.fields) {
        this.parameter(field.param, [f.createPropertyAccessExpression(names[0], field.key), f.createPropertyAccessExpression(names[1], field.key)], reads);
      }
    }
    return names;
  }

  private tangent(v: Var): TS.Identifier {
    let t = this.tangents.get(v);
    if (!t) this.tangents.set(v, (t = this.p.f.createUniqueName(`${v.name}_t`)));
    return t;
  }

  /** A stand-in variable printed as `v`'s tangent, so partial × tangent folds like any product. */
  private tangentVar(v: Var): Var {
    let t = this.tangentVars.get(v);
    if (!t) {
      this.tangentVars.set(v, (t = { id: -1, kind: "temp", name: `${v.name}_t`, active: false, loops: [] }));
      this.p.alias(t, this.tangent(v));
    }
    return t;
  }

  private paramTangent(a: ArrayParam): ArrayParam {
    let t = this.paramTangents.get(a);
    if (!t) this.paramTangents.set(a, (t = { name: `${a.name}_t`, index: a.index, list: a.list, ...(a.matrix ? { matrix: true } : {}) }));
    return t;
  }

  private tangentOf(e: Expr): TS.Expression {
    const t = this.tangentExpr(e);
    return t ? this.p.expr(t) : this.p.f.createNumericLiteral(0);
  }

  /** The tangent of an active operand as an expression: a variable's, an element of a local array's tangent array, or of an array parameter's (vector code). */
  private tangentExpr(e: Expr): Expr | undefined {
    if (e.k === "var" && e.v === this.seed) return { k: "lit", value: 1 };
    if (e.k === "var" && e.v.active) return { k: "var", v: this.tangentVar(e.v) };
    if (e.k === "elem" && e.local?.active) return { k: "elem", local: this.tangentArray(e.local), index: e.index };
    if (e.k === "elem" && e.array) return { k: "elem", array: this.paramTangent(e.array), index: e.index, ...(e.outer ? { outer: e.outer } : {}) };
    return undefined;
  }

  /** The tangent array beside an active local array (a stand-in the printer names `y_t`). */
  private tangentArray(a: LocalArray): LocalArray {
    let t = this.tangentArrays.get(a);
    if (!t) {
      this.tangentArrays.set(a, (t = { ...a, name: `${a.name}_t`, active: false }));
      this.p.aliasLocal(t, this.p.f.createUniqueName(`${a.name}_t`));
    }
    return t;
  }

  private block(body: readonly Instr[]): TS.Statement[] {
    return valuePass(this.p, body, (i, out) => this.tangentStep(i, out));
  }

  /** The tangent kept beside an active value: Σ ∂ₖ·ṫₖ for a primitive, the source's for a copy or a write. */
  private tangentStep(i: ValueInstr, out: TS.Statement[]): void {
    const f = this.p.f, p = this.p;
    if (i.k === "prim") {
      if (!i.dst.active) return;
      // Σ ∂ₖ·ṫₖ over the active operands, constant partials folded.
      let sum: TS.Expression | undefined;
      i.args.forEach((a, k) => {
        if (!isActive(a)) return;
        const partial = partialOf(i.name, k, i.args, { k: "var", v: i.dst });
        const term = p.expr(simplify({ k: "bin", op: "*", a: partial, b: this.tangentExpr(a)! }));
        sum = sum ? f.createAdd(sum, term) : term;
      });
      out.push(p.assign(this.tangent(i.dst), sum ?? f.createNumericLiteral(0)));
    } else if (i.k === "set") {
      if (i.dst.active) out.push(p.assign(this.tangent(i.dst), this.tangentOf(i.src)));
    } else if (i.k === "alloc") {
      if (i.array.active) out.push(p.assign(p.local(this.tangentArray(i.array)), p.newArray(i.array.typed, i.length, { k: "lit", value: 0 })));
    } else if (i.k === "store") {
      if (i.array.active) out.push(p.assign(p.expr({ k: "elem", local: this.tangentArray(i.array), index: i.index }), this.tangentOf(i.src)));
    } else if (i.array.active) {
      out.push(p.push(p.local(this.tangentArray(i.array)), this.tangentOf(i.src)));
    }
  }
}
