/** The hand-written gradients of the workloads, timed like any contender. */
import type { ContenderModule } from "../core/types.js";
import { hand1 } from "../workloads/w1.js";
import { rosenGrad } from "../workloads/w2.js";
import { chainedGrad } from "../workloads/w2c.js";
import { mlpGrad } from "../workloads/w3.js";
import { mlpGrad as mlpRowsGrad } from "../workloads/w3m.js";
import { hand4 } from "../workloads/w4.js";
import { logLossGrad } from "../workloads/lr.js";
import { ringJacobian } from "../workloads/j10.js";
import { rosenHessian } from "../workloads/h10.js";

const m: ContenderModule = {
  W1: () => ({ run: (p: [number, number]) => hand1(p[0], p[1]) }),
  W2: () => ({ run: rosenGrad }),
  W2c: () => ({ run: chainedGrad }),
  W2i: () => ({ run: chainedGrad }),
  W3: () => ({ run: mlpGrad }),
  W3m: () => ({ run: mlpRowsGrad }),
  W4: () => ({ run: hand4 }),
  LR: () => ({ run: logLossGrad }),
  J10: () => ({ run: ringJacobian }),
  J10l: () => ({ run: ringJacobian }),
  J10m: () => ({ run: ringJacobian }),
  H10: () => ({ run: rosenHessian }),
};
export default m;
