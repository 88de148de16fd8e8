/**
 * Reverse mode. A tape is an append-only list of nodes; each node stores, for each input it
 * depends on, the input's node index and the local partial derivative, computed when the
 * operation was recorded. Appending keeps the nodes in topological order, so the reverse sweep
 * is one loop walking backwards by index.
 *
 * Every primitive has one or two inputs, so a node has two input slots in four parallel typed
 * arrays (24 bytes a node, and a sweep without an inner loop); the rare node with more inputs
 * (custom functions, n-ary hypot) keeps the rest in a side table.
 */
import { Active, VarNum, describe, type Value } from "./active.js";
import { Level } from "./level.js";
import { gadd, gmul, type Rule } from "./lift.js";
import { kept, retention } from "./memory.js";
import { nanWatch, sweepNan } from "./nans.js";
import type { Var } from "./types.js";

/** @internal Operand of a traced operation: a node of the tape, or a constant. */
export type TracedOperand = { node: number } | { constant: number };
/** @internal Called on every recorded operation of a tape that is being traced (see `graph.ts`). */
export type TraceHook = (rule: Rule, operands: TracedOperand[], value: Value) => void;

/**
 * A reverse-mode tape. Variables created with `variable` record every operation they take part
 * in; `gradient` then sweeps the tape backwards.
 * @example
 * const tape = new Tape();
 * const x = tape.variable(0.5);
 * const y = square(exp(square(x)));
 * tape.gradient(y, x); // 3.297442541400256
 */
export class Tape extends Level {
  /** @internal */
  readonly isTape = true;
  /** @internal Number of nodes recorded. */
  size = 0;
  /** Node i's inputs (-1: none) and partials, in two slots. */
  private inA: Int32Array;
  private inB: Int32Array;
  private wA: Float64Array;
  private wB: Float64Array;
  /** Partials that are not plain numbers (nested differentiation), keyed 2·node + slot. */
  private activeWeight: Map<number, Active> | null = null;
  /** Inputs beyond the second, by node. */
  private extra: Map<number, { nodes: number[]; partials: Value[] }> | null = null;
  /** @internal Set while the tape is traced into a graph. */
  trace: TraceHook | null = null;
  /** Nodes whose derivatives are computed by code rather than stored partials (checkpoints), by first output node. */
  private custom: Map<number, CustomNode> | null = null;
  /** True when a custom node holds values of enclosing levels: sweeps must work on values. */
  private valued = false;
  private released = false;

  /** Where the arrays go back to when the tape is released. */
  private storage: Storage;

  constructor(owner = "Tape") {
    super(owner);
    let storage = pool.pop();
    if (storage !== undefined) pooledBytes -= storageBytes(storage);
    else storage = newStorage(1024);
    this.storage = storage;
    this.inA = storage.inA;
    this.inB = storage.inB;
    this.wA = storage.wA;
    this.wB = storage.wB;
  }

  /**
   * A new input variable on this tape.
   * @example
   * const x = new Tape().variable(2); // a Var with value 2
   */
  variable(value: number): Var {
    if (!this.open) throw new Error(`typegrad: this ${this.owner} tape is finished; it records no new variables`);
    if (typeof value !== "number" && !((value as unknown) instanceof Active)) {
      throw new TypeError(`typegrad: Tape.variable expects a number, got ${describe(value)}`);
    }
    return this.node(value) as unknown as Var;
  }

  /**
   * The gradient of `y` with respect to `x` (one Var, or an array of Vars).
   * @example
   * tape.gradient(y, [x0, x1]); // [dy/dx0, dy/dx1]
   */
  gradient(y: number, x: number): number;
  gradient(y: number, x: readonly number[]): number[];
  gradient(y: number, x: number | readonly number[]): number | number[] {
    const out = y as unknown as Value;
    const xs = Array.isArray(x) ? x : [x];
    for (const xi of xs) this.ownVar(xi, Array.isArray(x) ? "gradient's inputs" : "gradient's input");
    let g: number[];
    if (!this.holds(out)) {
      g = xs.map(() => 0);
    } else {
      const adj = this.sweep([out.i], [1]);
      g = xs.map((xi) => ((xi as unknown as VarNum).i <= out.i ? (adj[(xi as unknown as VarNum).i] as number) : 0));
    }
    return Array.isArray(x) ? g : g[0];
  }

