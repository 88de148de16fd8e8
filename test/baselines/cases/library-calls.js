// Active values crossing into library code: passed as their numbers where the result cannot
// carry a derivative, kept where the result is built from them, an error where a number would
// come back as a constant. Values typed any keep JavaScript's meaning; Number(x) is +x; a sort
// comparator's result is its primal. Async functions cannot be handed to transforms.
import { grad, valueAndGrad } from "typegrad";
import * as z from "../../transformer/fixtures/schema-like.js";
import * as __typegrad from "typegrad";
const table = new Map([[3, 7]]);
const seen = new Set([1, 2, 3]);
export const lookups = valueAndGrad((x) => {
    console.log("x", __typegrad.numberOf(x), JSON.stringify(__typegrad.numberOf(x)));
    const hit = [1, 2, 3].includes(__typegrad.numberOf(x)) || seen.has(__typegrad.numberOf(x)) || Object.is(__typegrad.numberOf(x), 3);
    const at = __typegrad.add([1, 2, 3].indexOf(__typegrad.numberOf(x)), (table.get(__typegrad.numberOf(x)) ?? 0));
    const ok = z.number().int().safeParse(__typegrad.numberOf(x)).success;
    return hit && ok ? __typegrad.mul(at, x) : __typegrad.toNumber(x);
});
export const carried = grad((xs) => {
    const out = [];
    out.push(__typegrad.mul(xs[0], 2));
    const sorted = out.concat(xs).sort(__typegrad.comparator((a, b) => __typegrad.sub(a, b)));
    return __typegrad.add(sorted[0], sorted[1]);
});
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const untyped = grad((w, p) => __typegrad.sub(__typegrad.add(__typegrad.add(("param " + __typegrad.plainOf(p.name)).length, __typegrad.mul((__typegrad.truthOf(p.flag) ? 1 : 0), w)), __typegrad.anyMul(p.scale, w)), __typegrad.anyNeg(p.offset)));
// TG1008: the library's result may hold the number, which would come back as a constant.
export const parsed = grad((x) => z.number().parse(x) * 2);
export const wrapped = grad((x) => z.number().safeParse(x).data ?? 0);
// TG1009: a transform differentiates what a function returns synchronously.
async function slow(x) {
    return x * x;
}
async function slow$ad(x) {
    return __typegrad.mul(x, x);
}
export const later = grad(async (x) => __typegrad.mul(x, x));
export const named = valueAndGrad(slow$ad);
