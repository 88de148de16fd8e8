/**
 * Reverse mode. A tape is an append-only list of nodes; each node stores, for each input it
 * depends on, the input's node index and the local partial derivative, computed when the
 * operation was recorded. Appending keeps the nodes in topological order, so the reverse sweep
 * is one loop walking backwards by index.
 */
import { Active, VarNum, describe, type Value } from "./active.js";
import { Level } from "./level.js";
import { gadd, gmul, type Rule } from "./lift.js";
import type { Var } from "./types.js";

/** Operand of a traced operation: a node of the tape, or a constant. */
export type TracedOperand = { node: number } | { constant: number };
/** Called on every recorded operation of a tape that is being traced (see `graph.ts`). */
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
  readonly isTape = true;
  /** Number of nodes recorded. */
  size = 0;
  private edgeCount = 0;
  /** Node i's edges are [start[i], start[i + 1]). */
  private start: Int32Array;
  private edgeNode: Int32Array;
  private edgeWeight: Float64Array;
  /** Partials that are not plain numbers (nested differentiation), by edge; else null. */
  private edgeActive: Map<number, Active> | null = null;
  /** Set while the tape is traced into a graph. */
  trace: TraceHook | null = null;

  constructor(owner = "Tape") {
    super(owner);
    const storage = pool.pop();
    this.start = storage?.start ?? new Int32Array(1025);
    this.edgeNode = storage?.edgeNode ?? new Int32Array(2048);
    this.edgeWeight = storage?.edgeWeight ?? new Float64Array(2048);
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
    if (Array.isArray(x)) {
      for (const xi of x) this.ownVar(xi, "gradient's inputs");
      if (!this.holds(out)) return x.map(() => 0);
      const adj = this.sweep([out.i], [1]);
      return x.map((xi) => adj[(xi as unknown as VarNum).i] as number);
    }
    const xv = this.ownVar(x as number, "gradient's input");
    if (!this.holds(out)) return 0;
    return this.sweep([out.i], [1])[xv.i] as number;
  }

  /** True when `y` is a Var of this tape (anything else is a constant to it). */
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

  /** Appends a node with no inputs (a variable). */
  node(v: Value): VarNum {
    const i = this.size++;
    if (i + 2 > this.start.length) this.start = grow(this.start, i + 2);
    this.start[i + 1] = this.edgeCount;
    return new VarNum(v, i, this);
  }

  /** Appends a node depending on node `i` with partial `p`. */
  push1(v: Value, i: number, p: Value): VarNum {
    const e = this.edgeCount;
    if (e + 1 > this.edgeNode.length) this.growEdges(e + 1);
    this.edgeNode[e] = i;
    if (typeof p === "number") this.edgeWeight[e] = p;
    else this.activeEdge(e, p);
    this.edgeCount = e + 1;
    return this.node(v);
  }

  /** Appends a node depending on nodes `i` and `j` with partials `p` and `q`. */
  push2(v: Value, i: number, p: Value, j: number, q: Value): VarNum {
    const e = this.edgeCount;
    if (e + 2 > this.edgeNode.length) this.growEdges(e + 2);
    this.edgeNode[e] = i;
    this.edgeNode[e + 1] = j;
    if (typeof p === "number") this.edgeWeight[e] = p;
    else this.activeEdge(e, p);
    if (typeof q === "number") this.edgeWeight[e + 1] = q;
    else this.activeEdge(e + 1, q);
    this.edgeCount = e + 2;
    return this.node(v);
  }

  /** Appends a node with any number of inputs. */
  pushN(v: Value, nodes: readonly number[], partials: readonly Value[]): VarNum {
    const e = this.edgeCount, n = nodes.length;
    if (e + n > this.edgeNode.length) this.growEdges(e + n);
    for (let k = 0; k < n; k++) {
      const p = partials[k];
      this.edgeNode[e + k] = nodes[k];
      if (typeof p === "number") this.edgeWeight[e + k] = p;
      else this.activeEdge(e + k, p);
    }
    this.edgeCount = e + n;
    return this.node(v);
  }

  /**
   * The adjoints of every node up to the last seeded one, after seeding node `outs[k]` with
   * `seeds[k]`. Numbers when every partial and seed is a number; otherwise values of the
   * enclosing levels (higher-order derivatives). A numeric result is a shared buffer, valid
   * until the next sweep: read it at once.
   */
  sweep(outs: readonly number[], seeds: readonly Value[]): ArrayLike<Value> {
    if (this.released) throw new Error(`typegrad: this ${this.owner} tape has been released`);
    let out = -1, numeric = this.edgeActive === null;
    for (let k = 0; k < outs.length; k++) {
      if (outs[k] > out) out = outs[k];
      if (typeof seeds[k] !== "number") numeric = false;
    }
    if (numeric) {
      if (adjoints.length < out + 1) adjoints = new Float64Array(Math.max(out + 1, 2 * adjoints.length));
      const adj = adjoints;
      adj.fill(0, 0, out + 1);
      for (let k = 0; k < outs.length; k++) adj[outs[k]] += seeds[k] as number;
      this.sweepNumbers(adj, out);
      return adj;
    }
    const { start, edgeNode, edgeWeight, edgeActive } = this;
    const adj: Value[] = new Array(out + 1).fill(0);
    for (let k = 0; k < outs.length; k++) adj[outs[k]] = gadd(adj[outs[k]], seeds[k]);
    for (let i = out; i >= 0; i--) {
      const a = adj[i];
      for (let e = start[i], end = start[i + 1]; e < end; e++) {
        const w = edgeActive?.get(e) ?? edgeWeight[e];
        adj[edgeNode[e]] = gadd(adj[edgeNode[e]], gmul(w, a));
      }
    }
    return adj;
  }

  /** The numeric reverse sweep: one loop over the nodes, backwards, one over each node's edges. */
  private sweepNumbers(adj: Float64Array, out: number): void {
    const { start, edgeNode, edgeWeight } = this;
    for (let i = out; i >= 0; i--) {
      const a = adj[i];
      for (let e = start[i], end = start[i + 1]; e < end; e++) adj[edgeNode[e]] += edgeWeight[e] * a;
    }
  }

  private released = false;

  /**
   * Gives the tape's storage back for the next transform. Only for tapes whose owner will
   * not sweep them again (grad does this; vjp's pullback keeps its tape).
   */
  release(): void {
    if (this.released) return;
    this.released = true;
    if (pool.length < POOL_SIZE) pool.push({ start: this.start, edgeNode: this.edgeNode, edgeWeight: this.edgeWeight });
    this.start = EMPTY_I32;
    this.edgeNode = EMPTY_I32;
    this.edgeWeight = EMPTY_F64;
    this.edgeActive = null;
  }

  private growEdges(need: number): void {
    this.edgeNode = grow(this.edgeNode, need);
    this.edgeWeight = grow(this.edgeWeight, need);
  }

  private activeEdge(e: number, p: Active): void {
    this.edgeWeight[e] = NaN;
    (this.edgeActive ??= new Map()).set(e, p);
  }
}

interface Storage {
  start: Int32Array;
  edgeNode: Int32Array;
  edgeWeight: Float64Array;
}
/** Storage of finished tapes, reused so that repeated gradients allocate nothing large. */
const pool: Storage[] = [];
const POOL_SIZE = 4;
const EMPTY_I32 = new Int32Array(0), EMPTY_F64 = new Float64Array(0);
/** The adjoint buffer of numeric sweeps, shared and grown geometrically. */
let adjoints = new Float64Array(1024);

function grow<T extends Int32Array | Float64Array>(a: T, need: number): T {
  let n = Math.max(a.length * 2, 16);
  while (n < need) n *= 2;
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a);
  return b;
}
