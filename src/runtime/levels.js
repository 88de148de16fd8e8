/**
 * Running a function at a new level and reading its results back: the pieces every transform
 * shares. The level is closed in `finally`, so an exception inside a differentiated function
 * leaves nothing behind, and values leaking out of a transform are caught when next used.
 */
import { Active, describe } from "./active.js";
/** Runs `body` with `level` open and closes the level afterwards, whatever happens. */
export function within(level, body) {
    try {
        return body();
    }
    finally {
        level.open = false;
    }
}
/**
 * True when `y` belongs to `level`; false for numbers and values of enclosing levels, which
 * are constants to it. A value of a deeper level means an inner transform leaked it.
 */
export function belongs(level, y) {
    if (!(y instanceof Active))
        return false;
    if (y.level === level)
        return true;
    if (y.level.order > level.order) {
        throw new Error(`typegrad: a value of an inner ${y.level.owner} escaped into the result of ${level.owner}; ` +
            "inner transforms must return plain results");
    }
    return false;
}
/** The value of `y` one level below `level`. */
export const primalAt = (level, y) => (belongs(level, y) ? y.v : y);
/** The tangent of `y` at forward-mode `level` (0 when `y` does not depend on it). */
export const tangentAt = (level, y) => (belongs(level, y) ? y.d : 0);
/** Checks that a function to be transformed is a function. */
export function checkFunction(f, transform) {
    if (typeof f !== "function")
        throw new TypeError(`typegrad: ${transform} expects a function, got ${describe(f)}`);
}
/** Checks that a differentiated function returned one scalar. */
export function checkScalarOutput(y, transform) {
    if (typeof y === "number" || y instanceof Active)
        return;
    const hint = Array.isArray(y) || ArrayBuffer.isView(y) ? "; for vector outputs use jacrev, jacobian or vjp" : "";
    throw new TypeError(`typegrad: ${transform} needs a function returning one number; it returned ${describe(y)}${hint}`);
}
/** The single argument itself, or the tuple of several: what gradients are shaped like. */
export function argumentTree(args, transform) {
    if (args.length === 0)
        throw new TypeError(`typegrad: ${transform} was called with no arguments; pass the point to differentiate at`);
    return args.length === 1 ? args[0] : args;
}
