// Each transform's result type follows from the function and the options, with no casts.
// The expectTypeOf lines are checked by the compiler: the last test type-checks this file.
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  checkpoint, derivative, grad, hessian, hvp, jacfwd, jacobian, jacrev, jvp, linearize, mul, stopGradient, valueAndGrad, vjp,
} from "./helpers.js";

const loss = (w: number[], b: number, x: Float64Array) => mul(mul(w[0], b), x[0]);
const withAux = (w: number[], b: number) => [mul(w[0], b), { acc: 1, name: "m" }] as [number, { acc: number; name: string }];
const vec = (x: number[], s: number) => [mul(x[0], s), x[1]];
const args = [[1, 2], 3, new Float64Array([4])] as const;

describe("types", () => {
  it("grad and valueAndGrad: argnums and hasAux", () => {
    expectTypeOf(grad(loss)).returns.toEqualTypeOf<[number[], number, Float64Array]>();
    expectTypeOf(grad(loss, { argnums: 0 })).returns.toEqualTypeOf<number[]>();
    expectTypeOf(grad(loss, { argnums: 2 })).returns.toEqualTypeOf<Float64Array>();
    expectTypeOf(grad(loss, { argnums: [2, 1] })).returns.toEqualTypeOf<[Float64Array, number]>();
    expectTypeOf(grad((x: number) => mul(x, x))).returns.toEqualTypeOf<number>();
    expectTypeOf(grad(withAux, { hasAux: true })).returns.toEqualTypeOf<[[number[], number], { acc: number; name: string }]>();
    expectTypeOf(grad(withAux, { hasAux: true, argnums: 1 })).returns.toEqualTypeOf<[number, { acc: number; name: string }]>();
    expectTypeOf(valueAndGrad(loss, { argnums: [0] })).returns.toEqualTypeOf<[number, [number[]]]>();
    expectTypeOf(valueAndGrad(withAux, { hasAux: true, argnums: 0 })).returns.toEqualTypeOf<[[number, { acc: number; name: string }], number[]]>();
    const [g0, g1] = grad(loss, { argnums: [0, 1] })(...args.slice(0, 2) as [number[], number], new Float64Array([4]));
    expectTypeOf(g0).toEqualTypeOf<number[]>();
    expectTypeOf(g1).toEqualTypeOf<number>();
  });

  it("forward mode, vjp and linearize", () => {
    expectTypeOf(derivative((x: number) => [x, x])).returns.toEqualTypeOf<number[]>();
    expectTypeOf(derivative((x: number, y: number) => mul(x, y))).returns.toEqualTypeOf<[number, number]>();
    expectTypeOf(derivative((x: number, y: number) => mul(x, y), { argnums: 1 })).returns.toEqualTypeOf<number>();
    expectTypeOf(jvp(loss, [[1], 2, new Float64Array(1)], [3], { argnums: 1 })).toEqualTypeOf<[number, number]>();
    expectTypeOf(jvp(withAux, [[1], 2], [[1], 0], { hasAux: true })).toEqualTypeOf<[number, number, { acc: number; name: string }]>();
    const [y, back] = vjp(vec, [1, 2], 3);
    expectTypeOf(y).toEqualTypeOf<number[]>();
    expectTypeOf(back).returns.toEqualTypeOf<[number[], number]>();
    const [, backAux, aux] = vjp(withAux, [1], 2, { hasAux: true, argnums: 0 });
    expectTypeOf(backAux).returns.toEqualTypeOf<number[]>();
    expectTypeOf(aux).toEqualTypeOf<{ acc: number; name: string }>();
    const [v, jvpAt] = linearize(vec, [1, 2], 3);
    expectTypeOf(v).toEqualTypeOf<number[]>();
    expectTypeOf(jvpAt).parameters.toEqualTypeOf<[number[], number]>();
    const [, jvpAt1] = linearize(vec, [1, 2], 3, { argnums: 1 });
    expectTypeOf(jvpAt1).parameters.toEqualTypeOf<[number]>();
  });

  it("Jacobians and Hessians", () => {
    expectTypeOf(jacfwd((x: number[]) => [x[0]])).returns.toEqualTypeOf<number[][]>();
    expectTypeOf(jacrev(vec)).returns.toEqualTypeOf<[number[][], number[]]>();
    expectTypeOf(jacobian(vec, { argnums: 1 })).returns.toEqualTypeOf<number[]>();
    expectTypeOf(jacfwd((x: number[]) => mul(x[0], x[1]))).returns.toEqualTypeOf<number[]>();
    expectTypeOf(jacfwd((p: { w: number; b: number[] }) => [p.w])).returns.toEqualTypeOf<{ w: number[]; b: number[][] }>();
    expectTypeOf(jacrev(withAux, { hasAux: true })).returns.toEqualTypeOf<[[number[], number], { acc: number; name: string }]>();
    expectTypeOf(hessian((x: number[]) => x[0])).returns.toEqualTypeOf<number[][]>();
    expectTypeOf(hessian((x: number, y: number) => mul(x, y))).returns.toEqualTypeOf<[[number, number], [number, number]]>();
    expectTypeOf(hessian((x: number[], s: number) => mul(x[0], s), { argnums: [0, 1] })).returns.toEqualTypeOf<[[number[][], number[]], [number[], number]]>();
    expectTypeOf(hvp((x: number[]) => x[0], [1], [1])).toEqualTypeOf<number[]>();
    expectTypeOf(hvp((x: number, y: number) => mul(x, y), [1, 2], [1, 0], { argnums: [0, 1] })).toEqualTypeOf<[number, number]>();
  });

  it("stopGradient and checkpoint keep their argument's type", () => {
    expectTypeOf(stopGradient([1, 2])).toEqualTypeOf<number[]>();
    expectTypeOf(checkpoint(loss)).toEqualTypeOf<typeof loss>();
  });

  it("misuse is a type error", () => {
    const neverCalled = () => {
      // @ts-expect-error a function returning a number cannot have hasAux: true
      grad((x: number) => x, { hasAux: true });
      // @ts-expect-error a pair needs hasAux: true
      grad((x: number) => [x, 1] as [number, number]);
      // @ts-expect-error argnums is a number or a list of numbers
      grad((x: number) => x, { argnums: "0" });
      // @ts-expect-error jvp with argnums 1 takes one tangent
      jvp((x: number, y: number) => mul(x, y), [1, 2], [1, 0], { argnums: 1 });
    };
    expect(typeof neverCalled).toBe("function");
  });

  it("this file type-checks (the expectTypeOf lines above are compile-time assertions)", () => {
    const file = fileURLToPath(import.meta.url);
    const config = ts.getParsedCommandLineOfConfigFile(fileURLToPath(new URL("../../tsconfig.json", import.meta.url)), {}, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    })!;
    const program = ts.createProgram([file], { ...config.options, noEmit: true });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  }, 60_000);
});
