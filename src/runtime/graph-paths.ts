/**
 * Seed 001's picture of reverse mode: a derivative is the sum, over every path from the input
 * to the output, of the product of the local partial derivatives on the path's edges. An
 * operation that uses the same value twice (x·x) has two edges from it, so two paths.
 */
import type { GraphData } from "./graph-replay.js";
import type { GraphNode } from "./graph.js";
import { partialsOf } from "./lift.js";

/** One path from an input to the output: the operations along it and its product of partials. */
export interface GraphPath {
  ops: string[];
  product: number;
}

/** Paths are enumerated one by one; past this many, the graph is too tangled to list them. */
const MAX_PATHS = 100_000;

/** The local partials of every operation node at the node values `values`. */
export function edgePartials(data: GraphData, values: ArrayLike<number>, k: number): number[] {
  const rule = data.rules[k];
  if (rule === null) return [];
  const xs = data.inputsOf[k].map((i) => values[i]);
  return partialsOf(rule, xs, values[k]) as number[];
}

/** Every path from node `from` to the output, products multiplied from the output down (as the sweep does). */
export function graphPaths(nodes: readonly GraphNode[], data: GraphData, values: ArrayLike<number>, from: number): GraphPath[] {
  // How many paths lead from `from` to each node: counts first, so a huge graph fails early.
  const count = new Float64Array(nodes.length);
  count[from] = 1;
  for (let k = from + 1; k <= data.output; k++) for (const i of data.inputsOf[k]) count[k] += count[i];
  if (count[data.output] > MAX_PATHS) {
    throw new Error(
      `typegrad: this graph has ${count[data.output]} paths from that input to the output, too many to list (limit ${MAX_PATHS}); ` +
        "use grad for the derivative itself",
    );
  }
  const paths: GraphPath[] = [];
  const ops: string[] = [];
  const visit = (k: number, product: number): void => {
    if (k === from) {
      paths.push({ ops: ops.slice().reverse(), product });
      return;
    }
    ops.push(nodes[k].op);
    const partials = edgePartials(data, values, k);
    data.inputsOf[k].forEach((i, e) => {
      if (count[i] > 0) visit(i, partials[e] * product);
    });
    ops.pop();
  };
  if (count[data.output] > 0) visit(data.output, 1);
  return paths;
}
