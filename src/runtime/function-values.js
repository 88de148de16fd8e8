/**
 * Differentiability that travels with a function value. The transformer gives every function
 * of the program that may be passed around as a value a differentiable version, attached to
 * the function object where it is created (`attach`). Wherever such a value ends up — a
 * parameter of the user's own optimiser, a table, a Map, a factory's result — a transform
 * (`grad(ad(f))`) or a call with active arguments (`call(f, x)`) finds that version here.
 * `Math.<fn>` values map to typegrad's primitives, and typegrad's own functions are their own
 * differentiable version.
 *
 * The transformer emits these calls; they are not meant to be called by hand.
 */
import { Active, describe } from "./active.js";
import * as rules from "./rules.js";
const AD = Symbol.for("typegrad.differentiable");
/** `Math.sin` → typegrad's `sin`, and so on for every `Math` function with a rule. */
const MATH = new Map();
for (const [name, rule] of Object.entries(rules)) {
    const native = Math[name];
    if (typeof native === "function" && typeof rule === "function")
        MATH.set(native, rule);
}
for (const rule of Object.values(rules))
    if (typeof rule === "function")
        rule[AD] = rule;
/**
 * Attaches `differentiable` to `f` as its differentiable version and returns `f`.
 * @example const square = attach((x: number) => x * x, (x) => mul(x, x));
 */
export function attach(f, differentiable) {
    f[AD] = differentiable;
    return f;
}
/** The differentiable version of a function value, if it has one. */
export function differentiableOf(f) {
    if (typeof f !== "function")
        return undefined;
    return f[AD] ?? MATH.get(f);
}
/**
 * The function a transform should differentiate: `f`'s differentiable version, or `f` itself
 * wrapped so that a failure to carry derivatives names it.
 * @example grad(ad(objective))(x)
 */
export function ad(f) {
    if (typeof f !== "function")
        return f;
    const found = differentiableOf(f);
    if (found)
        return found;
    return ((...args) => guardedCall(f, undefined, args));
}
/** `f(...args)` in differentiable code where `f` is a function value. @example call(f, x) */
export function call(f, ...args) {
    return callWith(undefined, f, ...args);
}
/** `obj[key](...args)` in differentiable code, with `this` = `obj`. @example invoke(model, "loss", w) */
export function invoke(obj, key, ...args) {
    if (obj === null || obj === undefined)
        throw new TypeError(`typegrad: cannot call ${String(key)} of ${obj}`);
    return callWith(obj, obj[key], ...args);
}
/** `f.call(self, ...args)` in differentiable code. @example callWith(self, f, x) */
export function callWith(self, f, ...args) {
    if (typeof f !== "function")
        throw new TypeError(`typegrad: ${describe(f)} is not a function`);
    const found = differentiableOf(f);
    if (found)
        return Reflect.apply(found, self, args);
    return guardedCall(f, self, args);
}
/** `f.apply(self, args)` in differentiable code. @example applyWith(self, f, [x]) */
export function applyWith(self, f, args) {
    return callWith(self, f, ...Array.from(args ?? []));
}
/**
 * `f.bind(self, ...bound)`, keeping the differentiable version bound the same way.
 * @example const g = bind(objective, model); grad(ad(g))
 */
export function bind(f, self, ...bound) {
    const result = Function.prototype.bind.call(f, self, ...bound);
    const found = differentiableOf(f);
    if (found)
        attach(result, Function.prototype.bind.call(found, self, ...bound));
    return result;
}
/**
 * Calls a function that has no differentiable version. With plain numbers that is just a call;
 * when an active value reaches its plain arithmetic, the error names the function.
 */
function guardedCall(f, self, args) {
    try {
        return Reflect.apply(f, self, args);
    }
    catch (error) {
        if (error instanceof TypeError && /^typegrad: a (Var|Dual) \(value/.test(error.message) && args.some(holdsActive)) {
            throw new TypeError(`typegrad: the function ${nameOf(f)} was given a Var or Dual but has no differentiable version: ` +
                "it is not part of the program the typegrad transformer compiled (a plain .js module, a library, " +
                "new Function...). Write it in a .ts file of the program built with typegrad (tspc, typegrad build, " +
                "typegrad/register or typegrad/vite), or wrap it with defineFunction({ name, forward, backward }).", { cause: error });
        }
        throw error;
    }
}
function holdsActive(x, depth = 0) {
    if (x instanceof Active)
        return true;
    if (depth > 3 || x === null || typeof x !== "object")
        return false;
    return Object.values(x).some((v) => holdsActive(v, depth + 1));
}
function nameOf(f) {
    return f.name ? `"${f.name}"` : "(anonymous)";
}
