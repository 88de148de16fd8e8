// Generates random differentiable TypeScript programs for the end-to-end fuzzer. A program is
// `export function f(x: number[]): number` (or of `x: Float64Array`, or `(a: number, b: number)`) with locals,
// reassignment, loops, branches, early returns, helpers (some in another module), arrays,
// closures, classes, Maps, strings and objects beside the numbers, plus the exports the checks
// call (`valueAndGrad(f)`, `grad(f)`, `jacfwd(f)` / `derivative`).
//
// fast-check generates a specification — plain data in which a variable is named by a number
// taken modulo what is in scope — and render.ts turns it into source text. Naming by index
// keeps every shrunk specification a valid program.
import fc from "fast-check";

/**
 * What the generator leaves out because it hits a known gap in typegrad. Each entry names the
 * gap; setting it to `false` lets the generator produce such programs again (and the fuzzer
 * should then pass once the gap is fixed).
 */
export const AVOID_KNOWN_GAPS = {
  /**
   * `Math.exp` in differentiated code once took typegrad's correctly rounded `exp` instead of
   * V8's value (issue 12, item 4): fixed, so generated.
   */
  mathFunctionsInValues: false,
  /**
   * The written-out logistic and softplus once became `sigmoid`/`softplus` with other last bits
   * (issue 12, item 4): fixed, so generated.
   */
  sigmoidSoftplusPatterns: false,
  /** `any`-typed strings and booleans beside active values were once wrapped as numbers (issue 12, item 2): fixed, so generated. */
  anyTypedValues: false,
  /** A Float64Array's `reduce` (declared to return `number`) was once taken for inactive (test/fuzz/findings.test.ts): fixed, so generated. */
  typedArrayReduce: false,
};

// ── the specification ───────────────────────────────────────────────────────────────────────

/** A comparison operator. */
export type Cmp = "<" | ">" | "<=" | ">=";

/** An expression. A number `i` naming something in scope is taken modulo what there is. */
export type Expr =
  | { k: "var"; i: number }
  | { k: "const"; i: number }
  | { k: "op"; op: "+" | "-" | "*"; a: Expr; b: Expr }
  | { k: "div"; a: Expr; b: Expr }
  | { k: "neg"; a: Expr; plus?: boolean }
  | { k: "mapGet"; m: number; key: number }
  | { k: "math"; fn: number; a: Expr }
  | { k: "math2"; fn: number; a: Expr; b: Expr }
  | { k: "pow"; n: 2 | 3; a: Expr }
  | { k: "kink"; fn: number; a: Expr; b: Expr }
  | { k: "cond"; cmp: Cmp; a: Expr; b: Expr; t: Expr; f: Expr }
  | { k: "call"; h: number; args: Expr[] }
  | { k: "closure"; c: number; a: Expr }
  | { k: "elem"; arr: number; i: number }
  | { k: "field"; o: number; f: number }
  | { k: "length"; s: number }
  | { k: "reduce"; arr: number; body: Expr }
  | { k: "filterSum"; arr: number; c: number; body: Expr }
  | { k: "spread"; fn: "max" | "min" | "hypot"; arr: number }
  | { k: "arrayLength"; arr: number }
  | { k: "gap"; fn: number; a: Expr };

/** A statement. */
export type Stmt =
  | { k: "let"; e: Expr; mutable: boolean }
  | { k: "letSplit"; cmp: Cmp; a: Expr; b: Expr; e: Expr; e2: Expr }
  | { k: "jump"; jump: "break" | "continue"; cmp: Cmp; a: Expr; b: Expr }
  | { k: "accumulator"; e: Expr; e2: Expr; e3: Expr }
  | { k: "set"; v: number; op: "=" | "+=" | "-=" | "*="; e: Expr }
  | { k: "step"; v: number; op: "++" | "--" }
  | { k: "if"; cmp: Cmp; a: Expr; b: Expr; then: Stmt[]; else: Stmt[] }
  | { k: "return"; cmp: Cmp; a: Expr; b: Expr; e: Expr }
  | { k: "loop"; form: "count" | "of" | "while" | "forEach" | "index" | "entries" | "doWhile" | "switch"; arr: number; n: number; body: Stmt[] }
  | { k: "try"; body: Stmt[]; handler: Stmt[]; form: "catch" | "finally" }
  | { k: "map"; e: Expr; e2: Expr }
  | { k: "array"; form: "literal" | "map" | "push" | "spread" | "slice" | "mathMap" | "closureMap" | "concat" | "fromLength"; arr: number; es: Expr[] }
  | { k: "arraySet"; arr: number; i: number; op: "=" | "+="; e: Expr }
  | { k: "destructure"; arr: number }
  | { k: "object"; form: "literal" | "spread"; o: number; w: Expr; b: Expr }
  | { k: "objectSet"; o: number; f: number; op: "=" | "+=" | "*="; e: Expr }
  | { k: "objectDestructure"; o: number }
  | { k: "string"; text: number }
  | { k: "stringAdd"; s: number; form: "+=" | "concat" | "template" | "counter" | "String" | "toFixed" | "choice"; e: Expr; e2: Expr }
  | { k: "closure"; form: "arrow" | "factory" | "function" | "mutating"; e: Expr; k2: Expr; v: number }
  | { k: "anyValue"; e: Expr };

