// Renders a program specification (generate.ts) as TypeScript source — main.ts, and
// helpers.ts when some helpers live in another module — and as a plain JavaScript model: the
// same program in which each point where the function is not smooth (a comparison, abs, max,
// min, floor, %, a string's length) records which way it went, so the checks can tell when
// central differences straddle a kink.
import { avoids, CONSTS, enabledGaps, KINKS, MATH, MATH2, WORDS, type Cmp, type Expr, type Helper, type Spec, type Stmt } from "./generate.js";

/** Source text of a program and of its model. */
export interface Rendered {
  kind: Spec["kind"];
  /** File name → TypeScript source. */
  files: Record<string, string>;
  /**
   * Plain JavaScript, the body of a function of the recorders (`__k`, `__abs`, …) that returns
   * `f`: the same program with each kink recorded.
   */
  model: string;
  /** The coordinates of each point (x, or a and b). */
  points: number[][];
}

/**
 * The arguments of f at a point: `[x]` as an array or a Float64Array, or `[a, b]`.
 * @example argumentsAt("typed", [1, 2]) // [Float64Array [1, 2]]
 */
export function argumentsAt(kind: Spec["kind"], c: number[]): unknown[] {
  return kind === "binary" ? [...c] : kind === "typed" ? [new Float64Array(c)] : [[...c]];
}

interface NumVar {
  text: string;
  mutable: boolean;
}

interface ArrayVar {
  text: string;
  /** At least 2. */
  len: number;
  mutable: boolean;
  /** A Float64Array (x of a typed program). */
  typed: boolean;
}

interface ObjectVar {
  text: string;
  /** Numeric fields that may be read, and those that may be assigned. */
  read: string[];
  write: string[];
  /** Of the interface Params (helpers take these). */
  params: boolean;
}

interface Scope {
  nums: NumVar[];
  arrays: ArrayVar[];
  objects: ObjectVar[];
  strings: string[];
  closures: string[];
  maps: string[];
  /** The helpers that may be called from here. */
  helpers: { name: string; params: Helper["params"] }[];
  /** True where `return` returns from f or a helper (not inside a callback). */
  canReturn: boolean;
  /** True inside a loop body (where `break` and `continue` may go). */
  inLoop: boolean;
}

const copy = (s: Scope): Scope => ({
  nums: [...s.nums],
  arrays: [...s.arrays],
  objects: [...s.objects],
  strings: [...s.strings],
  closures: [...s.closures],
  maps: [...s.maps],
  helpers: s.helpers,
  canReturn: s.canReturn,
  inLoop: s.inLoop,
});

const pick = <T>(list: T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);

const PARAMS_FIELDS = { read: ["w", "b"], write: ["w", "b"], params: true };

/** Renders a specification in one of two modes: TypeScript, or the recording JavaScript model. */
class Renderer {
  private n = 0;
  /** Whether the class Accumulator is used (and must be declared). */
  usesAccumulator = false;
  constructor(private readonly ts: boolean) {}

  private fresh(prefix: string): string {
    return `${prefix}${this.n++}`;
  }

  private type(text: string): string {
    return this.ts ? text : "";
  }

  private cond(cmp: Cmp, a: string, b: string): string {
    // `a < (…> …)` is read by TypeScript as type arguments (`f(x) < (y > z ? …)` does not
    // parse), so a parenthesised right side of < and <= goes to the left of > and >=.
    const swap = (cmp === "<" || cmp === "<=") && b.startsWith("(");
    const text = swap ? `${b} ${cmp === "<" ? ">" : ">="} ${a}` : `${a} ${cmp} ${b}`;
    return this.ts ? text : `__k(${text})`;
  }

  /** The array as a number[] (a Float64Array is copied with Array.from). */
  private plainArray(arr: ArrayVar): string {
    return arr.typed ? `Array.from(${arr.text})` : arr.text;
  }

  /** The array to call `reduce` on (see AVOID_KNOWN_GAPS.typedArrayReduce). */
  private reducible(arr: ArrayVar): string {
    return arr.typed && avoids("typedArrayReduce") ? `Array.from(${arr.text})` : arr.text;
  }

