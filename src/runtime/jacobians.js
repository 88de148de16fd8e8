/**
 * Jacobians and Hessians of functions of any number of arguments of any structure `grad`
 * accepts, laid out as blocks (blocks.ts). `jacfwd` makes one forward pass per input number,
 * `jacrev` one recording and one sweep per output number, `hessian` is forward over reverse.
 * `argnums` and `hasAux` work as for `grad`.
 */
import { DualNum, describe } from "./active.js";
import { assemble, rebuild, split } from "./blocks.js";
import { Tag } from "./level.js";
import { belongs, checkFunction, checkScalarOutput, tangentAt, within } from "./levels.js";
import { checkOptions, releaseAux, select, splitAux, withChosen, } from "./options.js";
import { Tape } from "./tape.js";
import { grad, jvp } from "./transforms.js";
function problem(f, args, o, owner) {
    const s = select(o, args.length, owner);
    const leaves = [];
    const input = s.single ? split(args[s.indices[0]], `${owner}'s argument`, leaves) : split(s.indices.map((k) => args[k]), `${owner}'s arguments`, leaves, true);
    if (leaves.length === 0)
        throw new TypeError(`typegrad: ${owner} got arguments with no numbers to differentiate`);
    const run = (values) => {
        const out = f(...withChosen(args, s, rebuild(input, values, false)));
        return s.hasAux ? splitAux(out, owner) : [out, undefined];
    };
    return { s, input, leaves, run };
}
/** Forward mode: one pass per input number; `J[j][i]` is column j. */
function forwardColumns(p, owner) {
    let out, aux;
    const columns = p.leaves.map((_, j) => {
        const tag = new Tag(owner);
        const [y, a] = within(tag, () => p.run(p.leaves.map((x, k) => new DualNum(x, k === j ? 1 : 0, tag))));
        const ys = [];
        const part = split(y, `${owner}'s function result`, ys);
        if (j === 0) {
            out = part;
            aux = releaseAux(a, tag);
        }
        return ys.map((v) => tangentAt(tag, v));
    });
    return { out: out, columns, aux };
}
/** Reverse mode: one recording, one sweep per output number; `rows[i]` is row i. */
function reverseRows(p, owner) {
    const tape = new Tape(owner);
    const vars = [];
    const [y, a] = within(tape, () => {
        for (const leaf of p.leaves)
            vars.push(tape.node(leaf));
        return p.run(vars);
    });
    const ys = [];
    const out = split(y, `${owner}'s function result`, ys);
    const rows = ys.map((yi) => {
        if (!belongs(tape, yi))
            return vars.map(() => 0);
        const adj = tape.sweep([yi.i], [1]);
        return vars.map((v) => (v.i <= yi.i ? adj[v.i] : 0));
    });
    return { out, rows, aux: releaseAux(a, tape) };
}
function forwardJacobian(p, owner) {
    const { out, columns, aux } = forwardColumns(p, owner);
    const J = assemble(out, p.input, (i, j) => columns[j][i]);
    return p.s.hasAux ? [J, aux] : J;
}
function reverseJacobian(p, owner) {
    const { out, rows, aux } = reverseRows(p, owner);
    const J = assemble(out, p.input, (i, j) => rows[i][j]);
    return p.s.hasAux ? [J, aux] : J;
}
/**
 * The Jacobian by forward mode: one pass per input number. For `f: (x: number[]) => number[]`
 * row i is the gradient of output i; for several arguments a tuple of blocks, one per argument.
 * @example
 * jacfwd((x: number[]) => [x[0] * x[1], x[0]])([2, 3]); // [[3, 2], [1, 0]]
 * jacfwd((x: number[], s: number) => [s * x[0], s * x[1]])([2, 3], 4); // [[[4, 0], [0, 4]], [2, 3]]
 */
export const jacfwd = ((f, options) => {
    checkFunction(f, "jacfwd");
    const o = checkOptions(options, "jacfwd");
    return (...args) => forwardJacobian(problem(f, args, o, "jacfwd"), "jacfwd");
});
/**
 * The Jacobian by reverse mode: one recording, one sweep per output number; laid out as `jacfwd`'s.
 * @example
 * jacrev((x: number[]) => [x[0] * x[1], x[0]])([2, 3]); // [[3, 2], [1, 0]]
 */
