/**
 * The program-level pass: runs the propagation rules over every file of the program (the
 * `base` unit) and over every twin, until no rule adds a fact. Done once per program before
 * any file is rewritten, so a file's rewrite can rely on what other files pass it.
 */
import ts from "../ts.js";
import type * as TS from "typescript";
import { createTypeOracle } from "./active-types.js";
import { Activity } from "./activity.js";
import { asTwinnable, declaredName, type Env, twinName } from "./calls.js";
import { escapingFunctions } from "./escape.js";
import { Facts } from "./facts.js";
import { markBinding, propagate } from "./propagate.js";
import { ModuleGraph } from "./reach.js";
import { essentialTwins } from "./twin-work.js";
import { isProgramFile, isTypegradFile } from "./typegrad-source.js";
import { FactStore, type TwinnableFunction } from "./units.js";

/** Passes after which the fixpoint is abandoned; each pass adds a fact, so this means a bug. */
const MAX_PASSES = 200;

/** The frozen result of analysing a program. */
export interface Analysis {
  readonly env: Env;
  readonly facts: FactStore;
  /** Asked by the compiler only; the rewrite reads `answers`. */
  readonly activity: Activity;
  /** What the rewrite reads: active expressions at its decision points, nodes it changes. */
  readonly answers: Facts;
  /** Files that import typegrad or received facts: only these are rewritten. */
  needsRewrite(sf: TS.SourceFile): boolean;
}

const cache = new WeakMap<TS.Program, Analysis>();

/**
 * Analyses `program` once (cached per program object).
 * @example const analysis = analyzeProgram(program); analysis.activity.isActive(expr, analysis.facts.base)
 */
export function analyzeProgram(program: TS.Program): Analysis {
  let analysis = cache.get(program);
  if (!analysis) {
    analysis = runAnalysis(program);
    cache.set(program, analysis);
  }
  return analysis;
}

function runAnalysis(program: TS.Program): Analysis {
  const checker = program.getTypeChecker();
  const env: Env = { program, checker, oracle: createTypeOracle(checker), memo: new Map() };
  const facts = new FactStore();
  const activity = new Activity(env, facts);
  const files = program.getSourceFiles().filter((sf) => isProgramFile(program, sf));
  const importsTypegrad = new Map<TS.SourceFile, boolean>();
  const imports = (sf: TS.SourceFile): boolean => {
    let found = importsTypegrad.get(sf);
    if (found === undefined) importsTypegrad.set(sf, (found = referencesTypegrad(program, sf)));
    return found;
  };
  // A program that never imports typegrad has nothing to differentiate: no question is asked.
  if (!files.some(imports)) return { env, facts, activity, answers: new Facts(), needsRewrite: () => false };
  facts.escapes = escapingFunctions(env, files);
  for (const fn of facts.escapes.shadowed) {
    // A function value may be called with active values in any parameter.
    const top = asTwinnable(env, fn);
    const unit = facts.twinOf(fn as TwinnableFunction, top ? twinName(declaredName(top)) : "");
    for (const p of fn.parameters) markBinding(facts, p, unit);
  }
  for (const fn of facts.escapes.inPlace) for (const p of fn.parameters) markBinding(facts, p, facts.base);
  for (const call of facts.escapes.bindCalls) facts.mark(call, facts.base);
  const graph = new ModuleGraph(program);
  let passes = 0;
  // A pass is repeated only when it may have missed something: a fact added after a lookup
  // of the same pass found it missing (the answers built on that lookup may be stale), a twin
  // created after the twins were listed (not walked), or a file newly holding a fact whose
  // importers were not walked. Otherwise the pass read every fact as it finally stands, and
  // another pass would compute the same answers and add nothing.
  do {
    facts.beginPass();
    activity.reset();
    // Files no active value can reach yet are not walked (reach.ts).
    const walked = graph.walked(facts.touchedFiles());
    for (const sf of files) if (walked.has(sf)) propagate(activity, sf, facts.base);
    // Twins found while walking the files are walked in this pass too.
    const units = facts.units();
    for (let i = 1; i < units.length; i++) {
      const unit = units[i]!;
      if (unit.kind === "twin") propagate(activity, unit.fn, unit);
    }
    if (facts.changed && !facts.stale) {
      const widened = graph.walked(facts.touchedFiles());
      facts.stale = facts.units().length !== units.length || files.some((sf) => widened.has(sf) && !walked.has(sf));
    }
    passes++;
  } while (facts.changed && facts.stale && passes < MAX_PASSES);
  if (facts.changed && facts.stale) throw new Error(`typegrad: activity analysis did not settle after ${MAX_PASSES} passes`);
  // The last pass read every fact as it finally stands, so the answers it cached stand: the rewrite reads them.
  facts.keepTwins(essentialTwins(activity));
  const needsRewrite = (sf: TS.SourceFile): boolean => isProgramFile(program, sf) && (imports(sf) || facts.touches(sf));
  // The answer as data: the rewrite reads it and asks nothing more.
  const answers = new Facts();
  for (const sf of files) {
    if (!needsRewrite(sf)) continue;
    answers.collect(activity, sf, facts.base);
    answers.planTwins(env, facts, sf);
  }
  for (const unit of facts.units()) if (unit.kind === "twin" && facts.existingTwin(unit.fn) === unit) answers.collect(activity, unit.fn, unit);
  return { env, facts, activity, answers, needsRewrite };
}

/** True when some import or re-export of `sf` resolves into typegrad's runtime. */
function referencesTypegrad(program: TS.Program, sf: TS.SourceFile): boolean {
  return sf.statements.some((s) => {
    const specifier = (ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) && s.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier)) return false;
    const module = program.getTypeChecker().getSymbolAtLocation(specifier)?.valueDeclaration;
    return module ? isTypegradFile(module.getSourceFile().fileName) : specifier.text === "typegrad";
  });
}
