/**
 * Pictures of traced graphs: the SVG is parsed by a strict XML parser (saxes) and must hold one
 * `<g class="node">` per graph node; dot text with hostile input names (quotes, braces, line
 * breaks, `->`, backslashes, markup) goes through Graphviz itself (the renderer's parser) and
 * comes back as exactly the names given, with no node or edge added.
 */
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { add, defineFunction, log, mul, pow, sin, cos, trace } from "./helpers.js";
import { graphSvg } from "../../src/runtime/graph-svg.js";

interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Element[];
  text: string;
}

/** A small DOM from saxes events; throws on any malformed XML. */
function parseXml(xml: string): Element {
  const parser = new SaxesParser();
  const root: Element = { name: "#root", attributes: {}, children: [], text: "" };
  const stack = [root];
  parser.on("error", (e) => {
    throw e;
  });
  parser.on("opentag", (tag) => {
    const el: Element = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: "" };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (t) => (stack[stack.length - 1].text += t));
  parser.write(xml).close();
  return root;
}

const all = (el: Element, keep: (e: Element) => boolean): Element[] =>
  [...(keep(el) ? [el] : []), ...el.children.flatMap((c) => all(c, keep))];
const texts = (el: Element): string[] => all(el, (e) => e.name === "text").map((t) => t.text);

describe("toSVG", () => {
  // Seed 001's reverse-mode function.
  const g1 = (x: number, y: number) => add(sin(mul(Math.PI, x)), cos(mul(Math.PI, y)));
  const seed001 = (x1: number, x2: number) => g1(pow(x1, pow(x2, x1)), log(x1));

  it("renders one node element per graph node, as well-formed XML", async () => {
    const graph = trace(seed001, 2, 3);
    const svg = await graph.toSVG();
    const doc = parseXml(svg);
    expect(doc.children[0].name).toBe("svg");
    const nodes = all(doc, (e) => e.name === "g" && e.attributes.class === "node");
    expect(nodes.length).toBe(graph.nodes.length);
    const edges = all(doc, (e) => e.name === "g" && e.attributes.class === "edge");
    expect(edges.length).toBe(graph.nodes.reduce((s, n) => s + n.inputs.length, 0));
    // The inputs carry the traced function's parameter names.
    expect(texts(doc)).toContain("x1");
    expect(texts(doc)).toContain("x2");
  });

  it("shows adjoints after a gradient", async () => {
    const graph = trace((x: number) => mul(x, x), 3);
    const doc = parseXml(await graph.toSVG({ adjoints: true, names: ["x"] }));
    expect(texts(doc)).toContain("adjoint 6"); // ∂(x²)/∂x at 3
    graph.grad(5);
    expect(texts(parseXml(await graph.toSVG({ adjoints: true })))).toContain("adjoint 10");
  });

  it("keeps hostile names and operation names inside their labels", async () => {
    const hostile = ['a"; n99 [label="pwned"]; "', "{ x -> y }", "line\nbreak", "back\\slash \\N \\G", "<b>&amp;</b>"];
    const evil = defineFunction({
      name: '"]; evil -> n0; n0 [label="',
      forward: (a: number) => 2 * a,
      backward: (_x: number[], _y: number, dy: number) => [2 * dy],
    });
    const f = (a: number, b: number, c: number, d: number, e: number) => add(add(mul(a, b), mul(c, d)), evil(e));
    const graph = trace(f, 1, 2, 3, 4, 5);
    const dot = graph.toDot({ names: hostile });
    const doc = parseXml(await graph.toSVG({ names: hostile }));
    expect(all(doc, (e) => e.name === "g" && e.attributes.class === "node").length).toBe(graph.nodes.length);
    expect(all(doc, (e) => e.name === "g" && e.attributes.class === "edge").length).toBe(graph.nodes.reduce((s, n) => s + n.inputs.length, 0));
    const shown = texts(doc);
    // Graphviz draws each label line as its own <text>: every name comes back as written.
    for (const name of hostile) for (const line of name.split("\n")) expect(shown).toContain(line);
    expect(shown).toContain('"]; evil -> n0; n0 [label="');
    // Statements: only our own n<k> nodes and edges.
    const statements = dot.split("\n").slice(4, -1);
    for (const s of statements) expect(s).toMatch(/^ {2}n\d+ (\[label="|-> n\d+ \[label=")/);
  });

  it("says which package to install when the renderer cannot be loaded", async () => {
    await expect(graphSvg("digraph { a }", "@viz-js/not-a-package")).rejects.toThrow(/npm install @viz-js\/not-a-package/);
  });

  it("names inputs after the traced function's parameters, arrays and objects by element", () => {
    const dot = trace((w: number[], p: { b: number }) => add(mul(w[0], w[1]), p.b), [1, 2], { b: 3 }).toDot();
    for (const name of ["w[0]", "w[1]", "p.b"]) expect(dot).toContain(`label="${name}\\n`);
    expect(trace((...xs: number[]) => mul(xs[0], xs[1]), 1, 2).toDot()).toContain('label="x1\\n2"');
  });

  it("rejects names of the wrong count", () => {
    expect(() => trace((x: number) => sin(x), 1).toDot({ names: ["a", "b"] })).toThrow(/names must be 1 string/);
  });
});
