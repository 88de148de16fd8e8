// Seed 003: a sigmoid neuron built from gates, and the seed's "bug" — a variable used twice
// must receive both contributions.
import { grad, valueAndGrad } from "typegrad";
import { done, report } from "./check.js";

const neuron = (w1: number, w2: number, x1: number, x2: number, b: number): number =>
  1 / (1 + Math.exp(-(w1 * x1 + w2 * x2 + b)));

console.log("003 sigmoid neuron at w1=2, w2=-3, x1=-1, x2=-2, b=-3");
const [value, [dw1, dw2, dx1, dx2, db]] = valueAndGrad(neuron)(2, -3, -1, -2, -3);
report("value", value, 0.7310585786300049);
report("∂/∂w1", dw1, -0.19661193324148185);
report("∂/∂w2", dw2, -0.3932238664829637);
report("∂/∂x1", dx1, 0.3932238664829637);
report("∂/∂x2", dx2, -0.5898357997244456);
report("∂/∂b", db, 0.19661193324148185);

console.log("003 w·x1 + w·x2 at w=5, x1=1, x2=2 (w used twice)");
const twice = (w: number, x1: number, x2: number): number => w * x1 + w * x2;
report("value", twice(5, 1, 2), 15);
const [gw, gx1, gx2] = grad(twice)(5, 1, 2);
report("∂/∂w", gw, 3);
report("∂/∂x1", gx1, 5);
report("∂/∂x2", gx2, 5);
done();
