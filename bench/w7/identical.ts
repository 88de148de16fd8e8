/** Byte-for-byte comparison of two output folders (every file, by relative path). */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

export interface TreeDiff {
  /** Files present in both folders. */
  compared: number;
  /** Relative paths whose bytes differ. */
  differ: string[];
  /** Relative paths present on one side only. */
  onlyInA: string[];
  onlyInB: string[];
}

function files(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  return walk(dir).map((f) => relative(dir, f)).sort();
}

/** Compares every file of folder `a` with the file at the same path in `b`. */
export function compareTrees(a: string, b: string): TreeDiff {
  const fa = files(a), fb = new Set(files(b));
  const diff: TreeDiff = { compared: 0, differ: [], onlyInA: [], onlyInB: [] };
  for (const f of fa) {
    if (!fb.has(f)) {
      diff.onlyInA.push(f);
      continue;
    }
    fb.delete(f);
    diff.compared++;
    if (!readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) diff.differ.push(f);
  }
  diff.onlyInB.push(...fb);
  return diff;
}

/** "" when identical, else a sentence naming the differing files (at most `max` of them). */
export function describeDiff(d: TreeDiff, nameA: string, nameB: string, max = 5): string {
  const list = (xs: string[]) => xs.slice(0, max).join(", ") + (xs.length > max ? ` (+${xs.length - max} more)` : "");
  const parts: string[] = [];
  if (d.differ.length) parts.push(`${d.differ.length} of ${d.compared} emitted files differ between ${nameA} and ${nameB}: ${list(d.differ)}`);
  if (d.onlyInA.length) parts.push(`emitted by ${nameA} only: ${list(d.onlyInA)}`);
  if (d.onlyInB.length) parts.push(`emitted by ${nameB} only: ${list(d.onlyInB)}`);
  return parts.join("; ");
}
