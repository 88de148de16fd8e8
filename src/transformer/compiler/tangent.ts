/**
 * The tangent program: a pass from one IR to another that, beside every active value of the
 * function, computes its tangent along a direction `v` given as extra inputs that carry no
 * derivative, and returns the directional derivative ∇f·v. Each primitive's tangent is
 * Σ ∂ₖ·ṫₖ, its partials taken from the table (rules.ts) and lowered to primitives of their own,
 * so the reverse emitter differentiates them once more: the reverse code of the tangent
 * program returns ∇(∇f·v) = H·v, the Hessian-vector product, in one forward and one reverse
 * sweep over plain numbers.
 *
 *   y = sin(x)           →   y = sin(x); c = cos(x); y_t = c * x_v
 *   s = s + y * y        →   p = y * y; s = s + p; a = y * y_t; b = y * y_t; p_t = a + b; s_t = s_t + p_t
 *
 * A partial the table does not give as a formula (`__typegrad.rules.<name>.d(…)`) cannot be
 * differentiated again here: the function then takes the runtime (`Unsupported`).
 */
import { type ArrayParam, type Expr, type Instr, type LocalArray, type Loop, type Lowered, type Param, type Var, varsOf, walk } from "./ir.js";
import { Unsupported } from "./language.js";
import { activity, isActive } from "./passes.js";
import { partialOf, simplify } from "./rules.js";
import { mathRule } from "../analysis/calls.js";

/** The tangent program of `ir` and the direction inputs it reads, one per parameter in order. */
export interface TangentProgram {
  readonly ir: Lowered;
  /**
   * A number parameter's direction (a variable read only), an array parameter's (an array read
   * only), or a matrix or object parameter's, read by its name (`W$v[i][j]`, `p$v.w[j]`, `p$v.b`).
   */
  readonly directions: readonly ({ readonly k: "number"; readonly v: Var } | { readonly k: "array"; readonly array: LocalArray } | { readonly k: "name"; readonly text: string })[];
}

const BINARY_PRIMS: Partial<Record<string, string>> = { "+": "add", "-": "sub", "*": "mul", "/": "div", "%": "mod", "**": "pow" };

/**
 * Builds the tangent program of a scalar function lowered for reverse mode. The loops and
 * branches of `ir` are kept (their bodies rewritten in place), so variables keep their loops.
 */
export function tangentProgram(ir: Lowered): TangentProgram {
  if (ir.results) throw new Unsupported("a function with several outputs (hessian and hvp take a number result)");
  activity(ir);
  return new Tangents(ir).run();
}

/**
 * The variables whose values matter: read by the result, a test, a bound, an index or an array
 * write, or by the definition of one that matters. The function's own value, for one, does not
 * (the tangent program returns ∇f·v), so its sum is not computed.
 */
function liveValues(body: readonly Instr[], result: Expr): Set<Var> {
  const live = new Set<Var>(varsOf(result));
  const roots = (e: Expr | undefined) => e && varsOf(e).forEach((v) => live.add(v));
  walk(body, (i) => {
    if (i.k === "if" || i.k === "fail" || i.k === "while") roots(i.test);
    else if (i.k === "for") [i.start, i.bound, i.exit].forEach(roots);
    else if (i.k === "alloc") [i.length, i.fill].forEach(roots);
    else if (i.k === "store") [i.index, i.src].forEach(roots);
    else if (i.k === "push") roots(i.src);
  });
  let changed = true;
  while (changed) {
    changed = false;
    walk(body, (i) => {
      if ((i.k !== "prim" && i.k !== "set") || !live.has(i.dst)) return;
      for (const v of i.k === "prim" ? i.args.flatMap((a) => varsOf(a)) : varsOf(i.src)) {
        if (!live.has(v)) {
          live.add(v);
          changed = true;
        }
      }
    });
  }
  return live;
}

/** `body` without the definitions of values that do not matter (loops and branches rewritten in place). */
function withoutDead(body: Instr[], live: Set<Var>): Instr[] {
  const kept = body.filter((i) => (i.k !== "prim" && i.k !== "set") || live.has(i.dst));
  for (const i of kept) {
    if (i.k === "for" || i.k === "while") i.body.splice(0, i.body.length, ...withoutDead(i.body, live));
    else if (i.k === "if") {
      i.yes.splice(0, i.yes.length, ...withoutDead(i.yes, live));
      i.no.splice(0, i.no.length, ...withoutDead(i.no, live));
    }
  }
  return kept;
}

class Tangents {
  private readonly vars: Var[];
  private readonly arrays: LocalArray[];
  private readonly tangentVars = new Map<Var, Var>();
  private readonly tangentArrays = new Map<LocalArray, LocalArray>();
  private readonly directionArrays = new Map<ArrayParam, LocalArray>();
  /** The directions of a matrix's or an object's parts, read through the direction's name: a number field's value, an array's (or a matrix's) path. */
  private readonly directionNames = new Map<Var | ArrayParam, Expr>();
  private readonly directions: TangentProgram["directions"][number][] = [];
  /** The temporaries this pass makes for partials and their products. */
  private readonly made = new Set<Var>();
  private loops: Loop[] = [];
  private out: Instr[] = [];

