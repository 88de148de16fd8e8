/**
 * Expression graphs (seeds 001 and 002): `trace` runs a function once and records its Wengert
 * list — one node per operation with its inputs and value — which can then be replayed on new
 * inputs for values and gradients without running the function again, and drawn with `toDot`.
 * Like any trace, it records the branch taken at the traced point: control flow that depends
 * on the inputs is fixed at trace time.
 */
import { describe, type Value } from "./active.js";
import { partialsOf, type Rule } from "./lift.js";
import { argumentTree, belongs, checkScalarOutput, within } from "./levels.js";
import { flatten, type Flat } from "./structure.js";
import { Tape } from "./tape.js";
import type { GradientOf } from "./transforms.js";

/** One entry of the Wengert list. `op` is "inp" for inputs and "const" for constants. */
export interface GraphNode {
  op: string;
  inputs: number[];
  value: number;
}

/**
 * A traced computation.
 * @example
 * const g = trace((x0: number, x1: number) => Math.sin(x0) * (x0 + x1), 0.6, 1.4);
 * g.nodes.map((n) => n.op); // ["inp", "inp", "sin", "add", "mul"]
 * g.valueAndGrad(0.6, 1.4); // [1.1292…, [2.2153…, 0.5646…]]
 */
export class Graph<A extends unknown[] = unknown[]> {
  /** @internal */
  constructor(
    readonly nodes: readonly GraphNode[],
    private readonly rules: ReadonlyArray<Rule | null>,
    readonly output: number,
    private readonly args: Flat,
    private readonly arity: number,
  ) {}

  /** The output at new inputs (same shapes as the traced ones). */
  evaluate(...args: A): number {
    return this.forward(args)[this.output];
  }

  /** The gradient at new inputs, structured like the arguments. */
  grad(...args: A): GradientOf<A> {
    return this.valueAndGrad(...args)[1];
  }

  /** `[value, gradient]` at new inputs, the gradient structured like the arguments. */
  valueAndGrad(...args: A): [number, GradientOf<A>] {
    const values = this.forward(args);
    const adj = new Float64Array(this.nodes.length);
    adj[this.output] = 1;
    for (let i = this.output; i >= 0; i--) {
      const rule = this.rules[i];
      if (rule === null) continue;
      const node = this.nodes[i];
      const xs = node.inputs.map((k) => values[k]);
      const ps = partialsOf(rule, xs, values[i]) as number[];
      node.inputs.forEach((k, e) => (adj[k] += ps[e] * adj[i]));
    }
    const inputs = this.nodes.flatMap((n, k) => (n.op === "inp" ? [adj[k]] : []));
    return [values[this.output], this.args.build(inputs, true) as GradientOf<A>];
  }

  /** The expression graph in Graphviz's dot language, inputs at the bottom. */
  toDot(): string {
    const lines = ["digraph typegrad {", "  rankdir=BT;"];
    let input = 0;
    this.nodes.forEach((n, k) => {
      const label = n.op === "inp" ? `x${input++}` : n.op === "const" ? "const" : n.op;
      const shape = n.op === "inp" ? "box" : n.op === "const" ? "plaintext" : "ellipse";
      lines.push(`  n${k} [label="${label}\\n${formatNumber(n.value)}", shape=${shape}];`);
      n.inputs.forEach((i) => lines.push(`  n${i} -> n${k};`));
    });
    lines.push("}");
    return lines.join("\n");
  }

  private forward(args: unknown[]): number[] {
    if (args.length !== this.arity) throw new TypeError(`typegrad: this graph takes ${this.arity} argument(s), got ${args.length}`);
    const leaves = flatten(argumentTree(args, "Graph"), "graph input").leaves;
    const inputCount = this.nodes.filter((n) => n.op === "inp").length;
    if (leaves.length !== inputCount) throw new TypeError(`typegrad: this graph takes ${inputCount} input number(s), got ${leaves.length}`);
    const values: number[] = [];
    let input = 0;
    this.nodes.forEach((node, i) => {
      const rule = this.rules[i];
      if (node.op === "inp") values.push(leaves[input++] as number);
      else if (rule === null) values.push(node.value);
      else values.push((rule.num as (...xs: number[]) => number)(...node.inputs.map((k) => values[k])));
    });
    return values;
  }
}

/**
 * Traces `f` at `args` into a replayable `Graph` (a Wengert list).
 * @example
 * trace((x: number) => Math.exp(x * x), 0.5).toDot();
 */
export function trace<A extends unknown[]>(f: (...args: A) => number, ...args: A): Graph<A>;
export function trace(f: (...args: never[]) => number, ...args: unknown[]): Graph {
  const flat = flatten(argumentTree(args, "trace"), "trace's argument");
  flat.leaves.forEach((v) => {
    if (typeof v !== "number") throw new TypeError(`typegrad: trace takes plain numbers, got ${describe(v)}`);
  });
  const tape = new Tape("trace");
  const nodes: GraphNode[] = [];
  const rules: Array<Rule | null> = [];
  const graphIndex: number[] = []; // tape node -> graph node
  const out = within(tape, () => {
    const vars = flat.leaves.map((leaf) => {
      const v = tape.node(leaf);
      graphIndex[v.i] = nodes.push({ op: "inp", inputs: [], value: leaf as number }) - 1;
      rules.push(null);
      return v;
    });
    tape.trace = (rule, operands, value) => {
      const inputs = operands.map((o) => {
        if ("node" in o) return graphIndex[o.node];
        rules.push(null);
        return nodes.push({ op: "const", inputs: [], value: o.constant }) - 1;
      });
      graphIndex[tape.size - 1] = nodes.push({ op: rule.name, inputs, value: value as number }) - 1;
      rules.push(rule);
    };
    const tree = flat.build(vars, false);
    return args.length === 1 ? (f as (a: unknown) => unknown)(tree) : (f as (...a: unknown[]) => unknown)(...(tree as unknown[]));
  });
  tape.trace = null;
  checkScalarOutput(out, "trace");
  const output = belongs(tape, out as Value) ? graphIndex[(out as unknown as { i: number }).i] : nodes.push({ op: "const", inputs: [], value: out as number }) - 1;
  if (rules.length < nodes.length) rules.push(null);
  return new Graph(nodes, rules, output, flat, args.length);
}

function formatNumber(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toPrecision(6);
}
