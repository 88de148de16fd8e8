export { isActive, numberOf } from "./active.js";
export * from "./rules.js";
export { pos, lt, le, gt, ge, eq, ne, typeOf, truthOf } from "./operators.js";
export { dual, primal, tangent } from "./dual.js";
export { Tape } from "./tape.js";
export { grad, valueAndGrad, derivative, jvp, vjp, jacfwd, jacrev, jacobian, hessian, hvp } from "./transforms.js";
export { defineFunction, pipe } from "./custom.js";
export { numericalGrad, checkGrads } from "./check.js";
export { trace, Graph } from "./graph.js";
export { debugNans } from "./nans.js";
export { PRIMITIVES } from "./lift.js";
// For forward-mode code compiled by the transformer; not meant to be called by hand.
/** @internal */
export { withForward, forwardResult, withReverse, reverseResult, valueStack, rules } from "./compiled.js";
export { linearize } from "./linearize.js";
export { stopGradient } from "./stop.js";
export { checkpoint } from "./checkpoint.js";
// For function values in code compiled by the transformer; not meant to be called by hand.
/** @internal */
export { attach, ad, call, invoke, callWith, applyWith, bind } from "./function-values.js";
