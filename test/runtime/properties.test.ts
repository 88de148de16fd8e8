/**
 * Property tests over random expressions: fast-check builds expression trees from every
 * primitive of the table (and the variadic max/min/hypot), a small interpreter evaluates a tree
 * either with typegrad's AD-aware functions or with plain `Math` on numbers, and forward mode,
 * reverse mode and central differences of the plain evaluation must agree, to second order,
 * for one input and for 2–4 inputs; vector functions must satisfy the VJP identity
 * ⟨t, vjp(c)⟩ = ⟨jvp(t), c⟩.
 *
 * Trees keep every argument inside its primitive's domain by construction (log(1 + a²),
 * asin(0.9·tanh a), ...), so no case is NaN noise. Exact modes are compared at 1e-10; central
 * differences at a tolerance that grows with the largest intermediate value of the tree (the
 * rounding a difference quotient suffers) and with the differences' own error estimate. Points
 * where the function is not smooth at the scale of the difference step (a kink or jump of abs,
 * floor, mod, max... within the step) are detected and skipped for the numerical comparison only
 * (the exact modes are still compared there); a test fails if that happens in 10% of its cases.
 *
 * The seed is fixed so CI is reproducible; set TYPEGRAD_FC_SEED to explore others, and
 * TYPEGRAD_FC_STATS=1 to print how many cases ran.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { PRIMITIVES, derivative, grad, hessian, hvp, hypot, jacfwd, jacobian, jacrev, jvp, max, min, valueAndGrad, vjp } from "typegrad";

// ---- expression trees and their interpreter --------------------------------------------------

/** A variable xᵢ, a constant, or an operation: a primitive's name or a variadic "max*", "min*", "hypot*". */
type Expr = { readonly i: number } | { readonly c: number } | { readonly op: string; readonly args: readonly Expr[] };
type Impl = Readonly<Record<string, (...xs: number[]) => number>>;

/** The AD-aware implementation: the table's own functions, so a new primitive is picked up. */
const AD: Impl = {
  ...Object.fromEntries([...PRIMITIVES].map(([name, rule]) => [name, rule.fn as (...xs: number[]) => number])),
  "max*": max,
  "min*": min,
  "hypot*": hypot,
};

/** Plain numbers, written independently of the runtime's `num` implementations. */
const NUMERIC: Impl = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  mod: (a, b) => a % b,
  pow: Math.pow,
  neg: (a) => -a,
  sin: Math.sin, cos: Math.cos, tan: Math.tan, asin: Math.asin, acos: Math.acos, atan: Math.atan, atan2: Math.atan2,
  sinh: Math.sinh, cosh: Math.cosh, tanh: Math.tanh, asinh: Math.asinh, acosh: Math.acosh, atanh: Math.atanh,
  exp: Math.exp, exp2: (x) => Math.pow(2, x), expm1: Math.expm1,
  log: Math.log, log2: Math.log2, log10: Math.log10, log1p: Math.log1p,
  sqrt: Math.sqrt, cbrt: Math.cbrt, square: (x) => x * x,
  abs: Math.abs, sign: Math.sign, floor: Math.floor, ceil: Math.ceil, round: Math.round, trunc: Math.trunc,
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  relu: (x) => (x > 0 ? x : 0),
  softplus: (x) => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x))),
  max: Math.max, min: Math.min, hypot: Math.hypot, maxN: Math.max, minN: Math.min,
  "max*": Math.max, "min*": Math.min, "hypot*": Math.hypot,
};

/** Evaluates `e` at `x`; `seen`, when given, collects the largest |value| of any node. */
function evaluate(e: Expr, x: readonly number[], impl: Impl, seen?: { max: number }): number {
  const y =
    "i" in e ? x[e.i] : "c" in e ? e.c : impl[e.op](...e.args.map((a) => evaluate(a, x, impl, seen)));
  if (seen) seen.max = Math.max(seen.max, Math.abs(y));
  return y;
}

const show = (e: Expr): string =>
  "i" in e ? `x${e.i}` : "c" in e ? String(e.c) : `${e.op}(${e.args.map(show).join(", ")})`;

// ---- generators: every primitive, with arguments kept in its domain -------------------------

