/**
 * The compiled modes' compiler: lowering (lower.ts) reads a function once into the IR
 * (ir.ts); the passes (passes.ts) find what is active, which adjoints matter and what the
 * reverse sweep must store; the emitters (forward.ts, reverse.ts) print plain arithmetic,
 * inlining the primitive table's formulas (rules.ts).
 *
 *   derivative(f) → derivative(__typegrad.withForward(f$ad, compileForward(f), compileDerivative(f)))
 *   grad(f)       → grad(__typegrad.withReverse(f$ad, compileReverse(f), kinds))
 *   jacrev(f)     → jacrev(__typegrad.withVector(f$ad, undefined, compileReverseVector(f), kinds))
 */
import type * as TS from "typescript";
import type { FileRewrite } from "../rewrite/file-rewrite.js";
import type { FunctionNode } from "../analysis/typegrad-source.js";
import { emitDerivative, emitForward } from "./forward.js";
import { emitJacobianForward } from "./jacobian-forward.js";
import { Unsupported } from "./language.js";
import { lower } from "./lower.js";
import { kindsOf } from "./parameters.js";
import { Printer } from "./print.js";
import { emitReverse } from "./reverse.js";

const outputCounts = new WeakMap<FunctionNode, number>();
const reverseKinds = new WeakMap<FunctionNode, Map<string, string>>();
const vectorKinds = new WeakMap<FunctionNode, string>();

/**
 * The kinds string of `fn`'s compiled reverse code for the parameters `data` leaves out
 * (parameters.ts), once that code is compiled; undefined before or without it.
 */
export const compiledKinds = (fn: FunctionNode, data: readonly number[]): string | undefined => reverseKinds.get(fn)?.get(data.join(","));

/**
 * The kinds string of `fn`'s compiled vector code (parameters.ts: "n", "a", "m", "{w:a,b:n}"),
 * once that code is compiled; undefined before or without it.
 */
export const compiledVectorKinds = (fn: FunctionNode): string | undefined => vectorKinds.get(fn);

/** `outputCount` of a function returning an array it builds, whose length is known only at run time. */
export const RUN_TIME_LENGTH = -2;

/**
 * The length of the array `fn` returns once its vector code is compiled: -1 for a number,
 * `RUN_TIME_LENGTH` for an array built at run time (`return out`, `return v.map(…)`).
 */
export const outputCount = (fn: FunctionNode): number => outputCounts.get(fn) ?? -1;

/** Compiled code, or why there is none: the construct outside the compiled language. */
export type Compiled = { readonly code: TS.ArrowFunction; readonly scoped?: boolean } | { readonly reason: string; readonly node?: TS.Node };

function compile(file: FileRewrite, fn: FunctionNode, site: TS.Node, mode: "forward" | "reverse" | "derivative" | "jacobian", vector = false, data: readonly number[] = []): Compiled {
  try {
    const ir = lower(file, fn, site, mode === "reverse" ? "reverse" : "forward", vector, data);
    if (mode === "reverse" && !vector) {
      if (!reverseKinds.has(fn)) reverseKinds.set(fn, new Map());
      reverseKinds.get(fn)!.set(data.join(","), kindsOf(ir.params));
    }
    if (vector) {
      outputCounts.set(fn, ir.resultArray ? RUN_TIME_LENGTH : ir.results?.length ?? -1);
      vectorKinds.set(fn, kindsOf(ir.params));
    }
    const printer = new Printer(file);
    const code =
      mode === "derivative" ? emitDerivative(printer, ir)
      : mode === "jacobian" ? emitJacobianForward(printer, ir)
      : mode === "forward" ? emitForward(printer, ir, vector)
      : emitReverse(printer, ir, vector);
    // Module constants the function reads that the call site's file does not see are imported there.
    for (const i of ir.imports ?? []) file.importTwin(i.module, i.imported, i.local);
    return { code, scoped: ir.scoped };
  } catch (error) {
    if (error instanceof Unsupported) return { reason: error.reason, node: error.node };
    throw error;
  }
}

/**
 * The forward-mode code of `fn` as `(x, x_t, y, y_t, …) => value`, the tangent left with
 * `forwardResult`; or the reason it has none.
 */
export const compileForward = (file: FileRewrite, fn: FunctionNode, site: TS.Node): Compiled => compile(file, fn, site, "forward");

/**
 * `derivative`'s code of `fn`, a function of one number: `(x) => tangent`, the forward code
 * with the tangent seeded with 1, returned through `derivativeResult`; or the reason it has none.
 */
export const compileDerivative = (file: FileRewrite, fn: FunctionNode, site: TS.Node): Compiled => compile(file, fn, site, "derivative");

/**
 * The reverse-mode code of `fn` as `(x, y, …) => gradients` (a number per number parameter, an
 * array per array, rows per matrix, an object per object parameter), the value left with
 * `reverseResult`; or the reason it has none. The parameters `data` lists (those the call's
 * `argnums` leaves out) are read as data and get no gradient.
 */
export const compileReverse = (file: FileRewrite, fn: FunctionNode, site: TS.Node, data: readonly number[] = []): Compiled => compile(file, fn, site, "reverse", false, data);

/**
 * The forward-mode code of `fn` for `jacfwd`/`jacobian`: `(x, x_t, v, v_t, …) => values`, with
 * array parameters and their tangent arrays, and the output's values and tangents (one entry
 * per output number; an array the function builds and its tangent array) left with
 * `forwardVector`; or the reason it has none.
 */
export const compileForwardVector = (file: FileRewrite, fn: FunctionNode, site: TS.Node): Compiled => compile(file, fn, site, "forward", true);

/**
 * `jacfwd`'s whole-Jacobian code of `fn`, a straight-line function of one array returning an
 * array written out: `(x) => rows`, values and partials computed once and the tangents once per
 * input number (jacobian-forward.ts); or the reason it has none.
 */
export const compileJacobianForward = (file: FileRewrite, fn: FunctionNode, site: TS.Node): Compiled => compile(file, fn, site, "jacobian", true);

/**
 * The reverse-mode code of `fn` for `vjp`/`jacrev`/`jacobian`: `(cotangent, x, y, …) =>
 * gradients`, one cotangent number per output number (an array the function builds gets its
 * adjoint array seeded from it); without a cotangent it returns the output's values. Or the
 * reason it has none.
 */
export const compileReverseVector = (file: FileRewrite, fn: FunctionNode, site: TS.Node): Compiled => compile(file, fn, site, "reverse", true);
