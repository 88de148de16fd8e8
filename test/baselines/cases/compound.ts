// Compound assignment on a local, an element and a property, and increments: every
// object and key expression is evaluated once, through hoisted temporaries.
import { grad } from "typegrad";

let evaluations = 0;
const pick = (i: number): number => (evaluations++, i);

export function accumulate(x: number): number {
  const a = [1, 2, 3];
  const o = { p: 1, q: [x] };
  let s = 0;
  s += x;
  s -= 0.5;
  s *= x;
  s /= 2;
  s **= 2;
  a[pick(1)] *= x;
  o.p += s;
  o.q[0]! -= 1;
  let n = x;
  n++;
  const before = n--;
  return s + a[1]! + o.p + o.q[0]! * before + ++n;
}

export const checks = [{ f: accumulate, at: [1.3], grad: grad(accumulate) }];
export const pickCount = (): number => evaluations;
