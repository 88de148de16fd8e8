/** W5 proper: the shared file as the transformer built it, called with plain numbers. */
import type { ContenderModule } from "../core/types.js";
import { loadDsl } from "./transformed.js";

const m: ContenderModule = {
  W5a: async () => {
    const { f5 } = await loadDsl("w5-shared");
    // The transformer build must also have seen w5-differentiated.ts; load it as a user would.
    await loadDsl("w5-differentiated");
    return { run: (p: [number, number]) => f5(p[0], p[1]) };
  },
  W5b: async () => {
    const { rosen5 } = await loadDsl("w5-shared");
    await loadDsl("w5-differentiated");
    return { run: rosen5 };
  },
};
export default m;
