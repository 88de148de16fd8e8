// Which compiled code a function value carries (for tests of the transformer, which would
// rewrite these lookups if they were written in a transformed test file).
import { type CompiledReverse, compiledDerivative, compiledForward, compiledReverse, kindsOfCode } from "../../src/runtime/compiled.js";
import { differentiableOf } from "../../src/runtime/function-values.js";
import { compiledJacfwd, compiledJacrev, compiledJvp, compiledVjp } from "../../src/runtime/compiled-vector.js";
import { select } from "../../src/runtime/options.js";
import { compiledHessianColumns, compiledHvp } from "../../src/runtime/compiled-hessian.js";

/** The kinds of compiled code attached to `f`'s differentiable version. @example attachedCode(rosen) // ["reverse", "hessian"] */
export function attachedCode(f: unknown): string[] {
  const version = differentiableOf(f) as unknown as Record<symbol, unknown> | undefined;
  if (version === undefined) return [];
  const found: string[] = [];
  if (compiledReverse(version)) found.push("reverse");
  if (compiledForward(version)) found.push("forward");
  if (compiledDerivative(version)) found.push("derivative");
  if (version[Symbol.for("typegrad.compiledHessian")]) found.push("hessian");
  if (version[Symbol.for("typegrad.compiledVectorForward")]) found.push("vector forward");
  if (version[Symbol.for("typegrad.compiledVectorReverse")]) found.push("vector reverse");
  return found;
}

/**
 * The kinds strings of the compiled reverse codes attached to `f`'s version, and of the one a
 * transform differentiating `chosen` (all parameters when undefined) takes.
 * @example reverseKinds(logLoss, [0]) // { attached: ["ama", "aDD"], taken: "aDD" }
 */
export function reverseKinds(f: unknown, chosen?: number[]): { attached: string[]; taken: string | undefined } {
  const version = differentiableOf(f) as unknown as Record<symbol, CompiledReverse[] | undefined>;
  const codes = version[Symbol.for("typegrad.compiledReverseCodes")] ?? [];
  const taken = compiledReverse(version, chosen);
  return { attached: codes.map(kindsOfCode), taken: taken && kindsOfCode(taken) };
}

/**
 * Which of the vector transforms run the compiled code `f`'s version carries at `args` (all
 * arguments chosen), rather than handing them to the tape.
 * @example vectorCodeRuns(layerOut, [W, b, x]) // { jacfwd: true, jacrev: true, vjp: true }
 */
export function vectorCodeRuns(f: unknown, args: unknown[]): { jacfwd: boolean; jacrev: boolean; vjp: boolean } {
  const version = differentiableOf(f);
  const s = select({}, args.length, "jacfwd");
  return {
    jacfwd: compiledJacfwd(version, args, s, "jacfwd") !== undefined,
    jacrev: compiledJacrev(version, args, s, "jacrev") !== undefined,
    vjp: compiledVjp(version, args, s, () => () => undefined) !== undefined,
  };
}

/** True when `jvp` of `f` runs the compiled vector forward code its version carries at these primals and tangents. */
export const jvpCodeRuns = (f: unknown, primals: unknown[], tangents: unknown[]): boolean =>
  compiledJvp(differentiableOf(f), primals, tangents) !== undefined;

/** True when `hessian` (and `hvp`, given `v`) of `f` run the compiled Hessian code its version carries at `args`. */
export const hessianCodeRuns = (f: unknown, args: unknown[], v?: unknown): boolean =>
  compiledHessianColumns(differentiableOf(f), args) !== undefined && (v === undefined || compiledHvp(differentiableOf(f), args[0], v) !== undefined);
