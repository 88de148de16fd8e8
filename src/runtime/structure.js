/**
 * Arguments and results as trees of numbers: a leaf is a number (or an active value of an
 * enclosing transform); containers are arrays, Float64Array/Float32Array and plain objects.
 * Flattening gives the leaves in a fixed order and a function that rebuilds the same shape
 * from new leaves — how gradients come back "structured like the arguments".
 */
import { Active, describe } from "./active.js";
/** Flattens `tree`; `what` names it in errors. */
export function flatten(tree, what) {
    const leaves = [];
    const build = walk(tree, leaves, what);
    return { leaves, build: (values, typed) => build(values, { k: 0 }, typed) };
}
function walk(x, leaves, what) {
    if (typeof x === "number" || x instanceof Active) {
        leaves.push(x);
        return (values, pos) => values[pos.k++];
    }
    if (x instanceof Float64Array || x instanceof Float32Array) {
        const n = x.length;
        for (let k = 0; k < n; k++)
            leaves.push(x[k]);
        const Typed = x.constructor;
        return (values, pos, typed) => {
            const part = values.slice(pos.k, (pos.k += n));
            return typed ? Typed.from(part) : part;
        };
    }
    if (Array.isArray(x)) {
        const parts = x.map((e, k) => walk(e, leaves, `${what}[${k}]`));
        return (values, pos, typed) => parts.map((p) => p(values, pos, typed));
    }
    if (x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype) {
        const keys = Object.keys(x);
        const parts = keys.map((key) => walk(x[key], leaves, `${what}.${key}`));
        return (values, pos, typed) => Object.fromEntries(keys.map((key, k) => [key, parts[k](values, pos, typed)]));
    }
    throw new TypeError(`typegrad: ${what} must be a number, an array, a Float64Array or a plain object of numbers; got ${describe(x)}`);
}
