/**
 * typegrad's Vite (and Vitest) plugin: applies the typegrad transformer, with the project's
 * type checker, to TypeScript modules, so DSL code runs under `vite` and `vitest run`
 * without a separate tspc build.
 *
 * @example
 * // vitest.config.ts
 * import { defineConfig } from "vitest/config";
 * import typegrad from "typegrad/vite";
 * export default defineConfig({ plugins: [typegrad()] });
 */
import * as path from "node:path";
import ts from "../transformer/ts.js";
import type * as TS from "typescript";
import type { Plugin } from "vite";
import { analyzeProgram } from "../transformer/analysis/analysis.js";
import { formatDiagnostics } from "../transformer/diagnostics.js";
import { createTransformer } from "../transformer/transform.js";
import { ProgramCache } from "./program-cache.js";

/** Options of the Vite plugin. */
export interface TypegradViteOptions {
  /** tsconfig.json to build the program from; default: the nearest one above Vite's root. */
  tsconfig?: string;
  /** Which modules to transform (absolute paths with `/`); default: every TypeScript module outside node_modules. */
  include?: RegExp;
  /** Report per transform call site whether it runs compiled code or the tape, and why (see the README). */
  explain?: boolean;
}

const TS_MODULE = /\.(c|m)?tsx?$/;

/**
 * Creates the plugin. @example plugins: [typegrad()]
 */
export default function typegrad(options: TypegradViteOptions = {}): Plugin {
  let cache: ProgramCache | undefined;
  let root = process.cwd();
  let logLevel: string | undefined;
  const programs = (): ProgramCache => {
    const config = options.tsconfig ? path.resolve(root, options.tsconfig) : ts.findConfigFile(root, ts.sys.fileExists);
    return (cache ??= new ProgramCache(config));
  };
  return {
    name: "typegrad",
    // Before Vite strips types: the transform needs the TypeScript source and its checker.
    enforce: "pre",
    configResolved(config) {
      root = config.root;
      logLevel = config.logLevel;
    },
    watchChange(id) {
      cache?.invalidate(id);
    },
    transform(code, id) {
      const fileName = id.split("?")[0]!;
      if (!TS_MODULE.test(fileName) || fileName.endsWith(".d.ts") || fileName.includes("/node_modules/")) return null;
      if (options.include && !options.include.test(fileName)) return null;
      const program = programs().programFor(fileName, code);
      const sf = program.getSourceFile(fileName);
      if (!sf || !analyzeProgram(program).needsRewrite(sf)) return null;
      const diagnostics: TS.Diagnostic[] = [];
      let js: string | undefined;
      let map: string | undefined;
      program.emit(sf, (name, text) => {
        if (name.endsWith(".map")) map = text;
        else if (/\.(c|m)?js$/.test(name)) js = text;
      }, undefined, false, { before: [createTransformer(program, (d) => diagnostics.push(d), { explain: options.explain === true })] });
      const messages = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Message);
      const errors = diagnostics.filter((d) => d.category !== ts.DiagnosticCategory.Message);
      // vite-node runs Vite at logLevel "error", which drops `info`: the messages `explain` asked
      // for then go to stderr, as the Node loader writes them ("silent" keeps them back).
      if (messages.length > 0) {
        if (logLevel === undefined || logLevel === "info") this.info(formatDiagnostics(messages, root));
        else if (logLevel !== "silent") process.stderr.write(formatDiagnostics(messages, root) + "\n");
      }
      if (errors.length > 0) this.error(formatDiagnostics(errors, root));
      if (js === undefined) return null;
      return { code: js.replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n"), map: map ? fixMap(map, fileName, code) : undefined };
    },
  };
}

/** The emitted map names the output's neighbour; Vite wants the module's own path and text. */
function fixMap(map: string, fileName: string, code: string): string {
  const parsed = JSON.parse(map);
  return JSON.stringify( { ...parsed, file: fileName, sources: [fileName], sourcesContent: [code], sourceRoot: "" });
}
