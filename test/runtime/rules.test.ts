/**
 * Every rule of the primitive table, tested from the table itself (ChainRules' `test_scalar`):
 * first derivatives in forward mode (`derivative`, `jvp`) and reverse mode (`grad`) against our
 * own central differences, second derivatives in all four nestings (forward/reverse over
 * forward/reverse) against central differences of the exact first derivative and against
 * closed forms, both partials and the mixed partial of binary rules, and the kink conventions
 * at the exact non-differentiable points.
 *
 * A primitive added to `PRIMITIVES` without sample points below makes the "has sample points"
 * test fail, so nothing in the table goes untested.
 */
import { describe, expect, it } from "vitest";
import {
  PRIMITIVES, abs, cbrt, ceil, derivative, floor, grad, hessian, hypot, jacfwd, jacrev, jvp, max, min, mod, pow,
  relu, round, sign, sqrt, trunc, valueAndGrad,
} from "typegrad";
import { centralJacobian } from "../numeric.js";
import { central } from "./helpers.js";

type F1 = (x: number) => number;
type F2 = (a: number, b: number) => number;
type FN = (x: number[]) => number;

// ---- oracles and comparison --------------------------------------------------------------------

/**
 * Asserts |actual - expected| ≤ rtol·|expected| + atol. `scale` is the size of the values that
 * were differenced: a central difference with step h loses about ε·scale/h to rounding, so the
 * absolute part of the tolerance grows with it.
 */
function expectClose(actual: number, expected: number, what: string, scale = 1, rtol = 1e-6): void {
  const atol = 1e-8 * (1 + Math.abs(scale));
  const ok = Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
  expect(ok, `${what}: got ${actual}, expected ${expected} (difference ${actual - expected})`).toBe(true);
}
/** The exact modes must agree with each other far more tightly than with differences. */
const expectSame = (actual: number, expected: number, what: string) => expectClose(actual, expected, what, 0, 1e-12);

function expectMatrixClose(actual: number[][], expected: number[][], what: string, scale = 1, rtol = 1e-6): void {
  expect(actual.length, `${what}: rows`).toBe(expected.length);
  expected.forEach((row, i) => row.forEach((e, j) => expectClose(actual[i][j], e, `${what}[${i}][${j}]`, scale, rtol)));
}

// ---- sample points and closed forms, one entry per primitive -----------------------------------

interface UnaryCase {
  /** Points inside the domain, including points 1e-3 either side of each kink. */
  points: number[];
  d1?: F1;
  d2?: F1;
}
interface BinaryCase {
  points: [number, number][];
  /** Points where only the first operand may vary (the second is a constant of the function). */
  firstOnly?: [number, number][];
  grad?: (a: number, b: number) => [number, number];
  hess?: (a: number, b: number) => [[number, number], [number, number]];
}

const zero = () => 0;
const sigma = (x: number) => 1 / (1 + Math.exp(-x));
const near = (k: number) => [k - 1e-3, k + 1e-3];

