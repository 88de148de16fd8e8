/**
 * Replaying a traced graph on new inputs. The Wengert list is compiled once into straight-line
 * JavaScript — one statement per node for the values, one per edge for the adjoints, in chunks
 * small enough for V8's optimising compiler — that computes what the tape computes, operation
 * by operation in the same order, so replayed values and gradients are the tape's to the bit.
 * Where `new Function` is barred, and for inputs that are themselves active values (a graph
 * replayed inside another transform), an interpreter over the same list does the work.
 */
import { numberOf, type Value } from "./active.js";
import type { Decision } from "./guards.js";
import { gadd, gmul, partialsOf, type Rule, type Rule1, type Rule2, type RuleN } from "./lift.js";

/** Operand of a guard: a node of the graph, or a constant. */
export type Operand = { node: number } | { constant: number };

/** A decision taken on an active value while tracing; replay must take it the same way. */
export interface Guard {
  decision: Decision;
  a: Operand;
  b: Operand;
  outcome: boolean;
  /** Number of nodes recorded when the decision was taken (all its operands are before). */
  after: number;
  /** Where in the user's code (file:line:column), when known. */
  site: string;
}

/** What replay needs of a graph. `rules[k]` is null for inputs and constants. */
export interface GraphData {
  readonly ops: readonly string[];
  readonly inputsOf: readonly (readonly number[])[];
  readonly traced: readonly number[];
  readonly rules: ReadonlyArray<Rule | null>;
  readonly output: number;
  /** The node of each input leaf, in order. */
  readonly inputNodes: readonly number[];
  readonly guards: readonly Guard[];
}

/** Replay on plain numbers into caller-owned arrays (values `v`, adjoints `a`, one entry per node). */
export interface Replay {
  /** Fills `v`; returns the index of the first guard that comes out differently, or -1. */
  forward(x: ArrayLike<number>, v: Float64Array): number;
  /** Fills the adjoints of every node up to the output (1 at the output) from the values `v`. */
  backward(v: Float64Array, a: Float64Array): void;
}

const CHUNK = 1500; // statements per generated function: well under V8's optimisation limits

/** The value of decision `d` on numbers. */
export function decide(d: Decision, a: number, b: number): boolean {
  switch (d) {
    case "lt": return a < b;
    case "le": return a <= b;
    case "gt": return a > b;
    case "ge": return a >= b;
    case "eq": return a === b;
    case "ne": return a !== b;
    case "key": return String(a) === String(b);
  }
}

/** Compiles the graph's replay; falls back to the interpreter where code cannot be generated. */
export function compileReplay(g: GraphData): Replay {
  try {
    return generate(g);
  } catch {
    return interpreter(g);
  }
}

const literal = (x: number): string => (Object.is(x, -0) ? "-0" : String(x));

function generate(g: GraphData): Replay {
  const n = g.ops.length;
  const fns: unknown[] = [], fnNames: string[] = [], byRule = new Map<Rule, number>();
  const ruleId = (r: Rule): number => {
    let id = byRule.get(r);
    if (id === undefined) {
      byRule.set(r, (id = byRule.size));
      fns.push(r);
      fnNames.push(`r${id}`);
    }
    return id;
  };
  const isConst = (k: number) => g.rules[k] === null && g.ops[k] !== "inp";
  const ref = (k: number) => (isConst(k) ? `(${literal(g.traced[k])})` : `V[${k}]`);
  const opnd = (o: Operand) => ("node" in o ? ref(o.node) : `(${literal(o.constant)})`);

  // Values, with each guard checked right after the nodes it depends on.
  const fwd: string[] = [];
  let guard = 0, input = 0;
  const guardsUpTo = (count: number) => {
    for (; guard < g.guards.length && g.guards[guard].after <= count; guard++) {
      const gd = g.guards[guard];
      const [a, b] = [opnd(gd.a), opnd(gd.b)];
      const test = gd.decision === "key" ? `String(${a})===String(${b})` : `${a}${SYMBOL[gd.decision]}${b}`;
      fwd.push(`if((${test})!==${gd.outcome})return ${guard};`);
    }
  };
  for (let k = 0; k < n; k++) {
    guardsUpTo(k);
    const rule = g.rules[k], xs = g.inputsOf[k].map(ref);
    if (g.ops[k] === "inp") fwd.push(`V[${k}]=X[${input++}];`);
    else if (rule !== null) fwd.push(`V[${k}]=${valueCode(rule, xs, ruleId)};`);
  }
  guardsUpTo(n);

  // Adjoints, swept backwards from the output exactly as the tape sweeps.
  const bwd: string[] = [`A[${g.output}]=1;`];
  const touched = new Uint8Array(n);
  touched[g.output] = 1;
  for (let k = g.output; k >= 0; k--) {
    const rule = g.rules[k];
    if (rule === null) continue;
    if (!touched[k]) bwd.push(`A[${k}]=0;`);
    touched[k] = 1;
    const ins = g.inputsOf[k], xs = ins.map(ref), y = `V[${k}]`;
    const ps = partialCode(rule, xs, y, ruleId);
    const stmts: string[] = [];
    ins.forEach((i, e) => {
      if (isConst(i)) return;
      // A first contribution is added to 0 as on the tape (0 + -0 is +0).
      stmts.push(touched[i] ? `A[${i}]+=${ps(e)}*A[${k}];` : `A[${i}]=0+${ps(e)}*A[${k}];`);
      touched[i] = 1;
    });
    if ("partials" in rule && stmts.length > 0) bwd.push(`P=r${ruleId(rule)}.partials([${xs.join(",")}],${y});`);
    bwd.push(...stmts);
  }
  g.inputNodes.forEach((k) => {
    if (!touched[k]) bwd.push(`A[${k}]=0;`);
  });

  const chunks = (lines: string[], params: string, tail: string) => {
    const out: string[] = [];
    for (let s = 0; s < lines.length || s === 0; s += CHUNK) {
      out.push(`function(${params}){let P;${lines.slice(s, s + CHUNK).join("")}${tail}}`);
    }
    return `[${out.join(",")}]`;
  };
  const make = new Function(...fnNames, `return [${chunks(fwd, "X,V", "return -1;")},${chunks(bwd, "V,A", "")}];`);
  const [forwardParts, backwardParts] = make(...fns) as [Array<(x: ArrayLike<number>, v: Float64Array) => number>, Array<(v: Float64Array, a: Float64Array) => void>];
  return {
    forward(x, v) {
      for (let c = 0; c < forwardParts.length; c++) {
        const failed = forwardParts[c](x, v);
        if (failed >= 0) return failed;
      }
      return -1;
    },
    backward(v, a) {
      for (let c = 0; c < backwardParts.length; c++) backwardParts[c](v, a);
    },
  };
}

