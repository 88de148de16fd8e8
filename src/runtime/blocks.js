/**
 * How Jacobians are laid out, as JAX lays them out: plain objects (and the tuple of chosen
 * arguments) are split first — the output's, then the input's — and each pair of remaining
 * pieces (a number, an array, a typed array) is one block shaped output-then-input. So for
 * `f: (x: number[]) => number[]` the Jacobian is `number[][]` with row i the gradient of output
 * i; a number input gives a block shaped like the output; a number output gives a block shaped
 * like the input (a gradient, typed arrays kept); a tuple of arguments gives one block each.
 */
import { Active } from "./active.js";
import { flatten } from "./structure.js";
const isPlainObject = (x) => x !== null && typeof x === "object" && !Array.isArray(x) && Object.getPrototypeOf(x) === Object.prototype;
/**
 * Splits `x` into parts, appending its numbers to `leaves` in `flatten`'s order; `tuple`
 * marks `x` as a tuple of arguments (split like an object, never a block).
 */
export function split(x, what, leaves, tuple = false) {
    if (tuple)
        return { kind: "tuple", parts: x.map((e, k) => split(e, `${what}[${k}]`, leaves)) };
    if (isPlainObject(x)) {
        const keys = Object.keys(x);
        return { kind: "object", keys, parts: keys.map((key) => split(x[key], `${what}.${key}`, leaves)) };
    }
    const flat = flatten(x, what);
    const start = leaves.length;
    for (const leaf of flat.leaves)
        leaves.push(leaf);
    return { kind: "block", start, size: flat.leaves.length, scalar: typeof x === "number" || x instanceof Active, flat };
}
/** Rebuilds a split structure from new leaves (typed arrays stay typed when `typed`). */
export function rebuild(part, values, typed) {
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
export function shapeKey(x) {
    if (typeof x === "number" || x instanceof Active)
        return "n";
    if (x instanceof Float64Array || x instanceof Float32Array)
        return `[${Array.from({ length: x.length }, () => "n").join(",")}]`;
    if (Array.isArray(x))
        return `[${x.map(shapeKey).join(",")}]`;
    if (isPlainObject(x))
        return `{${Object.keys(x).map((k) => `${k}:${shapeKey(x[k])}`).join(",")}}`;
    return typeof x;
}
/** The Jacobian `J(i, j) = ∂ output leaf i / ∂ input leaf j`, laid out by the output's and input's parts. */
export function assemble(out, input, J) {
    if (out.kind === "tuple")
        return out.parts.map((p) => assemble(p, input, J));
    if (out.kind === "object")
        return Object.fromEntries(out.keys.map((key, k) => [key, assemble(out.parts[k], input, J)]));
    return blockOf(out, input, J);
}
function blockOf(out, input, J) {
    if (input.kind === "tuple")
        return input.parts.map((p) => blockOf(out, p, J));
    if (input.kind === "object")
        return Object.fromEntries(input.keys.map((key, k) => [key, blockOf(out, input.parts[k], J)]));
    const row = (i, typed) => input.flat.build(Array.from({ length: input.size }, (_, j) => J(i, input.start + j)), typed);
    // A scalar output's block is a gradient: shaped like the input, typed arrays kept.
    if (out.scalar)
        return row(out.start, true);
    const rows = Array.from({ length: out.size }, (_, i) => (input.scalar ? J(out.start + i, input.start) : row(out.start + i, false)));
    return out.flat.build(rows, input.scalar);
}
