/**
 * The reverse-mode emitter: adjoint code in the manner of Tapenade. The forward sweep runs the
 * function on plain numbers, pushing on a growable Float64Array only the values the passes
 * (passes.ts) found overwritten before the reverse sweep reads them. The reverse sweep runs
 * the list backwards: each primitive adds partial × adjoint to its active operands' adjoints,
 * with partials inlined from the table and constant ones folded (`add` passes the adjoint on
 * as it is); stored values are popped where the forward sweep overwrote them; loops run their
 * passes backwards with the counter computed again from the pass number, and recompute their
 * cheap temporaries at the start of each pass.
 *
 *   grad((x: Float64Array) => { let s = 0; for (…; i += 2) { const t = x[i+1] - x[i]*x[i]; s += 100*t*t; } return s; })
 *   →  forward: the loop as written
 *      reverse: for (k = passes - 1; k >= 0; k--) { i = 2k; v1 = x[i]*x[i]; t = x[i+1] - v1; v2 = 100*t;
 *                 let a3 = s_a; let a2 = v2*a3 + t*a3 …; x_g[i+1] += a_t; x_g[i] += x[i]*a1 + x[i]*a1; }
 *
 * Results agree with the tape's to rounding (the sums of adjoints may be added in another
 * order); see the README.
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import { type ArrayParam, type Expr, type For, type Instr, type LocalArray, type Lowered, outputsOf, type Param, type Var, type While, walk } from "./ir.js";
import { activity, fusableLoop, isActive, plan, type Plan } from "./passes.js";
import { firstWrites } from "./first-writes.js";
import { shareIndices } from "./indices.js";
import { Printer } from "./print.js";
import { partialOf, simplify, valueOf } from "./rules.js";

/**
 * With `vector` (the code of `vjp`, `jacrev`, `jacobian`): `(cotangent, x, y, …) => gradients`,
 * the outputs' adjoints seeded from `cotangent` (one number per output), the values left with
 * `reverseVector`; called without a cotangent it returns the values after the forward sweep.
 */
export function emitReverse(p: Printer, ir: Lowered, vector = false): TS.ArrowFunction {
  shareIndices(ir);
  activity(ir);
  return new ReverseEmitter(p, ir, plan(ir, vector), vector).emit();
}

type If = Extract<Instr, { k: "if" }>;

/** A variable of the IR, not a printed expression (a node's `kind` is a number). */
const isVar = (v: Var | TS.Expression): v is Var => typeof (v as Var).kind === "string";

class ReverseEmitter {
  private readonly f: TS.NodeFactory;
  private readonly adjoints = new Map<Var, Var>();
  private readonly gradients = new Map<ArrayParam, TS.Identifier>();
  /** Vector code: an object parameter's fields read into locals, before the forward sweep. */
  private readonly reads: TS.Statement[] = [];
  private readonly flags = new Map<If, Var>();
  /** Loops whose reverse does work and whose pass count is not known in advance: it is recorded. */
  private readonly counted = new Map<For | While, Var>();
  private readonly hoistedAdjoints: Var[] = [];
  private readonly adjointArrays = new Map<LocalArray, LocalArray>();
  /** Local arrays made in loops, one per pass, kept for the reverse sweep. */
  private readonly kept: TS.Identifier;
  private usesKept = false;
  private usesStack = false;
  /** The variables the reverse sweep pops (stored values, branch flags, pass counts). */
  private readonly popped = new Set<Var>();
  /** The temporaries a fused loop's pass defines at its top level (see `stores`). */
  private readonly inPass = new Set<Var>();
  private readonly stack: TS.Identifier;
  private readonly data: TS.Identifier;
  private readonly top: TS.Identifier;
  /** The room checks `push` made (see `reserveOnce`). */
  private readonly growChecks = new WeakSet<TS.Statement>();
  /** 1 when every number the forward sweep stored is finite (see `skipTest`). */
  private readonly finite: TS.Identifier;
  private usesFinite = false;

  private readonly cotangent: TS.Identifier;
  /**
   * Vector code that stores nothing runs its reverse sweep once per output after one forward
   * sweep: the partials of the instructions at the function's top level that are not a literal,
   * a variable or an element are computed once, after the forward sweep, into these variables
   * (the sweep reads the forward sweep's final values there, so they are the same numbers).
   */
  private readonly partials: [Var, Expr][] = [];
  private readonly hoistPartials: boolean;

  constructor(private readonly p: Printer, private readonly ir: Lowered, private readonly plan: Plan, private readonly vector = false) {
    this.f = p.f;
    this.cotangent = this.f.createUniqueName("cotangent");
    this.stack = this.f.createUniqueName("stack");
    this.data = this.f.createUniqueName("stored");
    this.top = this.f.createUniqueName("top");
    this.kept = this.f.createUniqueName("kept");
    this.finite = this.f.createUniqueName("finite");
    this.hoistPartials = vector && plan.stored.size === 0;
  }

  /** `partial`, or a variable computed once holding it (see `partials`). */
  private partial(partial: Expr, dst: Var, top: boolean): Expr {
    if (!top || !this.hoistPartials || partial.k === "lit" || partial.k === "var" || partial.k === "elem") return partial;
    const v: Var = { id: -1, kind: "temp", name: `${dst.name}_p`, active: false, loops: [] };
    this.partials.push([v, partial]);
    return { k: "var", v };
  }

