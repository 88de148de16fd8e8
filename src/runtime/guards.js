/**
 * The hook through which a running `trace` hears of every decision the traced function takes on
 * an active value: a comparison (`lt le gt ge eq ne`, which the transformer emits for `<`,
 * `===`, …) and a conversion to a string (an active value used as an array index or property
 * key). Outside `trace` the hook is null and each of those costs one load and compare.
 */
/** Set by `trace` while it runs the function; called with the operands and the outcome. */
export const guardHook = { fn: null };
