/**
 * Adjoint code of one loop iteration of a compiled replay, written with what is known while the
 * code is generated: an adjoint that nothing has reached yet is zero, a seed is the constant 1,
 * and a partial may be a constant (`100 * t` has ∂/∂t = 100). The statements the sweep would run
 * (`a += p * b` from a zeroed `a`) become fewer: the first contribution is assigned
 * (`a = p * b`), `1 * b` is `b`, and constant terms are folded while the code is generated.
 *
 * Why the results stay the tape's to the bit: every accumulator of the sweep starts at +0, so it
 * is never −0 (+0 + −0 is +0, and x + (−x) is +0). Assigning the first term instead of adding it
 * to +0 changes a value only when that term is −0, and then only to −0. Such a difference only
 * ever turns into another zero's sign: adjoints are multiplied by partials (0·∞ is NaN for
 * either sign) and added up (x + ±0 is x for x ≠ 0). An adjoint that leaves the iteration for
 * memory (a gradient entry, a carried adjoint) is written as `0 + a`, which turns −0 into +0,
 * unless it started from memory (then it was accumulated onto an entry that is never −0).
 * Terms that multiply a zero adjoint are kept unless their partial is a finite constant, so
 * 0·∞ = NaN still appears where the sweep makes it.
 */
import { lit } from "./graph-loops.js";

/** A partial or an operand: a number known while generating code, or a JavaScript expression. */
export type Term = number | string;

type State =
  | { kind: "zero" } // +0 or −0: nothing has reached it yet (or only zeros)
  | { kind: "const"; value: number } // a number known now, up to the sign of a zero
  | { kind: "var"; exact: boolean }; // in the local of that name; `exact`: never −0 (accumulated on a loaded entry)

/** The adjoint statements of one iteration, with the state of each adjoint local. */
export class AdjointCode {
  private readonly states = new Map<string, State>();
  private readonly declared = new Set<string>();
  readonly lines: string[] = [];

  /** `name` starts at zero (a local declared on first use). */
  zero(name: string): void {
    this.states.set(name, { kind: "zero" });
  }

  /** `name` starts at a number known now. */
  constant(name: string, value: number): void {
    this.states.set(name, value === 0 ? { kind: "zero" } : { kind: "const", value });
  }

  /** `name` starts at a run-time value: a local already declared, or declared here as `let name = init`. */
  runtime(name: string, init: string | null): void {
    if (init !== null) this.lines.push(`let ${name} = ${init};`);
    this.declared.add(name);
    this.states.set(name, { kind: "var", exact: true });
  }

  /** True when `name` is a local whose state is kept. */
  has(name: string): boolean {
    return this.states.has(name);
  }

  /** The adjoint's current value as a term. */
  read(name: string): Term {
    const s = this.states.get(name)!;
    return s.kind === "zero" ? 0 : s.kind === "const" ? s.value : name;
  }

  /** A statement as it is. */
  raw(line: string): void {
    this.lines.push(line);
  }

  /** `target += partial · source`, as the sweep adds it; a target that is not a local is a memory entry. */
  add(target: string, partial: Term, source: string): void {
    const term = product(partial, this.read(source));
    if (term === null) return; // a zero from a finite constant partial: it changes no sum
    const s = this.states.get(target);
    if (s === undefined) {
      this.lines.push(`${target} += ${typeof term === "number" ? lit(term) : term};`);
      return;
    }
    if (s.kind === "zero" || s.kind === "const") {
      if (typeof term === "number") {
        this.constant(target, (s.kind === "zero" ? 0 : s.value) + term);
        return;
      }
      this.assign(target, s.kind === "zero" ? term : `${lit(s.value)} + ${term}`);
      return;
    }
    this.lines.push(`${target} += ${typeof term === "number" ? lit(term) : term};`);
  }

  /** The value to store into memory: never −0 (see the file's comment). Null when it is zero. */
  stored(name: string): string | null {
    const s = this.states.get(name)!;
    if (s.kind === "zero") return null;
    if (s.kind === "const") return lit(0 + s.value);
    return s.exact ? name : `0 + ${name}`;
  }

  /** The value as an expression (a zero as 0), for code that reads it as it is. */
  value(name: string): string {
    const t = this.read(name);
    return typeof t === "number" ? lit(t) : t;
  }

  private assign(name: string, expr: string): void {
    this.lines.push(`${this.declared.has(name) ? "" : "let "}${name} = ${expr};`);
    this.declared.add(name);
    this.states.set(name, { kind: "var", exact: false });
  }
}

/** `partial · adjoint` as a term, or null when it is a zero that changes no sum. */
function product(partial: Term, adjoint: Term): Term | null {
  if (typeof partial === "number" && typeof adjoint === "number") {
    const v = partial * adjoint;
    return v === 0 ? null : v;
  }
  if (adjoint === 0) return `(${partial}) * 0`; // 0·∞ and 0·NaN are NaN, as in the sweep
  if (typeof partial === "number") return partial === 1 ? (adjoint as string) : partial === -1 ? `-${adjoint}` : `${lit(partial)} * ${adjoint}`;
  if (adjoint === 1) return `(${partial})`;
  if (adjoint === -1) return `-(${partial})`;
  return `(${partial}) * ${typeof adjoint === "number" ? lit(adjoint) : adjoint}`;
}
