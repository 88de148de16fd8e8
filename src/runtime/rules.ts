/**
 * The primitive table: every differentiable operation of typegrad, one line each, with its
 * number implementation and its local partials. Forward mode, reverse mode, graph replay and
 * the transformer's operator map all use these same entries. Partials are written with the
 * AD-aware functions defined here (never with JavaScript operators on values), so every rule
 * can be differentiated again and higher-order derivatives come for free.
 *
 * Kinks follow JAX's conventions; each is stated beside its rule.
 */
import { numberOf } from "./active.js";
import { exactExp } from "./exp.js";
import { binary, unary, variadic } from "./lift.js";

const at = (x: number): number => numberOf(x); // primal value, for choosing a branch

// ---- arithmetic (the operators the transformer rewrites) -----------------------------------
/** `a + b` on numbers, Vars and Duals. @example add(1, 2) // 3 */
export const add = binary("add", (a, b) => a + b, () => 1, () => 1);
/** `a - b`. @example sub(3, 1) // 2 */
export const sub = binary("sub", (a, b) => a - b, () => 1, () => -1);
/** `a * b`. @example mul(2, 3) // 6 */
export const mul = binary("mul", (a, b) => a * b, (_a, b) => b, (a) => a);
/** `a / b`. @example div(1, 4) // 0.25 */
export const div = binary("div", (a, b) => a / b, (_a, b) => div(1, b), (_a, b, y) => neg(div(y, b)));
/** `a % b` (truncated remainder, as JavaScript); ∂/∂b = -trunc(a/b) as JAX's `rem`. @example mod(7, 3) // 1 */
export const mod = binary("mod", (a, b) => a % b, () => 1, (a, b) => neg(trunc(div(a, b))));
/**
 * `a ** b`. As in JAX: ∂/∂a is 0 where a = b = 0 (so x**0 is flat even at x = 0, where
 * b·a^(b-1) would be 0·∞), and ∂/∂b is 0 where a = 0 (so 0**y does not produce log(0)).
 * Away from those points the general formula stays in use, so that mixed second partials at
 * b = 0 (∂²(aᵇ)/∂a∂b = 1/a) come out right.
 * @example pow(2, 3) // 8
 */
export const pow = binary(
  "pow",
  (a, b) => a ** b,
  (a, b) => (at(b) === 0 && at(a) === 0 ? 0 : mul(b, pow(a, sub(b, 1)))),
  (a, _b, y) => (at(a) === 0 ? 0 : mul(log(a), y)),
);
/** `-x`. @example neg(2) // -2 */
export const neg = unary("neg", (x) => -x, () => -1);

// ---- elementary functions --------------------------------------------------------------------
/** Sine. @example sin(0) // 0 */
export const sin = unary("sin", Math.sin, (x) => cos(x));
/** Cosine. @example cos(0) // 1 */
export const cos = unary("cos", Math.cos, (x) => neg(sin(x)));
/** Tangent. @example tan(0) // 0 */
export const tan = unary("tan", Math.tan, (_x, y) => add(1, square(y)));
/** Arcsine; the derivative is infinite at ±1. @example asin(1) // π/2 */
export const asin = unary("asin", Math.asin, (x) => div(1, sqrt(sub(1, square(x)))));
/** Arccosine; the derivative is infinite at ±1. @example acos(1) // 0 */
export const acos = unary("acos", Math.acos, (x) => neg(div(1, sqrt(sub(1, square(x))))));
/** Arctangent. @example atan(1) // π/4 */
export const atan = unary("atan", Math.atan, (x) => div(1, add(1, square(x))));
/**
 * `atan2(y, x)`, the angle of the point (x, y). At the origin the partials are 0/0 = NaN, as in JAX.
 * @example atan2(1, 1) // π/4
 */
export const atan2 = binary(
  "atan2",
  Math.atan2,
  (y, x) => div(x, add(square(x), square(y))),
  (y, x) => neg(div(y, add(square(x), square(y)))),
);
/** Hyperbolic sine. @example sinh(0) // 0 */
export const sinh = unary("sinh", Math.sinh, (x) => cosh(x));
/** Hyperbolic cosine. @example cosh(0) // 1 */
export const cosh = unary("cosh", Math.cosh, (x) => sinh(x));
/** Hyperbolic tangent; the partial uses the output: 1 - y². @example tanh(0) // 0 */
export const tanh = unary("tanh", Math.tanh, (_x, y) => sub(1, square(y)));
/** Inverse hyperbolic sine. @example asinh(0) // 0 */
export const asinh = unary("asinh", Math.asinh, (x) => div(1, sqrt(add(square(x), 1))));
/** Inverse hyperbolic cosine; the derivative is infinite at 1. @example acosh(1) // 0 */
export const acosh = unary("acosh", Math.acosh, (x) => div(1, mul(sqrt(sub(x, 1)), sqrt(add(x, 1)))));
/** Inverse hyperbolic tangent. @example atanh(0) // 0 */
export const atanh = unary("atanh", Math.atanh, (x) => div(1, sub(1, square(x))));
/** eˣ, correctly rounded (see exp.ts), so numbers agree with C and NumPy. @example exp(0) // 1 */
export const exp = unary("exp", exactExp, (_x, y) => y);
/** 2ˣ. @example exp2(3) // 8 */
export const exp2 = unary("exp2", (x) => 2 ** x, (_x, y) => mul(Math.LN2, y));
/** eˣ - 1, accurate near 0. @example expm1(0) // 0 */
export const expm1 = unary("expm1", Math.expm1, (_x, y) => add(y, 1));
/** Natural logarithm. @example log(Math.E) // 1 */
export const log = unary("log", Math.log, (x) => div(1, x));
/** Base-2 logarithm. @example log2(8) // 3 */
export const log2 = unary("log2", Math.log2, (x) => div(1, mul(x, Math.LN2)));
/** Base-10 logarithm. @example log10(100) // 2 */
export const log10 = unary("log10", Math.log10, (x) => div(1, mul(x, Math.LN10)));
/** ln(1 + x), accurate near 0. @example log1p(0) // 0 */
export const log1p = unary("log1p", Math.log1p, (x) => div(1, add(1, x)));
/** Square root; the derivative at 0 is +Infinity, as in JAX. @example sqrt(4) // 2 */
export const sqrt = unary("sqrt", Math.sqrt, (_x, y) => div(0.5, y));
/** Cube root; the derivative at 0 is +Infinity. @example cbrt(8) // 2 */
export const cbrt = unary("cbrt", Math.cbrt, (_x, y) => div(1, mul(3, square(y))));
/** x². @example square(3) // 9 */
export const square = unary("square", (x) => x * x, (x) => mul(2, x));
/**
 * |x|. At 0 the derivative is 1 (JAX's `abs`: the branch x ≥ 0).
 * @example abs(-2) // 2
 */
