/**
 * The compiled modes' intermediate representation: a Wengert list with structured loops and
 * branches. Lowering (lower.ts) reads the TypeScript function once and produces it; the passes
 * (passes.ts) annotate it; the forward and reverse emitters (forward.ts, reverse.ts) print it.
 *
 *   const t = x[i + 1] - x[i] * x[i];     →   v1 = mul(x[i], x[i]); v2 = sub(x[i + 1], v1)
 *   s += 100 * t * t;                      →   v3 = mul(100, v2); v4 = mul(v3, v2); v5 = add(s, v4); s = v5
 *
 * Every value is an `Expr`: numbers, variables, elements of arrays, and inactive arithmetic
 * (indices, bounds, conditions), which the emitters may evaluate again where they need it.
 */

/** What a variable is: a parameter, a temporary (one definition), a reassigned local, or a loop counter. */
export type VarKind = "param" | "temp" | "local" | "counter";

/** A variable of the IR. `name` is the emitted identifier's base; `active` is set by the passes. */
export interface Var {
  readonly id: number;
  readonly kind: VarKind;
  readonly name: string;
  active: boolean;
  /** The loops around its definition (temps, counters) or declaration (locals), innermost last. */
  readonly loops: readonly Loop[];
}

/** An array parameter: its elements are active, their adjoints go to a gradient array. */
export interface ArrayParam {
  readonly name: string;
  readonly index: number;
  /** Typed `number[]` (its gradient is made a number[] too), else a Float64Array. */
  readonly list: boolean;
  /**
   * An array of rows (`number[][]`, `Float64Array[]`): its elements are read `W[i][j]` (the row
   * index is an element's `outer`), its gradient is made row by row like the argument's rows.
   */
  readonly matrix?: boolean;
}

/**
 * A parameter of a lowered function: a number, an array (or matrix) of numbers, data without
 * derivatives (a parameter `argnums` leaves out, read like a module constant; `name` is the
 * emitted parameter's name), or a plain object whose fields are numbers, arrays or matrices.
 */
export type Param =
  /** `fallback`: the literal default of a number the call may leave out (gradient code only). */
  | { readonly k: "number"; readonly v: Var; readonly fallback?: number }
  | { readonly k: "array"; readonly array: ArrayParam }
  /** `kind`: its kinds-string entry when it is not an array of data ("N" a number, "W" a string or boolean, "{lr:N,…}" an object of data). */
  | { readonly k: "data"; readonly name: string; readonly kind?: string }
  | { readonly k: "object"; readonly name: string; readonly fields: readonly { readonly key: string; readonly param: Param }[] };

/**
 * An array the function makes and only reads, writes and pushes to: `new Array(n)`,
 * `new Array(n).fill(c)`, `new Float64Array(n)`, `[a, b]`, `[]` then `push`, `v.map(…)`.
 * Active when it holds an active value; it then has an adjoint (reverse) or tangent (forward)
 * array beside it.
 */
export interface LocalArray {
  readonly id: number;
  readonly name: string;
  /** A `number[]` or a `Float64Array` (which is what its adjoint or tangent array is too). */
  readonly typed: boolean;
  /** The loops around where it is made: made in a loop, each pass makes a new one. */
  readonly loops: readonly Loop[];
  active: boolean;
}

/** A number-valued expression; `slot` appears only in rule templates (rules.ts). */
export type Expr =
  | { readonly k: "lit"; readonly value: number }
  | { readonly k: "var"; readonly v: Var }
  /** An element of an array parameter (active), of a local array, or of data without derivatives (`row`: a module constant `X`, or a row `X[i]` of one). */
  | { readonly k: "elem"; readonly array?: ArrayParam; readonly local?: LocalArray; readonly row?: Expr; readonly index: Expr; readonly outer?: Expr }
  /** A name captured from the module that is never active, a field of one by its path (`config.rate`), or a string literal's JSON text (`"l1"`). */
  | { readonly k: "name"; readonly text: string }
  /** The length of an array parameter (of its row `outer` for a matrix), of a local array, or of data without derivatives (`row`). */
  | { readonly k: "length"; readonly array?: ArrayParam; readonly local?: LocalArray; readonly row?: Expr; readonly outer?: Expr }
  | { readonly k: "bin"; readonly op: BinaryOp; readonly a: Expr; readonly b: Expr }
  | { readonly k: "not" | "neg"; readonly a: Expr }
  | { readonly k: "cond"; readonly test: Expr; readonly yes: Expr; readonly no: Expr }
  /** `Math.fn(…)` as V8 computes it. */
  | { readonly k: "math"; readonly fn: string; readonly args: readonly Expr[] }
  /** A member of the runtime's rule for a primitive whose formula is not inlined: `rules.exp.num(x)`. */
  | { readonly k: "rule"; readonly name: string; readonly member: string; readonly args: readonly Expr[] }
  | { readonly k: "slot"; readonly index: number };

export type BinaryOp = "+" | "-" | "*" | "/" | "%" | "**" | "<" | "<=" | ">" | ">=" | "===" | "!==" | "&&" | "||";

