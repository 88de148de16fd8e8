/**
 * Which files the activity analysis must walk. An active value enters a module only through
 * its imports: a file none of whose imports leads, directly or through other modules, to
 * typegrad or to a file holding a fact (a variable some other file made active, a method
 * called with active values) can hold no active value, so walking it finds nothing. Such a
 * file is left out of the pass, and walked in a later pass once a fact lands in it or in a
 * module it imports (the fixpoint repeats while facts are added).
 *
 * Globals defeat this (a script or `declare global` can give every file a `Var`): when a file
 * that is not a module, or augments the global scope, leads to typegrad, every file is walked.
 */
import type * as TS from "typescript";
import { isTypegradFile } from "./typegrad-source.js";

/** The compiler's internal record of a file's module specifiers and their resolution. */
interface Internals {
  readonly imports?: readonly TS.StringLiteralLike[];
  readonly moduleAugmentations?: readonly (TS.StringLiteral | TS.Identifier)[];
}
type ResolvingProgram = TS.Program & {
  getResolvedModuleFromModuleSpecifier?(specifier: TS.StringLiteralLike, sf: TS.SourceFile): { resolvedModule?: { resolvedFileName: string } } | undefined;
};

/** The module graph of a program, reversed: who imports each file. */
export class ModuleGraph {
  private readonly importers = new Map<TS.SourceFile, TS.SourceFile[]>();
  /** Set when the graph cannot be trusted (an internal API missing, globals that reach typegrad): walk everything. */
  private readonly everything: boolean;
  private readonly typegrad: TS.SourceFile[] = [];

  constructor(program: TS.Program) {
    const resolving = program as ResolvingProgram;
    let complete = typeof resolving.getResolvedModuleFromModuleSpecifier === "function";
    const global: TS.SourceFile[] = [];
    for (const sf of program.getSourceFiles()) {
      if (isTypegradFile(sf.fileName)) this.typegrad.push(sf);
      const internals = sf as TS.SourceFile & Internals;
      if (!internals.imports) complete = false;
      if (!complete) break;
      const isModule = (sf as TS.SourceFile & { externalModuleIndicator?: unknown }).externalModuleIndicator !== undefined;
      if (!isModule || sf.referencedFiles.length > 0 || sf.typeReferenceDirectives.length > 0 || (internals.moduleAugmentations?.length ?? 0) > 0) global.push(sf);
      for (const specifier of internals.imports!) {
        const name = resolving.getResolvedModuleFromModuleSpecifier!(specifier, sf)?.resolvedModule?.resolvedFileName;
        const target = name === undefined ? undefined : program.getSourceFile(name);
        if (!target) continue;
        let list = this.importers.get(target);
        if (!list) this.importers.set(target, (list = []));
        list.push(sf);
      }
    }
    const reached = complete ? this.leadingTo([]) : undefined;
    this.everything = !reached || global.some((sf) => reached.has(sf));
  }

  /**
   * The files whose imports lead to typegrad or to one of `holding` (files with facts).
   * @example graph.walked(touched).has(sf) // false: nothing active can reach sf
   */
  walked(holding: Iterable<TS.SourceFile>): { has(sf: TS.SourceFile): boolean } {
    if (this.everything) return { has: () => true };
    return this.leadingTo(holding);
  }

  private leadingTo(holding: Iterable<TS.SourceFile>): Set<TS.SourceFile> {
    const found = new Set<TS.SourceFile>([...this.typegrad, ...holding]);
    const queue = [...found];
    while (queue.length > 0) {
      for (const importer of this.importers.get(queue.pop()!) ?? []) {
        if (!found.has(importer)) {
          found.add(importer);
          queue.push(importer);
        }
      }
    }
    return found;
  }
}
