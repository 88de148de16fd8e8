/**
 * Expression graphs (seeds 001 and 002): `trace` runs a function once and records its Wengert
 * list — one node per operation with its inputs and value — which can then be replayed on new
 * inputs for values and gradients without running the function again (graph-replay.ts),
 * explained as a sum over paths (graph-paths.ts) and drawn (graph-dot.ts, graph-svg.ts).
 *
 * A trace records the branch taken at the traced point, so every decision the function took on
 * an active value — each comparison, each value used as an index or key — is kept as a guard;
 * a replay on which one comes out differently throws instead of returning a wrong number.
 * Truthiness tests (`if (x)`, `!x`, `x && y`) and `switch (x)` on an active value are guards too;
 * a number computed from an active value by `numberOf` has left differentiation and is not.
 */
import { Active, VarNum, describe, numberOf, type Value } from "./active.js";
import { compileGraph, type CompiledReplay } from "./graph-compile.js";
import { graphDot, type DotOptions } from "./graph-dot.js";
import { graphPaths, type GraphPath } from "./graph-paths.js";
import { compileReplay, replayAdjoints, replayValues, type Guard, type GraphData, type Operand, type Replay } from "./graph-replay.js";
import { graphSvg } from "./graph-svg.js";
import { guardHook, type Decision } from "./guards.js";
import { argumentTree, belongs, checkScalarOutput, within } from "./levels.js";
import type { Rule } from "./lift.js";
import { capture, nanWatch, siteOf } from "./nans.js";
import { flatten, type Flat } from "./structure.js";
import { Tape } from "./tape.js";
import { valueAndGrad as transformValueAndGrad, type GradientOf } from "./transforms.js";

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
 * g.evaluate(1, 2);         // replayed, without calling the function
 */
export class Graph<A extends unknown[] = unknown[]> {
  private replay: Replay | null = null;
  /** The compiled replay; null where generated code cannot run (a Content-Security-Policy without 'unsafe-eval'). */
  private compiled: CompiledReplay | null | undefined = undefined;
  /** The inputs of the last compiled replay, whose node values are filled in only when shown (`paths`, `toDot`). */
  private pending: "none" | "value" | "grad" = "none";
  private lastLeaves: ArrayLike<number> | null = null;
  private leafBuffer: Float64Array | null = null;
  private gradientBuffer: Float64Array | null = null;
  /** An array argument's numbers, copied while checked (then kept by swapping with `leafBuffer`). */
  private inputBuffer: Float64Array | null = null;
  /** Values of every node at the last replayed point (the traced point at first). */
  private values: Float64Array;
  /** Adjoints at the last replayed gradient, if any. */
  private adjoints: Float64Array | null = null;
  private readonly adjointBuffer: Float64Array;
  private readonly inputIndex: Int32Array;

  /** @internal */
  constructor(
    /** The Wengert list, in the order the operations ran. */
    readonly nodes: readonly GraphNode[],
    private readonly data: GraphData,
    private readonly args: Flat,
    private readonly arity: number,
    private readonly inputNames: readonly string[],
    private readonly f: (...args: never[]) => unknown,
  ) {
    this.values = Float64Array.from(data.traced);
    this.adjointBuffer = new Float64Array(data.traced.length);
    this.inputIndex = Int32Array.from(data.inputNodes);
  }

  /** Node index of the output. */
  get output(): number {
    return this.data.output;
  }

  /**
   * The output at new inputs (same shapes as the traced ones), replayed without calling the
   * traced function. Throws if a comparison the function made comes out differently.
   * @example trace((x: number) => x * x, 3).evaluate(4); // 16
   */
  evaluate(...args: A): number {
    const leaves = this.leaves(args);
    if (leaves === null) return replayActive(this.data, this.inputArgs(args), false, this.guardFailed(args))[0] as number;
    const c = nanWatch.on ? null : this.compiledReplay(args);
    if (c !== null) {
      if (c.forward(leaves) < 0) {
        this.keep(leaves, args, "value");
        return c.value(leaves);
      }
    }
    this.forward(leaves, args); // on the interpreter: the guard error with the values, or debugNans' checks
    return this.values[this.data.output];
  }

