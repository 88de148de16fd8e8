/**
 * `typegrad build`: what `tsc -p` does — read the tsconfig, type-check, emit — with the
 * typegrad transform applied at emit, using typegrad's own TypeScript 6 whatever compiler the
 * project has. Incremental as tsc is (`incremental`/`composite` keep a .tsbuildinfo), and
 * exit codes as tsc's: 0 clean, 1 errors and nothing emitted, 2 errors with output emitted.
 */
import ts from "../transformer/ts.js";
import type * as TS from "typescript";
import { analyzeProgram } from "../transformer/analysis/analysis.js";
import { createTransformer } from "../transformer/transform.js";
import { explainInConfig } from "../transformer/explain-option.js";
import { explainOptionErrors, printDiagnostics } from "./report.js";

/** Reads a tsconfig like tsc; `overrides` are command-line options. Config errors go to `errors`. */
export function readConfig(configPath: string, overrides: TS.CompilerOptions, errors: TS.Diagnostic[]): TS.ParsedCommandLine | undefined {
  const host: TS.ParseConfigFileHost = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => errors.push(d) };
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, overrides, host);
  if (parsed) errors.push(...explainOptionErrors(parsed.errors));
  return parsed;
}

/**
 * Emits what `builder` has pending with the transform, and re-emits every file the
 * transform rewrites even when its own text did not change: which functions get a
 * differentiable twin depends on the files that call them, which tsc's change tracking does
 * not know. Returns the emit's diagnostics (the transform's included) and whether it skipped.
 * With `explain` (or `"explain": true` in the tsconfig's typegrad plugin entry) the diagnostics
 * include a message per transform call saying which path it takes.
 */
export function emitWithTransform(builder: TS.EmitAndSemanticDiagnosticsBuilderProgram, explain = false): { diagnostics: TS.Diagnostic[]; emitSkipped: boolean } {
  const program = builder.getProgram();
  const diagnostics: TS.Diagnostic[] = [];
  const options = { explain: explain || explainInConfig(program.getCompilerOptions()) };
  const transformers = (): TS.CustomTransformers => ({ before: [createTransformer(program, (d) => diagnostics.push(d), options)] });
  const emitted = new Set<string>();
  let emitSkipped = false;
  let anything = false;
  for (;;) {
    const result = builder.emitNextAffectedFile(undefined, undefined, false, transformers());
    if (!result) break;
    anything = true;
    emitSkipped ||= result.result.emitSkipped;
    diagnostics.push(...result.result.diagnostics);
    // The program itself comes last, for the .tsbuildinfo (or all at once with outFile).
    const affected = result.affected;
    if ("fileName" in affected) emitted.add(affected.fileName);
  }
  const compilerOptions = program.getCompilerOptions();
  if (anything && !emitSkipped && !compilerOptions.noEmit && !compilerOptions.outFile) {
    const analysis = analyzeProgram(program);
    for (const sf of program.getSourceFiles()) {
      if (emitted.has(sf.fileName) || sf.isDeclarationFile || !analysis.needsRewrite(sf)) continue;
      const result = program.emit(sf, undefined, undefined, false, transformers());
      diagnostics.push(...result.diagnostics);
    }
  }
  return { diagnostics, emitSkipped };
}

/** Emits every file of a (non-incremental) program with the transform, as `tsc -p` does. */
function emitProgram(program: TS.Program, explain = false): { diagnostics: TS.Diagnostic[]; emitSkipped: boolean } {
  const diagnostics: TS.Diagnostic[] = [];
  const options = { explain: explain || explainInConfig(program.getCompilerOptions()) };
  const result = program.emit(undefined, undefined, undefined, false, { before: [createTransformer(program, (d) => diagnostics.push(d), options)] });
  return { diagnostics: [...result.diagnostics, ...diagnostics], emitSkipped: result.emitSkipped };
}

/** tsc's order: options and syntax first; semantic errors only when those are clean. */
export function checkDiagnostics(builder: TS.BuilderProgram | TS.Program): TS.Diagnostic[] {
  const all: TS.Diagnostic[] = [
    ...builder.getConfigFileParsingDiagnostics(),
    ...builder.getOptionsDiagnostics(),
    ...builder.getGlobalDiagnostics(),
    ...builder.getSyntacticDiagnostics(),
  ];
  if (all.length === 0) {
    all.push(...builder.getSemanticDiagnostics());
    const options = builder.getCompilerOptions();
    if (options.declaration || options.composite) {
      all.push(...builder.getDeclarationDiagnostics());
    }
  }
  return all;
}

/** tsc's exit status for a build with these diagnostics. */
export function exitStatus(diagnostics: readonly TS.Diagnostic[], emitSkipped: boolean): number {
  const errors = diagnostics.some((d) => d.category === ts.DiagnosticCategory.Error);
  if (!errors) return ts.ExitStatus.Success;
  return emitSkipped ? ts.ExitStatus.DiagnosticsPresent_OutputsSkipped : ts.ExitStatus.DiagnosticsPresent_OutputsGenerated;
}

/**
 * One build of the project at `configPath`; prints diagnostics and returns tsc's exit code.
 * `explain` adds a message per transform call (compiled or tape, and why); they never fail the build.
 * @example process.exitCode = build("tsconfig.json", {})
 */
export function build(configPath: string, overrides: TS.CompilerOptions, explain = false): number {
  const configErrors: TS.Diagnostic[] = [];
  const parsed = readConfig(configPath, overrides, configErrors);
  if (!parsed) {
    printDiagnostics(configErrors, overrides);
    return ts.ExitStatus.DiagnosticsPresent_OutputsSkipped;
  }
  const setup = { rootNames: parsed.fileNames, options: parsed.options, projectReferences: parsed.projectReferences, configFileParsingDiagnostics: configErrors };
  const builder = parsed.options.incremental || parsed.options.composite ? ts.createIncrementalProgram(setup) : undefined;
  // Nothing kept between builds: a plain program, as tsc builds one, without a builder hashing every file.
  const program = builder ? undefined : ts.createProgram(setup);
  const diagnostics = checkDiagnostics(builder ?? program!);
  const emit = builder ? emitWithTransform(builder, explain) : emitProgram(program!, explain);
  diagnostics.push(...emit.diagnostics);
  const sorted = ts.sortAndDeduplicateDiagnostics(diagnostics);
  printDiagnostics(sorted, parsed.options);
  return exitStatus(sorted, emit.emitSkipped);
}
