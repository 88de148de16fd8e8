/**
 * The transformer's diagnostics. Each has a stable code (`TG1001`...), says what cannot be
 * differentiated and how to fix it, and points at the user's node. They are TypeScript
 * errors (code 9xxxx, shown by tsc as `TS91001`), so a build with one fails instead of
 * emitting code that would compute a wrong number.
 */
import ts from "./ts.js";
import type * as TS from "typescript";

/** Every diagnostic the transformer reports: code, what happened, and the fix. */
export const DIAGNOSTICS = {
  bitwise: {
    code: "TG1001",
    message: (op: string) => `Bitwise operator '${op}' applied to a value that may carry a derivative.`,
    hint: "Bitwise operators have no derivative. To work on the primal value, use numberOf(x) from 'typegrad' (or Math.trunc / Math.floor, which are differentiable almost everywhere).",
  },
  bigint: {
    code: "TG1002",
    message: () => "BigInt conversion of a value that may carry a derivative.",
    hint: "A BigInt cannot carry a derivative. Convert the primal value instead: BigInt(numberOf(x)).",
  },
  opaqueCall: {
    code: "TG1003",
    message: (callee: string, param: string) => `'${callee}' is outside the program and its parameter '${param}' is typed number, but it receives a value that may carry a derivative.`,
    hint: "The function cannot see derivatives. Pass numberOf(x) to use the primal value on purpose, write the computation in your own code, or give it a derivative with defineFunction.",
  },
  mathFunction: {
    code: "TG1004",
    message: (name: string) => `Math.${name} has no derivative rule in typegrad, and its argument may carry a derivative.`,
    hint: "Use typegrad's elementary functions (sin, exp, pow, hypot, min, max...), define one with defineFunction, or pass numberOf(x) to leave differentiation.",
  },
  truthiness: {
    code: "TG1005",
    message: (op: string) => `The truthiness of a value that may carry a derivative is used by '${op}'.`,
    hint: "An active value is an object, always truthy at run time. Compare explicitly, e.g. (x !== 0) or (x > 0).",
  },
  outsideFunction: {
    code: "TG1007",
    message: (name: string, where: string) => `'${name}' is handed to a typegrad transform, but it is declared outside the program (${where}), so typegrad cannot see its code to differentiate it.`,
    hint: "Write the function in a .ts file of the program, give it its derivative with defineFunction({ name, forward, backward }), or differentiate a function of your own that passes numberOf(x) to it.",
  },
  libraryConstant: {
    code: "TG1008",
    message: (callee: string, param: string) => `'${callee}' is outside the program and receives a value that may carry a derivative as '${param}', and what it returns may hold that number: it would come back as a constant, without its derivative.`,
    hint: "Pass numberOf(x) to hand the library the plain number on purpose (its result is then a constant), or do this computation in your own code.",
  },
  asyncFunction: {
    code: "TG1009",
    message: (what: string) => `${what} is handed to a typegrad transform, but it returns a Promise: a transform differentiates what a function returns synchronously, and the code after an 'await' runs after the transform has returned.`,
    hint: "Differentiate a synchronous function: await what you need first (data, parameters), then call grad/valueAndGrad/... on a function that computes with it.",
  },
  typedArrayMethod: {
    code: "TG1010",
    message: (local: string, member: string) => `'${local}' is a Float64Array holding values that may carry a derivative, and '.${member}' works on typed arrays only: on the tape '${local}' is a plain array (a typed array cannot hold a Var or a Dual).`,
    hint: "Write the local as a plain array (`new Array(n).fill(0)`), copy with a loop or `slice` instead of `set`/`subarray`, or keep derivatives out of it with numberOf(x).",
  },
  internal: {
    code: "TG1900",
    message: (kind: string, detail: string) => `Internal error of the typegrad transformer at this ${kind}: ${detail}`,
    hint: "Please report this with the code that triggers it. As a workaround, compute this expression with typegrad's functions (add, mul, sin...) explicitly.",
  },
} as const;

export type DiagnosticKind = keyof typeof DIAGNOSTICS;

/** Numeric codes: tsc prints them as TS9xxxx; the TG code leads the message text. */
export function numericCode(kind: DiagnosticKind): number {
  return 90000 + Number(DIAGNOSTICS[kind].code.slice(2));
}

/**
 * A TypeScript error diagnostic on `node`.
 * @example diagnostic("bitwise", node, "&") // "TG1001: Bitwise operator '&' ... Fix: ..."
 */
export function diagnostic<K extends DiagnosticKind>(kind: K, node: TS.Node, ...args: Parameters<(typeof DIAGNOSTICS)[K]["message"]>): TS.Diagnostic {
  const entry = DIAGNOSTICS[kind];
  const message = (entry.message as (...a: string[]) => string)(...(args as string[]));
  const sf = node.getSourceFile();
  const start = node.getStart(sf);
  return {
    file: sf,
    start,
    length: node.getEnd() - start,
    category: ts.DiagnosticCategory.Error,
    code: numericCode(kind),
    source: "typegrad",
    messageText: `${entry.code}: ${message} Fix: ${entry.hint}`,
  };
}

/**
 * A message (not an error) on a transform's call site, from the `explain` option: "compiled",
 * or "tape: <the construct that keeps the function on the runtime>".
 * @example explanation(node, "tape: a while loop (line 4)") // "TG0001: grad: tape: a while loop (line 4)"
 */
export function explanation(site: TS.Node, text: string, label?: string): TS.Diagnostic {
  const sf = site.getSourceFile();
  const start = site.getStart(sf);
  const callee = label ?? (ts.isCallExpression(site) ? site.expression.getText(sf) : "transform");
  return {
    file: sf,
    start,
    length: site.getEnd() - start,
    category: ts.DiagnosticCategory.Message,
    code: EXPLAIN_CODE,
    source: "typegrad",
    messageText: `TG0001: ${callee}: ${text}`,
  };
}

/** The numeric code of `explain`'s messages (tsc prints TS90001). */
export const EXPLAIN_CODE = 90001;

/** A diagnostic thrown from deep inside the rewrite; caught per statement and reported. */
export class TransformerDiagnostic extends Error {
  constructor(readonly diagnostic: TS.Diagnostic) {
    super(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
  }
}

/**
 * Formats diagnostics as `file(line,col): TG1001: ...`, one per line, with paths relative to
 * `root` — the form the baseline files store.
 */
export function formatDiagnostics(diagnostics: readonly TS.Diagnostic[], root: string): string {
  return diagnostics
    .map((d) => {
      const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
      if (!d.file || d.start === undefined) return text;
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      const name = d.file.fileName.startsWith(root) ? d.file.fileName.slice(root.length).replace(/^[\\/]/, "") : d.file.fileName;
      return `${name}(${line + 1},${character + 1}): ${text}`;
    })
    .join("\n");
}
