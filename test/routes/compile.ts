// Compiles a set of .ts files with the typegrad transformer the way tspc would (one program,
// every file a root, emitted beside its source), for tests that generate or write programs.
// The folder lies under the repository, so the emitted `import … from "typegrad"` resolves.
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { createTransformer, formatDiagnostics } from "../../src/transformer/index.js";

/** What a compile produced: error diagnostics (type errors and typegrad's), and each file's JavaScript. */
export interface Compiled {
  errors: string[];
  js: Record<string, string>;
}

/**
 * Writes `files` (relative path → source) into `dir`, compiles them as one program and emits
 * the JavaScript beside them; with `transform: false`, as plain tsc would.
 * @example compileFiles(".tmp/case", { "main.ts": "export const x = 1;" }).js["main.js"]
 */
export function compileFiles(dir: string, files: Record<string, string>, transform = true): Compiled {
  const roots = Object.entries(files).map(([name, text]) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  });
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true, types: [], skipLibCheck: true, rootDir: dir, outDir: dir,
  };
  const program = ts.createProgram(roots, options);
  const found = [...ts.getPreEmitDiagnostics(program)];
  const js: Record<string, string> = {};
  const writeFile = (name: string, text: string) => {
    fs.writeFileSync(name, text);
    js[path.relative(dir, name).replace(/\\/g, "/")] = text;
  };
  const before = transform ? [createTransformer(program, (d) => found.push(d))] : [];
  program.emit(undefined, writeFile, undefined, false, { before });
  const errors = found.filter((d) => d.category === ts.DiagnosticCategory.Error);
  return { errors: errors.length > 0 ? [formatDiagnostics(errors, dir)] : [], js };
}
