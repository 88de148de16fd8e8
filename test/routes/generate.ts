// Generates TypeScript programs that hand a function through a random chain of ordinary
// JavaScript routes — an object field, a Map, a factory, compose, bind, a class method… — to a
// helper in another module that differentiates it. Each program comes with a model: plain
// JavaScript for the same composed function, written independently of typegrad, so the test
// can check the plain values and take central differences of known semantics.
import fc from "fast-check";
import { expressionForms } from "../transformer/random-expressions.js";

/** The shapes of function the programs pass around. */
export type Kind = "unary" | "binary" | "vector";

interface Signature {
  /** TypeScript parameter list, its plain JavaScript form, and the argument list. */
  params: string;
  jsParams: string;
  args: string;
  type: string;
  decoy: string;
}

export const SIGNATURES: Record<Kind, Signature> = {
  unary: { params: "x: number", jsParams: "x", args: "x", type: "(x: number) => number", decoy: "3 * x - 1" },
  binary: { params: "x: number, y: number", jsParams: "x, y", args: "x, y", type: "(x: number, y: number) => number", decoy: "3 * x - y" },
  vector: { params: "v: number[]", jsParams: "v", args: "v", type: "(v: number[]) => number", decoy: "3 * v[0] - v[1]" },
};

/** A function value part-way along its chain of routes. */
export interface Chain {
  kind: Kind;
  /** Statements of main.ts, in order. */
  lines: string[];
  /** A TypeScript expression for the current function value. */
  value: string;
  /** A plain JavaScript expression for the same function (the model). */
  model: string;
  /** True when `value` is a name whose calls the transformer sees through (see `named`). */
  callable: boolean;
  /** The routes taken so far. */
  taken: string[];
  /** For fresh names. */
  n: number;
}

/** One step of a chain; `variant` (0–5) picks among a route's small variations. */
type Route = (c: Chain, variant: number) => Chain;

/**
 * The programs use the natural forms (inferred function types, aliases, `.bind` of any function
 * value), which once hit the bugs now covered by findings.test.ts; ROUTES_WORKAROUNDS=1 writes
 * the forms that avoided them (each place says which).
 */
export const WORKAROUNDS = process.env.ROUTES_WORKAROUNDS === "1";

const FACTORS = [1.5, -0.5, 2];
const MATH_OUTER = ["sin", "cos", "tanh", "atan"];

/** The next chain: `lines` appended, the value and the model replaced. */
function step(c: Chain, name: string, lines: string[], value: string, model = c.model, callable = false): Chain {
  return { ...c, lines: [...c.lines, ...lines], value, model, callable, taken: [...c.taken, name], n: c.n + 1 };
}

/**
 * The current value under a name to call it by: itself when it names a function of the program
 * or a variable with a declared function type, else `const cN: Type = value;`. The declared
 * type matters: a call of a variable whose type is inferred from a program function
 * (`const q = on ? f : g; q(x)`) is not routed to the differentiable version (see the findings
 * test).
 */
function named(c: Chain): [Chain, string] {
  if (c.callable || (!WORKAROUNDS && /^[A-Za-z_$][\w$]*$/.test(c.value))) return [c, c.value];
  const name = `c${c.n}`;
  const line = WORKAROUNDS ? `const ${name}: ${SIGNATURES[c.kind].type} = ${c.value};` : `const ${name} = ${c.value};`;
  return [{ ...c, lines: [...c.lines, line], value: name, callable: true, n: c.n + 1 }, name];
}

/** The model times a factor: x ↦ k·f(x) (`first` puts k on the left, as the program writes it). */
function scaledModel(c: Chain, k: number, first = true): string {
  const s = SIGNATURES[c.kind];
  const product = first ? `${k} * f(${s.args})` : `f(${s.args}) * ${k}`;
  return `((f) => (${s.jsParams}) => ${product})(${c.model})`;
}

// ── the routes, one small function each ─────────────────────────────────────────────────────

