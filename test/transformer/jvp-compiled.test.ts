// `jvp` of compiled forward code of one and two numbers (the runtime's hot path, one call for
// both arities): inside functions, of top-level and local functions (one reading a local of
// the function around it, which its code reads where jvp is called), and at the top level,
// against closed forms.
import { describe, expect, it } from "vitest";
import { compilePrograms } from "./compile-programs.js";

const PROGRAMS = [
  `import { jvp } from "typegrad";`,
  `const f = (x: number, y: number): number => Math.sin(x) * (x + y);`,
  `function g(x: number, y: number): number { return x * x * y; }`,
  `/** Both partials of f by two forward passes. */`,
  `export const both = (x: number, y: number): [number, number] => [jvp(f, [x, y], [1, 0])[1], jvp(f, [x, y], [0, 1])[1]];`,
  `export function viaG(x: number, y: number): number { return jvp(g, [x, y], [0, 1])[1]; }`,
  `export const scaled = (k: number, x: number): number => { const h = (t: number): number => k * t * t; return jvp(h, [x], [1])[1]; };`,
  `export const cubed = (x: number): number => { const c = (t: number): number => t * t * t; return jvp(c, [x], [1])[1]; };`,
  `export const top = jvp(f, [0.5, 2], [1, 0]);`,
];

describe("jvp runs compiled forward code", () => {
  it("gives the closed-form tangents from inside functions, of top-level and local functions", async () => {
    const { module: m, emitted, messages } = await compilePrograms(".tmp/jvp-compiled", PROGRAMS, true);
    expect(messages.filter((t) => !t.includes("compiled"))).toEqual([]);
    expect(messages.length).toBe(6);
    expect(emitted.match(/jvp\(__typegrad\.withForward\(/g)?.length).toBe(6);

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
