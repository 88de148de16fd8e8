/** W5's A/A run: the "differentiated" shared file as plain tsc built it (no transformer). */
import type { ContenderModule } from "../core/types.js";
import { f5, rosen5 } from "../workloads/dsl/w5-shared.js";

const m: ContenderModule = {
  W5a: () => ({ run: (p: [number, number]) => f5(p[0], p[1]) }),
  W5b: () => ({ run: rosen5 }),
};
export default m;
