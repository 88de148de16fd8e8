/** typegrad reverse mode on the plain-operator workloads of bench/workloads/dsl/, as the transformer compiled them. */
import type { ContenderModule } from "../core/types.js";
import { loadDsl } from "./transformed.js";
import { flat, type Weights, XS, YS } from "../workloads/w3m.js";

const m: ContenderModule = {
  W1: async () => {
    const { gradF } = await loadDsl("w1");
    return { run: (p: [number, number]) => gradF(p[0], p[1]) };
  },
  W2: async () => ({ run: (await loadDsl("w2")).gradRosen }),
  W2c: async () => ({ run: (await loadDsl("w2c")).gradChained }),
  W2i: async () => ({ run: (await loadDsl("w2c")).gradChainedInline }),
  W3: async () => ({ run: (await loadDsl("w3")).gradLoss }),
  // The gradient is flattened for the check (321 numbers, under 1% of the call).
  W3m: async () => {
    const { gradMlp } = await loadDsl("w3m");
    return { run: (p: Weights) => flat(gradMlp(p[0], p[1], p[2], p[3], XS, YS)) };
  },
  W4: async () => ({ run: (await loadDsl("w4")).gf }),
  LR: async () => ({ run: (await loadDsl("lr")).gradLoss }),
  J10: async () => ({ run: (await loadDsl("j10")).jacrevRing }),
  J10l: async () => ({ run: (await loadDsl("j10")).jacrevLocal }),
  J10m: async () => ({ run: (await loadDsl("j10")).jacrevMapped }),
  H10: async () => ({ run: (await loadDsl("h10")).hessianRosen }),
};
export default m;
