/**
 * Which TypeScript compilers the ts-patch plugin can serve. The transform is written against
 * TypeScript 6.0's compiler API, and it must run inside the very compiler that emits (its
 * nodes go into that compiler's emitter). Anything else — TypeScript 5.x under ts-patch 3, or
 * a 6.0 patch release other than the one typegrad loads — fails the build with a diagnostic
 * saying so, instead of emitting code that would throw at run time.
 */
import type * as TS from "typescript";

/** The major.minor line of TypeScript the transformer is written for. */
export const SUPPORTED_LINE = "6.0";

/** Diagnostic code of an unsupported host compiler (shown by tsc as TS91100). */
export const UNSUPPORTED_HOST_CODE = 91100;

/**
 * Why the compiler `host` cannot run typegrad's transform (whose own TypeScript is `own`), or
 * undefined when it can.
 * @example unsupportedHost({ version: "5.9.3" }, ts) // "typegrad: ... found TypeScript 5.9.3 ..."
 */
export function unsupportedHost(host: { version: string }, own: { version: string }): string | undefined {
  const found = host.version;
  if (!found.startsWith(`${SUPPORTED_LINE}.`)) {
    return (
      `TG1100: typegrad's transformer needs TypeScript ${SUPPORTED_LINE}.x, but tspc is running TypeScript ${found}; ` +
      "the code was not transformed. Fix: install typescript@~6.0 beside ts-patch " +
      "(npm install -D typescript@~6.0 ts-patch@3), or build with `npx typegrad build`, " +
      "which uses typegrad's own TypeScript 6 and works whatever TypeScript the project has."
    );
  }
  if (found !== own.version) {
    return (
      `TG1100: tspc is running TypeScript ${found}, but typegrad's transformer loaded its own TypeScript ${own.version}; ` +
      "the two must be one copy. Fix: install the same version " +
      `(npm install -D typescript@${own.version}), or build with \`npx typegrad build\`.`
    );
  }
  return undefined;
}

/**
 * A global error diagnostic (no file) for the host compiler to print.
 * @example addDiagnostic(hostDiagnostic("typegrad: ..."))
 */
export function hostDiagnostic(message: string): TS.Diagnostic {
  // Category 1 is Error in every TypeScript version; the host's own enum may differ from ours.
  return { category: 1, code: UNSUPPORTED_HOST_CODE, file: undefined, start: undefined, length: undefined, messageText: message };
}

/**
 * A transformer for a compiler typegrad cannot serve: every file that mentions typegrad is
 * emitted as a single `throw`, so even if the failed build's output is run, it says why
 * instead of computing with untransformed arithmetic. Uses only the host's own factory.
 * @example refusingTransformer(message) // a ts.TransformerFactory for the host compiler
 */
export function refusingTransformer(message: string): TS.TransformerFactory<TS.SourceFile> {
  return (context) => (sf) => {
    if (!/["']typegrad["']/.test(sf.text)) return sf;
    const f = context.factory;
    const error = f.createNewExpression(f.createIdentifier("Error"), undefined, [f.createStringLiteral(message)]);
    return f.updateSourceFile(sf, [f.createThrowStatement(error)]);
  };
}