const UNARY: Record<string, UnaryCase> = {
  neg: { points: [-2, 0, 1.5], d1: () => -1, d2: zero },
  sin: { points: [-2, 0, 0.7, 3], d1: Math.cos, d2: (x) => -Math.sin(x) },
  cos: { points: [-2, 0, 0.7, 3], d1: (x) => -Math.sin(x), d2: (x) => -Math.cos(x) },
  tan: { points: [-1.2, 0, 0.7, 1.5], d1: (x) => 1 / Math.cos(x) ** 2, d2: (x) => (2 * Math.tan(x)) / Math.cos(x) ** 2 },
  asin: { points: [-0.99, -0.3, 0, 0.6, 0.999], d1: (x) => 1 / Math.sqrt(1 - x * x), d2: (x) => x / (1 - x * x) ** 1.5 },
  acos: { points: [-0.99, -0.3, 0, 0.6, 0.999], d1: (x) => -1 / Math.sqrt(1 - x * x), d2: (x) => -x / (1 - x * x) ** 1.5 },
  atan: { points: [-3, 0, 0.5, 10], d1: (x) => 1 / (1 + x * x), d2: (x) => (-2 * x) / (1 + x * x) ** 2 },
  sinh: { points: [-2, 0, 1.3], d1: Math.cosh, d2: Math.sinh },
  cosh: { points: [-2, 0, 1.3], d1: Math.sinh, d2: Math.cosh },
  tanh: { points: [-2, 0, 0.4, 3], d1: (x) => 1 / Math.cosh(x) ** 2, d2: (x) => (-2 * Math.tanh(x)) / Math.cosh(x) ** 2 },
  asinh: { points: [-3, 0, 0.5, 20], d1: (x) => 1 / Math.sqrt(x * x + 1), d2: (x) => -x / (x * x + 1) ** 1.5 },
  acosh: { points: [1.001, 1.5, 4, 30], d1: (x) => 1 / Math.sqrt(x * x - 1), d2: (x) => -x / (x * x - 1) ** 1.5 },
  atanh: { points: [-0.99, -0.2, 0, 0.5, 0.99], d1: (x) => 1 / (1 - x * x), d2: (x) => (2 * x) / (1 - x * x) ** 2 },
  exp: { points: [-3, 0, 0.5, 4], d1: Math.exp, d2: Math.exp },
  exp2: { points: [-3, 0, 0.5, 4], d1: (x) => Math.LN2 * 2 ** x, d2: (x) => Math.LN2 ** 2 * 2 ** x },
  expm1: { points: [-3, -1e-3, 0, 1e-3, 2], d1: Math.exp, d2: Math.exp },
  log: { points: [0.01, 0.5, 1, 7], d1: (x) => 1 / x, d2: (x) => -1 / (x * x) },
  log2: { points: [0.01, 0.5, 1, 7], d1: (x) => 1 / (x * Math.LN2), d2: (x) => -1 / (x * x * Math.LN2) },
  log10: { points: [0.01, 0.5, 1, 7], d1: (x) => 1 / (x * Math.LN10), d2: (x) => -1 / (x * x * Math.LN10) },
  log1p: { points: [-0.99, -1e-3, 0, 1e-3, 3], d1: (x) => 1 / (1 + x), d2: (x) => -1 / (1 + x) ** 2 },
  sqrt: { points: [1e-3, 0.25, 2, 100], d1: (x) => 0.5 / Math.sqrt(x), d2: (x) => -0.25 / x ** 1.5 },
  cbrt: {
    points: [-8, ...near(0), 0.3, 27],
    d1: (x) => 1 / (3 * Math.cbrt(x) ** 2),
    d2: (x) => -2 / (9 * Math.cbrt(x) ** 5),
  },
  square: { points: [-2, 0, 1.5], d1: (x) => 2 * x, d2: () => 2 },
  abs: { points: [-2, ...near(0), 3], d1: Math.sign, d2: zero },
  sign: { points: [-2, ...near(0), 3], d1: zero, d2: zero },
  floor: { points: [-1.5, ...near(1), ...near(-2), 0.3], d1: zero, d2: zero },
  ceil: { points: [-1.5, ...near(1), ...near(-2), 0.3], d1: zero, d2: zero },
  round: { points: [-1.2, ...near(0.5), ...near(-1.5), 0.3], d1: zero, d2: zero },
  trunc: { points: [-1.5, ...near(0), ...near(1), 2.7], d1: zero, d2: zero },
  sigmoid: {
    points: [-30, -2, 0, 0.5, 30],
    d1: (x) => sigma(x) * (1 - sigma(x)),
    d2: (x) => sigma(x) * (1 - sigma(x)) * (1 - 2 * sigma(x)),
  },
  relu: { points: [-2, ...near(0), 3], d1: (x) => (x > 0 ? 1 : 0), d2: zero },
  softplus: { points: [-30, -2, 0, 0.5, 30], d1: sigma, d2: (x) => sigma(x) * (1 - sigma(x)) },
  // Math.exp and the written-out formulas, each with V8's value as written (exact-values tests).
  mathExp: { points: [-3, 0, 0.5, 4], d1: Math.exp, d2: Math.exp },
  logistic: {
    points: [-30, -2, 0, 0.5, 30],
    d1: (x) => sigma(x) * (1 - sigma(x)),
    d2: (x) => sigma(x) * (1 - sigma(x)) * (1 - 2 * sigma(x)),
  },
  logOnePlusExp: { points: [-30, -2, 0, 0.5, 30], d1: sigma, d2: (x) => sigma(x) * (1 - sigma(x)) },
  log1pExp: { points: [-30, -2, 0, 0.5, 30], d1: sigma, d2: (x) => sigma(x) * (1 - sigma(x)) },
};

