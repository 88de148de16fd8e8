/**
 * Per-file state of a rewrite: the factory, the diagnostics found, whether the runtime is
 * referenced (then `import * as __typegrad from "typegrad"` is added) and which twins must be
 * imported from other files. Also the guard that turns an exception inside the rewrite of a
 * statement into a diagnostic on the node being rewritten, never a crashed compiler.
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import type { Analysis } from "../analysis/analysis.js";
import type { Compiled } from "../compiler/index.js";
import { diagnostic, explanation, TransformerDiagnostic } from "../diagnostics.js";

/** The namespace the emitted code calls the runtime through. */
export const RUNTIME = "__typegrad";
/** The module specifier of the runtime in emitted code. */
export const RUNTIME_MODULE = "typegrad";

export class FileRewrite {
  readonly factory: TS.NodeFactory;
  readonly diagnostics: TS.Diagnostic[] = [];
  /** Set by the first runtime call; the runtime import is added only then. */
  usesRuntime = false;
  /** The node being rewritten, for naming it in an internal-error diagnostic. */
  current: TS.Node | undefined;
  private readonly twinImports = new Map<string, { module: string; imported: string; local: string }>();
  /** Top-level declarations the rewrite adds (compiled forward code), placed after the imports. */
  private readonly hoisted: TS.Statement[] = [];

  constructor(
    readonly analysis: Analysis,
    readonly sf: TS.SourceFile,
    readonly context: TS.TransformationContext,
  ) {
    this.factory = context.factory;
  }

  /** `__typegrad.<name>(...args)` with the source position of `original`. @example file.runtimeCall("mul", [a, b], node) */
  runtimeCall(name: string, args: TS.Expression[], original: TS.Node): TS.CallExpression {
    this.usesRuntime = true;
    const f = this.factory;
    const callee = f.createPropertyAccessExpression(f.createIdentifier(RUNTIME), name);
    return ts.setOriginalNode(ts.setTextRange(f.createCallExpression(callee, undefined, args), original), original);
  }

  /** `__typegrad.<name>` as a value. @example file.runtimeReference("exp", node) */
  runtimeReference(name: string, original: TS.Node): TS.Expression {
    this.usesRuntime = true;
    const f = this.factory;
    return ts.setTextRange(f.createPropertyAccessExpression(f.createIdentifier(RUNTIME), name), original);
  }

  /** Adds a statement after the imports (compiled code, `attach(f, f$ad)` of a hoisted function). */
  hoist(statement: TS.Statement): void {
    this.hoisted.push(statement);
  }

  /** `__typegrad.numberOf(x)`: the primal number, for strings, conditions and library calls. */
  primal(expr: TS.Expression, original: TS.Node): TS.CallExpression {
    return this.runtimeCall("numberOf", [expr], original);
  }

  private readonly compiledCode = new Map<string, Map<TS.Node, { id: TS.Identifier | null; reason: string; scoped?: { code: TS.ArrowFunction; site: TS.Node } }>>();
  /** Set by the `explain` option: each transform call site reports the path it takes. */
  explain = false;

  /**
   * The name of `fn`'s compiled code of one kind ("forward", "gradient"), declared once at the
   * top of the file (it refers only to its parameters and top-level bindings), or undefined
   * when `compile` gives none. Code that reads locals of a function around `fn` (a closure's
   * captured data, compiler/language.ts `capturedLocal`) is the code itself instead, to be
   * placed at `site`, and is made again for each site. With `explain`, reports at `site` which
   * path the call takes.
   */
  compiled(kind: string, fn: TS.Node, site: TS.Node, compile: () => Compiled): TS.Expression | undefined {
    let byFunction = this.compiledCode.get(kind);
    if (!byFunction) this.compiledCode.set(kind, (byFunction = new Map()));
    let entry = byFunction.get(fn);
    if (!entry || (entry.scoped && entry.scoped.site !== site)) {
      const result = compile();
      entry = { id: null, reason: "" };
      if ("code" in result && result.scoped) {
        entry.scoped = { code: result.code, site };
      } else if ("code" in result) {
        const f = this.factory;
        entry.id = f.createUniqueName(kind);
        const list = f.createVariableDeclarationList([f.createVariableDeclaration(entry.id, undefined, undefined, result.code)], ts.NodeFlags.Const);
        this.hoisted.push(f.createVariableStatement(undefined, list));
      } else {
        entry.reason = result.node ? `${result.reason} (line ${result.node.getSourceFile().getLineAndCharacterOfPosition(result.node.getStart()).line + 1})` : result.reason;
      }
      byFunction.set(fn, entry);
    }
    if (this.explain) this.report(explanation(site, entry.id || entry.scoped ? "compiled" : `tape: ${entry.reason}`));
    return entry.id ?? entry.scoped?.code;
  }

  /** Why `fn` has no compiled code of `kind` (after `compiled` was asked for it), else undefined. */
  whyNot(kind: string, fn: TS.Node): string | undefined {
    return this.compiledCode.get(kind)?.get(fn)?.reason || undefined;
  }

  /** Records that `local` must be imported as the twin `imported` from `module`. */
  importTwin(module: string, imported: string, local: string): void {
    this.twinImports.set(local, { module, imported, local });
  }