  emit(): TS.ArrowFunction {
    const f = this.f, p = this.p, ir = this.ir;
    const params: TS.ParameterDeclaration[] = this.vector ? [f.createParameterDeclaration(undefined, undefined, this.cotangent)] : [];
    const prologue: TS.Statement[] = [];
    const results: TS.Expression[] = [];
    for (const param of ir.params) {
      const bound = this.parameter(param, undefined, prologue);
      const fallback = param.k === "number" && param.fallback !== undefined ? p.literal(param.fallback) : undefined;
      params.push(f.createParameterDeclaration(undefined, undefined, bound.name, undefined, undefined, fallback));
      results.push(bound.gradient);
    }
    for (const v of ir.vars) if (v.kind === "local" && v.active && this.plan.live.has(v)) this.hoistedAdjoints.push(v);
    // The reverse sweep first: it decides which branches need their direction kept.
    const seed = this.seed();
    // An array built at run time is seeded apart from the sweep: each row of `jacrev` sets one entry instead (allRows).
    const builtSeed = ir.resultArray ? seed.splice(0) : [];
    // Vector code runs its reverse sweep once per output after one forward sweep: never fused.
    const fused = this.vector ? undefined : fusableLoop(ir, this.plan);
    let reverse: TS.Statement[], forward: TS.Statement[];
    if (fused) {
      // One loop doing each pass's reverse right after the pass (passes.ts, fusableLoop): the
      // adjoints at its exit first, then the loop, then the code before it undone.
      const at = ir.body.indexOf(fused), before = ir.body.slice(0, at), after = ir.body.slice(at + 1);
      for (const i of fused.body) if ((i.k === "prim" || i.k === "set") && i.dst.kind === "temp") this.inPass.add(i.dst);
      const exit = this.reverseBlock(after, [], seed);
      const passReverse = this.reverseBlock(fused.body, [], [], true);
      reverse = this.reverseBlock(before, [], [], false, false);
      forward = [
        ...this.forwardBlock(before, false), ...this.adjointDeclarations(before), ...exit,
        p.forLoop(fused, [...this.forwardBlock(fused.body, true), ...passReverse]), ...this.forwardBlock(after, false),
      ];
    } else {
      reverse = this.reverseBlock(ir.body, [], seed);
      forward = this.forwardBlock(ir.body, false);
    }
    if (this.usesFinite) forward = [...forward, ...this.finiteScan()];
    const value = f.createUniqueName("value");
    const hoisted: [TS.Identifier, TS.Expression][] = [];
    for (const v of ir.vars) if (v.kind === "temp" || v.kind === "local") hoisted.push([p.name(v), f.createNumericLiteral(0)]);
    for (const flag of [...this.flags.values(), ...this.counted.values()]) hoisted.push([p.name(flag), f.createNumericLiteral(0)]);
    for (const v of this.hoistedAdjoints) hoisted.push([p.name(this.adjoint(v)), f.createNumericLiteral(0)]);
    for (const [v] of this.partials) hoisted.push([p.name(v), f.createNumericLiteral(0)]);
    const partials = this.partials.map(([v, e]) => p.assign(p.name(v), p.expr(e)));
    const arrays: [TS.Identifier, undefined][] = [];
    for (const a of ir.arrays) {
      arrays.push([p.local(a), undefined]);
      if (a.active) arrays.push([p.local(this.adjointArray(a)), undefined]);
    }
    if (arrays.length > 0) hoisted.push(...(arrays as unknown as [TS.Identifier, TS.Expression][]));
    if (this.usesKept) prologue.push(p.declare(ts.NodeFlags.Const, [[this.kept, f.createArrayLiteralExpression([])]]));
    const stack = this.usesStack
      ? [p.declare(ts.NodeFlags.Const, [[this.stack, f.createCallExpression(p.runtime("valueStack"), undefined, [])]]),
        p.declare(ts.NodeFlags.Let, [[this.data, f.createPropertyAccessExpression(this.stack, "data")], [this.top, f.createNumericLiteral(0)]])]
      : [];
    const ret = f.createReturnStatement(f.createCallExpression(p.runtime(this.vector ? "reverseVector" : "reverseResult"), undefined, [value, f.createArrayLiteralExpression(results)]));
    // An array built at run time is copied: the reverse sweep may undo its pushes and writes.
    const computed = ir.resultArray ? f.createCallExpression(f.createPropertyAccessExpression(p.local(ir.resultArray), "slice"), undefined, [])
      : this.vector ? f.createArrayLiteralExpression(outputsOf(ir).map((e) => p.expr(e))) : p.expr(ir.result);
    const valueOnly = this.vector ? [f.createIfStatement(f.createStrictEquality(this.cotangent, f.createVoidZero()), f.createReturnStatement(value))] : [];
    const declared = [...(hoisted.length > 0 ? [p.declare(ts.NodeFlags.Let, hoisted)] : [])];
    let statements: TS.Statement[];
    if (this.vector && !this.usesStack && this.sweepsAgain()) {
      statements = [...this.reads, ...declared, ...forward, p.declare(ts.NodeFlags.Const, [[value, computed]]), ...valueOnly, ...partials, ...this.allRows(value, prologue, reverse, results), ...prologue, ...builtSeed, ...reverse, ret];
    } else if (this.vector && this.sweepsAgain()) {
      // Values stored: each row's sweep starts from the stack and the popped variables as the forward sweep left them.
      statements = [...stack, ...this.reads, ...declared, ...forward, p.declare(ts.NodeFlags.Const, [[value, computed]]), ...valueOnly, ...partials,
        ...this.allRows(value, prologue, reverse, results, true), ...prologue, ...builtSeed, ...reverse, ret];
    } else {
      // With values stored, the reverse sweep consumes them: all rows are one call each (the runtime's loop).
      const noRows = this.vector ? [f.createIfStatement(f.createStrictEquality(f.createTypeOfExpression(this.cotangent), f.createStringLiteral("number")), f.createReturnStatement(f.createVoidZero()))] : [];
      statements = [...noRows, ...stack, ...this.reads, ...prologue, ...declared, ...forward, p.declare(ts.NodeFlags.Const, [[value, computed]]), ...valueOnly, ...partials, ...builtSeed, ...reverse, ret];
    }
    // Not the gradients of number parameters: they start at +0 and are only added to, as on the tape.
    const numbers = (q: Param): Var[] => (q.k === "number" ? [this.adjoint(q.v)] : q.k === "object" ? q.fields.flatMap((field) => numbers(field.param)) : []);
    const gradients = new Set(ir.params.flatMap(numbers));
    const adjoints = new Set([...this.adjoints.values()].filter((a) => !gradients.has(a)).map((a) => p.name(a)));
    return f.createArrowFunction(undefined, undefined, params, undefined, undefined, f.createBlock(firstWrites(f, statements, adjoints), true));
  }

