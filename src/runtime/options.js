/**
 * The options every transform that takes a function accepts, as JAX's: `argnums` picks the
 * arguments to differentiate (the others are held constant), `hasAux` says the function returns
 * `[value, aux]` with an auxiliary result that is passed through and never differentiated.
 * This file validates them and reshapes calls and results accordingly; the types below let a
 * transform's signature compute its result type from the function and the options.
 */
import { Active, describe } from "./active.js";
/** Checks an options object once, when the transform is created. */
export function checkOptions(options, owner) {
    if (options === undefined)
        return {};
    if (options === null || typeof options !== "object" || Array.isArray(options)) {
        throw new TypeError(`typegrad: ${owner}'s options must be an object { argnums?, hasAux? }; got ${describe(options)}`);
    }
    const o = options;
    for (const key of Object.keys(o)) {
        if (key !== "argnums" && key !== "hasAux") {
            throw new TypeError(`typegrad: ${owner} has no option "${key}"; the options are argnums and hasAux`);
        }
    }
    if (o.hasAux !== undefined && typeof o.hasAux !== "boolean") {
        throw new TypeError(`typegrad: ${owner}'s hasAux must be true or false; got ${describe(o.hasAux)}`);
    }
    const n = o.argnums;
    if (n !== undefined) {
        const list = Array.isArray(n) ? n : [n];
        if (Array.isArray(n) && n.length === 0)
            throw new TypeError(`typegrad: ${owner}'s argnums [] chooses no argument; name at least one`);
        list.forEach((k) => {
            if (typeof k !== "number" || !Number.isInteger(k) || k < 0) {
                throw new TypeError(`typegrad: ${owner}'s argnums must be argument indices (integers from 0); got ${describe(k)}`);
            }
        });
        if (new Set(list).size !== list.length) {
            throw new TypeError(`typegrad: ${owner}'s argnums [${list.join(", ")}] names an argument twice; name each once`);
        }
    }
    return o;
}
/** True when the options change nothing: the transform's plain path applies. */
export const isPlain = (o) => o.argnums === undefined && !o.hasAux;
/** Resolves checked options against a call with `count` arguments. */
export function select(o, count, owner) {
    const hasAux = o.hasAux === true;
    if (o.argnums === undefined) {
        if (count === 0)
            throw new TypeError(`typegrad: ${owner} was called with no arguments; pass the point to differentiate at`);
        return { indices: Array.from({ length: count }, (_, k) => k), single: count === 1, hasAux };
    }
    const list = typeof o.argnums === "number" ? [o.argnums] : o.argnums;
    for (const k of list) {
        if (k >= count) {
            throw new RangeError(`typegrad: ${owner}'s argnums names argument ${k} but the function was called with ${count} argument(s); ` +
                `use indices from 0 to ${count - 1}`);
        }
    }
    return { indices: list, single: typeof o.argnums === "number", hasAux };
}
/** The chosen arguments as one tree: the argument itself when single, else a tuple. */
export const chosenTree = (args, s) => s.single ? args[s.indices[0]] : s.indices.map((k) => args[k]);
/** All the arguments, with the chosen ones replaced by the tree `chosen` (shaped like `chosenTree`). */
export function withChosen(args, s, chosen) {
    const all = args.slice();
    if (s.single)
        all[s.indices[0]] = chosen;
    else
        s.indices.forEach((k, j) => (all[k] = chosen[j]));
    return all;
}
/** Splits a `hasAux` function's result into value and aux, or says what is wrong. */
export function splitAux(out, owner) {
    if (!Array.isArray(out) || out.length !== 2) {
        throw new TypeError(`typegrad: ${owner} was given { hasAux: true }, so the function must return a pair [value, aux]; it returned ${describe(out)}`);
    }
    return [out[0], out[1]];
}
/**
 * The aux result as the caller sees it: values active at `level` (which is finishing) become
 * their values one level down, so nothing of a finished transform leaks; everything else —
 * non-numbers, values of enclosing transforms — is returned as it is, by reference when
 * nothing inside changed.
 */
export function releaseAux(aux, level) {
    if (aux instanceof Active)
        return aux.level === level ? aux.v : aux;
    if (Array.isArray(aux)) {
        let changed = false;
        const out = aux.map((x) => {
            const y = releaseAux(x, level);
            if (y !== x)
                changed = true;
            return y;
        });
        return changed ? out : aux;
    }
    if (aux !== null && typeof aux === "object" && Object.getPrototypeOf(aux) === Object.prototype) {
        let changed = false;
        const entries = Object.entries(aux).map(([k, x]) => {
            const y = releaseAux(x, level);
            if (y !== x)
                changed = true;
            return [k, y];
        });
        return changed ? Object.fromEntries(entries) : aux;
    }
    return aux;
}
/**
 * Splits trailing options off a rest-parameter call (`vjp(f, ...primals, options)`): the last
 * argument is options when it is a plain object whose keys are only `argnums`/`hasAux` — a
 * point to differentiate at holds numbers, never a boolean `hasAux`.
 */
export function trailingOptions(args) {
    const last = args[args.length - 1];
    if (args.length < 2 || last === null || typeof last !== "object" || Object.getPrototypeOf(last) !== Object.prototype)
        return [args, undefined];
    const keys = Object.keys(last);
    if (keys.length === 0 || !keys.every((k) => k === "argnums" || k === "hasAux"))
        return [args, undefined];
    return [args.slice(0, -1), last];
}
