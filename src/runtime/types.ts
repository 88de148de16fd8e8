/**
 * The user-facing types. `Var` and `Dual` are `number` to the type checker, told apart by an
 * optional brand, so plain arithmetic on them type-checks with `tsc --strict` and a plain
 * number is accepted wherever one is expected. At run time they are objects (see `active.ts`)
 * and the typegrad transformer rewrites the arithmetic into runtime calls.
 */

declare const varBrand: unique symbol;
declare const dualBrand: unique symbol;

/**
 * A reverse-mode value: a number recorded on a tape.
 * @example
 * const tape = new Tape();
 * const x: Var = tape.variable(0.5);
 */
export type Var = number & { readonly [varBrand]?: true };

/**
 * A forward-mode value: a number carrying a tangent.
 * @example
 * const d: Dual = dual(0.5, 1); // value 0.5, derivative 1
 */
export type Dual = number & { readonly [dualBrand]?: true };

/** Anything a differentiable scalar can be at run time: a number or an active value. */
export type Scalar = number | Var | Dual;
