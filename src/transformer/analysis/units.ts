/**
 * The facts the activity analysis collects, per analysis unit. A unit is one way of running
 * code: `base` is the program as written; a `twin` unit is the differentiable copy `f$ad` of a
 * top-level function `f`, in which some parameters receive active values. The same AST node
 * can be inactive in `base` (so `f` stays native) and active in the twin.
 *
 * A unit's fact set holds nodes:
 *  - declarations (variables, parameters, binding elements, properties) that may hold an
 *    active value;
 *  - function nodes whose return value may be active;
 *  - references (identifiers, property accesses) that must point at a twin.
 * Facts about nodes outside a twin's function always live in `base` (module variables,
 * class fields), so a twin sees and adds to the shared facts.
 */
import type * as TS from "typescript";
import type { Escapes } from "./escape.js";
import { ParameterFlows } from "./parameter-flow.js";
import { isWithin } from "./typegrad-source.js";

/** A top-level function that can get a differentiable twin. */
export type TwinnableFunction = TS.FunctionDeclaration | TS.ArrowFunction | TS.FunctionExpression;

/** One analysis unit: the program as written, or the twin of one function. */
export type Unit = { readonly kind: "base" } | { readonly kind: "twin"; readonly fn: TwinnableFunction; readonly name: string };

/** The mutable fact store the fixpoint fills. @example state.mark(decl, unit) */
export class FactStore {
  readonly base: Unit = { kind: "base" };
  private readonly facts = new Map<Unit, Set<TS.Node>>([[this.base, new Set()]]);
  private readonly twins = new Map<TS.Node, Unit>();
  /** The files some fact lies in, kept as facts are added: `touches` is asked once per file. */
  private readonly files = new Set<TS.SourceFile>();
  private kept: Set<Unit> | undefined;
  /** The program's functions used as values (escape.ts); set once before the fixpoint. */
  escapes: Escapes = { shadowed: new Set(), inPlace: new Set(), bindCalls: new Set(), flows: new ParameterFlows(), toTypegradOnly: new Set() };
  /** Set whenever a fact or a twin is added; the fixpoint runs until a pass adds none. */
  changed = false;
  /**
   * Set when a fact or twin is added that a lookup earlier in the same pass found missing: the
   * answers that lookup gave may be stale. A pass that adds facts but leaves this unset read
   * every fact as it finally stands, so another pass would repeat it exactly (analysis.ts).
   */
  stale = false;
  /** The lookups of this pass that found no fact, per fact set. */
  private misses = new Map<Set<TS.Node>, Set<TS.Node>>();
  /** The functions whose twin a lookup of this pass found missing. */
  private missedTwins = new Set<TS.Node>();

  /** Starts a pass of the fixpoint: nothing added, nothing looked up yet. */
  beginPass(): void {
    this.changed = false;
    this.stale = false;
    this.misses = new Map();
    this.missedTwins = new Set();
  }

  /** The unit whose fact set holds facts about `node` when seen from `unit`. */
  ownerOf(node: TS.Node, unit: Unit): Unit {
    return unit.kind === "twin" && isWithin(node, unit.fn) ? unit : this.base;
  }

  /** Records a fact; returns nothing, flags `changed` when new. */
  mark(node: TS.Node, unit: Unit): void {
    const set = this.facts.get(this.ownerOf(node, unit))!;
    if (!set.has(node)) {
      if (this.misses.get(set)?.has(node)) this.stale = true;
      set.add(node);
      this.files.add(node.getSourceFile());
      this.changed = true;
    }
  }

  /** True when the fact about `node` is recorded for `unit`. */
  has(node: TS.Node, unit: Unit): boolean {
    const set = this.facts.get(this.ownerOf(node, unit))!;
    if (set.has(node)) return true;
    let missed = this.misses.get(set);
    if (!missed) this.misses.set(set, (missed = new Set()));
    missed.add(node);
    return false;
  }

  /** The twin unit of `fn`, created on first request. @example store.twinOf(helperDecl, "helper$ad") */
  twinOf(fn: TwinnableFunction, name: string): Unit {
    let twin = this.twins.get(fn);
    if (!twin) {
      if (this.missedTwins.has(fn)) this.stale = true;
      twin = { kind: "twin", fn, name };
      this.twins.set(fn, twin);
      this.facts.set(twin, new Set());
      this.changed = true;
    }
    return twin;
  }

  /** The twin of `fn` if the analysis created one (and, once `keepTwins` ran, kept it). */
  existingTwin(fn: TS.Node): Unit | undefined {
    const twin = this.twins.get(fn);
    if (!twin) this.missedTwins.add(fn);
    return twin && (!this.kept || this.kept.has(twin)) ? twin : undefined;
  }

  /**
   * The twin of `fn` if the analysis created one, emitted or not: what a call with active
   * arguments returns does not depend on it (a dropped twin's callers run the original, which
   * gives what the twin would).
   */
  createdTwin(fn: TS.Node): Unit | undefined {
    const twin = this.twins.get(fn);
    if (!twin) this.missedTwins.add(fn);
    return twin;
  }

  /** After the fixpoint: only these twins are emitted and called; the rest are dropped. */
  keepTwins(kept: Set<Unit>): void {
    this.kept = kept;
  }

  /** Every unit, base first. */
  units(): Unit[] {
    return [...this.facts.keys()];
  }

  /** The files some fact lies in. */
  touchedFiles(): Iterable<TS.SourceFile> {
    return this.files;
  }

  /** True when some fact or twin lies in `sf` (a file with none is left untouched). */
  touches(sf: TS.SourceFile): boolean {
    return this.files.has(sf);
  }
}
