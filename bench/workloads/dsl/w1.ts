/**
 * W1 as a user writes it: plain operators and `Math.sin`. Meant to be compiled with the
 * typegrad transformer (see bench/tsconfig.transformer.json); without it, running this throws
 * typegrad's "untransformed arithmetic" TypeError. The hand-called twin is
 * bench/contenders/typegrad-rev-runtime-calls.ts.
 */
import { grad, jvp } from "typegrad";

export const f = (x0: number, x1: number): number => Math.sin(x0) * (x0 + x1);

export const gradF = grad(f);

/** Both partials by two forward passes. */
export const fwdF = (x0: number, x1: number): [number, number] => [
  jvp(f, [x0, x1], [1, 0])[1],
  jvp(f, [x0, x1], [0, 1])[1],
];
