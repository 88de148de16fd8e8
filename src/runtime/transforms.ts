/**
 * The function transforms of SPEC §3. Reverse mode runs the function once on a fresh tape and
 * sweeps it; forward mode runs it on Duals of a fresh tag. Every transform works on values of
 * enclosing transforms too, which is what makes nesting (grad of grad, jvp of grad, ...) work.
 */
import { Active, DualNum, VarNum, type Value } from "./active.js";
import { compiledArity, compiledForward, compiledReverse, fitsCompiledReverse, lastTangent, lastValue } from "./compiled.js";
import { Tag } from "./level.js";
import { argumentTree, belongs, checkFunction, checkScalarOutput, primalAt, tangentAt, within } from "./levels.js";
import { flatten, type Flat } from "./structure.js";
import { Tape } from "./tape.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fn = (...args: any[]) => any;
/** What a gradient looks like for the arguments `A`: the argument's own shape, or a tuple. */
export type GradientOf<A extends unknown[]> = A extends [infer X] ? X : A;

/**
 * The leaves of the arguments and how to rebuild the argument tree from new leaves (see
 * structure.ts), with fast paths for the common shapes: several numbers, one array of numbers.
 */
function allNumbers(args: readonly unknown[]): boolean {
  if (args.length === 0) return false;
  for (let k = 0; k < args.length; k++) if (typeof args[k] !== "number") return false;
  return true;
}

function argumentLeaves(args: readonly unknown[], owner: string): Flat {
  if (allNumbers(args)) {
    return { leaves: args as number[], build: (values) => (args.length === 1 ? values[0] : values) };
  }
  const x = args[0];
  if (args.length === 1 && Array.isArray(x) && x.every((v) => typeof v === "number")) {
    return { leaves: x, build: (values) => values };
  }
  return flatten(argumentTree(args, owner), `${owner}'s argument`);
}

const call = (f: Fn, args: readonly unknown[], tree: unknown): unknown => (args.length === 1 ? f(tree) : f(...(tree as unknown[])));

/** Runs `f` on a tape; returns the output and a pullback from output cotangents to argument cotangents. */
function record(f: Fn, args: unknown[], owner: string) {
  const flat = argumentLeaves(args, owner);
  const tape = new Tape(owner);
  const vars: VarNum[] = [];
  const out = within(tape, () => {
    for (const leaf of flat.leaves) vars.push(tape.node(leaf));
    return call(f, args, flat.build(vars, false));
  });
  const pullback = (outputs: readonly Value[], cotangents: readonly Value[]): unknown => {
    const nodes: number[] = [], seeds: Value[] = [];
    outputs.forEach((y, k) => {
      if (belongs(tape, y)) {
        nodes.push((y as VarNum).i);
        seeds.push(cotangents[k]);
      }
    });
    const adj = tape.sweep(nodes, seeds);
    let last = -1; // the sweep's result is only meaningful up to the last seeded node
    for (const n of nodes) last = n > last ? n : last;
    return flat.build(vars.map((v) => (v.i <= last ? adj[v.i] : 0)), true);
  };
  return { tape, out, pullback };
}

/**
 * `valueAndGrad(f)(...args)` returns `[f(...args), ∇f(...args)]`, the gradient structured like
 * the arguments.
 * @example
 * valueAndGrad((x: number) => x * x)(3); // [9, 6]
 */
export function valueAndGrad<A extends unknown[]>(f: (...args: A) => number): (...args: A) => [number, GradientOf<A>] {
  checkFunction(f, "valueAndGrad");
  // The hot path of reverse mode, so written out: no closures, the tape's storage reused.
  const compiled = compiledReverse(f);
  return (...args: A) => {
    if (compiled !== undefined && fitsCompiledReverse(f, args)) {
      const g = compiled(...(args as unknown as number[]));
      // Array gradients come as Float64Arrays: shaped like the arguments, as everywhere.
      for (let k = 0; k < g.length; k++) if (Array.isArray(args[k])) g[k] = Array.from(g[k] as Float64Array) as never;
      return [lastValue(), (args.length === 1 ? g[0] : g) as GradientOf<A>];
    }
    const scalars = allNumbers(args);
    const flat = scalars ? null : argumentLeaves(args, "grad");
    const leaves = flat === null ? (args as unknown as number[]) : flat.leaves, n = leaves.length;
    const tape = new Tape("grad");
    try {
      const vars: VarNum[] = new Array(n);
      for (let k = 0; k < n; k++) vars[k] = tape.node(leaves[k]); // nodes 0..n-1
      const out = flat === null ? f(...(vars as unknown as A)) : call(f, args, flat.build(vars, false));
      tape.open = false;
      checkScalarOutput(out, "grad");
      const g: Value[] = new Array(n);
      const last = belongs(tape, out) ? (out as VarNum).i : -1;
      const adj = last >= 0 ? tape.sweep1(last) : null;
      for (let k = 0; k < n; k++) g[k] = adj !== null && k <= last ? adj[k] : 0;
      const gradient = flat === null ? (n === 1 ? g[0] : g) : flat.build(g, true);
      return [primalAt(tape, out) as number, gradient as GradientOf<A>];
    } finally {
      tape.open = false;
      tape.release();
    }
  };
}