  /**
   * A parameter of the emitted code (or, with `from`, a field of an object parameter read into a
   * local in `prologue`): its name there and the expression of its gradient. A number's gradient
   * is its adjoint; an array's starts as zeros of its length (a matrix's as zeros shaped like
   * its rows, `zerosLike`); data has none (0, never handed out); an object's is an object of
   * its fields' gradients.
   */
  private parameter(param: Param, from: TS.Expression | undefined, prologue: TS.Statement[]): { name: TS.Identifier; gradient: TS.Expression } {
    const f = this.f, p = this.p;
    // Vector code reads an object's fields before its forward sweep (the prologue reruns per row of jacrev).
    const read = (name: TS.Identifier) => {
      if (from) (this.vector ? this.reads : prologue).push(p.declare(ts.NodeFlags.Const, [[name, from]]));
    };
    if (param.k === "number") {
      const name = p.name(param.v);
      read(name);
      this.hoistedAdjoints.push(param.v);
      return { name, gradient: p.name(this.adjoint(param.v)) };
    }
    if (param.k === "data") return { name: f.createIdentifier(param.name), gradient: f.createNumericLiteral(0) };
    if (param.k === "object") {
      const name = f.createUniqueName(param.name);
      read(name);
      const fields = param.fields.map((field) => {
        const bound = this.parameter(field.param, f.createPropertyAccessExpression(name, field.key), prologue);
        return f.createPropertyAssignment(field.key, bound.gradient);
      });
      return { name, gradient: f.createObjectLiteralExpression(fields, false) };
    }
    const array = param.array, name = p.array(array);
    read(name);
    const gradient = f.createUniqueName(`${array.name}_g`);
    this.gradients.set(array, gradient);
    const length = f.createPropertyAccessExpression(name, "length");
    const zeros = array.matrix ? f.createCallExpression(p.runtime("zerosLike"), undefined, [name])
      : array.list
        ? f.createCallExpression(f.createPropertyAccessExpression(f.createNewExpression(f.createIdentifier("Array"), undefined, [length]), "fill"), undefined, [f.createNumericLiteral(0)])
        : f.createNewExpression(f.createIdentifier("Float64Array"), undefined, [length]);
    prologue.push(p.declare(ts.NodeFlags.Const, [[gradient, zeros]]));
    return { name, gradient };
  }

  /** True when `v` is pushed when overwritten: stored by the plan, and not a value of a fused loop's pass (still at hand there). */
  private stores(v: Var): boolean {
    return this.plan.stored.has(v) && !this.inPass.has(v);
  }

