/**
 * How `typegrad build` prints diagnostics: exactly as tsc does — `file(line,col): error TSnnnn:`
 * when piped, tsc's pretty format with source context and colours on a terminal (or when
 * `pretty` says so), and a closing "Found N errors" line in pretty mode.
 */
import ts from "../transformer/ts.js";
import type * as TS from "typescript";

const formatHost: TS.FormatDiagnosticsHost = {
  getCanonicalFileName: (f) => (ts.sys.useCaseSensitiveFileNames ? f : f.toLowerCase()),
  getCurrentDirectory: () => ts.sys.getCurrentDirectory(),
  getNewLine: () => ts.sys.newLine,
};

/** Whether output is pretty: the `pretty` option if set, else whether stdout is a terminal. */
export function isPretty(options: TS.CompilerOptions): boolean {
  return typeof options.pretty === "boolean" ? options.pretty : Boolean(ts.sys.writeOutputIsTTY?.());
}

/**
 * Writes `diagnostics` to stdout in tsc's format.
 * @example printDiagnostics(program.getSemanticDiagnostics(), { pretty: false })
 */
export function printDiagnostics(diagnostics: readonly TS.Diagnostic[], options: TS.CompilerOptions): void {
  if (diagnostics.length === 0) return;
  const pretty = isPretty(options);
  const text = pretty ? ts.formatDiagnosticsWithColorAndContext(diagnostics, formatHost) : ts.formatDiagnostics(diagnostics, formatHost);
  ts.sys.write(text);
  if (pretty) ts.sys.write(ts.sys.newLine + summary(diagnostics) + ts.sys.newLine);
}

/** "Found 2 errors." (tsc's closing line; warnings and messages are not counted). */
export function summary(diagnostics: readonly TS.Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error).length;
  return errors === 1 ? "Found 1 error." : `Found ${errors} errors.`;
}

/** Config-file errors TypeScript 6 reports for an option it does not know or no longer has. */
const OPTION_CODES = new Set([5023, 5024, 5025, 5101, 5102, 5107, 5108, 6046]);

/**
 * The config errors, each about a compiler option TypeScript 6 does not support followed by
 * a line saying that typegrad compiles with TypeScript 6 and what to do.
 * @example explainOptionErrors(parsed.errors)
 */
export function explainOptionErrors(errors: readonly TS.Diagnostic[]): TS.Diagnostic[] {
  return errors.map((d) => {
    if (!OPTION_CODES.has(d.code)) return d;
    const hint =
      `typegrad build compiles with typegrad's own TypeScript ${ts.version}, which does not support this option. ` +
      "Remove it, or move it to a tsconfig used only by your other TypeScript (typegrad build -p tsconfig.typegrad.json).";
    return { ...d, messageText: { messageText: ts.flattenDiagnosticMessageText(d.messageText, "\n"), category: d.category, code: d.code, next: [{ messageText: hint, category: ts.DiagnosticCategory.Message, code: 0 }] } };
  });
}
