/**
 * A type-checked `ts.Program` for a Vite project, built from its tsconfig.json and rebuilt
 * only when a file's text changes (unchanged source files are reused, so a rebuild costs a
 * re-check, not a re-parse). The typegrad transform needs the checker of the whole program:
 * which functions are differentiated depends on every file that calls them.
 */
import * as path from "node:path";
import ts from "../transformer/ts.js";
import type * as TS from "typescript";

/** Compiler options forced for Vite: ES modules out, resolution as a bundler does it, maps on. */
const VITE_OPTIONS: TS.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  noEmit: false,
  declaration: false,
  declarationMap: false,
  emitDeclarationOnly: false,
  sourceMap: true,
  inlineSourceMap: false,
  inlineSources: true,
  composite: false,
  incremental: false,
};

export class ProgramCache {
  private program: TS.Program | undefined;
  private readonly texts = new Map<string, string>();
  private readonly sourceFiles = new Map<string, TS.SourceFile>();
  private readonly rootNames: Set<string>;
  private readonly options: TS.CompilerOptions;

  /** @example new ProgramCache("/project/tsconfig.json") */
  constructor(configPath: string | undefined) {
    const parsed = configPath ? ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} }) : undefined;
    this.rootNames = new Set((parsed?.fileNames ?? []).map(normalize));
    this.options = { strict: true, target: ts.ScriptTarget.ES2022, ...parsed?.options, ...VITE_OPTIONS };
  }

  /** The program, up to date with `text` for `fileName` (added as a root if not yet in it). */
  programFor(fileName: string, text: string): TS.Program {
    const file = normalize(fileName);
    const current = this.program?.getSourceFile(file);
    if (current && current.text === text) return this.program!;
    this.rootNames.add(file);
    this.texts.set(file, text);
    this.rebuild();
    return this.program!;
  }

  /** Forgets a changed file's text so the next build reads it again (for watch mode). */
  invalidate(fileName: string): void {
    const file = normalize(fileName);
    this.texts.delete(file);
    this.sourceFiles.delete(file);
    this.program = undefined;
  }

  private rebuild(): void {
    const host = ts.createCompilerHost(this.options, true);
    const readFile = (name: string): string | undefined => this.texts.get(normalize(name)) ?? ts.sys.readFile(name);
    host.readFile = readFile;
    host.getSourceFile = (name, languageVersion) => {
      const text = readFile(name);
      if (text === undefined) return undefined;
      const key = normalize(name);
      const cached = this.sourceFiles.get(key);
      if (cached && cached.text === text) return cached;
      const sf = ts.createSourceFile(name, text, languageVersion, true);
      this.sourceFiles.set(key, sf);
      return sf;
    };
    this.program = ts.createProgram({ rootNames: [...this.rootNames], options: this.options, host, oldProgram: this.program });
  }
}

function normalize(fileName: string): string {
  return path.resolve(fileName).replace(/\\/g, "/");
}