  constructor(private readonly ir: Lowered) {
    this.vars = [...ir.vars];
    this.arrays = [...ir.arrays];
  }

  run(): TangentProgram {
    // Directions are made first and kept out of `vars`/`arrays`: nothing declares or assigns them.
    for (const param of this.ir.params) {
      if (param.k === "number") {
        const v: Var = { id: -1, kind: "counter", name: `${param.v.name}_v`, active: false, loops: [] };
        this.tangentVars.set(param.v, v);
        this.directions.push({ k: "number", v });
      } else if (param.k === "object" || (param.k === "array" && param.array.matrix)) {
        const text = `${param.k === "object" ? param.name : param.array.name}$v`;
        this.nameDirections(param, { k: "name", text });
        this.directions.push({ k: "name", text });
      } else {
        // Lowering for the Hessian's code takes no data (compiler/hessian.ts).
        if (param.k !== "array") throw new Error("typegrad: compiled Hessian code takes numbers, arrays, matrices and objects");
        const array: LocalArray = { id: -1, name: `${param.array.name}_v`, typed: true, loops: [], active: false };
        this.directionArrays.set(param.array, array);
        this.directions.push({ k: "array", array });
      }
    }
    const body = this.block(this.ir.body);
    const result = this.tangentOf(this.ir.result);
    const live = liveValues(body, result);
    const ir: Lowered = { params: this.ir.params, body: withoutDead(body, live), result, vars: this.vars.filter((v) => v.kind === "param" || live.has(v)), arrays: this.arrays };
    return { ir, directions: this.directions };
  }

  /** Records where the direction of each part of a matrix or object parameter is read: `base`, or its fields. */
  private nameDirections(param: Param, base: Expr): void {
    if (param.k === "number") this.directionNames.set(param.v, base);
    else if (param.k === "array") this.directionNames.set(param.array, base);
    else if (param.k === "object") for (const field of param.fields) this.nameDirections(field.param, { k: "name", text: `${(base as { text: string }).text}.${field.key}` });
    else throw new Error("typegrad: compiled Hessian code takes no data");
  }

  private newVar(kind: "temp" | "local", name: string): Var {
    const v: Var = { id: this.vars.length, kind, name, active: false, loops: [...this.loops] };
    this.vars.push(v);
    return v;
  }

  /** The tangent of an active variable (a parameter's is its direction). */
  private tangentVar(v: Var): Var {
    let t = this.tangentVars.get(v);
    if (!t) {
      // Taken as active while the program is built (so what reads it becomes a primitive); the
      // reverse emitter's own activity pass decides afterwards.
      t = { id: this.vars.length, kind: v.kind === "local" ? "local" : "temp", name: `${v.name}_t`, active: true, loops: v.loops };
      this.vars.push(t);
      this.tangentVars.set(v, t);
    }
    return t;
  }

  private tangentArray(a: LocalArray): LocalArray {
    let t = this.tangentArrays.get(a);
    if (!t) {
      t = { id: this.arrays.length, name: `${a.name}_t`, typed: a.typed, loops: a.loops, active: true };
      this.arrays.push(t);
      this.tangentArrays.set(a, t);
    }
    return t;
  }

  /** The tangent of an operand as the original program's activity says: 0 for an inactive one. */
  private tangentOf(e: Expr): Expr {
    const named = e.k === "var" ? this.directionNames.get(e.v) : e.k === "elem" && e.array ? this.directionNames.get(e.array) : undefined;
    if (named && e.k === "var") return named;
    // A matrix's element W[i][j] reads W$v[i][j]; an object's array field p.w[j] reads p$v.w[j].
    if (named && e.k === "elem") return { k: "elem", row: e.outer ? { k: "elem", row: named, index: e.outer } : named, index: e.index };
    if (e.k === "var" && e.v.active) return { k: "var", v: this.tangentVar(e.v) };
    if (e.k === "elem" && e.array) return { k: "elem", local: this.directionArrays.get(e.array)!, index: e.index };
    if (e.k === "elem" && e.local?.active) return { k: "elem", local: this.tangentArray(e.local), index: e.index };
    return { k: "lit", value: 0 };
  }

  private block(body: readonly Instr[]): Instr[] {
    const saved = this.out;
    this.out = [];
    for (const i of body) this.instr(i);
    const done = this.out;
    this.out = saved;
    return done;
  }

  private replace(target: Instr[], body: readonly Instr[]): void {
    const rewritten = this.block(body);
    target.splice(0, target.length, ...rewritten);
  }

