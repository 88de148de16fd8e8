// @explain: true
// Compiled reverse code for parameters that are matrices (number[][]) and plain objects, and for
// data parameters an `argnums` option leaves out (read like module constants, no gradient).
import { grad, valueAndGrad } from "typegrad";

/** A one-hidden-layer tanh network's mean squared error, weights as written by hand. */
function mlp(W1: number[][], b1: number[], w2: number[], b2: number, X: number[][], y: number[]): number {
  let loss = 0;
  for (let i = 0; i < X.length; i++) {
    let out = b2;
    for (let j = 0; j < W1.length; j++) {
      const w = W1[j];
      let z = b1[j];
      for (let k = 0; k < w.length; k++) z += w[k] * X[i][k];
      out += w2[j] * Math.tanh(z);
    }
    loss += (out - y[i]) ** 2;
  }
  return loss / X.length;
}
export const mlpGrad = grad(mlp, { argnums: [0, 1, 2, 3] });

type Params = { w: number[]; b: number };
const X = [[1, 2], [3, -1], [0.5, 0.25]];
const Y = [1, -2, 0.5];
const dot = (a: number[], b: number[]): number => {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
};
const linear = (p: Params): number => {
  let s = 0;
  for (let i = 0; i < X.length; i++) {
    const z = dot(p.w, X[i]) + p.b;
    s += (z - Y[i]) ** 2;
  }
  return s / X.length;
};
export const linearGrad = valueAndGrad(linear);

/** The parameter destructured where it is declared, a field renamed. */
function lossD({ w, b: bias }: Params): number {
  let s = 0;
  for (let i = 0; i < X.length; i++) s += (dot(w, X[i]) + bias - Y[i]) ** 2;
  return s;
}
export const lossDGrad = grad(lossD);

/** Nested objects of parameters. */
type Net = { l1: { W: number[][]; b: number[] }; l2: { w: number[]; b: number } };
function net(params: Net, x: number[]): number {
  let out = params.l2.b;
  for (let j = 0; j < params.l1.W.length; j++) out += params.l2.w[j] * Math.tanh(dot(params.l1.W[j], x) + params.l1.b[j]);
  return out;
}
export const netGrad = grad(net, { argnums: 0 });

/** for…of over a matrix parameter's rows and a row's elements. */
function rowsOf(W: number[][]): number {
  let s = 0;
  for (const row of W) {
    let t = 0;
    for (const v of row) t += v;
    s += t * t;
  }
  return s;
}
export const rowsGrad = grad(rowsOf);
