// Seed 004: recording on a tape (GradientTape style) with plain operators on Var values,
// checked against a central difference with eps = 1e-4 as in the seed.
import { exp, Tape } from "typegrad";
import { done, report } from "./check.js";

const tape = new Tape();
const x = tape.variable(0.5);
const a = x * x;
const b = Math.exp(a);
const y = b * b;

console.log("004 square(exp(square(x))) at 0.5");
report("tape gradient", tape.gradient(y, x), 3.297442541400256);

// typegrad's exp is correctly rounded, as NumPy's is, so the difference quotient matches the
// seed's to the last digit (V8's Math.exp can differ in the last bit).
const f = (v: number): number => {
  const e = exp(v * v);
  return e * e;
};
const eps = 1e-4;
report("central difference", (f(0.5 + eps) - f(0.5 - eps)) / (2 * eps), 3.2974426293330694);
done();
