import { shapeKey } from "./blocks.js";
import { belongs, checkFunction, primalAt } from "./levels.js";
import { checkOptions, select, trailingOptions } from "./options.js";
import { flatten } from "./structure.js";
import { recordChosen } from "./transforms.js";
export function linearize(f, ...rest) {
    checkFunction(f, "linearize");
    const [primals, options] = trailingOptions(rest);
    const s = select(checkOptions(options, "linearize"), primals.length, "linearize");
    const { tape, out, aux, vars } = recordChosen(f, primals, s, "linearize");
    const outFlat = flatten(out, "linearize's function result");
    const value = outFlat.build(outFlat.leaves.map((y) => primalAt(tape, y)), true);
    let last = -1;
    for (const y of outFlat.leaves)
        if (belongs(tape, y) && y.i > last)
            last = y.i;
    const chosen = s.indices.map((k) => primals[k]);
    const expected = chosen.map(shapeKey);
    const jvpAt = (...tangents) => {
        if (tangents.length !== chosen.length) {
            throw new TypeError(`typegrad: linearize's jvpAt takes ${chosen.length} tangent(s), one per ${s.single || options === undefined ? "" : "chosen "}argument; got ${tangents.length}`);
        }
        tangents.forEach((t, k) => {
            if (shapeKey(t) !== expected[k]) {
                throw new TypeError(`typegrad: linearize's tangent ${k} must be shaped like argument ${s.indices[k]} (${expected[k]}); got ${shapeKey(t)}`);
            }
        });
        const seeds = flatten(tangents, "linearize's tangents").leaves;
        const t = last < 0 ? [] : tape.tangents(vars.map((v) => v.i), seeds, last);
        return outFlat.build(outFlat.leaves.map((y) => (belongs(tape, y) ? t[y.i] : 0)), true);
    };
    return s.hasAux ? [value, jvpAt, aux] : [value, jvpAt];
}
