/**
 * A peephole pass over emitted reverse code: an adjoint known to be 0 (just declared at 0, or
 * just reset to 0) gets its first contribution assigned, `a = e`, instead of added, `a += e`.
 * JavaScript engines cannot fold `0 + e` into `e` (it differs for e = -0), so without this the
 * reverse sweep pays an addition per adjoint, and a loop-carried adjoint (`s_a = 0; s_a += d_a`)
 * a dependent addition per pass.
 *
 *   let v_a_1 = 0, v_a_2 = 0;  v_a_2 += s_a;  v_a_1 += x * v_a_2;  v_a_1 += y * v_a_2;
 *   →  let v_a_1 = 0, v_a_2 = 0;  v_a_2 = s_a;  v_a_1 = x * v_a_2;  v_a_1 += y * v_a_2;
 *
 * The results are the same numbers: an adjoint may now be -0 where it was +0, and every
 * adjoint ends in a gradient that starts at +0 and is only added to, where both give +0.
 */
import ts from "../ts.js";
import type * as TS from "typescript";

/** `statements` with first contributions to the adjoints `adjoints` assigned (nested blocks too). */
export function firstWrites(f: TS.NodeFactory, statements: readonly TS.Statement[], adjoints: ReadonlySet<TS.Identifier>): TS.Statement[] {
  const zero = new Set<TS.Identifier>();
  const out: TS.Statement[] = [];
  for (const s0 of statements) {
    const s = nested(f, s0, adjoints);
    // `let a = 0, …` and `a = 0`: known to be 0 from here
    if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && adjoints.has(d.name) && d.initializer && isZero(d.initializer)) zero.add(d.name);
      }
      out.push(s);
      continue;
    }
    if (ts.isExpressionStatement(s) && ts.isBinaryExpression(s.expression) && ts.isIdentifier(s.expression.left) && adjoints.has(s.expression.left)) {
      const { left, operatorToken, right } = s.expression;
      if (operatorToken.kind === ts.SyntaxKind.EqualsToken && isZero(right)) {
        zero.add(left);
        out.push(s);
        continue;
      }
      if (operatorToken.kind === ts.SyntaxKind.PlusEqualsToken && zero.has(left) && !mentions(right, new Set([left]))) {
        zero.delete(left);
        forget(right, zero);
        out.push(f.createExpressionStatement(f.createAssignment(left, right)));
        continue;
      }
    }
    forget(s, zero);
    out.push(s);
  }
  return out;
}

/** The statement with the blocks inside it passed through `firstWrites`. */
function nested(f: TS.NodeFactory, s: TS.Statement, adjoints: ReadonlySet<TS.Identifier>): TS.Statement {
  const block = (b: TS.Statement): TS.Statement => (ts.isBlock(b) ? f.updateBlock(b, firstWrites(f, b.statements, adjoints)) : b);
  if (ts.isForStatement(s)) return f.updateForStatement(s, s.initializer, s.condition, s.incrementor, block(s.statement));
  if (ts.isWhileStatement(s)) return f.updateWhileStatement(s, s.expression, block(s.statement));
  if (ts.isIfStatement(s)) return f.updateIfStatement(s, s.expression, block(s.thenStatement), s.elseStatement && block(s.elseStatement));
  if (ts.isBlock(s)) return block(s);
  return s;
}

const isZero = (e: TS.Expression): boolean => ts.isNumericLiteral(e) && e.text === "0";

/** Drops from `zero` every identifier `node` mentions. */
function forget(node: TS.Node, zero: Set<TS.Identifier>): void {
  if (zero.size === 0) return;
  if (ts.isIdentifier(node)) zero.delete(node);
  else ts.forEachChild(node, (c) => forget(c, zero));
}

function mentions(node: TS.Node, ids: ReadonlySet<TS.Identifier>): boolean {
  if (ts.isIdentifier(node)) return ids.has(node);
  return ts.forEachChild(node, (c) => mentions(c, ids) || undefined) ?? false;
}
