/**
 * Expression graphs (seeds 001 and 002): `trace` runs a function once and records its Wengert
 * list — one node per operation with its inputs and value — which can then be replayed on new
 * inputs for values and gradients without running the function again (graph-replay.ts),
 * explained as a sum over paths (graph-paths.ts) and drawn (graph-dot.ts, graph-svg.ts).
 *
 * A trace records the branch taken at the traced point, so every decision the function took on
 * an active value — each comparison, each value used as an index or key — is kept as a guard;
 * a replay on which one comes out differently throws instead of returning a wrong number.
 * (Truthiness tests `if (x)` and `switch (x)` on an active value are not seen by the runtime
 * and are not guarded; write them as comparisons, `if (x !== 0)`.)
 */
import { Active, VarNum, describe, numberOf } from "./active.js";
import { graphDot } from "./graph-dot.js";
import { graphPaths } from "./graph-paths.js";
import { compileReplay, replayAdjoints, replayValues } from "./graph-replay.js";
import { graphSvg } from "./graph-svg.js";
import { guardHook } from "./guards.js";
import { argumentTree, belongs, checkScalarOutput, within } from "./levels.js";
import { capture, nanWatch, siteOf } from "./nans.js";
import { flatten } from "./structure.js";
import { Tape } from "./tape.js";
import { valueAndGrad as transformValueAndGrad } from "./transforms.js";
/**
 * A traced computation.
 * @example
 * const g = trace((x0: number, x1: number) => Math.sin(x0) * (x0 + x1), 0.6, 1.4);
 * g.nodes.map((n) => n.op); // ["inp", "inp", "sin", "add", "mul"]
 * g.valueAndGrad(0.6, 1.4); // [1.1292…, [2.2153…, 0.5646…]]
 * g.evaluate(1, 2);         // replayed, without calling the function
 */
