// Random expressions for the property tests of the compiled modes and of routes: each test names
// the forms its programs use, from one table, so every primitive stays in its domain the same way.
import fc from "fast-check";

type Sub = () => fc.Arbitrary<string>;

/** The forms an expression takes besides a name or a constant, each made of subexpressions. */
const FORMS = {
  /** `(a + b)`, `(a - b)`, `(a * b)` */
  sum: (e: Sub) => fc.tuple(e(), fc.constantFrom("+", "-", "*"), e()).map(([a, op, b]) => `(${a} ${op} ${b})`),
  /** `(a / (1 + b * b))`: a quotient whose divisor is never 0 */
  ratio: (e: Sub) => fc.tuple(e(), e()).map(([a, b]) => `(${a} / (1 + ${b} * ${b}))`),
  /** sin, tanh or atan of one */
  smooth: (e: Sub) => fc.tuple(fc.constantFrom("Math.sin", "Math.tanh", "Math.atan"), e()).map(([f, a]) => `${f}(${a})`),
  /** sin, cos, tanh, atan or the negation of one */
  unary: (e: Sub) => fc.tuple(fc.constantFrom("Math.sin", "Math.cos", "Math.tanh", "Math.atan", "-"), e()).map(([f, a]) => `${f}(${a})`),
  expTanh: (e: Sub) => e().map((a) => `Math.exp(Math.tanh(${a}))`),
  sqrt: (e: Sub) => e().map((a) => `Math.sqrt(1 + ${a} * ${a})`),
  log: (e: Sub) => e().map((a) => `Math.log(1 + (${a}) ** 2)`),
  cube: (e: Sub) => e().map((a) => `(${a}) ** 3`),
  max: (e: Sub) => fc.tuple(e(), e()).map(([a, b]) => `Math.max(${a}, ${b})`),
  /** `Math.max` or `Math.min` of three */
  extremum3: (e: Sub) => fc.tuple(fc.constantFrom("Math.max", "Math.min"), e(), e(), e()).map(([f, a, b, c]) => `${f}(${a}, ${b}, ${c})`),
  hypot: (e: Sub) => fc.tuple(e(), e()).map(([a, b]) => `Math.hypot(${a}, ${b}, 0.5)`),
};

/** A form of `randomExpression`. */
export type Form = keyof typeof FORMS;

/**
 * The arbitraries of `forms`, in that order, made of subexpressions drawn from `sub` (for a
 * generator with leaves of its own, test/routes/generate.ts).
 * @example fc.letrec((tie) => ({ e: fc.oneof(leaf, ...expressionForms(["sum", "log"], () => tie("e"))) }))
 */
export function expressionForms(forms: readonly Form[], sub: Sub): fc.Arbitrary<string>[] {
  return forms.map((form) => FORMS[form](sub));
}

/**
 * A random expression over `names` and `constants` built from `forms` (in that order of choice),
 * shorter than `length` characters.
 * @example fc.sample(randomExpression(["x", "s"], ["sum", "smooth", "sqrt"], 160), { seed: 1, numRuns: 3 })
 */
export function randomExpression(names: string[], forms: readonly Form[], length: number, constants = ["0.5", "2", "1.25"]): fc.Arbitrary<string> {
  const leaf = fc.oneof(fc.constantFrom(...names), fc.constantFrom(...constants));
  const tree = fc.letrec<{ e: string }>((tie) => ({
    e: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, ...expressionForms(forms, () => tie("e"))),
  }));
  return tree.e.filter((e) => e.length < length);
}
