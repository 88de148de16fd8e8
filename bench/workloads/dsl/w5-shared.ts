/**
 * W5: plain-number functions that are ALSO differentiated elsewhere (w5-differentiated.ts).
 * The harness calls them with plain numbers and compares with byte-for-byte the same source in
 * ../w5-plain-copy.ts, a file that never touches typegrad: the ratio is the cost of being
 * differentiable for a plain-number caller (target ≤ 1.05 with the transformer).
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
