/**
 * Type questions the analysis asks the checker: does a type mention `Var`/`Dual` (the seeds
 * of differentiation), and could a value of a type hold an active value at all (a `string`
 * or `boolean` never can, which keeps string `+` and comparisons out of the rewrite).
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import { isTypegradNode } from "./typegrad-source.js";

/** How deep into structured types (arrays, object properties, signatures) a brand is looked for. */
const MAX_DEPTH = 4;

/** Answers type questions for one checker, caching by type identity. */
export interface TypeOracle {
  /** True when the type is, contains or is built from `Var` or `Dual`. @example mentionsActive(typeOf(`x: Var[]`)) // true */
  mentionsActive(type: TS.Type): boolean;
  /** False for types no active value can inhabit (strings, booleans, void...). @example canHoldActive(stringType) // false */
  canHoldActive(type: TS.Type): boolean;
  /** True for `string`-like types, where `+` means concatenation. */
  isStringLike(type: TS.Type): boolean;
}

const NEVER_ACTIVE =
  ts.TypeFlags.StringLike |
  ts.TypeFlags.BooleanLike |
  ts.TypeFlags.VoidLike |
  ts.TypeFlags.Null |
  ts.TypeFlags.BigIntLike |
  ts.TypeFlags.ESSymbolLike |
  ts.TypeFlags.Never |
  ts.TypeFlags.EnumLike;

/**
 * Builds the oracle for a checker.
 * @example const oracle = createTypeOracle(program.getTypeChecker());
 */
export function createTypeOracle(checker: TS.TypeChecker): TypeOracle {
  const mentionCache = new Map<TS.Type, boolean>();

  const isBrandSymbol = (symbol: TS.Symbol | undefined): boolean =>
    !!symbol?.declarations?.some((d) => isTypegradNode(d)) && /^(Var|Dual)$|^__@(var|dual)Brand/.test(symbol.name);

  function mentions(type: TS.Type, depth: number): boolean {
    const cached = mentionCache.get(type);
    if (cached !== undefined) return cached;
    // Provisional answer while this type is being inspected: recursive types terminate.
    mentionCache.set(type, false);
    const answer = depth <= MAX_DEPTH && inspect(type, depth);
    mentionCache.set(type, answer);
    return answer;
  }

  function inspect(type: TS.Type, depth: number): boolean {
    if (isBrandSymbol(type.aliasSymbol)) return true;
    if (type.aliasTypeArguments?.some((t) => mentions(t, depth + 1))) return true;
    if (type.isUnionOrIntersection()) return type.types.some((t) => mentions(t, depth + 1));
    if (!(type.flags & ts.TypeFlags.Object)) return false;
    const object = type as TS.ObjectType;
    if (object.objectFlags & ts.ObjectFlags.Reference) {
      if (checker.getTypeArguments(object as TS.TypeReference).some((t) => mentions(t, depth + 1))) return true;
      // A tuple's members are its elements (the type arguments) and `Array`'s methods.
      if (checker.isTupleType(type)) return false;
    }
    for (const signature of [...type.getCallSignatures(), ...type.getConstructSignatures()]) {
      if (mentions(signature.getReturnType(), depth + 1)) return true;
      for (const parameter of signature.getParameters()) {
        if (parameter.valueDeclaration && mentions(checker.getTypeOfSymbol(parameter), depth + 1)) return true;
      }
    }
    // Properties are looked at only for the user's own and anonymous object types: walking
    // every member of `Array` or `Map` would be slow and never finds a brand.
    const declaration = type.symbol?.declarations?.[0];
    const ownType = !declaration || !declaration.getSourceFile().isDeclarationFile || isTypegradNode(declaration);
    if (!ownType) return false;
    return type.getProperties().some((p) => isBrandSymbol(p) || mentions(checker.getTypeOfSymbol(p), depth + 1));
  }

  function canHoldActive(type: TS.Type): boolean {
    if (type.isUnion()) return type.types.some(canHoldActive);
    return !(type.flags & NEVER_ACTIVE);
  }

  return {
    mentionsActive: (type) => mentions(type, 0),
    canHoldActive,
    isStringLike: (type) => !!(type.flags & ts.TypeFlags.StringLike) || (type.isUnion() && type.types.every((t) => !!(t.flags & ts.TypeFlags.StringLike))),
  };
}
