/**
 * The language the compiled modes understand, read by lowering (lower.ts): which operators
 * and primitives, which captured names, and when an operation stays native JavaScript because
 * the rewriter leaves it so. Lowering throws `Unsupported` on anything else, naming the
 * construct; the function then simply runs on the runtime (and `explain` says why).
 */
import path from "node:path";
import ts from "../ts.js";
import type * as TS from "typescript";
// The table is filled by rules.ts; importing it alone keeps the rest of the runtime out of the compiler.
import "../../runtime/rules.js";
import { PRIMITIVES } from "../../runtime/lift.js";
import { type Env, isGlobalMath, mathRule, resolveCallee, symbolOf } from "../analysis/calls.js";
import type { FileRewrite } from "../rewrite/file-rewrite.js";
import type { FunctionNode } from "../analysis/typegrad-source.js";

/** Thrown by lowering when the function uses something outside the language: `reason` names it. */
export class Unsupported extends Error {
  constructor(readonly reason: string, readonly node?: TS.Node) {
    super(reason);
  }
}

export const OPERATORS = new Map<TS.SyntaxKind, string>([
  [ts.SyntaxKind.PlusToken, "add"],
  [ts.SyntaxKind.MinusToken, "sub"],
  [ts.SyntaxKind.AsteriskToken, "mul"],
  [ts.SyntaxKind.SlashToken, "div"],
  [ts.SyntaxKind.PercentToken, "mod"],
  [ts.SyntaxKind.AsteriskAsteriskToken, "pow"],
]);
export const COMPOUND = new Map<TS.SyntaxKind, string>([
  [ts.SyntaxKind.PlusEqualsToken, "add"],
  [ts.SyntaxKind.MinusEqualsToken, "sub"],
  [ts.SyntaxKind.AsteriskEqualsToken, "mul"],
  [ts.SyntaxKind.SlashEqualsToken, "div"],
]);
/** Comparisons compiled code evaluates on primal values. */
export const COMPARISONS = new Set([
  ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.GreaterThanEqualsToken, ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken,
]);
export const MATH_CONSTANTS = new Set(["PI", "E", "LN2", "LN10", "LOG2E", "LOG10E", "SQRT2", "SQRT1_2"]);

/** A module-level constant the compiled code reads at the call site through an added import. */
export interface ConstantImport {
  readonly module: string;
  readonly imported: string;
  readonly local: string;
}

/**
 * The name under which compiled code emitted at `site` reads `node`, a value captured from the
 * top level of a module that is never active; undefined when `node` is no such value. A
 * constant the site's file does not see by that name (the function and its data live in other
 * modules than the call of `grad`) is read through an import added to the site's file, pushed
 * on `imports`: it must be an exported top-level `const` (else `Unsupported` says so).
 */
export function capturedConstant(file: FileRewrite, node: TS.Identifier, site: TS.Node, imports: ConstantImport[]): string | undefined {
  const env = file.analysis.env, checker = env.checker;
  const symbol = checker.getSymbolAtLocation(node);
  if (!symbol) return undefined;
  const { activity, facts } = file.analysis;
  if (activity.isActive(node, facts.base)) return undefined;
  const imported = !!(symbol.flags & ts.SymbolFlags.Alias);
  const target = checker.getExportSymbolOfSymbol(imported ? checker.getAliasedSymbol(symbol) : symbol);
  const declaration = target.valueDeclaration;
  if (!declaration || !ts.isVariableDeclaration(declaration)) return undefined;
  const list = declaration.parent, statement = list.parent;
  if (!ts.isVariableStatement(statement) || !ts.isSourceFile(statement.parent)) return undefined;
  if (declaration.initializer && activity.isActive(declaration.initializer, facts.base)) return undefined;
  // An exported declaration has a local symbol and an export symbol: compare the export ones.
  const resolve = (s: TS.Symbol): TS.Symbol => checker.getExportSymbolOfSymbol(s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
  const seen = checker.getSymbolsInScope(site, ts.SymbolFlags.Value | ts.SymbolFlags.Alias).find((s) => s.name === node.text);
  if (seen && resolve(seen) === target) return node.text;
  // Not seen from the site: imported there from the module that declares it.
  const siteFile = site.getSourceFile(), home = declaration.getSourceFile();
  const where = `the constant '${node.text}' of ${path.basename(home.fileName)}`;
  if (!(list.flags & ts.NodeFlags.Const)) return undefined;
  const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(home) ?? target).some((s) => resolve(s) === target);
  if (!exported || home.isDeclarationFile) throw new Unsupported(`${where}, which the call in ${path.basename(siteFile.fileName)} cannot import (export it, or call grad in its module)`, node);
  const module = specifierOf(env, siteFile, home, node);
  if (!module) throw new Unsupported(`${where}, whose module the call in ${path.basename(siteFile.fileName)} cannot name (import its module there)`, node);
  const local = `${node.text}$data`;
  if (seen || imports.some((i) => i.local === local && i.module !== module)) throw new Unsupported(`${where}, whose name '${node.text}' means something else where grad is called`, node);
  if (!imports.some((i) => i.local === local)) imports.push({ module, imported: resolve(target).name, local });
  return file.importedName(module, resolve(target).name, local);
}

