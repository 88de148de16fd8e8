/**
 * Lifting a primitive to active values: the one place where forward and reverse mode apply a
 * rule. Forward mode computes Σ ∂ᵢ·ẋᵢ at once; reverse mode records ∂ᵢ on the tape for the
 * sweep. The outermost level among the operands decides the mode; operands of lower levels
 * are constants to it, and the computation one level down is done with the same AD-aware
 * functions, which is how nesting to any order works.
 */
import { Active, DualNum, VarNum, describe, type Value } from "./active.js";
import type { Level, Tag } from "./level.js";
import { checkForward, checkRecorded, nanWatch } from "./nans.js";
import { specialize1, specialize2 } from "./specialize.js";
import type { Tape, TracedOperand } from "./tape.js";

/** A one-argument primitive: its number implementation and its partial (may use the output `y`). */
export interface Rule1 {
  readonly name: string;
  readonly arity: 1;
  readonly num: (x: number) => number;
  readonly d: (x: Value, y: Value) => Value;
  /** The AD-aware function built from this rule. */
  readonly fn: (x: Value) => Value;
}

/** A two-argument primitive with its two partials. */
export interface Rule2 {
  readonly name: string;
  readonly arity: 2;
  readonly num: (x: number, y: number) => number;
  readonly dx: (x: Value, y: Value, out: Value) => Value;
  readonly dy: (x: Value, y: Value, out: Value) => Value;
  readonly fn: (x: Value, y: Value) => Value;
}

/** A primitive of any arity; its partials come as one array (custom functions). */
export interface RuleN {
  readonly name: string;
  readonly arity: number;
  readonly num: (...xs: number[]) => number;
  readonly partials: (xs: Value[], y: Value) => Value[];
  readonly fn: (...xs: Value[]) => Value;
  /** Forward mode's own rule, when given: the output tangent from input values and tangents. */
  readonly jvp?: (xs: Value[], dxs: Value[], y: Value) => Value;
}

export type Rule = Rule1 | Rule2 | RuleN;

/** Every registered primitive by name: the table that tests and graph replay iterate. */
export const PRIMITIVES = new Map<string, Rule>();

/** The local partials of any rule at inner values `xs` with output `y`. */
export function partialsOf(rule: Rule, xs: Value[], y: Value): Value[] {
  if ("partials" in rule) return rule.partials(xs, y);
  if (rule.arity === 1) return [(rule as Rule1).d(xs[0], y)];
  const r = rule as Rule2;
  return [r.dx(xs[0], xs[1], y), r.dy(xs[0], xs[1], y)];
}

/** The open level of an operand that is not a number; throws for anything else. */
function levelOf(x: unknown, rule: string): Level {
  if (!(x instanceof Active)) {
    // `undefined` is most often an element read past an array's end (`x[i + 1]` at the last i)
    const hint = x === undefined ? " (an element read past an array's end, or a missing argument or field?)" : "";
    throw new TypeError(`typegrad: ${rule} expects numbers, Vars or Duals; got ${describe(x)}${hint}`);
  }
  const level = x.level;
  if (!level.open) {
    const kind = x instanceof VarNum ? "Var" : "Dual";
    throw new Error(
      `typegrad: a ${kind} of a finished ${level.owner} was used after that transform returned; ` +
        "values from inside a transform are only valid inside it (return them as results instead)",
    );
  }
  return level;
}

function traced(tape: Tape, ...xs: Value[]): TracedOperand[] {
  return xs.map((x) => {
    if (x instanceof VarNum && x.level === tape) return { node: x.i };
    if (typeof x === "number") return { constant: x };
    throw new Error("typegrad: trace cannot capture a value of an enclosing transform; trace outside other transforms");
  });
}

/** Applies a one-argument rule to an active value. */
export function lift1(rule: Rule1, x: Active): Value {
  const level = levelOf(x, rule.name);
  const v = x.v;
  const y = typeof v === "number" ? rule.num(v) : rule.fn(v);
  const p = rule.d(v, y);
  if (!level.isTape) {
    const t = gmul(p, (x as DualNum).d);
    if (nanWatch.on) checkForward(rule.name, [x], y, t);
    return new DualNum(y, t, level as Tag);
  }
  const tape = level as Tape;
  const out = tape.push1(y, (x as VarNum).i, p);
  if (nanWatch.on) checkRecorded(tape, out.i, rule.name, [x], y);
  if (tape.trace !== null) tape.trace(rule, traced(tape, x), y);
  return out;
}

