/**
 * The parameter kinds of compiled reverse code beyond numbers and arrays of numbers: which
 * arguments a compiled gradient takes, and how its results are shaped like them. The
 * transformer writes one entry per parameter (compiler/parameters.ts):
 *
 *   "n" a number · "o" a number with a default, which the call may leave out (the last ones)
 *   "a" an array of numbers or a Float64Array · "m" an array of such rows
 *   "D" data the call's `argnums` leaves out (arrays of numbers, nested; no gradient)
 *   "N" a number `argnums` leaves out (read as data) · "W" a string or boolean it leaves out
 *   (passed through as it is: compiled code only compares it)
 *   "{w:a,b:n}" a plain object with exactly those fields (data itself when every field is data)
 *
 * Arguments that do not fit go to the tape, which gives its own answer or error for them.
 */

/** One parameter's kind, parsed. */
export type Kind = "n" | "o" | "a" | "m" | "D" | "N" | "W" | { readonly fields: readonly (readonly [string, Kind])[] };

const parsed = new Map<string, readonly Kind[]>();

/** The kinds of a kinds string, parsed once per string. @example parseKinds("m{w:a,b:n}") */
export function parseKinds(kinds: string): readonly Kind[] {
  let out = parsed.get(kinds);
  if (out) return out;
  let at = 0;
  const one = (): Kind => {
    const c = kinds[at++];
    if (c !== "{") return c as Kind;
    const fields: [string, Kind][] = [];
    while (kinds[at] !== "}") {
      const colon = kinds.indexOf(":", at);
      const key = kinds.slice(at, colon);
      at = colon + 1;
      fields.push([key, one()]);
      if (kinds[at] === ",") at++;
    }
    at++;
    return { fields };
  };
  out = [];
  while (at < kinds.length) (out as Kind[]).push(one());
  parsed.set(kinds, out);
  return out;
}

/** True for a Float64Array, or an array whose every element is a number. */
function numbers(x: unknown): boolean {
  if (x instanceof Float64Array) return true;
  if (!Array.isArray(x)) return false;
  for (let i = 0; i < x.length; i++) if (typeof x[i] !== "number") return false;
  return true;
}

/** True for numbers, or arrays of them nested at most `depth` deep (data read by compiled code). */
function data(x: unknown, depth: number): boolean {
  if (numbers(x)) return true;
  if (!Array.isArray(x) || depth === 0) return false;
  for (let i = 0; i < x.length; i++) if (!data(x[i], depth - 1)) return false;
  return true;
}

/** True when `x` is a value of kind `kind`. */
export function fitsKind(kind: Kind, x: unknown): boolean {
  switch (kind) {
    case "n": case "o": return typeof x === "number";
    case "a": return numbers(x);
    case "m": {
      if (!Array.isArray(x)) return false;
      for (let i = 0; i < x.length; i++) if (!numbers(x[i])) return false;
      return true;
    }
    case "D": return data(x, 3);
    case "N": return typeof x === "number";
    // Compiled code only compares it (`===`, `switch`, `if (flag)`), as the function itself would.
    case "W": return true;
    default: {
      if (x === null || typeof x !== "object" || Object.getPrototypeOf(x) !== Object.prototype) return false;
      const keys = Object.keys(x);
      if (keys.length !== kind.fields.length) return false;
      for (const [key, field] of kind.fields) {
        if (!Object.prototype.hasOwnProperty.call(x, key) || !fitsKind(field, (x as Record<string, unknown>)[key])) return false;
      }
      return true;
    }
  }
}

/**
 * True when `args` fit `kinds` (one per parameter) and none of the arguments `chosen` (the
 * `argnums` asked for, when given) is data the compiled code has no gradient for.
 */
export function fitsKinds(kinds: readonly Kind[], args: readonly unknown[], chosen?: readonly number[]): boolean {
  if (args.length > kinds.length) return false;
  // Parameters left out take their defaults in the compiled code, as in the function.
  for (let k = args.length; k < kinds.length; k++) if (kinds[k] !== "o") return false;
  for (let k = 0; k < args.length; k++) if (!fitsKind(kinds[k]!, args[k])) return false;
  if (chosen) for (const k of chosen) if (isData(kinds[k]!)) return false;
  return true;
}

/** True for a kind compiled code reads as data, with no gradient: "D", "N", "W", or an object of data fields only. */
export function isData(kind: Kind): boolean {
  if (kind === "D" || kind === "N" || kind === "W") return true;
  return typeof kind === "object" && kind.fields.every(([, field]) => isData(field));
}

/**
 * True when compiled code of `kinds` reads a parameter as data: it serves only the `argnums`
 * that leave those parameters out. @example readsData("aW") // true
 */