  /**
   * Called with the number of outputs as its cotangent, vector code without stored values
   * gives the whole Jacobian from one forward sweep: the reverse sweep once per output, seeded
   * with that output's unit cotangent (the sweep reads the forward values only, so it can run
   * again), each row's gradients in a list of rows.
   */
  private allRows(value: TS.Identifier, prologue: TS.Statement[], reverse: TS.Statement[], results: TS.Expression[], stored = false): TS.Statement[] {
    const f = this.f, p = this.p;
    const rows = f.createUniqueName("rows"), row = f.createUniqueName("row"), seeds = f.createUniqueName("seeds");
    const reset = this.hoistedAdjoints.map((v) => p.assign(p.name(this.adjoint(v)), p.literal(0)));
    // With values stored, the sweep pops them (the stack's data stays): its top and the variables it pops start again where the forward sweep left them.
    const kept: [TS.Identifier, TS.Expression][] = [];
    if (stored) {
      const topEnd = f.createUniqueName("topEnd");
      kept.push([topEnd, this.top]);
      reset.push(p.assign(this.top, topEnd));
      for (const v of [...this.popped, ...this.counted.values()]) {
        const end = f.createUniqueName(`${v.name}_end`);
        kept.push([end, p.name(v)]);
        reset.push(p.assign(p.name(v), end));
      }
    }
    // An array the forward sweep grows by push is shrunk back by each sweep (its pops): a copy of
    // it (and of its adjoint, all zeros then) as the forward sweep left it starts each row again.
    const grown = this.grown();
    const restore = (a: LocalArray) => {
      const end = f.createUniqueName(`${a.name}_end`);
      kept.push([end, f.createCallExpression(f.createPropertyAccessExpression(p.local(a), "slice"), undefined, [])]);
      reset.push(p.assign(p.local(a), f.createCallExpression(f.createPropertyAccessExpression(end, "slice"), undefined, [])));
    };
    for (const a of grown) {
      restore(a);
      if (a.active) restore(this.adjointArray(a));
    }
    // Other adjoint arrays start each row at 0 (an element never written keeps what the last row added).
    for (const a of this.ir.arrays) {
      if (!a.active || grown.has(a)) continue;
      const adjoint = p.local(this.adjointArray(a));
      reset.push(f.createExpressionStatement(f.createCallChain(f.createPropertyAccessChain(adjoint, f.createToken(ts.SyntaxKind.QuestionDotToken), "fill"), undefined, undefined, [f.createNumericLiteral(0)])));
    }
    const seedAt = (n: number) => p.assign(f.createElementAccessExpression(seeds, row), p.literal(n));
    const pushRow = f.createExpressionStatement(f.createCallExpression(f.createPropertyAccessExpression(rows, "push"), undefined, [f.createArrayLiteralExpression(results)]));
    const built = this.ir.resultArray;
    // The same sweep, its `cotangent` a unit vector declared in the loop's block (shadowing the
    // parameter); an array built at run time has its adjoint array's entry `row` set to 1 instead
    // (the others are 0 after `reset`), which is what the cotangent's seeding would give.
    const body = built
      ? [...reset, p.assign(f.createElementAccessExpression(p.local(this.adjointArray(built)), row), p.literal(1)), ...prologue, ...reverse, pushRow]
      : [p.declare(ts.NodeFlags.Const, [[this.cotangent, seeds]]), seedAt(1), ...reset, ...prologue, ...reverse, seedAt(0), pushRow];
    const zeros = f.createCallExpression(f.createPropertyAccessExpression(f.createNewExpression(f.createIdentifier("Array"), undefined,
      [f.createPropertyAccessExpression(value, "length")]), "fill"), undefined, [f.createNumericLiteral(0)]);
    return [f.createIfStatement(f.createStrictEquality(f.createTypeOfExpression(this.cotangent), f.createStringLiteral("number")), f.createBlock([
      p.declare(ts.NodeFlags.Const, [[rows, f.createArrayLiteralExpression([])], ...(built ? [] : [[seeds, zeros] as [TS.Identifier, TS.Expression]]), ...kept]),
      f.createForStatement(f.createVariableDeclarationList([f.createVariableDeclaration(row, undefined, undefined, f.createNumericLiteral(0))], ts.NodeFlags.Let),
        f.createLessThan(row, f.createPropertyAccessExpression(value, "length")), f.createPostfixIncrement(row), f.createBlock(body, true)),
      f.createReturnStatement(rows),
    ], true))];
  }

  /**
   * True when the reverse sweep leaves the forward sweep's values as they were, so it can run
   * once per output: no local array has elements put back or is kept per loop pass (an array
   * grown by push, which the sweep pops, is copied back for each row: `allRows`).
   */
  private sweepsAgain(): boolean {
    return this.plan.restored.size === 0 && this.plan.kept.size === 0;
  }

  /** The local arrays the forward sweep grows by push. */
  private grown(): Set<LocalArray> {
    const out = new Set<LocalArray>();
    walk(this.ir.body, (i) => {
      if (i.k === "push") out.add(i.array);
    });
    return out;
  }

  /** The adjoint of `v`, as a variable the printer knows. */
  private adjoint(v: Var): Var {
    let a = this.adjoints.get(v);
    if (!a) this.adjoints.set(v, (a = { id: -1, kind: "temp", name: `${v.name}_a`, active: false, loops: [] }));
    return a;
  }

  /** The adjoint array beside an active local array (a stand-in the printer names `y_a`). */
  private adjointArray(a: LocalArray): LocalArray {
    let adjoint = this.adjointArrays.get(a);
    if (!adjoint) {
      this.adjointArrays.set(a, (adjoint = { ...a, name: `${a.name}_a`, active: false }));
      this.p.aliasLocal(adjoint, this.f.createUniqueName(`${a.name}_a`));
    }
    return adjoint;
  }

  /** The place an operand's adjoint goes, or undefined when it does not matter. */
  private target(e: Expr): TS.Expression | undefined {
    if (e.k === "elem" && e.array) return this.f.createElementAccessExpression(this.p.row(this.gradients.get(e.array)!, e.outer), this.p.expr(e.index));
    if (e.k === "elem" && e.local?.active) return this.p.expr({ k: "elem", local: this.adjointArray(e.local), index: e.index });
    if (e.k === "var" && e.v.active && this.plan.live.has(e.v)) return this.p.name(this.adjoint(e.v));
    return undefined;
  }