const BINARY: Record<string, BinaryCase> = {
  add: { points: [[0.3, -1.7], [2, 3], [-1.2, 0]], grad: () => [1, 1], hess: () => [[0, 0], [0, 0]] },
  sub: { points: [[0.3, -1.7], [2, 3], [-1.2, 0]], grad: () => [1, -1], hess: () => [[0, 0], [0, 0]] },
  mul: { points: [[0.3, -1.7], [2, 3], [-1.2, 0], [0, 0]], grad: (a, b) => [b, a], hess: () => [[0, 1], [1, 0]] },
  div: {
    points: [[1, 3], [-2, 0.5], [0, -1.5], [7, 1e-2]],
    grad: (a, b) => [1 / b, -a / (b * b)],
    hess: (a, b) => [[0, -1 / b ** 2], [-1 / b ** 2, (2 * a) / b ** 3]],
  },
  mod: {
    // Away from the jumps a % b = a - b·trunc(a/b) with trunc(a/b) locally constant.
    points: [[7.3, 2], [-7.3, 2], [7.3, -2], [0.4, 3], ...[3, -3].flatMap((m) => near(m).map((a): [number, number] => [a, 1.5]))],
    grad: (a, b) => [1, -Math.trunc(a / b)],
    hess: () => [[0, 0], [0, 0]],
  },
  pow: {
    points: [[1.7, 2.3], [0.5, -1.5], [2, 0.5], [3, 0], [3, 1e-3], [1, 2.5]],
    // Negative bases with integer exponents: a ↦ aᵇ is smooth, b ↦ aᵇ is undefined off the integers.
    firstOnly: [[-1.5, 3], [-2, 2], [-0.5, -3], [-1e-3, 2], [1e-3, 2]],
    grad: (a, b) => [b * a ** (b - 1), a ** b * Math.log(a)],
    hess: (a, b) => {
      const mixed = a ** (b - 1) * (1 + b * Math.log(a));
      return [[b * (b - 1) * a ** (b - 2), mixed], [mixed, a ** b * Math.log(a) ** 2]];
    },
  },
  atan2: {
    points: [[1, 2], [-1, -0.5], [0.3, -2], [-0.3, -2], [2, 1e-3]],
    grad: (y, x) => [x / (x * x + y * y), -y / (x * x + y * y)],
    hess: (y, x) => {
      const r4 = (x * x + y * y) ** 2;
      return [[(-2 * x * y) / r4, (y * y - x * x) / r4], [(y * y - x * x) / r4, (2 * x * y) / r4]];
    },
  },
  max: {
    points: [[1, 2], [2, 1], [1 + 1e-3, 1], [1 - 1e-3, 1], [-0.5, 0.3]],
    grad: (a, b) => (a > b ? [1, 0] : [0, 1]),
    hess: () => [[0, 0], [0, 0]],
  },
  min: {
    points: [[1, 2], [2, 1], [1 + 1e-3, 1], [1 - 1e-3, 1], [-0.5, 0.3]],
    grad: (a, b) => (a < b ? [1, 0] : [0, 1]),
    hess: () => [[0, 0], [0, 0]],
  },
  // The n-argument forms behind max(a, b, c, …) (rules are checked at two arguments here; ties
  // of three and more below).
  maxN: {
    points: [[1, 2], [2, 1], [1 + 1e-3, 1], [-0.5, 0.3]],
    grad: (a, b) => (a > b ? [1, 0] : [0, 1]),
    hess: () => [[0, 0], [0, 0]],
  },
  minN: {
    points: [[1, 2], [2, 1], [1 + 1e-3, 1], [-0.5, 0.3]],
    grad: (a, b) => (a < b ? [1, 0] : [0, 1]),
    hess: () => [[0, 0], [0, 0]],
  },
  hypot: {
    points: [[3, 4], [-1, 0.5], [1e-3, -1e-3], [0, 2], [-5, 0]],
    grad: (a, b) => [a / Math.hypot(a, b), b / Math.hypot(a, b)],
    hess: (a, b) => {
      const h3 = Math.hypot(a, b) ** 3;
      return [[(b * b) / h3, (-a * b) / h3], [(-a * b) / h3, (a * a) / h3]];
    },
  },
};

// ---- checks shared by every rule ---------------------------------------------------------------

