// Helpers for tests that check which line of their own file an error names.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * A matcher for `<file>:<line>:` of the line in `fileUrl` that ends with `// <marker>`.
 * @example at(import.meta.url, "value-nan") // /nans\.test\.ts:42:/
 */
export function markerLine(fileUrl: string, marker: string): RegExp {
  const path = fileURLToPath(fileUrl);
  const line = readFileSync(path, "utf8").split("\n").findIndex((l) => l.trimEnd().endsWith(`// ${marker}`)) + 1;
  if (line === 0) throw new Error(`no marker ${marker} in ${path}`);
  return new RegExp(`${basename(path).replace(/\./g, "\\.")}:${line}:`);
}

/** The message of the error `f` throws, or "(no error)". @example errorMessage(() => sqrt(-1)) */
export function errorMessage(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return "(no error)";
}
