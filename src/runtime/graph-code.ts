/**
 * The JavaScript of a compiled replay's pieces: one node's value, its adjoint contributions and a
 * guard's test as source text, and the forward, backward and one-pass (fused) functions of a
 * loop. Partials are the replay interpreter's (graph-replay.ts), in the same order, so the
 * generated code computes what the tape computes, bit for bit.
 */
import { AdjointCode, type Term } from "./graph-adjoint.js";
import type { GraphData } from "./graph-replay.js";
import { lit, type Loop, type Ref } from "./graph-loops.js";
import type { Rule, Rule1, Rule2, RuleN } from "./lift.js";

const INLINE = new Set(["add", "sub", "mul", "div", "neg", "square"]);
const affine = (base: number, step: number): string => (step === 0 ? `${base}` : `${base} + ${step} * i`);

/** Names a rule's function in the generated code (and binds it). */
export type Namer = (prefix: string, rule: Rule, fn: unknown) => string;

/** The value of a node applying `rule` to operand expressions `xs`, as the replay interpreter computes it. */
export function valueOf(rule: Rule, xs: string[], name: Namer): string {
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
export function adjointsOf(rule: Rule, xs: string[], y: string, ak: string, targets: Array<string | null>, name: Namer): string {
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

/** Which operands (and whether the node's own value) the partials of `partialTerms` read. */
export function partialReads(rule: Rule, arity: number): { operands: number[]; self: boolean } {
  if (INLINE.has(rule.name) && !("partials" in rule) && arity === (rule.name === "neg" || rule.name === "square" ? 1 : 2)) {
    switch (rule.name) {
      case "mul": return { operands: [0, 1], self: false };
      case "div": return { operands: [1], self: true };
      case "square": return { operands: [0], self: false };
      default: return { operands: [], self: false };
    }
  }
  return { operands: Array.from({ length: arity }, (_, e) => e), self: true };
}

/**
 * The partials of a node applying `rule` to operands `xs` (numbers where they are constants), in
 * operand order, as the replay interpreter computes them; `pre` is a statement to run first
 * (declaring `ps`, a rule's array of partials).
 */
export function partialTerms(rule: Rule, xs: Term[], y: string, name: Namer, ps: string): { pre: string | null; partials: Term[] } {
  const src = (t: Term) => (typeof t === "number" ? lit(t) : t);
  if (INLINE.has(rule.name) && !("partials" in rule) && xs.length === (rule.name === "neg" || rule.name === "square" ? 1 : 2)) {
    switch (rule.name) {
      case "add": return { pre: null, partials: [1, 1] };
      case "sub": return { pre: null, partials: [1, -1] };
      case "mul": return { pre: null, partials: [xs[1], xs[0]] };
      case "div": return { pre: null, partials: [typeof xs[1] === "number" ? 1 / xs[1] : `1 / ${xs[1]}`, `-(${y} / ${src(xs[1])})`] };
      case "neg": return { pre: null, partials: [-1] };
      case "square": return { pre: null, partials: [typeof xs[0] === "number" ? 2 * xs[0] : `2 * ${xs[0]}`] };
    }
  }
  if ("partials" in rule) {
    const fn = name("P", rule, (rule as RuleN).partials);
    return { pre: `const ${ps} = ${fn}([${xs.map(src).join(", ")}], ${y});`, partials: xs.map((_, e) => `${ps}[${e}]`) };
  }
  const args = xs.map(src).join(", ");
  if (rule.arity === 1) return { pre: null, partials: [`${name("D", rule, (rule as Rule1).d)}(${args}, ${y})`] };
  return { pre: null, partials: [`${name("DX", rule, (rule as Rule2).dx)}(${args}, ${y})`, `${name("DY", rule, (rule as Rule2).dy)}(${args}, ${y})`] };
}

/** A statement returning `index` when a guard comes out differently from `outcome`. */
export function guardCheck(decision: string, a: string, b: string, outcome: boolean, index: string): string {
  const test: Record<string, string> = {
    lt: `${a} < ${b}`, le: `${a} <= ${b}`, gt: `${a} > ${b}`, ge: `${a} >= ${b}`, eq: `${a} === ${b}`, ne: `${a} !== ${b}`,
    key: `String(${a}) === String(${b})`, truth: `${a} !== 0 && ${a} === ${a}`, case: `${a} === ${b} || (${a} !== ${a} && ${b} !== ${b})`,
  };
  return `if (${outcome ? "!" : ""}(${test[decision]})) return ${index};`;
}


/**
 * The forward and backward functions of a loop piece, and its one-pass function when it has one,
 * with the output's value and without it (for `grad`; null when they are the same). `valueOnly`
 * is the output when no other piece reads its value, else -1.
 */
export function loopCode(g: GraphData, p: Loop, index: number, stored: Uint8Array, leaf: Int32Array, isConst: (k: number) => boolean, name: Namer, env: Record<string, unknown>, valueOnly: number): [string, string, string | null, string | null] {
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
  const accumulators = new Map<string, string>(), memoryOf = new Map<string, string>();
  const accumulate = (expr: string) => {
    let a = accumulators.get(expr);
    if (a === undefined) accumulators.set(expr, (a = `g${accumulators.size}`)), memoryOf.set(a, expr);
    return a;
  };
  /** Where an operand's adjoint goes; in the one-pass loop the carried adjoint is known and not accumulated. */
  const adjointRef = (r: Ref, onePass: boolean): string | null => {
    switch (r.kind) {
      case "c": case "vc": return null;
      case "v": return local.v ? accumulate(`A[${affine(r.o0, r.d)}]`) : `A[${affine(r.o0, r.d)}]`;
      case "x": return local.x ? accumulate(`G[${affine(r.p0, r.dp)}]`) : `G[${affine(r.p0, r.dp)}]`;
      case "l": return `b${r.slot}`;
      case "cr": return onePass ? null : `cb${r.slot}`;
    }
  };
  const valueTerm = (r: Ref, backward: boolean): Term => (r.kind === "c" ? r.value : valueRef(r, backward));
  /**
   * The adjoint statements of one iteration, slots in decreasing order, operands in order, after
   * the slots' starting adjoints set in `code`. Accumulators of inputs and earlier nodes start
   * from memory, or (one pass, on a zeroed gradient) from zero; they are stored at the end.
   */
  const adjoints = (code: AdjointCode, backward: boolean, onePass: boolean): string[] => {
    accumulators.clear(), memoryOf.clear();
    for (let j = P - 1; j >= 0; j--) {
      if (!isOp(j) || s + j > output) continue;
      const row = p.refs[j], to = row.map((r) => adjointRef(r, onePass));
      if (to.every((t) => t === null)) continue;
      const { pre, partials } = partialTerms(rules[s + j]!, row.map((r) => valueTerm(r, backward)), `t${j}`, name, `ps${j}`);
      if (pre !== null) code.raw(pre);
      to.forEach((t, e) => {
        if (t === null) return;
        const memory = memoryOf.get(t);
        if (memory !== undefined && !code.has(t)) {
          if (onePass) code.zero(t, true);
          else code.runtime(t, memory);
        }
        code.add(t, partials[e], `b${j}`);
      });
    }
    for (const [expr, a] of accumulators) {
      const v = code.stored(a);
      if (v !== null) code.raw(`${expr} = ${v};`);
    }
    return code.lines;
  };
  const initValue = (k: number) => (leaf[k] >= 0 ? `x[${leaf[k]}]` : isConst(k) ? lit(g.traced[k]) : `V[${k}]`);
  const initAdjoint = (k: number) => (leaf[k] >= 0 ? `G[${leaf[k]}]` : isConst(k) ? null : `A[${k}]`);
  /** One iteration's guards (going forwards) and values (only the slots in `keep`, when given). Loads are declared by `declareLoads`. */
  const body = (backward: boolean, keep: Set<number> | null = null): string[] => {
    const lines: string[] = [];
    for (let j = 0; j < P; j++) {
      if (!backward) {
        p.guardSlot.forEach((slot, q) => {
          if (slot === j) lines.push(guardCheck(g.guards[p.guardFrom + q].decision, valueRef(p.guardRefs[q][0], false), valueRef(p.guardRefs[q][1], false), g.guards[p.guardFrom + q].outcome, `${p.guardFrom + q} + ${p.perIteration} * i`));
        });
      }
      if (isOp(j) && (keep === null || keep.has(j))) lines.push(`const t${j} = ${valueOf(rules[s + j]!, p.refs[j].map((r) => valueRef(r, backward)), name)};`);
    }
    return lines;
  };
  /** The loads of inputs and earlier nodes that the iteration's code used (then forgotten). */
  const declareLoads = (): string[] => {
    const lines = [...loads].map(([expr, local]) => `const ${local} = ${expr};`);
    loads.clear();
    return lines;
  };
  /** An iteration: its loads, then its lines. */
  const iteration = (...parts: string[][]): string[] => {
    const lines = parts.flat();
    return [...declareLoads(), ...lines];
  };
  const ops = Array.from({ length: P }, (_, j) => j).filter(isOp);
  // Values live in the iteration only (short live ranges for V8's register allocator); the last
  // iteration's values that other pieces read are stored from inside the loop.
  // Without the value (`withValue` false) the output is not stored, and V8 drops the work only it needs.
  const lastStored = (j: number, withValue: boolean) => mode(j) === "last" && (withValue || last(j) !== valueOnly);
  const storeLast = (withValue = true): string[] => ops.filter((j) => lastStored(j, withValue) && !carried.has(j)).map((j) => `if (i === ${count - 1}) V[${last(j)}] = t${j};`);
  /** After the loop, a carried value holds its last iteration's value. */
  const storeLastCarried = (withValue = true): string[] => ops.filter((j) => lastStored(j, withValue) && carried.has(j)).map((j) => `V[${last(j)}] = c${j};`);
  const last = (j: number) => s + (count - 1) * P + j;

  const fwd: string[] = [];
  for (const j of carried) fwd.push(`let c${j} = ${initValue(initOf.get(j)!)}; ${store[j]}[0] = c${j};`);
  fwd.push(`for (let i = 0; i < ${count}; i++) {`, ...iteration(body(false)));
  for (const j of carried) fwd.push(`c${j} = t${j}; ${store[j]}[i + 1] = t${j};`);
  for (const j of ops) if (mode(j) === "all") fwd.push(`V[${s + j} + ${P} * i] = t${j};`);
  fwd.push(...storeLast(), "}", ...storeLastCarried(), "return -1;");

  const bwd: string[] = [];
  for (const j of carried) bwd.push(`let cb${j} = ${mode(j) === "none" ? "0" : `A[${last(j)}]`};`);
  bwd.push(`for (let i = ${count - 1}; i >= 0; i--) {`);
  const values = body(true);
  const code = new AdjointCode();
  for (const j of ops) {
    const outside = mode(j) === "all" ? `A[${s + j} + ${P} * i]` : mode(j) === "last" ? `(i === ${count - 1} ? A[${last(j)}] : 0)` : null;
    if (!carried.has(j)) {
      if (outside === null) code.zero(`b${j}`);
      else code.runtime(`b${j}`, outside);
    } else {
      const init = initAdjoint(initOf.get(j)!);
      code.runtime(`b${j}`, `cb${j}`);
      code.raw(`cb${j} = i > 0 ? ${mode(j) === "all" ? `A[${s + j} + ${P} * (i - 1)]` : "0"} : ${init ?? "0"};`);
      code.runtime(`cb${j}`, null);
    }
  }
  bwd.push(...iteration(values, adjoints(code, true, false)), "}");
  for (const j of carried) {
    const init = initAdjoint(initOf.get(j)!);
    if (init !== null) bwd.push(`${init} = cb${j};`);
  }
  const withValue = fused(true), withoutValue = fused(false);
  return [`function loop${index}(x) {\n${fwd.join("\n")}\n}`, `function loop${index}(x, G) {\n${bwd.join("\n")}\n}`, withValue, withoutValue === withValue ? null : withoutValue];

  /**
   * When the loop ends at the output and each carried value only accumulates (`s = s + …`, whose
   * partial is exactly 1), every iteration's adjoints are known going forwards: the carried
   * adjoint is the output's seed (after one `0 + 1·a`, as the sweep computes it). If no two
   * iterations add into the same input or node, the order of the sums is the sweep's, and one
   * pass does the values and the gradient.
   */
  function fused(withValue: boolean): string | null {
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
    // The seeds: 1 for the output (the loop's last node), 0 for the rest (nothing after the
    // output is swept); a carried adjoint is its seed in every iteration (0 + 1·seed is the seed).
    const seed = (j: number) => (last(j) === output ? 1 : 0);
    const keep = withValue ? null : live();
    const kept = (j: number) => keep === null || keep.has(j);
    const f: string[] = [];
    for (const j of carried) if (kept(j)) f.push(`let c${j} = ${initValue(initOf.get(j)!)};`);
    f.push(`for (let i = 0; i < ${count}; i++) {`);
    const values = body(false, keep), stores: string[] = [];
    const code = new AdjointCode();
    for (const j of ops) {
      if (carried.has(j)) code.constant(`b${j}`, seed(j));
      else if (seed(j) === 0) code.zero(`b${j}`);
      else code.runtime(`b${j}`, `i === ${count - 1} ? 1 : 0`);
      if (mode(j) === "all") stores.push(`V[${s + j} + ${P} * i] = t${j};`);
    }
    f.push(...iteration(values, stores, adjoints(code, false, true)));
    for (const j of carried) if (kept(j)) f.push(`c${j} = t${j};`);
    f.push(...storeLast(withValue), "}", ...storeLastCarried(withValue));
    for (const j of carried) {
      const init = initAdjoint(initOf.get(j)!);
      if (init !== null && seed(j) !== 0) f.push(`${init} += ${seed(j)};`);
    }
    f.push("return -1;");
    return `function fused${index}(x, G) {\n${f.join("\n")}\n}`;
  }

  /**
   * The slots the one-pass loop needs when the output's value is not wanted: those the guards
   * compare, those stored for other pieces, those the partials read, and what they are computed
   * from. (V8 cannot drop the rest itself: its deoptimisation points keep every local alive.)
   */
  function live(): Set<number> {
    const need = new Set<number>(), todo: number[] = [];
    const slot = (j: number) => {
      if (!need.has(j)) need.add(j), todo.push(j);
    };
    const ref = (r: Ref) => {
      if (r.kind === "l" || r.kind === "cr") slot(r.slot);
    };
    p.guardRefs.forEach(([a, b]) => (ref(a), ref(b)));
    for (const j of ops) {
      if (mode(j) === "all" || lastStored(j, false)) slot(j);
      const row = p.refs[j];
      if (s + j > output || row.every((r) => r.kind === "c" || r.kind === "vc" || r.kind === "cr")) continue; // no adjoint to pass on
      const reads = partialReads(rules[s + j]!, row.length);
      if (reads.self) slot(j);
      reads.operands.forEach((e) => ref(row[e]));
    }
    for (let j = todo.pop(); j !== undefined; j = todo.pop()) p.refs[j].forEach(ref);
    return need;
  }
}

