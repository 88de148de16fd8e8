/**
 * Where things are declared. The transformer recognises typegrad's runtime by the file a
 * declaration lives in (the `typegrad` package's runtime folder), never by a name, so a
 * user's own `grad` or `Var` is not mistaken for ours, and an aliased import still is ours.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "../ts.js";
import type * as TS from "typescript";

const RUNTIME_FOLDERS = ["src/runtime/", "dist/runtime/"];
const packageNameByDir = new Map<string, { root: string; name: string | undefined } | null>();

function nearestPackage(dir: string): { root: string; name: string | undefined } | null {
  const cached = packageNameByDir.get(dir);
  if (cached !== undefined) return cached;
  let found: { root: string; name: string | undefined } | null = null;
  const manifest = path.join(dir, "package.json");
  if (fs.existsSync(manifest)) {
    try {
      found = { root: dir, name: JSON.parse(fs.readFileSync(manifest, "utf8")).name };
    } catch {
      found = { root: dir, name: undefined };
    }
  } else {
    const parent = path.dirname(dir);
    found = parent === dir ? null : nearestPackage(parent);
  }
  packageNameByDir.set(dir, found);
  return found;
}

/**
 * True when `fileName` is part of typegrad's runtime (installed or this repository's source).
 * @example isTypegradFile("/app/node_modules/typegrad/dist/runtime/index.d.ts") // true
 */
export function isTypegradFile(fileName: string): boolean {
  const normal = fileName.replace(/\\/g, "/");
  const pkg = nearestPackage(path.dirname(normal));
  if (!pkg || pkg.name !== "typegrad") return false;
  const rel = path.relative(pkg.root, normal).replace(/\\/g, "/");
  return RUNTIME_FOLDERS.some((folder) => rel.startsWith(folder));
}

/** True when a declaration node belongs to typegrad's runtime. @example isTypegradNode(gradDecl) */
export function isTypegradNode(node: TS.Node): boolean {
  return isTypegradFile(node.getSourceFile().fileName);
}

/**
 * True when `sf` is the user's own code: a source file of the program, not a declaration
 * file, not a library and not typegrad. Only such code is analysed and rewritten.
 * @example isProgramFile(program, program.getSourceFile("src/model.ts")!) // true
 */
export function isProgramFile(program: TS.Program, sf: TS.SourceFile): boolean {
  return (
    !sf.isDeclarationFile &&
    !program.isSourceFileFromExternalLibrary(sf) &&
    !program.isSourceFileDefaultLibrary(sf) &&
    !isTypegradFile(sf.fileName)
  );
}

/** The function declarations and literals the analysis follows calls into. */
export type FunctionNode =
  | TS.FunctionDeclaration
  | TS.FunctionExpression
  | TS.ArrowFunction
  | TS.MethodDeclaration
  | TS.ConstructorDeclaration
  | TS.GetAccessorDeclaration
  | TS.SetAccessorDeclaration;

/** True for the function-like nodes that have a body the transformer can rewrite. */
export function isFunctionNode(node: TS.Node): node is FunctionNode {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

/** Strips parentheses, `!`, `as`, `satisfies` and type assertions, which do not change a value. */
export function skipOuter(expr: TS.Expression): TS.Expression {
  while (
    ts.isParenthesizedExpression(expr) ||
    ts.isNonNullExpression(expr) ||
    ts.isAsExpression(expr) ||
    ts.isSatisfiesExpression(expr) ||
    ts.isTypeAssertionExpression(expr)
  ) {
    expr = expr.expression;
  }
  return expr;
}

/** True when `inner` lies within `outer` in the same file. */
export function isWithin(inner: TS.Node, outer: TS.Node): boolean {
  return inner.getSourceFile() === outer.getSourceFile() && inner.pos >= outer.pos && inner.end <= outer.end;
}
