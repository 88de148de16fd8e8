/**
 * Compiled code that travels with a function value. A function of the program passed around
 * as a value (analysis/escape.ts) reaches transforms the rewrite cannot see — `grad(f)` inside
 * the user's own `minimize(f, x0)`, a table of objectives, a factory. Where such a function is
 * created, its differentiable version gets the compiled code a transform would attach at a
 * call site: reverse and forward code (and Hessian code) for a function returning a number,
 * vector code for one returning an array. A transform of the value at run time finds it there
 * (runtime compiled*.ts), checks the arguments fit, and otherwise runs the tape as before.
 *
 *   attach(rosen, rosen$ad)  →  attach(rosen, withReverse(withForward(rosen$ad, forward_1), gradient_1, "a"))
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import type { FunctionNode } from "../analysis/typegrad-source.js";
import { explanation } from "../diagnostics.js";
import { compileDerivative, compileForward, compileForwardVector, compileJacobianForward, compileReverse, compileReverseVector, compiledKinds, compiledVectorKinds, outputCount } from "../compiler/index.js";
import { compileHessian, compiledHessianKinds } from "../compiler/hessian.js";
import { vectorKinds } from "../compiler/parameters.js";
import type { FileRewrite } from "./file-rewrite.js";

/**
 * `differentiable` (the expression of `fn`'s differentiable version) wrapped so that it carries
 * `fn`'s compiled code, or `differentiable` itself when nothing compiles. With `explain`, says at
 * `fn`'s name which code travels with it.
 * @example withValueCode(file, rosenDecl, f.createIdentifier("rosen$ad"))
 */
export function withValueCode(file: FileRewrite, fn: FunctionNode, differentiable: TS.Expression): TS.Expression {
  const env = file.analysis.env;
  // Only handed to transforms by name (`grad(f)`): compiled at those call sites instead.
  if (file.analysis.facts.escapes.toTypegradOnly.has(fn)) return differentiable;
  const signature = env.checker.getSignatureFromDeclaration(fn);
  if (!signature || fn.parameters.some((p) => p.dotDotDotToken)) return differentiable;
  const returned = env.checker.getReturnTypeOfSignature(signature);
  const scalar = !!(returned.flags & ts.TypeFlags.NumberLike);
  if (!scalar && !env.checker.isArrayLikeType(returned)) return differentiable;
  const explain = file.explain;
  file.explain = false; // one message below, at the function, instead of one per kind of code
  try {
    return scalar ? scalarCode(file, fn, differentiable, explain) : vectorCode(file, fn, differentiable, explain);
  } finally {
    file.explain = explain;
  }
}

function scalarCode(file: FileRewrite, fn: FunctionNode, target: TS.Expression, explain: boolean): TS.Expression {
  const f = file.factory;
  const reverse = file.compiled("gradient", fn, fn, () => compileReverse(file, fn, fn));
  const forward = file.compiled("forward", fn, fn, () => compileForward(file, fn, fn));
  const derivative = forward && fn.parameters.length === 1 ? file.compiled("derivative", fn, fn, () => compileDerivative(file, fn, fn)) : undefined;
  const hessian = reverse && fn.parameters.length > 0 ? file.compiled("hessian", fn, fn, () => compileHessian(file, fn, fn)) : undefined;
  let wrapped = target;
  if (forward) wrapped = file.runtimeCall("withForward", [wrapped, forward, ...(derivative ? [derivative] : [])], fn);
  if (reverse) wrapped = file.runtimeCall("withReverse", [wrapped, reverse, f.createStringLiteral(compiledKinds(fn, [])!)], fn);
  if (hessian) wrapped = file.runtimeCall("withHessian", [wrapped, hessian, f.createStringLiteral(compiledHessianKinds(fn) ?? vectorKinds(file.analysis.env, fn))], fn);
  if (explain) say(file, fn, [reverse && "grad", forward && "jvp", hessian && "hessian"], file.whyNot("gradient", fn) ?? file.whyNot("forward", fn));
  return wrapped;
}

function vectorCode(file: FileRewrite, fn: FunctionNode, target: TS.Expression, explain: boolean): TS.Expression {
  const forward = file.compiled("vectorForward", fn, fn, () => compileForwardVector(file, fn, fn));
  const reverse = file.compiled("vectorReverse", fn, fn, () => compileReverseVector(file, fn, fn));
  const columns = forward ? file.compiled("vectorJacobian", fn, fn, () => compileJacobianForward(file, fn, fn)) : undefined;
  if (explain) say(file, fn, [forward && "jacfwd", reverse && "jacrev", reverse && "vjp"], file.whyNot("vectorReverse", fn) ?? file.whyNot("vectorForward", fn));
  if (!forward && !reverse) return target;
  return withVectorCode(file, fn, target, { forward, reverse, columns }, fn);
}

/**
 * `__typegrad.withVector(target, forward, reverse, kinds, outputs[, columns])`: `fn`'s vector
 * code (forward or reverse may be missing) attached to `target`, with the kinds and output count
 * its lowering found (call sites and function values alike).
 * @example withVectorCode(file, fn, f$ad, { reverse }, site) // withVector(f$ad, void 0, vectorReverse_1, "a", 3)
 */
export function withVectorCode(file: FileRewrite, fn: FunctionNode, target: TS.Expression,
  code: { forward?: TS.Expression; reverse?: TS.Expression; columns?: TS.Expression }, original: TS.Node): TS.CallExpression {
  const f = file.factory, count = outputCount(fn);
  return file.runtimeCall("withVector", [
    target, code.forward ?? f.createVoidZero(), code.reverse ?? f.createVoidZero(), f.createStringLiteral(compiledVectorKinds(fn) ?? vectorKinds(file.analysis.env, fn)),
    count < 0 ? f.createPrefixMinus(f.createNumericLiteral(-count)) : f.createNumericLiteral(count),
    ...(code.columns ? [code.columns] : []),
  ], original);
}

/**
 * The `explain` message at `fn`'s name (or its start, for a function literal): the transforms
 * whose compiled code travels with it, or why none does.
 */
function say(file: FileRewrite, fn: FunctionNode, compiled: (string | undefined)[], reason: string | undefined): void {
  const names = compiled.filter(Boolean).join(", ");
  const named = fn.name ?? (ts.isVariableDeclaration(fn.parent) || ts.isPropertyAssignment(fn.parent) ? fn.parent.name : undefined);
  const name = named && (ts.isIdentifier(named) || ts.isStringLiteral(named)) ? named.text : "this function";
  const text = names ? `compiled code travels with it (${names})` : `tape: ${reason ?? "no compiled code"}`;
  file.report(explanation(fn.name ?? fn, text, `${name} passed as a value`));
}
