/**
 * Adjoint code of one loop iteration of a compiled replay, written with what is known while the
 * code is generated: an adjoint that nothing has reached yet is zero, a seed is the constant 1,
 * and a partial may be a constant (`100 * t` has ∂/∂t = 100). The statements the sweep would run
 * (`a += p * b` from a zeroed `a`) become fewer: the first contribution is assigned (`a = p * b`),
 * `1 * b` is `b`, a copy or a negation is a name (and a sign) rather than a statement, so
 * `a += -1 * b` is `a -= b`, and constant terms are folded while the code is generated.
 *
 * Why the results stay the tape's to the bit: every accumulator of the sweep starts at +0, so it
 * is never −0 (+0 + −0 is +0, and x + (−x) is +0). The rewritings above are exact in IEEE
 * arithmetic (−a + −b = −(a + b), x + (−y) = x − y, (−p)·x = −(p·x), rounding being symmetric)
 * except for the sign of a zero: assigning the first term instead of adding it to +0 gives −0
 * where the sweep has +0. Such a difference only ever turns into another zero's sign: adjoints
 * are multiplied by partials (0·∞ is NaN for either sign) and added up (x ± 0 is x for x ≠ 0).
 * An adjoint that leaves the iteration for memory (a gradient entry, a node's adjoint) is written
 * as `0 + a` (or `0 - a`), which is +0 for either zero, unless it was accumulated onto an entry
 * loaded from memory, which is never −0. Terms that multiply a zero adjoint are kept unless their
 * partial is a finite constant, so 0·∞ = NaN still appears where the sweep makes it.
 */
import { lit } from "./graph-loops.js";

/** A partial or an operand: a number known while generating code, or a JavaScript expression. */
export type Term = number | string;

/** A local's value: `name`, or its negation when `neg`. */
interface Local {
  kind: "var";
  name: string;
  neg: boolean;
  /** False while `name` is another value's (a copy not written out): adding to it declares the adjoint's own local. */
  owned: boolean;
  /** Never −0: accumulated on a value loaded from memory, or made +0 by `0 + …`. */
  exact: boolean;
}
type State = { kind: "zero" } | { kind: "const"; value: number } | Local;
/** `expr`, or its negation when `neg`; or a number. */
type Product = { expr: string; neg: boolean } | { value: number };

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** An expression as an operand of `*`, `+` or `-`. */
const operand = (e: string) => (IDENTIFIER.test(e) || /^[\w$]+\[[^[\]]*\]$/.test(e) ? e : `(${e})`);

/** The adjoint statements of one iteration, with the state of each adjoint local. */
export class AdjointCode {
  private readonly states = new Map<string, State>();
  /** Adjoints stored to memory at the end: their first term is added to +0 at once. */
  private readonly toMemory = new Set<string>();
  readonly lines: string[] = [];

  /** `name` starts at zero; `toMemory`: it is stored at the end (the first term is added to 0 when it comes). */
  zero(name: string, toMemory = false): void {
    this.states.set(name, { kind: "zero" });
    if (toMemory) this.toMemory.add(name);
  }

  /** `name` starts at a number known now. */
  constant(name: string, value: number): void {
    this.states.set(name, value === 0 ? { kind: "zero" } : { kind: "const", value });
  }

  /** `name` starts at a run-time value (never −0): a local already declared, or declared here as `let name = init`. */
  runtime(name: string, init: string | null): void {
    if (init !== null) this.lines.push(`let ${name} = ${init};`);
    this.states.set(name, { kind: "var", name, neg: false, owned: true, exact: true });
  }

  /** True when `name` is a local whose state is kept. */
  has(name: string): boolean {
    return this.states.has(name);
  }

  /** A statement as it is. */
  raw(line: string): void {
    this.lines.push(line);
  }

  /** `target += partial · source`, as the sweep adds it; a target that is not a local is a memory entry. */
  add(target: string, partial: Term, source: string): void {
    const term = product(partial, this.states.get(source)!);
    if (term === null) return; // a zero from a finite constant partial: it changes no sum
    const s = this.states.get(target);
    if (s === undefined) {
      // A memory entry (never −0): `+=` as the sweep does it.
      this.lines.push("value" in term ? `${target} += ${lit(term.value)};` : `${target} ${term.neg ? "-" : "+"}= ${term.expr};`);
      return;
    }
    if (s.kind === "zero" || s.kind === "const") {
      const base = s.kind === "zero" ? 0 : s.value;
      if ("value" in term) return this.constant(target, base + term.value);
      if (s.kind === "zero" && !this.toMemory.has(target)) {
        // The first term, assigned: a name is taken as it is (with its sign), anything else gets a local.
        if (IDENTIFIER.test(term.expr)) this.states.set(target, { kind: "var", name: term.expr, neg: term.neg, owned: false, exact: false });
        else this.declare(target, term.expr, term.neg, false);
        return;
      }
      // A constant plus the term (a nonzero constant's sum is never −0), or 0 + term for memory.
      this.declare(target, `${lit(base)} ${term.neg ? "-" : "+"} ${operand(term.expr)}`, false, true);
      return;
    }
    // value = ±name + term: with equal signs ±(name + term), else ±(name − term); a number's sign is folded.
    let op = "+", rhs: string;
    if ("value" in term) rhs = lit(s.neg ? -term.value : term.value);
    else (op = s.neg === term.neg ? "+" : "-"), (rhs = term.expr);
    if (s.owned) this.lines.push(`${s.name} ${op}= ${rhs};`);
    else this.declare(target, `${s.name} ${op} ${operand(rhs)}`, s.neg, false);
  }

  /** The value to store into memory: never −0 (see the file's comment). Null when it is zero. */
  stored(name: string): string | null {
    const s = this.states.get(name)!;
    if (s.kind === "zero") return null;
    if (s.kind === "const") return lit(0 + s.value);
    if (s.exact && s.owned && !s.neg) return s.name;
    return `0 ${s.neg ? "-" : "+"} ${s.name}`;
  }

  private declare(name: string, expr: string, neg: boolean, exact: boolean): void {
    this.lines.push(`let ${name} = ${expr};`);
    this.states.set(name, { kind: "var", name, neg, owned: true, exact });
  }
}

/** `partial · adjoint`, or null when it is a zero that changes no sum. */
function product(partial: Term, adjoint: State): Product | null {
  if (adjoint.kind === "zero") {
    if (typeof partial === "string") return { expr: `${operand(partial)} * 0`, neg: false }; // 0·∞ and 0·NaN are NaN, as in the sweep
    const v = partial * 0;
    return v === 0 ? null : { value: v };
  }
  if (adjoint.kind === "const") {
    if (typeof partial === "number") {
      const v = partial * adjoint.value;
      return v === 0 ? null : { value: v };
    }
    const c = adjoint.value;
    return c === 1 || c === -1 ? { expr: partial, neg: c === -1 } : { expr: `${operand(partial)} * ${lit(c)}`, neg: false };
  }
  if (typeof partial === "number") {
    if (partial === 1 || partial === -1) return { expr: adjoint.name, neg: adjoint.neg !== (partial === -1) };
    return partial < 0 ? { expr: `${lit(-partial)} * ${adjoint.name}`, neg: !adjoint.neg } : { expr: `${lit(partial)} * ${adjoint.name}`, neg: adjoint.neg };
  }
  return { expr: `${operand(partial)} * ${adjoint.name}`, neg: adjoint.neg };
}
