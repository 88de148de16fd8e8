/**
 * The runtime side of forward-mode code compiled by the transformer (see the transformer's
 * forward-code.ts): a function handed to `derivative` or `jvp` may carry its compiled form,
 * `(x, ẋ, y, ẏ, …) => value`, which works on plain numbers with the primitive table's own
 * number functions and partials and returns its tangent through `forwardResult`. The
 * transforms use it when every input is a plain number, and the Dual runtime otherwise.
 *
 * Compiled code has no per-operation NaN checks: while `debugNans` is on, the transforms are
 * told there is none (they run the checked runtime, which computes the same numbers bit for
 * bit), and a transform made before it was turned on reports a NaN result as such.
 */
import { PRIMITIVES } from "./lift.js";
import { compiledNan, nanWatch } from "./nans.js";
import "./rules.js"; // the table must be complete before `rules` is built
const FORWARD = Symbol.for("typegrad.compiledForward");
const REVERSE = Symbol.for("typegrad.compiledReverse");
const ARITY = Symbol.for("typegrad.compiledForwardArity"); // read once: Function#length is slow
let tangentOut = 0;
let valueOut = 0;
/**
 * Attaches compiled forward code to `f` and returns `f` (emitted by the transformer).
 * @example derivative(withForward(f, (x, t) => forwardResult(x * x, 2 * x * t)))
 */
export function withForward(f, forward) {
    const slot = f;
    if (slot[FORWARD] !== forward) {
        slot[FORWARD] = forward;
        slot[ARITY] = forward.length / 2;
    }
    return f;
}
/** Returns `value` from compiled forward code, leaving `tangent` for the transform. @example forwardResult(4, 4) */
export function forwardResult(value, tangent) {
    tangentOut = tangent;
    if (nanWatch.on && (value !== value || tangent !== tangent))
        compiledNan("forward-mode");
    return value;
}
/** The compiled forward code attached to `f`, if any. */
export const compiledForward = (f) => nanWatch.on ? undefined : f[FORWARD];
const KINDS = Symbol.for("typegrad.compiledReverseKinds");
/**
 * Attaches compiled reverse code to `f` and returns `f` (emitted by the transformer). `kinds`
 * has one letter per parameter: "n" for a number, "a" for an array of numbers.
 * @example grad(withReverse(f, (x) => reverseResult(x * x, [2 * x]), "n"))
 */
export function withReverse(f, reverse, kinds) {
    const slot = f;
    if (slot[REVERSE] !== reverse) {
        slot[REVERSE] = reverse;
        slot[KINDS] = kinds;
    }
    return f;
}
/** Returns the gradients from compiled reverse code, leaving `value` for the transform. @example reverseResult(9, [6]) */
export function reverseResult(value, gradient) {
    valueOut = value;
    if (nanWatch.on && (value !== value || gradient.some((g) => (typeof g === "number" ? g !== g : g.some(Number.isNaN)))))
        compiledNan("reverse-mode");
    return gradient;
}
/** The compiled reverse code attached to `f`, if any. */
export const compiledReverse = (f) => nanWatch.on ? undefined : f[REVERSE];
/**
 * True when `args` fit the compiled reverse code of `f`: one per parameter, numbers where it
 * takes numbers, arrays (or Float64Arrays) of plain numbers where it takes arrays.
 */
export function fitsCompiledReverse(f, args) {
    const kinds = f[KINDS];
    if (args.length !== kinds.length || nanWatch.on)
        return false;
    for (let k = 0; k < args.length; k++) {
        const x = args[k];
        if (kinds.charCodeAt(k) === 110 /* n */) {
            if (typeof x !== "number")
                return false;
        }
        else if (x instanceof Float64Array) {
            continue;
        }
        else if (!Array.isArray(x)) {
            return false;
        }
        else {
            for (let i = 0; i < x.length; i++)
                if (typeof x[i] !== "number")
                    return false;
        }
    }
    return true;
}
/** Storage above this many numbers (8 MB) is released after a call, not kept for the next. */
const KEPT = 1 << 20;
/**
 * The values compiled reverse code stores for its reverse sweep, reused across calls. The
 * emitted code pushes and pops on `data` itself (`data[top++] = v`), calling `grow` when full.
 * @example const s = valueStack(); let d = s.data; d = s.grow(); s.release();
 */
export class ValueStack {
    /** The storage; replaced by a bigger copy when `grow` is called. */
    data = new Float64Array(1024);
    /** Doubles the storage, keeping its contents; returns the new storage. */
    grow() {
        const bigger = new Float64Array(this.data.length * 2);
        bigger.set(this.data);
        return (this.data = bigger);
    }
    /** Releases storage above 8 MB once a call is done. */
    release() {
        if (this.data.length > KEPT)
            this.data = new Float64Array(1024);
    }
}
const sharedStack = new ValueStack();
/** The shared value stack (compiled reverse code calls no user code, so it never nests). */
export const valueStack = () => sharedStack;
/** The value the last compiled reverse call returned. */
export const lastValue = () => valueOut;
/** The number of arguments of the compiled forward code attached to `f`. */
export const compiledArity = (f) => f[ARITY];
/** The tangent the last compiled forward call returned. */
export const lastTangent = () => tangentOut;
/**
 * The table's one- and two-argument rules by name, for compiled code:
 * `rules.sin.num(x)`, `rules.sin.d(x, y)`, `rules.mul.dx(a, b, y)`. A copy made with
 * `Object.fromEntries` has fast (non-dictionary) properties.
 */
export const rules = Object.fromEntries([...PRIMITIVES].filter(([, rule]) => !("partials" in rule)));
