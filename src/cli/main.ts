#!/usr/bin/env node
/**
 * The `typegrad` command.
 *
 * @example
 * npx typegrad build                 # like tsc -p tsconfig.json, with the typegrad transform
 * npx typegrad build -p tsconfig.app.json --watch
 * npx typegrad build --explain       # says per transform call whether it runs compiled code or the tape
 */
import * as path from "node:path";
import ts from "../transformer/ts.js";
import { build } from "./build.js";
import { printDiagnostics } from "./report.js";
import { watch } from "./watch.js";

const USAGE = `typegrad build [-p <tsconfig.json or directory>] [--watch] [--explain] [tsc options...]

Type-checks and emits the project like tsc, with the typegrad transform, using typegrad's own
TypeScript ${ts.version} (your project's TypeScript may be any version, 7 included).
Other tsc options (--noEmit, --outDir dist, --pretty false, ...) override the tsconfig.
--explain prints, for each grad/jacfwd/... call, "compiled" or "tape: <the reason>" (as does
"explain": true in the tsconfig's typegrad plugin entry).`;

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command === "--version" || command === "-v") {
    console.log(`typegrad ${version()} (TypeScript ${ts.version})`);
    return 0;
  }
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    console.log(USAGE);
    return command === undefined ? 1 : 0;
  }
  if (command !== "build") {
    console.error(`typegrad: unknown command '${command}'.\n\n${USAGE}`);
    return 1;
  }
  // `typegrad build --help` prints this usage (tsc's own --help would not name --explain), and builds nothing.
  if (rest.includes("--help") || rest.includes("-h") || rest.includes("-?")) {
    console.log(USAGE);
    return 0;
  }
  const explain = rest.includes("--explain");
  const parsed = ts.parseCommandLine(rest.filter((a) => a !== "--explain"));
  if (parsed.errors.length > 0) {
    printDiagnostics(parsed.errors, parsed.options);
    return ts.ExitStatus.DiagnosticsPresent_OutputsSkipped;
  }
  const { project, watch: watching, ...overrides } = parsed.options;
  if (parsed.fileNames.length > 0) {
    console.error(`typegrad: files on the command line (${parsed.fileNames.join(", ")}) are not supported; name them in tsconfig.json and use -p.`);
    return 1;
  }
  const configPath = findConfig(project);
  if (!configPath) {
    console.error(`typegrad: no tsconfig.json found${project ? ` at '${project}'` : " in this folder or above"}. Create one (see the typegrad README) or pass -p <tsconfig.json>.`);
    return 1;
  }
  if (watching) {
    watch(configPath, overrides, explain);
    return 0;
  }
  return build(configPath, overrides, explain);
}

/** tsc's rule: -p names a file or a directory holding tsconfig.json; default: search upwards. */
function findConfig(project: string | undefined): string | undefined {
  if (project === undefined) return ts.findConfigFile(ts.sys.getCurrentDirectory(), ts.sys.fileExists);
  const resolved = path.resolve(project);
  if (ts.sys.directoryExists(resolved)) {
    const inside = path.join(resolved, "tsconfig.json");
    return ts.sys.fileExists(inside) ? inside : undefined;
  }
  return ts.sys.fileExists(resolved) ? resolved : undefined;
}

function version(): string {
  const pkg = ts.sys.readFile(new URL("../../package.json", import.meta.url).pathname);
  return pkg ? (JSON.parse(pkg) as { version: string }).version : "unknown";
}

const code = main(process.argv.slice(2));
if (code !== 0 || !process.argv.includes("--watch")) process.exitCode = code;
