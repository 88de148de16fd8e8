// Seed 001: forward- and reverse-mode autodiff on expression graphs, written as plain math.
import { derivative, grad, trace } from "typegrad";
import { done, report } from "./check.js";
import { writeBeside } from "./plot.js";

console.log("001 forward mode: f1(f2(x), f3(x)) at x = 1");
const f1 = (x: number, y: number): number => 3 * x ** 2 + 5 * x * y + 4 * y ** 2;
const f2 = (x: number): number => Math.sin(x);
const f3 = (x: number): number => Math.sqrt(x) + Math.exp(x);
report("f'(1)", derivative((x: number) => f1(f2(x), f3(x)))(1), 122.04515814026486);

console.log("001 reverse mode: g1(g2(x1, g2(x2, x1)), g3(x1)) at (2, 3)");
const g1 = (x: number, y: number): number => Math.sin(Math.PI * x) + Math.cos(Math.PI * y);
const g2 = (x: number, y: number): number => x ** y;
const g3 = (x: number): number => Math.log(x);
const g = (x1: number, x2: number): number => g1(g2(x1, g2(x2, x1)), g3(x1));
const [x1, x2] = [2, 3];
const [dx1, dx2] = grad(g)(x1, x2);
report("value", g(x1, x2), -0.5702332487689403);
report("∂g/∂x1", dx1, 18260.762731189883);
report("∂g/∂x2", dx2, 6689.544469412665);

// The three paths from x1 to the output, each a product of local partial derivatives.
const inner = g2(x2, x1);
const outer = g2(x1, inner);
const [dg1da, dg1db] = grad(g1)(outer, g3(x1));
const [dg2dx, dg2dy] = grad(g2)(x1, inner);
const [, dInnerDx1] = grad(g2)(x2, x1);
const dg3 = grad(g3)(x1);
report("path x1 → g2", dg1da * dg2dx, 7238.229473870883);
report("path x1 → inner g2 → g2", dg1da * dg2dy * dInnerDx1, 11023.823639532817);
report("path x1 → g3", dg1db * dg3, -1.2903822138143053);

// The same three paths, read off the traced expression graph (seed 001's picture).
const graph = trace(g, x1, x2);
const paths = graph.paths(0);
const names = ["path x1 → g2", "path x1 → inner g2 → g2", "path x1 → g3"];
const expected = [7238.229473870883, 11023.823639532817, -1.2903822138143053];
paths.forEach((path, k) => report(`${names[k]} (graph: ${path.ops.join(" → ")})`, path.product, expected[k]!));
report("sum of the path products", paths.reduce((s, path) => s + path.product, 0), 18260.762731189883);
const svg = await graph.toSVG({ adjoints: true });
console.log(`expression graph (${svg.length} bytes of SVG): ${writeBeside(import.meta.url, "001_expression_graph.svg", svg)}`);

console.log("001 appendix: h1(h2(x1, x2), h3(x1, x2)) at (2, 3)");
const h = (a: number, b: number): number => (Math.cos(Math.PI * a) / Math.sin(a)) * (Math.log(a) / b);
const [dh1, dh2] = grad(h)(2, 3);
report("∂h/∂x1", dh1, 0.29958076032382);
report("∂h/∂x2", dh2, -0.0846987477622259);
done();
