/**
 * `stopGradient`: a value every transform treats as a constant. It is the plain number inside
 * an active value (through every level of nesting), so no transform — however nested — sees a
 * derivative through it; the value itself is unchanged, bit for bit.
 */
import { Active, numberOf } from "./active.js";
import { flatten } from "./structure.js";
/**
 * `x`'s value, a constant to every transform: its derivative is zero.
 * @example
 * grad((x: number) => x * stopGradient(x))(3); // 3 (not 6)
 */
export function stopGradient(x) {
    if (typeof x === "number")
        return x;
    if (x instanceof Active)
        return numberOf(x);
    const flat = flatten(x, "stopGradient's argument");
    return flat.build(flat.leaves.map(numberOf), true);
}
