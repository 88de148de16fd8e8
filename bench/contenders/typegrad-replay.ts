/**
 * typegrad's traced graphs: each workload's runtime-call function is traced once (`trace`) and
 * every timed call is a replayed gradient (`graph.grad`), which runs the compiled Wengert list
 * and checks the trace's guards without calling the function.
 */
import { trace } from "typegrad";
import type { ContenderModule } from "../core/types.js";
import { uniform, rng } from "../core/rng.js";
import { N2 } from "../workloads/w2.js";
import { NPARAM } from "../workloads/w3.js";
import { f1, f4, mlpLoss, rosen } from "./typegrad-rev-runtime-calls.js";

const m: ContenderModule = {
  W1: () => {
    const g = trace(f1, 0.5, 0.5);
    return { run: (p: [number, number]) => g.grad(p[0], p[1]) as number[] };
  },
  W2: () => {
    const g = trace(rosen, uniform(rng(7), N2, -1.5, 1.5));
    return { run: (x: Float64Array) => g.grad(x) as Float64Array };
  },
  W3: () => {
    const g = trace(mlpLoss, uniform(rng(8), NPARAM, -0.5, 0.5));
    return { run: (p: Float64Array) => g.grad(p) as Float64Array };
  },
  W4: () => {
    const g = trace(f4, 0.3);
    return { run: (x: number) => g.grad(x) as number };
  },
};
export default m;
