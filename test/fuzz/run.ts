// The fuzzer's driver: samples program specifications from a seed, renders and compiles them in
// batches (one TypeScript program per batch), loads both compiled versions of each, checks
// them (check.ts), and shrinks each kind of failure to a small program. Used by the vitest
// file (a fixed-seed batch) and by `npm run fuzz` (cli.mjs).
//
// The compiled programs are loaded with Node's own `require` of ES modules, not through a
// bundler: it is fast, and `import … from "typegrad"` resolves to the package itself, i.e. the
// built runtime in dist/ (so build first).
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import fc from "fast-check";
import { checkProgram, type Failure, type Modules, type Stats } from "./check.js";
import { compileBatch } from "./compile.js";
import { programSpec, type Spec } from "./generate.js";
import { render, type Rendered } from "./render.js";

const root = path.resolve(import.meta.dirname, "../..");
const load = createRequire(import.meta.url);

/** The outcome of one program. */
export interface ProgramResult {
  spec: Spec;
  rendered: Rendered;
  failure?: Failure;
  stats: Stats;
  /** The compiled program's two versions, once loaded. */
  modules?: Modules;
}

/** Exposes fast-check's `Value` (a value with its shrinking context) of an arbitrary. */
class WithContext<T> extends fc.Arbitrary<fc.Value<T>> {
  constructor(private readonly inner: fc.Arbitrary<T>) {
    super();
  }
  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<fc.Value<T>> {
    const v = this.inner.generate(mrng, biasFactor);
    return new fc.Value(v, v.context);
  }
  canShrinkWithoutContext(_value: unknown): _value is fc.Value<T> {
    return false;
  }
  shrink(value: fc.Value<T>, _context: unknown): fc.Stream<fc.Value<fc.Value<T>>> {
    return this.inner.shrink(value.value_, value.context).map((v) => new fc.Value(v, v.context));
  }
}

const arbitrary = programSpec();

/**
 * The specifications of a run: `runs` samples from `seed`, each with its shrinking context.
 * @example sampleSpecs(20261129, 200).length // 200
 */
export function sampleSpecs(seed: number, runs: number): fc.Value<Spec>[] {
  return fc.sample(new WithContext(arbitrary), { seed, numRuns: runs });
}

let folders = 0;

/** The directory a run writes its programs into (cleared by `clearOutput`). */
export const OUTPUT = path.join(root, ".tmp", "fuzz");

/** Removes the programs of earlier runs (folders named after a process no longer running). */
export function clearOutput(): void {
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (const name of fs.existsSync(OUTPUT) ? fs.readdirSync(OUTPUT) : []) {
    const pid = Number(/^(?:\D*-)?(\d+)-/.exec(name)?.[1]);
    if (!(pid > 0 && alive(pid))) fs.rmSync(path.join(OUTPUT, name), { recursive: true, force: true });
  }
}

/**
 * Renders, compiles, loads and checks a batch of specifications. Each call writes a fresh
 * folder (a module once loaded stays loaded).
 * @example (await runBatch(sampleSpecs(1, 10).map((v) => v.value))).filter((r) => r.failure)
 */
export function runBatch(specs: Spec[]): ProgramResult[] {
  if (!fs.existsSync(path.join(root, "dist", "runtime", "index.js"))) throw new Error("The fuzzer loads the built runtime: run `npm run build` first.");
  const dir = path.join(OUTPUT, `${process.pid}-${folders++}`);
  const rendered = specs.map(render);
  const compiled = compileBatch(dir, rendered.map((r) => r.files));
  if (compiled.general.length > 0) throw new Error(`The batch in ${dir} has errors no program accounts for:\n${compiled.general.join("\n")}`);
  return specs.map((spec, k) => {
    const r = rendered[k]!;
    const empty: Stats = { points: 0, compared: 0, kinks: 0, rough: 0, large: 0 };
    const errors = compiled.errors.get(k);
    if (errors !== undefined) {
      const codes = [...new Set(errors.match(/TS\d+|TG\d+/g) ?? [])].sort();
      return { spec, rendered: r, failure: { category: `compile: ${codes.join(" ")}`, message: errors }, stats: empty };
    }
    let modules: Modules;
    try {
      modules = {
        typegrad: load(path.join(dir, "typegrad", `p${k}`, "main.js")) as Record<string, unknown>,
        plain: load(path.join(dir, "plain", `p${k}`, "main.js")) as Record<string, unknown>,
      };
    } catch (error) {
      const text = error instanceof Error ? `${error.constructor.name}: ${error.message.split("\n")[0]}` : String(error);
      return { spec, rendered: r, failure: { category: `load: ${text.replace(/\d+/g, "N").slice(0, 100)}`, message: text }, stats: empty };
    }
    return { spec, rendered: r, modules, ...checkProgram(r, modules) };
  });
}