  private accumulate(target: TS.Expression, value: Expr): TS.Statement {
    return this.f.createExpressionStatement(this.f.createBinaryExpression(target, ts.SyntaxKind.PlusEqualsToken, this.p.expr(value)));
  }

  private seed(): TS.Statement[] {
    const built = this.ir.resultArray;
    if (built) {
      // The adjoint array of the array returned, from the cotangent (its length checked by the runtime).
      const f = this.f, p = this.p, k = f.createUniqueName("k"), adjoint = p.local(this.adjointArray(built));
      const add = f.createExpressionStatement(f.createBinaryExpression(f.createElementAccessExpression(adjoint, k), ts.SyntaxKind.PlusEqualsToken,
        f.createElementAccessExpression(this.cotangent, k)));
      return [f.createForStatement(f.createVariableDeclarationList([f.createVariableDeclaration(k, undefined, undefined, f.createNumericLiteral(0))], ts.NodeFlags.Let),
        f.createLessThan(k, f.createPropertyAccessExpression(adjoint, "length")), f.createPostfixIncrement(k), f.createBlock([add], true))];
    }
    if (this.vector) {
      // One cotangent entry per output; an output that is an argument's element or a variable
      // twice gets each entry added.
      const out: TS.Statement[] = [];
      outputsOf(this.ir).forEach((e, k) => {
        const target = isActive(e) ? this.target(e) : undefined;
        if (target) out.push(this.f.createExpressionStatement(this.f.createBinaryExpression(target, ts.SyntaxKind.PlusEqualsToken,
          this.f.createElementAccessExpression(this.cotangent, k))));
      });
      return out;
    }
    const target = this.target(this.ir.result);
    return target ? [this.accumulate(target, { k: "lit", value: 1 })] : [];
  }

  // ---- the stack ---------------------------------------------------------------------------

  private push(v: Var | TS.Expression): TS.Statement[] {
    const f = this.f;
    this.usesStack = true;
    const check = f.createIfStatement(f.createStrictEquality(this.top, f.createPropertyAccessExpression(this.data, "length")),
      this.p.assign(this.data, f.createCallExpression(f.createPropertyAccessExpression(this.stack, "grow"), undefined, [])));
    this.growChecks.add(check);
    return [
      check,
      this.p.assign(f.createElementAccessExpression(this.data, f.createPostfixIncrement(this.top)), isVar(v) ? this.p.name(v) : v),
    ];
  }

  private pop(v: Var | TS.Expression): TS.Statement {
    if (isVar(v)) this.popped.add(v);
    return this.p.assign(isVar(v) ? this.p.name(v) : v, this.f.createElementAccessExpression(this.data, this.f.createPrefixDecrement(this.top)));
  }

  /** The forward sweep of making, writing and growing a local array. */
  private forwardArray(i: Extract<Instr, { k: "alloc" | "store" | "push" }>): TS.Statement[] {
    const f = this.f, p = this.p, a = i.array;
    const out: TS.Statement[] = [];
    const adjoint = () => p.local(this.adjointArray(a));
    if (i.k === "alloc") {
      if (this.plan.kept.has(a)) {
        this.usesKept = true;
        out.push(p.push(this.kept, p.local(a)));
        if (a.active) out.push(p.push(this.kept, adjoint()));
      }
      out.push(p.assign(p.local(a), p.newArray(a.typed, i.length, i.fill)));
      if (a.active) out.push(p.assign(adjoint(), p.newArray(a.typed, i.length, { k: "lit", value: 0 })));
    } else if (i.k === "store") {
      const element = p.expr({ k: "elem", local: a, index: i.index });
      if (this.plan.restored.has(a)) out.push(...this.push(element));
      out.push(p.assign(p.expr({ k: "elem", local: a, index: i.index }), p.expr(i.src)));
    } else {
      out.push(p.push(p.local(a), p.expr(i.src)));
      if (a.active) out.push(p.push(adjoint(), f.createNumericLiteral(0)));
    }
    return out;
  }

  /** The reverse of making, writing and growing a local array. */
  private reverseArray(i: Extract<Instr, { k: "alloc" | "store" | "push" }>): TS.Statement[] {
    const f = this.f, p = this.p, a = i.array;
    const out: TS.Statement[] = [];
    if (i.k === "alloc") {
      if (this.plan.kept.has(a)) {
        const pop = () => f.createCallExpression(f.createPropertyAccessExpression(this.kept, "pop"), undefined, []);
        if (a.active) out.push(p.assign(p.local(this.adjointArray(a)), pop()));
        out.push(p.assign(p.local(a), pop()));
      }
    } else if (i.k === "store") {
      if (a.active) {
        // The element's adjoint goes to what was written, and the element's starts again at 0.
        const element: Expr = { k: "elem", local: this.adjointArray(a), index: i.index };
        const target = isActive(i.src) ? this.target(i.src) : undefined;
        if (target && i.src.k === "elem" && i.src.local === a) {
          const t = f.createUniqueName("moved");
          out.push(f.createBlock([p.declare(ts.NodeFlags.Const, [[t, p.expr(element)]]), p.assign(p.expr(element), p.literal(0)),
            f.createExpressionStatement(f.createBinaryExpression(target, ts.SyntaxKind.PlusEqualsToken, t))], true));
        } else {
          if (target) out.push(this.accumulate(target, element));
          out.push(p.assign(p.expr(element), p.literal(0)));
        }
      }
      if (this.plan.restored.has(a)) out.push(this.pop(p.expr({ k: "elem", local: a, index: i.index })));
    } else {
      // The array shrinks back as the pushes are undone, so its length is what it was.
      out.push(f.createExpressionStatement(f.createCallExpression(f.createPropertyAccessExpression(p.local(a), "pop"), undefined, [])));
      if (a.active) {
        const popped = f.createCallExpression(f.createPropertyAccessExpression(p.local(this.adjointArray(a)), "pop"), undefined, []);
        const target = isActive(i.src) ? this.target(i.src) : undefined;
        out.push(target ? f.createExpressionStatement(f.createBinaryExpression(target, ts.SyntaxKind.PlusEqualsToken, popped)) : f.createExpressionStatement(popped));
      }
    }
    return out;
  }