/**
 * The name under which compiled code placed at `site` reads `node`, a local of a function
 * around `fn` that `fn` closes over (a parameter or variable of an enclosing function: the
 * samples in `const loss = (w: number[]) => logistic(w, X, y)` inside `train(X, y)`), never
 * active, seen from `site` as the same binding; undefined for anything else. Code reading one
 * is placed at the site (FileRewrite.compiled), where it reads the variable when it runs, as
 * `fn` does.
 */
export function capturedLocal(file: FileRewrite, node: TS.Identifier, fn: TS.Node, site: TS.Node): string | undefined {
  const checker = file.analysis.env.checker;
  const symbol = checker.getSymbolAtLocation(node);
  const declaration = symbol?.valueDeclaration;
  if (!symbol || !declaration || symbol.flags & ts.SymbolFlags.Alias) return undefined;
  if (!ts.isVariableDeclaration(declaration) && !ts.isParameter(declaration) && !ts.isBindingElement(declaration)) return undefined;
  // A local of a function (module constants are `capturedConstant`'s), outside the compiled one.
  if (!ts.findAncestor(declaration.parent, ts.isFunctionLike) || ts.findAncestor(declaration, (n) => n === fn)) return undefined;
  // Never active: in the program as written, nor in the differentiable copy of a function around it.
  const { activity, facts } = file.analysis;
  const initializer = ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
  if (facts.units().some((unit) => activity.isActive(node, unit) || (initializer && activity.isActive(initializer, unit)))) return undefined;
  const seen = checker.getSymbolsInScope(site, ts.SymbolFlags.Value).find((s) => s.name === node.text);
  return seen === symbol ? node.text : undefined;
}

/** @deprecated shape kept for callers that only ask: true when `capturedConstant` names `node` as it is. */
export function isCapturedConstant(file: FileRewrite, node: TS.Identifier, site: TS.Node): boolean {
  return capturedConstant(file, node, site, []) === node.text;
}

/**
 * How `from` imports `home`: the specifier of an import of `home` in `from` (or in the file of
 * `node`), made relative to `from` when it is a path; undefined when neither imports it.
 */
function specifierOf(env: Env, from: TS.SourceFile, home: TS.SourceFile, node: TS.Node): string | undefined {
  const specifierIn = (file: TS.SourceFile): string | undefined => {
    for (const s of file.statements) {
      if (!(ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) || !s.moduleSpecifier || !ts.isStringLiteral(s.moduleSpecifier)) continue;
      if (env.checker.getSymbolAtLocation(s.moduleSpecifier)?.valueDeclaration === home) return s.moduleSpecifier.text;
    }
    return undefined;
  };
  const direct = specifierIn(from);
  if (direct) return direct;
  const user = node.getSourceFile();
  const theirs = specifierIn(user);
  if (!theirs) return undefined;
  if (!theirs.startsWith(".")) return theirs;
  // Relative to the user's file: the same target, relative to `from`, with the same ending.
  const ending = /\.[cm]?[jt]sx?$/.exec(theirs)?.[0] ?? "";
  const stem = home.fileName.replace(/\.d\.[cm]?ts$|\.[cm]?[jt]sx?$/, "");
  let relative = path.posix.relative(path.posix.dirname(from.fileName), stem) + ending;
  if (!relative.startsWith(".")) relative = `./${relative}`;
  return relative;
}

