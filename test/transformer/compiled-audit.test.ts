// A user-style audit of the compiled modes: objective functions written the way people write
// them (fixtures/audit-objectives.ts, with helpers and data in other modules), differentiated
// here, in another module, as users call grad. Each compiled result is checked against the
// tape (vjp, jacrev, jacfwd inside `onTape`; debugNans for the forward transforms) to 1e-13
// relative and against central differences; the last test builds the fixtures with `explain`
// and checks which call sites run compiled code.
import * as path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { derivative, grad, hessian, jacfwd, jacrev, jvp, valueAndGrad, vjp } from "typegrad";
import { createTransformer } from "../../src/transformer/index.js";
import * as O from "./fixtures/audit-objectives.js";
import * as C from "./fixtures/audit-constructs.js";
import { X, y } from "./fixtures/audit-data.js";
import { onDuals, onTape } from "./tape-reference.js";
import { agrees, centralGradient } from "../numeric.js";

function nearCentral(g: unknown, f: (x: number[]) => number, x: number[], what: string): void {
  const c = centralGradient(f, x), entries = Array.from(g as ArrayLike<number>);
  expect(entries.length, `${what}: count`).toBe(c.length);
  entries.forEach((v, k) => expect(Math.abs(v - c[k]!), `${what}[${k}]: ${v} vs ${c[k]}`).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(c[k]!))));
}

const x5 = [0.3, -0.7, 1.1, 0.4, -0.2];
const w4 = [0.1, -0.2, 0.3, 0.05];
const weights = Array.from({ length: 5 * 4 + 5 + 1 + 5 }, (_, i) => Math.sin(i * 0.9) * 0.5);