  /**
   * The gradient at new inputs, structured like the arguments.
   * @example trace((x: number) => x * x, 3).grad(4); // 8
   */
  grad(...args: A): GradientOf<A> {
    const leaves = this.leaves(args);
    const c = leaves === null || nanWatch.on ? null : this.compiledReplay(args);
    if (c !== null) {
      const g = this.zeros(args);
      if (c.gradient(leaves!, g, false) < 0) {
        this.keep(leaves!, args, "grad");
        return this.shaped(g, args) as GradientOf<A>;
      }
    }
    return this.valueAndGrad(...args)[1]; // nested use, debugNans, the interpreter, or the guard error
  }

  /**
   * `[value, gradient]` at new inputs, the gradient structured like the arguments.
   * @example trace((x0: number, x1: number) => x0 * x1, 2, 3).valueAndGrad(4, 5); // [20, [5, 4]]
   */
  valueAndGrad(...args: A): [number, GradientOf<A>] {
    const leaves = this.leaves(args);
    if (leaves === null) {
      const [value, adj] = replayActive(this.data, this.inputArgs(args), true, this.guardFailed(args));
      return [value as number, this.args.build(this.data.inputNodes.map((k) => adj![k]), true) as GradientOf<A>];
    }
    const c = nanWatch.on ? null : this.compiledReplay(args);
    if (c !== null) {
      const g = this.zeros(args);
      if (c.gradient(leaves, g, true) < 0) {
        this.keep(leaves, args, "grad");
        return [c.value(leaves), this.shaped(g, args) as GradientOf<A>];
      }
    }
    this.forward(leaves, args);
    const adj = this.adjointBuffer;
    this.program().backward(this.values, adj);
    this.adjoints = adj;
    if (nanWatch.on) this.checkNans(adj, args, "derivative");
    return [this.values[this.data.output]!, this.gradient(adj, args) as GradientOf<A>];
  }

  /**
   * Every path from input number `input` (a leaf of the arguments, in order) to the output, with
   * the operations along it and the product of the local partials on its edges, at the last
   * replayed point (the traced point at first). The products sum to the gradient's entry.
   * @example
   * const g = trace((x: number) => x * Math.sin(x), 2);
   * g.paths(0); // [{ ops: ["mul"], product: sin 2 }, { ops: ["sin", "mul"], product: 2·cos 2 }]
   */
  paths(input: number): GraphPath[] {
    const count = this.data.inputNodes.length;
    if (!Number.isInteger(input) || input < 0 || input >= count) {
      throw new RangeError(`typegrad: paths(input) takes the number of an input, 0 to ${count - 1}; got ${describe(input)}`);
    }
    this.sync();
    return graphPaths(this.nodes, this.data, this.values, this.data.inputNodes[input]);
  }

  /**
   * The graph in Graphviz's dot language: inputs (named by `names`, else by the traced
   * function's parameter names) at the bottom, each node with its value (and its adjoint after
   * a gradient when `adjoints` is set), each edge labelled with the operand's position and the
   * local partial ∂node/∂operand. Every label is escaped.
   * @example trace((x: number) => Math.exp(x * x), 0.5).toDot({ names: ["x"] });
   */
  toDot(options: DotOptions = {}): string {
    this.sync();
    return graphDot(this.nodes, this.data, this.values, this.shownAdjoints(options), this.names(options));
  }

  /**
   * The picture of `toDot(options)` as SVG, laid out by Graphviz compiled to WebAssembly (the
   * optional dependency `@viz-js/viz`; no system binary, nothing downloaded): one
   * `<g class="node">` element per graph node.
   * @example await trace((x: number) => x * x, 3).toSVG({ names: ["x"] });
   */
  async toSVG(options: DotOptions = {}): Promise<string> {
    return graphSvg(this.toDot(options));
  }

