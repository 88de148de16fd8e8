// Fitting a small model by gradient descent: y = a·sin(x) + b·x + c on points drawn from
// a = 3, b = 0.5, c = -1. The model is a plain class; the loss is a plain function.
import { valueAndGrad } from "typegrad";
import { done, reportNear } from "./check.js";
import { svgPlot, writeBeside } from "./plot.js";

class Model {
  constructor(
    public a: number,
    public b: number,
    public c: number,
  ) {}
  predict(x: number): number {
    return this.a * Math.sin(x) + this.b * x + this.c;
  }
}

const xs = Array.from({ length: 40 }, (_, i) => -4 + (8 * i) / 39);
const ys = xs.map((x) => 3 * Math.sin(x) + 0.5 * x - 1);

function loss(a: number, b: number, c: number): number {
  const model = new Model(a, b, c);
  let total = 0;
  for (let i = 0; i < xs.length; i++) {
    const r = model.predict(xs[i]!) - ys[i]!;
    total += r * r;
  }
  return total / xs.length;
}

let params: [number, number, number] = [0, 0, 0];
const rate = 0.1;
const curve: [number, number][] = [];
console.log("006 fitting a·sin(x) + b·x + c by gradient descent");
for (let epoch = 1; epoch <= 60; epoch++) {
  let value = 0;
  for (let step = 0; step < 10; step++) {
    const [l, g] = valueAndGrad(loss)(...params);
    value = l;
    curve.push([curve.length, Math.log10(l)]);
    params = [params[0] - rate * g[0], params[1] - rate * g[1], params[2] - rate * g[2]];
  }
  if (epoch % 5 === 0 || epoch === 1) console.log(`epoch ${String(epoch).padStart(2)}  loss ${value.toExponential(4)}  a=${params[0].toFixed(6)} b=${params[1].toFixed(6)} c=${params[2].toFixed(6)}`);
}
const picture = svgPlot({
  title: "Loss by gradient step (log10 scale)",
  x: [0, curve.length],
  y: [Math.floor(Math.min(...curve.map((c) => c[1]))), Math.ceil(Math.max(...curve.map((c) => c[1])))],
  lines: [{ points: curve, color: "#36c" }],
  xLabel: "gradient step",
  yLabel: "log10 loss",
});
console.log(`loss curve: ${writeBeside(import.meta.url, "006_fit.svg", picture)}`);
reportNear("a", params[0], 3, 1e-6);
reportNear("b", params[1], 0.5, 1e-6);
reportNear("c", params[2], -1, 1e-6);
done();
