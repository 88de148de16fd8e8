// Helpers for tests that use typegrad as a user does: a tarball from `npm pack`, fresh
// folders in the system's temporary directory, commands run there, and the README's set-up
// snippets read back from README.md so that the text a user copies is the text tested.
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

export const root = resolve(import.meta.dirname, "../..");

/** A fresh empty folder. */
export function freshDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `typegrad-${prefix}-`));
}

/**
 * Packs typegrad into `dir` and returns the tarball's path. The test run has built dist/
 * already; --ignore-scripts keeps pack from rebuilding it while other tests read it.
 */
export function packInto(dir: string): string {
  execFileSync("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", dir], { cwd: root, stdio: "pipe" });
  return join(dir, readdirSync(dir).find((f) => f.endsWith(".tgz"))!);
}

/** Writes `files` (relative path → text) under `dir`. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a command line with bash in `cwd` (asynchronously, so tests may run side by side). */
export function sh(cwd: string, line: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    // The test runner's own variables (VITEST_*, NODE_OPTIONS) must not leak into a user's run.
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST") && k !== "NODE_OPTIONS" && k !== "TEST"));
    execFile("bash", ["-c", line], { cwd, env: { ...clean, ...env }, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      done({ status, stdout, stderr });
    });
  });
}

/** npm install flags for tests: quiet, and from the local cache where it can. */
export const NPM_FLAGS = "--no-audit --no-fund --prefer-offline";

/** One step of a README set-up: a command to run, or a file to write. */
export type Step = { run: string } | { file: string; text: string };

/**
 * The README's set-up snippets, by name: each `<!-- setup: name -->` … `<!-- /setup -->`
 * region's fenced blocks in order. An `sh` block is commands (one a line, `#` comments
 * dropped); any other block whose first line is `// name` is that file's content.
 */
export function readmeSetups(): Map<string, Step[]> {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const setups = new Map<string, Step[]>();
  for (const region of readme.matchAll(/<!-- setup: ([\w-]+) -->([\s\S]*?)<!-- \/setup -->/g)) {
    const steps: Step[] = [];
    for (const block of region[2]!.matchAll(/```(\w*)\n([\s\S]*?)```/g)) {
      const [, lang, body] = block as unknown as [string, string, string];
      if (lang === "sh") {
        for (const line of body.split("\n")) {
          const command = line.replace(/\s+#.*$/, "").trim();
          if (command && !command.startsWith("#")) steps.push({ run: command });
        }
      } else {
        const name = /^\/\/ (\S+)/.exec(body)?.[1];
        if (!name) throw new Error(`README set-up '${region[1]}': a ${lang} block without a '// file' first line`);
        steps.push({ file: name, text: body });
      }
    }
    setups.set(region[1]!, steps);
  }
  return setups;
}

/** Numbers printed by a script's output, in order. */
export function numbersIn(output: string): number[] {
  return [...output.matchAll(/-?\d+\.\d+(?:e[-+]?\d+)?/g)].map((m) => Number(m[0]));
}
