/**
 * The TypeScript compiler, loaded with `require`. tspc has already loaded it that way, so this
 * costs nothing; an ESM `import ts from "typescript"` would make Node parse the 9 MB file
 * again to find its exports (about a quarter of a second on every build).
 */
import { createRequire } from "node:module";
import type * as TS from "typescript";

const ts: typeof TS = createRequire(import.meta.url)("typescript");
export default ts;