export const abs = unary("abs", Math.abs, (x) => (at(x) >= 0 ? 1 : -1));
/** Sign of x; its derivative is 0 everywhere (0 at the jump too, as JAX). @example sign(-3) // -1 */
export const sign = unary("sign", Math.sign, () => 0);
/** Rounds down; derivative 0 (also at the jumps, as JAX). @example floor(1.5) // 1 */
export const floor = unary("floor", Math.floor, () => 0);
/** Rounds up; derivative 0. @example ceil(1.5) // 2 */
export const ceil = unary("ceil", Math.ceil, () => 0);
/** Rounds half up like `Math.round`; derivative 0. @example round(1.5) // 2 */
export const round = unary("round", Math.round, () => 0);
/** Drops the fraction; derivative 0. @example trunc(-1.5) // -1 */
export const trunc = unary("trunc", Math.trunc, () => 0);
/** Logistic function 1/(1+e⁻ˣ), computed without overflow; y' = y(1-y). @example sigmoid(0) // 0.5 */
export const sigmoid = unary(
  "sigmoid",
  (x) => (x >= 0 ? 1 / (1 + exactExp(-x)) : exactExp(x) / (1 + exactExp(x))),
  (_x, y) => mul(y, sub(1, y)),
);
/** max(x, 0); at 0 the derivative is 0, as `jax.nn.relu`. @example relu(-1) // 0 */
export const relu = unary("relu", (x) => (x > 0 ? x : 0), (x) => (at(x) > 0 ? 1 : 0));
/** ln(1 + eˣ), computed without overflow; its derivative is sigmoid(x). @example softplus(0) // Math.LN2 */
export const softplus = unary(
  "softplus",
  (x) => Math.max(x, 0) + Math.log1p(exactExp(-Math.abs(x))),
  (x) => sigmoid(x),
);

// Two-argument kernels of the variadic functions below. A tie splits the derivative evenly
// between the operands, as JAX's `max`/`min` do.
const max2 = binary(
  "max",
  Math.max,
  (a, b) => (at(a) > at(b) ? 1 : at(a) < at(b) ? 0 : 0.5),
  (a, b) => (at(b) > at(a) ? 1 : at(b) < at(a) ? 0 : 0.5),
);
const min2 = binary(
  "min",
  Math.min,
  (a, b) => (at(a) < at(b) ? 1 : at(a) > at(b) ? 0 : 0.5),
  (a, b) => (at(b) < at(a) ? 1 : at(b) > at(a) ? 0 : 0.5),
);
// ∂/∂xᵢ = xᵢ/h for all arguments at once (not folded pairwise, which would lose curvature
// where some arguments are 0). At the origin the partials are 0, the minimum-norm
// subgradient, rather than 0/0 — for any number of arguments, so hypot(x) is |x| with
// derivative 0 at 0 (unlike abs, whose derivative at 0 is JAX's 1).
const hypotN = variadic("hypot", Math.hypot, (xs, h) => xs.map((x) => (at(h) === 0 ? 0 : div(x, h))));

// Three or more arguments: one node whose partials are 1/k for each of the k arguments equal to
// the result (JAX's even split; folding the two-argument kernel would give ¼, ¼, ½), so forward
// mode gives the mean of the tied tangents. NaN has no winner: its partials are NaN.
const tiedShare = (xs: number[], y: number): number[] => {
  const k = xs.filter((x) => at(x) === at(y)).length;
  return xs.map((x) => (k === 0 ? NaN : at(x) === at(y) ? 1 / k : 0));
};
const maxN = variadic("maxN", Math.max, tiedShare);
const minN = variadic("minN", Math.min, tiedShare);

const fold = (kernel: (a: number, b: number) => number, empty: number, many: (...xs: number[]) => number) =>
  (...xs: number[]): number => {
    if (xs.length === 0) return empty;
    if (xs.length > 2) return many(...xs);
    // One argument: kernel(x, x) is x with derivative ½ + ½ = 1, and checks the operand.
    let acc = xs.length === 1 ? kernel(xs[0], xs[0]) : xs[0];
    for (let k = 1; k < xs.length; k++) acc = kernel(acc, xs[k]);
    return acc;
  };

/** The largest argument, like `Math.max`; k tied arguments get 1/k of the derivative each. @example max(1, 3, 2) // 3 */
export const max = fold(max2, -Infinity, maxN);
/** The smallest argument, like `Math.min`; k tied arguments get 1/k of the derivative each. @example min(1, 3) // 1 */
export const min = fold(min2, Infinity, minN);
/** √(Σ xᵢ²) without overflow, like `Math.hypot`. @example hypot(3, 4) // 5 */
export const hypot = hypotN;
