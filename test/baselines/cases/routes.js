// Functions as values, part 4: every route a function value takes to a transform.
import { grad } from "typegrad";
import { forwardSlope, gradientStep, slope, slopeOfSquare, valueAndSlope } from "./routes-optim.js";
import { banana, compose, forwardAll, memoize, rosenbrock, scaled, sphere, Spring, table } from "./routes-index.js";
import * as __typegrad from "typegrad";
import { gradientStep$ad, slopeOfSquare$ad } from "./routes-optim.js";
const gradient_1 = x_1 => {
    const x_g_1 = new Array(x_1.length).fill(0);
    let s_1 = 0, v_1 = 0, v_2 = 0, v_3 = 0, v_4 = 0, v_5 = 0, v_6 = 0, v_7 = 0, v_8 = 0, at_1 = 0, s_a_1 = 0;
    s_1 = 0;
    s_a_1 = 1;
    for (let i_1 = 0; i_1 < (x_1.length - 1); i_1++) {
        at_1 = i_1 + 1;
        v_1 = x_1[i_1] * x_1[i_1];
        v_2 = x_1[at_1] - v_1;
        v_3 = 1 - x_1[i_1];
        v_4 = 100 * v_2;
        v_5 = v_4 * v_2;
        v_6 = v_3 * v_3;
        v_7 = v_5 + v_6;
        v_8 = s_1 + v_7;
        s_1 = v_8;
        let v_a_1 = 0, v_a_2 = 0, v_a_3 = 0, v_a_4 = 0, v_a_5 = 0, v_a_6 = 0, v_a_7 = 0, v_a_8 = 0;
        v_a_8 = s_a_1;
        s_a_1 = 0;
        s_a_1 = v_a_8;
        v_a_7 = v_a_8;
        v_a_5 = v_a_7;
        v_a_6 = v_a_7;
        v_a_3 = v_3 * v_a_6;
        v_a_3 += v_3 * v_a_6;
        v_a_4 = v_2 * v_a_5;
        v_a_2 = v_4 * v_a_5;
        v_a_2 += 100 * v_a_4;
        x_g_1[i_1] += -v_a_3;
        x_g_1[at_1] += v_a_2;
        v_a_1 = -v_a_2;
        x_g_1[i_1] += x_1[i_1] * v_a_1;
        x_g_1[i_1] += x_1[i_1] * v_a_1;
    }
    const value_1 = s_1;
    s_a_1 = 0;
    return __typegrad.reverseResult(value_1, [x_g_1]);
};
const spring = new Spring(3);
let reassigned = __typegrad.attach((x) => x * x, (x) => __typegrad.mul(x, x));
reassigned = __typegrad.attach((x) => x * x * x, (x) => __typegrad.mul(__typegrad.mul(x, x), x));
const fromMap = new Map([["cube", table.cube]]);
const list = [table.wave, Math.cos];
const pick = (k) => (k > 0 ? table.cube : table.wave);
const step = (p) => gradientStep(rosenbrock, [p, 1.2], 0.001)[0];
const step$ad = (p) => gradientStep$ad(__typegrad.ad(rosenbrock), [p, 1.2], 0.001)[0];
__typegrad.attach(step, step$ad);
export const checks = [
    // a parameter of the user's helper in another module
    { f: step, at: [0.8], grad: __typegrad.attach((p) => slope(step, p), (p) => slope(step$ad, p)) },
    { f: __typegrad.attach((p) => sphere([p, 2]), (p) => __typegrad.ad(sphere)([p, 2])), at: [0.5], grad: __typegrad.attach((p) => p - gradientStep(sphere, [p, 2], 1)[0], (p) => __typegrad.sub(p, gradientStep$ad(__typegrad.ad(sphere), [p, 2], 1)[0])) },
    // an object literal's field, read through Object.entries
    ...Object.entries(table).map(([, f]) => ({ f, at: [0.7], grad: (x) => slope(f, x) })),
    // a factory's result, forward and reverse
    { f: scaled(3), at: [2], grad: (x) => slope(scaled(3), x) },
    { f: scaled(3), at: [2], grad: (x) => forwardSlope(scaled(3), x) },
    // a method, bound and wrapped
    { f: (x) => spring.energy(x), at: [1.5], grad: (x) => slope(__typegrad.bind(spring.energy, spring), x) },
    { f: (x) => spring.energy(x), at: [1.5], grad: (x) => slope((y) => spring.energy(y), x) },
    // compose with a Math function, rest-argument wrapper, memoisation
    { f: compose(Math.sin, scaled(2)), at: [0.4], grad: (x) => slope(compose(Math.sin, scaled(2)), x) },
    { f: table.cube, at: [1.1], grad: (x) => slope(forwardAll(table.cube), x) },
    { f: table.wave, at: [0.3], grad: (x) => valueAndSlope(memoize(table.wave), x)[1] },
    // a reassigned let, a Map, an array, a conditional
    { f: reassigned, at: [2], grad: (x) => slope(reassigned, x) },
    { f: table.cube, at: [2], grad: (x) => slope(fromMap.get("cube"), x) },
    { f: Math.cos, at: [0.9], grad: (x) => forwardSlope(list[1], x) },
    { f: pick(1), at: [1.3], grad: (x) => slope(pick(1), x) },
    // f.call and f.apply inside differentiable code, and a function value called there
    { f: table.cube, at: [1.2], grad: __typegrad.attach((x) => slope(__typegrad.attach((y) => table.cube.call(null, y), (y) => __typegrad.callWith(null, table.cube, y)), x), (x) => slope((y) => __typegrad.callWith(null, table.cube, y), x)) },
    { f: table.cube, at: [1.2], grad: __typegrad.attach((x) => slope(__typegrad.attach((y) => table.cube.apply(null, [y]), (y) => __typegrad.applyWith(null, table.cube, [y])), x), (x) => slope((y) => __typegrad.applyWith(null, table.cube, [y]), x)) },
    { f: __typegrad.attach((x) => table.wave(x) ** 2, (x) => __typegrad.pow(__typegrad.invoke(table, "wave", x), 2)), at: [0.6], grad: __typegrad.attach((x) => slopeOfSquare(table.wave, x), (x) => slopeOfSquare$ad(table.wave, x)) },
    // through the barrel's renamed re-export, directly to grad
    { f: __typegrad.attach((p) => banana([p, 1]), (p) => __typegrad.ad(banana)([p, 1])), at: [0.9], grad: (p) => grad(__typegrad.withReverse(__typegrad.ad(banana), gradient_1, "a"))([p, 1])[0] },
];