  expr(e: Expr, s: Scope): string {
    switch (e.k) {
      case "var":
        return pick(s.nums, e.i)?.text ?? CONSTS[e.i % CONSTS.length]!;
      case "const":
        return CONSTS[e.i]!;
      case "op":
        return `(${this.expr(e.a, s)} ${e.op} ${this.expr(e.b, s)})`;
      case "div":
        return `(${this.expr(e.a, s)} / (2 + Math.sin(${this.expr(e.b, s)})))`;
      case "neg":
        return `(${e.plus ? "+" : "-"}(${this.expr(e.a, s)}))`;
      case "mapGet": {
        const m = pick(s.maps, e.m);
        return m ? `(${m}.get("${"abc"[e.key]}") ?? 0.5)` : this.expr({ k: "var", i: e.m }, s);
      }
      case "math":
        return MATH[e.fn]!(this.expr(e.a, s));
      case "math2":
        return `(${MATH2[e.fn]!(this.expr(e.a, s), this.expr(e.b, s))})`;
      case "pow":
        return `((${this.expr(e.a, s)}) ** ${e.n})`;
      case "kink": {
        const form = KINKS[e.fn]!;
        return (this.ts ? form.ts : form.model)(this.expr(e.a, s), this.expr(e.b, s));
      }
      case "cond":
        return `(${this.cond(e.cmp, this.expr(e.a, s), this.expr(e.b, s))} ? ${this.expr(e.t, s)} : ${this.expr(e.f, s)})`;
      case "call":
        return this.call(e, s);
      case "closure": {
        const c = pick(s.closures, e.c);
        return c ? `${c}(${this.expr(e.a, s)})` : this.expr(e.a, s);
      }
      case "elem": {
        const arr = pick(s.arrays, e.arr);
        return arr ? `${arr.text}[${e.i % arr.len}]` : this.expr({ k: "var", i: e.i }, s);
      }
      case "field": {
        const o = pick(s.objects, e.o);
        return o ? `${o.text}.${o.read[e.f % o.read.length]}` : this.expr({ k: "var", i: e.o }, s);
      }
      case "length": {
        const str = pick(s.strings, e.s);
        if (!str) return this.expr({ k: "var", i: e.s }, s);
        return this.ts ? `${str}.length` : `__len(${str}.length)`;
      }
      case "arrayLength": {
        const arr = pick(s.arrays, e.arr);
        return arr ? `${arr.text}.length` : this.expr({ k: "var", i: e.arr }, s);
      }
      case "reduce": {
        const arr = pick(s.arrays, e.arr);
        if (!arr) return this.expr(e.body, s);
        const [acc, t] = [this.fresh("acc"), this.fresh("t")];
        const inner = copy(s);
        inner.nums.push({ text: t, mutable: false });
        return `${this.reducible(arr)}.reduce((${acc}, ${t}) => ${acc} + ${this.expr(e.body, inner)}, 0)`;
      }
      case "filterSum": {
        const arr = pick(s.arrays, e.arr);
        if (!arr) return this.expr(e.body, s);
        const [acc, t, u] = [this.fresh("acc"), this.fresh("t"), this.fresh("u")];
        const inner = copy(s);
        inner.nums.push({ text: t, mutable: false });
        const keep = `${this.reducible(arr)}.filter((${u}) => ${this.cond(">", u, CONSTS[e.c]!)})`;
        return `${keep}.reduce((${acc}, ${t}) => ${acc} + ${this.expr(e.body, inner)}, 0)`;
      }
      case "spread": {
        const arr = pick(s.arrays, e.arr);
        if (!arr) return this.expr({ k: "var", i: e.arr }, s);
        if (e.fn === "hypot") return `Math.hypot(...${arr.text})`;
        return this.ts ? `Math.${e.fn}(...${arr.text})` : `__${e.fn}(...${arr.text})`;
      }
      case "gap": {
        const gaps = enabledGaps();
        const form = gaps[e.fn % Math.max(1, gaps.length)];
        return form ? `(${form.ts(this.expr(e.a, s))})` : this.expr(e.a, s);
      }
    }
  }

