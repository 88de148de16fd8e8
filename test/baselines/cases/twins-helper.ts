// Plain-number helpers with no typegrad import; differentiable code in twins.ts calls them,
// so each gets a differentiable twin emitted beside it.
export function sumOfSquares(xs: number[], scale = 1): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += scale * xs[i]! * xs[i]!;
  return s;
}

export const norm = (xs: number[]): number => Math.sqrt(sumOfSquares(xs));

/** Called only with plain numbers: stays as written, no twin. */
export function count(xs: number[]): number {
  return xs.length * 2;
}
