import { guardHook } from "./guards.js";
const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");
export class Active {
    /** Strings show the primal value; any numeric use outside typegrad's runtime throws. */
    [Symbol.toPrimitive](hint) {
        if (hint === "string")
            return this.toString();
        throw untransformedError(this);
    }
    /** The primal as a string; a running `trace` records it as a guard (an index or key chosen by the value). */
    toString() {
        if (guardHook.fn !== null)
            guardHook.fn("key", this, this, true);
        return String(numberOf(this));
    }
    toJSON() {
        return numberOf(this);
    }
    [inspectSymbol]() {
        return numberOf(this);
    }
}
/** A forward-mode value `v + d·ε` of one tag. */
export class DualNum extends Active {
    v;
    d;
    level;
    constructor(v, d, level) {
        super();
        this.v = v;
        this.d = d;
        this.level = level;
    }
}
/** A reverse-mode value: node `i` of a tape, with value `v`. */
export class VarNum extends Active {
    v;
    i;
    level;
    constructor(v, i, level) {
        super();
        this.v = v;
        this.i = i;
        this.level = level;
    }
}
/** True for `Dual` and `Var` values at run time. */
export function isActive(x) {
    return x instanceof Active;
}
/**
 * The plain number inside any value, through every level of nesting.
 * @example
 * numberOf(dual(2, 1)); // 2
 */
export function numberOf(x) {
    let y = x;
    while (y instanceof Active)
        y = y.v;
    if (typeof y !== "number") {
        throw new TypeError(`typegrad: expected a number, Var or Dual, got ${describe(y)}`);
    }
    return y;
}
/** A short description of any value for error messages. */
export function describe(x) {
    if (x instanceof DualNum)
        return `a Dual (value ${numberOf(x)})`;
    if (x instanceof VarNum)
        return `a Var (value ${numberOf(x)})`;
    if (x === null)
        return "null";
    if (Array.isArray(x))
        return `an array of length ${x.length}`;
    if (typeof x === "object")
        return `an object (${Object.prototype.toString.call(x)})`;
    if (typeof x === "string")
        return `the string ${JSON.stringify(x)}`;
    return `${typeof x} ${String(x)}`;
}
function untransformedError(x) {
    const kind = x instanceof VarNum ? "Var" : "Dual";
    return new TypeError(`typegrad: a ${kind} (value ${numberOf(x)}) was used in plain JavaScript arithmetic or ` +
        "comparison, which cannot carry derivatives: this code ran without the typegrad " +
        "transformer (tsc, tsx, ts-node, Node's type stripping and TypeScript 7's tsc do not " +
        "apply it). Run it with `node --import typegrad/register app.ts`, build it with " +
        "`npx typegrad build` (any TypeScript, 7 included) or with tspc on TypeScript 6 " +
        '(tsconfig "plugins": [{ "transform": "typegrad/transformer" }]), or use the typegrad/vite ' +
        "plugin; and make the function differentiable code: type a parameter or the return as " +
        "Var/Dual, or pass the function to grad/derivative/... directly. Without the " +
        "transformer, call the runtime functions (add, mul, sin, ...).");
}