  private names(options: DotOptions): readonly string[] {
    const names = options.names;
    if (names === undefined) return this.inputNames;
    const count = this.data.inputNodes.length;
    if (!Array.isArray(names) || names.length !== count || names.some((n) => typeof n !== "string")) {
      throw new TypeError(`typegrad: toDot's names must be ${count} string(s), one per input number; got ${describe(names)}`);
    }
    return names;
  }

  private shownAdjoints(options: DotOptions): Float64Array | null {
    if (!options.adjoints) return null;
    if (this.adjoints === null) {
      const tree = this.args.build(this.data.inputNodes.map((k) => this.data.traced[k]), true);
      this.valueAndGrad(...((this.arity === 1 ? [tree] : tree) as A));
      this.sync();
    }
    return this.adjoints;
  }

  /** The compiled replay, compiled on the first call (warmed up with inputs of the kind of `args`). */
  private compiledReplay(args: unknown[]): CompiledReplay | null {
    if (this.compiled === undefined) {
      try {
        const arrays = !(args.length === 1 && (args[0] instanceof Float64Array || Array.isArray(args[0]))); // (an array is copied)
        this.compiled = compileGraph(this.data, arrays); // null for a graph that is mostly not loops
      } catch (e) {
        if (!(e instanceof EvalError)) throw e;
        this.compiled = null; // replayed by the interpreter instead
      }
    }
    return this.compiled;
  }

  /**
   * A zeroed gradient for the compiled replay to fill: the result itself for a Float64Array
   * argument, else a buffer kept for it, copied into the result's list by `shaped` (a typed
   * array's separate memory costs more to allocate than the list on V8's heap).
   */
  private zeros(args: unknown[]): Float64Array {
    const n = this.inputIndex.length;
    if (args.length === 1 && args[0] instanceof Float64Array) return new Float64Array(n);
    return (this.gradientBuffer ??= new Float64Array(n)).fill(0);
  }

  /** Remembers the inputs of a compiled replay (copied into a buffer kept for it). */
  private keep(leaves: ArrayLike<number>, args: unknown[], kind: "value" | "grad"): void {
    this.pending = kind;
    if (leaves === args) {
      this.lastLeaves = leaves; // the call's own argument list: nobody else can change it
      return;
    }
    if (leaves === this.inputBuffer) {
      // A copy already: it becomes the kept one, and the next call copies into the other.
      [this.inputBuffer, this.leafBuffer] = [this.leafBuffer, this.inputBuffer];
      this.lastLeaves = leaves;
      return;
    }
    const buffer = (this.leafBuffer ??= new Float64Array(leaves.length));
    if (leaves instanceof Float64Array) buffer.set(leaves);
    else for (let k = 0; k < buffer.length; k++) buffer[k] = leaves[k]; // (set() from an array is far slower)
    this.lastLeaves = buffer;
  }

  /** Fills the node values (and adjoints) of the last compiled replay, which keeps only what it needs. */
  private sync(): void {
    if (this.pending === "none") return;
    const grad = this.pending === "grad", leaves = this.lastLeaves!;
    this.pending = "none";
    this.program().forward(leaves, this.values);
    if (grad) this.program().backward(this.values, this.adjointBuffer);
    this.adjoints = grad ? this.adjointBuffer : null;
  }

  /** A gradient in leaf order (from `zeros`), shaped like the arguments. */
  private shaped(g: Float64Array, args: unknown[]): unknown {
    const x = args[0];
    if (args.length === 1 && x instanceof Float64Array) return g;
    if (g.length === 1 && typeof x === "number" && args.length === 1) return g[0];
    const list = new Array<number>(g.length);
    for (let k = 0; k < g.length; k++) list[k] = g[k];
    return allNumbers(args) || (args.length === 1 && Array.isArray(x)) ? list : this.args.build(list, true);
  }

