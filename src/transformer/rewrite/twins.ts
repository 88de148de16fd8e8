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
import { asTwinnable, declaredName, functionValueOf, twinName } from "../analysis/calls.js";
import type { FileRewrite } from "./file-rewrite.js";
import { Rewriter } from "./rewrite.js";
import { skipOuter } from "../analysis/typegrad-source.js";

/**
 * A reference the analysis marked (a call target or a function handed to differentiable
 * code) rewritten to the twin; `undefined` when `node` is not such a reference.
 */
export function redirectToTwin(rw: Rewriter, node: TS.Identifier | TS.PropertyAccessExpression | TS.ShorthandPropertyAssignment): TS.Node | undefined {
  const { facts, env } = rw.file.analysis;
  const f = rw.file.factory;
  const reference = ts.isShorthandPropertyAssignment(node) ? node.name : node;
  if (!facts.has(reference, rw.unit)) return undefined;
  const fn = asTwinnable(env, functionValueOf(env, reference));
  if (!fn || !facts.existingTwin(fn)) return undefined;
  const name = twinName(declaredName(fn));
  if (ts.isPropertyAccessExpression(reference)) {
    return ts.setTextRange(f.updatePropertyAccessExpression(reference, rw.expr(reference.expression), f.createIdentifier(name)), reference);
  }
  const local = twinLocalName(rw.file, reference, fn, name);
  // Imported through a re-export, the twin cannot be named: the function carries it (attach).
  const replacement = local === undefined ? rw.file.runtimeCall("ad", [reference], reference) : ts.setTextRange(f.createIdentifier(local), reference);
  return ts.isShorthandPropertyAssignment(node) ? ts.setTextRange(f.createPropertyAssignment(node.name, replacement), node) : replacement;
}

/** The twin's name in this file, recording an import when `f` was imported; undefined through a re-export. */
function twinLocalName(file: FileRewrite, reference: TS.Identifier, fn: TS.Node, name: string): string | undefined {
  const symbol = file.analysis.env.checker.getSymbolAtLocation(reference);
  const alias = symbol && symbol.flags & ts.SymbolFlags.Alias ? symbol.declarations?.[0] : undefined;
  if (!alias) return name;
  const importDeclaration = ts.findAncestor(alias, ts.isImportDeclaration);
  const specifier = importDeclaration?.moduleSpecifier;
  const module = specifier && file.analysis.env.checker.getSymbolAtLocation(specifier)?.valueDeclaration;
  if (!specifier || !ts.isStringLiteral(specifier) || module !== fn.getSourceFile()) return undefined;
  const local = twinName(reference.text);
  file.importTwin(specifier.text, name, local);
  return local;
}

/** The function a top-level statement declares, if it can have a twin. */
function declaredFunction(file: FileRewrite, statement: TS.Statement): TS.FunctionDeclaration | TS.ArrowFunction | TS.FunctionExpression | undefined {
  const env = file.analysis.env;
  if (ts.isFunctionDeclaration(statement)) return asTwinnable(env, statement);
  if (!ts.isVariableStatement(statement)) return undefined;
  const init = statement.declarationList.declarations[0]?.initializer;
  // `const f = (x) => …` declares a function; `const g = f` only names one declared elsewhere.
  const fn = init && functionValueOf(env, init);
  return fn && fn === skipOuter(init) ? asTwinnable(env, fn) : undefined;
}

/** True when `f` is exported from its module in any way (`export`, `export default`, `export { f }`). */
function isExported(file: FileRewrite, statement: TS.Statement, fn: TS.FunctionDeclaration | TS.ArrowFunction | TS.FunctionExpression): boolean {
  if (ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return true;
  const checker = file.analysis.env.checker;
  const nameNode = ts.isFunctionDeclaration(fn) ? fn.name : (fn.parent as TS.VariableDeclaration).name;
  const symbol = nameNode && checker.getSymbolAtLocation(nameNode);
  const moduleSymbol = checker.getSymbolAtLocation(file.sf);
  if (!symbol || !moduleSymbol) return false;
  return checker.getExportsOfModule(moduleSymbol).some((e) => (e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e) === symbol);
}

/**
 * Rewrites a top-level statement as `base`, followed by the twin it declares if the analysis
 * created one. @example emitWithTwins(file, statement, baseRewriter) // [f, f$ad]
 */
export function emitWithTwins(file: FileRewrite, statement: TS.Statement, base: Rewriter): TS.VisitResult<TS.Node | undefined> {
  const visited = base.visit(statement);
  const fn = declaredFunction(file, statement);
  const unit = fn && file.analysis.facts.existingTwin(fn);
  if (!fn || !unit || unit.kind !== "twin") return visited;
  const f = file.factory;
  const rw = new Rewriter(file, unit);
  const modifiers: TS.ModifierLike[] = (ts.canHaveModifiers(statement) ? ts.getModifiers(statement) ?? [] : []).filter(
    (m) => m.kind !== ts.SyntaxKind.ExportKeyword && m.kind !== ts.SyntaxKind.DefaultKeyword,
  );
  if (isExported(file, statement, fn)) modifiers.unshift(f.createModifier(ts.SyntaxKind.ExportKeyword));
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
  if (!file.analysis.facts.escapes.shadowed.has(fn) && !modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return emitted;
  const attach = ts.setEmitFlags(file.runtimeCall("attach", [f.createIdentifier(declaredName(fn)), f.createIdentifier(unit.name)], fn), ts.EmitFlags.NoComments);
  const link = ts.setEmitFlags(f.createExpressionStatement(attach), ts.EmitFlags.NoComments);
  if (!ts.isFunctionDeclaration(fn)) return [...emitted, link];
  file.hoist(link); // function declarations are hoisted: attach before any code runs
  return emitted;
}
