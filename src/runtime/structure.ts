/**
 * Arguments and results as trees of numbers: a leaf is a number (or an active value of an
 * enclosing transform); containers are arrays, Float64Array/Float32Array and plain objects.
 * Flattening gives the leaves in a fixed order and a function that rebuilds the same shape
 * from new leaves — how gradients come back "structured like the arguments".
 *
 * Errors name the place of a bad leaf as `grad's argument 0 at [1].w`: the argument (or
 * result, primal, tangent) by its position, then the path inside it. A tree that contains
 * itself is refused with a TypeError naming the cycle (walking it would never end).
 */
import { Active, describe, type Value } from "./active.js";

export interface Flat {
  leaves: Value[];
  /** Rebuilds the tree with new leaves; typed arrays stay typed arrays when `typed` is true. */
  build(leaves: readonly unknown[], typed: boolean): unknown;
}

/**
 * Flattens `tree`; `what` names it in errors — or, when `tree` is a tuple of arguments, names
 * each of its entries (`["grad's argument 0", "grad's argument 1"]`).
 */
export function flatten(tree: unknown, what: string | readonly string[], path = "", seen: Seen = newSeen()): Flat {
  const leaves: Value[] = [];
  const build = typeof what === "string"
    ? walk(tree, leaves, what, path, seen)
    : tuple((tree as unknown[]).map((e, k) => walk(e, leaves, what[k], path, newSeen())));
  return { leaves, build: (values, typed) => build(values, { k: 0 }, typed) };
}

/** How errors name the chosen arguments of a call: one name, or one per entry of their tuple. */
export function argumentNames(owner: string, indices: readonly number[], single: boolean, noun = "argument"): string | string[] {
  const name = (k: number) => `${owner}'s ${noun} ${k}`;
  return single ? name(indices[0]) : indices.map(name);
}

/** `what` and the path inside it, as errors show them: `grad's argument 0 at [1].w`. */
export const placeOf = (what: string, path: string): string => (path === "" ? what : `${what} at ${path}`);

/**
 * Records that the walk enters container `x`; throws when `x` is already being walked (the
 * tree contains itself). Shared subtrees that are not cycles are fine. Pop `seen` on leaving.
 */
export function enter(x: object, seen: Seen, what: string, path: string): void {
  const k = seen.objects.indexOf(x);
  if (k >= 0) {
    throw new TypeError(
      `typegrad: ${placeOf(what, path)} is ${placeOf(what, seen.paths[k])} itself: the structure contains a cycle, ` +
        "which no gradient can be shaped like; pass a tree of numbers (copy the numbers into a structure without the back reference)",
    );
  }
  seen.objects.push(x);
  seen.paths.push(path);
}

type Builder = (values: readonly unknown[], pos: { k: number }, typed: boolean) => unknown;

const tuple = (parts: Builder[]): Builder => (values, pos, typed) => parts.map((p) => p(values, pos, typed));

/** The containers being walked, outermost first, with their paths. */
export interface Seen {
  objects: object[];
  paths: string[];
}
export const newSeen = (): Seen => ({ objects: [], paths: [] });

function walk(x: unknown, leaves: Value[], what: string, path: string, seen: Seen): Builder {
  if (typeof x === "number" || x instanceof Active) {
    leaves.push(x);
    return (values, pos) => values[pos.k++];
  }
  if (x instanceof Float64Array || x instanceof Float32Array) {
    const n = x.length;
    for (let k = 0; k < n; k++) leaves.push(x[k]);
    const Typed = x.constructor as Float64ArrayConstructor;
    return (values, pos, typed) => {
      const part = values.slice(pos.k, (pos.k += n));
      return typed ? Typed.from(part as number[]) : part;
    };
  }
  const isArray = Array.isArray(x);
  if (isArray || (x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype)) {
    enter(x as object, seen, what, path);
    try {
      if (isArray) return tuple((x as unknown[]).map((e, k) => walk(e, leaves, what, `${path}[${k}]`, seen)));
      const keys = Object.keys(x as object);
      const parts = keys.map((key) => walk((x as Record<string, unknown>)[key], leaves, what, `${path}.${key}`, seen));
      return (values, pos, typed) => Object.fromEntries(keys.map((key, k) => [key, parts[k](values, pos, typed)]));
    } finally {
      seen.objects.pop();
      seen.paths.pop();
    }
  }
  throw new TypeError(
    `typegrad: ${placeOf(what, path)} must be a number, an array, a Float64Array or a plain object of numbers; got ${describe(x)}`,
  );
}