export class Graph {
    nodes;
    data;
    args;
    arity;
    inputNames;
    f;
    replay = null;
    /** Values of every node at the last replayed point (the traced point at first). */
    values;
    /** Adjoints at the last replayed gradient, if any. */
    adjoints = null;
    adjointBuffer;
    inputIndex;
    /** @internal */
    constructor(
    /** The Wengert list, in the order the operations ran. */
    nodes, data, args, arity, inputNames, f) {
        this.nodes = nodes;
        this.data = data;
        this.args = args;
        this.arity = arity;
        this.inputNames = inputNames;
        this.f = f;
        this.values = Float64Array.from(data.traced);
        this.adjointBuffer = new Float64Array(data.traced.length);
        this.inputIndex = Int32Array.from(data.inputNodes);
    }
    /** Node index of the output. */
    get output() {
        return this.data.output;
    }
    /**
     * The output at new inputs (same shapes as the traced ones), replayed without calling the
     * traced function. Throws if a comparison the function made comes out differently.
     * @example trace((x: number) => x * x, 3).evaluate(4); // 16
     */
    evaluate(...args) {
        const leaves = this.leaves(args);
        if (leaves === null)
            return replayActive(this.data, this.inputArgs(args), false, this.guardFailed(args))[0];
        this.forward(leaves, args);
        return this.values[this.data.output];
    }
    /**
     * The gradient at new inputs, structured like the arguments.
     * @example trace((x: number) => x * x, 3).grad(4); // 8
     */
    grad(...args) {
        return this.valueAndGrad(...args)[1];
    }
    /**
     * `[value, gradient]` at new inputs, the gradient structured like the arguments.
     * @example trace((x0: number, x1: number) => x0 * x1, 2, 3).valueAndGrad(4, 5); // [20, [5, 4]]
     */
    valueAndGrad(...args) {
        const leaves = this.leaves(args);
        if (leaves === null) {
            const [value, adj] = replayActive(this.data, this.inputArgs(args), true, this.guardFailed(args));
            return [value, this.args.build(this.data.inputNodes.map((k) => adj[k]), true)];
        }
        this.forward(leaves, args);
        const adj = this.adjointBuffer;
        this.program().backward(this.values, adj);
        this.adjoints = adj;
        if (nanWatch.on)
            this.checkNans(adj, args, "derivative");
        return [this.values[this.data.output], this.gradient(adj, args)];
    }
    /**
     * Every path from input number `input` (a leaf of the arguments, in order) to the output, with
     * the operations along it and the product of the local partials on its edges, at the last
     * replayed point (the traced point at first). The products sum to the gradient's entry.
     * @example
     * const g = trace((x: number) => x * Math.sin(x), 2);
     * g.paths(0); // [{ ops: ["mul"], product: sin 2 }, { ops: ["sin", "mul"], product: 2·cos 2 }]
     */
    paths(input) {
        const count = this.data.inputNodes.length;
        if (!Number.isInteger(input) || input < 0 || input >= count) {
            throw new RangeError(`typegrad: paths(input) takes the number of an input, 0 to ${count - 1}; got ${describe(input)}`);
        }
        return graphPaths(this.nodes, this.data, this.values, this.data.inputNodes[input]);
    }
    /**
     * The graph in Graphviz's dot language: inputs (named by `names`, else by the traced
     * function's parameter names) at the bottom, each node with its value (and its adjoint after
     * a gradient when `adjoints` is set), each edge labelled with the operand's position and the
     * local partial ∂node/∂operand. Every label is escaped.
     * @example trace((x: number) => Math.exp(x * x), 0.5).toDot({ names: ["x"] });
     */
    toDot(options = {}) {
        return graphDot(this.nodes, this.data, this.values, this.shownAdjoints(options), this.names(options));
    }
    /**
     * The picture of `toDot(options)` as SVG, laid out by Graphviz compiled to WebAssembly (the
     * optional dependency `@viz-js/viz`; no system binary, nothing downloaded): one
     * `<g class="node">` element per graph node.
     * @example await trace((x: number) => x * x, 3).toSVG({ names: ["x"] });
     */
    async toSVG(options = {}) {
        return graphSvg(this.toDot(options));
    }
    names(options) {
        const names = options.names;
        if (names === undefined)
            return this.inputNames;
        const count = this.data.inputNodes.length;
        if (!Array.isArray(names) || names.length !== count || names.some((n) => typeof n !== "string")) {
            throw new TypeError(`typegrad: toDot's names must be ${count} string(s), one per input number; got ${describe(names)}`);
        }
        return names;
    }
    shownAdjoints(options) {
        if (!options.adjoints)
            return null;
        if (this.adjoints === null) {
            const tree = this.args.build(this.data.inputNodes.map((k) => this.data.traced[k]), true);
            this.valueAndGrad(...(this.arity === 1 ? [tree] : tree));
        }
        return this.adjoints;
    }
    program() {
        return (this.replay ??= compileReplay(this.data));
    }
    /** The input leaves as plain numbers, or null when some are active values (nested use). */
    leaves(args) {
        if (args.length !== this.arity)
            throw new TypeError(`typegrad: this graph takes ${this.arity} argument(s), got ${args.length}`);
        const count = this.data.inputNodes.length;
        const x = args[0];
        let leaves;
        if (allNumbers(args))
            leaves = args;
        else if (args.length === 1 && x instanceof Float64Array)
            leaves = x;
        else if (args.length === 1 && Array.isArray(x) && x.every((v) => typeof v === "number"))
            leaves = x;
        else
            leaves = flatten(argumentTree(args, "Graph"), "graph input").leaves;
        if (leaves.length !== count)
            throw new TypeError(`typegrad: this graph takes ${count} input number(s), got ${leaves.length}`);
        for (let k = 0; k < leaves.length; k++) {
            if (typeof leaves[k] !== "number") {
                if (leaves[k] instanceof Active)
                    return null;
                throw new TypeError(`typegrad: graph inputs must be numbers; input ${k} is ${describe(leaves[k])}`);
            }
        }
        return leaves;
    }
    inputArgs(args) {
        return flatten(argumentTree(args, "Graph"), "graph input").leaves;
    }
    forward(leaves, args) {
        const failed = this.program().forward(leaves, this.values);
        if (failed >= 0)
            throw guardError(this.data.guards[failed], this.values, args);
        this.adjoints = null;
        if (nanWatch.on)
            this.checkNans(this.values, args, "value");
    }
    guardFailed(args) {
        return (failed, values) => guardError(this.data.guards[failed], values, args);
    }
    /** debugNans in replay: re-runs the function on the checked runtime, which names the line. */
    checkNans(xs, args, what) {
        const last = what === "value" ? xs.length - 1 : this.data.output;
        let first = -1;
        for (let k = 0; k <= last && first < 0; k++)
            if (xs[k] !== xs[k] && this.data.rules[k] !== null)
                first = k;
        if (first < 0)
            return;
        transformValueAndGrad(this.f)(...args); // throws at the first NaN, with its line
        throw new Error(`typegrad: debugNans: ${this.nodes[first].op} (graph node ${first}) made its ${what} NaN in replay`);
    }
    gradient(adj, args) {
        const x = args[0];
        if (typeof x === "number" && allNumbers(args)) {
            const nodes = this.inputIndex;
            if (nodes.length === 1)
                return adj[nodes[0]];
            const list = new Array(nodes.length);
            for (let k = 0; k < nodes.length; k++)
                list[k] = adj[nodes[k]];
            return list;
        }
        const g = gather(adj, this.inputIndex);
        if (args.length === 1 && x instanceof Float64Array)
            return g;
        const list = Array.from(g);
        return args.length === 1 && Array.isArray(x) ? list : this.args.build(list, true);
    }
}
function allNumbers(args) {
    for (let k = 0; k < args.length; k++)
        if (typeof args[k] !== "number")
            return false;
    return true;
}
/** The adjoints of the input nodes, in order. */
function gather(adj, nodes) {
    const g = new Float64Array(nodes.length);
    for (let k = 0; k < nodes.length; k++)
        g[k] = adj[nodes[k]];
    return g;
}
/** Replay with active inputs (a graph used inside another transform): the interpreter. */
function replayActive(data, leaves, withGradient, onGuard) {
    const values = replayValues(data, leaves, (failed) => failed);
    if (typeof values === "number") {
        const partial = replayValues({ ...data, guards: [] }, leaves, () => 0);
        throw onGuard(values, partial.map((v) => (v === undefined ? NaN : numberOf(v))));
    }
    return [values[data.output], withGradient ? replayAdjoints(data, values) : null];
}
const SYMBOLS = { lt: "<", le: "<=", gt: ">", ge: ">=", eq: "===", ne: "!==", key: "as a key" };
function guardError(guard, values, args) {
    const at = (o) => ("node" in o ? values[o.node] : o.constant);
    const where = guard.site !== null ? ` at ${siteOf(guard.site)}` : "";
    const what = guard.decision === "key"
        ? `an active value used as an index or key${where} was ${at(guard.b)} when traced and is ${at(guard.a)} now`
        : `the comparison ${at(guard.a)} ${SYMBOLS[guard.decision]} ${at(guard.b)}${where} is ${!guard.outcome} here but was ${guard.outcome} when traced`;
    const shown = args.length === 1 && (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ? "these inputs" : `(${args.map((a) => describe(a)).join(", ")})`;
    return new Error(`typegrad: this traced graph takes another branch at ${shown}: ${what}. ` +
        "A graph replays the path the function took when it was traced; trace the function again at these inputs (trace(f, ...args)).");
}
export function trace(f, ...args) {
    if (typeof f !== "function")
        throw new TypeError(`typegrad: trace expects a function, got ${describe(f)}`);
    const flat = flatten(argumentTree(args, "trace"), "trace's argument");
    flat.leaves.forEach((v) => {
        if (typeof v !== "number")
            throw new TypeError(`typegrad: trace takes plain numbers, got ${describe(v)}`);
    });
    const tape = new Tape("trace");
    const nodes = [];
    const rules = [];
    const guards = [];
    const graphIndex = []; // tape node -> graph node
    const constant = (value) => {
        rules.push(null);
        return nodes.push({ op: "const", inputs: [], value }) - 1;
    };
    const operand = (x) => {
        for (let y = x;; y = y.v) {
            if (y instanceof VarNum && y.level === tape)
                return { node: graphIndex[y.i] };
            if (typeof y === "number")
                return { constant: y };
            if (!(y instanceof Active))
                return null;
        }
    };
    const previousHook = guardHook.fn;
    guardHook.fn = (decision, a, b, outcome) => {
        const oa = operand(a), ob = decision === "key" ? { constant: numberOf(a) } : operand(b);
        if (oa === null || ob === null || (!("node" in oa) && !("node" in ob)))
            return;
        guards.push({ decision, a: oa, b: ob, outcome, after: nodes.length, site: guards.length < 10_000 ? capture() : null });
    };
    let out;
    try {
        out = within(tape, () => {
            const vars = flat.leaves.map((leaf) => {
                const v = tape.node(leaf);
                graphIndex[v.i] = nodes.push({ op: "inp", inputs: [], value: leaf }) - 1;
                rules.push(null);
                return v;
            });
            tape.trace = (rule, operands, value) => {
                const inputs = operands.map((o) => ("node" in o ? graphIndex[o.node] : constant(o.constant)));
                graphIndex[tape.size - 1] = nodes.push({ op: rule.name, inputs, value: value }) - 1;
                rules.push(rule);
            };
            const tree = flat.build(vars, false);
            return args.length === 1 ? f(tree) : f(...tree);
        });
    }
    finally {
        guardHook.fn = previousHook;
        tape.trace = null;
    }
    checkScalarOutput(out, "trace");
    const output = belongs(tape, out) ? graphIndex[out.i] : constant(out);
    const inputNodes = nodes.flatMap((n, k) => (n.op === "inp" ? [k] : []));
    const data = {
        ops: nodes.map((n) => n.op),
        inputsOf: nodes.map((n) => n.inputs),
        traced: nodes.map((n) => n.value),
        rules,
        output,
        inputNodes,
        guards,
    };
    return new Graph(nodes, data, flat, args.length, leafNames(f, args), f);
}
/** Names of the input leaves: the traced function's parameter names where they can be read, else x0, x1, … */
function leafNames(f, args) {
    const params = parameterNames(f);
    const names = [];
    const walk = (x, name) => {
        if (typeof x === "number")
            names.push(name);
        else if (Array.isArray(x) || ArrayBuffer.isView(x))
            Array.from(x).forEach((e, k) => walk(e, `${name}[${k}]`));
        else if (x !== null && typeof x === "object")
            Object.entries(x).forEach(([key, e]) => walk(e, `${name}.${key}`));
    };
    if (params === null || params.length < args.length) {
        const count = flatten(argumentTree(args, "trace"), "trace's argument").leaves.length;
        return Array.from({ length: count }, (_, k) => `x${k}`);
    }
    args.forEach((a, k) => walk(a, params[k]));
    return names;
}
/** The parameter names of a function with simple parameters (identifiers only), else null. */
function parameterNames(f) {
    let source;
    try {
        source = Function.prototype.toString.call(f);
    }
    catch {
        return null;
    }
    const single = /^\s*(?:async\s+)?([A-Za-z_$][\w$]*)\s*=>/.exec(source);
    if (single)
        return [single[1]];
    const list = /^[^(]*\(([^()]*)\)/.exec(source);
    if (list === null)
        return null;
    const params = list[1].split(",").map((p) => p.replace(/\/\*.*?\*\//g, "").trim()).filter((p) => p !== "");
    return params.every((p) => /^[A-Za-z_$][\w$]*$/.test(p)) ? params : null;
}