  private call(e: Extract<Expr, { k: "call" }>, s: Scope): string {
    const h = pick(s.helpers, e.h);
    const [a, b] = e.args.map((x) => this.expr(x, s));
    if (!h) return a!;
    switch (h.params) {
      case "num":
        return `${h.name}(${a})`;
      case "num2":
        return `${h.name}(${a}, ${b})`;
      case "rec":
        return `${h.name}(${a}, 2)`;
      case "arr": {
        const arr = pick(s.arrays, e.h);
        return `${h.name}(${arr ? this.plainArray(arr) : `[${a}, ${b}]`})`;
      }
      case "obj": {
        const o = pick(s.objects.filter((x) => x.params), e.h);
        return `${h.name}(${o?.text ?? `{ w: ${a}, b: ${b}, name: "h" }`}, ${a})`;
      }
      case "fn": {
        const c = pick(s.closures, e.h);
        const t = this.fresh("t");
        return `${h.name}(${c ?? `(${t}) => Math.sin(${t}) * ${b}`}, ${a})`;
      }
    }
  }

  /** Renders statements into `out`, adding what they declare to `s`. */
  statements(list: Stmt[], s: Scope, out: string[], indent: string): void {
    for (const st of list) this.statement(st, s, out, indent);
  }

  private block(list: Stmt[], s: Scope, indent: string, extra?: (inner: Scope) => void): string[] {
    const inner = copy(s);
    extra?.(inner);
    const out: string[] = [];
    this.statements(list, inner, out, indent + "  ");
    return out;
  }

  private statement(st: Stmt, s: Scope, out: string[], indent: string): void {
    const line = (text: string) => out.push(indent + text);
    const ex = (e: Expr) => this.expr(e, s);
    const num = this.type(": number");
    switch (st.k) {
      case "let": {
        const name = this.fresh("v");
        line(`${st.mutable ? "let" : "const"} ${name} = ${ex(st.e)};`);
        s.nums.push({ text: name, mutable: st.mutable });
        return;
      }
      case "letSplit": {
        const name = this.fresh("v");
        line(`let ${name}${num};`);
        line(`if (${this.cond(st.cmp, ex(st.a), ex(st.b))}) ${name} = ${ex(st.e)};`);
        line(`else ${name} = ${ex(st.e2)};`);
        s.nums.push({ text: name, mutable: true });
        return;
      }
      case "jump":
        if (s.inLoop) line(`if (${this.cond(st.cmp, ex(st.a), ex(st.b))}) ${st.jump};`);
        return;
      case "map": {
        const name = this.fresh("m");
        line(`const ${name} = new Map${this.type("<string, number>")}([["a", ${ex(st.e)}]]);`);
        line(`${name}.set("b", ${ex(st.e2)});`);
        s.maps.push(name);
        return;
      }
      case "try": {
        line("try {");
        out.push(...this.block(st.body, s, indent));
        line(st.form === "catch" ? "} catch {" : "} finally {");
        out.push(...this.block(st.handler, s, indent));
        line("}");
        return;
      }
      case "accumulator": {
        this.usesAccumulator = true;
        const name = this.fresh("acc");
        line(`const ${name} = new Accumulator(${ex(st.e)});`);
        line(`${name}.add(${ex(st.e2)}).add(${ex(st.e3)});`);
        s.objects.push({ text: name, read: ["total", "rate", "half"], write: ["total"], params: false });
        return;
      }
      case "set": {
        const target = pick(s.nums.filter((v) => v.mutable), st.v);
        if (target) line(`${target.text} ${st.op} ${ex(st.e)};`);
        return;
      }
      case "step": {
        const target = pick(s.nums.filter((v) => v.mutable), st.v);
        if (target) line(`${target.text}${st.op};`);
        return;
      }
      case "if": {
        line(`if (${this.cond(st.cmp, ex(st.a), ex(st.b))}) {`);
        out.push(...this.block(st.then, s, indent));
        if (st.else.length > 0) {
          line("} else {");
          out.push(...this.block(st.else, s, indent));
        }
        line("}");
        return;
      }
      case "return":
        if (s.canReturn) line(`if (${this.cond(st.cmp, ex(st.a), ex(st.b))}) return ${ex(st.e)};`);
        return;
      case "loop":
        this.loop(st, s, out, indent);
        return;
      case "array":
        this.array(st, s, line);
        return;
      case "arraySet": {
        const arr = pick(s.arrays.filter((a) => a.mutable), st.arr);
        if (arr) line(`${arr.text}[${st.i % arr.len}] ${st.op} ${ex(st.e)};`);
        return;
      }
      case "destructure": {
        const arr = pick(s.arrays, st.arr);
        if (!arr) return;
        const [p, q] = [this.fresh("p"), this.fresh("q")];
        line(`const [${p}, ${q}] = ${arr.text};`);
        s.nums.push({ text: p, mutable: false }, { text: q, mutable: false });
        return;
      }
      case "object": {
        const name = this.fresh("o");
        const from = pick(s.objects.filter((o) => o.params), st.o);
        if (st.form === "spread" && from) line(`const ${name} = { ...${from.text}, b: ${ex(st.b)} };`);
        else line(`const ${name} = { w: ${ex(st.w)}, b: ${ex(st.b)}, name: "${name}" };`);
        s.objects.push({ text: name, ...PARAMS_FIELDS });
        return;
      }
      case "objectSet": {
        const o = pick(s.objects, st.o);
        if (o) line(`${o.text}.${o.write[st.f % o.write.length]} ${st.op} ${ex(st.e)};`);
        return;
      }
      case "objectDestructure": {
        const o = pick(s.objects, st.o);
        if (!o) return;
        const names = o.read.map(() => this.fresh("d"));
        line(`const { ${o.read.map((field, k) => `${field}: ${names[k]}`).join(", ")} } = ${o.text};`);
        s.nums.push(...names.map((text) => ({ text, mutable: false })));
        return;
      }
      case "string": {
        const name = this.fresh("s");
        line(`let ${name} = ${WORDS[st.text]};`);
        s.strings.push(name);
        return;
      }
      case "stringAdd":
        this.stringAdd(st, s, line);
        return;
      case "closure":
        this.closure(st, s, line);
        return;
      case "anyValue": {
        const name = this.fresh("meta");
        line(`const ${name}${this.type(": any")} = { label: "m", on: true, scale: 2 };`);
        const v = this.fresh("v");
        line(`const ${v} = (${name}.on ? ${name}.scale : 1) * ${ex(st.e)};`);
        s.nums.push({ text: v, mutable: false });
        const str = pick(s.strings, 0);
        if (str) line(`${str} = "param " + ${name}.label + ${str};`);
        return;
      }
    }
  }

