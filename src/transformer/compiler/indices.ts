/**
 * A pass over the IR: an index expression a loop body uses more than once is computed once per
 * pass, into a temporary defined first thing in the body, and read from there.
 *
 *   for (i …) { v1 = x[(i + n - 1) % n] * x[(i + n - 1) % n]; v2 = sin(x[(i + 1) % n]) }
 *   →  for (i …) { at = (i + n - 1) % n; at_1 = (i + 1) % n; v1 = x[at] * x[at]; v2 = sin(x[at_1]) }
 *
 * An element of an active array counts twice: the reverse sweep reads it again (its partial
 * or the place its adjoint goes), so `x[i + 1]` read once in a pass is shared too. Shared are
 * only index expressions that are arithmetic (not a bare counter or literal) of counters of
 * the loops around (one at least), literals, module constants and lengths of parameters: they cannot change
 * within a pass, so the value computed at its start is the value at every use. JavaScript
 * engines do not do this themselves once the body writes to arrays (a write may change what
 * a later `x.length` reads, for all they know). Each temporary is a plain `set` of an inactive
 * temporary: the reverse sweep computes it again at the start of each reverse pass
 * (passes.ts, `plan`), as it does for cheap arithmetic.
 *
 * The pass suits forward code as well (it only reads the IR's loops); the reverse emitter runs
 * it today (reverse.ts).
 */
import { type Expr, type Instr, type Loop, type Lowered, type Var, varsOf } from "./ir.js";

/** Shares the index expressions used more than once in each loop body of `ir` (bodies rewritten in place). */
export function shareIndices(ir: Lowered): void {
  const visit = (body: Instr[], loops: readonly Loop[]) => {
    for (const i of body) {
      if (i.k === "for" || i.k === "while") {
        visit(i.body, [...loops, i]);
        share(ir, i, [...loops, i]);
      } else if (i.k === "if") {
        visit(i.yes, loops);
        visit(i.no, loops);
      }
    }
  };
  visit(ir.body, []);
}

/** The key of an index expression (variables by id), or undefined when it is not one to share. */
function keyOf(e: Expr, counters: ReadonlySet<Var>): string | undefined {
  let ops = 0, counted = 0;
  const key = (x: Expr): string | undefined => {
    switch (x.k) {
      case "lit": return String(x.value);
      case "name": return `n:${x.text}`;
      case "var":
        if (x.v.kind !== "counter" || !counters.has(x.v)) return undefined;
        counted++;
        return `v${x.v.id}`;
      case "length": {
        if (x.local || x.outer) return undefined;
        if (x.array) return `L:${x.array.index}:${x.array.name}`;
        const row = x.row && key(x.row);
        return row === undefined ? undefined : `L(${row})`;
      }
      case "bin": {
        if (!["+", "-", "*", "%"].includes(x.op)) return undefined;
        ops++;
        const a = key(x.a), b = a === undefined ? undefined : key(x.b);
        return b === undefined ? undefined : `(${a}${x.op}${b})`;
      }
      case "neg": {
        ops++;
        const a = key(x.a);
        return a === undefined ? undefined : `-${a}`;
      }
      default: return undefined;
    }
  };
  const k = key(e);
  // Not one without a counter: it is the same in every pass (the engine folds constants).
  return k !== undefined && ops > 0 && counted > 0 ? k : undefined;
}

/** The instructions of a loop body outside its nested loops, branches and their tests included. */
function own(body: Instr[], out: { list: Instr[]; index: number }[] = []): { list: Instr[]; index: number }[] {
  body.forEach((i, index) => {
    if (i.k === "if") {
      out.push({ list: body, index });
      own(i.yes, out);
      own(i.no, out);
    } else if (i.k !== "for" && i.k !== "while") out.push({ list: body, index });
  });
  return out;
}

/** Rewrites the elements' indices of `e` through `f` (elements of elements too). */
function mapIndices(e: Expr, f: (index: Expr, active: boolean) => Expr): Expr {
  const m = (x: Expr): Expr => mapIndices(x, f);
  switch (e.k) {
    case "elem": {
      const active = !!e.array || !!e.local?.active;
      return { ...e, index: f(mapIndices(e.index, f), active), ...(e.outer ? { outer: f(mapIndices(e.outer, f), false) } : {}), ...(e.row ? { row: m(e.row) } : {}) };
    }
    case "length": return e.row ? { ...e, row: m(e.row) } : e;
    case "bin": return { ...e, a: m(e.a), b: m(e.b) };
    case "not": case "neg": return { ...e, a: m(e.a) };
    case "cond": return { ...e, test: m(e.test), yes: m(e.yes), no: m(e.no) };
    case "math": case "rule": return { ...e, args: e.args.map(m) };
    default: return e;
  }
}