  /** @internal True when `y` is a Var of this tape (anything else is a constant to it). */
  holds(y: unknown): y is VarNum {
    if (y instanceof VarNum && y.level === this) return true;
    if (y instanceof VarNum && y.level.order > this.order) {
      throw new Error(
        `typegrad: a Var of a ${y.level.owner} tape nested inside this ${this.owner} escaped it; ` +
          "return plain results from inner transforms",
      );
    }
    return false;
  }

  private ownVar(x: unknown, what: string): VarNum {
    if (x instanceof VarNum && x.level === this) return x;
    if (x instanceof VarNum) {
      throw new Error(`typegrad: ${what} must be Vars of this tape; got a Var of another tape (${x.level.owner})`);
    }
    throw new TypeError(`typegrad: ${what} must be Vars created by this tape's variable(); got ${describe(x)}`);
  }

  /** @internal Appends a node with no inputs (a variable). */
  node(v: Value): VarNum {
    const k = this.slot();
    this.inA[k] = -1;
    this.inB[k] = -1;
    return new VarNum(v, k, this);
  }

  /** @internal Appends a node depending on node `i` with partial `p`. */
  push1(v: Value, i: number, p: Value): VarNum {
    const k = this.slot();
    this.inA[k] = i;
    if (typeof p === "number") this.wA[k] = p;
    else this.activeEdge(2 * k, p);
    this.inB[k] = -1;
    return new VarNum(v, k, this);
  }

  /** @internal Appends a node depending on nodes `i` and `j` with partials `p` and `q`. */
  push2(v: Value, i: number, p: Value, j: number, q: Value): VarNum {
    const k = this.slot();
    this.inA[k] = i;
    this.inB[k] = j;
    if (typeof p === "number") this.wA[k] = p;
    else this.activeEdge(2 * k, p);
    if (typeof q === "number") this.wB[k] = q;
    else this.activeEdge(2 * k + 1, q);
    return new VarNum(v, k, this);
  }

  /** @internal Appends a node with any number of inputs. */
  pushN(v: Value, nodes: readonly number[], partials: readonly Value[]): VarNum {
    if (nodes.length === 0) return this.node(v);
    if (nodes.length === 1) return this.push1(v, nodes[0], partials[0]);
    const out = this.push2(v, nodes[0], partials[0], nodes[1], partials[1]);
    if (nodes.length > 2) (this.extra ??= new Map()).set(out.i, { nodes: nodes.slice(2), partials: partials.slice(2) });
    return out;
  }

  /**
   * The adjoints of every node up to the last seeded one, after seeding node `outs[k]` with
   * `seeds[k]`. Numbers when every partial and seed is a number; otherwise values of the
   * enclosing levels (higher-order derivatives). A numeric result is a shared buffer, valid
   * until the next sweep: read it at once.
   * @internal
   */
  sweep(outs: readonly number[], seeds: readonly Value[]): ArrayLike<Value> {
    if (this.released) throw new Error(`typegrad: this ${this.owner} tape has been released`);
    let out = -1, numeric = this.activeWeight === null && !this.valued;
    for (let k = 0; k < outs.length; k++) {
      if (outs[k] > out) out = outs[k];
      if (typeof seeds[k] !== "number") numeric = false;
    }
    if (numeric) {
      if (adjoints.length < out + 1) growAdjoints(out + 1);
      const adj = adjoints;
      for (let i = 0; i <= out; i++) adj[i] = 0;
      for (let k = 0; k < outs.length; k++) adj[outs[k]] += seeds[k] as number;
      if (nanWatch.on) this.sweepChecked(adj, out);
    else this.sweepNumbers(adj, out);
      return adj;
    }
    return this.sweepValues(outs, seeds, out);
  }