  /**
   * How code in this file names `imported` of `module` once `importTwin` adds its import:
   * `local`, or, in CommonJS output, `<namespace>.<imported>` — TypeScript's CommonJS output
   * turns an import the rewrite adds into a `require`, but only renames the references it
   * bound itself, so a bare `local` would be undefined there. A dotted name (as compiled code
   * names data by its path); `nameExpression` makes it an expression.
   */
  importedName(module: string, imported: string, local: string): string {
    if (!this.commonJs) return local;
    let namespace = this.namespaces.get(module);
    if (!namespace) this.namespaces.set(module, (namespace = `${RUNTIME}_m${this.namespaces.size + 1}`));
    return `${namespace}.${imported}`;
  }

  /** `a.b.c` for the dotted name `"a.b.c"` (`importedName`'s, compiled code's data paths). */
  nameExpression(name: string): TS.Expression {
    const f = this.factory;
    const [head, ...path] = name.split(".");
    return path.reduce((o: TS.Expression, part) => f.createPropertyAccessExpression(o, part), f.createIdentifier(head!));
  }

  /** Namespaces of the modules imported in CommonJS output (see `importedName`). */
  private readonly namespaces = new Map<string, string>();

  /** True when this file is emitted as CommonJS (`"module": "commonjs"`, or a CommonJS file under node16/nodenext). */
  private get commonJs(): boolean {
    const options = this.context.getCompilerOptions();
    const module = options.module ?? ((options.target ?? ts.ScriptTarget.ES5) >= ts.ScriptTarget.ES2015 ? ts.ModuleKind.ES2015 : ts.ModuleKind.CommonJS);
    if (module === ts.ModuleKind.CommonJS) return true;
    return module >= ts.ModuleKind.Node16 && module <= ts.ModuleKind.NodeNext && this.sf.impliedNodeFormat === ts.ModuleKind.CommonJS;
  }

  report(d: TS.Diagnostic): void {
    this.diagnostics.push(d);
  }

  /**
   * Runs the rewrite of one top-level statement. A diagnostic thrown from inside is reported
   * and the statement left as written (the build fails on the error); any other exception is
   * a transformer bug: reported on the node being rewritten, and the statement replaced by a
   * `throw` so the output can never run the unrewritten code.
   */
  guard(statement: TS.Statement, rewrite: () => TS.VisitResult<TS.Node | undefined>): TS.VisitResult<TS.Node | undefined> {
    this.current = statement;
    try {
      return rewrite();
    } catch (error) {
      if (error instanceof TransformerDiagnostic) {
        this.report(error.diagnostic);
        return statement;
      }
      const node = this.current ?? statement;
      const detail = error instanceof Error ? error.message : String(error);
      this.report(diagnostic("internal", node, kindName(node.kind), detail));
      const f = this.factory;
      const message = f.createStringLiteral(`typegrad: internal transformer error at ${this.sf.fileName}:${this.sf.getLineAndCharacterOfPosition(node.getStart(this.sf)).line + 1}`);
      return f.createThrowStatement(f.createNewExpression(f.createIdentifier("Error"), undefined, [message]));
    }
  }

  /** Adds the runtime import and the twin imports to the rewritten statements. */
  finish(statements: readonly TS.Statement[]): TS.Statement[] {
    const f = this.factory;
    const imports: TS.Statement[] = [];
    if (this.usesRuntime) {
      const clause = f.createImportClause(undefined, undefined, f.createNamespaceImport(f.createIdentifier(RUNTIME)));
      imports.push(f.createImportDeclaration(undefined, clause, f.createStringLiteral(RUNTIME_MODULE)));
    }
    const byModule = new Map<string, TS.ImportSpecifier[]>();
    for (const [module, namespace] of this.namespaces) {
      if (![...this.twinImports.values()].some((i) => i.module === module)) continue;
      const clause = f.createImportClause(undefined, undefined, f.createNamespaceImport(f.createIdentifier(namespace)));
      imports.push(f.createImportDeclaration(undefined, clause, f.createStringLiteral(module)));
    }
    for (const { module, imported, local } of this.twinImports.values()) {
      if (this.namespaces.has(module)) continue;
      const specifier = f.createImportSpecifier(false, imported === local ? undefined : f.createIdentifier(imported), f.createIdentifier(local));
      byModule.set(module, [...(byModule.get(module) ?? []), specifier]);
    }
    for (const [module, specifiers] of byModule) {
      imports.push(f.createImportDeclaration(undefined, f.createImportClause(undefined, undefined, f.createNamedImports(specifiers)), f.createStringLiteral(module)));
    }
    // After the file's leading imports, so a leading file comment stays first and the hoisted
    // statements run before any of the file's own code; else after prologues.
    let at = 0;
    while (at < statements.length && isPrologue(statements[at]!)) at++;
    while (at < statements.length && ts.isImportDeclaration(statements[at]!)) at++;
    return [...statements.slice(0, at), ...imports, ...this.hoisted, ...statements.slice(at)];
  }

  get hasImports(): boolean {
    return this.usesRuntime || this.twinImports.size > 0 || this.hoisted.length > 0;
  }
}

/** A `"use strict"`-style directive, which must stay first. */
function isPrologue(s: TS.Statement): boolean {
  return ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression);
}

/** `VariableStatement`, not the enum's alias `FirstStatement`. */
function kindName(kind: TS.SyntaxKind): string {
  const names = Object.entries(ts.SyntaxKind).filter(([name, value]) => value === kind && !/^(First|Last)/.test(name));
  return names[0]?.[0] ?? String(kind);
}
