/**
 * `jacfwd`'s whole-Jacobian code for straight-line functions of one array returning an array
 * written out: the values and the partials that are not a literal, a variable or an element
 * are computed once, then one pass per input number computes only the tangents (the same
 * expressions as the forward code's, so the same numbers) and writes column j of the rows.
 *
 *   jacfwd((x: number[]) => [Math.sin(x[0]) * x[1]])
 *   →  (x) => { v1 = Math.sin(x[0]); v1_p = Math.cos(x[0]); v2 = v1 * x[1];
 *               const n = x.length, x_t = new Float64Array(n), J0 = new Array(n);
 *               for (let j = 0; j < n; j++) { x_t[j] = 1; v1_t = v1_p * x_t[0]; J0[j] = x[1] * v1_t + v1 * x_t[1]; x_t[j] = 0; }
 *               return [J0]; }
 *
 * Functions of one array with loops, branches, local arrays, a variable assigned twice or a
 * result built at run time get lane code instead (jacobian-lanes.ts). Both check their outputs'
 * values and return undefined when one is NaN or not a number (the runtime then calls the
 * forward code once per input number and checks that). Other functions (number parameters,
 * several arguments) keep the forward code, called once per input number.
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import type { ArrayParam, Expr, Instr, Lowered, Var } from "./ir.js";
import { emitJacobianLanes } from "./jacobian-lanes.js";
import { activity, isActive } from "./passes.js";
import type { Printer } from "./print.js";
import { partialOf, simplify, valueOf } from "./rules.js";

/** Why `ir` has no straight-line whole-Jacobian code, or undefined when it can have one. */
function unfit(ir: Lowered): string | undefined {
  if (ir.params.length !== 1 || ir.params[0]!.k !== "array" || ir.params[0].array.matrix) return "not one array parameter";
  if (ir.results === undefined) return "not an array result";
  if (ir.arrays.length > 0) return "local arrays";
  const assigned = new Set<Var>();
  for (const i of ir.body) {
    if (i.k === "fail") continue;
    if (i.k !== "prim" && i.k !== "set") return "loops or branches";
    if (assigned.has(i.dst)) return "a variable assigned twice";
    assigned.add(i.dst);
  }
  return undefined;
}

/** The whole-Jacobian code of `ir` (see the file's comment); throws `Unsupported` when it has none (jacobian-lanes.ts). */
export function emitJacobianForward(p: Printer, ir: Lowered): TS.ArrowFunction {
  activity(ir);
  // Loops, branches, local arrays, reassigned locals, a built result: the lane code.
  if (unfit(ir)) return emitJacobianLanes(p, ir);
  const f = p.f;
  const x = (ir.params[0] as { readonly array: ArrayParam }).array;
  const seed: ArrayParam = { name: `${x.name}_t`, index: x.index, list: x.list };
  const tangents = new Map<Var, Var>();
  const tangent = (v: Var): Var => {
    let t = tangents.get(v);
    if (!t) tangents.set(v, (t = { id: -1, kind: "temp", name: `${v.name}_t`, active: false, loops: [] }));
    return t;
  };
  const tangentOf = (e: Expr): Expr => {
    if (e.k === "var" && e.v.active) return { k: "var", v: tangent(e.v) };
    if (e.k === "elem" && e.array) return { k: "elem", array: seed, index: e.index };
    return { k: "lit", value: 0 };
  };
  const partials: Var[] = [];
  const values: TS.Statement[] = [], pass: TS.Statement[] = [];
  for (const i of ir.body as readonly Instr[]) {
    if (i.k === "fail") {
      values.push(p.fail(i.test, i.message));
    } else if (i.k === "set") {
      values.push(p.assign(p.name(i.dst), p.expr(i.src)));
      if (i.dst.active) pass.push(p.assign(p.name(tangent(i.dst)), p.expr(tangentOf(i.src))));
    } else if (i.k === "prim") {
      values.push(p.assign(p.name(i.dst), p.expr(valueOf(i.name, i.args))));
      if (!i.dst.active) continue;
      // Σ ∂ₖ·ṫₖ over the active operands, as the forward code has it; a partial worth a name is computed once.
      let sum: TS.Expression | undefined;
      i.args.forEach((a, k) => {
        if (!isActive(a)) return;
        let partial = partialOf(i.name, k, i.args, { k: "var", v: i.dst });
        if (partial.k !== "lit" && partial.k !== "var" && partial.k !== "elem") {
          const v: Var = { id: -1, kind: "temp", name: `${i.dst.name}_p`, active: false, loops: [] };
          partials.push(v);
          values.push(p.assign(p.name(v), p.expr(partial)));
          partial = { k: "var", v };
        }
        const term = p.expr(simplify({ k: "bin", op: "*", a: partial, b: tangentOf(a) }));
        sum = sum ? f.createAdd(sum, term) : term;
      });
      pass.push(p.assign(p.name(tangent(i.dst)), sum ?? f.createNumericLiteral(0)));
    }
  }
  const n = f.createUniqueName("n"), j = f.createUniqueName("j"), seedName = p.array(seed);
  const rows = ir.results!.map(() => f.createUniqueName("J"));
  const declared: [TS.Identifier, TS.Expression][] = [];
  for (const v of ir.vars) if (v.kind === "temp" || v.kind === "local") declared.push([p.name(v), f.createNumericLiteral(0)]);
  for (const v of [...partials, ...tangents.values()]) declared.push([p.name(v), f.createNumericLiteral(0)]);
  const seedAt = (value: number) => p.assign(f.createElementAccessExpression(seedName, j), f.createNumericLiteral(value));
  const columns = ir.results!.map((e, r) => p.assign(f.createElementAccessExpression(rows[r]!, j), p.expr(tangentOf(e))));
  // An output's value NaN or not a number (an element read past the end): undefined, and the
  // runtime runs the forward code per input number, whose result it checks (the tape then throws).
  const checks = ir.results!.map((e) => f.createIfStatement(
    f.createLogicalNot(f.createParenthesizedExpression(f.createLogicalOr(
      f.createGreaterThanEquals(p.expr(e), f.createNumericLiteral(0)), f.createLessThan(p.expr(e), f.createNumericLiteral(0))))),
    f.createReturnStatement(f.createVoidZero())));
  const loop = f.createForStatement(
    f.createVariableDeclarationList([f.createVariableDeclaration(j, undefined, undefined, f.createNumericLiteral(0))], ts.NodeFlags.Let),
    f.createLessThan(j, n), f.createPostfixIncrement(j), f.createBlock([seedAt(1), ...pass, ...columns, seedAt(0)], true));
  const body = [
    ...(declared.length > 0 ? [p.declare(ts.NodeFlags.Let, declared)] : []),
    ...values,
    ...checks,
    p.declare(ts.NodeFlags.Const, [
      [n, f.createPropertyAccessExpression(p.array(x), "length")],
      [seedName, f.createNewExpression(f.createIdentifier("Float64Array"), undefined, [n])],
      ...rows.map((r): [TS.Identifier, TS.Expression] => [r, f.createNewExpression(f.createIdentifier("Array"), undefined, [n])]),
    ]),
    loop,
    f.createReturnStatement(f.createArrayLiteralExpression(rows)),
  ];
  return f.createArrowFunction(undefined, undefined, [f.createParameterDeclaration(undefined, undefined, p.array(x))], undefined, undefined, f.createBlock(body, true));
}
