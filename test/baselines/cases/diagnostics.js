// Constructs that cannot carry derivatives are compile-time errors with a fix hint.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
import { truncate$ad } from "./diagnostics-helper.js";
export const g = grad((x) => {
    const bits = x | 0;
    const big = BigInt(x);
    const rounded = Math.fround(x);
    const scaled = externalScale(x);
    let either = x;
    either ||= 1;
    return __typegrad.add(__typegrad.add(__typegrad.add(__typegrad.add(bits + Number(big), rounded), scaled), either), ~x);
});
import { truncate } from "./diagnostics-helper.js";
export const h = grad((x) => truncate$ad(x));
// A function whose code the program does not have cannot be differentiated (TG1007).
export const k = grad(__typegrad.ad(externalScale));
