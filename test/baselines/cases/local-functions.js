// A local function handed to grad is rewritten in place; called with plain numbers elsewhere,
// it still returns plain numbers, so arithmetic on those results stays native and no
// diagnostic is raised for passing them to a library function typed `number`.
import { grad } from "typegrad";
import * as __typegrad from "typegrad";
const gradient_1 = x_1 => {
    let v_1 = 0, v_2 = 0, x_a_1 = 0;
    v_1 = Math.sin(x_1);
    v_2 = v_1 * x_1;
    const value_1 = v_2;
    let v_a_1 = 0, v_a_2 = 0;
    v_a_2 = 1;
    v_a_1 = x_1 * v_a_2;
    x_a_1 += v_1 * v_a_2;
    x_a_1 += Math.cos(x_1) * v_a_1;
    return __typegrad.reverseResult(value_1, [x_a_1]);
};
const gradient_2 = x_2 => {
    let v_3 = 0, v_4 = 0, x_a_2 = 0;
    v_3 = x_2 * x_2;
    v_4 = v_3 * x_2;
    const value_2 = v_4;
    let v_a_3 = 0, v_a_4 = 0;
    v_a_4 = 1;
    v_a_3 = x_2 * v_a_4;
    x_a_2 += v_3 * v_a_4;
    x_a_2 += x_2 * v_a_3;
    x_a_2 += x_2 * v_a_3;
    return __typegrad.reverseResult(value_2, [x_a_2]);
};
export function central() {
    const f = __typegrad.attach((x) => Math.sin(x) * x, (x) => __typegrad.mul(__typegrad.sin(x), x));
    const h = 1e-6;
    const numeric = (f(0.5 + h) - f(0.5 - h)) / (2 * h);
    return near(grad(__typegrad.withReverse(__typegrad.ad(f), gradient_1, "n"))(0.5), numeric) ? numeric : NaN;
}
const local = () => {
    const g = __typegrad.attach((x) => x * x * x, (x) => __typegrad.mul(__typegrad.mul(x, x), x));
    return grad(__typegrad.withReverse(__typegrad.ad(g), gradient_2, "n"));
};
export const checks = [{ f: __typegrad.attach((x) => x * x * x, (x) => __typegrad.mul(__typegrad.mul(x, x), x)), at: [1.5], grad: local() }];
