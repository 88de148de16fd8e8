/**
 * The arguments of a transformed function as one tree of numbers (structure.ts), with fast
 * paths for the common shapes — several numbers, one array of numbers — that the plain
 * (option-less) transforms use on their hot paths.
 */
import { argumentTree } from "./levels.js";
import { argumentNames, flatten, type Flat } from "./structure.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Fn = (...args: any[]) => any;

/** True when every argument is a plain number (and there is at least one). */
export function allNumbers(args: readonly unknown[]): boolean {
  if (args.length === 0) return false;
  for (let k = 0; k < args.length; k++) if (typeof args[k] !== "number") return false;
  return true;
}

/**
 * The leaves of the arguments and how to rebuild the argument tree from new leaves (see
 * structure.ts), with fast paths for the common shapes: several numbers, one array of numbers.
 */
export function argumentLeaves(args: readonly unknown[], owner: string, noun = "argument"): Flat {
  if (allNumbers(args)) {
    return { leaves: args as number[], build: (values) => (args.length === 1 ? values[0] : values) };
  }
  const x = args[0];
  if (args.length === 1 && Array.isArray(x) && x.every((v) => typeof v === "number")) {
    return { leaves: x, build: (values) => values };
  }
  return flatten(argumentTree(args, owner), argumentNames(owner, args.map((_, k) => k), args.length === 1, noun));
}

/** Calls `f` with the argument tree: the argument itself for one, spread for several. */
export const call = (f: Fn, args: readonly unknown[], tree: unknown): unknown => (args.length === 1 ? f(tree) : f(...(tree as unknown[])));
