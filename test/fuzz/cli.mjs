// npm run fuzz -- [--runs=N] [--seed=N] [--from=N] [--batch=N] [--shrink=N] [--gaps]
// Generates N random differentiable programs from the seed, compiles each with and without the
// typegrad transform, runs and checks them (see run.ts), shrinks the first failure of each kind
// and prints a summary; exits 1 when any program fails. `--from=N` skips the seed's first N
// programs (to repeat part of a long run; program numbers stay those of the whole run). `--gaps` also generates the programs
// that AVOID_KNOWN_GAPS (generate.ts) leaves out. The driver is TypeScript, loaded through
// Vite's module runner; the compiled programs it loads are plain Node modules using the built
// runtime (npm run fuzz builds first).
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

const USAGE = "usage: npm run fuzz -- [--runs=N] [--seed=N] [--from=N] [--batch=N] [--shrink=N] [--gaps]";

function parse(argv) {
  const options = { runs: 1000, seed: Date.now() % 2 ** 31, from: 0, batch: 100, shrink: 5, gaps: false };
  for (const arg of argv) {
    const match = /^--(runs|seed|from|batch|shrink)=(\d+)$/.exec(arg);
    if (match) options[match[1]] = Number(match[2]);
    else if (arg === "--gaps") options.gaps = true;
    else throw new Error(`unknown argument ${JSON.stringify(arg)}\n${USAGE}`);
  }
  if (options.runs < 1 || options.batch < 1) throw new Error(`--runs and --batch must be at least 1\n${USAGE}`);
  return options;
}

let options;
try {
  options = parse(process.argv.slice(2));
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

const root = fileURLToPath(new URL("../..", import.meta.url));
const load = (file) => runnerImport(fileURLToPath(new URL(file, import.meta.url)), { configFile: false, root, logLevel: "error" }).then((r) => r.module);
if (options.gaps) process.env.FUZZ_KNOWN_GAPS = "1";
const run = await load("./run.ts");

console.log(`typegrad fuzz: ${options.runs} programs from seed ${options.seed}${options.gaps ? ", known gaps included" : ""}`);
run.clearOutput();
const summary = run.fuzz({ runs: options.runs, seed: options.seed, from: options.from, batch: options.batch, shrinkCategories: options.shrink, log: (line) => console.log(line) });
console.log(run.formatSummary(summary));
process.exitCode = summary.failed > 0 ? 1 : 0;