  /** @internal `sweep([out], [1])` without the arrays: the gradient of one output. */
  sweep1(out: number): ArrayLike<Value> {
    if (this.released) throw new Error(`typegrad: this ${this.owner} tape has been released`);
    if (this.activeWeight !== null || this.valued) return this.sweepValues([out], [1], out);
    if (adjoints.length < out + 1) growAdjoints(out + 1);
    const adj = adjoints;
    for (let i = 0; i < out; i++) adj[i] = 0; // a loop: fill() is a builtin call, slow for small tapes
    adj[out] = 1;
    if (nanWatch.on) this.sweepChecked(adj, out);
    else this.sweepNumbers(adj, out);
    return adj;
  }

  /** The numeric reverse sweep: one backward loop, two slots a node. */
  private sweepNumbers(adj: Float64Array, out: number): void {
    const { inA, inB, wA, wB, extra } = this;
    for (let i = out; i >= 0; i--) {
      const a = adj[i], ia = inA[i];
      if (ia < 0) {
        if (ia === CUSTOM) this.runCustom(i, adj, out);
        continue;
      }
      adj[ia] += wA[i] * a;
      const ib = inB[i];
      if (ib < 0) continue;
      adj[ib] += wB[i] * a;
      if (extra !== null) {
        const more = extra.get(i);
        if (more) more.nodes.forEach((n, k) => (adj[n] += (more.partials[k] as number) * a));
      }
    }
  }

  /** `sweepNumbers` checking each contribution (debugNans): names the node that first makes an adjoint NaN. */
  private sweepChecked(adj: Float64Array, out: number): void {
    const { inA, inB, wA, wB, extra } = this;
    for (let i = out; i >= 0; i--) {
      const a = adj[i], ia = inA[i], ib = inB[i];
      if (ia < 0) continue;
      const before = [adj[ia], ib >= 0 ? adj[ib] : 0];
      adj[ia] += wA[i] * a;
      if (ib >= 0) adj[ib] += wB[i] * a;
      const more = extra?.get(i);
      if (more) more.nodes.forEach((n, k) => (adj[n] += (more.partials[k] as number) * a));
      const bad = (Number.isNaN(adj[ia]) && !Number.isNaN(before[0])) || (ib >= 0 && Number.isNaN(adj[ib]) && !Number.isNaN(before[1]));
      if (bad || (more && more.nodes.some((n) => Number.isNaN(adj[n])))) sweepNan(this, i);
    }
  }

  /** The sweep for nested differentiation: adjoints and partials are values of outer levels. */
  private sweepValues(outs: readonly number[], seeds: readonly Value[], out: number): Value[] {
    const { inA, inB, wA, wB, extra, activeWeight } = this;
    const weight = (key: number, w: number): Value => activeWeight?.get(key) ?? w;
    const adj: Value[] = new Array(out + 1).fill(0);
    for (let k = 0; k < outs.length; k++) adj[outs[k]] = gadd(adj[outs[k]], seeds[k]);
    for (let i = out; i >= 0; i--) {
      const a = adj[i], ia = inA[i], ib = inB[i];
      if (ia === CUSTOM) this.runCustom(i, adj, out);
      if (ia >= 0) adj[ia] = gadd(adj[ia], gmul(weight(2 * i, wA[i]), a));
      if (ib >= 0) adj[ib] = gadd(adj[ib], gmul(weight(2 * i + 1, wB[i]), a));
      const more = extra?.get(i);
      if (more) more.nodes.forEach((n, k) => (adj[n] = gadd(adj[n], gmul(more.partials[k], a))));
    }
    return adj;
  }

