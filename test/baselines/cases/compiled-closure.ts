// @explain: true
// A function that closes over locals of the function around it (a training loop's samples, a
// scale set later): its compiled code reads them where the transform is called, as the closure does.
import { derivative, grad } from "typegrad";

function meanSquare(w: number[], X: number[][], y: number[]): number {
  let s = 0;
  for (let i = 0; i < X.length; i++) {
    let z = 0;
    for (let j = 0; j < w.length; j++) z += w[j] * X[i][j];
    s += (z - y[i]) ** 2;
  }
  return s / X.length;
}

export function fit(X: number[][], y: number[], steps: number): number[] {
  let w = X[0].map(() => 0);
  const loss = (v: number[]) => meanSquare(v, X, y);
  const g = grad(loss);
  for (let k = 0; k < steps; k++) {
    const d = g(w);
    w = w.map((wi, i) => wi - 0.1 * d[i]);
  }
  return w;
}

export function scaled(a: number): (x: number) => number {
  let scale = a;
  const f = (x: number) => scale * Math.sin(x) * x;
  const df = derivative(f);
  return (x: number) => {
    scale += 1;
    return df(x);
  };
}


