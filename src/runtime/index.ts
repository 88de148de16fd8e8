/**
 * typegrad's runtime: forward-mode duals, reverse-mode tapes, the primitive table and the
 * function transforms. The transformer rewrites operators into the entry points exported here;
 * every one of them can also be called by hand.
 */
export type { Var, Dual, Scalar } from "./types.js";
export { isActive, numberOf } from "./active.js";
export * from "./rules.js";
export { pos, lt, le, gt, ge, eq, ne, typeOf, truthOf, switchOn } from "./operators.js";
export { dual, primal, tangent } from "./dual.js";
export { Tape } from "./tape.js";
export { grad, valueAndGrad, derivative, jvp, vjp, jacfwd, jacrev, jacobian, hessian, hvp, type GradientOf } from "./transforms.js";
export { defineFunction, pipe, type FunctionSpec } from "./custom.js";
export { numericalGrad, checkGrads, type CheckOptions } from "./check.js";
export { trace, Graph, type GraphNode } from "./graph.js";
export type { GraphPath } from "./graph-paths.js";
export type { DotOptions } from "./graph-dot.js";
export { debugNans } from "./nans.js";
export { PRIMITIVES } from "./lift.js";
// For forward-mode code compiled by the transformer; not meant to be called by hand.
/** @internal */
export { withForward, forwardResult, derivativeResult, withReverse, reverseResult, valueStack, rules } from "./compiled.js";
/** @internal */
export { withVector, forwardVector, reverseVector } from "./compiled-vector.js";
/** @internal */
export { withHessian } from "./compiled-hessian.js";
export { zerosLike } from "./compiled-params.js";
export { linearize } from "./linearize.js";
export { stopGradient } from "./stop.js";
export { checkpoint } from "./checkpoint.js";
export type { TransformOptions, Argnums, Chosen } from "./options.js";
export type { JacobianOf, HessianOf } from "./jacobians.js";
// For function values in code compiled by the transformer; not meant to be called by hand.
/** @internal */
export { attach, ad, call, invoke, callWith, applyWith, bind } from "./function-values.js";
// For values beside active ones in code compiled by the transformer; not meant to be called by hand.
/** @internal */
export { plainOf, plainElements, anyAdd, anySub, anyMul, anyDiv, anyMod, anyPow, anyNeg, anyPos, toNumber, comparator, typedLocal } from "./plain-js.js";
