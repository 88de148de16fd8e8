// Functions as values, part 4: every route a function value takes to a transform.
import { grad } from "typegrad";
import { forwardSlope, gradientStep, slope, slopeOfSquare, valueAndSlope } from "./routes-optim.js";
import { banana, compose, forwardAll, memoize, rosenbrock, scaled, sphere, Spring, table } from "./routes-index.js";

const spring = new Spring(3);
let reassigned = (x: number) => x * x;
reassigned = (x: number) => x * x * x;
const fromMap = new Map([["cube", table.cube]]);
const list = [table.wave, Math.cos];
const pick = (k: number) => (k > 0 ? table.cube : table.wave);
const step = (p: number) => gradientStep(rosenbrock, [p, 1.2], 0.001)[0];

export const checks = [
  // a parameter of the user's helper in another module
  { f: step, at: [0.8], grad: (p: number) => slope(step, p) },
  { f: (p: number) => sphere([p, 2]), at: [0.5], grad: (p: number) => p - gradientStep(sphere, [p, 2], 1)[0] },
  // an object literal's field, read through Object.entries
  ...Object.entries(table).map(([, f]) => ({ f, at: [0.7], grad: (x: number) => slope(f, x) })),
  // a factory's result, forward and reverse
  { f: scaled(3), at: [2], grad: (x: number) => slope(scaled(3), x) },
  { f: scaled(3), at: [2], grad: (x: number) => forwardSlope(scaled(3), x) },
  // a method, bound and wrapped
  { f: (x: number) => spring.energy(x), at: [1.5], grad: (x: number) => slope(spring.energy.bind(spring), x) },
  { f: (x: number) => spring.energy(x), at: [1.5], grad: (x: number) => slope((y) => spring.energy(y), x) },
  // compose with a Math function, rest-argument wrapper, memoisation
  { f: compose(Math.sin, scaled(2)), at: [0.4], grad: (x: number) => slope(compose(Math.sin, scaled(2)), x) },
  { f: table.cube, at: [1.1], grad: (x: number) => slope(forwardAll(table.cube), x) },
  { f: table.wave, at: [0.3], grad: (x: number) => valueAndSlope(memoize(table.wave), x)[1] },
  // a reassigned let, a Map, an array, a conditional
  { f: reassigned, at: [2], grad: (x: number) => slope(reassigned, x) },
  { f: table.cube, at: [2], grad: (x: number) => slope(fromMap.get("cube")!, x) },
  { f: Math.cos, at: [0.9], grad: (x: number) => forwardSlope(list[1]!, x) },
  { f: pick(1), at: [1.3], grad: (x: number) => slope(pick(1), x) },
  // f.call and f.apply inside differentiable code, and a function value called there
  { f: table.cube, at: [1.2], grad: (x: number) => slope((y) => table.cube.call(null, y), x) },
  { f: table.cube, at: [1.2], grad: (x: number) => slope((y) => table.cube.apply(null, [y]), x) },
  { f: (x: number) => table.wave(x) ** 2, at: [0.6], grad: (x: number) => slopeOfSquare(table.wave, x) },
  // through the barrel's renamed re-export, directly to grad
  { f: (p: number) => banana([p, 1]), at: [0.9], grad: (p: number) => grad(banana)([p, 1])[0] },
];