/** First and second derivative of a function of one number, in every mode, at `x`. */
function checkScalar(f: F1, x: number, d1?: F1, d2?: F1): void {
  const fx = f(x);
  expect(Number.isFinite(fx), `f(${x}) = ${fx} is outside the domain`).toBe(true);

  // First order: forward (derivative, jvp with a scaled tangent), reverse (grad, valueAndGrad).
  const fd = central(f, x);
  const fwd = derivative(f)(x);
  const rev = grad(f)(x);
  const [value, revVg] = valueAndGrad(f)(x);
  const [jvpValue, jvpTangent] = jvp(f, [x], [2.5]);
  expect(value).toBe(fx);
  expect(jvpValue).toBe(fx);
  expectClose(fwd, fd, `derivative at ${x} vs central difference`, fx);
  expectClose(rev, fd, `grad at ${x} vs central difference`, fx);
  expectSame(rev, fwd, `grad vs derivative at ${x}`);
  expectSame(revVg, fwd, `valueAndGrad vs derivative at ${x}`);
  expectSame(jvpTangent, 2.5 * fwd, `jvp with tangent 2.5 vs 2.5·derivative at ${x}`);
  if (d1) expectClose(fwd, d1(x), `derivative at ${x} vs closed form`, 0, 1e-12);

  // Second order, all four nestings, against a central difference of the exact first derivative.
  const exact1 = derivative(f);
  const fd2 = central(exact1, x);
  const modes: [string, number][] = [
    ["forward over forward", derivative(derivative(f))(x)],
    ["reverse over reverse", grad(grad(f))(x)],
    ["forward over reverse", derivative(grad(f))(x)],
    ["reverse over forward", grad(derivative(f))(x)],
  ];
  for (const [mode, d] of modes) {
    expectClose(d, fd2, `${mode} at ${x} vs central difference of f'`, fwd);
    expectClose(d, modes[0][1], `${mode} vs forward over forward at ${x}`, 0, 1e-10);
    if (d2) expectClose(d, d2(x), `${mode} at ${x} vs closed form`, 0, 1e-10);
  }
}

/** Both partials, the 2×2 Hessian in four nestings and the mixed partial of a binary rule. */
function checkBinary(f: F2, a: number, b: number, c: BinaryCase): void {
  const at = `(${a}, ${b})`;
  const fab = f(a, b);
  expect(Number.isFinite(fab), `f${at} = ${fab} is outside the domain`).toBe(true);
  const F: FN = (v) => f(v[0], v[1]);

  // Partials: reverse (one grad, a tuple), forward (jvp along each axis, derivative of each slice).
  const [ga, gb] = grad(f)(a, b) as [number, number];
  const fwdA = jvp(f, [a, b], [1, 0])[1];
  const fwdB = jvp(f, [a, b], [0, 1])[1];
  const sliceA = derivative((u) => f(u, b))(a);
  const sliceB = derivative((u) => f(a, u))(b);
  const cdA = central((u) => f(u, b), a);
  const cdB = central((u) => f(a, u), b);
  expectClose(ga, cdA, `∂a by grad at ${at} vs central difference`, fab);
  expectClose(gb, cdB, `∂b by grad at ${at} vs central difference`, fab);
  expectClose(fwdA, cdA, `∂a by jvp at ${at} vs central difference`, fab);
  expectClose(fwdB, cdB, `∂b by jvp at ${at} vs central difference`, fab);
  expectSame(sliceA, fwdA, `∂a by derivative vs jvp at ${at}`);
  expectSame(sliceB, fwdB, `∂b by derivative vs jvp at ${at}`);
  expectSame(ga, fwdA, `∂a reverse vs forward at ${at}`);
  expectSame(gb, fwdB, `∂b reverse vs forward at ${at}`);
  expectSame(jvp(f, [a, b], [0.5, -2])[1], 0.5 * ga - 2 * gb, `jvp in direction (0.5, -2) at ${at}`);
  if (c.grad) {
    const [ea, eb] = c.grad(a, b);
    expectClose(ga, ea, `∂a at ${at} vs closed form`, 0, 1e-12);
    expectClose(gb, eb, `∂b at ${at} vs closed form`, 0, 1e-12);
  }

  // Hessian in four nestings, against central differences of the exact gradient.
  const exactGrad = (v: number[]) => grad(F)(v);
  const fdH = centralJacobian(exactGrad, [a, b]);
  const byForward = (v: number[]) => jacfwd(F)(v);
  const hessians: [string, number[][]][] = [
    ["forward over reverse (hessian)", hessian(F)([a, b])],
    ["reverse over reverse", jacrev(exactGrad)([a, b])],
    ["forward over forward", jacfwd(byForward)([a, b])],
    ["reverse over forward", jacrev(byForward)([a, b])],
  ];
  const gscale = Math.abs(ga) + Math.abs(gb);
  for (const [mode, Hm] of hessians) {
    expectMatrixClose(Hm, fdH, `${mode} at ${at} vs central differences of the gradient`, gscale);
    expectMatrixClose(Hm, hessians[0][1], `${mode} vs hessian at ${at}`, 0, 1e-10);
    if (c.hess) expectMatrixClose(Hm, c.hess(a, b), `${mode} at ${at} vs closed form`, 0, 1e-10);
  }

  // The mixed partial ∂²f/∂a∂b by scalar nesting, both orders of the variables.
  const mixed: [string, number][] = [
    ["derivative ∘ derivative", derivative((u) => derivative((w) => f(u, w))(b))(a)],
    ["grad ∘ grad", (grad((u: number, w: number) => (grad(f)(u, w) as number[])[1])(a, b) as number[])[0]],
    ["derivative ∘ grad", derivative((w) => (grad(f)(a, w) as number[])[0])(b)],
    ["grad ∘ derivative", grad((u: number) => derivative((w) => f(u, w))(b))(a)],
  ];
  for (const [mode, d] of mixed) {
    expectClose(d, fdH[0][1], `mixed partial by ${mode} at ${at} vs central difference`, gscale);
    expectClose(d, hessians[0][1][0][1], `mixed partial by ${mode} vs hessian at ${at}`, 0, 1e-10);
  }
}

