/**
 * The one pass of forward-mode code: the function's values computed in program order, as the
 * plain function computes them, with loops and branches as written; beside each value the
 * emitter adds what it carries with it — a tangent (forward.ts) or a row of lanes
 * (jacobian-lanes.ts).
 *
 *   valuePass(p, ir.body, (i, out) => { if (i.k === "prim" && i.dst.active) out.push(tangentOf(i)); })
 *   →  v1 = x * x; v1_t = …; for (let i = 0; …) { v2 = Math.sin(x[i]); v2_t = …; }
 */
import type * as TS from "typescript";
import type { Instr } from "./ir.js";
import type { Printer } from "./print.js";
import { valueOf } from "./rules.js";

/** An instruction that computes or writes a value (an emitter may keep something beside it). */
export type ValueInstr = Extract<Instr, { k: "prim" | "set" | "alloc" | "store" | "push" }>;

/**
 * The statements of `body`: each value, then `beside(i, out)`, which appends what the emitter
 * keeps with it to `out` (nothing for a value that is not active).
 * @example valuePass(p, ir.body, (i, out) => this.tangentStep(i, out))
 */
export function valuePass(p: Printer, body: readonly Instr[], beside: (i: ValueInstr, out: TS.Statement[]) => void): TS.Statement[] {
  const out: TS.Statement[] = [];
  for (const i of body) {
    if (i.k === "prim") {
      out.push(p.assign(p.name(i.dst), p.expr(valueOf(i.name, i.args))));
    } else if (i.k === "set") {
      out.push(p.assign(p.name(i.dst), p.expr(i.src)));
    } else if (i.k === "fail") {
      out.push(p.fail(i.test, i.message));
      continue;
    } else if (i.k === "alloc") {
      out.push(p.assign(p.local(i.array), p.newArray(i.array.typed, i.length, i.fill)));
    } else if (i.k === "store") {
      out.push(p.assign(p.expr({ k: "elem", local: i.array, index: i.index }), p.expr(i.src)));
    } else if (i.k === "push") {
      out.push(p.push(p.local(i.array), p.expr(i.src)));
    } else {
      if (i.k === "for") out.push(p.forLoop(i, valuePass(p, i.body, beside)));
      else if (i.k === "while") out.push(p.whileLoop(i, valuePass(p, i.body, beside)));
      else out.push(p.ifElse(p.expr(i.test), valuePass(p, i.yes, beside), valuePass(p, i.no, beside)));
      continue;
    }
    beside(i, out);
  }
  return out;
}
