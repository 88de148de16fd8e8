/**
 * Twins: a top-level function `f` that differentiable code calls with active values gets a
 * differentiable copy `f$ad` emitted right after it, and those calls go to the copy. `f`
 * itself is emitted as written, so plain-number callers pay nothing.
 *
 *   export function f(x: number) { return x * x; }
 *   →  export function f(x) { return x * x; }
 *      export function f$ad(x) { return __typegrad.mul(x, x); }
 *
 * A twin is exported when `f` is; another file that calls it imports `f$ad` from the same
 * module (`import { f$ad } from "../f.js"`).
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import { declaredName } from "../analysis/calls.js";
import { withValueCode } from "./value-code.js";
import type { FileRewrite } from "./file-rewrite.js";
import { Rewriter } from "./rewrite.js";

/**
 * A reference the analysis marked (a call target or a function handed to differentiable
 * code) rewritten to the twin (analysis/facts.ts); `undefined` when `node` is not such a reference.
 */
export function redirectToTwin(rw: Rewriter, node: TS.Identifier | TS.PropertyAccessExpression | TS.ShorthandPropertyAssignment): TS.Node | undefined {
  const f = rw.file.factory;
  const reference = ts.isShorthandPropertyAssignment(node) ? node.name : node;
  const redirect = rw.file.analysis.answers.redirect(reference, rw.unit);
  if (!redirect) return undefined;
  if (redirect.kind === "member") {
    const access = reference as TS.PropertyAccessExpression;
    return ts.setTextRange(f.updatePropertyAccessExpression(access, rw.expr(access.expression), f.createIdentifier(redirect.name)), access);
  }
  if (redirect.kind === "import") rw.file.importTwin(redirect.module, redirect.imported, redirect.local);
  const replacement = redirect.kind === "carried" ? rw.file.runtimeCall("ad", [reference], reference)
    : redirect.kind === "import" ? ts.setTextRange(rw.file.nameExpression(rw.file.importedName(redirect.module, redirect.imported, redirect.local)), reference)
    : ts.setTextRange(f.createIdentifier(redirect.name), reference);
  return ts.isShorthandPropertyAssignment(node) ? ts.setTextRange(f.createPropertyAssignment(node.name, replacement), node) : replacement;
}

/**
 * Rewrites a top-level statement as `base`, followed by the twin it declares if the analysis
 * created one. @example emitWithTwins(file, statement, baseRewriter) // [f, f$ad]
 */
export function emitWithTwins(file: FileRewrite, statement: TS.Statement, base: Rewriter): TS.VisitResult<TS.Node | undefined> {
  const visited = base.visit(statement);
  const plan = file.analysis.answers.twinOf(statement);
  if (!plan) return visited;
  const { fn, unit } = plan;
  const f = file.factory;
  const rw = new Rewriter(file, unit);
  const modifiers: TS.ModifierLike[] = (ts.canHaveModifiers(statement) ? ts.getModifiers(statement) ?? [] : []).filter(
    (m) => m.kind !== ts.SyntaxKind.ExportKeyword && m.kind !== ts.SyntaxKind.DefaultKeyword,
  );
  if (plan.exported) modifiers.unshift(f.createModifier(ts.SyntaxKind.ExportKeyword));
  let twin: TS.Statement;
  if (ts.isFunctionDeclaration(fn)) {
    const params = ts.visitParameterList(fn.parameters, rw.visit, file.context);
    const body = ts.visitFunctionBody(fn.body!, rw.visit, file.context);
    twin = f.createFunctionDeclaration(modifiers, fn.asteriskToken, unit.name, fn.typeParameters, params, fn.type, body);
  } else {
    const copy = ts.visitEachChild(fn, rw.visit, file.context);
    const declaration = f.createVariableDeclaration(unit.name, undefined, undefined, copy);
    twin = f.createVariableStatement(modifiers, f.createVariableDeclarationList([declaration], ts.NodeFlags.Const));
  }
  // The twin maps to the original's lines; its comments are the original's, emitted once.
  ts.setEmitFlags(ts.setTextRange(twin, statement), ts.EmitFlags.NoComments);
  const emitted = [...(Array.isArray(visited) ? visited : [visited]), twin] as TS.Node[];
  // A function used as a value, or exported (a re-export cannot name its twin), carries its twin.
  if (!plan.attached) return emitted;
  // A function used as a value also carries its compiled code (declared before the hoisted link).
  const version = plan.escapes ? withValueCode(file, fn, f.createIdentifier(unit.name)) : f.createIdentifier(unit.name);
  const attach = ts.setEmitFlags(file.runtimeCall("attach", [f.createIdentifier(declaredName(fn)), version], fn), ts.EmitFlags.NoComments);
  const link = ts.setEmitFlags(f.createExpressionStatement(attach), ts.EmitFlags.NoComments);
  if (!ts.isFunctionDeclaration(fn)) return [...emitted, link];
  file.hoist(link); // function declarations are hoisted: attach before any code runs
  return emitted;
}