/** One step of the list. */
export type Instr =
  /** `dst = name(args…)`, a primitive of the table; its partials come from the same table. */
  | { readonly k: "prim"; readonly dst: Var; readonly name: string; readonly args: readonly Expr[] }
  /** `dst = src`: a copy (into a reassigned local, or a snapshot of one into a temp). */
  | { readonly k: "set"; readonly dst: Var; readonly src: Expr }
  /** `for (let counter = start; counter test bound; counter += step) body` with a constant integer step. */
  | For
  | While
  | { readonly k: "if"; readonly test: Expr; readonly yes: Instr[]; readonly no: Instr[] }
  /** `array = new Array(length)` (holes), or filled with `fill`, or a `Float64Array` (zeros). */
  | { readonly k: "alloc"; readonly array: LocalArray; readonly length: Expr; readonly fill?: Expr }
  /** `array[index] = src`. */
  | { readonly k: "store"; readonly array: LocalArray; readonly index: Expr; readonly src: Expr }
  /** `array.push(src)`. */
  | { readonly k: "push"; readonly array: LocalArray; readonly src: Expr }
  /** `if (test) throw new TypeError(message)`, as JavaScript would (`reduce` of an empty array without a start). */
  | { readonly k: "fail"; readonly test: Expr; readonly message: string };

export interface For {
  readonly k: "for";
  readonly counter: Var;
  readonly start: Expr;
  readonly test: "<" | "<=" | ">" | ">=";
  readonly bound: Expr;
  readonly step: number;
  readonly body: Instr[];
  /**
   * A further condition to go on (`jump < 2` when the body may `break` or `return`): the loop
   * may then stop early, so its pass count is recorded instead of computed from start and bound.
   */
  exit?: Expr;
}

/** `while (test) body`: the test reads values only (its operations are computed, not recorded). */
export interface While {
  readonly k: "while";
  test: Expr;
  readonly body: Instr[];
  /** `do body while (test)`: the body runs once before the first test. */
  readonly post?: boolean;
}

export type Loop = For | While;

/** A lowered function: its parameters (numbers or arrays), its body, and the value it returns. */
export interface Lowered {
  readonly params: readonly Param[];
  readonly body: Instr[];
  readonly result: Expr;
  /** The entries of an array result, when the function returns one (`return [a, b, …]`); `result` is then unused. */
  readonly results?: readonly Expr[];
  /**
   * The local array the function returns (`return out`, `return v.map(…)`), whose length is known
   * only at run time; `result` is then unused (vector code only).
   */
  readonly resultArray?: LocalArray;
  readonly vars: readonly Var[];
  readonly arrays: readonly LocalArray[];
  /** Module constants the call site's file must import for the code to read them. */
  readonly imports?: readonly { readonly module: string; readonly imported: string; readonly local: string }[];
  /** True when the code reads locals of a function around the lowered one: it is placed at the call site, not at the top of the file. */
  readonly scoped?: boolean;
}

/** The local arrays an expression reads (elements or length). */
export function arraysOf(e: Expr, out: LocalArray[] = []): LocalArray[] {
  switch (e.k) {
    case "elem": if (e.local) out.push(e.local); if (e.row) arraysOf(e.row, out); if (e.outer) arraysOf(e.outer, out); arraysOf(e.index, out); break;
    case "length": if (e.local) out.push(e.local); break;
    case "bin": arraysOf(e.a, out); arraysOf(e.b, out); break;
    case "not": case "neg": arraysOf(e.a, out); break;
    case "cond": arraysOf(e.test, out); arraysOf(e.yes, out); arraysOf(e.no, out); break;
    case "math": case "rule": for (const a of e.args) arraysOf(a, out); break;
    default: break;
  }
  return out;
}

/** What the function returns: the entries of an array result, or the one number. */
export const outputsOf = (ir: Lowered): readonly Expr[] => ir.results ?? [ir.result];

/** The indices an element reads: its row's (`outer`, for a matrix parameter) and its own. */
export const indicesOf = (e: Extract<Expr, { k: "elem" }>): Expr => (e.outer ? { k: "bin", op: "+", a: e.outer, b: e.index } : e.index);

/** The variables an expression reads (array elements read their index's variables). */
export function varsOf(e: Expr, out: Var[] = []): Var[] {
  switch (e.k) {
    case "var": out.push(e.v); break;
    case "elem": if (e.row) varsOf(e.row, out); if (e.outer) varsOf(e.outer, out); varsOf(e.index, out); break;
    case "length": if (e.row) varsOf(e.row, out); if (e.outer) varsOf(e.outer, out); break;
    case "bin": varsOf(e.a, out); varsOf(e.b, out); break;
    case "not": case "neg": varsOf(e.a, out); break;
    case "cond": varsOf(e.test, out); varsOf(e.yes, out); varsOf(e.no, out); break;
    case "math": case "rule": for (const a of e.args) varsOf(a, out); break;
    default: break;
  }
  return out;
}

/** Visits every instruction, nested ones included, in program order. */
export function walk(body: readonly Instr[], visit: (i: Instr) => void): void {
  for (const i of body) {
    visit(i);
    if (i.k === "for" || i.k === "while") walk(i.body, visit);
    else if (i.k === "if") {
      walk(i.yes, visit);
      walk(i.no, visit);
    }
  }
}