  private array(st: Extract<Stmt, { k: "array" }>, s: Scope, line: (text: string) => void): void {
    const name = this.fresh("arr");
    const from = pick(s.arrays, st.arr);
    const ex = (e: Expr) => this.expr(e, s);
    const add = (len: number) => s.arrays.push({ text: name, len, mutable: true, typed: false });
    const closure = pick(s.closures, st.arr);
    if (from) {
      switch (st.form) {
        case "map": {
          const t = this.fresh("t");
          const inner = copy(s);
          inner.nums.push({ text: t, mutable: false }, { text: "i", mutable: false });
          const body = this.expr(st.es[0]!, inner);
          line(from.typed ? `const ${name} = Array.from(${from.text}, (${t}, i) => ${body});` : `const ${name} = ${from.text}.map((${t}, i) => ${body});`);
          add(from.len);
          return;
        }
        case "push": {
          const t = this.fresh("t");
          const inner = copy(s);
          inner.nums.push({ text: t, mutable: false });
          line(`const ${name}${this.type(": number[]")} = [];`);
          line(`for (const ${t} of ${from.text}) ${name}.push(${this.expr(st.es[0]!, inner)});`);
          add(from.len);
          return;
        }
        case "spread":
          line(`const ${name} = [...${from.text}, ${ex(st.es[0]!)}];`);
          add(from.len + 1);
          return;
        case "slice":
          if (from.len < 3) break;
          line(`const ${name} = ${this.plainArray(from)}.slice(1);`);
          add(from.len - 1);
          return;
        case "mathMap":
          line(from.typed ? `const ${name} = Array.from(${from.text}, Math.tanh);` : `const ${name} = ${from.text}.map(Math.tanh);`);
          add(from.len);
          return;
        case "closureMap":
          if (!closure) break;
          line(from.typed ? `const ${name} = Array.from(${from.text}, ${closure});` : `const ${name} = ${from.text}.map(${closure});`);
          add(from.len);
          return;
        case "concat":
          line(`const ${name} = ${this.plainArray(from)}.concat([${ex(st.es[0]!)}]);`);
          add(from.len + 1);
          return;
        case "fromLength": {
          const inner = copy(s);
          inner.nums.push({ text: "i", mutable: false });
          line(`const ${name} = Array.from({ length: 3 }, (_, i) => ${this.expr(st.es[0]!, inner)});`);
          add(3);
          return;
        }
        case "literal":
          break;
      }
    }
    line(`const ${name} = [${st.es.map(ex).join(", ")}];`);
    add(3);
  }

