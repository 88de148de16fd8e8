/**
 * The passes over the IR, in the manner of Tapenade and Enzyme:
 * - activity: which variables may carry a derivative (those computed from the parameters);
 * - liveness of adjoints: which active variables reach the result, so that adjoints that
 *   would only ever be 0 are never computed (dead adjoints removed);
 * - to-be-recorded: which values the reverse sweep reads in partials, and of those, which are
 *   overwritten before it reads them. Those are stored on the value stack when overwritten and
 *   restored in reverse; temporaries of a loop body that are plain arithmetic of values still
 *   at hand are computed again instead, and loop counters are always computed again.
 * Constant partials (the 1s of `add`, `mul` by a constant) fold away in rules.ts when the
 * emitters instantiate a partial. A partial that is 0 still multiplies its adjoint, so that an
 * infinite or NaN adjoint gives NaN as on the tape.
 */
import { type Expr, type Instr, type Loop, type Lowered, outputsOf, type Var, varsOf, walk } from "./ir.js";
import { isArithmetic, partialOf } from "./rules.js";

/** Sets each variable's `active`. */
export function activity(ir: Lowered): void {
  for (const v of ir.vars) v.active = v.kind === "param";
  let changed = true;
  const mark = (v: Var, active: boolean) => {
    if (active && !v.active) {
      v.active = true;
      changed = true;
    }
  };
  while (changed) {
    changed = false;
    walk(ir.body, (i) => {
      if (i.k === "prim") mark(i.dst, i.args.some(isActive));
      else if (i.k === "set") mark(i.dst, isActive(i.src));
    });
  }
}

/** True when `e` may carry a derivative: an active variable or an element of an array parameter. */
export const isActive = (e: Expr): boolean => (e.k === "var" && e.v.active) || (e.k === "elem" && !!e.array);

/** The variables whose adjoints reach the result. */
export function liveAdjoints(ir: Lowered): Set<Var> {
  const live = new Set<Var>();
  for (const r of outputsOf(ir)) if (r.k === "var" && r.v.active) live.add(r.v);
  let changed = true;
  const add = (e: Expr) => {
    if (e.k === "var" && e.v.active && !live.has(e.v)) {
      live.add(e.v);
      changed = true;
    }
  };
  while (changed) {
    changed = false;
    walk(ir.body, (i) => {
      if (i.k === "prim" && live.has(i.dst)) i.args.forEach(add);
      else if (i.k === "set" && live.has(i.dst)) add(i.src);
    });
  }
  return live;
}

/** Where each value the reverse sweep reads comes from there. */
export interface Plan {
  readonly live: Set<Var>;
  /** Overwritten before the reverse sweep reads them: pushed when overwritten, popped in reverse. */
  readonly stored: Set<Var>;
  /** Temporaries of a loop body computed again at the start of each reverse iteration, by loop, in order. */
  readonly recomputed: Map<Loop, Extract<Instr, { k: "prim" }>[]>;
}

/** Decides what the reverse sweep stores and what it computes again. */
export function plan(ir: Lowered): Plan {
  const live = liveAdjoints(ir);
  const needed = new Set<Var>();
  const definition = new Map<Var, { instr: Instr; loop: Loop | undefined; top: boolean }>();
  // Which instructions sit at the top level of which loop body.
  const visit = (body: readonly Instr[], loop: Loop | undefined, top: boolean) => {
    for (const i of body) {
      if (i.k === "prim" || i.k === "set") {
        if (i.dst.kind === "temp") definition.set(i.dst, { instr: i, loop, top });
      } else if (i.k === "for" || i.k === "while") {
        visit(i.body, i, true);
      } else {
        visit(i.yes, loop, false);
        visit(i.no, loop, false);
      }
    }
  };
  visit(ir.body, undefined, true);
  const read = (e: Expr) => varsOf(e).forEach((v) => needed.add(v));
  walk(ir.body, (i) => {
    if (i.k === "prim" && live.has(i.dst)) {
      i.args.forEach((a, k) => {
        if (!isActive(a) || (a.k === "var" && !live.has(a.v))) return;
        read(partialOf(i.name, k, i.args, { k: "var", v: i.dst }));
        if (a.k === "elem") read(a.index);
      });
    } else if (i.k === "set" && live.has(i.dst) && i.src.k === "elem") {
      read(i.src.index);
    } else if (i.k === "for") {
      read(i.start);
      read(i.bound);
    }
  });
  // Temporaries of a loop body: computed again when they are arithmetic of values at hand.
  const recomputable = (v: Var): boolean => {
    const d = definition.get(v);
    if (!d || !d.loop || !d.top || d.instr.k !== "prim" || !isArithmetic(d.instr.name)) return false;
    return d.instr.args.every((a) => varsOf(a).every((u) => u.kind !== "local"));
  };
  const recomputedSet = new Set<Var>();
  const pending = [...needed];
  while (pending.length > 0) {
    const v = pending.pop()!;
    if (recomputedSet.has(v) || !recomputable(v)) continue;
    recomputedSet.add(v);
    const instr = definition.get(v)!.instr as Extract<Instr, { k: "prim" }>;
    for (const a of instr.args) {
      for (const u of varsOf(a)) {
        if (!needed.has(u)) {
          needed.add(u);
          pending.push(u);
        }
      }
    }
  }
  const stored = new Set<Var>();
  for (const v of needed) {
    if (recomputedSet.has(v)) continue;
    if (v.kind === "local" || (v.kind === "temp" && v.loops.length > 0)) stored.add(v);
  }
  const recomputed = new Map<Loop, Extract<Instr, { k: "prim" }>[]>();
  walk(ir.body, (i) => {
    if (i.k === "prim" && recomputedSet.has(i.dst)) {
      const loop = definition.get(i.dst)!.loop!;
      if (!recomputed.has(loop)) recomputed.set(loop, []);
      recomputed.get(loop)!.push(i);
    }
  });
  return { live, stored, recomputed };
}
