// Results of every transform for Float64Array arguments, on compiled code and on the runtime
// (debugNans turns compiled code off): structured like the arguments as SPEC.md says — a
// gradient (and hvp's H·v) of a Float64Array is a Float64Array; Jacobian and Hessian blocks are
// rows of numbers (number[][]), as for number[]. Values against closed forms.
import { afterEach, describe, expect, it } from "vitest";
import { debugNans, grad, hessian, hvp, jacfwd, jacobian, jacrev, linearize, valueAndGrad, vjp } from "typegrad";

/** Σ xᵢ³: gradient 3xᵢ², Hessian diag(6xᵢ). */
const cubes = (x: Float64Array): number => {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * x[i] * x[i];
  return s;
};
/** [x0·x1, sin(x0)]: Jacobian [[x1, x0], [cos x0, 0]]. */
const pair = (x: Float64Array): number[] => [x[0] * x[1], Math.sin(x[0])];

const x = Float64Array.of(0.5, -1.5);
const v = Float64Array.of(2, 0.25);
const gradient = [3 * 0.25, 3 * 2.25];
const H = [[6 * 0.5, 0], [0, 6 * -1.5]];
const J = [[-1.5, 0.5], [Math.cos(0.5), 0]];

afterEach(() => debugNans(false));

function close(actual: ArrayLike<number>, want: readonly number[]): void {
  expect(actual.length).toBe(want.length);
  want.forEach((w, k) => expect(Math.abs(actual[k]! - w)).toBeLessThanOrEqual(1e-14 * (1 + Math.abs(w))));
}

describe.each([["compiled code", false], ["the runtime", true]] as const)("Float64Array arguments on %s", (_, runtime) => {
  it("grad, valueAndGrad, vjp: Float64Array gradients", () => {
    debugNans(runtime);
    const g = grad(cubes)(x);
    expect(g).toBeInstanceOf(Float64Array);
    close(g, gradient);
    const [value, g2] = valueAndGrad(cubes)(x);
    expect(value).toBe(0.125 - 3.375);
    expect(g2).toBeInstanceOf(Float64Array);
    const [, back] = vjp(cubes, x);
    const pulled = back(2);
    expect(pulled).toBeInstanceOf(Float64Array);
    close(pulled, gradient.map((gk) => 2 * gk));
    const [, backPair] = vjp(pair, x);
    const c = backPair([1, -1]);
    expect(c).toBeInstanceOf(Float64Array);
    close(c, [J[0]![0]! - J[1]![0]!, J[0]![1]! - J[1]![1]!]);
  });

  it("hvp: H·v a Float64Array; hessian, jacfwd, jacrev, jacobian: rows of numbers", () => {
    debugNans(runtime);
    const hv = hvp(cubes, x, v);
    expect(hv).toBeInstanceOf(Float64Array);
    close(hv, [H[0]![0]! * 2, H[1]![1]! * 0.25]);
    const Hx = hessian(cubes)(x);
    Hx.forEach((row, i) => {
      expect(Array.isArray(row)).toBe(true);
      close(row, H[i]!);
    });
    for (const jac of [jacfwd, jacrev, jacobian]) {
      const Jx = jac(pair)(x);
      Jx.forEach((row, i) => {
        expect(Array.isArray(row)).toBe(true);
        close(row, J[i]!);
      });
    }
  });

  it("linearize: the directional derivative of a number output is a number", () => {
    debugNans(runtime);
    const [value, at] = linearize(cubes, x);
    expect(value).toBe(0.125 - 3.375);
    const d = at(v);
    expect(typeof d).toBe("number");
    expect(Math.abs(d - (gradient[0]! * 2 + gradient[1]! * 0.25))).toBeLessThanOrEqual(1e-14 * 10);
  });
});
