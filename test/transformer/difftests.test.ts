// The DiffTests.jl function sets, iterated from their tables as ForwardDiff.jl and
// ReverseDiff.jl iterate them: every function, in forward and in reverse mode, against central
// differences (Richardson-extrapolated, ~1e-6) and against the other mode (~1e-12). The tables
// live in another module, so each function reaches the transforms as a value read out of an
// object by Object.entries — never written as a transform's argument.
import { describe, it } from "vitest";
import { checkGrads, derivative, grad, hessian, jacfwd, jacobian, jacrev, jvp, pipe, trace, valueAndGrad, vjp } from "typegrad";
import { ARRAY_TO_ARRAY, MATRIX_TO_NUMBER, NUMBER_TO_ARRAY, NUMBER_TO_NUMBER, VECTOR_TO_NUMBER } from "./fixtures/difftests.js";
import { expectNear, richardson, richardsonGrad, richardsonJacobian } from "../numeric.js";

const NUMERIC = 1e-6; // against central differences
const MODES = 1e-12; // forward against reverse
// The value a transform reports against the plain call: equal but for the last bit, since
// differentiable code computes Math.exp with typegrad's correctly rounded exp and V8's
// Math.exp is not (exp(-0.6) is 0.5488116360940264, Math.exp(-0.6) 0.5488116360940265).
const VALUE = 4e-16;

const SCALARS = [0.3, 0.7, 1.1];
const VECTORS = [
  [0.4, 0.9, 1.3, 0.2, 0.7],
  [-0.6, 0.8, 1.1, -0.3, 0.5],
  [0.25, -0.45, 0.65, 0.95, -0.85],
];
// Square matrices, row-major, entries in (0, 1) so that every mat2num is defined.
const MATRICES = [
  [0.9, 0.2, 0.1, 0.3, 0.8, 0.25, 0.15, 0.35, 0.7],
  [0.6, 0.45, 0.3, 0.1, 0.75, 0.5, 0.2, 0.05, 0.85],
  [0.8, 0.3, 0.2, 0.6],
];

/** The unit vector eₖ of length n. */
const unit = (n: number, k: number) => Array.from({ length: n }, (_, i) => (i === k ? 1 : 0));

describe("DiffTests.jl NUMBER_TO_NUMBER_FUNCS", () => {
  for (const [name, f] of Object.entries(NUMBER_TO_NUMBER)) {
    it(`${name}: derivative (forward) and grad (reverse)`, () => {
      for (const x of SCALARS) {
        const forward = derivative(f)(x);
        const reverse = grad(f)(x);
        expectNear(forward, richardson(f, x), NUMERIC, `${name}'(${x}) forward vs central differences`);
        expectNear(reverse, forward, MODES, `${name}'(${x}) reverse vs forward`);
        const [value, slope] = valueAndGrad(f)(x);
        expectNear(value, f(x), VALUE, `${name}(${x}) value`);
        expectNear(slope, reverse, MODES, `${name}'(${x}) valueAndGrad vs grad`);
      }
    });

    it(`${name}: checkGrads to second order, trace and pipe`, () => {
      for (const x of SCALARS) {
        checkGrads(f, [x], { order: 2 });
        const reverse = grad(f)(x);
        expectNear(trace(f, x).grad(x), reverse, MODES, `${name}'(${x}) traced`);
        // (½f²)' = f·f'
        expectNear(grad(pipe(f, (y: number) => 0.5 * y * y))(x), f(x) * reverse, MODES, `${name}'(${x}) through pipe`);
      }
    });

    it(`${name}: second derivative in the four nestings`, () => {
      for (const x of SCALARS) {
        const ff = derivative(derivative(f))(x);
        const fr = derivative(grad(f))(x);
        const rf = grad(derivative(f))(x);
        const rr = grad(grad(f))(x);
        expectNear(ff, richardson(grad(f), x), NUMERIC, `${name}''(${x}) vs central differences of grad`);
        expectNear(fr, ff, MODES, `${name}''(${x}) forward over reverse`);
        expectNear(rf, ff, MODES, `${name}''(${x}) reverse over forward`);
        expectNear(rr, ff, MODES, `${name}''(${x}) reverse over reverse`);
      }
    });
  }
});

describe("DiffTests.jl NUMBER_TO_ARRAY_FUNCS", () => {
  for (const [name, f] of Object.entries(NUMBER_TO_ARRAY)) {
    it(`${name}: derivative (forward) and jacrev (reverse)`, () => {
      for (const x of SCALARS) {
        const forward = derivative(f)(x);
        const numeric = f(x).map((_, i) => richardson((t) => f(t)[i]!, x));
        expectNear(forward, numeric, NUMERIC, `${name}'(${x}) forward vs central differences`);
        // Reverse mode: one column of the Jacobian of x ↦ f(x[0]).
        const reverse = jacrev((v: number[]) => f(v[0]!))([x]).map((row) => row[0]!);
        expectNear(reverse, forward, MODES, `${name}'(${x}) reverse vs forward`);
      }
    });
  }
});