  private stringAdd(st: Extract<Stmt, { k: "stringAdd" }>, s: Scope, line: (text: string) => void): void {
    const str = pick(s.strings, st.s);
    if (!str) return;
    const e = this.expr(st.e, s);
    switch (st.form) {
      case "+=":
        return line(`${str} += ${e};`);
      case "concat":
        return line(`${str} = ${str} + "," + ${e};`);
      case "template":
        return line(`${str} = \`\${${str}}|\${${e}}\`;`);
      case "counter":
        return line(`${str} += ${str}.length;`);
      case "String":
        return line(`${str} += String(${e});`);
      case "toFixed":
        return line(`${str} += (${e}).toFixed(3);`);
      case "choice":
        return line(`${str} = ${this.cond("<", e, this.expr(st.e2, s))} ? "lo" : "high";`);
    }
  }

  private closure(st: Extract<Stmt, { k: "closure" }>, s: Scope, line: (text: string) => void): void {
    const name = this.fresh("g");
    const t = this.fresh("t");
    const inner = copy(s);
    inner.nums.push({ text: t, mutable: false });
    const num = this.type(": number");
    const target = pick(s.nums.filter((v) => v.mutable), st.v);
    switch (st.form === "mutating" && !target ? "arrow" : st.form) {
      case "arrow":
        line(`const ${name} = (${t}${num})${num} => ${this.expr(st.e, inner)};`);
        break;
      case "function":
        line(`function ${name}(${t}${num})${num} {`);
        line(`  return ${this.expr(st.e, inner)};`);
        line("}");
        break;
      case "factory": {
        const [make, k] = [this.fresh("make"), this.fresh("k")];
        inner.nums.push({ text: k, mutable: false });
        line(`const ${make} = (${k}${num}) => (${t}${num})${num} => ${this.expr(st.e, inner)};`);
        line(`const ${name} = ${make}(${this.expr(st.k2, s)});`);
        break;
      }
      case "mutating":
        line(`const ${name} = (${t}${num})${num} => {`);
        line(`  ${target!.text} += ${this.expr(st.e, inner)};`);
        line(`  return ${target!.text} * ${t};`);
        line("};");
        break;
    }
    s.closures.push(name);
  }

  private loop(st: Extract<Stmt, { k: "loop" }>, s: Scope, out: string[], indent: string): void {
    const line = (text: string) => out.push(indent + text);
    const arr = pick(s.arrays, st.arr);
    const form = arr ? st.form : st.form === "while" || st.form === "doWhile" || st.form === "switch" ? st.form : "count";
    const i = this.fresh("i");
    const body = (...vars: NumVar[]) => this.block(st.body, s, indent, (inner) => {
      inner.nums.push(...vars);
      inner.inLoop = true;
    });
    switch (form) {
      case "count":
        line(`for (let ${i} = 0; ${i} < ${st.n}; ${i}++) {`);
        out.push(...body({ text: i, mutable: false }));
        line("}");
        return;
      case "while":
        // The counter steps first, so a `continue` cannot skip it.
        line(`let ${i} = 0;`);
        line(`while (${i} < ${st.n}) {`);
        line(`  ${i}++;`);
        out.push(...body({ text: i, mutable: false }));
        line("}");
        return;
      case "doWhile":
        line(`let ${i} = 0;`);
        line("do {");
        line(`  ${i}++;`);
        out.push(...body({ text: i, mutable: false }));
        line(`} while (${i} < ${st.n});`);
        return;
      case "switch": {
        // A switch on a counter, the statements in one case.
        line(`for (let ${i} = 0; ${i} < ${st.n + 1}; ${i}++) {`);
        line(`  switch (${i} % 2) {`);
        line("    case 0:");
        out.push(...this.block(st.body, s, indent + "    ", (inner) => inner.nums.push({ text: i, mutable: false })));
        line("      break;");
        line("    default:");
        line(`      ${i} += 0;`);
        line("  }");
        line("}");
        return;
      }
      case "entries": {
        const t = this.fresh("t");
        line(`for (const [${i}, ${t}] of ${arr!.text}.entries()) {`);
        out.push(...body({ text: t, mutable: false }, { text: i, mutable: false }));
        line("}");
        return;
      }
      case "of": {
        const t = this.fresh("t");
        line(`for (const ${t} of ${arr!.text}) {`);
        out.push(...body({ text: t, mutable: false }));
        line("}");
        return;
      }
      case "index":
        line(`for (let ${i} = 0; ${i} < ${arr!.text}.length; ${i}++) {`);
        out.push(...body({ text: `${arr!.text}[${i}]`, mutable: false }, { text: i, mutable: false }));
        line("}");
        return;
      case "forEach": {
        const t = this.fresh("t");
        line(`${arr!.text}.forEach((${t}) => {`);
        out.push(
          ...this.block(st.body, s, indent, (inner) => {
            inner.nums.push({ text: t, mutable: false });
            inner.canReturn = false;
            inner.inLoop = false;
          }),
        );
        line("});");
        return;
      }
    }
  }