describe("objectives over number[] written as users write them: compiled = tape = central differences", () => {
  const cases: [string, (x: number[]) => number, (x: number[]) => number[], number[]][] = [
    ["rosen (const locals, x.length - 1)", O.rosen, grad(O.rosen), x5],
    ["logistic (dotRow helper, 2-D data of another module, ?: clamp, guard)", O.logistic, grad(O.logistic), w4],
    ["logSumExp (for…of, Math.max with -Infinity)", O.logSumExp, grad(O.logSumExp), x5],
    ["softmaxCE (spread max, map, reduce)", O.softmaxCE, grad(O.softmaxCE), x5],
    ["whileSum (let counter in a while loop)", O.whileSum, grad(O.whileSum), x5],
    ["doWhile (let counter in a do…while loop)", O.doWhile, grad(O.doWhile), x5],
    ["breakContinue", O.breakContinue, grad(O.breakContinue), x5],
    ["diffs (new Array(n - 1))", O.diffs, grad(O.diffs), x5],
    ["filled (new Array(3).fill(0), typed)", O.filled, grad(O.filled), x5],
    ["filledAny (new Array(2).fill(0), untyped)", O.filledAny, grad(O.filledAny), x5],
    ["arrayFrom (Array.from({ length }, …))", O.arrayFrom, grad(O.arrayFrom), x5],
    ["pushed ([] with push, then for…of over it)", O.pushed, grad(O.pushed), x5],
    ["methods (map, forEach with index, reduce)", O.methods, grad(O.methods), x5],
    ["mathMix (hypot, atan2, log1p, expm1, pow, min, max)", O.mathMix, grad(O.mathMix), x5],
    ["mlp (three nested loops over module data)", O.mlp, grad(O.mlp), weights],
    ["mlpHidden (a local hidden layer array)", O.mlpHidden, grad(O.mlpHidden), weights],
    ["euler (ODE steps, observations of another module, a let index)", O.euler, grad(O.euler), [0.3, 0.05]],
    ["switched (switch with break, default)", O.switched, grad(O.switched), x5],
    ["layered (a helper whose switch returns, grouped cases)", O.layered, grad(O.layered), [...x5, 0.9, -1.3]],
    ["switchJumps (switch with continue and return in a loop)", O.switchJumps, grad(O.switchJumps), [0.3, -0.7, 1.1, 0.4, -0.2, 0.8, 1.5, -0.3, 0.6]],
    ["switchJumps, returning from the switch", O.switchJumps, grad(O.switchJumps), [3, 2, 4, 5, 6, 7, 8, 9, 2.5]],
    ["guarded (early returns)", O.guarded, grad(O.guarded), x5],
    ["weighted (reduce with index and a helper)", O.weighted, grad(O.weighted), x5],
    ["huber (?: in a loop)", O.huber, grad(O.huber), x5],
    ["forOfCounter (for…of with a let counter, ?: of constants)", O.forOfCounter, grad(O.forOfCounter), x5],
    ["strided (while counter += 2, reading behind it)", O.strided, grad(O.strided), [...x5, 0.9, -1.3]],
    ["searchThenUse (counter advanced in a branch, index after the loop)", O.searchThenUse, grad(O.searchThenUse), x5],
    ["rowsOf (for…of over rows of module data, forEach on a row)", O.rowsOf, grad(O.rowsOf), w4],
    ["letArray (a local array declared with let)", O.letArray, grad(O.letArray), x5],
    ["localArrow (a local arrow helper reading a changing outer let)", O.localArrow, grad(O.localArrow), x5],
    ["nestedFn (a nested function declared after its use, called and passed to map)", O.nestedFn, grad(O.nestedFn), x5],
    ["destruct (const [a, , b] = x and let [c, d] = x)", O.destruct, grad(O.destruct), x5],
    ["tupleParam (a [number, number] parameter)", O.tupleParam as (x: number[]) => number, grad(O.tupleParam) as (x: number[]) => number[], [0.3, 0.4]],
    ["readonlyParam (a readonly number[] parameter)", O.readonlyParam, grad(O.readonlyParam), x5],
    ["viaMap (Map.forEach of module data: the tape)", O.viaMap, grad(O.viaMap), x5],
  ];
  it.each(cases)("%s", (what, f, g, x) => {
    const compiled = g(x);
    agrees(compiled, onTape(() => vjp(f, x)[1](1)), what);
    nearCentral(compiled, f, x, what);
  });

  it("a function of several arguments with a captured 2-D matrix (ridge) and data passed as arguments", () => {
    const compiled = grad(O.ridge)(w4, 0.1);
    agrees(compiled, onTape(() => vjp(O.ridge, w4, 0.1)[1](1)), "ridge");
    nearCentral(compiled[0], (w) => O.ridge(w, 0.1), w4, "ridge");
    const withData = grad(O.logisticArgs)(w4, X, y);
    agrees(withData[0], onTape(() => vjp(O.logisticArgs, w4, X, y)[1](1))[0], "logisticArgs");
    nearCentral(withData[0], (w) => O.logisticArgs(w, X, y), w4, "logisticArgs");
  });

  it("Float64Array inputs (rosenF; a Float64Array local compiles, central differences only: the tape cannot store Vars in it)", () => {
    const x = Float64Array.from(x5);
    const g = grad(O.rosenF)(x);
    expect(g).toBeInstanceOf(Float64Array);
    agrees(g, onTape(() => vjp(O.rosenF, x)[1](1)), "rosenF");
    nearCentral(g, (v) => O.rosenF(Float64Array.from(v)), x5, "rosenF");
    nearCentral(grad(O.f64local)(x), (v) => O.f64local(Float64Array.from(v)), x5, "f64local");
  });
});

