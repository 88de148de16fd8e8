/**
 * Compiling one file for the loader: from the disk cache when the project is unchanged,
 * else through the project's program (created, with the compiler, only then).
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { DiskCache, hash, hashFile, stateOf } from "./cache.js";
import { explainInEnvironment } from "../transformer/explain-option.js";
import type { ProjectProgram } from "./program.js";

interface Project {
  readonly key: string;
  readonly configPath: string | undefined;
  readonly cache: DiskCache;
  /** The state key whose outputs are valid, once known. */
  state: string | undefined;
  program: ProjectProgram | undefined;
  /** `explain` is on: every file is compiled when loaded (the cache is not read), so each reports. */
  readonly explain: boolean;
}

const projects = new Map<string, Project>();

/** typegrad's and TypeScript's versions: a new release of either invalidates every output. */
const SALT = (() => {
  const require = createRequire(import.meta.url);
  const versionAt = (file: string): string => {
    try {
      return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
    } catch {
      return "none";
    }
  };
  let typescript = "none";
  try {
    typescript = versionAt(require.resolve("typescript/package.json"));
  } catch {
    // Reported when the compiler is needed.
  }
  return `typegrad ${versionAt(new URL("../../package.json", import.meta.url).pathname)} typescript ${typescript} node-loader 1`;
})();

/**
 * The JavaScript for the TypeScript file `file` (absolute path), with an inline source map.
 * @example await compile("/app/main.ts")
 */
export async function compile(file: string): Promise<string> {
  const project = projectFor(file);
  if (project.state === undefined && !project.explain) project.state = project.cache.validManifest(project.key)?.state;
  if (project.state !== undefined && !project.explain) {
    const cached = project.cache.output(project.state, file);
    if (cached !== undefined) return cached;
  }
  if (!project.program) {
    const { ProjectProgram } = await import("./program.js");
    project.program = new ProjectProgram(project.configPath);
  }
  const { js, files } = project.program.emit(file);
  const hashes: Record<string, string> = {};
  for (const f of [...files, ...settings(project, file)]) hashes[f] = hashFile(f);
  const state = stateOf(hashes, SALT);
  if (state !== project.state) {
    // The outputs of the project's previous state can never be used again.
    const previous = project.state ?? project.cache.storedState(project.key);
    if (previous !== undefined && previous !== state) project.cache.dropState(previous);
    project.state = state;
    project.cache.writeManifest(project.key, { state, files: hashes });
  }
  project.cache.storeOutput(state, file, js);
  if (!project.explain) for (const [other, otherJs] of project.program.emitOthers(file)) project.cache.storeOutput(state, other, otherJs);
  return js;
}

/** The project of `file`: its nearest tsconfig.json, or its folder when there is none. */
function projectFor(file: string): Project {
  const configPath = findUp(path.dirname(file), "tsconfig.json");
  const id = configPath ?? `${path.dirname(file)}${path.sep}`;
  let project = projects.get(id);
  if (!project) {
    // A tsconfig asking for `explain` in typegrad's plugin entry (ProjectProgram reads it properly).
    const explain = explainInEnvironment() || (configPath !== undefined && /"explain"\s*:\s*true/.test(readFileSync(configPath, "utf8")));
    project = { key: hash(id), configPath, cache: new DiskCache(path.dirname(configPath ?? file)), state: undefined, program: undefined, explain };
    projects.set(id, project);
  }
  return project;
}

/** Files besides the sources that change the output: the tsconfig and the package.json. */
function settings(project: Project, file: string): string[] {
  const pkg = findUp(path.dirname(file), "package.json");
  return [project.configPath, pkg].filter((f): f is string => f !== undefined);
}

function findUp(dir: string, name: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    const candidate = path.join(d, name);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(d) === d) return undefined;
  }
}