const V = (i: number): Expr => ({ i });
const K = (c: number): Expr => ({ c });
const U = (op: string, a: Expr): Expr => ({ op, args: [a] });
const B = (op: string, a: Expr, b: Expr): Expr => ({ op, args: [a, b] });
const atLeast1 = (a: Expr) => B("add", K(1), U("square", a)); // 1 + a² ≥ 1
const within = (r: number, a: Expr) => B("mul", K(r), U("tanh", a)); // in (-r, r)

type Build = (a: Expr, b: Expr, c: Expr) => Expr;
const unary = (op: string, wrap: (a: Expr) => Expr = (a) => a): Build => (a) => U(op, wrap(a));
/**
 * One way to build a node per entry. Arguments that could grow without bound are squashed
 * before exp-like functions (no overflow), and domains are met by construction.
 */
const FORMS: Build[] = [
  ...["neg", "sin", "cos", "atan", "tanh", "asinh", "square", "abs", "sign", "floor", "ceil", "round", "trunc", "sigmoid", "relu", "softplus"].map(
    (op) => unary(op),
  ),
  unary("tan", (a) => within(1.5, a)), // |arg| < 1.5 < π/2
  ...["asin", "acos", "atanh"].map((op) => unary(op, (a) => within(0.9, a))),
  ...["sinh", "cosh", "exp", "exp2", "expm1"].map((op) => unary(op, (a) => within(3, a))),
  ...["log", "log2", "log10", "sqrt", "cbrt"].map((op) => unary(op, atLeast1)),
  unary("cbrt", (a) => U("neg", atLeast1(a))),
  unary("log1p", (a) => U("square", a)),
  unary("acosh", (a) => B("add", K(1.25), U("square", a))),
  ...["add", "sub", "mul", "max", "min", "hypot"].map((op): Build => (a, b) => B(op, a, b)),
  (a, b) => B("div", a, atLeast1(b)),
  (a, b) => B("mod", a, B("add", K(0.5), U("sigmoid", b))), // divisor in (0.5, 1.5)
  (a, b) => B("pow", atLeast1(a), within(2, b)),
  ...[0, 1, 2, 3].map((n): Build => (a) => B("pow", within(2, a), K(n))), // negative bases too
  (a, b) => B("atan2", a, atLeast1(b)), // x ≥ 1: away from the branch cut and the origin
  (a, b) => B("atan2", atLeast1(a), b),
  ...["max*", "min*", "hypot*", "maxN", "minN"].map((op): Build => (a, b, c) => ({ op, args: [a, b, c] })),
];

// Points and constants are uniform on grids (fast-check's doubles are uniform over float bit
// patterns, so mostly subnormal-sized, and biased towards 0 and the bounds). The two grids are
// offset, so a coordinate never equals a constant or lands exactly on 0, where a kink of
// abs/max/relu/hypot would be hit exactly: there AD's conventions (abs'(0) = 1, a tie's ½ + ½)
// are not derivatives, and a smooth composition through a kink, such as max(x, -x)², gets a
// wrong second derivative from any AD system.
const onGrid = (offset: number) => fc.noBias(fc.integer({ min: -2e9, max: 2e9 - 1 })).map((k) => (k + offset) / 1e9);
const coordinate = onGrid(0.5);
const constant = fc.oneof(fc.constantFrom(0, 1, -1, 0.5, 2), onGrid(0.25));
const direction = fc.double({ min: -1, max: 1, noNaN: true });

const hasVariable = (e: Expr): boolean => ("i" in e ? true : "op" in e ? e.args.some(hasVariable) : false);

/**
 * Trees over n variables: a form at the root, then at most `depth - 1` more levels of forms
 * (each form adds a few primitives: log(1 + a²) is four nodes). Trees without a variable have
 * nothing to differentiate and are not generated.
 */
function expression(n: number, depth: number): fc.Arbitrary<Expr> {
  const leaf = fc.oneof({ arbitrary: fc.nat(n - 1).map(V), weight: 3 }, { arbitrary: constant.map(K), weight: 1 });
  const level = (d: number): fc.Arbitrary<Expr> => {
    if (d === 0) return leaf;
    const sub = level(d - 1);
    const node = fc.tuple(fc.nat(FORMS.length - 1), sub, sub, sub).map(([k, a, b, c]) => FORMS[k](a, b, c));
    return d === depth ? node : fc.oneof({ arbitrary: leaf, weight: 1 }, { arbitrary: node, weight: 3 });
  };
  return level(depth).filter(hasVariable);
}

