/**
 * Compiled code for `hessian` and `hvp`: the reverse code (reverse.ts) of the tangent program
 * (tangent.ts). Called with the arguments and a direction shaped like them, it returns H·v,
 * shaped as `grad`'s gradient, in one forward and one reverse sweep over plain numbers; the
 * directional derivative ∇f·v is left with `reverseResult`.
 *
 *   hvp(f, x, v)  →  hvp(__typegrad.withHessian(f$ad, (x, x_v) => …, "a"), x, v)
 */
import type * as TS from "typescript";
import type { FileRewrite } from "../rewrite/file-rewrite.js";
import type { FunctionNode } from "../analysis/typegrad-source.js";
import type { Compiled } from "./index.js";
import { Unsupported } from "./language.js";
import { lower } from "./lower.js";
import { kindsOf } from "./parameters.js";
import { Printer } from "./print.js";
import { emitReverse } from "./reverse.js";
import { tangentProgram } from "./tangent.js";

const kinds = new WeakMap<FunctionNode, string>();

/**
 * The kinds string of `fn`'s compiled Hessian code (parameters.ts: "n", "a", "m", "{w:a,b:n}"),
 * once that code is compiled; undefined before or without it.
 */
export const compiledHessianKinds = (fn: FunctionNode): string | undefined => kinds.get(fn);

/**
 * The Hessian-vector code of `fn` as `(x, y, …, x_v, y_v, …) => H·v` (a number per number
 * parameter, an array per array parameter; each direction shaped like its parameter, arrays
 * read by index); or the reason it has none.
 */
export function compileHessian(file: FileRewrite, fn: FunctionNode, site: TS.Node): Compiled {
  try {
    const lowered = lower(file, fn, site, "reverse");
    if (lowered.params.some((q) => q.k === "data")) throw new Unsupported("a parameter read as data (compiled Hessian code differentiates every parameter)", fn);
    kinds.set(fn, kindsOf(lowered.params));
    const { ir, directions } = tangentProgram(lowered);
    const printer = new Printer(file);
    const code = emitReverse(printer, ir);
    const f = file.factory;
    // Module constants the function reads that the call site's file does not see are imported there.
    for (const i of lowered.imports ?? []) file.importTwin(i.module, i.imported, i.local);
    const extra = directions.map((d) => f.createParameterDeclaration(undefined, undefined, d.k === "number" ? printer.name(d.v) : d.k === "name" ? f.createIdentifier(d.text) : printer.local(d.array)));
    return { code: f.updateArrowFunction(code, code.modifiers, code.typeParameters, f.createNodeArray([...code.parameters, ...extra]), code.type, code.equalsGreaterThanToken, code.body), scoped: lowered.scoped };
  } catch (error) {
    if (error instanceof Unsupported) return { reason: error.reason, node: error.node };
    throw error;
  }
}
