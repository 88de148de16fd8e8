// Functions as values, part 4: every route a function value takes to a transform.
import { grad } from "typegrad";
import { forwardSlope, gradientStep, slope, slopeOfSquare, valueAndSlope } from "./routes-optim.js";
import { banana, compose, forwardAll, memoize, rosenbrock, scaled, sphere, Spring, table } from "./routes-index.js";
import * as __typegrad from "typegrad";
import { gradientStep$ad, slopeOfSquare$ad } from "./routes-optim.js";
const gradient_1 = x_1 => {
    let v_1 = 0, x_a_1 = 0;
    v_1 = x_1 * x_1;
    const value_1 = v_1;
    let v_a_1 = 0;
    v_a_1 = 1;
    x_a_1 += x_1 * v_a_1;
    x_a_1 += x_1 * v_a_1;
    return __typegrad.reverseResult(value_1, [x_a_1]);
};
const forward_1 = (x_2, x_t_1) => {
    let v_2 = 0, v_t_1 = 0;
    v_2 = x_2 * x_2;
    v_t_1 = x_2 * x_t_1 + x_2 * x_t_1;
    return __typegrad.forwardResult(v_2, v_t_1);
};
const derivative_1 = x_3 => {
    let v_3 = 0, v_t_2 = 0;
    v_3 = x_3 * x_3;
    v_t_2 = x_3 + x_3;
    return __typegrad.derivativeResult(v_3, v_t_2);
};
const hessian_1 = (x_4, x_v_1) => {
    let d_1 = 0, d_2 = 0, v_t_3 = 0, x_a_2 = 0;
    d_1 = x_4 * x_v_1;
    d_2 = x_4 * x_v_1;
    v_t_3 = d_1 + d_2;
    const value_2 = v_t_3;
    let d_a_1 = 0, d_a_2 = 0, v_t_a_1 = 0;
    v_t_a_1 = 1;
    d_a_1 = v_t_a_1;
    d_a_2 = v_t_a_1;
    x_a_2 += x_v_1 * d_a_2;
    x_a_2 += x_v_1 * d_a_1;
    return __typegrad.reverseResult(value_2, [x_a_2]);
};
const gradient_2 = x_5 => {
    let v_4 = 0, v_5 = 0, x_a_3 = 0;
    v_4 = x_5 * x_5;
    v_5 = v_4 * x_5;
    const value_3 = v_5;
    let v_a_2 = 0, v_a_3 = 0;
    v_a_3 = 1;
    v_a_2 = x_5 * v_a_3;
    x_a_3 += v_4 * v_a_3;
    x_a_3 += x_5 * v_a_2;
    x_a_3 += x_5 * v_a_2;
    return __typegrad.reverseResult(value_3, [x_a_3]);
};
const forward_2 = (x_6, x_t_2) => {
    let v_6 = 0, v_t_4 = 0, v_7 = 0, v_t_5 = 0;
    v_6 = x_6 * x_6;
    v_t_4 = x_6 * x_t_2 + x_6 * x_t_2;
    v_7 = v_6 * x_6;
    v_t_5 = x_6 * v_t_4 + v_6 * x_t_2;
    return __typegrad.forwardResult(v_7, v_t_5);
};
const derivative_2 = x_7 => {
    let v_8 = 0, v_t_6 = 0, v_9 = 0, v_t_7 = 0;
    v_8 = x_7 * x_7;
    v_t_6 = x_7 + x_7;
    v_9 = v_8 * x_7;
    v_t_7 = x_7 * v_t_6 + v_8;
    return __typegrad.derivativeResult(v_9, v_t_7);
};
const hessian_2 = (x_8, x_v_2) => {
    let v_10 = 0, d_3 = 0, d_4 = 0, v_t_8 = 0, d_5 = 0, d_6 = 0, v_t_9 = 0, x_a_4 = 0;
    v_10 = x_8 * x_8;
    d_3 = x_8 * x_v_2;
    d_4 = x_8 * x_v_2;
    v_t_8 = d_3 + d_4;
    d_5 = x_8 * v_t_8;
    d_6 = v_10 * x_v_2;
    v_t_9 = d_5 + d_6;
    const value_4 = v_t_9;
    let v_a_4 = 0, d_a_3 = 0, d_a_4 = 0, v_t_a_2 = 0, d_a_5 = 0, d_a_6 = 0, v_t_a_3 = 0;
    v_t_a_3 = 1;
    d_a_5 = v_t_a_3;
    d_a_6 = v_t_a_3;
    v_a_4 = x_v_2 * d_a_6;
    x_a_4 += v_t_8 * d_a_5;
    v_t_a_2 = x_8 * d_a_5;
    d_a_3 = v_t_a_2;
    d_a_4 = v_t_a_2;
    x_a_4 += x_v_2 * d_a_4;
    x_a_4 += x_v_2 * d_a_3;
    x_a_4 += x_8 * v_a_4;
    x_a_4 += x_8 * v_a_4;
    return __typegrad.reverseResult(value_4, [x_a_4]);
};
const gradient_3 = x_9 => {
    let v_11 = 0, v_12 = 0, v_13 = 0, v_14 = 0, v_15 = 0, x_a_5 = 0;
    v_11 = Math.sin(x_9);
    v_12 = -x_9;
    v_13 = Math.exp(v_12);
    v_14 = v_11 * v_13;
    v_15 = v_14 ** 2;
    const value_5 = v_15;
    let v_a_5 = 0, v_a_6 = 0, v_a_7 = 0, v_a_8 = 0, v_a_9 = 0;
    v_a_9 = 1;
    v_a_8 = (2 * v_14) * v_a_9;
    v_a_5 = v_13 * v_a_8;
    v_a_7 = v_11 * v_a_8;
    v_a_6 = v_13 * v_a_7;
    x_a_5 += -v_a_6;
    x_a_5 += Math.cos(x_9) * v_a_5;
    return __typegrad.reverseResult(value_5, [x_a_5]);
};
const forward_3 = (x_10, x_t_3) => {
    let v_16 = 0, v_t_10 = 0, v_17 = 0, v_t_11 = 0, v_18 = 0, v_t_12 = 0, v_19 = 0, v_t_13 = 0, v_20 = 0, v_t_14 = 0;
    v_16 = Math.sin(x_10);
    v_t_10 = Math.cos(x_10) * x_t_3;
    v_17 = -x_10;
    v_t_11 = -x_t_3;
    v_18 = Math.exp(v_17);
    v_t_12 = v_18 * v_t_11;
    v_19 = v_16 * v_18;
    v_t_13 = v_18 * v_t_10 + v_16 * v_t_12;
    v_20 = v_19 ** 2;
    v_t_14 = (2 * v_19) * v_t_13;
    return __typegrad.forwardResult(v_20, v_t_14);
};
const derivative_3 = x_11 => {
    let v_21 = 0, v_t_15 = 0, v_22 = 0, v_t_16 = 0, v_23 = 0, v_t_17 = 0, v_24 = 0, v_t_18 = 0, v_25 = 0, v_t_19 = 0;
    v_21 = Math.sin(x_11);
    v_t_15 = Math.cos(x_11);
    v_22 = -x_11;
    v_t_16 = (-1);
    v_23 = Math.exp(v_22);
    v_t_17 = v_23 * v_t_16;
    v_24 = v_21 * v_23;
    v_t_18 = v_23 * v_t_15 + v_21 * v_t_17;
    v_25 = v_24 ** 2;
    v_t_19 = (2 * v_24) * v_t_18;
    return __typegrad.derivativeResult(v_25, v_t_19);
};
const hessian_3 = (x_12, x_v_3) => {
    let v_26 = 0, v_27 = 0, v_28 = 0, v_29 = 0, d_7 = 0, v_t_20 = 0, v_t_21 = 0, v_t_22 = 0, d_8 = 0, d_9 = 0, v_t_23 = 0, d_10 = 0, v_t_24 = 0, x_a_6 = 0;
    v_26 = Math.sin(x_12);
    d_7 = Math.cos(x_12);
    v_t_20 = d_7 * x_v_3;
    v_27 = -x_12;
    v_t_21 = -x_v_3;
    v_28 = Math.exp(v_27);
    v_t_22 = v_28 * v_t_21;
    v_29 = v_26 * v_28;
    d_8 = v_28 * v_t_20;
    d_9 = v_26 * v_t_22;
    v_t_23 = d_8 + d_9;
    d_10 = 2 * v_29;
    v_t_24 = d_10 * v_t_23;
    const value_6 = v_t_24;
    let v_a_10 = 0, d_a_7 = 0, v_t_a_4 = 0, v_a_11 = 0, v_a_12 = 0, v_t_a_5 = 0, v_a_13 = 0, d_a_8 = 0, d_a_9 = 0, v_t_a_6 = 0, d_a_10 = 0, v_t_a_7 = 0;
    v_t_a_7 = 1;
    d_a_10 = v_t_23 * v_t_a_7;
    v_t_a_6 = d_10 * v_t_a_7;
    v_a_13 = 2 * d_a_10;
    d_a_8 = v_t_a_6;
    d_a_9 = v_t_a_6;
    v_a_10 = v_t_22 * d_a_9;
    v_t_a_5 = v_26 * d_a_9;
    v_a_12 = v_t_20 * d_a_8;
    v_t_a_4 = v_28 * d_a_8;
    v_a_10 += v_28 * v_a_13;
    v_a_12 += v_26 * v_a_13;
    v_a_12 += v_t_21 * v_t_a_5;
    v_a_11 = v_28 * v_a_12;
    x_a_6 += -v_a_11;
    d_a_7 = x_v_3 * v_t_a_4;
    x_a_6 += (-Math.sin(x_12)) * d_a_7;
    x_a_6 += Math.cos(x_12) * v_a_10;
    return __typegrad.reverseResult(value_6, [x_a_6]);
};
const gradient_4 = x_13 => {
    const x_g_1 = new Array(x_13.length).fill(0);
    let s_1 = 0, v_30 = 0, v_31 = 0, v_32 = 0, v_33 = 0, v_34 = 0, v_35 = 0, v_36 = 0, v_37 = 0, at_1 = 0, s_a_1 = 0;
    s_1 = 0;
    s_a_1 = 1;
    for (let i_1 = 0; i_1 < (x_13.length - 1); i_1++) {
        at_1 = i_1 + 1;
        v_30 = x_13[i_1] * x_13[i_1];
        v_31 = x_13[at_1] - v_30;
        v_32 = 1 - x_13[i_1];
        v_33 = 100 * v_31;
        v_34 = v_33 * v_31;
        v_35 = v_32 * v_32;
        v_36 = v_34 + v_35;
        v_37 = s_1 + v_36;
        s_1 = v_37;
        let v_a_14 = 0, v_a_15 = 0, v_a_16 = 0, v_a_17 = 0, v_a_18 = 0, v_a_19 = 0, v_a_20 = 0, v_a_21 = 0;
        v_a_21 = s_a_1;
        s_a_1 = 0;
        s_a_1 = v_a_21;
        v_a_20 = v_a_21;
        v_a_18 = v_a_20;
        v_a_19 = v_a_20;
        v_a_16 = v_32 * v_a_19;
        v_a_16 += v_32 * v_a_19;
        v_a_17 = v_31 * v_a_18;
        v_a_15 = v_33 * v_a_18;
        v_a_15 += 100 * v_a_17;
        x_g_1[i_1] += -v_a_16;
        x_g_1[at_1] += v_a_15;
        v_a_14 = -v_a_15;
        x_g_1[i_1] += x_13[i_1] * v_a_14;
        x_g_1[i_1] += x_13[i_1] * v_a_14;
    }
    const value_7 = s_1;
    s_a_1 = 0;
    return __typegrad.reverseResult(value_7, [x_g_1]);
};
const spring = new Spring(3);
let reassigned = __typegrad.attach((x) => x * x, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => __typegrad.mul(x, x), forward_1, derivative_1), gradient_1, "n"), hessian_1, "n"));
reassigned = __typegrad.attach((x) => x * x * x, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => __typegrad.mul(__typegrad.mul(x, x), x), forward_2, derivative_2), gradient_2, "n"), hessian_2, "n"));
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
    { f: __typegrad.attach((x) => table.wave(x) ** 2, __typegrad.withHessian(__typegrad.withReverse(__typegrad.withForward((x) => __typegrad.pow(__typegrad.invoke(table, "wave", x), 2), forward_3, derivative_3), gradient_3, "n"), hessian_3, "n")), at: [0.6], grad: __typegrad.attach((x) => slopeOfSquare(table.wave, x), (x) => slopeOfSquare$ad(table.wave, x)) },
    // through the barrel's renamed re-export, directly to grad
    { f: __typegrad.attach((p) => banana([p, 1]), (p) => __typegrad.ad(banana)([p, 1])), at: [0.9], grad: (p) => grad(__typegrad.withReverse(__typegrad.ad(banana), gradient_4, "a"))([p, 1])[0] },
];
