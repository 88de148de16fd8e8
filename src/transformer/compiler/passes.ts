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
import { arraysOf, indicesOf, type Expr, type For, type Instr, type LocalArray, type Loop, type Lowered, outputsOf, type Var, varsOf, walk } from "./ir.js";
import { isArithmetic, partialOf } from "./rules.js";

/** Sets each variable's `active`. */
export function activity(ir: Lowered): void {
  for (const v of ir.vars) v.active = v.kind === "param";
  // The array returned has tangents or adjoints beside it even when it holds constants only.
  for (const a of ir.arrays) a.active = a === ir.resultArray;
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
      else if ((i.k === "store" || i.k === "push") && isActive(i.src) && !i.array.active) {
        i.array.active = true;
        changed = true;
      }
    });
  }
}

/** True when `e` may carry a derivative: an active variable or an element of an array parameter. */
export const isActive = (e: Expr): boolean => (e.k === "var" && e.v.active) || (e.k === "elem" && (!!e.array || !!e.local?.active));

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
      // An active local array's adjoint is always kept: what is written into it matters.
      else if ((i.k === "store" || i.k === "push") && i.array.active) add(i.src);
    });
  }
  return live;
}

/** A definition the reverse sweep computes again: cheap arithmetic, or an index a loop body shares. */
export type Recomputed = Extract<Instr, { k: "prim" | "set" }>;

/** Where each value the reverse sweep reads comes from there. */
export interface Plan {
  readonly live: Set<Var>;
  /** Overwritten before the reverse sweep reads them: pushed when overwritten, popped in reverse. */
  readonly stored: Set<Var>;
  /** Temporaries of a loop body computed again at the start of each reverse iteration, by loop, in order. */
  readonly recomputed: Map<Loop, Recomputed[]>;
  /**
   * Partials (by instruction, by argument) the forward sweep computes and pushes right after
   * the instruction, and the reverse sweep pops: vector code whose reverse sweep runs once per
   * output stores its loops' partials that are more than a variable or an element (`plan`).
   */
  readonly partials: Map<Instr, Map<number, Expr>>;
  /**
   * Loops of such code whose reverse passes may be skipped when nothing flows into them: a
   * body of plain steps (no branch, loop or jump) writing active arrays only at the counter
   * (`out[i] = …`) and assigning no active local, so a pass's only incoming adjoints are those
   * elements' adjoints. Every partial of the body (not only the costly ones) is stored, so the
   * forward sweep's stack holds them all: when they are all finite, a pass whose elements'
   * adjoints are 0 adds only zeros, and is skipped (reverse.ts). A row of `jacrev` then does
   * the work of the passes its output depends on.
   */
  readonly skippable: Set<For>;
  /** Local arrays whose overwritten elements are stored and put back in reverse. */
  readonly restored: Set<LocalArray>;
  /** Local arrays made in a loop that the reverse sweep needs, one per pass: kept on a list. */
  readonly kept: Set<LocalArray>;
}

/** Decides what the reverse sweep stores and what it computes again. */
export function plan(ir: Lowered, rows = false): Plan {
  if (rows) {
    // Vector code whose reverse sweep can run once per output (nothing it undoes changes the
    // values it reads: no element put back, no array kept per pass; arrays grown by push are
    // copied back for each row) stores its loops' partials instead; otherwise the plan without.
    const stored = planWith(ir, true);
    if (stored.restored.size === 0 && stored.kept.size === 0) return stored;
  }
  return planWith(ir, false);
}

/**
 * A partial worth storing: one that is more than a number, a variable or an element (its
 * negation included): a product, a quotient, a `Math` call. Stored, each row's sweep reads it
 * from the stack instead of computing it (and the values it reads) again.
 */
const worthStoring = (e: Expr): boolean => !(e.k === "lit" || e.k === "var" || e.k === "elem" || (e.k === "neg" && !worthStoring(e.a)));

