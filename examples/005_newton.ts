// Newton's method with second derivatives: minimise Rosenbrock's function from (-1.2, 1),
// each step solving H·Δ = -∇f with the Hessian from typegrad (forward over reverse).
import { grad, hessian } from "typegrad";
import { done, report, reportNear } from "./check.js";
import { svgPlot, writeBeside } from "./plot.js";

const rosenbrock = (p: number[]): number => (1 - p[0]!) ** 2 + 100 * (p[1]! - p[0]! ** 2) ** 2;

let p = [-1.2, 1];
const path: [number, number][] = [[p[0]!, p[1]!]];
console.log("005 Newton's method on Rosenbrock's function");
for (let step = 1; step <= 20; step++) {
  const g = grad(rosenbrock)(p);
  const [[a, b], [c, d]] = hessian(rosenbrock)(p) as [[number, number], [number, number]];
  const det = a * d - b * c;
  p = [p[0]! - (d * g[0]! - b * g[1]!) / det, p[1]! - (a * g[1]! - c * g[0]!) / det];
  path.push([p[0]!, p[1]!]);
  console.log(`step ${String(step).padStart(2)}  x = (${p[0]!.toFixed(12)}, ${p[1]!.toFixed(12)})  f = ${rosenbrock(p).toExponential(3)}`);
  if (Math.hypot(g[0]!, g[1]!) < 1e-12) break;
}
const picture = svgPlot({
  title: "Newton's method on Rosenbrock's function",
  x: [-2, 2],
  y: [-1.5, 3],
  contours: { f: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2, levels: [0.5, 2, 8, 30, 100, 300, 1000] },
  lines: [{ points: path, color: "#c33", dots: true }],
  xLabel: "x",
  yLabel: "y",
});
console.log(`path over the contours: ${writeBeside(import.meta.url, "005_newton.svg", picture)}`);
reportNear("minimiser x", p[0]!, 1, 1e-10);
reportNear("minimiser y", p[1]!, 1, 1e-10);
// At (1, 1): H = [[2 + 1200x² - 400y, -400x], [-400x, 200]] = [[802, -400], [-400, 200]].
const h = hessian(rosenbrock)([1, 1]);
report("H[0][0] at (1, 1)", h[0]![0]!, 802);
report("H[0][1] at (1, 1)", h[0]![1]!, -400);
report("H[1][1] at (1, 1)", h[1]![1]!, 200);
done();