/** A helper function: its parameters, body and result. */
export interface Helper {
  params: "num" | "num2" | "arr" | "obj" | "fn" | "rec";
  form: "function" | "arrow";
  home: "main" | "module";
  body: Stmt[];
  ret: Expr;
}

/** A whole program. */
export interface Spec {
  /** f(x: number[]), f(a: number, b: number) or f(x: Float64Array). */
  kind: "vector" | "binary" | "typed";
  /** The length of x (vector and typed programs). */
  n: number;
  form: "function" | "arrow";
  helpers: Helper[];
  body: Stmt[];
  ret: Expr;
  /** Points at which the checks evaluate f (the first n, or 2, coordinates of each). */
  points: number[][];
}

// ── tables ──────────────────────────────────────────────────────────────────────────────────

export const CONSTS = ["0.5", "2", "1.5", "-0.75", "3", "0.25", "-1.25"];

/** Smooth one-argument forms, each defined and differentiable for every finite argument. */
export const MATH: ((a: string) => string)[] = [
  (a) => `Math.sin(${a})`,
  (a) => `Math.cos(${a})`,
  (a) => `Math.tanh(${a})`,
  (a) => `Math.atan(${a})`,
  (a) => `Math.asinh(${a})`,
  (a) => `Math.sqrt(1.5 + Math.sin(${a}))`,
  (a) => `Math.log(2 + Math.cos(${a}))`,
  (a) => `Math.log1p(Math.tanh(${a}) ** 2)`,
  (a) => `Math.cbrt(2 + Math.sin(${a}))`,
  (a) => `Math.hypot(${a}, 1)`,
  (a) => `Math.expm1(Math.sin(${a}))`,
  (a) => `Math.log2(1.5 + Math.cos(${a}))`,
  (a) => `Math.cosh(Math.sin(${a}))`,
  (a) => `Math.sinh(Math.atan(${a}))`,
  (a) => `Math.pow(Math.cos(${a}), 2)`,
];

/** Smooth two-argument forms. */
export const MATH2: ((a: string, b: string) => string)[] = [
  (a, b) => `Math.atan2(${a}, 2 + Math.cos(${b}))`,
  (a, b) => `Math.hypot(${a}, ${b}, 0.5)`,
  (a, b) => `${a} / (1.5 + Math.sin(${b}))`,
  (a, b) => `(1.5 + Math.sin(${a})) ** Math.cos(${b})`,
];

/** Forms that are not smooth everywhere; the model records which side of each kink it took. */
export const KINKS: { ts: (a: string, b: string) => string; model: (a: string, b: string) => string }[] = [
  { ts: (a) => `Math.abs(${a})`, model: (a) => `__abs(${a})` },
  { ts: (a, b) => `Math.max(${a}, ${b})`, model: (a, b) => `__max(${a}, ${b})` },
  { ts: (a, b) => `Math.min(${a}, ${b})`, model: (a, b) => `__min(${a}, ${b})` },
  { ts: (a) => `Math.floor(${a})`, model: (a) => `__floor(${a})` },
  { ts: (a) => `(${a} % 1.5)`, model: (a) => `__mod(${a}, 1.5)` },
  { ts: (a) => `Math.round(${a})`, model: (a) => `__round(${a})` },
  { ts: (a) => `Math.sign(${a})`, model: (a) => `__sign(${a})` },
  { ts: (a) => `Math.max(${a}, 0)`, model: (a) => `__max(${a}, 0)` },
];

/**
 * Forms that hit a gap of AVOID_KNOWN_GAPS, generated only when its entry is false: which
 * entry each needs is `gap`.
 */
export const GAPS: { gap: keyof typeof AVOID_KNOWN_GAPS; ts: (a: string) => string }[] = [
  { gap: "mathFunctionsInValues", ts: (a) => `Math.exp(Math.sin(${a}))` },
  { gap: "mathFunctionsInValues", ts: (a) => `Math.exp(${a} / 4)` },
  { gap: "sigmoidSoftplusPatterns", ts: (a) => `1 / (1 + Math.exp(-(${a})))` },
  { gap: "sigmoidSoftplusPatterns", ts: (a) => `Math.log(1 + Math.exp(${a}))` },
];

