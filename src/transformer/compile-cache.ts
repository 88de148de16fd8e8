/**
 * Loading the TypeScript compiler (a 9 MB CommonJS file) with V8's code cache kept on disk, as
 * `tsc` itself does on Node ≥ 22.1 (`module.enableCompileCache()`, which would change every
 * later module load of the process: the loader and the Vite plugin run in the user's). Compiling
 * the file anew costs a few hundred milliseconds on every build; the cache written after a
 * build holds the code of every function the build ran, so the next build starts with it. One
 * file per Node version, compiler file, size and modification time (V8 itself rejects a cache
 * made by another V8 version or with other flags), in the system's temporary folder.
 * `TYPEGRAD_COMPILE_CACHE=0` turns it off; any failure to read or write it falls back to a
 * plain `require`.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import vm from "node:vm";

/** Node's CommonJS internals this loader uses (stable since Node 12, undocumented in types). */
interface ModuleInternals {
  wrap(source: string): string;
  _nodeModulePaths(dir: string): string[];
}

/**
 * `require(id)` of a CommonJS file, through the on-disk code cache.
 * @example const ts = requireWithCodeCache(createRequire(import.meta.url), "typescript");
 */
export function requireWithCodeCache(require: NodeJS.Require, id: string): unknown {
  const file = require.resolve(id);
  if (process.env.TYPEGRAD_COMPILE_CACHE === "0" || require.cache[file]) return require(id);
  try {
    return load(file, Module as unknown as ModuleInternals);
  } catch {
    delete require.cache[file];
    return require(id);
  }
}

function load(file: string, internals: ModuleInternals): unknown {
  const stat = statSync(file);
  const key = createHash("sha256").update(`${process.version}\0${process.arch}\0${file}\0${stat.size}\0${stat.mtimeMs}`).digest("hex").slice(0, 32);
  const cacheFile = join(tmpdir(), "typegrad-compile-cache", `${key}.bin`);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const source = readFileSync(file, "utf8");
  const script = new vm.Script(internals.wrap(source), {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  } as vm.ScriptOptions);
  const module = new Module(file) as Module & { filename: string; paths: string[]; loaded: boolean };
  module.filename = file;
  module.paths = internals._nodeModulePaths(dirname(file));
  const require = createRequire(file);
  require.cache[file] = module;
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, require, module, file, dirname(file));
  module.loaded = true;
  if (!cachedData || script.cachedDataRejected) {
    // Written when the build ends, so that it holds the functions the build compiled.
    process.once("exit", () => save(script, cacheFile));
  }
  return module.exports;
}

function save(script: vm.Script, cacheFile: string): void {
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    // Written aside and renamed: a build starting meanwhile reads a whole file or none.
    const partial = `${cacheFile}.${process.pid}`;
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, cacheFile);
  } catch {
    // A cache that cannot be written only costs the next build its start-up time.
  }
}