/** `i` with `f` applied to the expressions it reads (a store's own index counts as an element's). */
function mapInstr(i: Instr, f: (e: Expr) => Expr, index: (e: Expr) => Expr): Instr {
  switch (i.k) {
    case "prim": return { ...i, args: i.args.map(f) };
    case "set": return { ...i, src: f(i.src) };
    case "store": return { ...i, index: index(f(i.index)), src: f(i.src) };
    case "push": return { ...i, src: f(i.src) };
    case "alloc": return { ...i, length: f(i.length), ...(i.fill ? { fill: f(i.fill) } : {}) };
    case "fail": return { ...i, test: f(i.test) };
    case "if": return { ...i, test: f(i.test) };
    default: return i;
  }
}

/**
 * `d % n` as `d < n ? d : d - n` when `d` is known to lie in [0, 2n): `loop` counts `i` up from
 * a literal start s ≥ 0 while `i < n`, n an integer (an array's length or an integer literal), and `d` is `i + b` or `i + n + b` (sums and differences
 * in any order) with a literal b that keeps it there (b = 1, 0, or down to -s; with the `+ n`,
 * b = 0 or -1). The ring's neighbours `(i + 1) % n` and `(i + n - 1) % n` are of this kind: a
 * comparison instead of an integer division, the same integers.
 */
function wrapped(e: Expr, loop: Loop, counters: ReadonlySet<Var>): Expr {
  if (e.k !== "bin" || e.op !== "%" || loop.k !== "for" || loop.test !== "<" || loop.step <= 0) return e;
  if (loop.start.k !== "lit" || !Number.isInteger(loop.start.value) || loop.start.value < 0) return e;
  const n = keyOf({ k: "bin", op: "+", a: e.b, b: { k: "var", v: loop.counter } }, counters);
  const bound = keyOf({ k: "bin", op: "+", a: loop.bound, b: { k: "var", v: loop.counter } }, counters);
  // An integer n (a length, an integer literal): then i ≤ n - 1 and d stays below 2n.
  const integral = e.b.k === "length" || (e.b.k === "lit" && Number.isInteger(e.b.value));
  if (n === undefined || n !== bound || !integral || varsOf(e.b).length > 0) return e;
  const nKey = keyOf({ k: "bin", op: "+", a: e.b, b: { k: "var", v: loop.counter } }, counters);
  // d as counter·1 + n·a + b, read off its sums and differences.
  let i = 0, a = 0, b = 0, ok = true;
  const terms = (x: Expr, sign: number): void => {
    if (x.k === "bin" && (x.op === "+" || x.op === "-")) {
      terms(x.a, sign);
      terms(x.b, x.op === "+" ? sign : -sign);
    } else if (x.k === "var" && x.v === loop.counter) i += sign;
    else if (x.k === "lit" && Number.isInteger(x.value)) b += sign * x.value;
    else if (keyOf({ k: "bin", op: "+", a: x, b: { k: "var", v: loop.counter } }, counters) === nKey) a += sign;
    else ok = false;
  };
  terms(e.a, 1);
  const fits = a === 0 ? b <= 1 && b >= -loop.start.value : a === 1 && (b === 0 || b === -1);
  if (!ok || i !== 1 || !fits) return e;
  return { k: "cond", test: { k: "bin", op: "<", a: e.a, b: e.b }, yes: e.a, no: { k: "bin", op: "-", a: e.a, b: e.b } };
}

function share(ir: Lowered, loop: Loop, loops: readonly Loop[]): void {
  const counters = new Set<Var>(loops.flatMap((l) => (l.k === "for" ? [l.counter] : [])));
  const uses = new Map<string, { expr: Expr; count: number }>();
  const count = (index: Expr, weight: number) => {
    const key = keyOf(index, counters);
    if (key === undefined) return index;
    const use = uses.get(key);
    if (use) use.count += weight;
    else uses.set(key, { expr: index, count: weight });
    return index;
  };
  const sites = own(loop.body);
  const counting = (e: Expr) => mapIndices(e, (index, active) => count(index, active ? 2 : 1));
  for (const { list, index } of sites) mapInstr(list[index]!, counting, (e) => count(e, list[index]!.k === "store" && (list[index] as { array: { active: boolean } }).array.active ? 2 : 1));
  const shared = new Map<string, Var>();
  const defs: Instr[] = [];
  for (const [key, use] of uses) {
    if (use.count < 2) continue;
    const v: Var = { id: ir.vars.length, kind: "temp", name: "at", active: false, loops: [...loops] };
    (ir.vars as Var[]).push(v);
    shared.set(key, v);
    defs.push({ k: "set", dst: v, src: wrapped(use.expr, loop, counters) });
  }
  if (shared.size === 0) return;
  const replace = (index: Expr): Expr => {
    const v = shared.get(keyOf(index, counters) ?? "");
    return v ? { k: "var", v } : index;
  };
  const rewrite = (e: Expr) => mapIndices(e, (index) => replace(index));
  for (const { list, index } of sites) list[index] = mapInstr(list[index]!, rewrite, replace);
  loop.body.unshift(...defs);
}
