// Build and start-up time of each front end on one small program (three modules, SPEC §2's
// constructs, a helper differentiated through grad): `node bench/toolchain.mjs [runs]`.
// Each command runs `runs` times (default 5) in a temporary project whose node_modules links
// to this repository's build and compilers; the median wall and CPU times are printed. Build first
// (`npm run build`).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.argv[2] ?? 5);
const dir = realpathSync(mkdtempSync(join(tmpdir(), "typegrad-toolchain-")));

const files = {
  "package.json": JSON.stringify({ name: "toolchain-bench", private: true, type: "module" }),
  "tsconfig.json": JSON.stringify({
    compilerOptions: { target: "ES2022", module: "NodeNext", strict: true, rootDir: "src", outDir: "dist", types: [], plugins: [{ transform: "typegrad/transformer" }] },
    include: ["src"],
  }),
  "tsconfig.incremental.json": JSON.stringify({ extends: "./tsconfig.json", compilerOptions: { incremental: true, outDir: "dist-inc" } }),
  "src/model.ts": `import { sin, type Var } from "typegrad";\nexport function model(x0: Var, x1: Var): Var {\n  let acc: Var = 0;\n  acc += sin(x0) * (x0 + x1);\n  if (x0 < x1) acc *= 2;\n  return acc / 2;\n}\n`,
  "src/helpers.ts": `export function sumSquares(xs: number[]): number {\n  let s = 0;\n  for (const x of xs) s += x * x;\n  return s;\n}\n`,
  "src/main.ts": `import { grad, Tape } from "typegrad";\nimport { sumSquares } from "./helpers.js";\nimport { model } from "./model.js";\nconst tape = new Tape();\nconst [a, b] = [tape.variable(0.6), tape.variable(1.4)];\nconsole.log(tape.gradient(model(a, b), [a, b]), grad(sumSquares)([1, 2, 3]));\n`,
  "src/main.test.ts": `import { expect, test } from "vitest";\nimport { grad } from "typegrad";\nimport { sumSquares } from "./helpers.js";\ntest("grad", () => expect(grad(sumSquares)([1, 2, 3])).toEqual([2, 4, 6]));\n`,
  "vitest.config.ts": `import { defineConfig } from "vitest/config";\nimport typegrad from "typegrad/vite";\nexport default defineConfig({ plugins: [typegrad()] });\n`,
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), text);
}
mkdirSync(join(dir, "node_modules"));
symlinkSync(root, join(dir, "node_modules", "typegrad"));
for (const name of ["typescript", "ts-patch", "vite", "vitest"]) symlinkSync(join(root, "node_modules", name), join(dir, "node_modules", name));

const bin = (p) => join(root, "node_modules", p);
const cases = [
  ["plain tsc (no transform), build", [bin("typescript/bin/tsc"), "-p", "."], () => rm("dist")],
  ["tspc + typegrad/transformer, build", [bin("ts-patch/bin/tspc.js"), "-p", "."], () => rm("dist")],
  ["typegrad build, build", [join(root, "dist/cli/main.js"), "build"], () => rm("dist")],
  ["typegrad build, incremental, nothing changed", [join(root, "dist/cli/main.js"), "build", "-p", "tsconfig.incremental.json"], () => {}],
  ["node dist/main.js (built output), start-up and run", ["dist/main.js"], () => {}],
  ["node --import typegrad/register, cold cache", ["--import", "typegrad/register", "src/main.ts"], () => rm("node_modules/.cache")],
  ["node --import typegrad/register, warm cache", ["--import", "typegrad/register", "src/main.ts"], () => {}],
  ["vitest run with typegrad/vite (one test file)", [bin("vitest/vitest.mjs"), "run", "src/main.test.ts"], () => {}],
];

function rm(path) {
  rmSync(join(dir, path), { recursive: true, force: true });
}

/** Wall time and CPU time (user + system, the child's own: less sensitive to a busy machine), in ms. */
function time(args) {
  const quoted = [process.execPath, ...args].map((a) => `'${a}'`).join(" ");
  const r = spawnSync("bash", ["-c", `TIMEFORMAT='%R %U %S'; time ${quoted} > /dev/null`], { cwd: dir, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  const [real, user, sys] = r.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { wall: real * 1000, cpu: (user + sys) * 1000 };
}

const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`${runs} runs each, median wall and CPU times (Node ${process.version}, load ${(await import("node:os")).loadavg()[0].toFixed(1)})`);
spawnSync(process.execPath, [join(root, "dist/cli/main.js"), "build", "-p", "tsconfig.incremental.json"], { cwd: dir });
console.log(`${"".padEnd(52)}   wall    cpu`);
for (const [label, args, before] of cases) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    before();
    times.push(time(args));
  }
  const wall = median(times.map((t) => t.wall)) / 1000;
  const cpu = median(times.map((t) => t.cpu)) / 1000;
  console.log(`${label.padEnd(52)} ${wall.toFixed(2).padStart(5)} s ${cpu.toFixed(2).padStart(5)} s`);
}
rm(".");