  /** A function's body lines and its result expression (the written result plus its top-level numeric locals). */
  body(list: Stmt[], ret: Expr, s: Scope): string[] {
    const out: string[] = [];
    const before = s.nums.length;
    this.statements(list, s, out, "  ");
    const locals = s.nums.slice(before).map((v) => v.text);
    out.push(`  return ${[this.expr(ret, s), ...locals].join(" + ")};`);
    return out;
  }

  helper(h: Helper, name: string, callable: Scope["helpers"], exported: boolean): string {
    const num = this.type(": number");
    const params = {
      num: { ts: `a${num}`, nums: ["a"], arrays: [] as string[], objects: [] as string[], closures: [] as string[] },
      num2: { ts: `a${num}, b${num}`, nums: ["a", "b"], arrays: [], objects: [], closures: [] },
      arr: { ts: `v${this.type(": number[]")}`, nums: [], arrays: ["v"], objects: [], closures: [] },
      obj: { ts: `p${this.type(": Params")}, a${num}`, nums: ["a"], arrays: [], objects: ["p"], closures: [] },
      fn: { ts: `g${this.type(": (t: number) => number")}, a${num}`, nums: ["a"], arrays: [], objects: [], closures: ["g"] },
      rec: { ts: `a${num}, n${num}`, nums: ["a"], arrays: [], objects: [], closures: [] },
    }[h.params];
    const s: Scope = {
      nums: params.nums.map((text) => ({ text, mutable: true })),
      arrays: params.arrays.map((text) => ({ text, len: 2, mutable: false, typed: false })),
      objects: params.objects.map((text) => ({ text, ...PARAMS_FIELDS })),
      strings: [],
      closures: [...params.closures],
      maps: [],
      helpers: callable,
      canReturn: true,
      inLoop: false,
    };
    const lines = this.body(h.body, h.ret, s);
    if (h.params === "rec") {
      // The written result, at the bottom of a recursion two calls deep on a transformed a.
      const result = lines.pop()!.replace(/^ {2}return (.*);$/, "$1");
      lines.push(`  if (n <= 0) return ${result};`, `  return ${name}(${result}, n - 1);`);
    }
    const head = exported ? "export " : "";
    if (h.form === "arrow" && lines.length === 1) return `${head}const ${name} = (${params.ts})${num} => ${lines[0]!.replace(/^ {2}return (.*);$/, "$1")};`;
    if (h.form === "arrow" && h.params !== "rec") return [`${head}const ${name} = (${params.ts})${num} => {`, ...lines, "};"].join("\n");
    return [`${head}function ${name}(${params.ts})${num} {`, ...lines, "}"].join("\n");
  }

  f(spec: Spec, helpers: Scope["helpers"]): string {
    const scalar = spec.kind === "binary";
    const s: Scope = {
      nums: scalar ? [{ text: "a", mutable: true }, { text: "b", mutable: true }] : Array.from({ length: spec.n }, (_, k) => ({ text: `x[${k}]`, mutable: false })),
      arrays: scalar ? [] : [{ text: "x", len: spec.n, mutable: false, typed: spec.kind === "typed" }],
      objects: [],
      strings: [],
      closures: [],
      maps: [],
      helpers,
      canReturn: true,
      inLoop: false,
    };
    const x = spec.kind === "typed" ? "Float64Array" : "number[]";
    const params = scalar ? `a${this.type(": number")}, b${this.type(": number")}` : `x${this.type(`: ${x}`)}`;
    const lines = this.body(spec.body, spec.ret, s);
    const num = this.type(": number");
    if (spec.form === "arrow" && this.ts) return [`export const f = (${params})${num} => {`, ...lines, "};"].join("\n");
    return [`${this.ts ? "export " : ""}function f(${params})${num} {`, ...lines, "}"].join("\n");
  }
}