export const ROUTES: Record<string, Route> = {
  "helper parameter": (c) => step(c, "helper parameter", [], `via(${c.value})`),

  "object field": (c) => step(c, "object field", [`const o${c.n} = { other: decoy, f: ${c.value} };`], `o${c.n}.f`),

  "object method": (c0) => {
    const [c, inner] = named(c0);
    const s = SIGNATURES[c.kind];
    return step(c, "object method", [`const o${c.n} = { run(${s.params}): number { return ${inner}(${s.args}); } };`], `o${c.n}.run`);
  },

  "array element": (c) => step(c, "array element", [`const a${c.n} = [decoy, ${c.value}];`], `a${c.n}[pick(1)]`),

  "Map element": (c) =>
    step(c, "Map element", [`const m${c.n} = new Map<string, ${SIGNATURES[c.kind].type}>([["decoy", decoy], ["f", ${c.value}]]);`], `m${c.n}.get("f")!`),

  "Map in another module": (c) =>
    step(c, "Map in another module", [`register("f${c.n}", ${c.value});`], `lookup<${SIGNATURES[c.kind].type}>("f${c.n}")`),

  "Set element": (c) => step(c, "Set element", [`const s${c.n} = new Set([${c.value}]);`], `[...s${c.n}][0]!`),

  "Object.values": (c) => step(c, "Object.values", [], `Object.values({ decoy, f: ${c.value} })[pick(1)]!`),

  "Object.entries": (c) => {
    const type = SIGNATURES[c.kind].type;
    return step(
      c,
      "Object.entries",
      [
        `const t${c.n}: Record<string, ${type}> = { decoy, f: ${c.value} };`,
        // Not `let e: Type = decoy`: a top-level alias of a program function repeats its twin.
        WORKAROUNDS ? `let e${c.n}: (${type}) | undefined;` : `let e${c.n}: ${type} = decoy;`,
        `for (const [name, g] of Object.entries(t${c.n})) if (name === "f") e${c.n} = g;`,
      ],
      WORKAROUNDS ? `e${c.n}!` : `e${c.n}`,
    );
  },

  destructuring: (c, variant) =>
    variant % 2 === 0
      ? step(c, "destructuring", [`const h${c.n} = { f: ${c.value}, other: decoy };`, `const { f: d${c.n} } = h${c.n};`], `d${c.n}`)
      : step(c, "destructuring", [`const [, d${c.n}] = [decoy, ${c.value}] as const;`], `d${c.n}`),

  "factory closure": (c0, variant) => {
    const [c, inner] = named(c0);
    const s = SIGNATURES[c.kind];
    const k = FACTORS[variant % FACTORS.length]!;
    return step(c, "factory closure", [`const k${c.n} = (k: number) => (${s.params}): number => k * ${inner}(${s.args});`], `k${c.n}(${k})`, scaledModel(c, k));
  },

  "factory in another module": (c, variant) => {
    const k = FACTORS[variant % FACTORS.length]!;
    return step(c, "factory in another module", [], `scale(${k}, ${c.value})`, scaledModel(c, k));
  },

  "compose with Math": (c, variant) => {
    const g = MATH_OUTER[variant % MATH_OUTER.length]!;
    return step(c, "compose with Math", [], `compose(Math.${g}, ${c.value})`, `((f) => (...a) => Math.${g}(f(...a)))(${c.model})`);
  },

  "compose with typegrad's primitive": (c) =>
    step(c, "compose with typegrad's primitive", [], `compose(tanh, ${c.value})`, `((f) => (...a) => Math.tanh(f(...a)))(${c.model})`),

  "compose with program function": (c, variant) => {
    const model = `((f) => (...a) => { const y = f(...a); return 0.5 * y * y; })(${c.model})`;
    if (variant % 2 === 0) return step(c, "compose with program function", [], `compose(halfSquare, ${c.value})`, model);
    const lines = [`const sq${c.n} = (y: number): number => 0.5 * y * y;`];
    return step(c, "compose with program function", lines, `compose(sq${c.n}, ${c.value})`, model);
  },

  "rest wrapper": (c0) => {
    const [c, inner] = named(c0);
    return step(c, "rest wrapper", [`const r${c.n} = (...a: Parameters<typeof ${inner}>): number => ${inner}(...a);`], `r${c.n}`, c.model, true);
  },

  "rest wrapper in another module": (c) => step(c, "rest wrapper in another module", [], `forward(${c.value})`),

  memoise: (c) => step(c, "memoise", [], `memoize(${c.value})`),

  bind: (c0, variant) => {
    const [c, inner] = named(c0);
    const s = SIGNATURES[c.kind];
    if (!WORKAROUNDS) return variant % 2 === 0 ? step(c0, "bind", [], `(${c0.value}).bind(null)`) : step(c, "bind", [], `${inner}.bind(null)`);
    // Bound through an arrow of its own: `.bind` of any other function value (a parameter, a
    // const holding a table's entry, `(f).bind`) loses the differentiable version.
    return step(c, "bind", [`const b${c.n} = (${s.params}): number => ${inner}(${s.args});`], `b${c.n}.bind(null)`);
  },

  call: (c0) => {
    const [c, inner] = named(c0);
    const s = SIGNATURES[c.kind];
    return step(c, "call", [], `((${s.params}): number => ${inner}.call(null, ${s.args}))`);
  },

  apply: (c0) => {
    const [c, inner] = named(c0);
    const s = SIGNATURES[c.kind];
    return step(c, "apply", [], `((${s.params}): number => ${inner}.apply(null, [${s.args}]))`);
  },

  conditional: (c, variant) => {
    const test = variant % 2 === 0 ? `on("yes") ? ${c.value} : decoy` : `on("") ? decoy : ${c.value}`;
    return step(c, "conditional", [`const q${c.n} = ${test};`], `q${c.n}`);
  },

  "class field": (c0, variant) => {
    const [c, inner] = named(c0);
    const s = SIGNATURES[c.kind];
    const k = FACTORS[variant % FACTORS.length]!;
    const lines = [`class F${c.n} {`, `  k = ${k};`, `  f = (${s.params}): number => this.k * ${inner}(${s.args});`, `}`];
    return step(c, "class field", lines, `new F${c.n}().f`, scaledModel(c, k));
  },

  "bound method": (c0, variant) => {
    const [c, inner] = named(c0);
    const k = FACTORS[variant % FACTORS.length]!;
    return step(c, "bound method", modelClass(c, inner, k), `i${c.n}.run.bind(i${c.n})`, scaledModel(c, k));
  },

  "method in an arrow": (c0, variant) => {
    const [c, inner] = named(c0);
    const s = SIGNATURES[c.kind];
    const k = FACTORS[variant % FACTORS.length]!;
    return step(c, "method in an arrow", modelClass(c, inner, k), `((${s.params}): number => i${c.n}.run(${s.args}))`, scaledModel(c, k));
  },

  "static method": (c0, variant) => {
    const [c, inner] = named(c0);
    const s = SIGNATURES[c.kind];
    const k = FACTORS[variant % FACTORS.length]!;
    const lines = [`class S${c.n} {`, `  static run(${s.params}): number {`, `    return ${inner}(${s.args}) * ${k};`, `  }`, `}`];
    return step(c, "static method", lines, `S${c.n}.run`, scaledModel(c, k, false));
  },

  "let reassigned": (c) => {
    const s = SIGNATURES[c.kind];
    // Not `let l = decoy`: a top-level alias of a program function repeats its twin.
    const initial = WORKAROUNDS ? `(${s.params}) => ${s.decoy}` : "decoy";
    const lines = [`let l${c.n}: ${s.type} = ${initial};`, `if (on("yes")) l${c.n} = ${c.value};`];
    return step(c, "let reassigned", lines, `l${c.n}`, c.model, true);
  },
};

