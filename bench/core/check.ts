/** The correctness check every contender passes before it is timed. */
import type { Result, Tolerance } from "./types.js";

export function toArray(r: Result): number[] {
  return typeof r === "number" ? [r] : Array.from(r as ArrayLike<number | ArrayLike<number>>).flatMap((x) => (typeof x === "number" ? [x] : Array.from(x)));
}

/**
 * Throws unless |a − b| ≤ atol·max|b| + rtol·|b| entrywise (atol is relative to the largest
 * reference entry, so it is scale-free). Returns the largest |a − b| / max|b|.
 */
export function assertClose(got: Result, want: Result, tol: Tolerance, what: string): number {
  const a = toArray(got), b = toArray(want);
  if (a.length !== b.length) throw new Error(`${what}: ${a.length} entries, expected ${b.length}`);
  const scale = Math.max(...b.map(Math.abs), Number.MIN_VALUE);
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const err = Math.abs(a[i] - b[i]);
    if (!(err <= tol.atol * scale + tol.rtol * Math.abs(b[i]))) {
      throw new Error(`${what}: entry ${i} is ${a[i]}, expected ${b[i]} (rtol ${tol.rtol}, atol ${tol.atol}·max|ref|)`);
    }
    worst = Math.max(worst, err / scale);
  }
  return worst;
}

/** Central differences of a scalar function of `P` along coordinates of its input. */
export function centralDifference<P>(f: (p: P) => number, p: P, coords: number): number[] {
  const h = 1e-6;
  if (typeof p === "number") return [(f((p + h) as P) - f((p - h) as P)) / (2 * h)];
  if (Array.isArray(p) && p.some((e) => typeof e !== "number")) {
    // Nested weights (W3m's [W1, b1, w2, b2]): the numbers counted in order, row after row.
    const out: number[] = [];
    for (let i = 0; i < coords; i++) {
      const up = moved(p, i, h), down = moved(p, i, -h);
      if (up === undefined || down === undefined) break;
      out.push((f(up as P) - f(down as P)) / (2 * h));
    }
    return out;
  }
  const x = p as unknown as ArrayLike<number> & { [i: number]: number; slice(): unknown };
  const out: number[] = [];
  const n = Math.min(coords, x.length);
  for (let i = 0; i < n; i++) {
    const up = x.slice() as typeof x, down = x.slice() as typeof x;
    up[i] += h;
    down[i] -= h;
    out.push((f(up as unknown as P) - f(down as unknown as P)) / (2 * h));
  }
  return out;
}

/** A copy of nested arrays `p` with its `i`-th number (in order, depth first) moved by `d`; undefined past the last. */
function moved(p: unknown, i: number, d: number): unknown {
  let left = i;
  const copy = (x: unknown): unknown => {
    if (typeof x === "number") return left-- === 0 ? x + d : x;
    return Array.from(x as ArrayLike<unknown>, copy);
  };
  const out = copy(p);
  return left >= 0 ? undefined : out;
}
