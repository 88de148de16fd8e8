/**
 * The hand-written gradients of W2 and W3 writing into one output array reused across calls,
 * as a tuned numerical code would (the plain "hand-written gradient" row allocates a fresh
 * array per call, like `grad` does). Shows how much of that row is allocation.
 */
import type { ContenderModule } from "../core/types.js";
import { N2, rosenGradInto } from "../workloads/w2.js";
import { mlpGradInto, NPARAM } from "../workloads/w3.js";

const g2 = new Float64Array(N2);
const g3 = new Float64Array(NPARAM);

const m: ContenderModule = {
  W2: () => ({ run: (x: Float64Array) => rosenGradInto(x, g2) }),
  W3: () => ({ run: (p: Float64Array) => mlpGradInto(p, g3.fill(0)) }),
};
export default m;