  private program(): Replay {
    return (this.replay ??= compileReplay(this.data));
  }

  /** The input leaves as plain numbers, or null when some are active values (nested use). */
  private leaves(args: unknown[]): ArrayLike<number> | null {
    if (args.length !== this.arity) throw new TypeError(`typegrad: this graph takes ${this.arity} argument(s), got ${args.length}`);
    const count = this.data.inputNodes.length;
    const x = args[0];
    if (args.length === 1 && x instanceof Float64Array) return counted(x, count); // numbers by type
    if (allNumbers(args)) return counted(args as number[], count);
    if (args.length === 1 && Array.isArray(x) && x.length === count) {
      // Checked and copied in one pass into a buffer of the graph's, which the replay then reads.
      const buffer = (this.inputBuffer ??= new Float64Array(count));
      let k = 0;
      for (; k < count && typeof x[k] === "number"; k++) buffer[k] = x[k];
      if (k === count) return buffer;
    }
    const leaves: ArrayLike<unknown> = flatten(argumentTree(args, "Graph"), "graph input").leaves;
    if (leaves.length !== count) throw new TypeError(`typegrad: this graph takes ${count} input number(s), got ${leaves.length}`);
    for (let k = 0; k < leaves.length; k++) {
      if (typeof leaves[k] !== "number") {
        if (leaves[k] instanceof Active) return null;
        throw new TypeError(`typegrad: graph inputs must be numbers; input ${k} is ${describe(leaves[k])}`);
      }
    }
    return leaves as ArrayLike<number>;
  }

  private inputArgs(args: unknown[]): Value[] {
    return flatten(argumentTree(args, "Graph"), "graph input").leaves;
  }

  private forward(leaves: ArrayLike<number>, args: unknown[]): void {
    this.pending = "none";
    const failed = this.program().forward(leaves, this.values);
    if (failed >= 0) throw guardError(this.data.guards[failed], this.values, args);
    this.adjoints = null;
    if (nanWatch.on) this.checkNans(this.values, args, "value");
  }

  private guardFailed(args: unknown[]) {
    return (failed: number, values: ArrayLike<number>) => guardError(this.data.guards[failed], values, args);
  }

  /** debugNans in replay: re-runs the function on the checked runtime, which names the line. */
  private checkNans(xs: Float64Array, args: unknown[], what: "value" | "derivative"): void {
    const last = what === "value" ? xs.length - 1 : this.data.output;
    let first = -1;
    for (let k = 0; k <= last && first < 0; k++) if (xs[k] !== xs[k] && this.data.rules[k] !== null) first = k;
    if (first < 0) return;
    transformValueAndGrad(this.f as (...a: unknown[]) => number)(...args); // throws at the first NaN, with its line
    throw new Error(`typegrad: debugNans: ${this.nodes[first].op} (graph node ${first}) made its ${what} NaN in replay`);
  }

  private gradient(adj: Float64Array, args: unknown[]): unknown {
    const x = args[0];
    if (typeof x === "number" && allNumbers(args)) {
      const nodes = this.inputIndex;
      if (nodes.length === 1) return adj[nodes[0]];
      const list = new Array<number>(nodes.length);
      for (let k = 0; k < nodes.length; k++) list[k] = adj[nodes[k]];
      return list;
    }
    const g = gather(adj, this.inputIndex);
    if (args.length === 1 && x instanceof Float64Array) return g;
    const list = Array.from(g);
    return args.length === 1 && Array.isArray(x) ? list : this.args.build(list, true);
  }
}

/** The graph's input numbers, if there are `count` of them. */
function counted(xs: ArrayLike<number>, count: number): ArrayLike<number> {
  if (xs.length !== count) throw new TypeError(`typegrad: this graph takes ${count} input number(s), got ${xs.length}`);
  return xs;
}