  /**
   * Gives the tape's storage back for the next transform, and drops what would keep more than
   * `retention.limit` bytes for reuse (see memory.ts). Only for tapes whose owner will not
   * sweep them again (grad does this; vjp's pullback keeps its tape).
   * @internal
   */
  release(): void {
    if (this.released) return;
    this.released = true;
    const storage = this.storage;
    storage.inA = this.inA; // the arrays may have grown since the tape took them
    storage.inB = this.inB;
    storage.wA = this.wA;
    storage.wB = this.wB;
    const bytes = storageBytes(storage);
    if (pool.length < POOL_SIZE && keptBytes() + bytes + kept.stacks <= retention.limit) {
      pool.push(storage);
      pooledBytes += bytes;
    }
    trimAdjoints();
    this.inA = this.inB = EMPTY_I32;
    this.wA = this.wB = EMPTY_F64;
    this.activeWeight = this.extra = null;
    this.custom = null;
  }

  /**
   * @internal
   * Appends nodes for the outputs of a custom node (a checkpointed block): the outputs have
   * no stored partials; when the sweep reaches the first of them (every consumer of every
   * output has been swept by then), `node.backward` turns the outputs' adjoints and the
   * inputs' adjoints so far into the inputs' new adjoints.
   */
  pushCustom(values: readonly Value[], inputs: readonly number[], node: Omit<CustomNode, "inputs" | "outputs">): VarNum[] {
    const outs = values.map((v) => this.node(v));
    if (outs.length === 0) return outs;
    const first = outs[0].i;
    this.inA[first] = CUSTOM;
    (this.custom ??= new Map()).set(first, { ...node, inputs, outputs: outs.map((o) => o.i) });
    return outs;
  }

  /** @internal Marks the tape as holding values of enclosing levels in custom nodes (nested differentiation). */
  markValued(): void {
    this.valued = true;
  }

  /** Runs the custom node whose first output is node `i`; adjoints above `out` are zero in this sweep. */
  private runCustom(i: number, adj: Value[] | Float64Array, out: number): void {
    const node = this.custom!.get(i)!;
    // A custom node runs its own sweeps; they must not write into this sweep's shared buffer.
    const shared = adjoints;
    adjoints = new Float64Array(MIN_ADJOINTS);
    try {
      const inAdj = node.backward(node.outputs.map((o) => (o <= out ? adj[o] : 0)), node.inputs.map((n) => adj[n]));
      node.inputs.forEach((n, k) => (adj[n] = inAdj[k] as number));
    } finally {
      adjoints = shared;
    }
  }

  /**
   * @internal
   * The forward sweep (for `linearize`): the tangent of every node up to `last`, given the
   * tangents of the input nodes `inputs`; Σ partial · input tangent, in recording order.
   */
  tangents(inputs: readonly number[], seeds: readonly Value[], last: number): Value[] {
    if (this.released) throw new Error(`typegrad: this ${this.owner} tape has been released`);
    const { inA, inB, wA, wB, extra, activeWeight } = this;
    const weight = (key: number, w: number): Value => activeWeight?.get(key) ?? w;
    const t: Value[] = new Array(last + 1).fill(0);
    inputs.forEach((n, k) => (t[n] = seeds[k]));
    for (let i = 0; i <= last; i++) {
      const ia = inA[i];
      if (ia === CUSTOM) {
        const node = this.custom!.get(i)!;
        const out = node.forward(node.inputs.map((n) => t[n]));
        node.outputs.forEach((o, k) => (t[o] = out[k]));
      }
      if (ia < 0) continue;
      let ti = gmul(weight(2 * i, wA[i]), t[ia]);
      const ib = inB[i];
      if (ib >= 0) ti = gadd(ti, gmul(weight(2 * i + 1, wB[i]), t[ib]));
      const more = extra?.get(i);
      if (more) more.nodes.forEach((n, k) => (ti = gadd(ti, gmul(more.partials[k], t[n]))));
      t[i] = ti;
    }
    return t;
  }

