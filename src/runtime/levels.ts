/**
 * Running a function at a new level and reading its results back: the pieces every transform
 * shares. The level is closed in `finally`, so an exception inside a differentiated function
 * leaves nothing behind, and values leaking out of a transform are caught when next used.
 */
import { Active, DualNum, describe, type Value } from "./active.js";
import type { Level } from "./level.js";

/** Runs `body` with `level` open and closes the level afterwards, whatever happens. */
export function within<T>(level: Level, body: () => T): T {
  try {
    return body();
  } finally {
    level.open = false;
  }
}

/**
 * True when `y` belongs to `level`; false for numbers and values of enclosing levels, which
 * are constants to it. A value of a deeper level means an inner transform leaked it.
 */
export function belongs(level: Level, y: Value): y is Active {
  if (!(y instanceof Active)) return false;
  if (y.level === level) return true;
  if (y.level.order > level.order) {
    throw new Error(
      `typegrad: a value of an inner ${y.level.owner} escaped into the result of ${level.owner}; ` +
        "inner transforms must return plain results",
    );
  }
  return false;
}

/** The value of `y` one level below `level`. */
export const primalAt = (level: Level, y: Value): Value => (belongs(level, y) ? y.v : y);

/** The tangent of `y` at forward-mode `level` (0 when `y` does not depend on it). */
export const tangentAt = (level: Level, y: Value): Value => (belongs(level, y) ? (y as DualNum).d : 0);

/** Checks that a function to be transformed is a function. */
export function checkFunction(f: unknown, transform: string): void {
  if (typeof f !== "function") throw new TypeError(`typegrad: ${transform} expects a function, got ${describe(f)}`);
}

/**
 * Throws when a differentiated function returned a Promise (or another thenable): an async
 * function's body goes on after the transform has returned, with values of a finished level.
 * The abandoned promise gets a handler first, so its later rejection (the body meeting those
 * values) is not an unhandled rejection that would end the process.
 */
export function checkNotAsync(y: unknown, transform: string): void {
  if (y === null || (typeof y !== "object" && typeof y !== "function") || y instanceof Active) return;
  let then: unknown;
  try {
    then = (y as { then?: unknown }).then;
  } catch {
    return; // a getter that throws: not a thenable we can handle; the shape checks report it
  }
  if (typeof then !== "function") return;
  try {
    then.call(y, undefined, () => undefined);
  } catch {
    // a thenable whose then() throws has nothing left to reject later
  }
  throw new TypeError(
    `typegrad: the function given to ${transform} returned a Promise: an async function cannot be differentiated, ` +
      `because its body goes on running after ${transform} has returned. Compute the result synchronously: ` +
      `await what you need first, then call ${transform} on a function without async/await`,
  );
}

/** Checks that a differentiated function returned one scalar. */
export function checkScalarOutput(y: unknown, transform: string): asserts y is Value {
  if (typeof y === "number" || y instanceof Active) return;
  checkNotAsync(y, transform);
  const hint = Array.isArray(y) || ArrayBuffer.isView(y) ? "; for vector outputs use jacrev, jacobian or vjp" : "";
  throw new TypeError(`typegrad: ${transform} needs a function returning one number; it returned ${describe(y)}${hint}`);
}

/** The single argument itself, or the tuple of several: what gradients are shaped like. */
export function argumentTree(args: readonly unknown[], transform: string): unknown {
  if (args.length === 0) throw new TypeError(`typegrad: ${transform} was called with no arguments; pass the point to differentiate at`);
  return args.length === 1 ? args[0] : args;
}