describe("forward mode and functions with several outputs", () => {
  it("derivative, jvp and valueAndGrad of number functions", () => {
    agrees(derivative(O.scalarOsc)(0.7), onDuals(() => derivative(O.scalarOsc)(0.7)), "scalarOsc");
    nearCentral([derivative(O.scalarOsc)(0.7)], (v) => O.scalarOsc(v[0]!), [0.7], "scalarOsc");
    for (const at of [[1.2, 0.5], [0.3, 0.2]]) {
      agrees(jvp(O.twoArgs, at, [1, 0]), onDuals(() => jvp(O.twoArgs, at, [1, 0])), "twoArgs jvp");
      const [value, g] = valueAndGrad(O.twoArgs)(at[0]!, at[1]!);
      expect(value).toBe(O.twoArgs(at[0]!, at[1]!));
      nearCentral(g, (v) => O.twoArgs(v[0]!, v[1]!), at, "twoArgs");
    }
  });

  it("derivative and jvp over module data, while counters, Array.from and a switch helper", () => {
    for (const [f, at] of [[O.fitK, 0.3], [O.scoreRow, 0.4]] as [(a: number) => number, number][]) {
      const d = derivative(f)(at);
      agrees(d, onDuals(() => derivative(f)(at)), `derivative ${f.name}`);
      agrees(jvp(f, [at], [1]), onDuals(() => jvp(f, [at], [1])), `jvp ${f.name}`);
      nearCentral([d], (v) => f(v[0]!), [at], f.name);
    }
    const x = [0.2, 0.5];
    const jf = jacfwd(O.vecOf)(x);
    agrees(jf, onTape(() => jacfwd(O.vecOf)(x)), "jacfwd vecOf");
    agrees(jacrev(O.vecOf)(x), onTape(() => jacrev(O.vecOf)(x)), "jacrev vecOf");
    [0, 1].forEach((k) => nearCentral(jf[k], (v) => O.vecOf(v)[k]!, x, `vecOf row ${k}`));
  });

  it("jacrev, jacfwd and vjp of vector-valued functions", () => {
    const x3 = [0.4, 0.9, -0.3];
    for (const [f, x] of [[O.vecField, x3], [O.moments, x5], [O.residuals, [1, 0.3]]] as [(x: number[]) => number[], number[]][]) {
      const reference = onTape(() => jacrev(f)(x));
      agrees(jacrev(f)(x), reference, `jacrev ${f.name}`);
      agrees(jacfwd(f)(x), onTape(() => jacfwd(f)(x)), `jacfwd ${f.name}`);
      const ct = f(x).map((_, k) => k + 1);
      agrees(vjp(f, x)[1](ct), onTape(() => vjp(f, x)[1](ct)), `vjp ${f.name}`);
      f(x).forEach((_, k) => nearCentral(reference[k], (v) => f(v)[k]!, x, `${f.name} row ${k}`));
    }
  });
});

