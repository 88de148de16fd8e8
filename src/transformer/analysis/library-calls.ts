/**
 * What crosses into library code: an active value passed to a function outside the program
 * (a library, `lib.d.ts`, a `declare function`). Library code cannot carry derivatives, and an
 * active value is an object there: compared with `===`, used as a `Map` key or checked with
 * `typeof`, it silently takes the wrong branch. So each such argument is, by the library
 * function's declared types:
 *
 * - passed as its number where the result cannot carry a derivative: the call returns no
 *   number at all (`includes`, `has`, `Object.is`, `console.log`, `JSON.stringify`), only a
 *   part without numbers is read from it (`schema.safeParse(x).success`), or the argument is
 *   a key or a search value whose type the result does not mention (`Map.get(key)`,
 *   `indexOf(x)`, `lastIndexOf(x)`);
 * - passed as it is where the result is built from it (`identity<T>(x: T): T`, `Set.add`,
 *   `xs.concat`, `Promise.resolve`) or the receiver stores it (`push`, `fill`, `splice`): the
 *   active value travels on and keeps its derivative;
 * - a compile-time error otherwise: a parameter typed `number` (TG1003), or one typed
 *   `unknown`/`any`/an object whose call returns something that may hold a number (TG1008,
 *   `schema.safeParse(x)`): there the number would come back as a constant.
 *
 * Callbacks (`xs.map((x) => …)`) are not values crossing over: their code is the program's.
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import { type Env, symbolOf, typeOf } from "./calls.js";
import { skipOuter } from "./typegrad-source.js";

/** What happens to one active argument of a library call. */
export type Crossing =
  | { readonly kind: "as-is" }
  | { readonly kind: "number" }
  | { readonly kind: "error"; readonly diagnostic: "opaqueCall" | "libraryConstant"; readonly param: string };

/** Methods whose class-level type parameter is a search value although they return a number. */
const SEARCHES = new Set(["indexOf", "lastIndexOf"]);
/** Interfaces whose `key` parameters are compared by identity, never stored as numbers. */
const KEYED = new Set(["Map", "WeakMap", "ReadonlyMap"]);
/** Namespaces whose functions store a value although they return a boolean (`Reflect.set`). */
const STORING = new Set(["Reflect"]);

const AS_IS: Crossing = { kind: "as-is" };
const NUMBER: Crossing = { kind: "number" };

/**
 * The crossing of argument `index` (which may be active) of a library call.
 * @example crossing(env, call("[1, 2].includes(x)"), includesDecl, 0) // { kind: "number" }
 */
export function crossing(env: Env, call: TS.CallExpression, declaration: TS.SignatureDeclaration, index: number): Crossing {
  const arg = call.arguments[index]!;
  if (ts.isSpreadElement(arg) || typeOf(env, arg).getCallSignatures().length > 0) return AS_IS;
  const params = declaration.parameters;
  const param = params[Math.min(index, params.length - 1)];
  if (!param) return AS_IS;
  const name = param.name.getText();
  if (param.type?.kind === ts.SyntaxKind.NumberKeyword) return { kind: "error", diagnostic: "opaqueCall", param: name };
  const owner = ownerName(declaration);
  if (owner !== undefined && STORING.has(owner)) return AS_IS;
  // A key of a table of constants is looked up by its number; a cache (a Map the program fills
  // with computed values, as memoisation does) keeps active keys as they are, so it never
  // returns a constant computed by a plain call in place of a value with a derivative (a miss
  // recomputes it).
  if (owner !== undefined && KEYED.has(owner) && name === "key") return isCache(env, call) ? AS_IS : NUMBER;
  const signature = env.checker.getResolvedSignature(call);
  if (signature && !carriesNumbers(env.checker, signature.getReturnType(), 0)) return NUMBER;
  // `schema.safeParse(x).success`: only a part that holds no number is read from the result.
  if (ts.isPropertyAccessExpression(call.parent) && call.parent.expression === call && !ts.isCallExpression(call.parent.parent) &&
    !carriesNumbers(env.checker, typeOf(env, call.parent), 0)) return NUMBER;
  const own = typeParametersIn(env.checker, param.type);
  if (own.size === 0) return param.type || declaration.type ? { kind: "error", diagnostic: "libraryConstant", param: name } : AS_IS;
  const returned = declaration.type ? typeParametersIn(env.checker, declaration.type) : undefined;
  if (!returned || returned.has("this") || [...own].some((t) => returned.has(t))) return AS_IS;
  // `push(...items: T[]): number` stores into the receiver; `indexOf(x: T): number` only searches.
  const classLevel = [...own].some((t) => typeof t !== "string" && t.declarations?.some((d) => ts.isClassLike(d.parent) || ts.isInterfaceDeclaration(d.parent)));
  const methodName = declaration.name && ts.isIdentifier(declaration.name) ? declaration.name.text : "";
  if (classLevel && !SEARCHES.has(methodName)) return AS_IS;
  return NUMBER;
}