const asUnary = (fn: unknown) => fn as F1;
const asBinary = (fn: unknown) => fn as F2;

// ---- the table ----------------------------------------------------------------------------------

describe("the primitive table", () => {
  it("has sample points for every registered primitive", () => {
    const missing = [...PRIMITIVES].filter(([name, rule]) => !(rule.arity === 1 ? UNARY[name] : BINARY[name])).map(([n]) => n);
    expect(missing, "add sample points for these primitives to rules.test.ts").toEqual([]);
  });

  it("evaluates numbers with its own implementation", () => {
    for (const [name, rule] of PRIMITIVES) {
      if (rule.arity === 1) for (const x of UNARY[name]?.points ?? []) expect(asUnary(rule.fn)(x), name).toBe(asUnary(rule.num)(x));
      else for (const [a, b] of BINARY[name]?.points ?? []) expect(asBinary(rule.fn)(a, b), name).toBe(asBinary(rule.num)(a, b));
    }
  });
});

for (const [name, rule] of PRIMITIVES) {
  describe(`rule ${name}`, () => {
    if (rule.arity === 1) {
      const c = UNARY[name];
      if (!c) return;
      it.each(c.points)("first and second derivatives at %d", (x) => checkScalar(asUnary(rule.fn), x, c.d1, c.d2));
    } else {
      const c = BINARY[name];
      if (!c) return;
      it.each(c.points)("partials, Hessian and mixed partial at (%d, %d)", (a, b) => checkBinary(asBinary(rule.fn), a, b, c));
      if (c.firstOnly) {
        const d1 = c.grad && ((b: number) => (a: number) => c.grad!(a, b)[0]);
        const d2 = c.hess && ((b: number) => (a: number) => c.hess!(a, b)[0][0]);
        it.each(c.firstOnly)("∂a and ∂²a at (%d, %d)", (a, b) =>
          checkScalar((u) => asBinary(rule.fn)(u, b), a, d1?.(b), d2?.(b)),
        );
      }
    }
  });
}

// ---- the public variadic functions ------------------------------------------------------------

