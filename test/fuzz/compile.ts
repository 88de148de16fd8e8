// Compiles a batch of generated programs as ONE TypeScript program (one type-check, one
// analysis) and emits it twice: as plain tsc emits it, and with the typegrad transform. Each
// program lives in a folder of its own (`p0/`, `p1/`, …) under the batch folder; the plain
// JavaScript goes to `plain/pK/`, the transformed to `typegrad/pK/`. The batch folder lies
// under the repository, so the emitted `import … from "typegrad"` resolves.
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { createTransformer, formatDiagnostics } from "../../src/transformer/index.js";

/** What compiling a batch produced. */
export interface CompiledBatch {
  /** Error diagnostics (type errors and typegrad's) by program index; absent when none. */
  errors: Map<number, string>;
  /** Errors no program can be blamed for (none expected). */
  general: string[];
}

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  types: [],
  lib: ["lib.es2023.d.ts"],
  skipLibCheck: true,
};

/** The program index of a file of the batch (`…/pK/…`), or -1. */
function programOf(dir: string, file: string): number {
  const match = /^p(\d+)\//.exec(path.relative(dir, file).replace(/\\/g, "/"));
  return match ? Number(match[1]) : -1;
}

/**
 * Writes each program's files (relative name → source) to `dir/pK/`, compiles all of them as
 * one program and emits the plain and the transformed JavaScript.
 * @example compileBatch(".tmp/fuzz/b0", [{ "main.ts": "export const f = (x: number[]) => x[0]!;" }])
 */
export function compileBatch(dir: string, programs: Record<string, string>[]): CompiledBatch {
  fs.rmSync(dir, { recursive: true, force: true });
  const roots: string[] = [];
  programs.forEach((files, k) => {
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(dir, `p${k}`, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
      roots.push(file);
    }
  });

  const program = ts.createProgram(roots, { ...OPTIONS, rootDir: dir, outDir: dir });
  const found: ts.Diagnostic[] = [...ts.getPreEmitDiagnostics(program)];
  const emitTo = (variant: string) => (name: string, text: string) => {
    const target = path.join(dir, variant, path.relative(dir, name));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  };
  // The plain emit first, so nothing the transform does can touch it.
  program.emit(undefined, emitTo("plain"));
  program.emit(undefined, emitTo("typegrad"), undefined, false, { before: [createTransformer(program, (d) => found.push(d))] });

  const byProgram = new Map<number, ts.Diagnostic[]>();
  const general: ts.Diagnostic[] = [];
  for (const d of found) {
    if (d.category !== ts.DiagnosticCategory.Error) continue;
    const k = d.file ? programOf(dir, d.file.fileName) : -1;
    if (k < 0) general.push(d);
    else byProgram.set(k, [...(byProgram.get(k) ?? []), d]);
  }
  const errors = new Map([...byProgram].map(([k, list]) => [k, formatDiagnostics(list, path.join(dir, `p${k}`))]));
  return { errors, general: general.length > 0 ? [formatDiagnostics(general, dir)] : [] };
}