/** A class whose method multiplies the inner function by a field, and an instance of it. */
function modelClass(c: Chain, inner: string, k: number): string[] {
  const s = SIGNATURES[c.kind];
  return [
    `class M${c.n} {`,
    `  constructor(readonly k: number) {}`,
    `  run(${s.params}): number {`,
    `    return this.k * ${inner}(${s.args});`,
    `  }`,
    `}`,
    `const i${c.n} = new M${c.n}(${k});`,
  ];
}

// ── base functions ──────────────────────────────────────────────────────────────────────────

const LEAVES: Record<Kind, string[]> = {
  unary: ["x", "x", "0.5", "2", "1.25"],
  binary: ["x", "y", "0.5", "2", "1.25"],
  vector: [
    "v[0]", "v[1]", "v[2]", "0.5", "2",
    "v.reduce((s, t) => s + Math.sin(t) * t, 0)",
    "v.map(Math.tanh).reduce((s, t) => s + t * t, 0)",
    "v.map((t) => t * 0.5).reduce((s, t) => s + Math.cos(t), 0)",
  ],
};

/** A random expression of the kind's parameters, kept in every primitive's domain. */
function expression(kind: Kind): fc.Arbitrary<string> {
  const tree = fc.letrec<{ e: string }>((tie) => ({
    e: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.constantFrom(...LEAVES[kind]),
      ...expressionForms(["sum", "ratio", "unary", "expTanh", "sqrt", "log", "cube"], () => tie("e")),
    ),
  }));
  // Every parameter takes part, so each partial derivative is exercised.
  const uses = (e: string) => (kind === "vector" ? /\bv\b/.test(e) : /\bx\b/.test(e) && (kind === "unary" || /\by\b/.test(e)));
  return tree.e.filter((e) => e.length < 300 && uses(e));
}

/** Where the base function is defined and how main.ts imports it. */
export type Home = "main" | "base module" | "export * re-export" | "export { } re-export";

/** What a base function looks like. */
export type Form = "arrow" | "function declaration" | "function with a local";

export interface BaseSpec {
  kind: Kind;
  form: Form;
  home: Home;
  body: string;
  local: string;
}