describe("more constructs as users write them (audit-constructs.ts): compiled = tape = central differences, hessians too", () => {
  const x6 = [0.3, -0.7, 1.1, 0.4, -0.2, 0.9];
  // Points with ties and repeated values, for the spreads into Math.max/min.
  const tied = [0.5, -0.7, 0.5, 0.2, 0.5, -0.7];
  const cases: [string, (x: number[]) => number, (x: number[]) => number[], (x: number[]) => number[][], number[][]][] = [
    ["spreadRange (Math.max(...x), Math.min(...x))", C.spreadRange, grad(C.spreadRange), hessian(C.spreadRange), [x6, tied, [0.4], [0.4, 0.4], [1, 1, 1]]],
    ["spreadMixed (a spread beside written-out arguments, of a mapped array)", C.spreadMixed, grad(C.spreadMixed), hessian(C.spreadMixed), [x6, tied, [0.1, 0.2]]],
    ["withVar (var locals, for (var …))", C.withVar, grad(C.withVar), hessian(C.withVar), [x6]],
    ["withConfig (a configuration object read and destructured)", C.withConfig, grad(C.withConfig), hessian(C.withConfig), [x6]],
    ["switchConst (switch on a string constant)", C.switchConst, grad(C.switchConst), hessian(C.switchConst), [x6, [1.5, -2, 0.3]]],
    ["helperInIf (a helper returning a boolean in an if)", C.helperInIf, grad(C.helperInIf), hessian(C.helperInIf), [x6]],
    ["helperInWhile (while (norm(x) * scale > 0.5 && …))", C.helperInWhile, grad(C.helperInWhile), hessian(C.helperInWhile), [x6, [0.1, 0.2]]],
    ["entries (for (const [i, v] of x.entries()))", C.entries, grad(C.entries), hessian(C.entries), [x6]],
    ["forEachOuter (forEach writing outer lets)", C.forEachOuter, grad(C.forEachOuter), hessian(C.forEachOuter), [x6]],
    ["reduceStart (reduce with a start and an index)", C.reduceStart, grad(C.reduceStart), hessian(C.reduceStart), [x6]],
    ["nestedTernary", C.nestedTernary, grad(C.nestedTernary), hessian(C.nestedTernary), [x6, [-0.8, -0.3, 1.5, 0.7]]],
    ["rounding (abs, sign, floor, round, trunc, ceil)", C.rounding, grad(C.rounding), hessian(C.rounding), [x6]],
    ["whileLength (x.length in a while test)", C.whileLength, grad(C.whileLength), hessian(C.whileLength), [x6]],
    ["labelled (break outer)", C.labelled, grad(C.labelled), hessian(C.labelled), [x6, [0.1, 0.2]]],
    ["labelledContinue (continue rows)", C.labelledContinue, grad(C.labelledContinue), hessian(C.labelledContinue), [x6, [0.3, 1.4, 0.2, 0.5]]],
    ["shadowing (let shadowed in blocks)", C.shadowing, grad(C.shadowing), hessian(C.shadowing), [x6]],
    ["earlyForOf (return inside for…of)", C.earlyForOf, grad(C.earlyForOf), hessian(C.earlyForOf), [x6, [0.1, 0.2]]],
    ["pairs (i += 2, i + 1 < x.length)", C.pairs, grad(C.pairs), hessian(C.pairs), [x6, [0.3, 0.5, 0.7]]],
    ["constants (Number.EPSILON, Infinity, MAX_VALUE)", C.constants, grad(C.constants), hessian(C.constants), [x6]],
    ["powers (** with integer and fractional exponents)", C.powers, grad(C.powers), hessian(C.powers), [x6]],
    ["hypot3 (Math.hypot of three)", C.hypot3, grad(C.hypot3), hessian(C.hypot3), [x6]],
    ["wrapped (helpers called with a string and a boolean written in place)", C.wrapped, grad(C.wrapped), hessian(C.wrapped), [x6, [0.1, 0.2]]],
    ["hypotSpread (Math.hypot(...x), of a map beside arguments)", C.hypotSpread, grad(C.hypotSpread), hessian(C.hypotSpread), [x6, [0, 0, 0], [3, 4], [1e-170, 3e-170, 0], [0.4]]],
    ["recordLocal (an object literal used as a record)", C.recordLocal, grad(C.recordLocal), hessian(C.recordLocal), [x6]],
    ["runningIndex (x[j++] inside an expression, x[--j])", C.runningIndex, grad(C.runningIndex), hessian(C.runningIndex), [x6, [0.3, 0.5, 0.7]]],
  ];
  it.each(cases)("%s", (what, f, g, h, points) => {
    for (const x of points) {
      const compiled = g(x);
      // the value is the plain function's, bit for bit (Math.hypot's spread computed as V8 computes it)
      expect(Object.is(valueAndGrad(f)(x)[0], f(x)), `${what}: value at ${x}`).toBe(true);
      agrees(compiled, onDuals(() => grad(f)(x)), `${what} at ${x}`);
      agrees(compiled, onTape(() => vjp(f, x)[1](1)), `${what} at ${x} (vjp)`);
      agrees(h(x), onDuals(() => hessian(f)(x)), `hessian of ${what} at ${x}`);
      if (x !== tied && x.some((v) => v !== 0) && Math.max(...x.map(Math.abs)) > 1e-100) nearCentral(compiled, f, x, `${what} at ${x}`);
    }
  });

  it("string and boolean parameters beside the numbers (argnums picks the array)", () => {
    const x = [0.3, -0.7, 1.1, 0.4];
    for (const mode of ["l1", "l2", "max"] as const) {
      const g = grad(C.byMode, { argnums: 0 })(x, mode);
      agrees(g, onDuals(() => grad(C.byMode, { argnums: 0 })(x, mode)), `byMode ${mode}`);
      nearCentral(g, (v) => C.byMode(v, mode), x, `byMode ${mode}`);
    }
    for (const squared of [true, false]) {
      const g = grad(C.withFlag, { argnums: 0 })(x, squared);
      agrees(g, onDuals(() => grad(C.withFlag, { argnums: 0 })(x, squared)), `withFlag ${squared}`);
      nearCentral(g, (v) => C.withFlag(v, squared), x, `withFlag ${squared}`);
    }
    // plain grad differentiates the string too: the tape's error, on either path
    expect(() => (grad(C.byMode) as (...a: unknown[]) => unknown)(x, "l1")).toThrow(/argument 1 must be a number, an array, a Float64Array or a plain object of numbers; got the string "l1"/);
  });

  it("an argument returned as it is: jacfwd, jacrev and vjp give the identity, as the tape does", () => {
    for (const x of [[0.3, -0.7, 1.1], [2.5]]) {
      const eye = x.map((_, i) => x.map((_, j) => (i === j ? 1 : 0)));
      for (const [name, got, reference] of [
        ["jacrev", jacrev(C.identity)(x), onTape(() => jacrev(C.identity)(x))],
        ["jacfwd", jacfwd(C.identity)(x), onTape(() => jacfwd(C.identity)(x))],
        ["jacfwd (Float64Array)", jacfwd(C.identityTyped)(Float64Array.from(x)), eye],
      ] as const) {
        agrees(got, reference, `${name} of identity at ${x}`);
        agrees(got, eye, `${name} of identity at ${x}`);
      }
      const ct = x.map((_, k) => k + 0.5);
      const [value, back] = vjp(C.identity, x);
      expect(value).toEqual(x);
      expect(value).not.toBe(x);
      agrees(back(ct), ct, "vjp of identity");
      expect(() => back([1, ...ct])).toThrow(/cotangent/);
    }
  });

  it("a number and an options object left out of argnums are read as data", () => {
    const x = [0.3, -0.7, 1.1, 0.4];
    for (const times of [1, 3, 6]) {
      const g = grad(C.repeated, { argnums: 0 })(x, times);
      agrees(g, onDuals(() => grad(C.repeated, { argnums: 0 })(x, times)), `repeated ${times}`);
      nearCentral(g, (v) => C.repeated(v, times), x, `repeated ${times}`);
      const [value, [gv]] = valueAndGrad(C.repeated, { argnums: [0] })(x, times);
      expect(value).toBe(C.repeated(x, times));
      agrees(gv, g, `valueAndGrad repeated ${times}`);
    }
    for (const o of [
      { rate: 0.5, steps: 2, loss: "l1", centred: true, shift: [0.1, -0.2] },
      { rate: 1.5, steps: 3, loss: "l2", centred: false, shift: [0.3] },
      { rate: 0.7, steps: 1, loss: "l2", centred: true, shift: [0.1, 0.2, 0.3, 0.4] },
    ] as C.FitOptions[]) {
      const g = grad(C.withOptions, { argnums: 0 })(x, o);
      agrees(g, onDuals(() => grad(C.withOptions, { argnums: 0 })(x, o)), `withOptions ${JSON.stringify(o)}`);
      nearCentral(g, (v) => C.withOptions(v, o), x, `withOptions ${JSON.stringify(o)}`);
    }
    // wrong types give the tape's errors (the compiled code does not take them)
    const bad = { rate: "0.5", steps: 2, loss: "l1", centred: true, shift: [0.1] } as unknown as C.FitOptions;
    const message = (work: () => unknown): string => {
      try {
        work();
      } catch (error) {
        return (error as Error).message;
      }
      return "no error";
    };
    const onRuntime = message(() => onDuals(() => grad(C.withOptions, { argnums: 0 })(x, bad)));
    expect(onRuntime).toMatch(/got the string "0.5"/);
    expect(message(() => grad(C.withOptions, { argnums: 0 })(x, bad))).toBe(onRuntime);
    expect(message(() => grad(C.repeated, { argnums: 0 })(x, "2" as never))).toBe(message(() => onDuals(() => grad(C.repeated, { argnums: 0 })(x, "2" as never))));
  });
});

