// Compiles the baseline cases with the typegrad transformer, the way tspc would: one program
// per distinct set of `// @option: value` header lines, every case a root of it.
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";
import { createTransformer, formatDiagnostics } from "../../src/transformer/index.js";

/** What one case compiles to. */
export interface CaseOutput {
  name: string;
  options: Record<string, string>;
  js: string;
  diagnostics: string;
}

const MODULES: Record<string, ts.ModuleKind> = { nodenext: ts.ModuleKind.NodeNext, esnext: ts.ModuleKind.ESNext, commonjs: ts.ModuleKind.CommonJS };

/** `// @module: commonjs` (and `// @explain: true`, the transform's option) lines at the top of a case. */
function headerOptions(text: string): Record<string, string> {
  const options: Record<string, string> = {};
  for (const match of text.matchAll(/^\/\/\s*@(\w+):\s*(\S+)\s*$/gm)) options[match[1]!] = match[2]!;
  return options;
}

function compilerOptions(options: Record<string, string>, outDir: string): ts.CompilerOptions {
  const module = MODULES[options.module ?? "nodenext"]!;
  return {
    target: ts.ScriptTarget.ES2022,
    module,
    moduleResolution: module === ts.ModuleKind.NodeNext ? ts.ModuleResolutionKind.NodeNext : ts.ModuleResolutionKind.Bundler,
    strict: true,
    types: [],
    rootDir: path.dirname(outDir),
    outDir,
    noEmitOnError: false,
  };
}

/**
 * Emits every case in `dir`; with `transform: false`, plain tsc output (for the byte-identity check).
 * @example compileCases("test/baselines/cases", true)
 */
export function compileCases(dir: string, transform = true): CaseOutput[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ts")).sort().map((f) => path.join(dir, f));
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const key = JSON.stringify(headerOptions(fs.readFileSync(file, "utf8")));
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  const outputs: CaseOutput[] = [];
  for (const [key, roots] of groups) {
    const options = JSON.parse(key) as Record<string, string>;
    const program = ts.createProgram(roots, compilerOptions(options, path.join(dir, "out")));
    const js = new Map<string, string>();
    const diagnostics: ts.Diagnostic[] = [];
    const before = transform ? [createTransformer(program, (d) => diagnostics.push(d), { explain: options.explain === "true" })] : [];
    program.emit(undefined, (name, text) => js.set(path.basename(name, ".js"), text), undefined, false, { before });
    for (const root of roots) {
      const name = path.basename(root, ".ts");
      const mine = diagnostics.filter((d) => d.file?.fileName === root.replace(/\\/g, "/"));
      outputs.push({ name, options, js: js.get(name) ?? "", diagnostics: formatDiagnostics(mine, dir) });
    }
  }
  return outputs;
}