/** Whether the generator avoids a gap: as AVOID_KNOWN_GAPS says, unless FUZZ_KNOWN_GAPS=1 (`npm run fuzz -- --gaps`). */
export const avoids = (gap: keyof typeof AVOID_KNOWN_GAPS): boolean => AVOID_KNOWN_GAPS[gap] && process.env.FUZZ_KNOWN_GAPS !== "1";

/** The forms of GAPS the generator may use. */
export const enabledGaps = () => GAPS.filter((g) => !avoids(g.gap));

export const WORDS = ['"run"', '"w"', '""', '"step:"'];

// ── arbitraries ─────────────────────────────────────────────────────────────────────────────

const index = fc.nat(7);
const cmp = fc.constantFrom<Cmp>("<", ">", "<=", ">=");

/** Expressions of at most `depth` levels. */
function expr(depth: number): fc.Arbitrary<Expr> {
  const leaf = fc.oneof(
    { weight: 6, arbitrary: index.map((i): Expr => ({ k: "var", i })) },
    { weight: 2, arbitrary: fc.nat(CONSTS.length - 1).map((i): Expr => ({ k: "const", i })) },
    { weight: 1, arbitrary: fc.record({ arr: index, i: index }).map((r): Expr => ({ k: "elem", ...r })) },
    { weight: 1, arbitrary: fc.record({ o: index, f: fc.nat(1) }).map((r): Expr => ({ k: "field", ...r })) },
    { weight: 1, arbitrary: index.map((s): Expr => ({ k: "length", s })) },
  );
  if (depth <= 0) return leaf;
  const e = expr(depth - 1);
  const gaps = enabledGaps();
  return fc.oneof(
    { weight: 8, arbitrary: leaf },
    { weight: 6, arbitrary: fc.record({ op: fc.constantFrom<"+" | "-" | "*">("+", "-", "*"), a: e, b: e }).map((r): Expr => ({ k: "op", ...r })) },
    { weight: 1, arbitrary: fc.record({ a: e, b: e }).map((r): Expr => ({ k: "div", ...r })) },
    { weight: 1, arbitrary: fc.record({ a: e, plus: fc.boolean() }).map((r): Expr => ({ k: "neg", ...r })) },
    { weight: 1, arbitrary: fc.record({ m: index, key: fc.nat(2) }).map((r): Expr => ({ k: "mapGet", ...r })) },
    { weight: 4, arbitrary: fc.record({ fn: fc.nat(MATH.length - 1), a: e }).map((r): Expr => ({ k: "math", ...r })) },
    { weight: 1, arbitrary: fc.record({ fn: fc.nat(MATH2.length - 1), a: e, b: e }).map((r): Expr => ({ k: "math2", ...r })) },
    { weight: 1, arbitrary: fc.record({ n: fc.constantFrom<2 | 3>(2, 3), a: e }).map((r): Expr => ({ k: "pow", ...r })) },
    { weight: 2, arbitrary: fc.record({ fn: fc.nat(KINKS.length - 1), a: e, b: e }).map((r): Expr => ({ k: "kink", ...r })) },
    { weight: 1, arbitrary: fc.record({ cmp, a: e, b: e, t: e, f: e }).map((r): Expr => ({ k: "cond", ...r })) },
    { weight: 3, arbitrary: fc.record({ h: index, args: fc.array(e, { minLength: 2, maxLength: 2 }) }).map((r): Expr => ({ k: "call", ...r })) },
    { weight: 2, arbitrary: fc.record({ c: index, a: e }).map((r): Expr => ({ k: "closure", ...r })) },
    { weight: 1, arbitrary: fc.record({ arr: index, body: e }).map((r): Expr => ({ k: "reduce", ...r })) },
    { weight: 1, arbitrary: fc.record({ arr: index, c: fc.nat(CONSTS.length - 1), body: e }).map((r): Expr => ({ k: "filterSum", ...r })) },
    { weight: 1, arbitrary: fc.record({ fn: fc.constantFrom<"max" | "min" | "hypot">("max", "min", "hypot"), arr: index }).map((r): Expr => ({ k: "spread", ...r })) },
    { weight: 1, arbitrary: index.map((arr): Expr => ({ k: "arrayLength", arr })) },
    ...(gaps.length > 0 ? [{ weight: 2, arbitrary: fc.record({ fn: fc.nat(gaps.length - 1), a: e }).map((r): Expr => ({ k: "gap", ...r })) }] : []),
  );
}

