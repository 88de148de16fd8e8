// Seed 000: back-propagation combinators. Three functions composed with pipe(square, exp,
// square), evaluated and differentiated at 0.5. The pieces are plain number functions.
import { pipe, valueAndGrad } from "typegrad";
import { done, report } from "./check.js";

const square = (x: number): number => x * x;
const exp = (x: number): number => Math.exp(x);

const f = pipe(square, exp, square);
const [y, dx] = valueAndGrad(f)(0.5);

console.log("000 pipe(square, exp, square) at 0.5");
report("value", y, 1.648721270700128);
report("gradient", dx, 3.297442541400256);
done();