export const readsData = (kinds: string): boolean => parseKinds(kinds).some(isData);

/**
 * The gradient of an object argument as the tape gives it: the argument's keys in its own
 * order (nested objects too), and each array field's gradient of its argument's kind (compiled code makes a number[]
 * for a field typed `number[]` and a Float64Array otherwise; a matrix's rows already follow the
 * argument's, see `zerosLike`).
 */
export function shapeObject(x: Record<string, unknown>, g: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(x)) {
    const a = x[key], v = g[key];
    out[key] = typeof v === "number" ? v
      : !Array.isArray(v) && !(v instanceof Float64Array) ? shapeObject(a as Record<string, unknown>, v as Record<string, unknown>)
      : Array.isArray(a) === Array.isArray(v) ? v
      : Array.isArray(a) ? Array.from(v as Float64Array) : Float64Array.from(v as number[]);
  }
  return out;
}

/**
 * Zeros shaped like the rows of `rows`: a zero-filled number[] for each array row, a
 * Float64Array for each Float64Array row (the start of a matrix parameter's gradient in
 * compiled reverse code; not meant to be called by hand).
 * @example zerosLike([[1, 2], new Float64Array(3)]) // [[0, 0], Float64Array [0, 0, 0]]
 */
export function zerosLike(rows: readonly (readonly number[] | Float64Array)[]): (number[] | Float64Array)[] {
  const out: (number[] | Float64Array)[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    out[i] = row instanceof Float64Array ? new Float64Array(row.length) : new Array<number>(row.length).fill(0);
  }
  return out;
}

/**
 * The numbers of `g`, the gradient of a matrix or object argument `x`, appended to `flat` in
 * `split`'s order: rows in turn, an object's fields in the argument's own key order.
 */
export function leavesInto(x: unknown, g: unknown, flat: number[]): void {
  if (typeof g === "number") {
    flat.push(g);
  } else if (g instanceof Float64Array || Array.isArray(g)) {
    for (let i = 0; i < g.length; i++) leavesInto((x as unknown[])[i], g[i], flat);
  } else {
    for (const key of Object.keys(x as object)) leavesInto((x as Record<string, unknown>)[key], (g as Record<string, unknown>)[key], flat);
  }
}

/**
 * Zeros shaped like `x` (a number, an array of numbers, an array of rows, a plain object of
 * those; Float64Arrays stay Float64Arrays), with the places of its numbers in `split`'s order
 * appended to `slots` (each a container and its index or key): the tangent `jacfwd` seeds.
 */
export function zerosWithSlots(x: unknown, slots: [Record<string | number, number>, string | number][]): unknown {
  if (x instanceof Float64Array) {
    const t = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) slots.push([t as unknown as Record<number, number>, i]);
    return t;
  }
  if (Array.isArray(x)) {
    const t: unknown[] = new Array(x.length);
    for (let i = 0; i < x.length; i++) {
      if (typeof x[i] === "number") {
        t[i] = 0;
        slots.push([t as unknown as Record<number, number>, i]);
      } else {
        t[i] = zerosWithSlots(x[i], slots);
      }
    }
    return t;
  }
  const t: Record<string, unknown> = {};
  for (const key of Object.keys(x as object)) {
    const v = (x as Record<string, unknown>)[key];
    if (typeof v === "number") {
      t[key] = 0;
      slots.push([t as Record<string, number>, key]);
    } else {
      t[key] = zerosWithSlots(v, slots);
    }
  }
  return t;
}

/** True when tangent `t` is shaped like primal `x` (numbers where it has numbers, arrays as long, the same keys in order). */
export function shapedLike(x: unknown, t: unknown): boolean {
  if (typeof x === "number") return typeof t === "number";
  if (x instanceof Float64Array || Array.isArray(x)) {
    if (!(t instanceof Float64Array || Array.isArray(t)) || t.length !== x.length) return false;
    for (let i = 0; i < x.length; i++) if (!shapedLike(x[i], t[i])) return false;
    return true;
  }
  if (t === null || typeof t !== "object" || Array.isArray(t) || t instanceof Float64Array) return false;
  // The same keys in the same order: the Duals pair a tangent's numbers with the primal's in order.
  const keys = Object.keys(x as object), tkeys = Object.keys(t);
  if (tkeys.length !== keys.length) return false;
  for (let k = 0; k < keys.length; k++) {
    if (tkeys[k] !== keys[k] || !shapedLike((x as Record<string, unknown>)[keys[k]!], (t as Record<string, unknown>)[keys[k]!])) return false;
  }
  return true;
}
