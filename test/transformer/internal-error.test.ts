// A bug inside the transformer must surface as a diagnostic naming the node (TG1900), and the
// emitted statement must refuse to run, never silently ship unrewritten arithmetic.
import * as path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { analyzeProgram } from "../../src/transformer/analysis/analysis.js";
import { FileRewrite } from "../../src/transformer/rewrite/file-rewrite.js";

describe("internal errors", () => {
  it("become a TG1900 diagnostic and a throwing statement", () => {
    const file = path.resolve(import.meta.dirname, "../baselines/cases/operators.ts");
    const program = ts.createProgram([file], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: [] });
    const sf = program.getSourceFile(file)!;
    const analysis = analyzeProgram(program);
    let rewrite: FileRewrite | undefined;
    let replaced: ts.Node | undefined;
    ts.transform(sf, [
      (context) => (source) => {
        rewrite = new FileRewrite(analysis, source, context);
        const statement = source.statements[1]!;
        replaced = rewrite.guard(statement, () => {
          rewrite!.current = statement;
          throw new Error("boom");
        }) as ts.Node;
        return source;
      },
    ]);
    const [d] = rewrite!.diagnostics;
    expect(ts.flattenDiagnosticMessageText(d!.messageText, "\n")).toMatch(/^TG1900: Internal error of the typegrad transformer at this VariableStatement: boom/);
    expect(d!.start).toBe(sf.statements[1]!.getStart(sf));
    expect(ts.isThrowStatement(replaced!)).toBe(true);
  });
});
