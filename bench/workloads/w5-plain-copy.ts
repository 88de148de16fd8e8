/**
 * W5's baseline: the same source as dsl/w5-shared.ts in a file that never touches typegrad
 * (and is never compiled by the transformer's build).
 */
export function f5(x0: number, x1: number): number {
  return Math.sin(x0) * (x0 + x1);
}

export function rosen5(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i += 2) {
    const t = x[i + 1] - x[i] * x[i];
    const u = 1 - x[i];
    s += 100 * t * t + u * u;
  }
  return s;
}