export const jacrev = ((f, options) => {
    checkFunction(f, "jacrev");
    const o = checkOptions(options, "jacrev");
    return (...args) => reverseJacobian(problem(f, args, o, "jacrev"), "jacrev");
});
/**
 * The Jacobian, by whichever mode needs fewer passes (reverse when there are fewer outputs
 * than inputs). It evaluates `f` once on the arguments to count the outputs.
 * @example
 * jacobian((x: number[]) => [x[0] * x[1]])([2, 3]); // [[3, 2]]
 */
export const jacobian = ((f, options) => {
    checkFunction(f, "jacobian");
    const o = checkOptions(options, "jacobian");
    return (...args) => {
        const p = problem(f, args, o, "jacobian");
        const outputs = [];
        split(p.run(p.leaves)[0], "jacobian's function result", outputs);
        return outputs.length < p.leaves.length ? reverseJacobian(p, "jacobian") : forwardJacobian(p, "jacobian");
    };
});
/**
 * The gradient of `f` at the chosen arguments `values` (reverse mode), flat, and its aux: what
 * `hessian` and `hvp` differentiate again.
 */
function flatGradient(p, values, owner) {
    const tape = new Tape(owner);
    const vars = [];
    const [y, a] = within(tape, () => {
        for (const v of values)
            vars.push(tape.node(v));
        return p.run(vars);
    });
    checkScalarOutput(y, owner);
    const aux = releaseAux(a, tape);
    if (!belongs(tape, y))
        return [vars.map(() => 0), aux];
    const adj = tape.sweep([y.i], [1]);
    return [vars.map((v) => (v.i <= y.i ? adj[v.i] : 0)), aux];
}
export function hessian(f, options) {
    checkFunction(f, "hessian");
    const o = checkOptions(options, "hessian");
    return (...args) => {
        const p = problem(f, args, o, "hessian");
        let aux;
        const columns = p.leaves.map((_, j) => {
            const tag = new Tag("hessian");
            const [g, a] = within(tag, () => flatGradient(p, p.leaves.map((x, k) => new DualNum(x, k === j ? 1 : 0, tag)), "hessian"));
            if (j === 0)
                aux = releaseAux(a, tag);
            return g.map((v) => tangentAt(tag, v));
        });
        const H = assemble(p.input, p.input, (i, j) => columns[j][i]);
        return p.s.hasAux ? [H, aux] : H;
    };
}
export function hvp(f, x, v, options) {
    checkFunction(f, "hvp");
    const o = checkOptions(options, "hvp");
    if (o.argnums === undefined) {
        if (f.length > 1) {
            throw new TypeError(`typegrad: hvp(f, x, v) is for a function of one argument; f takes ${f.length}. ` +
                "Pass { argnums: [0, 1, …] } and the arguments as a tuple: hvp(f, [x, y], [vx, vy], { argnums: [0, 1] })");
        }
        if (!o.hasAux)
            return jvp(grad(f), [x], [v])[1];
    }
    const args = o.argnums === undefined ? [x] : x;
    if (!Array.isArray(args))
        throw new TypeError(`typegrad: hvp with argnums takes the tuple of all arguments as x; got ${describe(x)}`);
    const p = problem(f, args, o, "hvp");
    const t = [];
    split(v, "hvp's v", t, !p.s.single);
    if (t.length !== p.leaves.length) {
        throw new TypeError(`typegrad: hvp's v has ${t.length} numbers but the chosen arguments have ${p.leaves.length}; shape v like them`);
    }
    const tag = new Tag("hvp");
    const [g, a] = within(tag, () => flatGradient(p, p.leaves.map((xk, k) => new DualNum(xk, t[k], tag)), "hvp"));
    const hv = rebuild(p.input, g.map((gk) => tangentAt(tag, gk)), true);
    return p.s.hasAux ? [hv, releaseAux(a, tag)] : hv;
}