  // ---- the forward sweep -------------------------------------------------------------------

  private forwardBlock(body: readonly Instr[], inLoop: boolean): TS.Statement[] {
    const f = this.f, p = this.p;
    const out: TS.Statement[] = [];
    for (const i of body) {
      if (i.k === "prim" || i.k === "set") {
        if (this.stores(i.dst)) out.push(...this.push(i.dst));
        out.push(p.assign(p.name(i.dst), p.expr(i.k === "prim" ? valueOf(i.name, i.args) : i.src)));
        // Partials each row's sweep would compute again, stored once (passes.ts, `plan`).
        for (const partial of this.plan.partials.get(i)?.values() ?? []) out.push(...this.push(p.expr(partial)));
      } else if (i.k === "fail") {
        out.push(p.fail(i.test, i.message));
      } else if (i.k === "alloc" || i.k === "store" || i.k === "push") {
        out.push(...this.forwardArray(i));
      } else if (i.k === "for" || i.k === "while") {
        // A loop whose pass count cannot be computed again counts its passes (kept on the
        // stack when the loop runs more than once).
        const count = this.counted.get(i);
        const body = this.forwardBlock(i.body, true);
        if (count) {
          out.push(p.assign(p.name(count), p.literal(0)));
          body.push(f.createExpressionStatement(f.createPostfixIncrement(p.name(count))));
        }
        out.push(i.k === "for" ? p.forLoop(i, body) : p.whileLoop(i, body));
        if (count && inLoop) out.push(...this.push(count));
      } else {
        const flag = this.flags.get(i);
        let test = p.expr(i.test);
        if (flag) {
          if (inLoop) out.push(...this.push(flag));
          out.push(p.assign(p.name(flag), f.createConditionalExpression(test, undefined, f.createNumericLiteral(1), undefined, f.createNumericLiteral(0))));
          test = f.createStrictEquality(p.name(flag), f.createNumericLiteral(1));
        }
        const no = this.forwardBlock(i.no, inLoop);
        out.push(p.ifElse(test, this.forwardBlock(i.yes, inLoop), no));
      }
    }
    return this.reserveOnce(out);
  }

  /**
   * `statements` with the room for a run of pushes made once: where several pushes follow one
   * another with only plain steps between them (no loop or branch, which may push too), their
   * checks `if (top === data.length) data = stack.grow()` become one check before the first,
   * `while (top + n > data.length) data = stack.grow()`.
   */
  private reserveOnce(statements: TS.Statement[]): TS.Statement[] {
    const f = this.f;
    const out: TS.Statement[] = [];
    let run: number[] = [];
    const close = () => {
      if (run.length > 1) {
        const room = f.createGreaterThan(f.createAdd(this.top, f.createNumericLiteral(run.length)), f.createPropertyAccessExpression(this.data, "length"));
        out[run[0]!] = f.createWhileStatement(room, this.p.assign(this.data, f.createCallExpression(f.createPropertyAccessExpression(this.stack, "grow"), undefined, [])));
        for (const at of run.slice(1)) out[at] = f.createEmptyStatement();
      }
      run = [];
    };
    for (const s of statements) {
      if (this.growChecks.has(s)) run.push(out.length);
      else if (!ts.isExpressionStatement(s) && !ts.isVariableStatement(s)) close();
      out.push(s);
    }
    close();
    return out.filter((s) => !ts.isEmptyStatement(s));
  }

  // ---- the reverse sweep -------------------------------------------------------------------

  /**
   * The reverse of `body`: `prefix` first (a pass's counter and recomputed values), then the
   * adjoints of the temporaries defined here, declared at 0, `seed`, and the instructions
   * undone from the last to the first.
   */
  private reverseBlock(body: readonly Instr[], prefix: TS.Statement[], seed: TS.Statement[] = [], inLoop = false, declare = true): TS.Statement[] {
    const undone: TS.Statement[] = [];
    const top = body === this.ir.body;
    for (let n = body.length - 1; n >= 0; n--) undone.push(...this.reverseInstr(body[n]!, inLoop, top));
    if (undone.length === 0 && seed.length === 0) return [];
    return [...prefix, ...(declare ? this.adjointDeclarations(body) : []), ...seed, ...undone];
  }

