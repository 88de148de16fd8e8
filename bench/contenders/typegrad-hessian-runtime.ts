/** typegrad `hessian` on the runtime (forward over reverse: Duals over the tape), for H10. */
import type { ContenderModule } from "../core/types.js";
import { loadDsl } from "./transformed.js";

const m: ContenderModule = {
  H10: async () => ({ run: (await loadDsl("h10")).hessianRosenRuntime }),
};
export default m;