/** The explain messages for a call site per exported function of fixture `file` (`calls` overrides a call). */
function explainSites(file: string, exported: Record<string, unknown>, calls: Record<string, string>): Record<string, string> {
  const dir = path.join(import.meta.dirname, "fixtures");
  const site = path.join(dir, `${file}-sites.ts`);
  const host = ts.createCompilerHost({});
  const names = Object.keys(exported).filter((k) => !k.includes("$") && typeof exported[k] === "function");
  const source = `import { grad, hessian, jacfwd, jacrev, vjp } from "typegrad";\nimport * as F from "./${file}.js";\n` +
    names.map((name) => `export const ${name}_ = ${calls[name] ?? `grad(F.${name})`};`).join("\n") + "\n";
  const read = host.readFile.bind(host);
  host.readFile = (name) => (path.resolve(name) === site ? source : read(name));
  const exists = host.fileExists.bind(host);
  host.fileExists = (name) => path.resolve(name) === site || exists(name);
  const options = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: false, outDir: path.join(dir, `../../../.tmp/${file}-sites`), paths: { typegrad: [path.join(import.meta.dirname, "../../src/runtime/index.ts")] } };
  const program = ts.createProgram([site], options, host);
  const messages: string[] = [];
  program.emit(program.getSourceFile(site), () => undefined, undefined, false, {
    before: [createTransformer(program, (d) => messages.push(`${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`), { explain: true })],
  });
  expect(messages.length).toBe(names.length);
  return Object.fromEntries(names.map((name, k) => [name, messages[k]!.replace(/^TG0001: \w+: (tape: )?/, "").replace(/ \(line \d+\)$/, "")]));
}

