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
