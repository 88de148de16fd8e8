/**
 * Re-rolling a traced Wengert list into loops: the list is cut into runs of straight-line code
 * and loops, a loop being a run of nodes that repeats with the same operations and operands
 * that move by a fixed step from one repetition to the next (see `Ref`). graph-compile.ts
 * generates the code of the pieces.
 */
import type { GraphData, Operand } from "./graph-replay.js";
import type { Rule } from "./lift.js";

const MIN_ITERATIONS = 4, MAX_PERIOD = 256;
/** Straight-line nodes per generated function. */
export const CHUNK = 600;
/** Signature comparisons the loop search may spend per node of the list (then the rest stays straight-line). */
const SEARCH_BUDGET = 200;
/**
 * Beyond this many nodes of straight-line code the compiled replay is not used: code run once
 * per replay is optimised by V8 only after many replays, and until then the interpreter over
 * typed arrays (graph-replay.ts) is faster.
 */
const STRAIGHT_LIMIT = 4 * CHUNK;

/** Where a loop body's operand is, as a function of the iteration `i`. */
export type Ref =
  | { kind: "c"; value: number } // a constant, the same in every iteration
  | { kind: "vc"; o0: number; d: number } // constant node o0 + d·i (values differ by iteration)
  | { kind: "x"; p0: number; dp: number } // input leaf p0 + dp·i
  | { kind: "v"; o0: number; d: number } // a node before the loop, o0 + d·i
  | { kind: "l"; slot: number } // this iteration's node `slot`
  | { kind: "cr"; slot: number; init: number }; // the previous iteration's node `slot`; node `init` before the first

export interface Straight { kind: "straight"; from: number; to: number; guardFrom: number; guardTo: number }
export interface Loop {
  kind: "loop";
  start: number;
  period: number;
  count: number;
  refs: Ref[][];
  guardFrom: number;
  perIteration: number;
  guardSlot: number[];
  guardRefs: [Ref, Ref][];
}

/** A number as JavaScript source (exact: the shortest round-tripping form, -0 kept). */
export const lit = (v: number): string => (Object.is(v, -0) ? "(-0)" : v < 0 ? `(${v})` : String(v));

/** The re-rolled list: its pieces and what code generation needs to name nodes, or null when it is mostly not loops. */
export interface Pieces {
  pieces: Array<Straight | Loop>;
  leaf: Int32Array;
  isConst: (k: number) => boolean;
  ruleId: (r: Rule) => number;
}

