/**
 * The loader's compiler: one type-checked program per project (its tsconfig.json, or the
 * entry file alone), built with typegrad's TypeScript 6 on the first file that is not in the
 * cache, and emitting any of its files with the typegrad transform and an inline source map.
 */
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import ts from "../transformer/ts.js";
import type * as TS from "typescript";
import { createTransformer } from "../transformer/transform.js";
import { explainRequested } from "./explain.js";

/** Used when there is no tsconfig.json. */
const DEFAULTS: TS.CompilerOptions = { target: ts.ScriptTarget.ES2022, strict: true, skipLibCheck: true };

/** Emit as Node runs it: one file at a time, maps for stack traces, nothing else written. */
const FORCED: TS.CompilerOptions = {
  noEmit: false,
  noEmitOnError: false,
  declaration: false,
  declarationMap: false,
  emitDeclarationOnly: false,
  composite: false,
  incremental: false,
  tsBuildInfoFile: undefined,
  outFile: undefined,
  sourceMap: true,
  inlineSourceMap: false,
  inlineSources: true,
  sourceRoot: undefined,
  mapRoot: undefined,
};

const NODE_MODULES = new Set([ts.ModuleKind.Node16, ts.ModuleKind.Node18, ts.ModuleKind.Node20, ts.ModuleKind.NodeNext]);

export class ProjectProgram {
  private program: TS.Program | undefined;
  private readonly rootNames: Set<string>;
  private readonly options: TS.CompilerOptions;

  /** @example new ProjectProgram("/app/tsconfig.json") // or undefined: the entry alone */
  constructor(configPath: string | undefined) {
    const parsed = configPath ? ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} }) : undefined;
    this.rootNames = new Set(parsed?.fileNames ?? []);
    const options = { ...DEFAULTS, ...parsed?.options, ...FORCED };
    // The loader runs ES modules. A Node module setting (NodeNext...) already emits what Node
    // runs; anything else is emitted as ESNext and resolved as a bundler does, which accepts
    // both `./x.js` and `./x` for `x.ts` — as the resolve hook does at run time.
    if (options.module === undefined || !NODE_MODULES.has(options.module)) {
      options.module = ts.ModuleKind.ESNext;
      options.moduleResolution = ts.ModuleResolutionKind.Bundler;
    }
    this.options = options;
    this.explain = explainRequested(options);
  }

  /** Print a message per transform call: `TYPEGRAD_EXPLAIN=1`, or `"explain": true` in the tsconfig's typegrad plugin entry. */
  readonly explain: boolean;

  /**
   * `file` compiled with the transform; throws an Error listing the transform's errors.
   * @example program.emit("/app/main.ts").js
   */
  emit(file: string): { js: string; files: string[] } {
    let program = this.program;
    if (!program?.getSourceFile(file)) {
      this.rootNames.add(file);
      program = this.program = ts.createProgram({ rootNames: [...this.rootNames], options: this.options, oldProgram: program });
    }
    const sf = program.getSourceFile(file)!;
    const diagnostics: TS.Diagnostic[] = [];
    let js = "";
    let map: string | undefined;
    program.emit(sf, (name, text) => {
      if (name.endsWith(".map")) map = text;
      else if (/\.(c|m)?js$/.test(name)) js = text;
    }, undefined, false, { before: [createTransformer(program, (d) => diagnostics.push(d), { explain: this.explain })] });
    const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
    const messages = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Message);
    // `explain`'s messages go to stderr, in tsc's format, so the program's own output stays clean.
    if (messages.length > 0) process.stderr.write(ts.formatDiagnostics(messages, { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => "\n" }));
    if (errors.length > 0) {
      const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => process.cwd(), getNewLine: () => "\n" };
      const error = new Error(`typegrad could not compile ${path.relative(process.cwd(), file)}:\n${ts.formatDiagnostics(errors, host).trimEnd()}`);
      throw error;
    }
    return { js: withInlineMap(js, map, file, sf.text), files: this.userFiles(program) };
  }

  /**
   * Every other TypeScript file of the program, compiled (those the transform has errors in
   * are left out: they fail when loaded). One program build then serves every later process.
   * @example program.emitOthers("/app/main.ts") // [["/app/helpers.ts", "export function..."]]
   */
  emitOthers(file: string): [string, string][] {
    const out: [string, string][] = [];
    for (const other of this.program ? this.userFiles(this.program) : []) {
      if (other === file || !/\.(m?ts|tsx)$/.test(other) || other.endsWith(".d.ts") || other.endsWith(".d.mts")) continue;
      try {
        out.push([other, this.emit(other).js]);
      } catch {
        // Reported when that file is loaded.
      }
    }
    return out;
  }

  /** The program's own files (not the compiler's libraries, not node_modules). */
  private userFiles(program: TS.Program): string[] {
    return program
      .getSourceFiles()
      .filter((sf) => !program.isSourceFileDefaultLibrary(sf) && !program.isSourceFileFromExternalLibrary(sf) && !sf.fileName.includes("/node_modules/"))
      .map((sf) => path.resolve(sf.fileName));
  }
}

/** Replaces the emitted map comment by an inline map whose source is the `.ts` file itself. */
function withInlineMap(js: string, map: string | undefined, file: string, text: string): string {
  const code = js.replace(/\n?\/\/# sourceMappingURL=.*\s*$/, "");
  if (!map) return code;
  const fixed = { ...JSON.parse(map), file: path.basename(file), sources: [pathToFileURL(file).href], sourcesContent: [text], sourceRoot: "" };
  return `${code}\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(fixed)).toString("base64")}\n`;
}