/** The declaration of the base function `f0`, and its model. */
function baseFunction(b: BaseSpec): { declaration: string; model: string } {
  const s = SIGNATURES[b.kind];
  switch (b.form) {
    case "arrow":
      return { declaration: `const f0 = (${s.params}): number => ${b.body};`, model: `(${s.jsParams}) => ${b.body}` };
    case "function declaration":
      return { declaration: `function f0(${s.params}): number {\n  return ${b.body};\n}`, model: `(${s.jsParams}) => ${b.body}` };
    case "function with a local": {
      const body = `const a = ${b.local};\n  return a * ${b.body} + a;`;
      return { declaration: `function f0(${s.params}): number {\n  ${body}\n}`, model: `(${s.jsParams}) => {\n  ${body}\n}` };
    }
  }
}

// ── programs ────────────────────────────────────────────────────────────────────────────────

export interface ProgramSpec {
  base: BaseSpec;
  routes: { route: string; variant: number }[];
}

export interface Program {
  spec: ProgramSpec;
  kind: Kind;
  /** File name → TypeScript source (the helper module, ../helper.ts, is added by the test). */
  files: Record<string, string>;
  /** Plain JavaScript expression for the composed function. */
  model: string;
  /** The routes, in order. */
  taken: string[];
}

/** Arbitrary program specifications: a base function and one to four routes. */
export function programSpec(): fc.Arbitrary<ProgramSpec> {
  const kind = fc.constantFrom<Kind>("unary", "binary", "vector");
  const base = kind.chain((k) =>
    fc.record({
      kind: fc.constant(k),
      form: fc.constantFrom<Form>("arrow", "function declaration", "function with a local"),
      home: fc.constantFrom<Home>("main", "base module", "export * re-export", "export { } re-export"),
      body: expression(k),
      local: expression(k),
    }),
  );
  const route = fc.record({ route: fc.constantFrom(...Object.keys(ROUTES)), variant: fc.nat(5) });
  return fc.record({ base, routes: fc.array(route, { minLength: 1, maxLength: 4 }) });
}

/** main.ts's exports that hand the function `F` to the helper module's checks and optimisers. */
const CHECKS: Record<Kind, (F: string) => string[]> = {
  unary: (F) => [`export const check = (x: number) => checkUnary(${F}, x);`, `export const descend = (x0: number) => minimize(${F}, x0);`],
  binary: (F) => [`export const check = (x: number, y: number) => checkBinary(${F}, x, y);`],
  vector: (F) => [`export const check = (v: number[]) => checkVector(${F}, v);`, `export const descend = (v0: number[]) => minimizeVector(${F}, v0);`],
};

/** The files of the program a specification describes. */
export function buildProgram(spec: ProgramSpec): Program {
  const { kind, home } = spec.base;
  const s = SIGNATURES[kind];
  const base = baseFunction(spec.base);
  let chain: Chain = { kind, lines: [], value: "f0", model: base.model, callable: true, taken: [], n: 1 };
  for (const { route, variant } of spec.routes) chain = ROUTES[route]!(chain, variant);

  const files: Record<string, string> = {};
  const index = ['export * from "../helper.js";'];
  const imports = [
    'import { tanh } from "typegrad";',
    "import { checkBinary, checkUnary, checkVector, compose, forward, halfSquare, lookup, memoize, minimize, minimizeVector, on, pick, register, scale, via } from \"./index.js\";",
  ];
  const main: string[] = [];
  if (home === "main") main.push(base.declaration);
  else {
    files["base.ts"] = `export ${base.declaration}\n`;
    if (home === "base module") imports.push('import { f0 } from "./base.js";');
    else {
      index.push(home === "export * re-export" ? 'export * from "./base.js";' : 'export { f0 } from "./base.js";');
      imports[1] = imports[1]!.replace("import { ", "import { f0, ");
    }
  }
  main.push(`const decoy = (${s.params}): number => ${s.decoy};`);
  main.push(...chain.lines);
  // Not `export const F = name` for a bare name: a top-level alias of a program function
  // repeats its twin.
  const isName = WORKAROUNDS && /^[A-Za-z_$][\w$]*$/.test(chain.value);
  main.push(isName ? `export { ${chain.value} as F };` : `export const F = ${chain.value};`);
  main.push(...CHECKS[kind](isName ? chain.value : "F"));
  files["index.ts"] = index.join("\n") + "\n";
  files["main.ts"] = [...imports, "", ...main].join("\n") + "\n";
  return { spec, kind, files, model: chain.model, taken: [`base in ${home} (${spec.base.form})`, ...chain.taken] };
}