/** A function of n = 2..4 variables with its point. */
const vectorCase = (depth: number) =>
  fc.integer({ min: 2, max: 4 }).chain((n) => fc.record({ e: expression(n, depth), x: fc.array(coordinate, { minLength: n, maxLength: n }) }));

// ---- numerical oracle and comparisons ----------------------------------------------------------

const H = 1e-6;

/**
 * Central differences of g along `dir` with step h, an estimate of their error, and whether g is
 * smooth there at the scale of the step. The error estimate is the change from step 2h to h:
 * O(h²) where g is smooth, and the O(h) error across a kink of g' (max(-x, 0)² at 0). A kink
 * or jump of g itself within 2h (abs, floor, mod, max...) makes the one-sided differences differ
 * by O(1), or the two central differences (a jump whose midpoint value is the average of its
 * sides, sign(x) + x at 0, fools the one-sided test); the central difference means nothing there.
 */
function difference(g: (x: number[]) => number[], x: readonly number[], dir: readonly number[]) {
  const at = (s: number) => g(x.map((v, k) => v + s * dir[k]));
  const up2 = at(2 * H), up = at(H), mid = at(0), down = at(-H), down2 = at(-2 * H);
  const central = up.map((u, i) => (u - down[i]) / (2 * H));
  const error = central.map((c, i) => Math.abs(c - (up2[i] - down2[i]) / (4 * H)));
  const smooth = central.every((c, i) => {
    const oneSided = Math.abs((up[i] - mid[i]) / H - (mid[i] - down[i]) / H);
    return Number.isFinite(c) && Math.max(oneSided, error[i]) <= 1e-3 * (1 + Math.abs(c));
  });
  return { central, error, smooth };
}

const unit = (n: number, j: number) => Array.from({ length: n }, (_, k) => (k === j ? 1 : 0));
const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, k) => s + v * b[k], 0);

/**
 * Tolerance for a central difference of values up to `scale` in size: the quotient loses about
 * ε·scale/h to rounding (ε·1e6 ≈ 2e-10 per unit), and the truncation error is O(h²) relative.
 */
const numericalTolerance = (expected: number, scale: number, error = 0) => 1e-6 * Math.abs(expected) + 2e-8 * (1 + scale) + error;
/** Exact modes differ only by the order of floating-point sums. */
const exactTolerance = (expected: number, scale: number) => 1e-10 * (1 + Math.abs(expected) + scale);

function expectNear(actual: number, expected: number, tol: number, what: string, tree: Expr): void {
  const ok = Math.abs(actual - expected) <= tol;
  expect(ok, `${what}: got ${actual}, expected ${expected} (±${tol.toExponential(1)}) for ${show(tree)}`).toBe(true);
}
function expectMatrix(actual: number[][], expected: number[][], tol: (e: number) => number, what: string, tree: Expr): void {
  expected.forEach((row, i) => row.forEach((e, j) => expectNear(actual[i][j], e, tol(e), `${what}[${i}][${j}]`, tree)));
}

/** Every value of the tree, evaluated on plain numbers, must be finite (the generators promise it). */
function plainValue(e: Expr, x: readonly number[]): { value: number; scale: number } {
  const seen = { max: 0 };
  const value = evaluate(e, x, NUMERIC, seen);
  expect(Number.isFinite(seen.max), `a value of ${show(e)} overflowed at ${x}`).toBe(true);
  return { value, scale: seen.max };
}

// ---- bookkeeping: how many cases ran, how many skipped the numerical comparison ------------

const stats: Record<string, { ran: number; rough: number }> = {};
const count = (name: string, smooth: boolean) => {
  const s = (stats[name] ??= { ran: 0, rough: 0 });
  s.ran++;
  if (!smooth) s.rough++;
};
const SEED = process.env.TYPEGRAD_FC_SEED === undefined ? 20240611 : Number(process.env.TYPEGRAD_FC_SEED);
const run = <Ts>(name: string, numRuns: number, property: fc.IRawProperty<Ts>) => {
  fc.assert(property, { numRuns, seed: SEED });
  // The numerical comparison must not have been skipped so often that it means little.
  expect(stats[name].rough, `${name}: non-smooth cases`).toBeLessThan(0.1 * stats[name].ran);
};
afterAll(() => {
  if (process.env.TYPEGRAD_FC_STATS) console.log(JSON.stringify(stats));
});

