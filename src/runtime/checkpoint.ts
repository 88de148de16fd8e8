/**
 * Checkpointing (JAX's `checkpoint`/remat): a checkpointed function computes what it computes,
 * but under reverse mode its inner operations are not kept on the tape. The block runs once on
 * the values; the tape keeps only its inputs and outputs; the reverse sweep runs it again on a
 * fresh tape of its own, sweeps that, and carries on. A loop of N checkpointed blocks then
 * keeps tape memory proportional to the block boundaries plus one block.
 *
 * The sweep of the recomputed block starts from the inputs' adjoints so far, so it adds the
 * block's contributions in the same order as the unchecked tape would: the gradient is the
 * same to the bit.
 */
import { Active, DualNum, VarNum, type Value } from "./active.js";
import { Tag, type Level } from "./level.js";
import { checkFunction, tangentAt, within } from "./levels.js";
import { flatten, type Flat } from "./structure.js";
import { Tape } from "./tape.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fn = (...args: any[]) => any;

/** The innermost level among the values in `args` (numbers and non-numeric leaves are skipped). */
function innermost(args: readonly unknown[]): Level | null {
  let level: Level | null = null;
  const visit = (x: unknown): void => {
    if (x instanceof Active) {
      if (level === null || x.level.order > level.order) level = x.level;
    } else if (Array.isArray(x)) {
      x.forEach(visit);
    } else if (x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype) {
      Object.values(x).forEach(visit);
    }
  };
  args.forEach(visit);
  return level;
}

/**
 * A function that computes what `f` computes; under reverse mode its operations are recomputed
 * during the sweep instead of being kept on the tape. `f` must be pure (it runs again), and
 * should take the values it differentiates as arguments: one that uses a `Var` of the
 * enclosing tape from its closure is recorded as usual, without saving memory.
 * @example
 * const block = checkpoint((x: number) => Math.sin(x) * Math.exp(x));
 * grad((x: number) => block(block(x)))(0.5); // same gradient as without checkpoint
 */
export function checkpoint<F extends Fn>(f: F): F {
  checkFunction(f, "checkpoint");
  const checkpointed = (...args: unknown[]): unknown => {
    const level = innermost(args);
    if (level === null || !level.isTape || !level.open || (level as Tape).trace !== null) return f(...args);
    return recordBlock(f, args, level as Tape);
  };
  return checkpointed as F;
}

function recordBlock(f: Fn, args: unknown[], tape: Tape): unknown {
  let flat: Flat;
  try {
    flat = flatten(args, "checkpoint's arguments");
  } catch {
    return f(...args); // arguments that are not trees of numbers: recorded as usual
  }
  // The distinct variables of this tape among the arguments: the block's inputs.
  const inputs: number[] = [], inputValues: Value[] = [], position = new Map<number, number>();
  for (const leaf of flat.leaves) {
    if (leaf instanceof VarNum && leaf.level === tape && !position.has(leaf.i)) {
      position.set(leaf.i, inputs.length);
      inputs.push(leaf.i);
      inputValues.push(leaf.v);
    }
  }
  // Runs the block with this tape's variables replaced by `values` (one per input).
  const runWith = (values: readonly Value[]): unknown =>
    f(...(flat.build(flat.leaves.map((x) => (x instanceof VarNum && x.level === tape ? values[position.get(x.i)!] : x)), false) as unknown[]));

  // The values, with the tape closed: a use of one of its Vars from f's closure would throw,
  // and then the block is recorded as usual (correct, without the memory saving).
  let out: unknown;
  tape.open = false;
  try {
    out = runWith(inputValues);
  } catch {
    tape.open = true;
    return f(...args);
  }
  tape.open = true;
  const outFlat = flatten(out, "checkpoint's function result");
  const nested = inputValues.some((v) => v instanceof Active) || outFlat.leaves.some((v) => v instanceof Active);
  if (nested) tape.markValued();

  const outputs = tape.pushCustom(outFlat.leaves, inputs, {
    backward(outputAdjoints, inputAdjoints) {
      const sub = new Tape("checkpoint");
      const vars: VarNum[] = [];
      const y = within(sub, () => {
        for (const v of inputValues) vars.push(sub.node(v));
        return flatten(runWith(vars), "checkpoint's function result").leaves;
      });
      try {
        const nodes: number[] = [], seeds: Value[] = [];
        y.forEach((yk, k) => {
          if (yk instanceof VarNum && yk.level === sub) {
            nodes.push(yk.i);
            seeds.push(outputAdjoints[k]);
          }
        });
        // Seeding the inputs with their adjoints so far keeps the unchecked summation order.
        vars.forEach((v, k) => {
          nodes.push(v.i);
          seeds.push(inputAdjoints[k]);
        });
        const adj = sub.sweep(nodes, seeds);
        return vars.map((v) => adj[v.i]);
      } finally {
        sub.release();
      }
    },
    forward(inputTangents) {
      const tag = new Tag("checkpoint");
      const y = within(tag, () => flatten(runWith(inputValues.map((v, k) => new DualNum(v, inputTangents[k], tag))), "checkpoint's function result").leaves);
      return y.map((v) => tangentAt(tag, v));
    },
  });
  return outFlat.build(outputs, false);
}
