// A simple scalar function handed to derivative or jvp also gets compiled forward-mode code.
import { derivative, jvp, square } from "typegrad";
import * as __typegrad from "typegrad";
__typegrad.attach(h, h$ad);
const forward_1 = (x_1, x_t_1) => {
    let v_1 = __typegrad.rules.mul.num(x_1, x_1);
    let t_1 = __typegrad.rules.mul.dx(x_1, x_1, v_1) * x_t_1 + __typegrad.rules.mul.dy(x_1, x_1, v_1) * x_t_1;
    let v_2 = __typegrad.rules.mathExp.num(v_1);
    let t_2 = __typegrad.rules.mathExp.d(v_1, v_2) * t_1;
    let e_1 = v_2;
    let e_t_1 = t_2;
    let v_3 = __typegrad.rules.mul.num(e_1, e_1);
    let t_3 = __typegrad.rules.mul.dx(e_1, e_1, v_3) * e_t_1 + __typegrad.rules.mul.dy(e_1, e_1, v_3) * e_t_1;
    return __typegrad.forwardResult(v_3, t_3);
};
const forward_2 = (x0_1, x0_t_1, x1_1, x1_t_1) => {
    let v_4 = __typegrad.rules.sin.num(x0_1);
    let t_4 = __typegrad.rules.sin.d(x0_1, v_4) * x0_t_1;
    let v_5 = __typegrad.rules.add.num(x0_1, x1_1);
    let t_5 = __typegrad.rules.add.dx(x0_1, x1_1, v_5) * x0_t_1 + __typegrad.rules.add.dy(x0_1, x1_1, v_5) * x1_t_1;
    let v_6 = __typegrad.rules.mul.num(v_4, v_5);
    let t_6 = __typegrad.rules.mul.dx(v_4, v_5, v_6) * t_4 + __typegrad.rules.mul.dy(v_4, v_5, v_6) * t_5;
    return __typegrad.forwardResult(v_6, t_6);
};
const forward_3 = (x_2, x_t_2) => {
    let v_7 = __typegrad.rules.square.num(x_2);
    let t_7 = __typegrad.rules.square.d(x_2, v_7) * x_t_2;
    let v_8 = __typegrad.rules.mul.num(K, x_2);
    let t_8 = __typegrad.rules.mul.dy(K, x_2, v_8) * x_t_2;
    let v_9 = __typegrad.rules.sub.num(v_7, v_8);
    let t_9 = __typegrad.rules.sub.dx(v_7, v_8, v_9) * t_7 + __typegrad.rules.sub.dy(v_7, v_8, v_9) * t_8;
    let y_1 = v_9;
    let y_t_1 = t_9;
    if (x_2 > 1) {
        let v_10 = __typegrad.rules.mul.num(3.141592653589793, x_2);
        let t_10 = __typegrad.rules.mul.dy(3.141592653589793, x_2, v_10) * x_t_2;
        let v_11 = __typegrad.rules.add.num(y_1, v_10);
        let t_11 = __typegrad.rules.add.dx(y_1, v_10, v_11) * y_t_1 + __typegrad.rules.add.dy(y_1, v_10, v_11) * t_10;
        y_1 = v_11;
        y_t_1 = t_11;
    }
    else {
        let v_12 = __typegrad.rules.mul.num(y_1, x_2);
        let t_12 = __typegrad.rules.mul.dx(y_1, x_2, v_12) * y_t_1 + __typegrad.rules.mul.dy(y_1, x_2, v_12) * x_t_2;
        y_1 = v_12;
        y_t_1 = t_12;
    }
    let v_13, t_13;
    if (x_2 < 0) {
        let v_14 = __typegrad.rules.neg.num(y_1);
        let t_14 = __typegrad.rules.neg.d(y_1, v_14) * y_t_1;
        v_13 = v_14;
        t_13 = t_14;
    }
    else {
        let v_15 = __typegrad.rules.div.num(y_1, 2);
        let t_15 = __typegrad.rules.div.dx(y_1, 2, v_15) * y_t_1;
        v_13 = v_15;
        t_13 = t_15;
    }
    return __typegrad.forwardResult(v_13, t_13);
};
const forward_4 = (x_3, x_t_3) => {
    let v_16 = __typegrad.rules.pow.num(x_3, 3);
    let t_16 = __typegrad.rules.pow.dx(x_3, 3, v_16) * x_t_3;
    return __typegrad.forwardResult(v_16, t_16);
};
const K = 3;
const f = (x) => {
    const e = Math.exp(x * x);
    return e * e;
};
const f$ad = (x) => {
    const e = __typegrad.mathExp(__typegrad.mul(x, x));
    return __typegrad.mul(e, e);
};
__typegrad.attach(f, f$ad);
const g = (x0, x1) => Math.sin(x0) * (x0 + x1);
const g$ad = (x0, x1) => __typegrad.mul(__typegrad.sin(x0), (__typegrad.add(x0, x1)));
__typegrad.attach(g, g$ad);
function h(x) {
    let y = square(x) - K * x;
    if (x > 1)
        y += Math.PI * x;
    else
        y *= x;
    return x < 0 ? -y : y / 2;
}
function h$ad(x) {
    let y = __typegrad.sub(square(x), __typegrad.mul(K, x));
    if (__typegrad.gt(x, 1))
        y = __typegrad.add(y, __typegrad.mul(Math.PI, x));
    else
        y = __typegrad.mul(y, x);
    return __typegrad.lt(x, 0) ? __typegrad.neg(y) : __typegrad.div(y, 2);
}
export const checks = [
    { f, at: [0.5], grad: derivative(__typegrad.withForward(f$ad, forward_1)) },
    { f: __typegrad.attach((x) => g(x, 1.4), (x) => g$ad(x, 1.4)), at: [0.6], grad: (x) => jvp(__typegrad.withForward(g$ad, forward_2), [x, 1.4], [1, 0])[1] },
    { f: h, at: [1.5], grad: derivative(__typegrad.withForward(h$ad, forward_3)) },
    { f: h, at: [0.5], grad: derivative(__typegrad.withForward(h$ad, forward_3)) },
    { f: h, at: [-0.5], grad: derivative(__typegrad.withForward(h$ad, forward_3)) },
    { f: __typegrad.attach((x) => x ** 3, (x) => __typegrad.pow(x, 3)), at: [2], grad: derivative(__typegrad.withForward((x) => __typegrad.pow(x, 3), forward_4)) },
];
