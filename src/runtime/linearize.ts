/**
 * `linearize` (JAX's): evaluate a function once, keep its linearisation, and evaluate
 * directional derivatives at that point for any number of tangents without running the
 * function again. The function runs once on a tape, which records each operation's local
 * partials; a tangent is then one forward sweep over that tape (Σ partial · input tangent,
 * in recording order — the same products and sums forward mode computes).
 */
import { VarNum, type Value } from "./active.js";
import { shapeKey } from "./blocks.js";
import { belongs, checkFunction, primalAt } from "./levels.js";
import { checkOptions, select, trailingOptions, type Argnums } from "./options.js";
import { flatten } from "./structure.js";
import { recordChosen, type ChosenArgs } from "./transforms.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fn = (...args: any[]) => any;

/**
 * `linearize(f, ...primals)` returns `[f(...primals), jvpAt]`; `jvpAt(...tangents)` is the
 * directional derivative along tangents structured like the primals, computed from the
 * recorded linearisation without evaluating `f` again. Options come last, as for `vjp`:
 * with `{ argnums }` tangents are given for the chosen arguments only; with `{ hasAux: true }`
 * the result is `[value, jvpAt, aux]`.
 * @example
 * const [y, jvpAt] = linearize((x: number) => Math.sin(x) * x, 0.5);
 * jvpAt(1); // cos(0.5)·0.5 + sin(0.5)
 * jvpAt(2); // twice that, without running the function again
 */
export function linearize<A extends unknown[], Y>(f: (...args: A) => Y, ...primals: A): [Y, (...tangents: A) => Y];
export function linearize<A extends unknown[], Y, Aux, const N extends Argnums | undefined = undefined>(
  f: (...args: A) => readonly [Y, Aux],
  ...primalsAndOptions: [...A, { argnums?: N; hasAux: true }]
): [Y, (...tangents: ChosenArgs<A, N>) => Y, Aux];
export function linearize<A extends unknown[], Y, const N extends Argnums | undefined = undefined>(
  f: (...args: A) => Y,
  ...primalsAndOptions: [...A, { argnums?: N; hasAux?: false }]
): [Y, (...tangents: ChosenArgs<A, N>) => Y];
export function linearize(f: Fn, ...rest: unknown[]): unknown[] {
  checkFunction(f, "linearize");
  const [primals, options] = trailingOptions(rest);
  const s = select(checkOptions(options, "linearize"), primals.length, "linearize");
  const { tape, out, aux, vars } = recordChosen(f, primals, s, "linearize");
  const outFlat = flatten(out, "linearize's function result");
  const value = outFlat.build(outFlat.leaves.map((y) => primalAt(tape, y)), true);
  let last = -1;
  for (const y of outFlat.leaves) if (belongs(tape, y) && (y as VarNum).i > last) last = (y as VarNum).i;
  const chosen = s.indices.map((k) => primals[k]);
  const expected = chosen.map((x) => shapeKey(x));
  const jvpAt = (...tangents: unknown[]): unknown => {
    if (tangents.length !== chosen.length) {
      throw new TypeError(`typegrad: linearize's jvpAt takes ${chosen.length} tangent(s), one per ${s.single || options === undefined ? "" : "chosen "}argument; got ${tangents.length}`);
    }
    tangents.forEach((t, k) => {
      if (shapeKey(t) !== expected[k]) {
        throw new TypeError(
          `typegrad: linearize's tangent ${k} must be shaped like argument ${s.indices[k]} (${expected[k]}); got ${shapeKey(t)}`,
        );
      }
    });
    const seeds = flatten(tangents, "linearize's tangents").leaves;
    const t: Value[] = last < 0 ? [] : tape.tangents(vars.map((v) => v.i), seeds, last);
    return outFlat.build(outFlat.leaves.map((y) => (belongs(tape, y) ? t[(y as VarNum).i] : 0)), true);
  };
  return s.hasAux ? [value, jvpAt, aux] : [value, jvpAt];
}
