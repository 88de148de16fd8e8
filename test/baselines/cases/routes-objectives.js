import * as __typegrad from "typegrad";
__typegrad.attach(rosenbrock, rosenbrock$ad);
// Functions as values, part 2: objectives and higher-order utilities with no typegrad import.
export function rosenbrock(x) {
    let s = 0;
    for (let i = 0; i < x.length - 1; i++) {
        const a = x[i + 1] - x[i] * x[i];
        const b = 1 - x[i];
        s += 100 * a * a + b * b;
    }
    return s;
}
export function rosenbrock$ad(x) {
    let s = 0;
    for (let i = 0; i < x.length - 1; i++) {
        const a = __typegrad.sub(x[i + 1], __typegrad.mul(x[i], x[i]));
        const b = __typegrad.sub(1, x[i]);
        s = __typegrad.add(s, __typegrad.add(__typegrad.mul(__typegrad.mul(100, a), a), __typegrad.mul(b, b)));
    }
    return s;
}
export const sphere = (x) => x.reduce((s, v) => s + v * v, 0);
export const sphere$ad = (x) => x.reduce((s, v) => __typegrad.add(s, __typegrad.mul(v, v)), 0);
__typegrad.attach(sphere, sphere$ad);
export const table = {
    cube: __typegrad.attach((x) => x * x * x, (x) => __typegrad.mul(__typegrad.mul(x, x), x)),
    wave: __typegrad.attach((x) => Math.sin(x) * Math.exp(-x), (x) => __typegrad.mul(__typegrad.sin(x), __typegrad.mathExp(__typegrad.neg(x)))),
};
export function scaled(k) {
    return __typegrad.attach((x) => k * x * x, (x) => __typegrad.mul(__typegrad.mul(k, x), x));
}
export class Spring {
    stiffness;
    constructor(stiffness) {
        this.stiffness = stiffness;
    }
    energy(x) {
        return __typegrad.mul(__typegrad.mul(0.5 * this.stiffness, x), x);
    }
}
export function compose(g, f) {
    return __typegrad.attach((a) => g(f(a)), (a) => __typegrad.call(g, __typegrad.call(f, a)));
}
export function forwardAll(f) {
    return __typegrad.attach((...args) => f(...args), (...args) => __typegrad.call(f, ...args));
}
export function memoize(f) {
    const cache = new Map();
    return __typegrad.attach((x) => {
        const hit = cache.get(x);
        if (__typegrad.ne(hit, undefined))
            return hit;
        const y = f(x);
        cache.set(x, y);
        return y;
    }, (x) => {
        const hit = cache.get(x);
        if (__typegrad.ne(hit, undefined))
            return hit;
        const y = __typegrad.call(f, x);
        cache.set(x, y);
        return y;
    });
}