// ---- the properties -----------------------------------------------------------------------------

describe("the generators", () => {
  it("use every primitive of the table, and both interpreters know every operation", () => {
    const used = new Set<string>();
    const collect = (e: Expr): void => {
      if ("op" in e) {
        used.add(e.op);
        e.args.forEach(collect);
      }
    };
    FORMS.forEach((build) => collect(build(V(0), V(1), V(2))));
    expect([...PRIMITIVES.keys()].filter((name) => !used.has(name)), "primitives without a form").toEqual([]);
    expect([...used].filter((op) => !(op in NUMERIC) || !(op in AD)), "operations without an implementation").toEqual([]);
  });
});

describe("one input: forward = reverse = central differences", () => {
  it("first order (derivative, jvp, grad, valueAndGrad)", () => {
    run(
      "scalar first order",
      500,
      fc.property(expression(1, 5), coordinate, (e, x) => {
        const f = (u: number) => evaluate(e, [u], AD);
        const { value, scale } = plainValue(e, [x]);
        const fwd = derivative(f)(x), rev = grad(f)(x);
        const [v, vg] = valueAndGrad(f)(x);
        expectNear(v, value, exactTolerance(value, scale), "value", e);
        expectNear(rev, fwd, exactTolerance(fwd, scale), "grad vs derivative", e);
        expect(vg).toBe(rev);
        expectNear(jvp(f, [x], [-0.5])[1], -0.5 * fwd, exactTolerance(fwd, scale), "jvp with tangent -0.5", e);
        const d = difference((p) => [evaluate(e, p, NUMERIC)], [x], [1]);
        count("scalar first order", d.smooth);
        if (d.smooth) expectNear(fwd, d.central[0], numericalTolerance(d.central[0], scale, d.error[0]), "derivative vs central difference", e);
      }),
    );
  });

  it("second order (all four nestings) against central differences of the exact derivative", () => {
    run(
      "scalar second order",
      200,
      fc.property(expression(1, 5), coordinate, (e, x) => {
        const f = (u: number) => evaluate(e, [u], AD);
        const { scale } = plainValue(e, [x]);
        const d1 = derivative(f);
        const ff = derivative(derivative(f))(x);
        const s = scale + Math.abs(d1(x));
        for (const [mode, d] of [
          ["reverse over reverse", grad(grad(f))(x)],
          ["forward over reverse", derivative(grad(f))(x)],
          ["reverse over forward", grad(derivative(f))(x)],
        ] as const) {
          expectNear(d, ff, exactTolerance(ff, s), `${mode} vs forward over forward`, e);
        }
        const d = difference((p) => [d1(p[0])], [x], [1]);
        count("scalar second order", d.smooth);
        if (d.smooth) expectNear(ff, d.central[0], numericalTolerance(d.central[0], s, d.error[0]), "second derivative vs central difference", e);
      }),
    );
  });
});

