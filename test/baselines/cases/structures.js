// Activity through arrays, destructuring, array-method callbacks, closures and classes.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
class Layer {
    weights;
    bias = 0.1;
    constructor(weights) {
        this.weights = weights;
    }
    forward(inputs) {
        return inputs.reduce((acc, v, i) => __typegrad.add(acc, __typegrad.mul(v, this.weights[i])), this.bias);
    }
}
const model = (w0, w1) => {
    const [a, b] = [w0 * 2, w1];
    const layer = new Layer([a, b]);
    const squash = (t) => t / (1 + Math.abs(t));
    const outputs = [1, 2, 3].map((x) => squash(layer.forward([x, x * x])));
    let total = 0;
    for (const o of outputs)
        total += o;
    outputs.forEach((o) => {
        total -= o * o;
    });
    return total;
};
const model$ad = (w0, w1) => {
    const [a, b] = [__typegrad.mul(w0, 2), w1];
    const layer = new Layer([a, b]);
    const squash = (t) => __typegrad.div(t, (__typegrad.add(1, __typegrad.abs(t))));
    const outputs = [1, 2, 3].map((x) => squash(layer.forward([x, __typegrad.mul(x, x)])));
    let total = 0;
    for (const o of outputs)
        total = __typegrad.add(total, o);
    outputs.forEach((o) => {
        total = __typegrad.sub(total, __typegrad.mul(o, o));
    });
    return total;
};
__typegrad.attach(model, model$ad);
export const checks = [{ f: model, at: [0.3, -0.2], grad: grad(model$ad) }];