/**
 * The gradient of a scalar function (reverse mode), structured like the arguments:
 * a number for one number, an array for an array, a tuple for several arguments.
 * @example
 * grad((x0: number, x1: number) => Math.sin(x0) * (x0 + x1))(0.6, 1.4); // [2.2153…, 0.5646…]
 */
export function grad<A extends unknown[]>(f: (...args: A) => number): (...args: A) => GradientOf<A> {
  checkFunction(f, "grad");
  const vg = valueAndGrad(f);
  return (...args: A) => vg(...args)[1];
}

/**
 * `vjp(f, ...primals)` returns `[f(...primals), pullback]`; `pullback(cotangent)` gives the
 * cotangent of the arguments, structured like them. The output may be any tree of numbers.
 * @example
 * const [y, back] = vjp((x: number[]) => [x[0] * x[1], x[0]], [2, 3]);
 * back([1, 0]); // [3, 2]
 */
export function vjp<A extends unknown[], Y>(f: (...args: A) => Y, ...primals: A): [Y, (cotangent: Y) => GradientOf<A>] {
  checkFunction(f, "vjp");
  const { tape, out, pullback } = record(f, primals, "vjp");
  const outFlat = flatten(out, "vjp's function result");
  const value = outFlat.build(outFlat.leaves.map((y) => primalAt(tape, y)), true) as Y;
  const back = (cotangent: Y): GradientOf<A> => {
    const ct = flatten(cotangent, "vjp's cotangent");
    if (ct.leaves.length !== outFlat.leaves.length) {
      throw new TypeError(
        `typegrad: vjp's cotangent has ${ct.leaves.length} numbers but the function's output has ${outFlat.leaves.length}`,
      );
    }
    return pullback(outFlat.leaves, ct.leaves) as GradientOf<A>;
  };
  return [value, back];
}

/** Runs `f` on Duals of a fresh tag; returns primal and tangent results, structured like the output. */
function pushforward(f: Fn, primals: unknown[], tangents: unknown[], owner: string): [unknown, unknown] {
  const p = argumentLeaves(primals, `${owner}'s primals`);
  const t = argumentLeaves(tangents, `${owner}'s tangents`);
  if (p.leaves.length !== t.leaves.length) {
    throw new TypeError(`typegrad: ${owner}'s primals have ${p.leaves.length} numbers but its tangents have ${t.leaves.length}`);
  }
  const tag = new Tag(owner);
  const n = p.leaves.length, duals: DualNum[] = new Array(n);
  let out: unknown;
  try {
    for (let k = 0; k < n; k++) duals[k] = new DualNum(p.leaves[k], t.leaves[k], tag);
    out = call(f, primals, p.build(duals, false));
  } finally {
    tag.open = false;
  }
  if (typeof out === "number" || out instanceof Active) return [primalAt(tag, out), tangentAt(tag, out)];
  const y = flatten(out, `${owner}'s function result`);
  return [y.build(y.leaves.map((v) => primalAt(tag, v)), true), y.build(y.leaves.map((v) => tangentAt(tag, v)), true)];
}

/**
 * Forward mode: `jvp(f, primals, tangents)` returns `[f(...primals), J·tangents]`, with one
 * entry of `primals`/`tangents` per argument of `f`.
 * @example
 * jvp((x: number) => x * x, [3], [1]); // [9, 6]
 */
export function jvp<A extends unknown[], Y>(f: (...args: A) => Y, primals: A, tangents: A): [Y, Y] {
  checkFunction(f, "jvp");
  if (!Array.isArray(primals) || !Array.isArray(tangents)) {
    throw new TypeError("typegrad: jvp(f, primals, tangents) takes arrays with one entry per argument of f");
  }
  if (primals.length !== tangents.length) {
    throw new TypeError(`typegrad: jvp got ${primals.length} primals but ${tangents.length} tangents; give one tangent per argument`);
  }
  const compiled = compiledForward(f);
  if (compiled !== undefined && compiledArity(f) === primals.length && allNumbers(primals) && allNumbers(tangents)) {
    const p = primals as unknown as number[], t = tangents as unknown as number[];
    let value: number;
    if (p.length === 1) value = compiled(p[0]!, t[0]!);
    else if (p.length === 2) value = compiled(p[0]!, t[0]!, p[1]!, t[1]!);
    else value = compiled(...p.flatMap((x, k) => [x, t[k]!]));
    return [value, lastTangent()] as [Y, Y];
  }
  return pushforward(f, primals, tangents, "jvp") as [Y, Y];
}