/** The table name of a call of `Math.<fn>` or of typegrad's own one- or two-argument primitive. */
export function primitiveCall(env: Env, node: TS.CallExpression): string | undefined {
  const callee = resolveCallee(env, node);
  const name = callee.kind === "math" ? mathRule(callee.name) : callee.kind === "typegrad" ? symbolOf(env, node.expression)?.name : undefined;
  const fits = name !== undefined && ruleArity(name) === node.arguments.length && !node.arguments.some(ts.isSpreadElement);
  return fits ? name : undefined;
}

/** The arity of a one- or two-argument primitive of the runtime's table, else undefined. */
export function ruleArity(name: string): 1 | 2 | undefined {
  const rule = PRIMITIVES.get(name);
  return rule && !("partials" in rule) && (rule.arity === 1 || rule.arity === 2) ? rule.arity : undefined;
}

/** The value of `Math.PI` and the other `Math` constants, else undefined. */
export function mathConstant(env: Env, node: TS.Expression): number | undefined {
  if (!ts.isPropertyAccessExpression(node) || !isGlobalMath(env, node.expression) || !MATH_CONSTANTS.has(node.name.text)) return undefined;
  return (Math as unknown as Record<string, number>)[node.name.text];
}

/** The constants of `Number` compiled code reads as numbers (`Number.EPSILON` and the like). */
export const NUMBER_CONSTANTS = new Set(["EPSILON", "MAX_VALUE", "MIN_VALUE", "MAX_SAFE_INTEGER", "MIN_SAFE_INTEGER", "POSITIVE_INFINITY", "NEGATIVE_INFINITY", "NaN"]);

/** The value of `Number.EPSILON` and the other `Number` constants (the global `Number`), else undefined. */
export function numberConstant(env: Env, node: TS.Expression): number | undefined {
  if (!ts.isPropertyAccessExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== "Number" || !NUMBER_CONSTANTS.has(node.name.text)) return undefined;
  const declarations = env.checker.getSymbolAtLocation(node.expression)?.declarations ?? [];
  if (declarations.length === 0 || !declarations.every((d) => d.getSourceFile().isDeclarationFile)) return undefined;
  return (Number as unknown as Record<string, number>)[node.name.text];
}

/**
 * True when the rewriter turns `node` (an operation inside `fn`) into a runtime call, because
 * an operand may be active. Otherwise it stays native JavaScript there, and compiled code must
 * compute it natively too to give the same number (the runtime's `exp` is not V8's `Math.exp`).
 */
export function isRewritten(file: FileRewrite, fn: FunctionNode, node: TS.Expression): boolean {
  const { activity, facts } = file.analysis;
  const unit = facts.existingTwin(fn) ?? facts.base;
  const active = (e: TS.Expression) => activity.isActive(e, unit);
  if (ts.isBinaryExpression(node)) return active(node.left) || active(node.right);
  if (ts.isPrefixUnaryExpression(node)) return active(node.operand);
  if (ts.isCallExpression(node)) return node.arguments.some((a) => active(a as TS.Expression));
  return true;
}

/** The operands of an operation `isRewritten` is asked about. */
export const operandsOf = (node: TS.BinaryExpression | TS.PrefixUnaryExpression | TS.CallExpression): TS.Expression[] =>
  ts.isBinaryExpression(node) ? [node.left, node.right] : ts.isPrefixUnaryExpression(node) ? [node.operand] : [...node.arguments];