const SYMBOL: Record<Decision, string> = { lt: "<", le: "<=", gt: ">", ge: ">=", eq: "===", ne: "!==", key: "===" };

/** The value of a node: the arithmetic operators inline (the rules' `num` is exactly that), others by call. */
function valueCode(rule: Rule, xs: string[], ruleId: (r: Rule) => number): string {
  const [a, b] = xs;
  switch (rule.name) {
    case "add": if (xs.length === 2) return `${a}+${b}`; break;
    case "sub": if (xs.length === 2) return `${a}-${b}`; break;
    case "mul": if (xs.length === 2) return `${a}*${b}`; break;
    case "div": if (xs.length === 2) return `${a}/${b}`; break;
    case "neg": return `-${a}`;
    case "square": return `${a}*${a}`;
  }
  return `r${ruleId(rule)}.num(${xs.join(",")})`;
}

/** The partial of a node by its operand `e`, as the rule computes it (inline for the operators). */
function partialCode(rule: Rule, xs: string[], y: string, ruleId: (r: Rule) => number): (e: number) => string {
  const [a, b] = xs;
  const r = `r${ruleId(rule)}`;
  if (xs.length <= 2 && !("partials" in rule)) {
    switch (rule.name) {
      case "add": return () => "1";
      case "sub": return (e) => (e === 0 ? "1" : "(-1)");
      case "mul": return (e) => (e === 0 ? b : a);
      case "div": return (e) => (e === 0 ? `(1/${b})` : `(-(${y}/${b}))`);
      case "neg": return () => "(-1)";
      case "square": return () => `(2*${a})`;
    }
    if (rule.arity === 1) return () => `${r}.d(${a},${y})`;
    return (e) => (e === 0 ? `${r}.dx(${a},${b},${y})` : `${r}.dy(${a},${b},${y})`);
  }
  return (e) => `P[${e}]`;
}

/** The same replay, interpreted: for code-generation-free environments. */
function interpreter(g: GraphData): Replay {
  return {
    forward(x, v) {
      const vals = replayValues(g, Array.from(x), (failed) => failed);
      if (typeof vals === "number") return vals;
      vals.forEach((y, k) => (v[k] = y as number));
      return -1;
    },
    backward(v, a) {
      const adj = replayAdjoints(g, Array.from(v));
      a.fill(0);
      adj.forEach((y, k) => (a[k] = y as number));
    },
  };
}

/**
 * The values of every node at input leaves `leaves` (numbers or active values of enclosing
 * transforms, on which the rules' AD-aware functions work). On a guard that comes out
 * differently, returns `onGuard(index)`.
 */
export function replayValues<T>(g: GraphData, leaves: readonly Value[], onGuard: (failed: number) => T): Value[] | T {
  const values: Value[] = new Array(g.ops.length);
  let input = 0, guard = 0;
  const at = (o: Operand): number => ("node" in o ? numberOf(values[o.node]) : o.constant);
  for (let k = 0; k <= g.ops.length; k++) {
    for (; guard < g.guards.length && g.guards[guard].after <= k; guard++) {
      const gd = g.guards[guard];
      if (decide(gd.decision, at(gd.a), at(gd.b)) !== gd.outcome) return onGuard(guard);
    }
    if (k === g.ops.length) break;
    const rule = g.rules[k];
    if (g.ops[k] === "inp") values[k] = leaves[input++];
    else if (rule === null) values[k] = g.traced[k];
    else values[k] = (rule.fn as (...xs: Value[]) => Value)(...g.inputsOf[k].map((i) => values[i]));
  }
  return values;
}

/** The adjoints of every node (by the tape's order of accumulation) given the node values. */
export function replayAdjoints(g: GraphData, values: readonly Value[]): Value[] {
  const adj: Value[] = new Array(g.ops.length).fill(0);
  adj[g.output] = 1;
  for (let k = g.output; k >= 0; k--) {
    const rule = g.rules[k];
    if (rule === null) continue;
    const ins = g.inputsOf[k];
    const ps = partialsOf(rule as Rule1 | Rule2 | RuleN, ins.map((i) => values[i]), values[k]);
    ins.forEach((i, e) => {
      if (g.rules[i] !== null || g.ops[i] === "inp") adj[i] = gadd(adj[i], gmul(ps[e], adj[k]));
    });
  }
  return adj;
}
