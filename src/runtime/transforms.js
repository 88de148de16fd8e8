import { allNumbers, argumentLeaves, call } from "./arguments.js";
import { compiledReverse, fitsCompiledReverse, lastValue } from "./compiled.js";
import { belongs, checkFunction, checkScalarOutput, primalAt, within } from "./levels.js";
import { checkOptions, chosenTree, isPlain, releaseAux, select, splitAux, trailingOptions, withChosen, } from "./options.js";
import { flatten } from "./structure.js";
import { Tape } from "./tape.js";
// Forward mode and the Jacobians live in their own files; exported here too, so the entry
// point's list stays one line.
export { derivative, jvp } from "./forward.js";
export { jacfwd, jacrev, jacobian, hessian, hvp } from "./jacobians.js";
/**
 * Runs `f` at `args` on a fresh tape whose variables are the chosen arguments' leaves (the
 * others are constants); returns the output (the value part when `hasAux`), the aux result
 * and a pullback from output cotangents to the chosen arguments' cotangents.
 */
export function recordChosen(f, args, s, owner) {
    const flat = flatten(chosenTree(args, s), `${owner}'s argument`);
    const tape = new Tape(owner);
    const vars = [];
    let out = within(tape, () => {
        for (const leaf of flat.leaves)
            vars.push(tape.node(leaf));
        return f(...withChosen(args, s, flat.build(vars, false)));
    });
    let aux;
    if (s.hasAux) {
        [out, aux] = splitAux(out, owner);
        aux = releaseAux(aux, tape);
    }
    const pullback = (outputs, cotangents) => {
        const nodes = [], seeds = [];
        outputs.forEach((y, k) => {
            if (belongs(tape, y)) {
                nodes.push(y.i);
                seeds.push(cotangents[k]);
            }
        });
        const adj = tape.sweep(nodes, seeds);
        let last = -1; // the sweep's result is only meaningful up to the last seeded node
        for (const n of nodes)
            last = n > last ? n : last;
        return flat.build(vars.map((v) => (v.i <= last ? adj[v.i] : 0)), true);
    };
    return { tape, out, aux, pullback, flat, vars };
}
/** `valueAndGrad` with options: the chosen arguments only, and the aux result. */
function chosenValueAndGrad(f, o, owner) {
    // Compiled code returns every argument's gradient; the chosen ones are the same numbers the
    // tape would give (non-chosen arguments only add paths that never reach the chosen ones).
    const compiled = o.hasAux ? undefined : compiledReverse(f);
    return (...args) => {
        const s = select(o, args.length, owner);
        if (compiled !== undefined && fitsCompiledReverse(f, args)) {
            const g = compiled(...args);
            const pick = (k) => (Array.isArray(args[k]) ? Array.from(g[k]) : g[k]);
            return [lastValue(), s.single ? pick(s.indices[0]) : s.indices.map(pick)];
        }
        const { tape, out, aux, pullback } = recordChosen(f, args, s, owner);
        try {
            checkScalarOutput(out, owner);
            const value = primalAt(tape, out);
            return [s.hasAux ? [value, aux] : value, pullback([out], [1])];
        }
        finally {
            tape.release();
        }
    };
}
export function valueAndGrad(f, options) {
    checkFunction(f, "valueAndGrad");
    const o = checkOptions(options, "valueAndGrad");
    if (!isPlain(o))
        return chosenValueAndGrad(f, o, "valueAndGrad");
    // The hot path of reverse mode, so written out: no closures, the tape's storage reused.
    const compiled = compiledReverse(f);
    return (...args) => {
        if (compiled !== undefined && fitsCompiledReverse(f, args)) {
            const g = compiled(...args);
            // Array gradients come as Float64Arrays: shaped like the arguments, as everywhere.
            for (let k = 0; k < g.length; k++)
                if (Array.isArray(args[k]))
                    g[k] = Array.from(g[k]);
            return [lastValue(), (args.length === 1 ? g[0] : g)];
        }
        const scalars = allNumbers(args);
        const flat = scalars ? null : argumentLeaves(args, "grad");
        const leaves = flat === null ? args : flat.leaves, n = leaves.length;
        const tape = new Tape("grad");
        try {
            const vars = new Array(n);
            for (let k = 0; k < n; k++)
                vars[k] = tape.node(leaves[k]); // nodes 0..n-1
            const out = flat === null ? f(...vars) : call(f, args, flat.build(vars, false));
            tape.open = false;
            checkScalarOutput(out, "grad");
            const g = new Array(n);
            const last = belongs(tape, out) ? out.i : -1;
            const adj = last >= 0 ? tape.sweep1(last) : null;
            for (let k = 0; k < n; k++)
                g[k] = adj !== null && k <= last ? adj[k] : 0;
            const gradient = flat === null ? (n === 1 ? g[0] : g) : flat.build(g, true);
            return [primalAt(tape, out), gradient];
        }
        finally {
            tape.open = false;
            tape.release();
        }
    };
}
export function grad(f, options) {
    checkFunction(f, "grad");
    const o = checkOptions(options, "grad");
    if (isPlain(o)) {
        const vg = valueAndGrad(f);
        return (...args) => vg(...args)[1];
    }
    const vg = chosenValueAndGrad(f, o, "grad");
    if (!o.hasAux)
        return (...args) => vg(...args)[1];
    return (...args) => {
        const [value, gradient] = vg(...args);
        return [gradient, value[1]];
    };
}
export function vjp(f, ...rest) {
    checkFunction(f, "vjp");
    const [primals, options] = trailingOptions(rest);
    const s = select(checkOptions(options, "vjp"), primals.length, "vjp");
    const { tape, out, aux, pullback } = recordChosen(f, primals, s, "vjp");
    const outFlat = flatten(out, "vjp's function result");
    const value = outFlat.build(outFlat.leaves.map((y) => primalAt(tape, y)), true);
    const back = (cotangent) => {
        const ct = flatten(cotangent, "vjp's cotangent");
        if (ct.leaves.length !== outFlat.leaves.length) {
            throw new TypeError(`typegrad: vjp's cotangent has ${ct.leaves.length} numbers but the function's output has ${outFlat.leaves.length}`);
        }
        return pullback(outFlat.leaves, ct.leaves);
    };
    return s.hasAux ? [value, back, aux] : [value, back];
}
