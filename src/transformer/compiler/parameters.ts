/**
 * What compiled reverse code takes, parameter by parameter: the kinds string handed to
 * `withReverse` (one entry per parameter, checked against the arguments at run time by
 * src/runtime/compiled-params.ts), and which parameters a call site's `argnums` leaves out
 * (those are data to the code: read, never differentiated); and the simpler kinds string of
 * vector and Hessian code ("n" or "a" per parameter).
 *
 *   (W: number[][], b: number[], s: number, X: number[][]) with argnums [0, 1, 2]  →  "man D"
 *   (p: { w: number[]; b: number })                                                →  "{w:a,b:n}"
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import { type Env, typeOf } from "../analysis/calls.js";
import type { FunctionNode } from "../analysis/typegrad-source.js";
import type { Param } from "./ir.js";

/**
 * The kinds string of compiled reverse code: "n" a number, "a" an array of numbers, "m" an array
 * of such rows, "D" data (any tree of arrays of numbers; no gradient), "N" a number read as data,
 * "W" a string or boolean passed through as it is, "{key:kind,…}" a plain object of those fields
 * (an object of data fields only is data itself). @example kindsOf(ir.params) // "m{w:a,b:n}"
 */
export function kindsOf(params: readonly Param[]): string {
  return params.map(kindOf).join("");
}

function kindOf(param: Param): string {
  switch (param.k) {
    case "number": return param.fallback === undefined ? "n" : "o";
    case "array": return param.array.matrix ? "m" : "a";
    case "data": return param.kind ?? "D";
    case "object": return `{${param.fields.map((field) => `${field.key}:${kindOf(field.param)}`).join(",")}}`;
  }
}

/**
 * The kinds string of vector and Hessian code (`withVector`, `withHessian`), read from `fn`'s
 * declared parameter types: "n" a number, "a" anything else (an array of numbers, the only other
 * parameter that code takes). @example vectorKinds(env, fn) // "na" for (s: number, x: number[])
 */
export function vectorKinds(env: Env, fn: FunctionNode): string {
  return fn.parameters.map((p) => (typeOf(env, p).flags & ts.TypeFlags.NumberLike ? "n" : "a")).join("");
}

/**
 * The parameters a `grad`/`valueAndGrad` call leaves out with a literal `argnums` option
 * (`grad(f, { argnums: [0, 1] })`, `{ argnums: 2 }`), by index; none when the options are absent,
 * not written in place, or ask for `hasAux`. @example leftOut(site, 4) // [3] for argnums [0, 1, 2]
 */
export function leftOut(site: TS.Node, count: number): number[] {
  if (!ts.isCallExpression(site) || site.arguments.length !== 2) return [];
  const options = site.arguments[1]!;
  if (!ts.isObjectLiteralExpression(options)) return [];
  let chosen: number[] | undefined;
  for (const property of options.properties) {
    if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name)) return [];
    const value = property.initializer;
    if (property.name.text === "hasAux") {
      if (value.kind !== ts.SyntaxKind.FalseKeyword) return [];
    } else if (property.name.text === "argnums") {
      const items = ts.isArrayLiteralExpression(value) ? [...value.elements] : [value];
      if (!items.every(ts.isNumericLiteral)) return [];
      chosen = items.map((e) => Number((e as TS.NumericLiteral).text));
    } else {
      return [];
    }
  }
  if (!chosen) return [];
  const out: number[] = [];
  for (let k = 0; k < count; k++) if (!chosen.includes(k)) out.push(k);
  return out;
}