/** Cuts the list into loops and straight runs (no piece straddles the output), or null when it is mostly straight-line. */
export function reroll(g: GraphData): Pieces | null {
  const n = g.ops.length, output = g.output, rules = g.rules, ins = g.inputsOf, guards = g.guards;
  const leaf = new Int32Array(n).fill(-1);
  g.inputNodes.forEach((node, p) => (leaf[node] = p));
  const isInput = (k: number) => leaf[k] >= 0;
  const isConst = (k: number) => rules[k] === null && leaf[k] < 0;
  // Guards before node k: [before[k], before[k + 1]); before[n + 1] counts those at the very end.
  const before = new Int32Array(n + 2);
  for (let k = 0, q = 0; k <= n + 1; k++) {
    while (q < guards.length && guards[q].after < k) q++;
    before[k] = q;
  }
  const ids = new Map<Rule, number>();
  const ruleId = (r: Rule) => ids.get(r) ?? (ids.set(r, ids.size), ids.size - 1);
  const sig = signatures(g, isInput, isConst, before, ruleId);
  const next = new Int32Array(n).fill(-1);
  const lastAt = new Map<number, number>();
  for (let k = n - 1; k >= 0; k--) {
    next[k] = lastAt.get(sig[k]) ?? -1;
    lastAt.set(sig[k], k);
  }

  /** The operand's place as a function of the iteration, from iterations 0 and 1. */
  const classify = (s: number, P: number, j: number, o0: number, o1: number): Ref | null => {
    if (isConst(o0) && isConst(o1)) return Object.is(g.traced[o0], g.traced[o1]) ? { kind: "c", value: g.traced[o0] } : { kind: "vc", o0, d: o1 - o0 };
    if (isInput(o0) && isInput(o1)) return { kind: "x", p0: leaf[o0], dp: leaf[o1] - leaf[o0] };
    if (o1 >= s) {
      if (o1 - o0 !== P) return null;
      const rel = o1 - s - P;
      if (rel >= 0 && rel < j && !isConst(s + rel)) return { kind: "l", slot: rel };
      if (rel < 0 && rel >= -P && !isConst(s + rel + P)) return { kind: "cr", slot: rel + P, init: o0 };
      return null;
    }
    if (o0 < s && !isConst(o0) && !isInput(o0) && !isConst(o1) && !isInput(o1)) return { kind: "v", o0, d: o1 - o0 };
    return null;
  };
  const matches = (r: Ref, o: number, s: number, P: number, i: number): boolean => {
    switch (r.kind) {
      case "c": return isConst(o) && Object.is(g.traced[o], r.value);
      case "vc": return o === r.o0 + r.d * i && isConst(o);
      case "x": return isInput(o) && leaf[o] === r.p0 + r.dp * i;
      case "v": return o === r.o0 + r.d * i && o < s && !isConst(o) && !isInput(o);
      case "l": return o === s + i * P + r.slot;
      case "cr": return o === (i === 0 ? r.init : s + (i - 1) * P + r.slot);
    }
  };
  /** An operand of a guard: a constant is a constant; a node is placed like a node's operand. */
  const guardRef = (s: number, P: number, j: number, a0: Operand, a1: Operand): Ref | null =>
    "node" in a0 ? ("node" in a1 ? classify(s, P, j, a0.node, a1.node) : null) : { kind: "c", value: a0.constant };
  const guardMatches = (r: Ref, a: Operand, s: number, P: number, i: number) =>
    "node" in a ? r.kind !== "c" && matches(r, a.node, s, P, i) : r.kind === "c" && Object.is(r.value, a.constant);

  /** The loop of period P starting at s over at most `count` iterations (same signatures), or null. */
  const verify = (s: number, P: number, count: number): Loop | null => {
    const refs: Ref[][] = [];
    for (let j = 0; j < P; j++) {
      const k = s + j, row: Ref[] = [];
      if (rules[k] !== null) {
        for (let e = 0; e < ins[k].length; e++) {
          const r = classify(s, P, j, ins[k][e], ins[k + P][e]);
          if (r === null) return null;
          row.push(r);
        }
      }
      refs.push(row);
    }
    const guardFrom = before[s], perIteration = before[s + P] - before[s];
    const guardSlot: number[] = [], guardRefs: [Ref, Ref][] = [];
    for (let q = 0; q < perIteration; q++) {
      const g0 = guards[guardFrom + q], g1 = guards[guardFrom + perIteration + q];
      const j = g0.after - s;
      const a = guardRef(s, P, j, g0.a, g1.a), b = guardRef(s, P, j, g0.b, g1.b);
      if (a === null || b === null) return null;
      guardSlot.push(j), guardRefs.push([a, b]);
    }
    let ok = count;
    check: for (let i = 0; i < count; i++) {
      for (let j = 0; j < P; j++) {
        const k = s + i * P + j;
        for (let e = 0; e < refs[j].length; e++) if (!matches(refs[j][e], ins[k][e], s, P, i)) { ok = i; break check; }
      }
      for (let q = 0; q < perIteration; q++) {
        const gd = guards[guardFrom + i * perIteration + q];
        if (gd.after !== s + i * P + guardSlot[q] || !guardMatches(guardRefs[q][0], gd.a, s, P, i) || !guardMatches(guardRefs[q][1], gd.b, s, P, i)) { ok = i; break check; }
      }
    }
    if (ok < MIN_ITERATIONS) return null;
    const loop: Loop = { kind: "loop", start: s, period: P, count: ok, refs, guardFrom, perIteration, guardSlot, guardRefs };
    return conflicts(loop, leaf) ? null : loop;
  };

  // Every period up to MAX_PERIOD at which the node repeats is tried (an outer loop's body
  // contains its inner loops' periods); the loop covering the most nodes wins.
  let budget = SEARCH_BUDGET * n;
  const findLoop = (s: number, end: number): Loop | null => {
    let best: Loop | null = null;
    const tried: number[] = []; // periods that repeat over a long run: their multiples are not tried again
    for (let q = next[s]; q >= 0 && q - s <= MAX_PERIOD && s + 2 * (q - s) <= end && budget > 0; q = next[q]) {
      const P = q - s;
      if (tried.some((t) => P % t === 0)) continue;
      let j = 1;
      while (j < P && j < 8 && sig[q + j] === sig[s + j]) j++;
      budget -= j;
      if (j < P && j < 8) continue;
      let count = 1;
      grow: while (s + (count + 1) * P <= end) {
        const base = s + count * P;
        for (let j = 0; j < P; j++) {
          if (sig[base + j] !== sig[s + j]) {
            budget -= j;
            break grow;
          }
        }
        count++;
      }
      budget -= (count - 1) * P;
      if (count < MIN_ITERATIONS || (best !== null && count * P <= best.count * best.period)) continue;
      budget -= count * P;
      tried.push(P);
      const loop = verify(s, P, count);
      if (loop !== null && (best === null || loop.count * P > best.count * best.period)) best = loop;
    }
    return best;
  };

  // Cut the list into loops and straight runs; no piece straddles the output (the sweep starts there).
  const pieces: Array<Straight | Loop> = [];
  let straightNodes = 0;
  let from = 0;
  const straight = (to: number) => {
    for (let a = from; a < to; a += CHUNK) {
      const b = Math.min(to, a + CHUNK);
      pieces.push({ kind: "straight", from: a, to: b, guardFrom: before[a], guardTo: b === n ? before[n + 1] : before[b] });
    }
  };
  for (let k = 0; k < n; ) {
    const end = k <= output ? output + 1 : n;
    const loop = isInput(k) || k + 2 * MIN_ITERATIONS > end ? null : findLoop(k, end);
    if (loop === null) {
      if (rules[k] !== null && ++straightNodes > STRAIGHT_LIMIT) return null; // mostly not loops: the interpreter
      k++;
      if (k === output + 1) straight(k), (from = k);
      continue;
    }
    straight(k);
    pieces.push(loop);
    k += loop.count * loop.period;
    from = k;
  }
  straight(n);
  const tail = pieces[pieces.length - 1];
  if (tail === undefined || (tail.kind === "loop" && before[n + 1] > before[n])) pieces.push({ kind: "straight", from: n, to: n, guardFrom: before[n], guardTo: before[n + 1] });
  return { pieces, leaf, isConst, ruleId };
}

