/**
 * typegrad forward mode with the runtime functions called by hand: W4 by `derivative`, W1 by
 * two `jvp`s (one per input). Forward mode on W2/W3 would need one pass per input (10,000 and
 * 321 passes), which is not how anyone would compute those gradients, so it is not run there.
 */
import { derivative, jvp } from "typegrad";
import type { ContenderModule } from "../core/types.js";
import { f1, f4 } from "./typegrad-rev-runtime-calls.js";

const m: ContenderModule = {
  W1: () => ({
    run: (p: [number, number]) => [jvp(f1, [p[0], p[1]], [1, 0])[1], jvp(f1, [p[0], p[1]], [0, 1])[1]],
  }),
  W4: () => ({ run: derivative(f4) }),
};
export default m;