const PARAMS_TYPE = "interface Params {\n  w: number;\n  b: number;\n  name: string;\n}";

const ACCUMULATOR_TS = `class Accumulator {
  total = 0;
  constructor(readonly rate: number) {}
  add(t: number): this {
    this.total += this.rate * t;
    return this;
  }
  get half(): number {
    return this.total * 0.5;
  }
}`;

const ACCUMULATOR_JS = `class Accumulator {
  total = 0;
  constructor(rate) {
    this.rate = rate;
  }
  add(t) {
    this.total += this.rate * t;
    return this;
  }
  get half() {
    return this.total * 0.5;
  }
}`;

/** The exports of main.ts that run the transforms the checks compare. */
function harness(kind: Spec["kind"]): string {
  if (kind !== "binary") {
    const x = kind === "typed" ? "Float64Array" : "number[]";
    return [
      `export const value = (x: ${x}) => valueAndGrad(f)(x);`,
      `export const gradient = (x: ${x}) => grad(f)(x);`,
      `export const forward = (x: ${x}) => jacfwd(f)(x);`,
    ].join("\n");
  }
  return [
    "export const value = (a: number, b: number) => valueAndGrad(f)(a, b);",
    "export const gradient = (a: number, b: number) => grad(f)(a, b);",
    "export const forward = (a: number, b: number) => [derivative((s: number) => f(s, b))(a), derivative((s: number) => f(a, s))(b)];",
  ].join("\n");
}

/**
 * The program's files and its model.
 * @example render(sampleSpecs(1, 1)[0]!.value).files["main.ts"] // the program's source
 */
export function render(spec: Spec): Rendered {
  const names = spec.helpers.map((_, k) => `h${k}`);
  // Helpers in the other module come first, so they call only each other.
  const order = spec.helpers.map((h, k) => ({ h, k })).sort((p, q) => (p.h.home === q.h.home ? p.k - q.k : p.h.home === "module" ? -1 : 1));
  const ts = new Renderer(true);
  const js = new Renderer(false);
  const moduleLines: string[] = [];
  const mainLines: string[] = [];
  const modelLines: string[] = [];
  const callable: Scope["helpers"] = [];
  let moduleAccumulator = false;
  for (const { h, k } of order) {
    const name = names[k]!;
    const home = h.home === "module" ? moduleLines : mainLines;
    ts.usesAccumulator = false;
    home.push(ts.helper(h, name, [...callable], h.home === "module"));
    if (h.home === "module" && ts.usesAccumulator) moduleAccumulator = true;
    modelLines.push(js.helper(h, name, [...callable], false));
    callable.push({ name, params: h.params });
  }
  ts.usesAccumulator = false;
  const fText = ts.f(spec, callable);
  modelLines.push(js.f(spec, callable), "return f;");
  const imported = order.filter(({ h }) => h.home === "module").map(({ k }) => names[k]!);
  const files: Record<string, string> = {};
  const head = [`import { derivative, grad, jacfwd, valueAndGrad } from "typegrad";`];
  if (imported.length > 0) {
    head.push(`import { ${imported.join(", ")} } from "./helpers.js";`);
    files["helpers.ts"] = [PARAMS_TYPE, ...(moduleAccumulator ? [ACCUMULATOR_TS] : []), ...moduleLines].join("\n\n") + "\n";
  }
  const prelude = ts.usesAccumulator || mainLines.some((l) => l.includes("new Accumulator")) ? [PARAMS_TYPE, ACCUMULATOR_TS] : [PARAMS_TYPE];
  files["main.ts"] = [head.join("\n"), ...prelude, ...mainLines, fText, harness(spec.kind)].join("\n\n") + "\n";
  const model = [...(js.usesAccumulator ? [ACCUMULATOR_JS] : []), ...modelLines].join("\n");
  const size = spec.kind === "binary" ? 2 : spec.n;
  return { kind: spec.kind, files, model, points: spec.points.map((p) => p.slice(0, size)) };
}
