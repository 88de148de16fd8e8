/**
 * The module hooks behind `typegrad/register` (they run on Node's loader thread).
 * `resolve` lets `import "./x.js"` find `./x.ts`, as TypeScript projects write it (and
 * `import "./x"` find `./x.ts` or `./x/index.ts`, as bundlers resolve it); `load`
 * compiles `.ts`, `.mts` and `.cts` files with the typegrad transform.
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "./compile.js";

type Format = "module" | "commonjs";
interface ResolveContext { parentURL?: string; conditions: string[] }
interface ResolveResult { url: string; format?: string | null; shortCircuit?: boolean }
interface LoadContext { format?: string | null; conditions: string[] }
interface LoadResult { format: string; source?: string | ArrayBuffer | Uint8Array | null; shortCircuit?: boolean }

const TS_FILE = /\.(ts|mts|cts)$/;
const JS_TO_TS: Record<string, string> = { ".js": ".ts", ".mjs": ".mts", ".cjs": ".cts" };

/** Node's resolve hook: tries the `.ts` twin of a relative `.js` specifier that does not exist. */
export async function resolve(specifier: string, context: ResolveContext, nextResolve: (s: string, c?: ResolveContext) => Promise<ResolveResult>): Promise<ResolveResult> {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const relative = specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("file:");
    if (!relative || !context.parentURL) throw error;
    for (const candidate of tsCandidates(specifier)) {
      const url = new URL(candidate, context.parentURL);
      if (existsSync(fileURLToPath(url))) return { url: url.href, format: formatOf(fileURLToPath(url)), shortCircuit: true };
    }
    throw error;
  }
}

/**
 * Where a relative specifier that Node did not find may be a TypeScript file: `./x.js` →
 * `./x.ts` (as TypeScript projects write imports), and, as bundlers resolve them, `./x` →
 * `./x.ts` or `./x/index.ts`.
 */
function tsCandidates(specifier: string): string[] {
  const ext = path.extname(specifier);
  if (ext in JS_TO_TS) return [specifier.slice(0, -ext.length) + JS_TO_TS[ext]];
  if (ext === "" || !/^\.[a-z]+$/i.test(ext)) return [`${specifier}.ts`, `${specifier}.mts`, `${specifier.replace(/\/$/, "")}/index.ts`];
  return [];
}

/** Node's load hook: compiles the program's TypeScript files; everything else passes through. */
export async function load(url: string, context: LoadContext, nextLoad: (u: string, c?: LoadContext) => Promise<LoadResult>): Promise<LoadResult> {
  if (!url.startsWith("file:")) return nextLoad(url, context);
  const file = fileURLToPath(url);
  if (!TS_FILE.test(file) || file.endsWith(".d.ts") || file.includes(`${path.sep}node_modules${path.sep}`)) return nextLoad(url, context);
  const format = formatOf(file);
  if (format === "commonjs") {
    // Node 20's hooks cannot hand a compiled CommonJS module the ES module typegrad is.
    throw new Error(
      `typegrad/register runs TypeScript as ES modules, but ${file} is CommonJS (${file.endsWith(".cts") ? "a .cts file" : 'no "type": "module" in its package.json'}). ` +
        'Fix: add "type": "module" to package.json (npm pkg set type=module), or name the file .mts.',
    );
  }
  return { format, source: await compile(file), shortCircuit: true };
}

/** Node's rule: `.mts` is ESM, `.cts` CommonJS, `.ts` follows the nearest package.json's "type". */
export function formatOf(file: string): Format {
  if (file.endsWith(".mts")) return "module";
  if (file.endsWith(".cts")) return "commonjs";
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        return (JSON.parse(readFileSync(pkg, "utf8")) as { type?: string }).type === "module" ? "module" : "commonjs";
      } catch {
        return "commonjs";
      }
    }
    if (path.dirname(dir) === dir) return "commonjs";
  }
}
