/**
 * typegrad's compiler transformer, as a ts-patch plugin. Add it to `tsconfig.json` and build
 * with `npx tspc`:
 *
 * @example
 * // tsconfig.json
 * { "compilerOptions": { "plugins": [{ "transform": "typegrad/transformer" }] } }
 */
import type * as TS from "typescript";
import { formatDiagnostics } from "./diagnostics.js";
import { createTransformer, type TransformOptions } from "./transform.js";
import ts from "./ts.js";
import { hostDiagnostic, refusingTransformer, unsupportedHost } from "./host-check.js";

export { analyzeProgram, type Analysis } from "./analysis/analysis.js";
export { createTransformer, transformFile, type TransformOptions, type TransformResult } from "./transform.js";
export { DIAGNOSTICS, formatDiagnostics } from "./diagnostics.js";

const FORMAT_HOST: TS.FormatDiagnosticsHost = {
  getCanonicalFileName: (name) => name,
  getCurrentDirectory: () => process.cwd(),
  getNewLine: () => "\n",
};

/** What ts-patch passes a `program`-type plugin as its third argument (the parts we use). */
export interface PluginExtras {
  addDiagnostic?: (diagnostic: TS.Diagnostic) => number;
  /** The TypeScript instance running the build (ts-patch 3 and 4 pass it). */
  ts?: { version: string };
}

/**
 * The ts-patch entry point (`type: "program"`, ts-patch's default): returns the `before`
 * transformer for the program being emitted; diagnostics are added to tsc's output.
 * @example typegradTransformer(program, {}, { addDiagnostic }) // a ts.TransformerFactory
 */
export default function typegradTransformer(program: TS.Program, config?: TransformOptions, extras?: PluginExtras): TS.TransformerFactory<TS.SourceFile> {
  // Without ts-patch's addDiagnostic (another plugin host), the errors still must not pass
  // silently: they are printed and the process fails, rather than crashing the compiler.
  const report = (d: TS.Diagnostic): void => {
    // `explain`'s messages are printed as tsc prints diagnostics, not added to the build's:
    // tsc fails a build with any diagnostic, even a message.
    if (d.category === ts.DiagnosticCategory.Message) {
      console.log(ts.formatDiagnostics([d], FORMAT_HOST).trimEnd());
      return;
    }
    if (extras?.addDiagnostic) {
      extras.addDiagnostic(d);
      return;
    }
    console.error(formatDiagnostics([d], process.cwd()));
    process.exitCode = 1;
  };
  // The compiler running the build must be the TypeScript typegrad's transform is written
  // for: anything else fails the build here, never a silent untransformed emit.
  const refusal = extras?.ts ? unsupportedHost(extras.ts, ts) : undefined;
  if (refusal) {
    report(hostDiagnostic(refusal));
    return refusingTransformer(refusal);
  }
  return createTransformer(program, report, { explain: config?.explain === true });
}
