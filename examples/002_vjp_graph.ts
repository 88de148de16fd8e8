// Seed 002: a vector-Jacobian product and a traced compute graph for sin(x0)·(x0 + x1).
import { trace, vjp } from "typegrad";
import { done, report } from "./check.js";
import { writeBeside } from "./plot.js";

const f = (x0: number, x1: number): number => Math.sin(x0) * (x0 + x1);

console.log("002 sin(x0)·(x0 + x1) at (0.6, 1.4)");
const [value, pullback] = vjp(f, 0.6, 1.4);
const [d0, d1] = pullback(1);
report("value (vjp)", value, 1.1292849467900707);
report("∂f/∂x0 (vjp)", d0, 2.215313703214392);
report("∂f/∂x1 (vjp)", d1, 0.5646424733950354);

const graph = trace(f, 0.6, 1.4);
const [replayed, gradient] = graph.valueAndGrad(0.6, 1.4) as [number, number[]];
report("value (graph replay)", replayed, 1.1292849467900707);
report("∂f/∂x0 (graph replay)", gradient[0]!, 2.215313703214392);
report("∂f/∂x1 (graph replay)", gradient[1]!, 0.5646424733950354);
console.log(graph.toDot());
for (const input of [0, 1]) {
  const paths = graph.paths(input);
  console.log(`paths from x${input}: ${paths.map((p) => `${p.ops.join(" → ")} (${p.product})`).join(" + ")}`);
  report(`Σ path products, x${input}`, paths.reduce((s, p) => s + p.product, 0), gradient[input]!);
}
const svg = await graph.toSVG({ adjoints: true });
console.log(`compute graph: ${writeBeside(import.meta.url, "002_vjp_graph.svg", svg)}`);
done();
