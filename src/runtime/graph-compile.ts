/**
 * Replay compiled to JavaScript. A traced Wengert list is mostly the same few operations
 * repeated by the traced function's loops, so it is re-rolled: where a run of nodes repeats
 * with the same operations and operands that move by a fixed step (an input leaf `p0 + dp·i`,
 * a node computed before, this iteration's or the previous iteration's value), the run becomes
 * a JavaScript `for` loop whose body keeps its values and adjoints in locals. The rest stays
 * straight-line code over typed arrays, in functions of a bounded size (V8 optimises neither
 * huge functions nor code it cannot see as a loop).
 *
 * The reverse pass recomputes each iteration's values from its inputs and the carried values
 * stored by the forward pass (as Tapenade recomputes loop bodies), then accumulates adjoints in
 * the tape's order (each node's contributions by decreasing consumer, operands in order) with
 * the tape's partials, so results equal a tape's to the bit. Guards become one comparison each,
 * returning the failing guard's index.
 */
import type { GraphData, Operand } from "./graph-replay.js";
import type { Rule, Rule1, Rule2, RuleN } from "./lift.js";

/** Replay on plain numbers; `x` holds the input leaves in order. */
export interface CompiledReplay {
  /** Computes the values; returns the index of the first guard that comes out differently, or -1. */
  forward(x: ArrayLike<number>): number;
  /** The output's value after `forward(x)`. */
  value(x: ArrayLike<number>): number;
  /** Values and gradient: adds the gradient into `g` (zeros, one entry per input leaf); returns what `forward` returns. */
  gradient(x: ArrayLike<number>, g: Float64Array): number;
}

const MIN_ITERATIONS = 4, MAX_PERIOD = 256, CHUNK = 600;
/** Signature comparisons the loop search may spend per node of the list (then the rest stays straight-line). */
const SEARCH_BUDGET = 200;
/**
 * Beyond this many nodes of straight-line code the compiled replay is not used: code run once
 * per replay is optimised by V8 only after many replays, and until then the interpreter over
 * typed arrays (graph-replay.ts) is faster.
 */
const STRAIGHT_LIMIT = 4 * CHUNK;

/** Where a loop body's operand is, as a function of the iteration `i`. */
type Ref =
  | { kind: "c"; value: number } // a constant, the same in every iteration
  | { kind: "vc"; o0: number; d: number } // constant node o0 + d·i (values differ by iteration)
  | { kind: "x"; p0: number; dp: number } // input leaf p0 + dp·i
  | { kind: "v"; o0: number; d: number } // a node before the loop, o0 + d·i
  | { kind: "l"; slot: number } // this iteration's node `slot`
  | { kind: "cr"; slot: number; init: number }; // the previous iteration's node `slot`; node `init` before the first

