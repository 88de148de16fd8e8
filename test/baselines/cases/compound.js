// Compound assignment on a local, an element and a property, and increments: every
// object and key expression is evaluated once, through hoisted temporaries.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
__typegrad.attach(accumulate, accumulate$ad);
let evaluations = 0;
const pick = (i) => (evaluations++, i);
export function accumulate(x) {
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
    o.q[0] -= 1;
    let n = x;
    n++;
    const before = n--;
    return s + a[1] + o.p + o.q[0] * before + ++n;
}
export function accumulate$ad(x) {
    var _a, _b, _c;
    const a = [1, 2, 3];
    const o = { p: 1, q: [x] };
    let s = 0;
    s = __typegrad.add(s, x);
    s = __typegrad.sub(s, 0.5);
    s = __typegrad.mul(s, x);
    s = __typegrad.div(s, 2);
    s = __typegrad.pow(s, 2);
    (_a = pick(1), a[_a] = __typegrad.mul(a[_a], x));
    o.p = __typegrad.add(o.p, s);
    (_b = o.q, _b[0] = __typegrad.sub(_b[0], 1));
    let n = x;
    n = __typegrad.add(n, 1);
    const before = (_c = n, n = __typegrad.sub(_c, 1), _c);
    return __typegrad.add(__typegrad.add(__typegrad.add(__typegrad.add(s, a[1]), o.p), __typegrad.mul(o.q[0], before)), n = __typegrad.add(n, 1));
}
export const checks = [{ f: accumulate, at: [1.3], grad: grad(accumulate$ad) }];
export const pickCount = () => evaluations;
