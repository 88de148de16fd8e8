// Runs every compiled example in order; exits 1 if any fails.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dist = join(dirname(fileURLToPath(import.meta.url)), "dist");
const scripts = readdirSync(dist).filter((f) => /^\d{3}_.*\.js$/.test(f)).sort();
let failed = 0;
for (const script of scripts) {
  console.log(`\n=== ${script}`);
  const { status } = spawnSync(process.execPath, ["--enable-source-maps", join(dist, script)], { stdio: "inherit" });
  if (status !== 0) failed++;
}
console.log(`\n${scripts.length - failed}/${scripts.length} examples passed`);
process.exit(failed > 0 ? 1 : 0);
