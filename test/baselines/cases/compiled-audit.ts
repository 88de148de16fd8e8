// User-style audit, part 3: grad called in another module than the objectives and their data
// (compiled code imports the data it reads: t and obs, which this file does not import).
import { grad } from "typegrad";
import { euler, logistic, whileSum } from "./compiled-audit-objectives.js";

// An exported constant of this module, read by a function of this module.
export const SCALE: number[] = [1, 2, 3];
export function scaled(x: number[]): number {
  let s = 0;
  for (let i = 0; i < SCALE.length; i++) s += SCALE[i] * x[i] * x[i];
  return s;
}

const W = [0.2, -0.4, 0.3];
const at = (k: number, v: number) => W.map((w, j) => (j === k ? v : w));

export const checks = [
  { f: (v: number) => logistic(at(0, v)), at: [0.2], grad: (v: number) => grad(logistic)(at(0, v))[0] },
  { f: (v: number) => logistic(at(2, v)), at: [0.3], grad: (v: number) => grad(logistic)(at(2, v))[2] },
  { f: (v: number) => whileSum([0.5, v, -1]), at: [0.7], grad: (v: number) => grad(whileSum)([0.5, v, -1])[1] },
  { f: (v: number) => euler([v, 0.05]), at: [0.3], grad: (v: number) => grad(euler)([v, 0.05])[0] },
  { f: (v: number) => euler([0.3, v]), at: [0.05], grad: (v: number) => grad(euler)([0.3, v])[1] },
  { f: (v: number) => scaled([0.5, 1, v]), at: [0.7], grad: (v: number) => grad(scaled)([0.5, 1, v])[2] },
];
