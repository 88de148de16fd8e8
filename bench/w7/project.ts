/**
 * W7's project: zod 4's own TypeScript sources (the package ships them under `src/`), copied
 * out of node_modules into a folder of their own and compiled as zod's build compiles them:
 * strict, ES modules (NodeNext), declarations. zod's tests (`tests/`, `*.test.ts`) and its v3
 * micro-benchmarks (`benchmarks/`) are left out, as its published build leaves them out; what
 * remains is 125 files, 37,778 lines for zod 4.6.7. The code does not import typegrad, so a
 * build with typegrad's plugin must emit exactly what a build without it emits.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

/** Compiler options for zod's sources: zero errors with plain `tsc` (DOM for `URL`, `atob`). */
export const ZOD_COMPILER_OPTIONS = {
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  lib: ["ES2022", "DOM"],
  types: [],
  strict: true,
  skipLibCheck: true,
  declaration: true,
  rootDir: "src",
};

export interface ZodProject {
  /** zod's version, read from its package.json in node_modules. */
  version: string;
  files: number;
  lines: number;
}

/** Whether a path under zod's `src/` belongs to the build (not a test, not a benchmark). */
export function isBuiltSource(path: string, isDirectory: boolean): boolean {
  const name = basename(path);
  if (isDirectory) return name !== "tests" && name !== "benchmarks";
  return name.endsWith(".ts") && !name.endsWith(".test.ts");
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * Copies zod's sources from `<root>/node_modules/zod/src` into `<dir>/src` and writes
 * `<dir>/package.json` (an ES module package). Throws, naming the fix, if zod is not installed
 * or ships no sources.
 */
export function prepareZodProject(root: string, dir: string): ZodProject {
  const pkgDir = join(root, "node_modules", "zod");
  let version: string;
  try {
    version = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")).version;
  } catch {
    throw new Error(`W7 needs zod's sources: node_modules/zod is missing. Run \`npm ci\` (zod is a devDependency).`);
  }
  mkdirSync(dir, { recursive: true });
  try {
    cpSync(join(pkgDir, "src"), join(dir, "src"), { recursive: true, filter: (p) => isBuiltSource(p, statSync(p).isDirectory()) });
  } catch (e) {
    throw new Error(`W7: zod ${version} ships no src/ folder of .ts sources (${(e as Error).message}); pin a zod 4 version that does.`);
  }
  const files = walk(join(dir, "src"));
  const lines = files.reduce((n, f) => n + readFileSync(f, "utf8").split("\n").length - 1, 0);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "w7-zod-sources", private: true, type: "module" }));
  return { version, files: files.length, lines };
}