describe("variadic max, min and hypot", () => {
  it("with one argument are the identity (max, min) and |x| (hypot), to second order", () => {
    for (const x of [-2, -1e-3, 1e-3, 0.7]) {
      checkScalar((u) => max(u), x, () => 1, zero);
      checkScalar((u) => min(u), x, () => 1, zero);
      checkScalar((u) => hypot(u), x, Math.sign, zero);
    }
    // max(x) = x everywhere, so its derivative is 1 even at 0 (the kernel sees a tie x = x,
    // which must split ½ + ½ back to the one operand).
    expect(derivative((u) => max(u))(0)).toBe(1);
    expect(grad((u: number) => min(u))(0)).toBe(1);
  });

  const F3 = (f: (...xs: number[]) => number): FN => (v) => f(v[0], v[1], v[2]);
  it("with three distinct arguments pick one argument (max, min)", () => {
    for (const p of [[1, 3, 2], [-1, -0.5, -2], [0.3, 0.2, 0.1]]) {
      for (const [name, f, pick] of [["max", max, Math.max], ["min", min, Math.min]] as const) {
        const e = p.map((v) => (v === pick(...p) ? 1 : 0));
        expect(grad(F3(f))(p), `${name} grad at ${p}`).toEqual(e);
        expect(jacfwd(F3(f))(p), `${name} jacfwd at ${p}`).toEqual(e);
        expectMatrixClose([grad(F3(f))(p)], centralJacobian((v) => [F3(f)(v)], p), `${name} vs central differences`);
        expect(hessian(F3(f))(p).flat().every((h) => h === 0), `${name} Hessian at ${p}`).toBe(true);
      }
    }
  });

  it("with three arguments, hypot is the Euclidean norm: ∇ = x/r, H = (I - uuᵀ)/r", () => {
    for (const p of [[1, 2, 2], [-3, 0.5, 1e-3], [2, 0, 0], [0, 0, -2], [1e-3, -1e-3, -2]]) {
      const f = F3(hypot);
      const r = Math.hypot(...p), u = p.map((v) => v / r);
      const Hexact = u.map((ui, i) => u.map((uj, j) => ((i === j ? 1 : 0) - ui * uj) / r));
      const g = grad(f)(p);
      expectMatrixClose([g], [u], `grad at ${p} vs x/r`, 0, 1e-12);
      expectMatrixClose([g], centralJacobian((v) => [f(v)], p), `grad at ${p} vs central differences`, r);
      expectMatrixClose([jacfwd(f)(p)], [g], `jacfwd vs grad at ${p}`, 0, 1e-12);
      const fdH = centralJacobian((v) => grad(f)(v), p);
      for (const [mode, Hm] of [
        ["hessian", hessian(f)(p)],
        ["reverse over reverse", jacrev((v: number[]) => grad(f)(v))(p)],
        ["forward over forward", jacfwd((v: number[]) => jacfwd(f)(v))(p)],
      ] as const) {
        expectMatrixClose(Hm, Hexact, `${mode} at ${p} vs closed form`, 0, 1e-10);
        expectMatrixClose(Hm, fdH, `${mode} at ${p} vs central differences of the gradient`, 1);
      }
    }
  });

  it("at ties, split the derivative so that it sums to the derivative along the diagonal", () => {
    // max(x+t, y+t, z+t) = max(x, y, z) + t, so the gradient must sum to 1 at a tie as well.
    for (const [name, f] of [["max", max], ["min", min]] as const) {
      for (const p of [[2, 2, 2], [2, 2, 1], [1, 2, 2], [-1, 5, -1]]) {
        const g = grad(F3(f))(p);
        const onTie = p.map((v) => v === (name === "max" ? Math.max(...p) : Math.min(...p)));
        expect(g.reduce((s, v) => s + v, 0), `${name} at ${p}: Σ∂ = 1`).toBe(1);
        expect(g.every((v, k) => (onTie[k] ? v > 0 : v === 0)), `${name} at ${p}: shares only among the tied, got ${g}`).toBe(true);
        expect(jacfwd(F3(f))(p), `${name} forward = reverse at ${p}`).toEqual(g);
      }
      // A two-way tie between the arguments that are compared directly splits evenly.
      expect(grad(F3(f))([2, 2, name === "max" ? 1 : 3])).toEqual([0.5, 0.5, 0]);
    }
  });
});

// ---- kinks: the conventions at the exact points -----------------------------------------------

/** The first derivative of a function of one number in both modes; they must agree exactly. */
function firstDerivative(f: F1, x: number): number {
  // `+ 0` turns -0 into 0: the modes may sum a zero partial in different orders.
  const fwd = derivative(f)(x) + 0, rev = grad(f)(x) + 0, viaJvp = jvp(f, [x], [1])[1] + 0;
  expect(rev, `grad vs derivative at ${x}`).toBe(fwd);
  expect(viaJvp, `jvp vs derivative at ${x}`).toBe(fwd);
  return fwd;
}
const gradOf2 = (f: F2, a: number, b: number): number[] => {
  const rev = (grad(f)(a, b) as number[]).map((v) => v + 0);
  expect([jvp(f, [a, b], [1, 0])[1] + 0, jvp(f, [a, b], [0, 1])[1] + 0], `forward vs reverse at (${a}, ${b})`).toEqual(rev);
  return rev;
};

