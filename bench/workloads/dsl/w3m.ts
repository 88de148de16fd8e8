/** W3m as a user writes it (compile with the typegrad transformer): number[][] weights, data as arguments. */
import { grad } from "typegrad";

export function mlp(W1: number[][], b1: number[], w2: number[], b2: number, X: number[][], y: number[]): number {
  let loss = 0;
  for (let i = 0; i < X.length; i++) {
    let out = b2;
    for (let j = 0; j < W1.length; j++) {
      const w = W1[j];
      let z = b1[j];
      for (let k = 0; k < w.length; k++) z += w[k] * X[i][k];
      out += w2[j] * Math.tanh(z);
    }
    const e = out - y[i];
    loss += e * e;
  }
  return loss / X.length;
}

export const gradMlp = grad(mlp, { argnums: [0, 1, 2, 3] });