function allNumbers(args: readonly unknown[]): boolean {
  for (let k = 0; k < args.length; k++) if (typeof args[k] !== "number") return false;
  return true;
}

/** The adjoints of the input nodes, in order. */
function gather(adj: Float64Array, nodes: Int32Array): Float64Array {
  const g = new Float64Array(nodes.length);
  for (let k = 0; k < nodes.length; k++) g[k] = adj[nodes[k]];
  return g;
}

/** Replay with active inputs (a graph used inside another transform): the interpreter. */
function replayActive(
  data: GraphData,
  leaves: Value[],
  withGradient: boolean,
  onGuard: (failed: number, values: ArrayLike<number>) => Error,
): [Value, Value[] | null] {
  const values = replayValues(data, leaves, (failed) => failed);
  if (typeof values === "number") {
    const partial = replayValues({ ...data, guards: [] }, leaves, () => 0) as Value[];
    throw onGuard(values, partial.map((v) => (v === undefined ? NaN : numberOf(v))));
  }
  return [values[data.output], withGradient ? replayAdjoints(data, values) : null];
}

const SYMBOLS: Record<Decision, string> = { lt: "<", le: "<=", gt: ">", ge: ">=", eq: "===", ne: "!==", key: "as a key", truth: "", case: "" };

function guardError(guard: Guard, values: ArrayLike<number>, args: unknown[]): Error {
  const at = (o: Operand) => ("node" in o ? values[o.node] : o.constant);
  const where = guard.site !== null ? ` at ${siteOf(guard.site)}` : "";
  const what =
    guard.decision === "key"
      ? `an active value used as an index or key${where} was ${at(guard.b)} when traced and is ${at(guard.a)} now`
      : guard.decision === "case"
        ? `an active value used as a switch discriminant${where} was ${at(guard.b)} when traced and is ${at(guard.a)} now`
        : guard.decision === "truth"
          ? `the truthiness test of ${at(guard.a)} (a condition, !, && or ||)${where} is ${!guard.outcome} here but was ${guard.outcome} when traced`
          : `the comparison ${at(guard.a)} ${SYMBOLS[guard.decision]} ${at(guard.b)}${where} is ${!guard.outcome} here but was ${guard.outcome} when traced`;
  const shown = args.length === 1 && (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ? "these inputs" : `(${args.map((a) => describe(a)).join(", ")})`;
  return new Error(
    `typegrad: this traced graph takes another branch at ${shown}: ${what}. ` +
      "A graph replays the path the function took when it was traced; trace the function again at these inputs (trace(f, ...args)).",
  );
}

/**
 * Traces `f` at `args` into a replayable `Graph` (a Wengert list). Comparisons of active values
 * made by `f` become guards of the graph.
 * @example
 * const g = trace((x: number) => (x > 1 ? x * x : Math.sin(x)), 2);
 * g.evaluate(3);   // 9
 * g.evaluate(0.5); // throws: the comparison takes another branch; trace again
 */
export function trace<A extends unknown[]>(f: (...args: A) => number, ...args: A): Graph<A>;
export function trace(f: (...args: never[]) => number, ...args: unknown[]): Graph {
  if (typeof f !== "function") throw new TypeError(`typegrad: trace expects a function, got ${describe(f)}`);
  const flat = flatten(argumentTree(args, "trace"), "trace's argument");
  flat.leaves.forEach((v) => {
    if (typeof v !== "number") throw new TypeError(`typegrad: trace takes plain numbers, got ${describe(v)}`);
  });
  const tape = new Tape("trace");
  const nodes: GraphNode[] = [];
  const rules: Array<Rule | null> = [];
  const guards: Guard[] = [];
  const graphIndex: number[] = []; // tape node -> graph node
  const constant = (value: number) => {
    rules.push(null);
    return nodes.push({ op: "const", inputs: [], value }) - 1;
  };
  const operand = (x: unknown): Operand | null => {
    for (let y = x; ; y = (y as Active).v) {
      if (y instanceof VarNum && y.level === tape) return { node: graphIndex[y.i] };
      if (typeof y === "number") return { constant: y };
      if (!(y instanceof Active)) return null;
    }
  };
  const previousHook = guardHook.fn;
  guardHook.fn = (decision, a, b, outcome) => {
    const oa = operand(a), ob = decision === "key" ? { constant: numberOf(a) } : operand(b);
    if (oa === null || ob === null || (!("node" in oa) && !("node" in ob))) return;
    guards.push({ decision, a: oa, b: ob, outcome, after: nodes.length, site: guards.length < 10_000 ? capture() : null });
  };
  let out: unknown;
  try {
    out = within(tape, () => {
      const vars = flat.leaves.map((leaf) => {
        const v = tape.node(leaf);
        graphIndex[v.i] = nodes.push({ op: "inp", inputs: [], value: leaf as number }) - 1;
        rules.push(null);
        return v;
      });
      tape.trace = (rule, operands, value) => {
        const inputs = operands.map((o) => ("node" in o ? graphIndex[o.node] : constant(o.constant)));
        graphIndex[tape.size - 1] = nodes.push({ op: rule.name, inputs, value: value as number }) - 1;
        rules.push(rule);
      };
      const tree = flat.build(vars, false);
      return args.length === 1 ? (f as (a: unknown) => unknown)(tree) : (f as (...a: unknown[]) => unknown)(...(tree as unknown[]));
    });
  } finally {
    guardHook.fn = previousHook;
    tape.trace = null;
  }
  checkScalarOutput(out, "trace");
  const output = belongs(tape, out as Value) ? graphIndex[(out as VarNum).i] : constant(out as number);
  const inputNodes = nodes.flatMap((n, k) => (n.op === "inp" ? [k] : []));
  const data: GraphData = {
    ops: nodes.map((n) => n.op),
    inputsOf: nodes.map((n) => n.inputs),
    traced: nodes.map((n) => n.value),
    rules,
    output,
    inputNodes,
    guards,
  };
  return new Graph(nodes, data, flat, args.length, leafNames(f, args), f);
}

/** Names of the input leaves: the traced function's parameter names where they can be read, else x0, x1, … */
function leafNames(f: (...args: never[]) => unknown, args: unknown[]): string[] {
  const params = parameterNames(f);
  const names: string[] = [];
  const walk = (x: unknown, name: string): void => {
    if (typeof x === "number") names.push(name);
    else if (Array.isArray(x) || ArrayBuffer.isView(x)) Array.from(x as ArrayLike<unknown>).forEach((e, k) => walk(e, `${name}[${k}]`));
    else if (x !== null && typeof x === "object") Object.entries(x).forEach(([key, e]) => walk(e, `${name}.${key}`));
  };
  if (params === null || params.length < args.length) {
    const count = flatten(argumentTree(args, "trace"), "trace's argument").leaves.length;
    return Array.from({ length: count }, (_, k) => `x${k}`);
  }
  args.forEach((a, k) => walk(a, params[k]));
  return names;
}

/** The parameter names of a function with simple parameters (identifiers only), else null. */
function parameterNames(f: (...args: never[]) => unknown): string[] | null {
  let source: string;
  try {
    source = Function.prototype.toString.call(f);
  } catch {
    return null;
  }
  const single = /^\s*(?:async\s+)?([A-Za-z_$][\w$]*)\s*=>/.exec(source);
  if (single) return [single[1]];
  const list = /^[^(]*\(([^()]*)\)/.exec(source);
  if (list === null) return null;
  const params = list[1].split(",").map((p) => p.replace(/\/\*.*?\*\//g, "").trim()).filter((p) => p !== "");
  return params.every((p) => /^[A-Za-z_$][\w$]*$/.test(p)) ? params : null;
}