  /** `let` declarations, at 0, of the adjoints of the temporaries `body` defines at its top level. */
  private adjointDeclarations(body: readonly Instr[]): TS.Statement[] {
    const p = this.p;
    const local: [TS.Identifier, TS.Expression][] = [];
    for (const i of body) {
      if ((i.k === "prim" || i.k === "set") && i.dst.kind === "temp" && i.dst.active && this.plan.live.has(i.dst)) {
        local.push([p.name(this.adjoint(i.dst)), p.literal(0)]);
      }
    }
    return local.length > 0 ? [p.declare(ts.NodeFlags.Let, local)] : [];
  }

  private reverseInstr(i: Instr, inLoop: boolean, top = false): TS.Statement[] {
    const f = this.f, p = this.p;
    const out: TS.Statement[] = [];
    if (i.k === "prim") {
      if (i.dst.active && this.plan.live.has(i.dst)) {
        const adjoint: Expr = { k: "var", v: this.adjoint(i.dst) };
        // The partials the forward sweep stored, popped last pushed first.
        const popped = new Map<number, Expr>();
        for (const k of [...(this.plan.partials.get(i)?.keys() ?? [])].reverse()) {
          const v: Var = { id: -1, kind: "temp", name: `${i.dst.name}_p`, active: false, loops: [] };
          out.push(p.declare(ts.NodeFlags.Const, [[p.name(v), f.createElementAccessExpression(this.data, f.createPrefixDecrement(this.top))]]));
          popped.set(k, { k: "var", v });
        }
        i.args.forEach((a, k) => {
          const target = isActive(a) ? this.target(a) : undefined;
          if (!target) return;
          const partial = popped.get(k) ?? this.partial(partialOf(i.name, k, i.args, { k: "var", v: i.dst }), i.dst, top);
          out.push(this.accumulate(target, simplify({ k: "bin", op: "*", a: partial, b: adjoint })));
        });
      }
      if (this.stores(i.dst)) out.push(this.pop(i.dst));
      return out;
    }
    if (i.k === "set") {
      if (i.dst.active && this.plan.live.has(i.dst) && !(i.src.k === "var" && i.src.v === i.dst)) {
        const target = isActive(i.src) ? this.target(i.src) : undefined;
        const adjoint = p.name(this.adjoint(i.dst));
        if (target) out.push(this.accumulate(target, { k: "var", v: this.adjoint(i.dst) }));
        if (i.dst.kind === "local") out.push(p.assign(adjoint, p.literal(0)));
      }
      if (this.stores(i.dst)) out.push(this.pop(i.dst));
      return out;
    }
    if (i.k === "fail") return out;
    if (i.k === "alloc" || i.k === "store" || i.k === "push") return this.reverseArray(i);
    if (i.k === "for") return this.reverseLoop(i, inLoop);
    if (i.k === "while") return this.reverseWhile(i, inLoop);
    const yes = this.reverseBlock(i.yes, [], [], inLoop), no = this.reverseBlock(i.no, [], [], inLoop);
    if (yes.length === 0 && no.length === 0) return out;
    const flag: Var = { id: -1, kind: "temp", name: "taken", active: false, loops: [] };
    this.flags.set(i, flag);
    out.push(yes.length === 0
      ? f.createIfStatement(f.createStrictEquality(p.name(flag), f.createNumericLiteral(0)), f.createBlock(no, true))
      : f.createIfStatement(f.createStrictEquality(p.name(flag), f.createNumericLiteral(1)), f.createBlock(yes, true),
        no.length > 0 ? f.createBlock(no, true) : undefined));
    if (inLoop) out.push(this.pop(flag));
    return out;
  }

  /** `finite`: 1 when the numbers on the stack after the forward sweep are all finite (`x - x` is 0). */
  private finiteScan(): TS.Statement[] {
    const f = this.f, p = this.p;
    if (!this.usesStack) return [p.declare(ts.NodeFlags.Let, [[this.finite, f.createNumericLiteral(1)]])];
    const q = f.createUniqueName("q"), d = f.createUniqueName("d");
    const element = f.createElementAccessExpression(this.data, q);
    return [
      p.declare(ts.NodeFlags.Let, [[this.finite, f.createNumericLiteral(1)]]),
      f.createForStatement(f.createVariableDeclarationList([f.createVariableDeclaration(q, undefined, undefined, f.createNumericLiteral(0))], ts.NodeFlags.Let),
        f.createLessThan(q, this.top), f.createPostfixIncrement(q), f.createBlock([
          p.declare(ts.NodeFlags.Const, [[d, element]]),
          f.createIfStatement(f.createStrictInequality(f.createSubtract(d, d), f.createNumericLiteral(0)),
            f.createBlock([p.assign(this.finite, f.createNumericLiteral(0)), f.createBreakStatement()], true)),
        ], true)),
    ];
  }

  /** `finite === 1 && y_a[i] === 0 && …`: nothing flows into a pass of a skippable loop. */
  private skipTest(loop: For): TS.Expression {
    const f = this.f, p = this.p;
    this.usesFinite = true;
    let test: TS.Expression = f.createStrictEquality(this.finite, f.createNumericLiteral(1));
    for (const i of loop.body) {
      if (i.k !== "store" || !i.array.active) continue;
      test = f.createLogicalAnd(test, f.createStrictEquality(p.expr({ k: "elem", local: this.adjointArray(i.array), index: i.index }), f.createNumericLiteral(0)));
    }
    return test;
  }