describe("kink conventions (JAX's), at the exact points", () => {
  it("abs'(0) = 1", () => {
    // |x| = x on [0, ∞): the convention takes the branch x ≥ 0 (JAX's select(x >= 0, g, -g)),
    // i.e. the right derivative, which is 1. Its second derivative is 0 on both branches.
    expect(firstDerivative(abs, 0)).toBe(1);
    expect(firstDerivative(abs, -0)).toBe(1);
    expect(derivative(derivative(abs))(0)).toBe(0);
    expect(grad(grad(abs))(0)).toBe(0);
  });

  it("relu'(0) = 0", () => {
    // relu = max(x, 0) with the branch x > 0 for the slope (jax.nn.relu's custom JVP): at 0 the
    // left derivative, 0, is taken, so a unit that is exactly off gets no gradient.
    expect(firstDerivative(relu, 0)).toBe(0);
    expect(firstDerivative(relu, 1e-300)).toBe(1);
  });

  it("sign' = 0, also at the jump", () => {
    // sign is piecewise constant; 0 is its derivative wherever it has one, and the jump at 0
    // (a Dirac delta in the distributional sense) has no finite value, so 0 is used there too.
    for (const x of [-3, 0, -0, 1e-300, 2]) expect(firstDerivative(sign, x)).toBe(0);
  });

  it("floor', ceil', round', trunc' = 0, also at the jumps", () => {
    // Same reason as sign: piecewise constant, so the derivative is 0 off the jumps and the
    // jumps have no finite derivative; JAX gives 0 there as well.
    for (const f of [floor, ceil, round, trunc]) for (const x of [-2, -1.5, 0, 0.5, 1, 2.5]) expect(firstDerivative(f, x)).toBe(0);
  });

  it("max and min split a tie 0.5 / 0.5", () => {
    // max(a, b) = (a + b)/2 + |a - b|/2: along the diagonal a = b it is a + t, so the partials
    // must sum to 1, and max is symmetric in a and b, so the symmetric split is ½ each.
    for (const x of [-1, 0, 2.5]) {
      expect(gradOf2(max, x, x)).toEqual([0.5, 0.5]);
      expect(gradOf2(min, x, x)).toEqual([0.5, 0.5]);
      // Used on the same variable twice, the halves add back up to the true derivative 1.
      expect(firstDerivative((u) => max(u, u), x)).toBe(1);
      expect(firstDerivative((u) => min(u, u), x)).toBe(1);
    }
  });

  it("sqrt'(0) = +Infinity and cbrt'(0) = +Infinity", () => {
    // (√h - √0)/h = 1/√h → +∞ as h → 0⁺ (the one-sided derivative is the derivative: sqrt is
    // defined only for x ≥ 0); (∛h - ∛0)/h = h^(-2/3) → +∞ from both sides (vertical tangent).
    expect(firstDerivative(sqrt, 0)).toBe(Infinity);
    expect(firstDerivative(cbrt, 0)).toBe(Infinity);
    expect(firstDerivative(cbrt, -0)).toBe(Infinity);
  });

  it("pow(x, 0): ∂x = 0, even at x = 0", () => {
    // x ** 0 is 1 for every x, including 0 (0 ** 0 === 1 in JavaScript), so the function of x
    // is constant and 0 is its true derivative; the formula b·x^(b-1) would give 0·∞ = NaN.
    for (const x of [-2, 0, 3]) expect(firstDerivative((u) => pow(u, 0), x)).toBe(0);
    expect(gradOf2(pow, 0, 0)[0]).toBe(0);
    expect(derivative(derivative((u) => pow(u, 0)))(0)).toBe(0);
  });

  it("pow(0, y): ∂y = 0", () => {
    // For y > 0, 0 ** y is 0 for all nearby y, so the function of y is constant and its true
    // derivative is 0; the formula log(0)·0**y would give -∞·0 = NaN.
    // (Only the slice in y: a jvp along (0, 1) of pow(a, y) also multiplies ∂a = y·0^(y-1),
    // which is +∞ for y < 1, by the zero tangent of a and gives NaN, as in JAX.)
    for (const y of [0.5, 2, 3]) {
      expect(firstDerivative((u) => pow(0, u), y)).toBe(0);
      expect((grad(pow)(0, y) as number[])[1]).toBe(0);
    }
  });

  it("pow with a negative base: ∂base is finite, ∂exponent is NaN", () => {
    // (-1.5)^b is undefined (NaN) for non-integer b, so no derivative in b exists: NaN says so
    // rather than a finite number that would look valid.
    const [da, db] = grad(pow)(-1.5, 3) as number[];
    expect(da).toBeCloseTo(3 * 1.5 ** 2, 12);
    expect(db).toBeNaN();
  });

  it("hypot at the origin has gradient 0", () => {
    // ‖(a, b)‖ is not differentiable at 0; its subgradients fill the unit disk, and 0 is the
    // minimum-norm one, which also makes the minimum of the norm a stationary point.
    expect(gradOf2((a, b) => hypot(a, b), 0, 0)).toEqual([0, 0]);
    expect(grad((v: number[]) => hypot(v[0], v[1], v[2]))([0, 0, 0])).toEqual([0, 0, 0]);
    // One argument follows the same convention: hypot(x) = |x| with derivative 0 at 0.
    expect(grad((x: number) => hypot(x))(0) + 0).toBe(0);
    expect(derivative((x: number) => hypot(x))(0) + 0).toBe(0);
  });

  it("mod: ∂a = 1 and ∂b = -trunc(a/b), also at the jumps", () => {
    // a % b = a - b·trunc(a/b); trunc is piecewise constant with derivative 0 (see above), so
    // the product rule gives ∂b = -trunc(a/b), and at a jump (a/b an integer) trunc's own value
    // is used, as JAX's rem: -sign(a/b)·floor(|a/b|).
    expect(gradOf2(mod, 3, 1.5)).toEqual([1, -2]);
    expect(gradOf2(mod, -3, 1.5)).toEqual([1, 2]);
    expect(gradOf2(mod, 4.5, -1.5)).toEqual([1, 3]);
    expect(gradOf2(mod, 0, 2)).toEqual([1, 0]);
    expect(gradOf2(mod, 7.3, 2)).toEqual([1, -3]);
  });
});

