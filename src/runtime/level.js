/**
 * A level is one differentiation in progress: a forward-mode tag or a reverse-mode tape.
 * Levels are ordered by creation, so a value created inside a nested transform always sits
 * above the values of the transforms around it; that order is what keeps nested derivatives
 * apart (ForwardDiff's tags, JAX's main traces).
 */
let created = 0;
export class Level {
    owner;
    /** @internal Creation order; a higher order is further inside. */
    order = ++created;
    /** @internal False once the transform that made this level has returned. */
    open = true;
    /** What made the level, for error messages ("grad", "derivative", "Tape", ...). */
    constructor(owner) {
        this.owner = owner;
    }
}
/** The level of a forward-mode differentiation. */
export class Tag extends Level {
    /** @internal */
    isTape = false;
}