/** A program as a report shows it: each file, then the points. */
export function describeProgram(rendered: Rendered): string {
  const files = Object.entries(rendered.files).map(([name, text]) => `// ${name}\n${text.trimEnd()}`);
  const points = rendered.points.map((c) => (rendered.kind === "binary" ? `(${c.join(", ")})` : `[${c.join(", ")}]`));
  return [...files, `// points: ${points.join(", ")}${rendered.kind === "typed" ? " (as Float64Arrays)" : ""}`].join("\n");
}

/**
 * Shrinks a failing specification: takes fast-check's smaller candidates a batch at a time and
 * moves to the first that fails in the same category, until none does (or the budget ends).
 */
export function shrink(start: fc.Value<Spec>, result: ProgramResult, budgetMs: number, chunk = 24, perRound = 96): { result: ProgramResult; steps: number } {
  const category = result.failure!.category;
  const end = Date.now() + budgetMs;
  let current = start;
  let best = result;
  let steps = 0;
  while (Date.now() < end) {
    const candidates = arbitrary.shrink(current.value_, current.context);
    let found = false;
    for (let tried = 0; tried < perRound && !found && Date.now() < end; tried += chunk) {
      const batch = [...candidates.take(chunk)];
      if (batch.length === 0) break;
      const results = runBatch(batch.map((v) => v.value_));
      const k = results.findIndex((r) => r.failure?.category === category);
      if (k >= 0) {
        current = batch[k]!;
        best = results[k]!;
        steps++;
        found = true;
      }
    }
    if (!found) break;
  }
  return { result: best, steps };
}

/** What a run found. */
export interface Summary {
  seed: number;
  from: number;
  runs: number;
  passed: number;
  failed: number;
  /** Failures by category, with the first program's index. */
  categories: Map<string, { count: number; first: number }>;
  /** The shrunk program of each category (as many as were shrunk). */
  shrunk: { category: string; message: string; program: string; steps: number }[];
  stats: Stats;
  seconds: number;
}

export interface FuzzOptions {
  runs: number;
  seed: number;
  /** Skip the seed's first `from` programs (to repeat part of a long run). */
  from?: number;
  /** Programs per TypeScript program. */
  batch?: number;
  /** Shrink the first failure of each category, at most this many categories (default 5). */
  shrinkCategories?: number;
  /** Time for shrinking one failure, in ms (default 120 s). */
  shrinkBudget?: number;
  /** Progress lines. */
  log?: (line: string) => void;
}

/**
 * A whole run: `runs` programs from `seed`, then the shrinking of the failures.
 * @example formatSummary(fuzz({ runs: 100, seed: 1 }))
 */
export function fuzz(options: FuzzOptions): Summary {
  const { runs, seed, from = 0, batch = 100, shrinkCategories = 5, shrinkBudget = 120_000, log = () => {} } = options;
  const started = Date.now();
  const values = sampleSpecs(seed, from + runs).slice(from);
  const summary: Summary = { seed, from, runs, passed: 0, failed: 0, categories: new Map(), shrunk: [], stats: { points: 0, compared: 0, kinks: 0, rough: 0, large: 0 }, seconds: 0 };
  const failures: { index: number; result: ProgramResult }[] = [];
  for (let start = 0; start < runs; start += batch) {
    const slice = values.slice(start, start + batch);
    const results = runBatch(slice.map((v) => v.value_));
    results.forEach((r, k) => {
      for (const key of Object.keys(r.stats) as (keyof Stats)[]) summary.stats[key] += r.stats[key];
      if (!r.failure) {
        summary.passed++;
        return;
      }
      summary.failed++;
      const seen = summary.categories.get(r.failure.category);
      if (seen) seen.count++;
      else summary.categories.set(r.failure.category, { count: 1, first: from + start + k });
      failures.push({ index: from + start + k, result: r });
    });
    const done = Math.min(runs, start + batch);
    log(`${done}/${runs} programs: ${summary.passed} passed, ${summary.failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  for (const [category, { first }] of [...summary.categories].slice(0, shrinkCategories)) {
    log(`shrinking a failure of "${category}" (program ${first})…`);
    const { result, steps } = shrink(values[first - from]!, failures.find((f) => f.index === first)!.result, shrinkBudget);
    summary.shrunk.push({ category, message: result.failure!.message, program: describeProgram(result.rendered), steps });
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

/** The summary as text. */
export function formatSummary(s: Summary): string {
  const lines = [
    `typegrad fuzz: seed ${s.seed}, ${s.runs} programs${s.from > 0 ? ` (${s.from}–${s.from + s.runs - 1})` : ""}: ${s.passed} passed, ${s.failed} failed (${s.seconds.toFixed(0)} s)`,
    `points ${s.stats.points}; derivatives compared with central differences ${s.stats.compared}, skipped at kinks ${s.stats.kinks}, too rough ${s.stats.rough}; points with values above 1e8 ${s.stats.large}`,
  ];
  for (const [category, { count, first }] of s.categories) lines.push(`  ${count} × ${category} (first: program ${first})`);
  for (const f of s.shrunk) {
    lines.push("", `── ${f.category} — shrunk in ${f.steps} steps`, f.message, f.program);
  }
  return lines.join("\n");
}
