// Helpers called with active values are replaced by their twins (imported from the helper
// module); the original functions stay native for plain callers.
import { grad } from "typegrad";
import { count, norm, sumOfSquares } from "./twins-helper.js";
import * as __typegrad from "typegrad";
import { norm$ad, sumOfSquares$ad } from "./twins-helper.js";
__typegrad.attach(energy, energy$ad);
function energy(x, y) {
    return norm([x, y]) * count([x, y]) + sumOfSquares([x], y);
}
function energy$ad(x, y) {
    return __typegrad.add(__typegrad.mul(norm$ad([x, y]), count([x, y])), sumOfSquares$ad([x], y));
}
export const plain = energy(3, 4);
export const checks = [{ f: energy, at: [3, 4], grad: grad(energy$ad) }];