/**
 * The derivative of a function of one number (forward mode); the result is shaped like `f`'s output.
 * @example
 * derivative((x: number) => x ** 3)(2); // 12
 */
export function derivative<Y extends number | number[]>(f: (x: number) => Y): (x: number) => Y {
  checkFunction(f, "derivative");
  const compiled = compiledForward(f);
  return (x: number) => {
    if (compiled !== undefined && typeof x === "number") {
      compiled(x, 1);
      return lastTangent() as Y;
    }
    if (typeof x !== "number" && !((x as unknown) instanceof Active)) {
      throw new TypeError("typegrad: derivative(f)(x) takes one number x; use jvp or jacfwd for arrays");
    }
    // The common case of a scalar result, without the general result walk.
    const tag = new Tag("derivative");
    let y: unknown;
    try {
      y = f(new DualNum(x, 1, tag) as unknown as number);
    } finally {
      tag.open = false;
    }
    if (y instanceof DualNum && y.level === tag) return y.d as Y;
    if (typeof y === "number" || y instanceof Active) return tangentAt(tag, y as Value) as Y;
    const out = flatten(y, "derivative's function result");
    return out.build(out.leaves.map((v) => tangentAt(tag, v)), true) as Y;
  };
}

function vectorInput(x: unknown, owner: string): Value[] {
  const flat = flatten(x, `${owner}'s argument`);
  if (flat.leaves.length === 0) throw new TypeError(`typegrad: ${owner} got an empty input`);
  return flat.leaves;
}

/**
 * The Jacobian by forward mode: one pass per input. Row i is the gradient of output i.
 * @example
 * jacfwd((x: number[]) => [x[0] * x[1], x[0]])([2, 3]); // [[3, 2], [1, 0]]
 */
export function jacfwd(f: (x: number[]) => number[] | number): (x: number[]) => number[][] {
  checkFunction(f, "jacfwd");
  return (x: number[]) => {
    const n = vectorInput(x, "jacfwd").length;
    const shape = flatten(x, "jacfwd's argument");
    const columns: Value[][] = [];
    for (let j = 0; j < n; j++) {
      const e = shape.build(unit(n, j), true);
      columns.push(flatten(pushforward(f, [x], [e], "jacfwd")[1], "jacfwd's output").leaves);
    }
    return transpose(columns, n) as number[][];
  };
}

/**
 * The Jacobian by reverse mode: one forward pass, one sweep per output.
 * @example
 * jacrev((x: number[]) => [x[0] * x[1], x[0]])([2, 3]); // [[3, 2], [1, 0]]
 */
export function jacrev(f: (x: number[]) => number[] | number): (x: number[]) => number[][] {
  checkFunction(f, "jacrev");
  return (x: number[]) => {
    vectorInput(x, "jacrev");
    const { out, pullback } = record(f, [x], "jacrev");
    const ys = flatten(out, "jacrev's output").leaves;
    return ys.map((_, i) => flatten(pullback(ys, unit(ys.length, i)), "gradient").leaves) as number[][];
  };
}

/**
 * The Jacobian, by whichever mode needs fewer passes (reverse when there are fewer outputs
 * than inputs). It evaluates `f` once on numbers to count the outputs.
 * @example
 * jacobian((x: number[]) => [x[0] * x[1]])([2, 3]); // [[3, 2]]
 */
export function jacobian(f: (x: number[]) => number[] | number): (x: number[]) => number[][] {
  checkFunction(f, "jacobian");
  return (x: number[]) => {
    const n = vectorInput(x, "jacobian").length;
    const m = flatten(f(x), "jacobian's output").leaves.length;
    return m < n ? jacrev(f)(x) : jacfwd(f)(x);
  };
}

/**
 * The Hessian of a scalar function, forward over reverse (`jacfwd(grad(f))`).
 * @example
 * hessian((x: number[]) => x[0] * x[0] * x[1])([1, 2]); // [[4, 2], [2, 0]]
 */
export function hessian(f: (x: number[]) => number): (x: number[]) => number[][] {
  checkFunction(f, "hessian");
  return jacfwd(grad(f) as (x: number[]) => number[]);
}

/**
 * The Hessian-vector product H·v without forming H (forward over reverse).
 * @example
 * hvp((x: number[]) => x[0] * x[0] * x[1], [1, 2], [1, 0]); // [4, 2]
 */
export function hvp<X extends number[] | Float64Array>(f: (x: X) => number, x: X, v: X): X {
  checkFunction(f, "hvp");
  return jvp(grad(f) as (x: X) => X, [x], [v])[1];
}

function unit(n: number, k: number): number[] {
  const e = new Array<number>(n).fill(0);
  e[k] = 1;
  return e;
}

function transpose(columns: Value[][], n: number): Value[][] {
  const m = columns.length === 0 ? 0 : columns[0].length;
  const rows: Value[][] = [];
  for (let i = 0; i < m; i++) rows.push(Array.from({ length: n }, (_, j) => columns[j][i]));
  return rows;
}