  /**
   * The index of a new node, growing the storage geometrically when full. Growth is atomic:
   * the four arrays are replaced only once all four new ones exist, and the size counts the
   * node only then, so an allocation failure (a RangeError) leaves the tape as it was.
   */
  private slot(): number {
    const k = this.size;
    if (k >= this.inA.length) this.grow(k + 1);
    this.size = k + 1;
    return k;
  }

  private grow(need: number): void {
    let inA: Int32Array, inB: Int32Array, wA: Float64Array, wB: Float64Array;
    try {
      inA = grow(this.inA, need);
      inB = grow(this.inB, need);
      wA = grow(this.wA, need);
      wB = grow(this.wB, need);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      throw new RangeError(
        `typegrad: out of memory while the ${this.owner} tape grew past ${this.inA.length} nodes (${error.message}); ` +
          "the tape is unchanged. Keep fewer nodes: wrap blocks in checkpoint(f) so that they are recomputed in the " +
          "sweep instead of stored, or differentiate a smaller computation",
        { cause: error },
      );
    }
    this.inA = inA;
    this.inB = inB;
    this.wA = wA;
    this.wB = wB;
  }

  private activeEdge(key: number, p: Active): void {
    (this.activeWeight ??= new Map()).set(key, p);
  }
}

/** The marker in a node's first input slot for a custom node. */
const CUSTOM = -2;

/** @internal A node whose derivatives are computed by code (a checkpointed block), see `pushCustom`. */
export interface CustomNode {
  readonly inputs: readonly number[];
  readonly outputs: readonly number[];
  /** The inputs' adjoints after the block, given the outputs' adjoints and the inputs' adjoints before it. */
  backward(outputAdjoints: Value[], inputAdjoints: Value[]): Value[];
  /** The outputs' tangents given the inputs' tangents. */
  forward(inputTangents: Value[]): Value[];
}

interface Storage {
  inA: Int32Array;
  inB: Int32Array;
  wA: Float64Array;
  wB: Float64Array;
}
const newStorage = (n: number): Storage => ({
  inA: new Int32Array(n),
  inB: new Int32Array(n),
  wA: new Float64Array(n),
  wB: new Float64Array(n),
});
/** 24 bytes a slot: the four arrays always have one length (growth is atomic). */
const storageBytes = (s: Storage): number => 24 * s.inA.length;
/** Storage of finished tapes, reused so that repeated gradients allocate nothing large. */
const pool: Storage[] = [];
const POOL_SIZE = 4;
const EMPTY_I32 = new Int32Array(0), EMPTY_F64 = new Float64Array(0);
const MIN_ADJOINTS = 1024;
/** The adjoint buffer of numeric sweeps, shared and grown geometrically. */
let adjoints = new Float64Array(MIN_ADJOINTS);

let pooledBytes = 0;
/** Bytes the tape side keeps for reuse: pooled storage and the adjoint buffer. */
const keptBytes = (): number => pooledBytes + 8 * adjoints.length;

function growAdjoints(need: number): void {
  adjoints = retention.allocate(Float64Array, Math.max(need, 2 * adjoints.length));
}

/**
 * @internal Drops the adjoint buffer back to its first size when the buffers kept for reuse
 * exceed `retention.limit` (a transform has returned; the buffer's numbers have been read).
 */
export function trimAdjoints(): void {
  if (adjoints.length > MIN_ADJOINTS && keptBytes() + kept.stacks > retention.limit) adjoints = new Float64Array(MIN_ADJOINTS);
  kept.tapes = keptBytes();
}

function grow<T extends Int32Array | Float64Array>(a: T, need: number): T {
  let n = Math.max(a.length * 2, 16);
  while (n < need) n *= 2;
  const b = retention.allocate(a.constructor as Int32ArrayConstructor | Float64ArrayConstructor, n) as T;
  b.set(a);
  return b;
}