describe("which path each call takes (explain)", () => {
  it("the constructs of audit-constructs.ts compile (strings, booleans, numbers and options left out of argnums too), but a var read outside its block", () => {
    const paths = explainSites("audit-constructs", C, {
      byMode: "grad(F.byMode, { argnums: 0 })", withFlag: "grad(F.withFlag, { argnums: 0 })", repeated: "grad(F.repeated, { argnums: 0 })",
      withOptions: "grad(F.withOptions, { argnums: 0 })", identity: "jacrev(F.identity)", identityTyped: "jacfwd(F.identityTyped)",
    });
    expect(Object.entries(paths).filter(([, p]) => p !== "compiled").map(([name, p]) => `${name}: ${p}`)).toEqual([
      "varAfterLoop: the `var` 'i', read before its declaration or outside its block (declare it with let where it is used)",
    ]);
  }, 120_000);

  it("the constructs users write most compile; the rest say why", () => {
    const dir = path.join(import.meta.dirname, "fixtures");
    const site = path.join(dir, "audit-sites.ts");
    const files = [site];
    const host = ts.createCompilerHost({});
    const objectives = Object.keys(O).filter((k) => !k.includes("$") && typeof (O as Record<string, unknown>)[k] === "function");
    const kinds: Record<string, string> = { vecField: "jacrev", moments: "jacfwd", residuals: "jacrev", scalarOsc: "derivative", activate: "grad", fitK: "derivative", scoreRow: "derivative", vecOf: "jacfwd" };
    const source = `import { grad, jacrev, jacfwd, derivative } from "typegrad";\nimport * as O from "./audit-objectives.js";\n` +
      objectives.map((name) => `export const ${name}_ = ${kinds[name] ?? "grad"}(O.${name});`).join("\n") + "\n";
    const read = host.readFile.bind(host);
    host.readFile = (name) => (path.resolve(name) === site ? source : read(name));
    const exists = host.fileExists.bind(host);
    host.fileExists = (name) => path.resolve(name) === site || exists(name);
    const options = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: false, outDir: path.join(dir, "../../../.tmp/audit-sites"), paths: { typegrad: [path.join(import.meta.dirname, "../../src/runtime/index.ts")] } };
    const program = ts.createProgram(files, options, host);
    const messages: string[] = [];
    program.emit(program.getSourceFile(site), () => undefined, undefined, false, {
      before: [createTransformer(program, (d) => messages.push(`${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`), { explain: true })],
    });
    const paths = Object.fromEntries(objectives.map((name, k) => [name, messages[k]?.replace(/^TG0001: \w+: (tape: )?/, "")]));
    expect(messages.length).toBe(objectives.length);
    const tape = Object.entries(paths).filter(([, p]) => p !== "compiled").map(([name, p]) => `${name}: ${p!.replace(/ \(line \d+\)$/, "")}`);
    expect(tape).toEqual([
      "viaMap: the statement 'table.forEach((v, k) => { s += v * x[…'",
    ]);
  }, 120_000);
});
