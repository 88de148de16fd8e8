// References computed on typegrad's runtime, never on compiled code: `vjp`, `jacrev`,
// `jacfwd` and `jacobian` run inside `onTape` record tapes or run Duals even for a function
// that carries compiled code (an internal switch of the runtime; the numbers are the tape's,
// NaN included — unlike debugNans, which also turns compiled code off but throws on NaN).
import { debugNans } from "typegrad";
import { vectorCode } from "../../src/runtime/compiled-vector.js";

/** Runs `work` with the compiled code of the vector transforms turned off. */
export function onTape<T>(work: () => T): T {
  vectorCode.on = false;
  try {
    return work();
  } finally {
    vectorCode.on = true;
  }
}

/**
 * Runs `work` with `debugNans` on, which turns every transform's compiled code off: forward
 * transforms run Duals, reverse ones the tape, and a NaN throws where it appears.
 * @example agrees(jvp(f, [x], [1]), onDuals(() => jvp(f, [x], [1])), "jvp(f)")
 */
export function onDuals<T>(work: () => T): T {
  debugNans(true);
  try {
    return work();
  } finally {
    debugNans(false);
  }
}
