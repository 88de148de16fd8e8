/**
 * The compiled modes' compiler: lowering (lower.ts) reads a function once into the IR
 * (ir.ts); the passes (passes.ts) find what is active, which adjoints matter and what the
 * reverse sweep must store; the emitters (forward.ts, reverse.ts) print plain arithmetic,
 * inlining the primitive table's formulas (rules.ts).
 *
 *   derivative(f) → derivative(__typegrad.withForward(f$ad, compileForward(f)))
 *   grad(f)       → grad(__typegrad.withReverse(f$ad, compileReverse(f), kinds))
 */
import type * as TS from "typescript";
import type { FileRewrite } from "../rewrite/file-rewrite.js";
import type { FunctionNode } from "../analysis/typegrad-source.js";
import { emitForward } from "./forward.js";
import { Unsupported } from "./language.js";
import { lower } from "./lower.js";
import { Printer } from "./print.js";
import { emitReverse } from "./reverse.js";

/** Compiled code, or why there is none: the construct outside the compiled language. */
export type Compiled = { readonly code: TS.ArrowFunction } | { readonly reason: string; readonly node?: TS.Node };

function compile(file: FileRewrite, fn: FunctionNode, site: TS.Node, mode: "forward" | "reverse"): Compiled {
  try {
    const ir = lower(file, fn, site, mode);
    const printer = new Printer(file);
    return { code: mode === "forward" ? emitForward(printer, ir) : emitReverse(printer, ir) };
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
 * The reverse-mode code of `fn` as `(x, y, …) => gradients` (a number per number parameter, a
 * Float64Array per array), the value left with `reverseResult`; or the reason it has none.
 */
export const compileReverse = (file: FileRewrite, fn: FunctionNode, site: TS.Node): Compiled => compile(file, fn, site, "reverse");
