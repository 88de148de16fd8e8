// Constructs that cannot carry derivatives are compile-time errors with a fix hint.
import { grad } from "typegrad";

declare function externalScale(value: number): number;

export const g = grad((x: number) => {
  const bits = x | 0;
  const big = BigInt(x);
  const rounded = Math.fround(x);
  const scaled = externalScale(x);
  let either = x; either ||= 1;
  return bits + Number(big) + rounded + scaled + either + ~x;
});

import { truncate } from "./diagnostics-helper.js";
export const h = grad((x: number) => truncate(x));

// A function whose code the program does not have cannot be differentiated (TG1007).
export const k = grad(externalScale);
