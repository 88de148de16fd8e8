/** All workloads by id. */
import type { Workload, WorkloadId } from "./types.js";
import { W1 } from "../workloads/w1.js";
import { W2 } from "../workloads/w2.js";
import { W2c, W2i } from "../workloads/w2c.js";
import { W3 } from "../workloads/w3.js";
import { W3m } from "../workloads/w3m.js";
import { W4 } from "../workloads/w4.js";
import { W5a, W5b } from "../workloads/w5.js";
import { LR } from "../workloads/lr.js";
import { J10, J10l, J10m } from "../workloads/j10.js";
import { H10 } from "../workloads/h10.js";

export const WORKLOADS: Record<WorkloadId, Workload<never>> = { W1, W2, W2c, W2i, W3, W3m, W4, W5a, W5b, LR, J10, J10l, J10m, H10 } as Record<WorkloadId, Workload<never>>;