describe("DiffTests.jl VECTOR_TO_NUMBER_FUNCS", () => {
  for (const [name, f] of Object.entries(VECTOR_TO_NUMBER)) {
    it(`${name}: grad (reverse), jacfwd and jvp (forward)`, () => {
      for (const x of VECTORS) {
        const reverse = grad(f)(x);
        expectNear(reverse, richardsonGrad(f, x), NUMERIC, `∇${name}(${x}) reverse vs central differences`);
        expectNear(jacfwd(f)(x), reverse, MODES, `∇${name}(${x}) jacfwd vs reverse`);
        const directional = x.map((_, k) => jvp(f, [x], [unit(x.length, k)])[1]);
        expectNear(directional, reverse, MODES, `∇${name}(${x}) jvp along each axis vs reverse`);
        const [value, pullback] = vjp(f, x);
        expectNear(value, f(x), VALUE, `${name}(${x}) value`);
        expectNear(pullback(1), reverse, MODES, `∇${name}(${x}) vjp vs grad`);
      }
    });
  }

  for (const [name, f] of Object.entries(VECTOR_TO_NUMBER)) {
    it(`${name}: checkGrads to second order, and trace`, () => {
      for (const x of VECTORS) {
        checkGrads(f, [x], { order: 2 });
        expectNear(trace(f, x).grad(x), grad(f)(x), MODES, `∇${name}(${x}) traced`);
      }
    });
  }

  // ReverseDiff also tests Hessians on these; forward over reverse (hessian) against reverse
  // over reverse (jacrev of grad), and against central differences of the gradient.
  for (const name of ["vec2num_1", "vec2num_3", "rosenbrock_1", "rosenbrock_2", "ackley", "self_weighted_logit"]) {
    it(`${name}: hessian`, () => {
      const f = VECTOR_TO_NUMBER[name]!;
      for (const x of VECTORS) {
        const h = hessian(f)(x);
        expectNear(h, richardsonJacobian(grad(f), x), NUMERIC, `∇²${name}(${x}) vs central differences of grad`);
        expectNear(jacrev(grad(f))(x), h, 1e-11, `∇²${name}(${x}) reverse over reverse vs forward over reverse`);
        for (let i = 0; i < x.length; i++) for (let j = 0; j < i; j++) expectNear(h[i]![j], h[j]![i], 1e-11, `∇²${name} symmetry (${i}, ${j})`);
      }
    });
  }
});

describe("DiffTests.jl MATRIX_TO_NUMBER_FUNCS (row-major square matrices)", () => {
  for (const [name, f] of Object.entries(MATRIX_TO_NUMBER)) {
    it(`${name}: grad (reverse) and jacfwd (forward)`, () => {
      for (const x of MATRICES) {
        const reverse = grad(f)(x);
        expectNear(reverse, richardsonGrad(f, x), NUMERIC, `∇${name}(${x}) reverse vs central differences`);
        expectNear(jacfwd(f)(x), reverse, MODES, `∇${name}(${x}) forward vs reverse`);
      }
    });
  }
});

describe("DiffTests.jl ARRAY_TO_ARRAY_FUNCS and MATRIX_TO_MATRIX_FUNCS", () => {
  for (const [name, f] of Object.entries(ARRAY_TO_ARRAY)) {
    it(`${name}: jacfwd (forward) and jacrev (reverse)`, () => {
      // Square matrices (arr2arr_2 and inv need them; the rest take any length ≥ 3).
      for (const x of MATRICES) {
        const forward = jacfwd(f)(x);
        expectNear(forward, richardsonJacobian(f, x), NUMERIC, `J${name}(${x}) forward vs central differences`);
        expectNear(jacrev(f)(x), forward, MODES, `J${name}(${x}) reverse vs forward`);
        expectNear(jacobian(f)(x), forward, MODES, `J${name}(${x}) jacobian vs jacfwd`);
      }
    });
  }

  it("inv: the Jacobian of the inverse is −(A⁻¹ ⊗ A⁻ᵀ), in closed form", () => {
    const a = MATRICES[0]!;
    const n = 3;
    const b = ARRAY_TO_ARRAY.inv!(a);
    // ∂(A⁻¹)ᵢⱼ/∂Aₖₗ = −(A⁻¹)ᵢₖ (A⁻¹)ₗⱼ
    const expected = Array.from({ length: n * n }, (_, ij) =>
      Array.from({ length: n * n }, (_, kl) => -b[Math.floor(ij / n) * n + Math.floor(kl / n)]! * b[(kl % n) * n + (ij % n)]!),
    );
    expectNear(jacrev(ARRAY_TO_ARRAY.inv!)(a), expected, 1e-12, "J inv closed form");
  });
});
