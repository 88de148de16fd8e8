// What `explain` says at call sites of transforms of functions with matrix and object
// parameters (vector, jvp and Hessian code), a destructured parameter left out by argnums, and
// a reduce choosing a row: "compiled", and for the forms that still take the tape, why.
import * as path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { createTransformer } from "../../src/transformer/index.js";

const SOURCE = `import { grad, hessian, hvp, jacfwd, jacobian, jacrev, jvp, vjp } from "typegrad";
type P = { w: number[]; b: number };
type Options = { rate: number; mode: string };
function layer(W: number[][], p: P, x: number[]): number[] {
  const out = new Array<number>(W.length);
  for (let i = 0; i < W.length; i++) {
    let z = p.b;
    for (let j = 0; j < x.length; j++) z += W[i][j] * x[j] * p.w[j];
    out[i] = Math.tanh(z);
  }
  return out;
}
function loss(p: P, W: number[][]): number {
  let s = 0;
  for (let i = 0; i < W.length; i++) s += (W[i][0] * p.w[0] + p.b) ** 2;
  return s;
}
function scaled(x: number[], { rate, mode }: Options): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += rate * x[i] * x[i];
  return mode === "double" ? 2 * s : s;
}
function pick(W: number[][], x: number[]): number {
  const best = W.reduce((a, row) => (row[0] > a[0] ? row : a));
  return best[0] * x[0];
}
function inPlace(W: number[][], x: number[]): number {
  return W.reduce((a, row) => (row[0] > a[0] ? row : a))[0] * x[0];
}
function mean(W: number[][]): number[] {
  const m = W.reduce((a, row) => a.map((v, j) => v + row[j]));
  return m;
}
function labelled(x: number[], label: string): number[] {
  return label === "a" ? [x[0]] : [x[1]];
}
export const sites = [
  jacfwd(layer), jacrev(layer), jacobian(layer), vjp(layer, [[1]], { w: [1], b: 0 }, [1]),
  jvp(layer, [[[1]], { w: [1], b: 0 }, [1]], [[[1]], { w: [1], b: 0 }, [1]]),
  hessian(loss), hvp((q: P) => loss(q, [[1]]), { w: [1], b: 0 }, { w: [1], b: 0 }),
  grad(scaled, { argnums: 0 }), grad(pick), grad(inPlace), jacrev(mean), jacfwd(labelled),
];
`;

/** The explain message of each transform call site of SOURCE, in order. */
function explain(): string[] {
  const dir = path.join(import.meta.dirname, "fixtures");
  const site = path.join(dir, "explain-structured-sites.ts");
  const host = ts.createCompilerHost({});
  const read = host.readFile.bind(host);
  host.readFile = (name) => (path.resolve(name) === site ? SOURCE : read(name));
  const exists = host.fileExists.bind(host);
  host.fileExists = (name) => path.resolve(name) === site || exists(name);
  const options = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, outDir: path.join(dir, "../../../.tmp/explain-structured"), paths: { typegrad: [path.join(import.meta.dirname, "../../src/runtime/index.ts")] } };
  const program = ts.createProgram([site], options, host);
  const messages: string[] = [];
  program.emit(program.getSourceFile(site), () => undefined, undefined, false, {
    before: [createTransformer(program, (d) => messages.push(ts.flattenDiagnosticMessageText(d.messageText, "\n")), { explain: true })],
  });
  return messages;
}

describe("explain for matrix, object and destructured parameters and a reduce choosing a row", () => {
  it("says compiled where they compile and why the rest takes the tape", () => {
    expect(explain()).toEqual([
      "TG0001: jacfwd: compiled",
      "TG0001: jacrev: compiled",
      "TG0001: jacobian: compiled",
      "TG0001: vjp: compiled",
      "TG0001: jvp: compiled",
      "TG0001: hessian: compiled",
      "TG0001: hvp: tape: '[[1]]', which is not a number (line 40)",
      "TG0001: grad: compiled",
      "TG0001: grad: compiled",
      "TG0001: grad: tape: 'W.reduce((a, row) => (row[0] > a[0] ?…' over rows without a start value, in place (compiled code takes `const best = W.reduce((a, row) => … ? row : a)`, a row chosen and named) (line 28)",
      "TG0001: jacrev: tape: 'W.reduce((a, row) => a.map((v, j) => …' over rows without a start value, whose callback returns something other than one of its two rows (line 31)",
      "TG0001: jacfwd: tape: the parameter 'label' of type string (compiled forward and vector code takes numbers and arrays of numbers; a string or boolean parameter compiles for grad and valueAndGrad when argnums leaves it out) (line 34)",
    ]);
  }, 120_000);
});
