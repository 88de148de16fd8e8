// Compiles one generated file of programs with the typegrad transformer and imports it: the
// shared step of the compiled-mode property tests.
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { createTransformer } from "../../src/transformer/index.js";

/** The imported module, its emitted JavaScript and the transformer's messages. */
export interface CompiledPrograms {
  readonly module: Record<string, unknown>;
  readonly emitted: string;
  readonly messages: string[];
}

/**
 * Writes `lines` as `programs.ts` into a fresh `dir`, compiles it (with `explain`, when asked)
 * and imports the emitted `programs.js`.
 * @example const { module, messages } = await compilePrograms(".tmp/case", ["export const f = …;"]);
 */
export async function compilePrograms(dir: string, lines: readonly string[], explain = false): Promise<CompiledPrograms> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "programs.ts");
  fs.writeFileSync(file, lines.join("\n"));
  const program = ts.createProgram([file], {
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true, types: [], outDir: dir, rootDir: dir,
  });
  const problems: ts.Diagnostic[] = [];
  let emitted = "";
  program.emit(undefined, (name, text) => {
    if (name.endsWith(".js")) emitted = text;
  }, undefined, false, { before: [createTransformer(program, (d) => problems.push(d), { explain })] });
  const out = path.join(dir, "programs.js");
  fs.writeFileSync(out, emitted);
  const module = (await import(/* @vite-ignore */ pathToFileURL(out).href)) as Record<string, unknown>;
  return { module, emitted, messages: problems.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")) };
}