function planWith(ir: Lowered, rows: boolean): Plan {
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
      } else if (i.k === "if") {
        visit(i.yes, loop, false);
        visit(i.no, loop, false);
      }
    }
  };
  visit(ir.body, undefined, true);
  // The instructions inside loops.
  const looped = new Set<Instr>();
  walk(ir.body, (i) => {
    if (i.k === "for" || i.k === "while") walk(i.body, (j) => looped.add(j));
  });
  const partials = new Map<Instr, Map<number, Expr>>();
  const skippable = new Set<For>();
  if (rows) {
    walk(ir.body, (l) => {
      if (l.k !== "for" || l.exit) return;
      let stores = 0;
      const flat = l.body.every((i) => {
        if (i.k === "prim" || i.k === "set") return !(i.dst.kind === "local" && i.dst.active);
        if (i.k !== "store") return false;
        if (i.array.active) stores++;
        return !i.array.active || (i.index.k === "var" && i.index.v === l.counter);
      });
      if (flat && stores > 0) skippable.add(l);
    });
  }
  const inSkippable = new Set<Instr>();
  for (const l of skippable) for (const i of l.body) inSkippable.add(i);
  // What the reverse sweep evaluates, by instruction: partials, the indices of adjoints, loop bounds.
  const reads = new Map<Instr, Expr[]>();
  const read = (i: Instr, e: Expr) => {
    varsOf(e).forEach((v) => needed.add(v));
    if (!reads.has(i)) reads.set(i, []);
    reads.get(i)!.push(e);
  };
  walk(ir.body, (i) => {
    if (i.k === "prim" && live.has(i.dst)) {
      i.args.forEach((a, k) => {
        if (!isActive(a) || (a.k === "var" && !live.has(a.v))) return;
        const partial = partialOf(i.name, k, i.args, { k: "var", v: i.dst });
        if (rows && looped.has(i) && (worthStoring(partial) || (inSkippable.has(i) && partial.k !== "lit"))) {
          if (!partials.has(i)) partials.set(i, new Map());
          partials.get(i)!.set(k, partial);
        } else {
          read(i, partial);
        }
        if (a.k === "elem") read(i, indicesOf(a));
      });
    } else if (i.k === "set" && live.has(i.dst) && i.src.k === "elem") {
      read(i, indicesOf(i.src));
    } else if (i.k === "store" && i.array.active) {
      read(i, i.index);
      if (i.src.k === "elem") read(i, indicesOf(i.src));
    } else if (i.k === "push" && i.array.active && i.src.k === "elem") {
      read(i, indicesOf(i.src));
    } else if (i.k === "for") {
      read(i, i.start);
      read(i, i.bound);
    }
  });
  // Temporaries of a loop body: computed again when they are arithmetic of values at hand.
  const recomputable = (v: Var): boolean => {
    const d = definition.get(v);
    if (!d || !d.loop || !d.top) return false;
    // An index shared by a loop body (indices.ts): inactive arithmetic of counters and lengths.
    if (d.instr.k === "set") return !d.instr.dst.active && varsOf(d.instr.src).every((u) => u.kind !== "local") && arraysOf(d.instr.src).length === 0;
    if (d.instr.k !== "prim" || !isArithmetic(d.instr.name)) return false;
    return d.instr.args.every((a) => varsOf(a).every((u) => u.kind !== "local") && arraysOf(a).length === 0);
  };
  const recomputedSet = new Set<Var>();
  const pending = [...needed];
  while (pending.length > 0) {
    const v = pending.pop()!;
    if (recomputedSet.has(v) || !recomputable(v)) continue;
    recomputedSet.add(v);
    const instr = definition.get(v)!.instr as Recomputed;
    for (const a of instr.k === "prim" ? instr.args : [instr.src]) {
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
  const recomputed = new Map<Loop, Recomputed[]>();
  walk(ir.body, (i) => {
    if ((i.k === "prim" || i.k === "set") && recomputedSet.has(i.dst)) {
      const loop = definition.get(i.dst)!.loop!;
      if (!recomputed.has(loop)) recomputed.set(loop, []);
      recomputed.get(loop)!.push(i);
    }
  });
  return { live, stored, recomputed, partials, skippable, ...localArrays(ir, reads) };
}

/**
 * Which local arrays have their overwritten elements stored (so the reverse sweep reads each
 * element as it was), and which are kept, one per pass, when made inside a loop.
 *
 * An element needs its old value stored when a write to the array may come after a read of it
 * by the reverse sweep (a partial, an index): in program order, or in a later pass of a loop
 * around both (not one around where the array is made: each pass has a new array). The
 * exception is the usual fill, `y[i] = …` in a loop over `i` read after that at `y[i]` in the
 * same pass or after the loop: each element is written once, before it is read.
 */
function localArrays(ir: Lowered, reads: Map<Instr, Expr[]>): Pick<Plan, "restored" | "kept"> {
  const position = new Map<Instr, number>();
  const around = new Map<Instr, readonly Loop[]>();
  const visit = (body: readonly Instr[], loops: readonly Loop[]) => {
    for (const i of body) {
      position.set(i, position.size);
      around.set(i, loops);
      if (i.k === "for" || i.k === "while") visit(i.body, [...loops, i]);
      else if (i.k === "if") {
        visit(i.yes, loops);
        visit(i.no, loops);
      }
    }
  };
  visit(ir.body, []);
  const stores: Extract<Instr, { k: "store" }>[] = [];
  walk(ir.body, (i) => {
    if (i.k === "store") stores.push(i);
  });
  const readsOf = (array: LocalArray) => [...reads].flatMap(([i, es]) =>
    es.flatMap((e) => collectReads(e).filter((r) => r.array === array).map((r) => ({ instr: i, index: r.index }))));
  const same = (a: Expr | undefined, b: Expr | undefined): boolean => JSON.stringify(a, (k, v) => (k === "loops" ? undefined : v)) === JSON.stringify(b, (k, v) => (k === "loops" ? undefined : v));
  const restored = new Set<LocalArray>(), kept = new Set<LocalArray>();
  for (const array of ir.arrays) {
    const read = readsOf(array);
    const readAtAll = [...reads.values()].some((es) => es.some((e) => arraysOf(e).includes(array)));
    if (array.loops.length > 0 && (array.active || readAtAll)) kept.add(array);
    const mine = stores.filter((s) => s.array === array);
    const overwrites = mine.some((s) => read.some((r) => {
      const common = around.get(s)!.filter((l) => around.get(r.instr)!.includes(l) && !array.loops.includes(l));
      if (common.length === 0) return position.get(s)! > position.get(r.instr)!;
      const outer = common[0]!;
      const counter: Expr | undefined = outer.k === "for" ? { k: "var", v: outer.counter } : undefined;
      // Written once per pass at the pass's own index, and read after the write at that index.
      return !(counter && same(s.index, counter) && same(r.index, counter) && position.get(r.instr)! > position.get(s)!);
    }));
    if (overwrites) restored.add(array);
  }
  return { restored, kept };
}

/** The elements of local arrays `e` reads, with their index (a store does not change a length). */
function collectReads(e: Expr, out: { array: LocalArray; index: Expr }[] = []): { array: LocalArray; index: Expr }[] {
  const elems = (x: Expr): void => {
    if (x.k === "elem" && x.local) out.push({ array: x.local, index: x.index });
    if (x.k === "elem") {
      elems(x.index);
      if (x.row) elems(x.row);
      if (x.outer) elems(x.outer);
    }
    else if (x.k === "bin") { elems(x.a); elems(x.b); }
    else if (x.k === "not" || x.k === "neg") elems(x.a);
    else if (x.k === "cond") { elems(x.test); elems(x.yes); elems(x.no); }
    else if (x.k === "math" || x.k === "rule") x.args.forEach(elems);
  };
  elems(e);
  return out;
}

/**
 * A loop whose reverse can run pass by pass inside the forward loop itself (one loop instead
 * of a forward loop and a reverse loop), or undefined. That is the case for the last loop of
 * the function when the adjoints crossing from one pass to the next do not change in the
 * loop: every active local the loop carries is an accumulator — read only as `s + e`,
 * `e + s` or `s - e` whose result goes straight back into `s` — so its adjoint is the same in
 * every pass, and each pass's adjoints depend on that pass's values alone. Also required:
 * - the loop is a counted `for` at the top level of the function;
 * - what follows it is plain steps (no loops or branches) whose partials read only values
 *   known before the loop (`return s`, `return s * 0.5`), so the adjoints at the loop's exit
 *   are known before it runs;
 * - nothing the loop carries over from pass to pass is stored for the reverse sweep (a pass
 *   undoes its own stores, which would undo what the next pass starts from).
 * The adjoints of values read in every pass (a number parameter, array elements read by
 * several passes) are then summed first pass first rather than last pass first: the same
 * terms in another order, so equal to rounding (README: "where results can differ").
 */
export function fusableLoop(ir: Lowered, plan: Plan): For | undefined {
  let at = -1;
  ir.body.forEach((i, n) => {
    if (i.k === "for" || i.k === "while" || i.k === "if") at = n;
  });
  const loop = ir.body[at];
  if (!loop || loop.k !== "for") return undefined;
  const after = ir.body.slice(at + 1);
  // Only the steps known here: a pass that can end early (break, continue, return) would skip its reverse.
  let known = true;
  // Nor a loop that may stop early or jump (`break`, `continue`, `return` set the `jump` state).
  if (loop.exit) return undefined;
  walk(loop.body, (i) => {
    if (!["prim", "set", "for", "while", "if"].includes(i.k)) known = false;
    if ((i.k === "for" && i.exit) || (i.k === "set" && i.dst.kind === "local" && i.dst.name === "jump")) known = false;
  });
  if (!known) return undefined;
  // What follows: plain steps, nothing stored, partials reading only values known before the loop.
  const assignedInLoop = new Set<Var>();
  walk(loop.body, (i) => {
    if (i.k === "prim" || i.k === "set") assignedInLoop.add(i.dst);
  });
  const assignedAfter = new Set<Var>();
  for (const i of after) {
    if (i.k !== "prim" && i.k !== "set") return undefined;
    if (plan.stored.has(i.dst)) return undefined;
    assignedAfter.add(i.dst);
  }
  // Values of a pass are not read after the loop (their adjoints live in the pass).
  const afterReads = [ir.result, ...after.flatMap((i) => (i.k === "prim" ? i.args : i.k === "set" ? [i.src] : []))];
  if (afterReads.some((e) => varsOf(e).some((v) => v.kind !== "local" && assignedInLoop.has(v)))) return undefined;
  const late = (e: Expr) => varsOf(e).some((v) => assignedInLoop.has(v) || assignedAfter.has(v) || v === loop.counter);
  for (const i of after) {
    if (i.k !== "prim" || !plan.live.has(i.dst)) continue;
    for (let k = 0; k < i.args.length; k++) {
      const a = i.args[k]!;
      if (!isActive(a)) continue;
      if (late(partialOf(i.name, k, i.args, { k: "var", v: i.dst })) || (a.k === "elem" && late(indicesOf(a)))) return undefined;
    }
  }
  // Locals declared outside the loop and assigned in it: accumulators, and never stored.
  const body = loop.body;
  const reads = new Map<Var, number>();
  walk(body, (i) => {
    const exprs = i.k === "prim" ? i.args : i.k === "set" ? [i.src] : i.k === "for" ? [i.start, i.bound] : i.k === "while" || i.k === "if" ? [i.test] : [];
    for (const e of exprs) for (const v of varsOf(e)) reads.set(v, (reads.get(v) ?? 0) + 1);
  });
  for (const s of assignedInLoop) {
    if (s.kind !== "local" || s.loops.includes(loop)) continue;
    if (plan.stored.has(s)) return undefined;
    if (!s.active || !plan.live.has(s)) continue;
    // Every read of s is the s of a top-level `d = s + e` / `e + s` / `s - e` whose d is read
    // once, by a top-level `s = d`; every assignment of s is such a `s = d`.
    let accumulations = 0;
    for (let n = 0; n < body.length; n++) {
      const i = body[n]!;
      if (i.k !== "prim") continue;
      const first = i.args[0]?.k === "var" && i.args[0].v === s, second = i.args[1]?.k === "var" && i.args[1].v === s;
      if (!first && !second) continue;
      const ok = (i.name === "add" && first !== second) || (i.name === "sub" && first && !second);
      const other = i.args[first ? 1 : 0]!;
      if (!ok || varsOf(other).includes(s) || reads.get(i.dst) !== 1) return undefined;
      const next = body.slice(n + 1).find((j) => (j.k === "set" || j.k === "prim") && (varsOf(j.k === "set" ? j.src : { k: "lit", value: 0 }).includes(i.dst)));
      if (!next || next.k !== "set" || next.dst !== s || next.src.k !== "var" || next.src.v !== i.dst) return undefined;
      accumulations++;
    }
    let sets = 0;
    walk(body, (i) => {
      if ((i.k === "set" || i.k === "prim") && i.dst === s) sets++;
    });
    if (sets !== accumulations || (reads.get(s) ?? 0) !== accumulations) return undefined;
  }
  return loop;
}