  /** What a skipped pass still does: its pops, in the order the pass would make them. */
  private skipPass(body: readonly Instr[]): TS.Statement[] {
    const f = this.f;
    const out: TS.Statement[] = [];
    let dropped = 0;
    const drop = () => {
      if (dropped > 0) out.push(f.createExpressionStatement(f.createBinaryExpression(this.top, ts.SyntaxKind.MinusEqualsToken, f.createNumericLiteral(dropped))));
      dropped = 0;
    };
    for (let n = body.length - 1; n >= 0; n--) {
      const i = body[n]!;
      if (i.k !== "prim" && i.k !== "set") continue;
      if (i.k === "prim" && i.dst.active && this.plan.live.has(i.dst)) dropped += this.plan.partials.get(i)?.size ?? 0;
      if (this.stores(i.dst)) {
        drop();
        out.push(this.pop(i.dst));
      }
    }
    drop();
    return out;
  }

  /** A while loop's passes backwards: their number stored by the forward sweep, popped here. */
  private reverseWhile(loop: While, inLoop: boolean): TS.Statement[] {
    const f = this.f, p = this.p;
    const prefix: TS.Statement[] = [];
    for (const r of this.plan.recomputed.get(loop) ?? []) prefix.push(p.assign(p.name(r.dst), p.expr(r.k === "prim" ? valueOf(r.name, r.args) : r.src)));
    const body = this.reverseBlock(loop.body, prefix, [], true);
    if (body.length === 0) return [];
    const count: Var = { id: -1, kind: "temp", name: "passes", active: false, loops: [] };
    this.counted.set(loop, count);
    const n = p.name(count);
    return [
      ...(inLoop ? [this.pop(count)] : []),
      f.createWhileStatement(f.createGreaterThan(f.createPostfixDecrement(n), f.createNumericLiteral(0)), f.createBlock(body, true)),
    ];
  }

  /** A loop's passes backwards: the counter from the pass number, cheap temporaries computed again. */
  private reverseLoop(loop: For, inLoop: boolean): TS.Statement[] {
    const f = this.f, p = this.p;
    const k: Var = { id: -1, kind: "counter", name: "k", active: false, loops: [] };
    const counterValue: Expr = loop.start.k === "lit" && loop.start.value === 0
      ? simplify({ k: "bin", op: "*", a: { k: "var", v: k }, b: { k: "lit", value: loop.step } })
      : simplify({ k: "bin", op: "+", a: loop.start, b: { k: "bin", op: "*", a: { k: "var", v: k }, b: { k: "lit", value: loop.step } } });
    const prefix: TS.Statement[] = [p.declare(ts.NodeFlags.Const, [[p.name(loop.counter), p.expr(counterValue)]])];
    const recompute = (this.plan.recomputed.get(loop) ?? []).map((r) => p.assign(p.name(r.dst), p.expr(r.k === "prim" ? valueOf(r.name, r.args) : r.src)));
    let body: TS.Statement[];
    if (this.plan.skippable.has(loop)) {
      // A pass into which no adjoint flows (its elements' adjoints are 0) adds only zeros when
      // the stored partials are all finite: it only moves the stack's top back (passes.ts, `skippable`).
      const pass = this.reverseBlock(loop.body, [], [], true);
      if (pass.length === 0) return [];
      const quiet = this.skipTest(loop);
      body = [...prefix, f.createIfStatement(quiet, f.createBlock(this.skipPass(loop.body), true), f.createBlock([...recompute, ...pass], true))];
    } else {
      body = this.reverseBlock(loop.body, [...prefix, ...recompute], [], true);
    }
    if (body.length === 0) return [];
    const kName = p.name(k);
    const backwards = (passes: TS.Expression) => f.createForStatement(
      f.createVariableDeclarationList([f.createVariableDeclaration(kName, undefined, undefined, f.createSubtract(passes, f.createNumericLiteral(1)))], ts.NodeFlags.Let),
      f.createGreaterThanEquals(kName, f.createNumericLiteral(0)), f.createPostfixDecrement(kName), f.createBlock(body, true));
    if (loop.exit) {
      // The loop may stop early (a break or a return): its pass count was recorded.
      const count: Var = { id: -1, kind: "temp", name: "passes", active: false, loops: [] };
      this.counted.set(loop, count);
      return [...(inLoop ? [this.pop(count)] : []), backwards(p.name(count))];
    }
    // How many passes the forward loop made, from its start, bound and step.
    const up = loop.step > 0;
    const span: Expr = up ? { k: "bin", op: "-", a: loop.bound, b: loop.start } : { k: "bin", op: "-", a: loop.start, b: loop.bound };
    const over: Expr = simplify({ k: "bin", op: "/", a: simplify(span), b: { k: "lit", value: Math.abs(loop.step) } });
    const strict = loop.test === "<" || loop.test === ">";
    const count: Expr = strict ? { k: "math", fn: "ceil", args: [over] } : { k: "bin", op: "+", a: { k: "math", fn: "floor", args: [over] }, b: { k: "lit", value: 1 } };
    // `| 0` keeps the pass number (and so the counter and the indices) a small integer for the
    // JIT; a loop of 2³¹ passes or more is beyond what compiled code handles.
    const passes = f.createBinaryExpression(p.expr({ k: "math", fn: "max", args: [{ k: "lit", value: 0 }, count] }), ts.SyntaxKind.BarToken, f.createNumericLiteral(0));
    return [backwards(f.createParenthesizedExpression(passes))];
  }
}
