/**
 * Checkpointing (JAX's `checkpoint`/remat): a checkpointed function computes what it computes,
 * but under reverse mode its inner operations are not kept on the tape. The block runs once on
 * the values; the tape keeps only its inputs and outputs; the reverse sweep runs it again on a
 * fresh tape of its own, sweeps that, and carries on. A loop of N checkpointed blocks then
 * keeps tape memory proportional to the block boundaries plus one block.
 *
 * The sweep of the recomputed block starts from the inputs' adjoints so far, so it adds the
 * block's contributions in the same order as the unchecked tape would: the gradient is the
 * same to the bit.
 */
import { Active, DualNum, VarNum } from "./active.js";
import { Tag } from "./level.js";
import { checkFunction, tangentAt, within } from "./levels.js";
import { Tape } from "./tape.js";
/** The innermost level among the values in `args` (numbers and non-numeric leaves are skipped). */
function innermost(args) {
    let level = null;
    const visit = (x) => {
        if (x instanceof Active) {
            if (level === null || x.level.order > level.order)
                level = x.level;
        }
        else if (Array.isArray(x)) {
            x.forEach(visit);
        }
        else if (x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype) {
            Object.values(x).forEach(visit);
        }
    };
    args.forEach(visit);
    return level;
}
/**
 * A function that computes what `f` computes; under reverse mode its operations are recomputed
 * during the sweep instead of being kept on the tape. `f` must be pure (it runs again), and
 * should take the values it differentiates as arguments: one that uses a `Var` of the
 * enclosing tape from its closure is recorded as usual, without saving memory.
 * @example
 * const block = checkpoint((x: number) => Math.sin(x) * Math.exp(x));
 * grad((x: number) => block(block(x)))(0.5); // same gradient as without checkpoint
 */
export function checkpoint(f) {
    checkFunction(f, "checkpoint");
    const checkpointed = (...args) => {
        const level = innermost(args);
        if (level === null || !level.isTape || !level.open || level.trace !== null)
            return f(...args);
        return recordBlock(f, args, level);
    };
    return checkpointed;
}
/**
 * `x` with each number or active value replaced by `replace(leaf)`, through arrays and plain
 * objects; anything else (strings, functions, class instances, typed arrays) is kept as it is.
 */
function mapNumbers(x, replace) {
    if (typeof x === "number" || x instanceof Active)
        return replace(x);
    if (Array.isArray(x))
        return x.map((e) => mapNumbers(e, replace));
    if (x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype) {
        return Object.fromEntries(Object.entries(x).map(([k, e]) => [k, mapNumbers(e, replace)]));
    }
    return x;
}
/** `x` with each Var of `tape` replaced by `replace(v)`. */
const mapVars = (x, tape, replace) => mapNumbers(x, (leaf) => (leaf instanceof VarNum && leaf.level === tape ? replace(leaf) : leaf));
/** The numbers and active values in `x`, in `mapNumbers`' order. */
function numbersIn(x) {
    const leaves = [];
    mapNumbers(x, (leaf) => leaves.push(leaf));
    return leaves;
}
function recordBlock(f, args, tape) {
    // The distinct variables of this tape among the arguments: the block's inputs.
    const inputs = [], inputValues = [], position = new Map();
    mapVars(args, tape, (v) => {
        if (!position.has(v.i)) {
            position.set(v.i, inputs.length);
            inputs.push(v.i);
            inputValues.push(v.v);
        }
    });
    // Runs the block with this tape's variables replaced by `values` (one per input).
    const runWith = (values) => f(...mapVars(args, tape, (v) => values[position.get(v.i)]));
    // The values, with the tape closed: a use of one of its Vars from f's closure would throw,
    // and then the block is recorded as usual (correct, without the memory saving).
    let out;
    tape.open = false;
    try {
        out = runWith(inputValues);
    }
    catch {
        tape.open = true;
        return f(...args);
    }
    tape.open = true;
    const outLeaves = numbersIn(out);
    const nested = inputValues.some((v) => v instanceof Active) || outLeaves.some((v) => v instanceof Active);
    if (nested)
        tape.markValued();
    const outputs = tape.pushCustom(outLeaves, inputs, {
        backward(outputAdjoints, inputAdjoints) {
            const sub = new Tape("checkpoint");
            const vars = [];
            const y = within(sub, () => {
                for (const v of inputValues)
                    vars.push(sub.node(v));
                return numbersIn(runWith(vars));
            });
            try {
                const nodes = [], seeds = [];
                y.forEach((yk, k) => {
                    if (yk instanceof VarNum && yk.level === sub) {
                        nodes.push(yk.i);
                        seeds.push(outputAdjoints[k]);
                    }
                });
                // Seeding the inputs with their adjoints so far keeps the unchecked summation order.
                vars.forEach((v, k) => {
                    nodes.push(v.i);
                    seeds.push(inputAdjoints[k]);
                });
                const adj = sub.sweep(nodes, seeds);
                return vars.map((v) => adj[v.i]);
            }
            finally {
                sub.release();
            }
        },
        forward(inputTangents) {
            const tag = new Tag("checkpoint");
            const y = within(tag, () => numbersIn(runWith(inputValues.map((v, k) => new DualNum(v, inputTangents[k], tag)))));
            return y.map((v) => tangentAt(tag, v));
        },
    });
    let k = 0;
    return mapNumbers(out, () => outputs[k++]);
}
