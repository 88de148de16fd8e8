// A `jvp` inside a function attaches its compiled forward code once for the module when its
// function is a top-level binding (`attached_1 || (attached_1 = withForward(f$ad, forward_1))`),
// not on every call; a function made inside the enclosing function keeps the per-call attach,
// since each call makes a different one.
import { describe, expect, it } from "vitest";
import { compilePrograms } from "./compile-programs.js";

const PROGRAMS = [
  `import { jvp } from "typegrad";`,
  `const f = (x: number, y: number): number => Math.sin(x) * (x + y);`,
  `function g(x: number, y: number): number { return x * x * y; }`,
  `/** Both partials of f by two forward passes. */`,
  `export const both = (x: number, y: number): [number, number] => [jvp(f, [x, y], [1, 0])[1], jvp(f, [x, y], [0, 1])[1]];`,
  `export function viaG(x: number, y: number): number { return jvp(g, [x, y], [0, 1])[1]; }`,
  `/** Functions made per call: the one reading k runs on the Duals, the other's code is attached at each call. */`,
  `export const scaled = (k: number, x: number): number => { const h = (t: number): number => k * t * t; return jvp(h, [x], [1])[1]; };`,
  `export const cubed = (x: number): number => { const c = (t: number): number => t * t * t; return jvp(c, [x], [1])[1]; };`,
  `export const top = jvp(f, [0.5, 2], [1, 0]);`,
];

describe("jvp attaches compiled code once", () => {
  it("shares one module variable per function and code, leaves local functions and top-level calls as they were", async () => {
    const { module: m, emitted, messages } = await compilePrograms(".tmp/jvp-attach-once", PROGRAMS, true);
    expect(messages.filter((t) => !t.includes("compiled"))).toEqual([
      "TG0001: jvp: tape: 'k', which is neither a local of the function nor a constant of the module (line 8)",
    ]);
    expect(messages.length).toBe(6);
    // f's two sites share attached_1, g has its own; h (made per call) and the top-level call do not memoize.
    expect(emitted.match(/^let attached_\d+;$/gm)).toEqual(["let attached_1;", "let attached_2;"]);
    expect(emitted.match(/attached_1 \|\| \(attached_1 = __typegrad\.withForward\(f\$ad, forward_\d+\)\)/g)?.length).toBe(2);
    expect(emitted).toMatch(/attached_2 \|\| \(attached_2 = __typegrad\.withForward\(g\$ad, forward_\d+\)\)/);
    expect(emitted).toMatch(/jvp\(__typegrad\.withForward\(__typegrad\.ad\(c\), forward_\d+\), \[x\], \[1\]\)/);
    expect(emitted).toMatch(/export const top = jvp\(__typegrad\.withForward\(f\$ad, forward_\d+\)/);

    const both = m.both as (x: number, y: number) => [number, number];
    const viaG = m.viaG as (x: number, y: number) => number;
    const scaled = m.scaled as (k: number, x: number) => number;
    for (const [x, y] of [[0.3, 0.7], [-1.2, 2.5], [2, -0.4]] as const) {
      const [dx, dy] = both(x, y);
      expect(dx).toBeCloseTo(Math.cos(x) * (x + y) + Math.sin(x), 14);
      expect(dy).toBeCloseTo(Math.sin(x), 14);
      expect(viaG(x, y)).toBeCloseTo(x * x, 14);
    }
    // Each call's h reads its own k: 2·k·x.
    expect(scaled(1, 1.5)).toBeCloseTo(3, 14);
    expect(scaled(3, 1.5)).toBeCloseTo(9, 14);
    expect(scaled(-2, 0.25)).toBeCloseTo(-1, 14);
    expect((m.cubed as (x: number) => number)(-1.5)).toBeCloseTo(3 * 2.25, 13);
    expect((m.top as [number, number])[1]).toBeCloseTo(Math.cos(0.5) * 2.5 + Math.sin(0.5), 14);
  });
});