/** Applies a two-argument rule where at least one operand is active. */
export function lift2(rule: Rule2, a: Value, b: Value): Value {
  // Which operands belong to the outermost level: the others are constants to it.
  let level: Level, ina: boolean, inb: boolean;
  if (typeof a === "number") {
    level = levelOf(b, rule.name);
    ina = false;
    inb = true;
  } else if (typeof b === "number") {
    level = levelOf(a, rule.name);
    ina = true;
    inb = false;
  } else {
    const la = levelOf(a, rule.name), lb = levelOf(b, rule.name);
    level = la.order >= lb.order ? la : lb;
    ina = la === level;
    inb = lb === level;
  }
  const av = ina ? (a as Active).v : a;
  const bv = inb ? (b as Active).v : b;
  const y = typeof av === "number" && typeof bv === "number" ? rule.num(av, bv) : rule.fn(av, bv);
  if (!level.isTape) {
    const ta = ina ? gmul(rule.dx(av, bv, y), (a as DualNum).d) : 0;
    const tb = inb ? gmul(rule.dy(av, bv, y), (b as DualNum).d) : 0;
    const t = ina && inb ? gadd(ta, tb) : ina ? ta : tb;
    if (nanWatch.on) checkForward(rule.name, [a, b], y, t);
    return new DualNum(y, t, level as Tag);
  }
  const tape = level as Tape;
  const out = ina
    ? inb
      ? tape.push2(y, (a as VarNum).i, rule.dx(av, bv, y), (b as VarNum).i, rule.dy(av, bv, y))
      : tape.push1(y, (a as VarNum).i, rule.dx(av, bv, y))
    : tape.push1(y, (b as VarNum).i, rule.dy(av, bv, y));
  if (nanWatch.on) checkRecorded(tape, out.i, rule.name, [a, b], y);
  if (tape.trace !== null) tape.trace(rule, traced(tape, a, b), y);
  return out;
}

/** Applies a rule of any arity where at least one operand is active. */
export function liftN(rule: RuleN, xs: Value[]): Value {
  let level: Level | null = null;
  for (const x of xs) {
    if (typeof x !== "number") {
      const l = levelOf(x, rule.name);
      if (level === null || l.order > level.order) level = l;
    }
  }
  if (level === null) return rule.num(...(xs as number[]));
  const inner = xs.map((x) => (x instanceof Active && x.level === level ? x.v : x));
  const y = rule.fn(...inner);
  if (!level.isTape && rule.jvp !== undefined) {
    const dxs = xs.map((x) => (x instanceof DualNum && x.level === level ? x.d : 0));
    return new DualNum(y, rule.jvp(inner, dxs, y), level as Tag);
  }
  const ps = rule.partials(inner, y);
  if (!level.isTape) {
    let t: Value = 0;
    xs.forEach((x, k) => {
      if (x instanceof DualNum && x.level === level) t = gadd(t, gmul(ps[k], x.d));
    });
    if (nanWatch.on) checkForward(rule.name, xs, y, t);
    return new DualNum(y, t, level as Tag);
  }
  const tape = level as Tape;
  const nodes: number[] = [], partials: Value[] = [];
  xs.forEach((x, k) => {
    if (x instanceof VarNum && x.level === tape) {
      nodes.push(x.i);
      partials.push(ps[k]);
    }
  });
  const out = tape.pushN(y, nodes, partials);
  if (nanWatch.on) checkRecorded(tape, out.i, rule.name, xs, y);
  if (tape.trace) tape.trace(rule, traced(tape, ...xs), y);
  return out;
}

let mulRule: Rule2 | undefined;
let addRule: Rule2 | undefined;

/** Generic multiplication used by the engine itself (tangents, adjoints). */
export function gmul(a: Value, b: Value): Value {
  if (typeof a === "number" && typeof b === "number") return a * b;
  return lift2((mulRule ??= PRIMITIVES.get("mul") as Rule2), a, b);
}

/** Generic addition used by the engine itself (tangents, adjoints). */
export function gadd(a: Value, b: Value): Value {
  if (typeof a === "number" && typeof b === "number") return a + b;
  return lift2((addRule ??= PRIMITIVES.get("add") as Rule2), a, b);
}

/**
 * Defines a one-argument primitive from its number implementation and partial, registers it in
 * the table, and returns the AD-aware function. Partials are typed over `number` as users see
 * values (a Var is a number to the checker) but receive active values when nested.
 */
export function unary(name: string, num: (x: number) => number, d: (x: number, y: number) => number): (x: number) => number {
  const fn = specialize1(name, num, d, (x) => lift1(rule, x as Active));
  const rule: Rule1 = { name, arity: 1, num, d: d as unknown as Rule1["d"], fn };
  PRIMITIVES.set(name, rule);
  return fn as unknown as (x: number) => number;
}

/** Defines a two-argument primitive; see `unary`. */
export function binary(
  name: string,
  num: (x: number, y: number) => number,
  dx: (x: number, y: number, out: number) => number,
  dy: (x: number, y: number, out: number) => number,
): (x: number, y: number) => number {
  const fn = specialize2(name, num, dx, dy, (a, b) => lift2(rule, a, b));
  const rule: Rule2 = { name, arity: 2, num, dx: dx as unknown as Rule2["dx"], dy: dy as unknown as Rule2["dy"], fn };
  PRIMITIVES.set(name, rule);
  return fn as unknown as (x: number, y: number) => number;
}

/**
 * Defines a primitive taking any number of arguments (registered with the arity of its usual
 * two-argument form); `partials` gives ∂y/∂xᵢ for every argument at once.
 */
export function variadic(
  name: string,
  num: (...xs: number[]) => number,
  partials: (xs: number[], y: number) => number[],
): (...xs: number[]) => number {
  const rule: RuleN = {
    name,
    arity: 2,
    num,
    partials: partials as unknown as RuleN["partials"],
    fn: (...xs: Value[]): Value => (xs.every((x) => typeof x === "number") ? num(...(xs as number[])) : liftN(rule, xs)),
  };
  PRIMITIVES.set(name, rule);
  return rule.fn as unknown as (...xs: number[]) => number;
}
