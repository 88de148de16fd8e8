/**
 * `typegrad build --watch`: tsc's watch program (rebuilds on change, reusing unchanged files
 * and the previous type information), emitting through the typegrad transform.
 */
import ts from "../transformer/ts.js";
import type * as TS from "typescript";
import { checkDiagnostics, emitWithTransform } from "./build.js";
import { explainOptionErrors, isPretty, printDiagnostics, summary } from "./report.js";

/**
 * Watches the project at `configPath` until the process ends.
 * @example watch("tsconfig.json", {})
 */
export function watch(configPath: string, overrides: TS.CompilerOptions, explain = false): void {
  const pretty = isPretty(overrides);
  const status = (d: TS.Diagnostic): void => {
    const time = new Date().toLocaleTimeString();
    ts.sys.write(`[${time}] ${ts.flattenDiagnosticMessageText(d.messageText, ts.sys.newLine)}${ts.sys.newLine}`);
  };
  const host = ts.createWatchCompilerHost(
    configPath,
    overrides,
    ts.sys,
    ts.createEmitAndSemanticDiagnosticsBuilderProgram,
    (d) => printDiagnostics(explainOptionErrors([d]), { pretty }),
    status,
  );
  host.afterProgramCreate = (builder) => {
    const diagnostics = checkDiagnostics(builder);
    diagnostics.push(...emitWithTransform(builder, explain).diagnostics);
    const sorted = ts.sortAndDeduplicateDiagnostics(diagnostics);
    printDiagnostics(sorted, { pretty: false, ...builder.getCompilerOptions(), ...(pretty ? { pretty: true } : {}) });
    const time = new Date().toLocaleTimeString();
    ts.sys.write(`[${time}] ${summary(sorted)} Watching for file changes.${ts.sys.newLine}`);
  };
  ts.createWatchProgram(host);
}
