/**
 * `explain` for the Node loader: `TYPEGRAD_EXPLAIN=1 node --import typegrad/register app.ts`
 * (or `"explain": true` in the tsconfig's typegrad plugin entry) prints, on stderr, one line per
 * transform call: "compiled" or "tape: <the construct that keeps it on the tape>". Outputs
 * compiled then are not read from the loader's cache, so every run reports.
 */
import type * as TS from "typescript";
import { explainInConfig, explainInEnvironment } from "../transformer/explain-option.js";

/** True when the loader should explain: the environment variable or the tsconfig asks for it. */
export const explainRequested = (options?: TS.CompilerOptions): boolean => explainInEnvironment() || (options !== undefined && explainInConfig(options));
