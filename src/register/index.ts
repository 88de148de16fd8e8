/**
 * typegrad's Node loader: runs TypeScript with the typegrad transform, no build step.
 *
 * @example
 * node --import typegrad/register app.ts
 *
 * Stack traces show `.ts` lines (source maps are turned on). The loader does not report type
 * errors — run `tsc --noEmit` for those — but the transform's own errors (TG1xxx) stop the
 * program before it runs.
 */
import { register } from "node:module";

process.setSourceMapsEnabled(true);
register("./hooks.js", import.meta.url);
