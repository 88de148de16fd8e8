// User-style audit, part 2: objectives reading the data module (no typegrad import); the
// gradients are taken in part 3, another module, as users call grad.
import { dotRow, obs, t, X, y } from "./compiled-audit-data.js";
import * as __typegrad from "typegrad";
import { dotRow$ad } from "./compiled-audit-data.js";
__typegrad.attach(logistic, logistic$ad);
__typegrad.attach(whileSum, whileSum$ad);
__typegrad.attach(euler, euler$ad);
// Logistic regression: a helper over a row of 2-D data, the written-out logistic, a ?: clamp
// and an early return guard.
export function logistic(w) {
    if (w.length === 0)
        return 0;
    let loss = 0;
    for (let i = 0; i < X.length; i++) {
        const z = dotRow(X, i, w);
        let p = 1 / (1 + Math.exp(-z));
        p = p < 1e-12 ? 1e-12 : p > 1 - 1e-12 ? 1 - 1e-12 : p;
        loss -= y[i] * Math.log(p) + (1 - y[i]) * Math.log(1 - p);
    }
    return loss / X.length;
}
export function logistic$ad(w) {
    if (w.length === 0)
        return 0;
    let loss = 0;
    for (let i = 0; i < X.length; i++) {
        const z = dotRow$ad(X, i, w);
        let p = __typegrad.logistic(z);
        p = __typegrad.lt(p, 1e-12) ? 1e-12 : __typegrad.gt(p, 1 - 1e-12) ? 1 - 1e-12 : p;
        loss = __typegrad.sub(loss, __typegrad.add(__typegrad.mul(y[i], __typegrad.log(p)), __typegrad.mul((1 - y[i]), __typegrad.log(__typegrad.sub(1, p)))));
    }
    return __typegrad.div(loss, X.length);
}
// A while loop with its own counter.
export function whileSum(x) {
    let i = 0;
    let s = 0;
    while (i < x.length) {
        s += Math.tanh(x[i]) * x[i];
        i++;
    }
    return s;
}
export function whileSum$ad(x) {
    let i = 0;
    let s = 0;
    while (i < x.length) {
        s = __typegrad.add(s, __typegrad.mul(__typegrad.tanh(x[i]), x[i]));
        i++;
    }
    return s;
}
// Euler steps of u' = -k0·u + k1·u², compared with observations at the times t.
export function euler(k) {
    const dt = 0.05;
    let u = 1;
    let err = 0;
    let j = 0;
    for (let step = 0; step <= 40; step++) {
        if (j < t.length && Math.abs(step * dt - t[j]) < 1e-9) {
            err += (u - obs[j]) ** 2;
            j++;
        }
        u = u + dt * (-k[0] * u + k[1] * u * u);
    }
    return err;
}
export function euler$ad(k) {
    const dt = 0.05;
    let u = 1;
    let err = 0;
    let j = 0;
    for (let step = 0; step <= 40; step++) {
        if (j < t.length && Math.abs(step * dt - t[j]) < 1e-9) {
            err = __typegrad.add(err, __typegrad.pow((__typegrad.sub(u, obs[j])), 2));
            j++;
        }
        u = __typegrad.add(u, __typegrad.mul(dt, (__typegrad.add(__typegrad.mul(__typegrad.neg(k[0]), u), __typegrad.mul(__typegrad.mul(k[1], u), u)))));
    }
    return err;
}
