/**
 * A traced graph in Graphviz's dot language. Node identifiers are generated (`n0`, `n1`, …);
 * everything that comes from the user — input names, a custom function's name — appears only
 * inside quoted labels, escaped, so no name can add statements to the graph.
 */
import { edgePartials } from "./graph-paths.js";
/**
 * Escapes text for a double-quoted dot label: quotes, backslashes (so no \N-style escapes),
 * line breaks, control characters, and `&` (Graphviz decodes entities such as `&amp;` in labels).
 */
export function escapeDot(text) {
    return text
        .replace(/&/g, "&amp;")
        .replace(/\\/g, "\\\\")
        .replace(/"/g, '\\"')
        .replace(/\r\n|\r|\n/g, "\\n")
        .replace(/[\u0000-\u001f\u007f]/g, (c) => `\\\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
/** A number as shown in the picture: integers exactly, others to 6 significant digits. */
export function formatNumber(v) {
    return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
}
const label = (lines) => `"${lines.map(escapeDot).join("\\n")}"`;
/** The dot text of a graph at node values `values` (and `adjoints`, when shown). */
export function graphDot(nodes, data, values, adjoints, names) {
    const lines = ["digraph typegrad {", "  rankdir=BT;", '  node [fontname="Helvetica"];', '  edge [fontname="Helvetica", fontsize=10];'];
    let input = 0;
    nodes.forEach((n, k) => {
        const head = n.op === "inp" ? names[input++] : n.op === "const" ? "const" : n.op;
        const text = [head, formatNumber(values[k])];
        if (adjoints !== null && n.op !== "const" && k <= data.output)
            text.push(`adjoint ${formatNumber(adjoints[k])}`);
        const shape = n.op === "inp" ? "box" : n.op === "const" ? "plaintext" : "ellipse";
        const extra = k === data.output ? ", peripheries=2" : "";
        lines.push(`  n${k} [label=${label(text)}, shape=${shape}${extra}];`);
        const partials = edgePartials(data, values, k);
        n.inputs.forEach((i, e) => {
            const operand = n.inputs.length > 1 ? `#${e}: ` : "";
            lines.push(`  n${i} -> n${k} [label=${label([`${operand}∂ ${formatNumber(partials[e])}`])}];`);
        });
    });
    lines.push("}");
    return lines.join("\n");
}