  private instr(i: Instr): void {
    switch (i.k) {
      case "prim": {
        this.out.push(i);
        if (!i.dst.active) return;
        let sum: Expr | undefined;
        i.args.forEach((a, k) => {
          if (!isActive(a)) return;
          const t = this.tangentOf(a);
          const partial = simplify(partialOf(i.name, k, i.args, { k: "var", v: i.dst }));
          const term = this.product(this.lower(partial), t);
          sum = sum ? this.op("add", sum, term) : term;
        });
        const t = this.tangentVar(i.dst), last = this.out[this.out.length - 1];
        if (t.kind === "temp" && sum?.k === "var" && last?.k === "prim" && last.dst === sum.v && this.made.has(sum.v)) {
          // The last step computes the tangent: it writes the tangent's own temporary.
          this.out[this.out.length - 1] = { ...last, dst: t };
          this.vars.splice(this.vars.indexOf(sum.v), 1);
        } else {
          this.out.push({ k: "set", dst: t, src: sum ?? { k: "lit", value: 0 } });
        }
        return;
      }
      case "set":
        this.out.push(i);
        if (i.dst.active) this.out.push({ k: "set", dst: this.tangentVar(i.dst), src: this.tangentOf(i.src) });
        return;
      case "alloc":
        this.out.push(i);
        if (i.array.active) {
          if (i.fill && isActive(i.fill)) throw new Unsupported("an array filled with a value that carries a derivative");
          this.out.push({ k: "alloc", array: this.tangentArray(i.array), length: i.length, fill: { k: "lit", value: 0 } });
        }
        return;
      case "store":
        this.out.push(i);
        if (i.array.active) this.out.push({ k: "store", array: this.tangentArray(i.array), index: i.index, src: this.tangentOf(i.src) });
        return;
      case "push":
        this.out.push(i);
        if (i.array.active) this.out.push({ k: "push", array: this.tangentArray(i.array), src: this.tangentOf(i.src) });
        return;
      case "fail":
        this.out.push(i);
        return;
      case "for":
      case "while": {
        this.loops.push(i);
        this.replace(i.body, i.body);
        this.loops.pop();
        this.out.push(i);
        return;
      }
      case "if":
        this.replace(i.yes, i.yes);
        this.replace(i.no, i.no);
        this.out.push(i);
        return;
    }
  }

  /** `a · t` with the constant cases folded (a tangent of 0 is still multiplied, as forward mode does). */
  private product(partial: Expr, t: Expr): Expr {
    if (partial.k === "lit" && Object.is(partial.value, 1)) return t;
    if (partial.k === "lit" && Object.is(partial.value, -1)) return this.op("neg", t);
    return this.op("mul", partial, t);
  }

  /** A primitive applied to operands: a new temporary when an operand is active, else inactive arithmetic. */
  private op(name: string, ...args: Expr[]): Expr {
    if (!args.some(isActive)) {
      if (name === "neg") return simplify({ k: "neg", a: args[0]! });
      const symbol = Object.entries(BINARY_PRIMS).find(([, n]) => n === name)?.[0];
      if (symbol) return simplify({ k: "bin", op: symbol as "+", a: args[0]!, b: args[1]! });
    }
    const dst = this.newVar("temp", "d");
    dst.active = true;
    this.made.add(dst);
    this.out.push({ k: "prim", dst, name, args });
    return { k: "var", v: dst };
  }

  /**
   * A partial (an expression of the table's formulas over the operands and the output) as
   * primitives: what reads an active value becomes a temporary the reverse sweep
   * differentiates; the rest stays inactive arithmetic.
   */
  private lower(e: Expr): Expr {
    switch (e.k) {
      case "lit": case "name": case "var": case "elem": case "length":
        return e;
      case "bin": {
        const prim = BINARY_PRIMS[e.op];
        const a = this.lower(e.a), b = this.lower(e.b);
        if (prim && (isActive(a) || isActive(b))) return this.op(prim, a, b);
        return { ...e, a, b };
      }
      case "neg": {
        const a = this.lower(e.a);
        return isActive(a) ? this.op("neg", a) : { k: "neg", a };
      }
      case "not":
        return { k: "not", a: this.lower(e.a) };
      case "math": {
        const args = e.args.map((a) => this.lower(a));
        if (!args.some(isActive)) return { ...e, args };
        const name = e.fn === "max" || e.fn === "min" ? (args.length >= 3 ? `${e.fn}N` : e.fn) : mathRule(e.fn);
        return this.op(name, ...args);
      }
      case "rule": {
        const args = e.args.map((a) => this.lower(a));
        if (!args.some(isActive)) return { ...e, args };
        if (e.member !== "num") throw new Unsupported(`the second derivative of '${e.name}' (its partial is not a formula the compiler reads)`);
        return this.op(e.name, ...args);
      }
      case "cond": {
        const test = this.lower(e.test);
        if (isActive(test)) throw new Unsupported("a partial whose test carries a derivative");
        const yes: Instr[] = [], no: Instr[] = [];
        const saved = this.out;
        this.out = yes;
        const y = this.lower(e.yes);
        this.out = no;
        const n = this.lower(e.no);
        this.out = saved;
        if (yes.length === 0 && no.length === 0 && !isActive(y) && !isActive(n)) return { k: "cond", test, yes: y, no: n };
        const r = this.newVar("local", "r");
        r.active = true;
        yes.push({ k: "set", dst: r, src: y });
        no.push({ k: "set", dst: r, src: n });
        this.out.push({ k: "if", test, yes, no });
        return { k: "var", v: r };
      }
      case "slot":
        throw new Error("typegrad: a rule template's slot reached the tangent program");
    }
  }
}
