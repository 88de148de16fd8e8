/** typegrad forward mode on the plain-operator workloads, as the transformer compiled them. */
import type { ContenderModule } from "../core/types.js";
import { loadDsl } from "./transformed.js";

const m: ContenderModule = {
  W1: async () => {
    const { fwdF } = await loadDsl("w1");
    return { run: (p: [number, number]) => fwdF(p[0], p[1]) };
  },
  W4: async () => ({ run: (await loadDsl("w4")).df }),
  J10: async () => ({ run: (await loadDsl("j10")).jacfwdRing }),
  J10l: async () => ({ run: (await loadDsl("j10")).jacfwdLocal }),
  J10m: async () => ({ run: (await loadDsl("j10")).jacfwdMapped }),
};
export default m;