interface Straight { kind: "straight"; from: number; to: number; guardFrom: number; guardTo: number }
interface Loop {
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

const INLINE = new Set(["add", "sub", "mul", "div", "neg", "square"]);
const lit = (v: number): string => (Object.is(v, -0) ? "(-0)" : v < 0 ? `(${v})` : String(v));
const affine = (base: number, step: number): string => (step === 0 ? `${base}` : `${base} + ${step} * i`);

/** Compiles the graph's replay (see the file's comment), or null when it is mostly not loops. */
export function compileGraph(g: GraphData): CompiledReplay | null {
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

  const operandAt = (at: number, e: number, guardIndex: number) =>
    guardIndex < 0 ? ins[at][e] : ((e === 0 ? guards[guardIndex].a : guards[guardIndex].b) as Operand);

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
  const compiled = emit(g, pieces, leaf, isConst, ruleId);
  // A few runs at the traced point give V8 type feedback for every line before it optimises the
  // generated functions (code it compiles while a long loop first runs has none for the code after
  // the loop, and its deoptimisation there can leave the function unoptimised for many calls).
  const x = Float64Array.from(g.inputNodes, (k) => g.traced[k]);
  for (let r = 0; r < 3; r++) compiled.gradient(x, new Float64Array(x.length));
  compiled.forward(x);
  return compiled;
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

/** Generates the pieces' code and the driver. */
function emit(g: GraphData, pieces: Array<Straight | Loop>, leaf: Int32Array, isConst: (k: number) => boolean, ruleId: (r: Rule) => number): CompiledReplay {
  const n = g.ops.length, output = g.output, rules = g.rules;
  // Nodes read from memory by another piece (or the output): their values and adjoints live in V and A.
  const stored = new Uint8Array(n);
  if (rules[output] !== null) stored[output] = 1;
  const markOperand = (o: Operand) => {
    if ("node" in o) stored[o.node] = 1;
  };
  for (const p of pieces) {
    if (p.kind === "straight") {
      for (let k = p.from; k < p.to; k++) for (const o of g.inputsOf[k]) stored[o] = 1;
      for (let q = p.guardFrom; q < p.guardTo; q++) markOperand(g.guards[q].a), markOperand(g.guards[q].b);
    } else {
      const all = [...p.refs.flat(), ...p.guardRefs.flat()];
      for (const r of all) {
        if (r.kind === "v") for (let i = 0; i < p.count; i++) stored[r.o0 + r.d * i] = 1;
        if (r.kind === "cr") stored[r.init] = 1;
      }
    }
  }
  const zero: number[] = [];
  for (let k = 0; k < n; k++) if (rules[k] !== null && k <= output && stored[k]) zero.push(k);
  for (const p of pieces) if (p.kind === "straight") for (let k = p.from; k < p.to && k <= output; k++) if (rules[k] !== null && !stored[k]) zero.push(k);

  const env: Record<string, unknown> = {};
  const name = (prefix: string, rule: Rule, fn: unknown) => {
    const id = `${prefix}${ruleId(rule)}`;
    env[id] = fn;
    return id;
  };
  const V = Float64Array.from(g.traced), A = new Float64Array(n);
  const nodeValue = (o: number) => (leaf[o] >= 0 ? `x[${leaf[o]}]` : isConst(o) ? lit(g.traced[o]) : `V[${o}]`);
  const nodeAdjoint = (o: number) => (leaf[o] >= 0 ? `G[${leaf[o]}]` : isConst(o) ? null : `A[${o}]`);
  const operandValue = (o: Operand) => ("node" in o ? nodeValue(o.node) : lit(o.constant));

  const forwards: string[] = [], backwards: string[] = [];
  let fusedCode: string | null = null, fusedAt = -1;
  pieces.forEach((p, index) => {
    if (p.kind === "straight") {
      const f: string[] = [], b: string[] = [];
      for (let k = p.from, q = p.guardFrom; k <= p.to; k++) {
        for (; q < p.guardTo && (g.guards[q].after <= k || k === p.to); q++) {
          const gd = g.guards[q];
          f.push(guardCheck(gd.decision, operandValue(gd.a), operandValue(gd.b), gd.outcome, `${q}`));
        }
        if (k === p.to || rules[k] === null) continue;
        const xs = g.inputsOf[k].map(nodeValue);
        f.push(`V[${k}] = ${valueOf(rules[k]!, xs, name)};`);
        if (k <= output) b.unshift(adjointsOf(rules[k]!, xs, `V[${k}]`, `A[${k}]`, g.inputsOf[k].map(nodeAdjoint), name));
      }
      forwards.push(f.length === 0 ? "" : `function piece${index}(x) {\n${f.join("\n")}\nreturn -1;\n}`);
      backwards.push(p.from <= output && b.some((line) => line !== "") ? `function piece${index}(x, G) {\n${b.join("\n")}\n}` : "");
    } else {
      const [f, b, fused] = loopCode(g, p, index, stored, leaf, isConst, name, env);
      forwards.push(f);
      backwards.push(p.start <= output ? b : "");
      if (fused !== null) (fusedCode = fused), (fusedAt = index);
    }
  });
  const names = Object.keys(env);
  const make = (code: string) =>
    code === "" ? null : (new Function("E", "V", "A", `"use strict"; const { ${names.join(", ")} } = E; return ${code};`)(env, V, A) as (x: ArrayLike<number>, G?: Float64Array) => number);
  // Pieces with no code (runs of inputs and constants) are dropped.
  const kept = forwards.map((code, q) => code !== "" || backwards[q] !== "" || q === fusedAt);
  const fwd = forwards.map((code) => make(code) ?? (() => -1)).filter((_, q) => kept[q]) as Array<(x: ArrayLike<number>) => number>;
  const bwd = backwards.map(make).filter((_, q) => kept[q]) as Array<((x: ArrayLike<number>, G: Float64Array) => void) | null>;
  const fusedPiece = fusedAt < 0 ? -1 : kept.slice(0, fusedAt).filter(Boolean).length;
  const fusedFn = fusedCode === null ? null : (make(fusedCode) as (x: ArrayLike<number>, G: Float64Array) => number);
  const Z = Int32Array.from(zero), outLeaf = leaf[output], sweep = rules[output] !== null;
  const forward = (x: ArrayLike<number>, G: Float64Array | null): number => {
    for (let q = 0; q < fwd.length; q++) {
      const failed = q === fusedPiece && G !== null ? fusedFn!(x, G) : fwd[q](x);
      if (failed >= 0) return failed;
    }
    return -1;
  };
  return {
    forward: (x) => forward(x, null),
    value: (x) => (outLeaf >= 0 ? x[outLeaf] : V[output]),
    gradient(x, G) {
      if (!sweep) {
        if (outLeaf >= 0) G[outLeaf] += 1;
        return forward(x, null);
      }
      for (let q = 0; q < Z.length; q++) A[Z[q]] = 0;
      A[output] = 1;
      const failed = forward(x, G);
      if (failed >= 0) return failed;
      for (let q = bwd.length - 1; q >= 0; q--) if (q !== fusedPiece) bwd[q]?.(x, G);
      return -1;
    },
  };
}

type Namer = (prefix: string, rule: Rule, fn: unknown) => string;

/** The value of a node applying `rule` to operand expressions `xs`, as the replay interpreter computes it. */
function valueOf(rule: Rule, xs: string[], name: Namer): string {
  if (INLINE.has(rule.name) && !("partials" in rule) && xs.length === (rule.name === "neg" || rule.name === "square" ? 1 : 2)) {
    switch (rule.name) {
      case "add": return `${xs[0]} + ${xs[1]}`;
      case "sub": return `${xs[0]} - ${xs[1]}`;
      case "mul": return `${xs[0]} * ${xs[1]}`;
      case "div": return `${xs[0]} / ${xs[1]}`;
      case "neg": return `-${xs[0]}`;
      case "square": return `${xs[0]} * ${xs[0]}`;
    }
  }
  return `${name("F", rule, rule.num)}(${xs.join(", ")})`;
}

/** Statements adding the node's contributions (partial × adjoint `ak`) to its operands' adjoints, in operand order. */
function adjointsOf(rule: Rule, xs: string[], y: string, ak: string, targets: Array<string | null>, name: Namer): string {
  const add = (e: number, term: string) => (targets[e] === null ? "" : `${targets[e]} += ${term};`);
  if (targets.every((t) => t === null)) return "";
  if (INLINE.has(rule.name) && !("partials" in rule) && xs.length === (rule.name === "neg" || rule.name === "square" ? 1 : 2)) {
    switch (rule.name) {
      case "add": return `{ const ak = ${ak}; ${add(0, "1 * ak")} ${add(1, "1 * ak")} }`;
      case "sub": return `{ const ak = ${ak}; ${add(0, "1 * ak")} ${add(1, "-1 * ak")} }`;
      case "mul": return `{ const ak = ${ak}; ${add(0, `${xs[1]} * ak`)} ${add(1, `${xs[0]} * ak`)} }`;
      case "div": return `{ const ak = ${ak}; ${add(0, `(1 / ${xs[1]}) * ak`)} ${add(1, `-(${y} / ${xs[1]}) * ak`)} }`;
      case "neg": return add(0, `-1 * ${ak}`);
      case "square": return add(0, `2 * ${xs[0]} * ${ak}`);
    }
  }
  if ("partials" in rule) {
    const ps = name("P", rule, (rule as RuleN).partials);
    return `{ const ak = ${ak}; const ps = ${ps}([${xs.join(", ")}], ${y}); ${targets.map((_, e) => add(e, `ps[${e}] * ak`)).join(" ")} }`;
  }
  if (rule.arity === 1) return add(0, `${name("D", rule, (rule as Rule1).d)}(${xs[0]}, ${y}) * ${ak}`);
  const dx = name("DX", rule, (rule as Rule2).dx), dy = name("DY", rule, (rule as Rule2).dy);
  return `{ const ak = ${ak}; ${add(0, `${dx}(${xs[0]}, ${xs[1]}, ${y}) * ak`)} ${add(1, `${dy}(${xs[0]}, ${xs[1]}, ${y}) * ak`)} }`;
}

/** A statement returning `index` when a guard comes out differently from `outcome`. */
function guardCheck(decision: string, a: string, b: string, outcome: boolean, index: string): string {
  const test: Record<string, string> = {
    lt: `${a} < ${b}`, le: `${a} <= ${b}`, gt: `${a} > ${b}`, ge: `${a} >= ${b}`, eq: `${a} === ${b}`, ne: `${a} !== ${b}`,
    key: `String(${a}) === String(${b})`, truth: `${a} !== 0 && ${a} === ${a}`, case: `${a} === ${b} || (${a} !== ${a} && ${b} !== ${b})`,
  };
  return `if (${outcome ? "!" : ""}(${test[decision]})) return ${index};`;
}

/** The forward and backward functions of a loop piece. */
function loopCode(g: GraphData, p: Loop, index: number, stored: Uint8Array, leaf: Int32Array, isConst: (k: number) => boolean, name: Namer, env: Record<string, unknown>): [string, string, string | null] {
  const { start: s, period: P, count } = p;
  const rules = g.rules, output = g.output;
  const isOp = (j: number) => rules[s + j] !== null;
  const carried = new Set<number>();
  for (const r of [...p.refs.flat(), ...p.guardRefs.flat()]) if (r.kind === "cr") carried.add(r.slot);
  const initOf = new Map<number, number>();
  for (const r of [...p.refs.flat(), ...p.guardRefs.flat()]) if (r.kind === "cr") initOf.set(r.slot, r.init);
  // Which iterations' values other pieces read: every one, only the last, or none.
  const mode = (j: number): "all" | "last" | "none" => {
    for (let i = 0; i < count - 1; i++) if (stored[s + i * P + j]) return "all";
    return stored[s + (count - 1) * P + j] ? "last" : "none";
  };
  const store: Record<number, string> = {};
  for (const j of carried) {
    store[j] = `S${index}_${j}`;
    env[store[j]] = new Float64Array(count + 1);
  }
  // Reads of inputs and earlier nodes are loaded once per iteration into locals.
  const loads = new Map<string, string>();
  const load = (expr: string) => loads.get(expr) ?? (loads.set(expr, `m${loads.size}`), `m${loads.size - 1}`);
  const valueRef = (r: Ref, backward: boolean): string => {
    switch (r.kind) {
      case "c": return lit(r.value);
      case "vc": case "v": return load(`V[${affine(r.o0, r.d)}]`);
      case "x": return load(`x[${affine(r.p0, r.dp)}]`);
      case "l": return `t${r.slot}`;
      case "cr": return backward ? `${store[r.slot]}[i]` : `c${r.slot}`;
    }
  };
  // Adjoints of inputs and earlier nodes: in locals for the iteration when no two forms can name the same entry.
  const step = (r: Ref) => (r.kind === "x" ? r.dp : r.kind === "v" ? r.d : NaN);
  const targets = p.refs.flat().filter((r) => r.kind === "x" || r.kind === "v");
  const sameStep = (kind: string) => new Set(targets.filter((r) => r.kind === kind).map(step)).size <= 1;
  // (Many accumulators would all be live through the iteration: then the adds go to memory.)
  const few = new Set(targets.map((r) => JSON.stringify(r))).size <= 32;
  const local = { x: few && sameStep("x"), v: few && sameStep("v") };
  const accumulators = new Map<string, string>();
  const accumulate = (expr: string) => accumulators.get(expr) ?? (accumulators.set(expr, `g${accumulators.size}`), `g${accumulators.size - 1}`);
  const adjointRef = (r: Ref): string | null => {
    switch (r.kind) {
      case "c": case "vc": return null;
      case "v": return local.v ? accumulate(`A[${affine(r.o0, r.d)}]`) : `A[${affine(r.o0, r.d)}]`;
      case "x": return local.x ? accumulate(`G[${affine(r.p0, r.dp)}]`) : `G[${affine(r.p0, r.dp)}]`;
      case "l": return `b${r.slot}`;
      case "cr": return `cb${r.slot}`;
    }
  };
  /** The adjoint statements of one iteration, slots in decreasing order, with the accumulators loaded and stored. */
  const adjoints = (backward: boolean): string[] => {
    accumulators.clear();
    const lines: string[] = [];
    for (let j = P - 1; j >= 0; j--) {
      if (!isOp(j) || s + j > output) continue;
      lines.push(adjointsOf(rules[s + j]!, p.refs[j].map((r) => valueRef(r, backward)), `t${j}`, `b${j}`, p.refs[j].map(adjointRef), name));
    }
    const acc = [...accumulators];
    return [...acc.map(([expr, a]) => `let ${a} = ${expr};`), ...lines, ...acc.map(([expr, a]) => `${expr} = ${a};`)];
  };
  const initValue = (k: number) => (leaf[k] >= 0 ? `x[${leaf[k]}]` : isConst(k) ? lit(g.traced[k]) : `V[${k}]`);
  const initAdjoint = (k: number) => (leaf[k] >= 0 ? `G[${leaf[k]}]` : isConst(k) ? null : `A[${k}]`);
  const body = (backward: boolean): string[] => {
    loads.clear();
    const lines: string[] = [];
    for (let j = 0; j < P; j++) {
      if (!backward) {
        p.guardSlot.forEach((slot, q) => {
          if (slot === j) lines.push(guardCheck(g.guards[p.guardFrom + q].decision, valueRef(p.guardRefs[q][0], false), valueRef(p.guardRefs[q][1], false), g.guards[p.guardFrom + q].outcome, `${p.guardFrom + q} + ${p.perIteration} * i`));
        });
      }
      if (isOp(j)) lines.push(`const t${j} = ${valueOf(rules[s + j]!, p.refs[j].map((r) => valueRef(r, backward)), name)};`);
    }
    return [...[...loads].map(([expr, local]) => `const ${local} = ${expr};`), ...lines];
  };
  const ops = Array.from({ length: P }, (_, j) => j).filter(isOp);
  // Values live in the iteration only (short live ranges for V8's register allocator); the last
  // iteration's values that other pieces read are stored from inside the loop.
  const storeLast = (): string[] => ops.filter((j) => mode(j) === "last").map((j) => `if (i === ${count - 1}) V[${s + (count - 1) * P + j}] = t${j};`);
  const last = (j: number) => s + (count - 1) * P + j;

  const fwd: string[] = [];
  for (const j of carried) fwd.push(`let c${j} = ${initValue(initOf.get(j)!)}; ${store[j]}[0] = c${j};`);
  fwd.push(`for (let i = 0; i < ${count}; i++) {`, ...body(false));
  for (const j of carried) fwd.push(`c${j} = t${j}; ${store[j]}[i + 1] = t${j};`);
  for (const j of ops) if (mode(j) === "all") fwd.push(`V[${s + j} + ${P} * i] = t${j};`);
  fwd.push(...storeLast(), "}", "return -1;");

  const bwd: string[] = [];
  for (const j of carried) bwd.push(`let cb${j} = ${mode(j) === "none" ? "0" : `A[${last(j)}]`};`);
  bwd.push(`for (let i = ${count - 1}; i >= 0; i--) {`, ...body(true));
  for (const j of ops) {
    const outside = mode(j) === "all" ? `A[${s + j} + ${P} * i]` : mode(j) === "last" ? `(i === ${count - 1} ? A[${last(j)}] : 0)` : "0";
    if (!carried.has(j)) bwd.push(`let b${j} = ${outside};`);
    else {
      const init = initAdjoint(initOf.get(j)!);
      bwd.push(`let b${j} = cb${j}; cb${j} = i > 0 ? ${mode(j) === "all" ? `A[${s + j} + ${P} * (i - 1)]` : "0"} : ${init ?? "0"};`);
    }
  }
  bwd.push(...adjoints(true), "}");
  for (const j of carried) {
    const init = initAdjoint(initOf.get(j)!);
    if (init !== null) bwd.push(`${init} = cb${j};`);
  }
  return [`function loop${index}(x) {\n${fwd.join("\n")}\n}`, `function loop${index}(x, G) {\n${bwd.join("\n")}\n}`, fused()];

  /**
   * When the loop ends at the output and each carried value only accumulates (`s = s + …`, whose
   * partial is exactly 1), every iteration's adjoints are known going forwards: the carried
   * adjoint is the output's seed (after one `0 + 1·a`, as the sweep computes it). If no two
   * iterations add into the same input or node, the order of the sums is the sweep's, and one
   * pass does the values and the gradient.
   */
  function fused(): string | null {
    if (s + count * P !== output + 1) return null;
    for (const j of carried) {
      const rule = rules[s + j]!;
      const uses = p.refs.flatMap((row, k) => row.map((r, e) => [r, k, e] as const)).filter(([r]) => (r.kind === "cr" || r.kind === "l") && r.slot === j);
      if (uses.length !== 1 || uses[0][0].kind !== "cr" || uses[0][1] !== j) return null;
      if ("partials" in rule || !(rule.name === "add" || (rule.name === "sub" && uses[0][2] === 0))) return null;
    }
    for (const kind of ["x", "v"]) {
      const forms = targets.filter((r) => r.kind === kind) as Array<{ p0?: number; o0?: number; dp?: number; d?: number }>;
      const bases = forms.map((r) => r.p0 ?? r.o0!), st = forms.length > 0 ? Math.abs(forms[0].dp ?? forms[0].d!) : 0;
      if (forms.length > 0 && (!local[kind as "x" | "v"] || st === 0 || Math.max(...bases) - Math.min(...bases) >= st)) return null;
    }
    const f: string[] = [];
    for (const j of carried) f.push(`let c${j} = ${initValue(initOf.get(j)!)};`);
    const seed = (j: number) => (mode(j) === "none" ? "0" : `A[${last(j)}]`);
    for (const j of ops) if (!carried.has(j)) f.push(`const seed${j} = ${seed(j)};`);
    for (const j of carried) f.push(`const seed${j} = ${seed(j)}, then${j} = 0 + 1 * seed${j};`);
    f.push(`for (let i = 0; i < ${count}; i++) {`, ...body(false));
    for (const j of ops) {
      if (carried.has(j)) f.push(`let b${j} = i === ${count - 1} ? seed${j} : then${j};`);
      else f.push(`let b${j} = i === ${count - 1} ? seed${j} : 0;`);
      if (mode(j) === "all") f.push(`V[${s + j} + ${P} * i] = t${j};`);
    }
    for (const j of carried) f.push(`let cb${j} = 0;`); // the next iteration's carried adjoint, known already
    f.push(...adjoints(false));
    for (const j of carried) f.push(`c${j} = t${j};`);
    f.push(...storeLast(), "}");
    for (const j of carried) {
      const init = initAdjoint(initOf.get(j)!);
      if (init !== null) f.push(`${init} += 1 * (${count} === 1 ? seed${j} : then${j});`);
    }
    f.push("return -1;");
    return `function fused${index}(x, G) {\n${f.join("\n")}\n}`;
  }
}
