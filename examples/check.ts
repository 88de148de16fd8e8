// Prints a computed number beside the number its seed printed, and fails the script (exit
// code 1) when they differ by more than a few units in the last place.

let failures = 0;

/** Compares `actual` with `expected` to `ulps` units in the last place and prints both. */
export function report(label: string, actual: number, expected: number, ulps = 4): void {
  const ok = Math.abs(actual - expected) <= ulps * Number.EPSILON * Math.max(1, Math.abs(expected));
  if (!ok) failures++;
  console.log(`${ok ? "  ok " : "FAIL "} ${label.padEnd(34)} ${actual}${ok ? "" : `   expected ${expected}`}`);
}

/** Like `report`, with an absolute tolerance, for iterative results. */
export function reportNear(label: string, actual: number, expected: number, tolerance: number): void {
  const ok = Math.abs(actual - expected) <= tolerance;
  if (!ok) failures++;
  console.log(`${ok ? "  ok " : "FAIL "} ${label.padEnd(34)} ${actual}${ok ? "" : `   expected ${expected} ± ${tolerance}`}`);
}

/** Ends the script: exit code 1 if any number was off. */
export function done(): void {
  if (failures > 0) {
    console.error(`${failures} number(s) off`);
    process.exit(1);
  }
}