// ---- regressions: wrong numbers once given at smooth points -----------------------------------

describe("regressions: special cases must not discard curvature", () => {
  // a ** b is analytic at (3, 0): ∂²/∂a∂b = ∂/∂b (b·a^(b-1)) = a^(b-1)·(1 + b·ln a) = 1/3.
  // A rule returning the constant 0 for ∂a whenever b = 0 also discards ∂a's dependence on b:
  // the mixed partial came out 0 and the Hessian was not symmetric ([[0, 0], [1/3, ln²3]]).
  // Only a = b = 0 needs the special case (0·∞ there).
  it("pow: the mixed partial at b = 0 with a ≠ 0", () => {
    const F = (v: number[]) => pow(v[0], v[1]);
    for (const H of [hessian(F)([3, 0]), jacrev((v: number[]) => grad(F)(v))([3, 0])]) {
      expectClose(H[1][0], 1 / 3, "∂²/∂b∂a", 0, 1e-12);
      expectClose(H[0][1], 1 / 3, "∂²/∂a∂b", 0, 1e-12);
    }
    expectClose(derivative((b) => derivative((a) => pow(a, b))(3))(0), 1 / 3, "d/db d/da", 0, 1e-12);
  });

  // hypot(x, 0, 2) = √(x² + 4), whose second derivative at 0 is 1/2. Folding the variadic hypot
  // pairwise, hypot2(hypot2(x, 0), 2), put the inner kernel at its origin, where its partials are
  // the constant 0 (the two-argument kink's convention), and lost all curvature there although
  // the three-argument function is smooth.
  it("hypot with three arguments: second derivative where the first two are 0", () => {
    expectClose(derivative(derivative((x) => hypot(x, 0, 2)))(0), 0.5, "hypot(x, 0, 2)'' at 0", 0, 1e-12);
    expectClose(grad(grad((x: number) => hypot(0, x, 2)))(0), 0.5, "hypot(0, x, 2)'' at 0", 0, 1e-12);
    expectMatrixClose(hessian((v: number[]) => hypot(v[0], v[1], v[2]))([0, 0, -2]), [[0.5, 0, 0], [0, 0.5, 0], [0, 0, 0]], "Hessian at (0, 0, -2)", 0, 1e-12);
  });
});
