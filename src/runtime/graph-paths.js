import { partialsOf } from "./lift.js";
/** Paths are enumerated one by one; past this many, the graph is too tangled to list them. */
const MAX_PATHS = 100_000;
/** The local partials of every operation node at the node values `values`. */
export function edgePartials(data, values, k) {
    const rule = data.rules[k];
    if (rule === null)
        return [];
    const xs = data.inputsOf[k].map((i) => values[i]);
    return partialsOf(rule, xs, values[k]);
}
/** Every path from node `from` to the output, products multiplied from the output down (as the sweep does). */
export function graphPaths(nodes, data, values, from) {
    // How many paths lead from `from` to each node: counts first, so a huge graph fails early.
    const count = new Float64Array(nodes.length);
    count[from] = 1;
    for (let k = from + 1; k <= data.output; k++)
        for (const i of data.inputsOf[k])
            count[k] += count[i];
    if (count[data.output] > MAX_PATHS) {
        throw new Error(`typegrad: this graph has ${count[data.output]} paths from that input to the output, too many to list (limit ${MAX_PATHS}); ` +
            "use grad for the derivative itself");
    }
    const paths = [];
    const ops = [];
    const visit = (k, product) => {
        if (k === from) {
            paths.push({ ops: ops.slice().reverse(), product });
            return;
        }
        ops.push(nodes[k].op);
        const partials = edgePartials(data, values, k);
        data.inputsOf[k].forEach((i, e) => {
            if (count[i] > 0)
                visit(i, partials[e] * product);
        });
        ops.pop();
    };
    if (count[data.output] > 0)
        visit(data.output, 1);
    return paths;
}