/** Statements nested at most `depth` blocks deep. */
function statements(depth: number, maxLength: number): fc.Arbitrary<Stmt[]> {
  const e = expr(2);
  const stringAdd = fc
    .record({ s: index, form: fc.constantFrom("+=", "concat", "template", "counter", "String", "toFixed", "choice"), e, e2: e })
    .map((r): Stmt => ({ k: "stringAdd", ...r }) as Stmt);
  const simple: fc.Arbitrary<Stmt>[] = [
    fc.record({ e, mutable: fc.boolean() }).map((r): Stmt => ({ k: "let", ...r })),
    fc.record({ cmp, a: e, b: e, e, e2: e }).map((r): Stmt => ({ k: "letSplit", ...r })),
    fc.record({ jump: fc.constantFrom<"break" | "continue">("break", "continue"), cmp, a: e, b: e }).map((r): Stmt => ({ k: "jump", ...r })),
    fc.record({ e, e2: e, e3: e }).map((r): Stmt => ({ k: "accumulator", ...r })),
    fc.record({ e, e2: e }).map((r): Stmt => ({ k: "map", ...r })),
    fc.record({ v: index, op: fc.constantFrom<"=" | "+=" | "-=" | "*=">("=", "+=", "-=", "*="), e }).map((r): Stmt => ({ k: "set", ...r })),
    fc.record({ v: index, op: fc.constantFrom<"++" | "--">("++", "--") }).map((r): Stmt => ({ k: "step", ...r })),
    fc.record({ cmp, a: e, b: e, e }).map((r): Stmt => ({ k: "return", ...r })),
    fc
      .record({ form: fc.constantFrom("literal", "map", "push", "spread", "slice", "mathMap", "closureMap", "concat", "fromLength"), arr: index, es: fc.array(e, { minLength: 3, maxLength: 3 }) })
      .map((r): Stmt => ({ k: "array", ...r }) as Stmt),
    fc.record({ arr: index, i: index, op: fc.constantFrom<"=" | "+=">("=", "+="), e }).map((r): Stmt => ({ k: "arraySet", ...r })),
    index.map((arr): Stmt => ({ k: "destructure", arr })),
    fc.record({ form: fc.constantFrom<"literal" | "spread">("literal", "spread"), o: index, w: e, b: e }).map((r): Stmt => ({ k: "object", ...r })),
    fc.record({ o: index, f: fc.nat(1), op: fc.constantFrom<"=" | "+=" | "*=">("=", "+=", "*="), e }).map((r): Stmt => ({ k: "objectSet", ...r })),
    index.map((o): Stmt => ({ k: "objectDestructure", o })),
    fc.nat(WORDS.length - 1).map((text): Stmt => ({ k: "string", text })),
    stringAdd,
    stringAdd,
    stringAdd,
    fc
      .record({ form: fc.constantFrom<"arrow" | "factory" | "function" | "mutating">("arrow", "factory", "function", "mutating"), e, k2: e, v: index })
      .map((r): Stmt => ({ k: "closure", ...r })),
  ];
  if (!avoids("anyTypedValues")) simple.push(e.map((x): Stmt => ({ k: "anyValue", e: x })));
  const choices = [...simple];
  if (depth > 0) {
    const body = statements(depth - 1, 3);
    choices.push(
      fc.record({ cmp, a: e, b: e, then: body, else: body }).map((r): Stmt => ({ k: "if", ...r })),
      fc
        .record({ form: fc.constantFrom("count", "of", "while", "forEach", "index", "entries", "doWhile", "switch"), arr: index, n: fc.integer({ min: 1, max: 3 }), body })
        .map((r): Stmt => ({ k: "loop", ...r }) as Stmt),
      fc.record({ body, handler: body, form: fc.constantFrom<"catch" | "finally">("catch", "finally") }).map((r): Stmt => ({ k: "try", ...r })),
    );
  }
  return fc.array(fc.oneof(...choices), { maxLength });
}

const helper: fc.Arbitrary<Helper> = fc.record({
  params: fc.constantFrom<Helper["params"]>("num", "num2", "arr", "obj", "fn", "rec"),
  form: fc.constantFrom<Helper["form"]>("function", "arrow"),
  home: fc.constantFrom<Helper["home"]>("main", "module"),
  body: statements(1, 3),
  ret: expr(2),
});

/** A coordinate of a point: a short decimal in [-1.9, 1.9]. */
const coordinate = fc.integer({ min: -190, max: 190 }).map((k) => k / 100 + 0.005);

/**
 * Arbitrary program specifications.
 * @example fc.sample(programSpec(), { seed: 1, numRuns: 3 }).map((s) => render(s).files["main.ts"])
 */
export function programSpec(): fc.Arbitrary<Spec> {
  return fc.record({
    kind: fc.constantFrom<Spec["kind"]>("vector", "binary", "typed"),
    n: fc.integer({ min: 2, max: 4 }),
    form: fc.constantFrom<Spec["form"]>("function", "arrow"),
    helpers: fc.array(helper, { maxLength: 3 }),
    body: statements(2, 8).filter((b) => b.length >= 2),
    ret: expr(3),
    points: fc.array(fc.array(coordinate, { minLength: 4, maxLength: 4 }), { minLength: 2, maxLength: 2 }),
  });
}
