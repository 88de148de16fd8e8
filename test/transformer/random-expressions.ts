// Random expressions for the property tests of the compiled modes' newer forms
// (compiled-property-constructs.test.ts, compiled-property-cover.test.ts).
import fc from "fast-check";

/**
 * A random expression over `names` and a few constants: sums, differences, products, sin, tanh,
 * atan and √(1 + e²), so every primitive stays in its domain; shorter than `length` characters.
 * @example fc.sample(smoothExpression(["x[0]", "s"], 160), { seed: 1, numRuns: 3 })
 */
export function smoothExpression(names: string[], length: number): fc.Arbitrary<string> {
  const leaf = fc.oneof(fc.constantFrom(...names), fc.constantFrom("0.5", "2", "1.25"));
  const tree = fc.letrec<{ e: string }>((tie) => ({
    e: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leaf,
      fc.tuple(tie("e"), fc.constantFrom("+", "-", "*"), tie("e")).map(([a, op, b]) => `(${a} ${op} ${b})`),
      fc.tuple(fc.constantFrom("Math.sin", "Math.tanh", "Math.atan"), tie("e")).map(([f, a]) => `${f}(${a})`),
      tie("e").map((a) => `Math.sqrt(1 + ${a} * ${a})`),
    ),
  }));
  return tree.e.filter((e) => e.length < length);
}
