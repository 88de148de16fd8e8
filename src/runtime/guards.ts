/**
 * The hook through which a running `trace` hears of every decision the traced function takes on
 * an active value: a comparison (`lt le gt ge eq ne`, which the transformer emits for `<`,
 * `===`, …), a truthiness test (`if (x)`, `x ? … : …`, `!x`, `x && y`, `x || y`: `truth`), a
 * `switch` on an active value (one `eq` per case tried, or `case` — the exact value — when the
 * cases are not literals) and a conversion to a string (an active value used as an array index
 * or property key). Outside `trace` the hook is null and each of those costs one load and compare.
 */

/**
 * The decisions a trace records as guards. `key` is a conversion to a string (an index), `truth`
 * a truthiness test, `case` a `switch` discriminant compared by its exact value.
 */
export type Decision = "lt" | "le" | "gt" | "ge" | "eq" | "ne" | "key" | "truth" | "case";

/** Set by `trace` while it runs the function; called with the operands and the outcome. */
export const guardHook: { fn: ((decision: Decision, a: unknown, b: unknown, outcome: boolean) => void) | null } = { fn: null };
