/**
 * The loader's disk cache (node_modules/.cache/typegrad, or the system's temporary folder
 * outside a package). A compiled file depends on every file of its program — which functions
 * are differentiated depends on their callers — so outputs are stored under a key of the
 * whole project's state: the content of each source file, tsconfig.json and package.json,
 * typegrad's version and TypeScript's. A manifest per project lists those files; when all
 * still hash the same, every output is reused without loading the compiler at all.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";

/** The files a project's outputs depend on, with their content hashes, and the state key. */
export interface Manifest {
  readonly state: string;
  readonly files: Readonly<Record<string, string>>;
}

/** A short hex SHA-256 of `text`. @example hash("x") // "2d711642b726b044" */
export function hash(text: string | Uint8Array): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

/** The hash of a file's bytes, or "missing". */
export function hashFile(file: string): string {
  try {
    return hash(readFileSync(file));
  } catch {
    return "missing";
  }
}

/** The state key of a set of files (path → content hash) under `salt` (versions, options). */
export function stateOf(files: Readonly<Record<string, string>>, salt: string): string {
  const lines = Object.keys(files).sort().map((f) => `${f}\0${files[f]}`);
  return hash([salt, ...lines].join("\n"));
}

export class DiskCache {
  readonly dir: string;

  /** A cache for the project rooted at `projectDir`. @example new DiskCache("/app") */
  constructor(projectDir: string) {
    this.dir = process.env.TYPEGRAD_CACHE_DIR ?? cacheDirFor(projectDir);
  }

  /** The project's manifest if every file it lists is unchanged, else undefined. */
  validManifest(projectKey: string): Manifest | undefined {
    const manifest = this.readJson<Manifest>(`${projectKey}.json`);
    if (!manifest || typeof manifest.files !== "object") return undefined;
    for (const [file, sum] of Object.entries(manifest.files)) if (hashFile(file) !== sum) return undefined;
    return manifest;
  }

  writeManifest(projectKey: string, manifest: Manifest): void {
    this.write(`${projectKey}.json`, JSON.stringify(manifest));
  }

  /** The stored output for `file` in project state `state`, if any. */
  output(state: string, file: string): string | undefined {
    try {
      return readFileSync(path.join(this.dir, state, `${hash(file)}.js`), "utf8");
    } catch {
      return undefined;
    }
  }

  storeOutput(state: string, file: string, js: string): void {
    this.write(path.join(state, `${hash(file)}.js`), js);
  }

  /** The state the project's manifest names, valid or not. */
  storedState(projectKey: string): string | undefined {
    return this.readJson<Manifest>(`${projectKey}.json`)?.state;
  }

  /** Deletes the outputs stored under `state`. */
  dropState(state: string): void {
    rmSync(path.join(this.dir, state), { recursive: true, force: true });
  }

  private readJson<T>(name: string): T | undefined {
    try {
      return JSON.parse(readFileSync(path.join(this.dir, name), "utf8")) as T;
    } catch {
      return undefined;
    }
  }

  /** Writes through a temporary file and a rename, so a concurrent reader never sees half a file. */
  private write(name: string, text: string): void {
    try {
      const target = path.join(this.dir, name);
      mkdirSync(path.dirname(target), { recursive: true });
      const temporary = `${target}.${process.pid}.tmp`;
      writeFileSync(temporary, text);
      renameSync(temporary, target);
    } catch {
      // A cache that cannot be written (read-only folder) only costs a recompile next time.
    }
  }
}

/** node_modules/.cache/typegrad of the nearest folder with node_modules, else a temp folder. */
function cacheDirFor(projectDir: string): string {
  for (let dir = projectDir; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "node_modules"))) return path.join(dir, "node_modules", ".cache", "typegrad");
    if (path.dirname(dir) === dir) return path.join(tmpdir(), "typegrad-cache");
  }
}
