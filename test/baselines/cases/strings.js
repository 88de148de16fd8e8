// String concatenation and template literals keep string semantics and show primal values.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
export const labels = [];
const f = (x) => {
    const y = x * x;
    labels.push("y=" + y, `x=${x}, y=${y.toFixed(2)}`);
    let s = "y:";
    s += y;
    labels.push(s);
    return y;
};
const f$ad = (x) => {
    const y = __typegrad.mul(x, x);
    labels.push("y=" + __typegrad.numberOf(y), `x=${__typegrad.numberOf(x)}, y=${__typegrad.numberOf(y).toFixed(2)}`);
    let s = "y:";
    s += __typegrad.numberOf(y);
    labels.push(s);
    return y;
};
__typegrad.attach(f, f$ad);
export const checks = [{ f, at: [1.5], grad: grad(f$ad) }];
