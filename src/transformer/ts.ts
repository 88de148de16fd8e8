/**
 * The TypeScript compiler, loaded with `require`: an ESM `import ts from "typescript"` would
 * make Node parse the 9 MB file again to find its exports (about a quarter of a second on every
 * build). Its compiled code is kept on disk between builds (compile-cache.ts).
 *
 * Resolved from typegrad's own location: typegrad carries TypeScript 6.0 as an (optional)
 * dependency, which npm nests under typegrad when the project has another TypeScript (7.x)
 * at top level, so the transformer always gets the 6.0 compiler API it is written for.
 */
import { createRequire } from "node:module";
import type * as TS from "typescript";
import { requireWithCodeCache } from "./compile-cache.js";

function load(): typeof TS {
  let loaded: typeof TS;
  try {
    loaded = requireWithCodeCache(createRequire(import.meta.url), "typescript") as typeof TS;
  } catch (error) {
    throw new Error(
      "typegrad's transformer needs TypeScript 6.0, which is installed with typegrad unless optional " +
        "dependencies were omitted (--omit=optional). Fix: npm install typegrad (without --omit=optional), " +
        `or npm install -D typescript@~6.0. (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (typeof loaded?.version !== "string" || !loaded.version.startsWith("6.0.")) {
    throw new Error(
      `typegrad's transformer needs TypeScript 6.0, but found TypeScript ${loaded?.version ?? "without a JavaScript API"}. ` +
        "Fix: reinstall typegrad so npm installs its own TypeScript 6.0 (npm install typegrad), or npm install -D typescript@~6.0.",
    );
  }
  return loaded;
}

const ts: typeof TS = load();
export default ts;
