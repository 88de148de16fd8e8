/**
 * Run-time representation of `Dual` and `Var` values. Both are immutable objects holding the
 * value one level down (`v`, itself a number or an active value of an enclosing transform)
 * and the level they belong to. They refuse to take part in plain JavaScript arithmetic,
 * which would otherwise silently give NaN or a wrong number, and print as their primal value.
 */
import type { Level, Tag } from "./level.js";
import { guardHook } from "./guards.js";
import type { Tape } from "./tape.js";

/** A number or an active value of any level. */
export type Value = number | Active;

const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

export abstract class Active {
  abstract readonly v: Value;
  abstract readonly level: Level;

  /** Strings show the primal value; any numeric use outside typegrad's runtime throws. */
  [Symbol.toPrimitive](hint: string): string {
    if (hint === "string") return this.toString();
    throw untransformedError(this);
  }
  /** The primal as a string; a running `trace` records it as a guard (an index or key chosen by the value). */
  toString(): string {
    if (guardHook.fn !== null) guardHook.fn("key", this, this, true);
    return String(numberOf(this));
  }
  toJSON(): number {
    return numberOf(this);
  }
  [inspectSymbol](): number {
    return numberOf(this);
  }
}

/** A forward-mode value `v + d·ε` of one tag. */
export class DualNum extends Active {
  constructor(
    readonly v: Value,
    readonly d: Value,
    readonly level: Tag,
  ) {
    super();
  }
}

/** A reverse-mode value: node `i` of a tape, with value `v`. */
export class VarNum extends Active {
  constructor(
    readonly v: Value,
    readonly i: number,
    readonly level: Tape,
  ) {
    super();
  }
}

/** True for `Dual` and `Var` values at run time. */
export function isActive(x: unknown): x is Active {
  return x instanceof Active;
}

/**
 * The plain number inside any value, through every level of nesting.
 * @example
 * numberOf(dual(2, 1)); // 2
 */
export function numberOf(x: unknown): number {
  let y = x;
  while (y instanceof Active) y = y.v;
  if (typeof y !== "number") {
    throw new TypeError(`typegrad: expected a number, Var or Dual, got ${describe(y)}`);
  }
  return y;
}

/**
 * A short description of any value for error messages: what it is, then (for scalars) its
 * value, e.g. `number 3`, `undefined`, `the string "w"`, `a function (f)`.
 * @example describe(undefined) // "undefined"
 */
export function describe(x: unknown): string {
  if (x instanceof DualNum) return `a Dual (value ${numberOf(x)})`;
  if (x instanceof VarNum) return `a Var (value ${numberOf(x)})`;
  if (x === null || x === undefined) return String(x);
  if (Array.isArray(x)) return `an array of length ${x.length}`;
  if (ArrayBuffer.isView(x)) return `a ${x.constructor.name}${"length" in x ? ` of length ${(x as unknown as ArrayLike<unknown>).length}` : ""}`;
  if (typeof x === "function") return x.name === "" ? "a function" : `a function (${x.name})`;
  if (typeof x === "object") {
    if (typeof (x as { then?: unknown }).then === "function") return "a Promise (or other thenable)";
    return `an object (${Object.prototype.toString.call(x)})`;
  }
  if (typeof x === "string") return `the string ${JSON.stringify(x)}`;
  if (typeof x === "bigint") return `the bigint ${x}n`;
  if (typeof x === "symbol") return `the symbol ${x.description ?? ""}`.trimEnd();
  if (typeof x === "boolean") return `the boolean ${x}`;
  return `number ${String(x)}`;
}

function untransformedError(x: Active): TypeError {
  const kind = x instanceof VarNum ? "Var" : "Dual";
  return new TypeError(
    `typegrad: a ${kind} (value ${numberOf(x)}) was used in plain JavaScript arithmetic or ` +
      "comparison, which cannot carry derivatives: this code ran without the typegrad " +
      "transformer (tsc, tsx, ts-node, Node's type stripping and TypeScript 7's tsc do not " +
      "apply it). Run it with `node --import typegrad/register app.ts`, build it with " +
      "`npx typegrad build` (any TypeScript, 7 included) or with tspc on TypeScript 6 " +
      '(tsconfig "plugins": [{ "transform": "typegrad/transformer" }]), or use the typegrad/vite ' +
      "plugin; and make the function differentiable code: type a parameter or the return as " +
      "Var/Dual, or pass the function to grad/derivative/... directly. Without the " +
      "transformer, call the runtime functions (add, mul, sin, ...).",
  );
}
