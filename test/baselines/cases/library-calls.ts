// Active values crossing into library code: passed as their numbers where the result cannot
// carry a derivative, kept where the result is built from them, an error where a number would
// come back as a constant. Values typed any keep JavaScript's meaning; Number(x) is +x; a sort
// comparator's result is its primal. Async functions cannot be handed to transforms.
import { grad, valueAndGrad } from "typegrad";
import * as z from "../../transformer/fixtures/schema-like.js";

const table = new Map([[3, 7]]);
const seen = new Set([1, 2, 3]);

export const lookups = valueAndGrad((x: number) => {
  console.log("x", x, JSON.stringify(x));
  const hit = [1, 2, 3].includes(x) || seen.has(x) || Object.is(x, 3);
  const at = [1, 2, 3].indexOf(x) + (table.get(x) ?? 0);
  const ok = z.number().int().safeParse(x).success;
  return hit && ok ? at * x : Number(x);
});

export const carried = grad((xs: number[]) => {
  const out: number[] = [];
  out.push(xs[0]! * 2);
  const sorted = out.concat(xs).sort((a, b) => a - b);
  return sorted[0]! + sorted[1]!;
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const untyped = grad((w: number, p: any) => ("param " + p.name).length + (p.flag ? 1 : 0) * w + p.scale * w - -p.offset);

// TG1008: the library's result may hold the number, which would come back as a constant.
export const parsed = grad((x: number) => z.number().parse(x) * 2);
export const wrapped = grad((x: number) => z.number().safeParse(x).data ?? 0);

// TG1009: a transform differentiates what a function returns synchronously.
async function slow(x: number): Promise<number> {
  return x * x;
}
export const later = grad(async (x: number) => x * x);
export const named = valueAndGrad(slow);
