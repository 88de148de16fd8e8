/**
 * Forward-mode transforms: `jvp` and `derivative` run the function on Duals of a fresh tag (or
 * on its compiled forward code, for plain numbers without options).
 */
import { Active, DualNum } from "./active.js";
import { allNumbers, argumentLeaves, call } from "./arguments.js";
import { compiledArity, compiledForward, lastTangent } from "./compiled.js";
import { Tag } from "./level.js";
import { checkFunction, primalAt, tangentAt, within } from "./levels.js";
import { checkOptions, chosenTree, isPlain, releaseAux, select, splitAux, withChosen, } from "./options.js";
import { flatten } from "./structure.js";
/**
 * Runs `f` at `args` with the chosen arguments' leaves as Duals of a fresh tag (tangents
 * `tangentLeaves`); returns the value and tangent, structured like the output, and the aux result.
 */
export function pushforwardChosen(f, args, s, tangentLeaves, owner) {
    const p = flatten(chosenTree(args, s), `${owner}'s primals`);
    if (p.leaves.length !== tangentLeaves.length) {
        throw new TypeError(`typegrad: ${owner}'s primals have ${p.leaves.length} numbers but its tangents have ${tangentLeaves.length}`);
    }
    const tag = new Tag(owner);
    let out = within(tag, () => f(...withChosen(args, s, p.build(p.leaves.map((x, k) => new DualNum(x, tangentLeaves[k], tag)), false))));
    let aux;
    if (s.hasAux) {
        [out, aux] = splitAux(out, owner);
        aux = releaseAux(aux, tag);
    }
    if (typeof out === "number" || out instanceof Active)
        return [primalAt(tag, out), tangentAt(tag, out), aux];
    const y = flatten(out, `${owner}'s function result`);
    return [y.build(y.leaves.map((v) => primalAt(tag, v)), true), y.build(y.leaves.map((v) => tangentAt(tag, v)), true), aux];
}
/** Runs `f` on Duals of a fresh tag; returns primal and tangent results, structured like the output. */
function pushforward(f, primals, tangents, owner) {
    const p = argumentLeaves(primals, `${owner}'s primals`);
    const t = argumentLeaves(tangents, `${owner}'s tangents`);
    if (p.leaves.length !== t.leaves.length) {
        throw new TypeError(`typegrad: ${owner}'s primals have ${p.leaves.length} numbers but its tangents have ${t.leaves.length}`);
    }
    const tag = new Tag(owner);
    const n = p.leaves.length, duals = new Array(n);
    let out;
    try {
        for (let k = 0; k < n; k++)
            duals[k] = new DualNum(p.leaves[k], t.leaves[k], tag);
        out = call(f, primals, p.build(duals, false));
    }
    finally {
        tag.open = false;
    }
    if (typeof out === "number" || out instanceof Active)
        return [primalAt(tag, out), tangentAt(tag, out)];
    const y = flatten(out, `${owner}'s function result`);
    return [y.build(y.leaves.map((v) => primalAt(tag, v)), true), y.build(y.leaves.map((v) => tangentAt(tag, v)), true)];
}
export function jvp(f, primals, tangents, options) {
    checkFunction(f, "jvp");
    if (!Array.isArray(primals) || !Array.isArray(tangents)) {
        throw new TypeError("typegrad: jvp(f, primals, tangents) takes arrays with one entry per argument of f");
    }
    const o = checkOptions(options, "jvp");
    if (!isPlain(o)) {
        const s = select(o, primals.length, "jvp");
        if (tangents.length !== s.indices.length) {
            throw new TypeError(`typegrad: jvp got ${tangents.length} tangents for ${s.indices.length} chosen argument(s); give one tangent per chosen argument`);
        }
        const t = flatten(s.single ? tangents[0] : tangents, "jvp's tangents").leaves;
        const [value, tangent, aux] = pushforwardChosen(f, primals, s, t, "jvp");
        return s.hasAux ? [value, tangent, aux] : [value, tangent];
    }
    if (primals.length !== tangents.length) {
        throw new TypeError(`typegrad: jvp got ${primals.length} primals but ${tangents.length} tangents; give one tangent per argument`);
    }
    const compiled = compiledForward(f);
    if (compiled !== undefined && compiledArity(f) === primals.length && allNumbers(primals) && allNumbers(tangents)) {
        const p = primals, t = tangents;
        let value;
        if (p.length === 1)
            value = compiled(p[0], t[0]);
        else if (p.length === 2)
            value = compiled(p[0], t[0], p[1], t[1]);
        else
            value = compiled(...p.flatMap((x, k) => [x, t[k]]));
        return [value, lastTangent()];
    }
    return pushforward(f, primals, tangents, "jvp");
}
/** `derivative` with options or several arguments: one forward pass per chosen argument. */
function chosenDerivative(f, o) {
    return (...args) => {
        const s = select(o, args.length, "derivative");
        for (const k of s.indices) {
            const x = args[k];
            if (typeof x !== "number" && !(x instanceof Active)) {
                throw new TypeError(`typegrad: derivative differentiates number arguments; argument ${k} is ${describeShort(x)} — use jacfwd for arrays and objects`);
            }
        }
        let aux;
        const columns = s.indices.map((_, j) => {
            const [, tangent, a] = pushforwardChosen(f, args, s, s.indices.map((__, i) => (i === j ? 1 : 0)), "derivative");
            aux = a;
            return tangent;
        });
        const result = s.single ? columns[0] : columns;
        return s.hasAux ? [result, aux] : result;
    };
}
const describeShort = (x) => (Array.isArray(x) ? "an array" : x instanceof Float64Array ? "a Float64Array" : `${typeof x}`);
export function derivative(f, options) {
    checkFunction(f, "derivative");
    const o = checkOptions(options, "derivative");
    const general = chosenDerivative(f, o);
    if (!isPlain(o))
        return general;
    const compiled = compiledForward(f);
    return function (x) {
        // eslint-disable-next-line prefer-rest-params
        if (arguments.length !== 1)
            return general(...arguments);
        if (compiled !== undefined && typeof x === "number") {
            compiled(x, 1);
            return lastTangent();
        }
        if (typeof x !== "number" && !(x instanceof Active)) {
            throw new TypeError("typegrad: derivative(f)(x) takes one number x; use jvp or jacfwd for arrays");
        }
        // The common case of a scalar result, without the general result walk.
        const tag = new Tag("derivative");
        let y;
        try {
            y = f(new DualNum(x, 1, tag));
        }
        finally {
            tag.open = false;
        }
        if (y instanceof DualNum && y.level === tag)
            return y.d;
        if (typeof y === "number" || y instanceof Active)
            return tangentAt(tag, y);
        const out = flatten(y, "derivative's function result");
        return out.build(out.leaves.map((v) => tangentAt(tag, v)), true);
    };
}