describe("2–4 inputs: gradients and Hessians in every mode", () => {
  it("gradient: grad = jacfwd = central differences", () => {
    run(
      "vector gradient",
      300,
      fc.property(vectorCase(4), ({ e, x }) => {
        const F = (v: number[]) => evaluate(e, v, AD);
        const { scale } = plainValue(e, x);
        const rev = grad(F)(x);
        const fwd = jacfwd(F)(x);
        expect(rev.length).toBe(x.length);
        expectMatrix([rev], [fwd], (v) => exactTolerance(v, scale), "grad vs jacfwd", e);
        let smooth = true;
        x.forEach((_, j) => {
          const d = difference((p) => [evaluate(e, p, NUMERIC)], x, unit(x.length, j));
          smooth &&= d.smooth;
          if (d.smooth) expectNear(rev[j], d.central[0], numericalTolerance(d.central[0], scale, d.error[0]), `∂/∂x${j} vs central difference`, e);
        });
        count("vector gradient", smooth);
      }),
    );
  });

  it("Hessian: hessian = jacrev∘grad = jacfwd∘(gradient by jvp) = jacrev∘(gradient by jvp) = central differences; hvp = H·v", () => {
    run(
      "vector Hessian",
      150,
      fc.property(vectorCase(3), fc.array(direction, { minLength: 4, maxLength: 4 }), ({ e, x }, w) => {
        const n = x.length;
        const F = (v: number[]) => evaluate(e, v, AD);
        const { scale } = plainValue(e, x);
        const gradByJvp = (v: number[]) => v.map((_, j) => jvp(F, [v], [unit(n, j)])[1]);
        const Hfr = hessian(F)(x);
        const s = scale + grad(F)(x).reduce((a, g) => a + Math.abs(g), 0);
        const tol = (v: number) => exactTolerance(v, s);
        expectMatrix(jacrev((v: number[]) => grad(F)(v))(x), Hfr, tol, "reverse over reverse vs hessian", e);
        expectMatrix(jacfwd(gradByJvp)(x), Hfr, tol, "forward over forward vs hessian", e);
        expectMatrix(jacrev(gradByJvp)(x), Hfr, tol, "reverse over forward vs hessian", e);
        expectMatrix(Hfr, Hfr.map((_, i) => Hfr.map((row) => row[i])), tol, "symmetry", e);
        const v = w.slice(0, n);
        const Hv = Hfr.map((row) => dot(row, v));
        expectMatrix([hvp(F, x, v)], [Hv], tol, "hvp vs H·v", e);
        let smooth = true;
        x.forEach((_, j) => {
          const d = difference((p) => grad(F)(p), x, unit(n, j));
          smooth &&= d.smooth;
          if (d.smooth) d.central.forEach((c, i) => expectNear(Hfr[i][j], c, numericalTolerance(c, s, d.error[i]), `H[${i}][${j}] vs central difference of the gradient`, e));
        });
        count("vector Hessian", smooth);
      }),
    );
  }, 20_000);
});

describe("vector functions: Jacobians and the VJP identity", () => {
  const vectorFunction = fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
    .chain(([n, m]) =>
      fc.record({
        es: fc.array(expression(n, 3), { minLength: m, maxLength: m }),
        x: fc.array(coordinate, { minLength: n, maxLength: n }),
        t: fc.array(direction, { minLength: n, maxLength: n }),
        c: fc.array(direction, { minLength: m, maxLength: m }),
      }),
    );

  it("⟨t, vjp(c)⟩ = ⟨jvp(t), c⟩, and jacfwd = jacrev = jacobian = central differences", () => {
    run(
      "vector function",
      300,
      fc.property(vectorFunction, ({ es, x, t, c }) => {
        const G = (v: number[]) => es.map((e) => evaluate(e, v, AD));
        const tree: Expr = { op: "outputs", args: es };
        const scale = Math.max(...es.map((e) => plainValue(e, x).scale));
        const [y, back] = vjp(G, x);
        const [y2, Jt] = jvp(G, [x], [t]);
        expect(y2).toEqual(y);
        const ct = back(c);
        const lhs = dot(t, ct), rhs = dot(Jt, c);
        const size = t.reduce((a, v, k) => a + Math.abs(v * ct[k]), 0) + Jt.reduce((a, v, i) => a + Math.abs(v * c[i]), 0);
        expectNear(lhs, rhs, exactTolerance(0, size + scale), "⟨t, vjp(c)⟩ vs ⟨jvp(t), c⟩", tree);

        const Jf = jacfwd(G)(x), Jr = jacrev(G)(x);
        const tol = (v: number) => exactTolerance(v, scale);
        expectMatrix(Jr, Jf, tol, "jacrev vs jacfwd", tree);
        expectMatrix(jacobian(G)(x), Jf, tol, "jacobian vs jacfwd", tree);
        expectMatrix([Jt], [Jf.map((row) => dot(row, t))], (v) => exactTolerance(v, size + scale), "jvp vs J·t", tree);
        let smooth = true;
        x.forEach((_, j) => {
          const d = difference((p) => es.map((e) => evaluate(e, p, NUMERIC)), x, unit(x.length, j));
          smooth &&= d.smooth;
          if (d.smooth) d.central.forEach((cd, i) => expectNear(Jf[i][j], cd, numericalTolerance(cd, scale, d.error[i]), `J[${i}][${j}] vs central difference`, tree));
        });
        count("vector function", smooth);
      }),
    );
  });
});
