/**
 * How Jacobians are laid out, as JAX lays them out: plain objects (and the tuple of chosen
 * arguments) are split first — the output's, then the input's — and each pair of remaining
 * pieces (a number, an array, a typed array) is one block shaped output-then-input. So for
 * `f: (x: number[]) => number[]` the Jacobian is `number[][]` with row i the gradient of output
 * i; a number input gives a block shaped like the output; a number output gives a block shaped
 * like the input (a gradient, typed arrays kept); a tuple of arguments gives one block each.
 */
import { Active, type Value } from "./active.js";
import { enter, flatten, newSeen, type Flat, type Seen } from "./structure.js";

/** A structure split for Jacobians; `start`/`size` locate a block's numbers among all leaves. */
export type Part =
  | { readonly kind: "block"; readonly start: number; readonly size: number; readonly scalar: boolean; readonly flat: Flat }
  | { readonly kind: "object"; readonly keys: readonly string[]; readonly parts: readonly Part[] }
  | { readonly kind: "tuple"; readonly parts: readonly Part[] };

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  x !== null && typeof x === "object" && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;

/**
 * Splits `x` into parts, appending its numbers to `leaves` in `flatten`'s order; `what` names
 * it in errors, or — for a tuple of arguments, split like an object, never a block — names
 * each of its entries.
 */
export function split(x: unknown, what: string | readonly string[], leaves: Value[], path = "", seen: Seen = newSeen()): Part {
  if (typeof what !== "string") return { kind: "tuple", parts: (x as unknown[]).map((e, k) => split(e, what[k], leaves)) };
  if (isPlainObject(x)) {
    enter(x, seen, what, path);
    const keys = Object.keys(x);
    const parts = keys.map((key) => split(x[key], what, leaves, `${path}.${key}`, seen));
    seen.objects.pop();
    seen.paths.pop();
    return { kind: "object", keys, parts };
  }
  const flat = flatten(x, what, path, seen);
  const start = leaves.length;
  for (const leaf of flat.leaves) leaves.push(leaf);
  return { kind: "block", start, size: flat.leaves.length, scalar: typeof x === "number" || x instanceof Active, flat };
}

/** Rebuilds a split structure from new leaves (typed arrays stay typed when `typed`). */
export function rebuild(part: Part, values: readonly unknown[], typed: boolean): unknown {
  switch (part.kind) {
    case "tuple":
      return part.parts.map((p) => rebuild(p, values, typed));
    case "object":
      return Object.fromEntries(part.keys.map((key, k) => [key, rebuild(part.parts[k], values, typed)]));
    case "block":
      return part.flat.build(values.slice(part.start, part.start + part.size), typed);
  }
}

/**
 * A structural fingerprint: two values with the same key are shaped alike (used to check that
 * tangents are structured like the primals).
 * @example shapeKey([1, { a: 2 }]) // "[n,{a:n}]"
 */
export function shapeKey(x: unknown, seen: object[] = []): string {
  if (typeof x === "number" || x instanceof Active) return "n";
  if (x instanceof Float64Array || x instanceof Float32Array) return `[${Array.from({ length: x.length }, () => "n").join(",")}]`;
  if (!Array.isArray(x) && !isPlainObject(x)) return typeof x;
  if (seen.includes(x)) return "cycle"; // never the key of a primal: those are trees
  seen.push(x);
  const key = Array.isArray(x)
    ? `[${x.map((e) => shapeKey(e, seen)).join(",")}]`
    : `{${Object.keys(x).map((k) => `${k}:${shapeKey(x[k], seen)}`).join(",")}}`;
  seen.pop();
  return key;
}

/** The Jacobian `J(i, j) = ∂ output leaf i / ∂ input leaf j`, laid out by the output's and input's parts. */
export function assemble(out: Part, input: Part, J: (i: number, j: number) => Value): unknown {
  if (out.kind === "tuple") return out.parts.map((p) => assemble(p, input, J));
  if (out.kind === "object") return Object.fromEntries(out.keys.map((key, k) => [key, assemble(out.parts[k], input, J)]));
  return blockOf(out, input, J);
}

function blockOf(out: Part & { kind: "block" }, input: Part, J: (i: number, j: number) => Value): unknown {
  if (input.kind === "tuple") return input.parts.map((p) => blockOf(out, p, J));
  if (input.kind === "object") return Object.fromEntries(input.keys.map((key, k) => [key, blockOf(out, input.parts[k], J)]));
  const row = (i: number, typed: boolean) => input.flat.build(Array.from({ length: input.size }, (_, j) => J(i, input.start + j)), typed);
  // A scalar output's block is a gradient: shaped like the input, typed arrays kept.
  if (out.scalar) return row(out.start, true);
  const rows = Array.from({ length: out.size }, (_, i) => (input.scalar ? J(out.start + i, input.start) : row(out.start + i, false)));
  return out.flat.build(rows, input.scalar);
}
