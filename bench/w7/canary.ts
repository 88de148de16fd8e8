/**
 * Proof that W7's plugin configuration really runs the transformer: the same `tspc`, the same
 * `plugins` entry resolved from the same folder, on one small file that does use typegrad,
 * must emit something other than plain `tsc` does. Without it, a plugin that silently failed
 * to load would pass the byte-identity check and look free.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { peakBuild } from "./peak-build.js";

const CANARY = `import { grad } from "typegrad";

export const slope = grad((x: number) => x * x * x);
`;

/** "" if the plugin rewrote the canary, else why not. `dir` holds tsconfig.plugin.json. */
export function checkPluginApplied(dir: string, hook: string, tsc: string, tspc: string): string {
  mkdirSync(join(dir, "canary"), { recursive: true });
  writeFileSync(join(dir, "canary", "canary.ts"), CANARY);
  const cfg = (base: string, out: string) =>
    JSON.stringify({ extends: `./${base}`, compilerOptions: { rootDir: "canary", outDir: out }, include: ["canary"] });
  writeFileSync(join(dir, "tsconfig.canary-tsc.json"), cfg("tsconfig.tsc.json", "canary-tsc"));
  writeFileSync(join(dir, "tsconfig.canary-plugin.json"), cfg("tsconfig.plugin.json", "canary-plugin"));
  const plain = peakBuild(hook, tsc, ["-p", "tsconfig.canary-tsc.json"], dir);
  if (!plain.ok) return `plain tsc failed on the canary file: ${plain.out.split("\n")[0]}`;
  const plugged = peakBuild(hook, tspc, ["-p", "tsconfig.canary-plugin.json"], dir);
  if (!plugged.ok) return `tspc with the plugin failed on the canary file: ${plugged.out.split("\n")[0]}`;
  const a = readFileSync(join(dir, "canary-tsc", "canary.js"), "utf8");
  const b = readFileSync(join(dir, "canary-plugin", "canary.js"), "utf8");
  return a === b ? "the plugin left a file that uses typegrad as tsc emits it: transformer not applied" : "";
}
