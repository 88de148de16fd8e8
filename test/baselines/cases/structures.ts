// Activity through arrays, destructuring, array-method callbacks, closures and classes.
import { grad } from "typegrad";

class Layer {
  bias = 0.1;
  constructor(public weights: number[]) {}
  forward(inputs: number[]): number {
    return inputs.reduce((acc, v, i) => acc + v * this.weights[i]!, this.bias);
  }
}

const model = (w0: number, w1: number): number => {
  const [a, b] = [w0 * 2, w1];
  const layer = new Layer([a, b]);
  const squash = (t: number) => t / (1 + Math.abs(t));
  const outputs = [1, 2, 3].map((x) => squash(layer.forward([x, x * x])));
  let total = 0;
  for (const o of outputs) total += o;
  outputs.forEach((o) => {
    total -= o * o;
  });
  return total;
};

export const checks = [{ f: model, at: [0.3, -0.2], grad: grad(model) }];
