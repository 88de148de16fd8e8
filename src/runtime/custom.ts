/**
 * User-defined primitives and composition (seeds 000 and 004: a `Function` with `forward` and
 * `backward`). A defined function becomes a rule like the built-in ones, so it works in forward
 * mode, reverse mode and graph tracing; when its `forward` and `backward` are differentiable
 * code themselves, it works at higher order too.
 */
import { Active, describe, type Value } from "./active.js";
import { liftN, type RuleN } from "./lift.js";
import { call } from "./function-values.js";

/** What `defineFunction` takes. */
export interface FunctionSpec<A extends number[]> {
  /** Shown in graphs and error messages. */
  name: string;
  /** The value, on numbers. */
  forward: (...x: A) => number;
  /** The cotangents of the inputs given inputs `x`, output `y` and output cotangent `dy`. */
  backward: (x: number[], y: number, dy: number) => number[];
  /** Forward mode's rule (optional): the output tangent given inputs `x`, their tangents `dx` and output `y`. */
  jvp?: (x: number[], dx: number[], y: number) => number;
}

/**
 * Defines a differentiable primitive from its forward computation and its backward rule.
 * Forward mode uses `jvp(x, dx, y)` when given, else the partials `backward(x, y, 1)`.
 * Reverse mode uses `backward`. When the rules are differentiable code, higher orders work.
 * @example
 * const cube = defineFunction({
 *   name: "cube",
 *   forward: (x: number) => x * x * x,
 *   backward: (x: number[], y: number, dy: number) => [3 * x[0] * x[0] * dy],
 * });
 * grad(cube)(2); // 12
 */
export function defineFunction<A extends number[]>(spec: FunctionSpec<A>): (...x: A) => number {
  const { name, forward, backward, jvp } = spec ?? ({} as FunctionSpec<A>);
  if (typeof name !== "string" || typeof forward !== "function" || typeof backward !== "function") {
    throw new TypeError("typegrad: defineFunction takes { name: string, forward: function, backward: function, jvp?: function }");
  }
  if (jvp !== undefined && typeof jvp !== "function") {
    throw new TypeError(`typegrad: ${name}'s jvp must be a function (x, dx, y) => dy; got ${describe(jvp)}`);
  }
  const arity = forward.length;
  const checkArity = (xs: unknown[]) => {
    if (xs.length !== arity) throw new TypeError(`typegrad: ${name} takes ${arity} argument(s), got ${xs.length}`);
  };
  const rule: RuleN = {
    name,
    arity,
    num: forward as (...xs: number[]) => number,
    partials: (xs: Value[], y: Value) => {
      const ps = backward(xs as number[], y as number, 1);
      if (!Array.isArray(ps) || ps.length !== xs.length) {
        throw new TypeError(`typegrad: ${name}'s backward must return an array of ${xs.length} partial(s); got ${describe(ps)}`);
      }
      return ps;
    },
    jvp: jvp === undefined ? undefined : (xs: Value[], dxs: Value[], y: Value) => {
      const dy = jvp(xs as number[], dxs as number[], y as number) as unknown;
      if (typeof dy !== "number" && !(dy instanceof Active)) throw new TypeError(`typegrad: ${name}'s jvp must return one number; got ${describe(dy)}`);
      return dy as Value;
    },
    fn: (...xs: Value[]): Value => {
      checkArity(xs);
      return xs.some((x) => x instanceof Active) ? liftN(rule, xs) : checkNumber((forward as (...x: Value[]) => number)(...xs));
    },
  };
  const checkNumber = (y: unknown): number => {
    if (typeof y !== "number" && !(y instanceof Active)) throw new TypeError(`typegrad: ${name}'s forward returned ${describe(y)}, not a number`);
    return y as number;
  };
  return rule.fn as unknown as (...x: A) => number;
}

/**
 * Composes functions left to right, like seed 000's `pipe`: `pipe(f, g, h)(x) = h(g(f(x)))`.
 * The composition is differentiable whenever its parts are.
 * @example
 * grad(pipe(square, exp, square))(0.5); // 3.297442541400256
 */
export function pipe(...fs: Array<(x: number) => number>): (x: number) => number {
  fs.forEach((f, k) => {
    if (typeof f !== "function") throw new TypeError(`typegrad: pipe's argument ${k} is ${describe(f)}, not a function`);
  });
  // An active value goes to each part's differentiable version (a function value of the
  // program carries one), so `pipe(...table)` works whatever route the parts took.
  return (x: number) => fs.reduce((acc, f) => ((acc as unknown) instanceof Active ? (call(f, acc) as number) : f(acc)), x);
}
