/**
 * The transform as one function, shared by the tspc plugin and the Vite plugin: a file of an
 * analysed program in, the rewritten file and its diagnostics out. A file that neither
 * imports typegrad nor is reached by differentiable code is returned as it is, so plain tsc
 * output stays byte-identical.
 */
import ts from "./ts.js";
import type * as TS from "typescript";
import { type Analysis, analyzeProgram } from "./analysis/analysis.js";
import { diagnostic } from "./diagnostics.js";
import { FileRewrite } from "./rewrite/file-rewrite.js";
import { Rewriter } from "./rewrite/rewrite.js";
import { emitWithTwins } from "./rewrite/twins.js";

/** The rewritten file and what the rewrite found wrong in it. */
export interface TransformResult {
  readonly file: TS.SourceFile;
  readonly diagnostics: readonly TS.Diagnostic[];
}

/**
 * Options of the transform (the ts-patch plugin entry and the Vite plugin pass them on).
 * @example createTransformer(program, report, { explain: true })
 */
export interface TransformOptions {
  /**
   * Report, at each `grad`/`valueAndGrad`/`derivative`/`jvp` call site, whether the function
   * runs compiled code ("compiled") or the runtime ("tape: <the construct that prevented it>"),
   * as a message diagnostic (TG0001).
   */
  explain?: boolean;
}

/**
 * Rewrites one source file of an analysed program.
 * @example
 * const result = transformFile(analyzeProgram(program), sourceFile, context);
 * result.diagnostics // TG1001... errors, empty when the file is fine
 */
export function transformFile(analysis: Analysis, sf: TS.SourceFile, context: TS.TransformationContext, options: TransformOptions = {}): TransformResult {
  if (!analysis.needsRewrite(sf)) return { file: sf, diagnostics: [] };
  const file = new FileRewrite(analysis, sf, context);
  file.explain = options.explain === true;
  const base = new Rewriter(file, analysis.facts.base);
  const statements = ts.visitLexicalEnvironment(sf.statements, (s) => file.guard(s as TS.Statement, () => emitWithTwins(file, s as TS.Statement, base)), context);
  if (statements === sf.statements && !file.hasImports) return { file: sf, diagnostics: file.diagnostics };
  return { file: context.factory.updateSourceFile(sf, file.finish(statements)), diagnostics: file.diagnostics };
}

/**
 * A `before` transformer factory for `program`; diagnostics go to `report`. The analysis runs
 * once per program, on the first file; a failure there is reported, never thrown at tsc.
 * @example program.emit(undefined, undefined, undefined, false, { before: [createTransformer(program, d => errors.push(d))] })
 */
export function createTransformer(program: TS.Program, report: (d: TS.Diagnostic) => void, options: TransformOptions = {}): TS.TransformerFactory<TS.SourceFile> {
  return (context) => (sf) => {
    let analysis: Analysis;
    try {
      analysis = analyzeProgram(program);
    } catch (error) {
      report(diagnostic("internal", sf, "program analysis", error instanceof Error ? error.message : String(error)));
      return sf;
    }
    const result = transformFile(analysis, sf, context, options);
    result.diagnostics.forEach(report);
    return result.file;
  };
}