/** One integer per node: its operation and arity and the guards taken just before it. */
function signatures(g: GraphData, isInput: (k: number) => boolean, isConst: (k: number) => boolean, before: Int32Array, ruleId: (r: Rule) => number): Int32Array {
  const byText = new Map<string | number, number>();
  const sig = new Int32Array(g.ops.length);
  const operand = (o: Operand) => ("node" in o ? "n" : `c${lit(o.constant)}`);
  for (let k = 0; k < g.ops.length; k++) {
    const rule = g.rules[k];
    // A number for the common node without guards (operation and arity), text otherwise.
    let text: string | number = rule !== null ? ruleId(rule) * 64 + Math.min(g.inputsOf[k].length, 63) + 2 : isInput(k) ? 0 : isConst(k) ? 1 : -1;
    if (rule !== null && g.inputsOf[k].length >= 63) text = `${ruleId(rule)}/${g.inputsOf[k].length}`;
    for (let q = before[k]; q < before[k + 1]; q++) {
      const gd = g.guards[q];
      text += `|${gd.decision}${gd.outcome ? 1 : 0}${operand(gd.a)}${operand(gd.b)}`;
    }
    sig[k] = byText.get(text) ?? (byText.set(text, byText.size), byText.size - 1);
  }
  return sig;
}

/** True when a carried value's first node is also read directly by the loop (its adjoint would be written twice). */
function conflicts(loop: Loop, leaf: Int32Array): boolean {
  const inits = new Set<number>();
  for (const row of loop.refs) for (const r of row) if (r.kind === "cr") inits.add(r.init);
  for (const row of loop.refs) {
    for (const r of row) {
      for (const init of inits) {
        const [base, step, at] = r.kind === "v" ? [r.o0, r.d, init] : r.kind === "x" ? [r.p0, r.dp, leaf[init]] : [NaN, 0, 0];
        if (Number.isNaN(base) || at < 0) continue;
        if (step === 0 ? at === base : (at - base) % step === 0 && (at - base) / step >= 0 && (at - base) / step < loop.count) return true;
      }
    }
  }
  return false;
}

