/**
 * A level is one differentiation in progress: a forward-mode tag or a reverse-mode tape.
 * Levels are ordered by creation, so a value created inside a nested transform always sits
 * above the values of the transforms around it; that order is what keeps nested derivatives
 * apart (ForwardDiff's tags, JAX's main traces).
 */
let created = 0;

export abstract class Level {
  /** @internal Creation order; a higher order is further inside. */
  readonly order: number = ++created;
  /** @internal False once the transform that made this level has returned. */
  open = true;
  /** What made the level, for error messages ("grad", "derivative", "Tape", ...). */
  constructor(readonly owner: string) {}
  /** @internal */
  abstract readonly isTape: boolean;
}

/** The level of a forward-mode differentiation. */
export class Tag extends Level {
  /** @internal */
  readonly isTape = false;
}

/**
 * The level of every Dual made by hand with `dual()`: created before any other, so it is the
 * outermost of all and never closes. Hand-made duals therefore share one direction (as seed
 * 001's Dual class: the tangent of dual(2, 1) · dual(3, 1) is 2 + 3 = 5), and transforms run
 * on them nest inside it like inside any enclosing transform.
 */
export const USER_LEVEL = new Tag("dual()");