/** The interface, class or namespace a library declaration belongs to (`Map`, `Reflect`). */
function ownerName(declaration: TS.Node): string | undefined {
  const parent = ts.isModuleBlock(declaration.parent) ? declaration.parent.parent : declaration.parent;
  if (ts.isInterfaceDeclaration(parent) || ts.isClassDeclaration(parent) || ts.isModuleDeclaration(parent)) return parent.name?.getText();
  return undefined;
}

/** The type parameters (and `this`) a type annotation mentions. */
function typeParametersIn(checker: TS.TypeChecker, node: TS.Node | undefined): Set<TS.Symbol | "this"> {
  const found = new Set<TS.Symbol | "this">();
  const visit = (n: TS.Node): void => {
    if (n.kind === ts.SyntaxKind.ThisType) found.add("this");
    if (ts.isTypeReferenceNode(n)) {
      const symbol = checker.getSymbolAtLocation(n.typeName);
      if (symbol && symbol.flags & ts.SymbolFlags.TypeParameter) found.add(symbol);
    }
    ts.forEachChild(n, visit);
  };
  if (node) visit(node);
  return found;
}

const NO_NUMBER = ts.TypeFlags.StringLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.VoidLike | ts.TypeFlags.Null | ts.TypeFlags.BigIntLike | ts.TypeFlags.ESSymbolLike | ts.TypeFlags.Never;

/**
 * False when no value of the type can hold a number that came from an argument: booleans,
 * strings, `void`, and arrays or objects made only of those (`Object.keys`' `string[]`).
 * Anything unsure (`any`, a function, a deep object) counts as holding one.
 */
function carriesNumbers(checker: TS.TypeChecker, type: TS.Type, depth: number): boolean {
  if (type.flags & NO_NUMBER) return false;
  if (type.isUnionOrIntersection()) return type.types.some((t) => carriesNumbers(checker, t, depth));
  if (!(type.flags & ts.TypeFlags.Object)) return true;
  if (depth > 3 || type.getCallSignatures().length > 0) return true;
  if (checker.isArrayType(type) || checker.isTupleType(type)) {
    return checker.getTypeArguments(type as TS.TypeReference).some((t) => carriesNumbers(checker, t, depth + 1));
  }
  const properties = checker.getPropertiesOfType(type);
  if (properties.length > 40 || checker.getIndexInfosOfType(type).length > 0) return true;
  return properties.some((p) => carriesNumbers(checker, checker.getTypeOfSymbol(p), depth + 1));
}

const caches = new WeakMap<TS.Symbol, boolean>();

/** True when the receiver of a `Map` method is a variable the program `.set`s with a computed value. */
function isCache(env: Env, call: TS.CallExpression): boolean {
  const target = skipOuter(call.expression);
  if (!ts.isPropertyAccessExpression(target)) return false;
  const symbol = symbolOf(env, target.expression);
  const declaration = symbol?.valueDeclaration;
  if (!symbol || !declaration) return false;
  let answer = caches.get(symbol);
  if (answer === undefined) {
    answer = false;
    const visit = (n: TS.Node): void => {
      if (answer) return;
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === "set" && n.arguments.length === 2) {
        const value = skipOuter(n.arguments[1]!);
        const constant = ts.isLiteralExpression(value) || (ts.isPrefixUnaryExpression(value) && ts.isNumericLiteral(value.operand));
        if (!constant && symbolOf(env, n.expression.expression) === symbol) answer = true;
      }
      ts.forEachChild(n, visit);
    };
    visit(declaration.getSourceFile());
    caches.set(symbol, answer);
  }
  return answer;
}

/**
 * True for `Number(x)`, the global conversion: on an active value it is `+x` and keeps the
 * derivative (the rewriter emits the runtime's `toNumber`).
 */
export function isNumberConversion(call: TS.CallExpression | TS.NewExpression, declaration: TS.SignatureDeclaration): boolean {
  const target = skipOuter(call.expression);
  return ts.isCallExpression(call) && ts.isIdentifier(target) && target.text === "Number" && call.arguments.length === 1 &&
    !ts.isSpreadElement(call.arguments[0]!) && declaration.getSourceFile().isDeclarationFile;
}
