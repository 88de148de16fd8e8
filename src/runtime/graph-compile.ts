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
 * the tape's partials, so results equal a tape's to the bit. A loop's adjoint code is written with
 * what is known while generating it (graph-adjoint.ts: zero adjoints, the seed, constant partials,
 * copies and negations as names), which changes at most the sign of a zero that never reaches a
 * result. Guards become one comparison each, returning the failing guard's index.
 */
import { adjointsOf, guardCheck, loopCode, valueOf } from "./graph-code.js";
import { reroll, lit, type Loop, type Straight } from "./graph-loops.js";
import type { GraphData, Operand } from "./graph-replay.js";
import type { Rule } from "./lift.js";

/** Replay on plain numbers; `x` holds the input leaves in order. */
export interface CompiledReplay {
  /** Computes the values; returns the index of the first guard that comes out differently, or -1. */
  forward(x: ArrayLike<number>): number;
  /** The output's value after `forward(x)`. */
  value(x: ArrayLike<number>): number;
  /**
   * The gradient into `g` (zeros, one entry per input leaf), and the values when `withValue`
   * (else `value` is not to be called after it); returns what `forward` returns.
   */
  gradient(x: ArrayLike<number>, g: Float64Array, withValue: boolean): number;
}

/**
 * Compiles the graph's replay (see the file's comment), or null when it is mostly not loops.
 * `arrays`: the calls will pass the inputs as an array rather than a Float64Array (for the warm-up).
 */
export function compileGraph(g: GraphData, arrays: boolean): CompiledReplay | null {
  const cut = reroll(g);
  if (cut === null) return null;
  const compiled = emit(g, cut.pieces, cut.leaf, cut.isConst, cut.ruleId);
  // A few runs at the traced point give V8 type feedback for every line before it optimises the
  // generated functions (code it compiles while a long loop first runs has none for the code after
  // the loop, and its deoptimisation there can leave the function unoptimised for many calls).
  const traced = Float64Array.from(g.inputNodes, (k) => g.traced[k]);
  const x = arrays ? Array.from(traced) : traced; // inputs of the calls' kind
  for (let r = 0; r < 3; r++) compiled.gradient(x, new Float64Array(x.length), true), compiled.gradient(x, new Float64Array(x.length), false);
  compiled.forward(x);
  return compiled;
}

/** Generates the pieces' code and the driver. */
function emit(g: GraphData, pieces: Array<Straight | Loop>, leaf: Int32Array, isConst: (k: number) => boolean, ruleId: (r: Rule) => number): CompiledReplay {
  const n = g.ops.length, output = g.output, rules = g.rules;
  // Nodes read from memory by another piece (or the output): their values and adjoints live in V and A.
  const stored = new Uint8Array(n);
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
  const valueOnly = stored[output] === 0 ? output : -1; // the output's value is kept only for `value`
  if (rules[output] !== null) stored[output] = 1;
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
  let fusedCode: string | null = null, fusedNoValueCode: string | null = null, fusedAt = -1;
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
      const [f, b, fused, fusedNoValue] = loopCode(g, p, index, stored, leaf, isConst, name, env, valueOnly);
      forwards.push(f);
      backwards.push(p.start <= output ? b : "");
      if (fused !== null) (fusedCode = fused), (fusedNoValueCode = fusedNoValue), (fusedAt = index);
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
  type Fused = (x: ArrayLike<number>, G: Float64Array) => number;
  const fusedFn = fusedCode === null ? null : (make(fusedCode) as Fused);
  const fusedNoValueFn = fusedNoValueCode === null ? fusedFn : (make(fusedNoValueCode) as Fused);
  const Z = Int32Array.from(zero), outLeaf = leaf[output], sweep = rules[output] !== null;
  const forward = (x: ArrayLike<number>, G: Float64Array | null, fused: Fused | null): number => {
    for (let q = 0; q < fwd.length; q++) {
      const failed = q === fusedPiece && G !== null ? fused!(x, G) : fwd[q](x);
      if (failed >= 0) return failed;
    }
    return -1;
  };
  return {
    forward: (x) => forward(x, null, null),
    value: (x) => (outLeaf >= 0 ? x[outLeaf] : V[output]),
    gradient(x, G, withValue) {
      if (!sweep) {
        if (outLeaf >= 0) G[outLeaf] += 1;
        return forward(x, null, null);
      }
      for (let q = 0; q < Z.length; q++) A[Z[q]] = 0;
      A[output] = 1;
      const failed = forward(x, G, withValue ? fusedFn : fusedNoValueFn);
      if (failed >= 0) return failed;
      for (let q = bwd.length - 1; q >= 0; q--) if (q !== fusedPiece) bwd[q]?.(x, G);
      return -1;
    },
  };
}
