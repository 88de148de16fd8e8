/** J10 as a user writes it (compile with the typegrad transformer). */
import { jacfwd, jacrev } from "typegrad";

function coupling(left: number, mid: number, right: number): number {
  return Math.sin(mid) * right - (left * left) / (1 + mid * mid);
}

export function ring(x: number[]): number[] {
  return [
    coupling(x[9], x[0], x[1]), coupling(x[0], x[1], x[2]), coupling(x[1], x[2], x[3]), coupling(x[2], x[3], x[4]),
    coupling(x[3], x[4], x[5]), coupling(x[4], x[5], x[6]), coupling(x[5], x[6], x[7]), coupling(x[6], x[7], x[8]),
    coupling(x[7], x[8], x[9]), coupling(x[8], x[9], x[0]),
  ];
}

export const jacfwdRing = jacfwd(ring);
export const jacrevRing = jacrev(ring);

/** The same ring built in a local array by a loop (J10l). */
export function ringLocal(x: number[]): number[] {
  const n = x.length;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = coupling(x[(i + n - 1) % n], x[i], x[(i + 1) % n]);
  return out;
}

/** The same ring by map (J10m). */
export function ringMapped(x: number[]): number[] {
  const n = x.length;
  return x.map((v, i) => coupling(x[(i + n - 1) % n], v, x[(i + 1) % n]));
}

export const jacfwdLocal = jacfwd(ringLocal);
export const jacrevLocal = jacrev(ringLocal);
export const jacfwdMapped = jacfwd(ringMapped);
export const jacrevMapped = jacrev(ringMapped);
