// Runs every example in order, each as a user would run one script:
//   node --import typegrad/register examples/000_pipe.ts
// (the loader compiles it with the typegrad transform; no build step). Exits 1 if any fails.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const scripts = readdirSync(here).filter((f) => /^\d{3}_.*\.ts$/.test(f)).sort();
let failed = 0;
for (const script of scripts) {
  console.log(`\n=== ${script}`);
  const { status } = spawnSync(process.execPath, ["--import", "typegrad/register", join(here, script)], { stdio: "inherit", cwd: dirname(here) });
  if (status !== 0) failed++;
}
console.log(`\n${scripts.length - failed}/${scripts.length} examples passed`);
process.exit(failed > 0 ? 1 : 0);
