// Compiled code travels with a function passed as a value (rewrite/value-code.ts): transforms
// inside the user's own optimisers run the code compiled where the objective is defined. Each
// result is checked against the tape (the runtime with compiled code off) to 1e-13 relative and
// against central differences; the attached code is looked up on the function's version, and
// `explain` says which code travels with each function and that the transforms inside the
// optimisers are decided at run time.
import * as path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { attachedCode, reverseKinds } from "../runtime/attached-code.js";
import { createTransformer } from "../../src/transformer/index.js";
import * as V from "./fixtures/value-objectives.js";
import { onDuals, onTape } from "./tape-reference.js";
import { agrees, centralGradient as central } from "../numeric.js";

const near = (got: number[], want: number[], what: string, tol = 1e-6) =>
  got.forEach((v, k) => expect(Math.abs(v - want[k]!), `${what}[${k}]: ${v} vs ${want[k]}`).toBeLessThanOrEqual(tol * (1 + Math.abs(want[k]!))));
/** The reference: the same transform on the runtime, compiled code off (Duals/tape). */
const reference = <T>(work: () => T): T => onDuals(() => onTape(work));

const x5 = [0.3, -0.7, 1.1, 0.4, -0.2];
const X = [[1, 0.5, -0.3], [0.2, -1, 0.7], [-0.4, 0.3, 1.2], [0.9, 0.1, -0.8]];
const y = [1, 0, 1, 0];
const w3 = [0.2, -0.1, 0.4];

describe("a function passed as a value carries its compiled code", () => {
  it("attaches reverse, forward, derivative, Hessian and vector code to the versions", () => {
    expect(attachedCode(V.rosen)).toEqual(["reverse", "hessian"]);
    // a matrix parameter (X: number[][]) takes compiled Hessian code too
    expect(attachedCode(V.logLoss)).toEqual(["reverse", "hessian"]);
    expect(attachedCode(V.bump)).toEqual(["reverse", "forward", "derivative", "hessian"]);
    expect(attachedCode(V.ring)).toEqual(["vector forward", "vector reverse"]);
    // A function closing over a local of its factory carries code that reads the local when it runs.
    expect(attachedCode(V.table(2).scaled)).toEqual(["reverse", "hessian"]);
    expect(attachedCode(V.table(2).sphere)).toEqual(["reverse", "hessian"]);
  });

  it("grad inside the user's minimize = the tape = central differences", () => {
    const g = V.gradOf(V.rosen, x5);
    agrees(g, reference(() => V.gradOf(V.rosen, x5)), "gradOf(rosen)");
    near(g, central(V.rosen, x5), "gradOf(rosen) vs central");
    const [value, g2] = V.valueAndGradOf(V.rosen, x5);
    agrees(value, V.rosen(x5), "value of rosen");
    agrees(g2, g, "valueAndGradOf(rosen)");
    // Twenty descent steps by hand with central differences land where minimize does.
    let x = x5.slice();
    for (let k = 0; k < 20; k++) {
      const d = central(V.rosen, x);
      x = x.map((v, i) => v - 1e-4 * d[i]!);
    }
    near(V.minimize(V.rosen, x5, 20, 1e-4), x, "minimize", 1e-7);
  });

  it("grad with argnums of a loss with data parameters, handed to the user's fitStep", () => {
    const g = V.fitStep(V.logLoss, w3, X, y);
    expect(g).toHaveLength(3);
    agrees(g, reference(() => V.fitStep(V.logLoss, w3, X, y)), "fitStep(logLoss)");
    near(g, central((w) => V.logLoss(w, X, y), w3), "fitStep vs central");
  });

  it("keeps each reverse code attached: all parameters for grad, X and y as data for argnums 0", () => {
    expect(reverseKinds(V.logLoss)).toEqual({ attached: ["ama", "aDD"], taken: "ama" });
    expect(reverseKinds(V.logLoss, [0])).toEqual({ attached: ["ama", "aDD"], taken: "aDD" });
    expect(reverseKinds(V.logLoss, [0, 2]).taken).toBe("ama");
    const all = V.gradOf((w: number[]) => V.logLoss(w, X, y), w3);
    agrees(V.lossGradW(w3, X, y), all, "grad(logLoss, { argnums: 0 }) vs all parameters");
    agrees(V.fitStep(V.logLoss, w3, X, y), all, "fitStep(logLoss) vs all parameters");
  });

  it("jacfwd, jacrev and vjp of a vector function handed to the user's helper", () => {
    const [Jf, Jr, v] = V.jacobians(V.ring, x5);
    const [Tf, Tr, tv] = reference(() => V.jacobians(V.ring, x5));
    agrees(Jf, Tf, "jacfwd(ring)");
    agrees(Jr, Tr, "jacrev(ring)");
    agrees(v, tv, "vjp(ring)");
    for (let r = 0; r < x5.length; r++) near(Jr[r]!, central((x) => V.ring(x)[r]!, x5), `jacrev(ring)[${r}] vs central`);
  });

  it("derivative of a scalar function and hessian of an objective, both through values", () => {
    const d = V.slope(V.bump, 0.7);
    agrees(d, reference(() => V.slope(V.bump, 0.7)), "slope(bump)");
    near([d], central(([t]) => V.bump(t!), [0.7]), "slope(bump)");
    const H = V.curvature(V.rosen, x5);
    agrees(H, reference(() => V.curvature(V.rosen, x5)), "hessian(rosen)");
    for (let r = 0; r < x5.length; r++) near(H[r]!, central((x) => V.gradOf(V.rosen, x)[r]!, x5), `hessian(rosen)[${r}] vs central`, 1e-5);
  });

  it("a table of objectives chosen at run time, one of them closing over a local", () => {
    const t = V.table(3);
    for (const name of ["rosen", "sphere", "scaled"]) {
      const g = V.gradOf(t[name]!, x5);
      agrees(g, reference(() => V.gradOf(t[name]!, x5)), `gradOf(table.${name})`);
      near(g, central(t[name]!, x5), `gradOf(table.${name}) vs central`);
    }
  });

  it("explain says which code travels with each function and where the path is decided at run time", () => {
    const file = path.resolve("test/transformer/fixtures/value-objectives.ts");
    const program = ts.createProgram([file], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true, types: [] });
    const messages: string[] = [];
    const sf = program.getSourceFile(file)!;
    ts.transform(sf, [createTransformer(program, (d) => {
      const line = d.file ? d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1 : 0;
      messages.push(`${line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    }, { explain: true })]);
    const lineOf = (text: string) => sf.getLineAndCharacterOfPosition(sf.getFullText().indexOf(text)).line + 1;
    const at = (text: string) => messages.filter((m) => m.startsWith(`${lineOf(text)}: `)).map((m) => m.slice(m.indexOf(" ") + 1));
    expect(at("export function rosen")).toEqual(["TG0001: rosen passed as a value: compiled code travels with it (grad, hessian)"]);
    expect(at("export function ring")).toEqual(["TG0001: ring passed as a value: compiled code travels with it (jacfwd, jacrev, vjp)"]);
    expect(at("export const bump")).toEqual(["TG0001: bump passed as a value: compiled code travels with it (grad, jvp, hessian)"]);
    expect(at("scaled: (x")).toEqual(["TG0001: scaled passed as a value: compiled code travels with it (grad, hessian)"]);
    expect(at("const g = grad(f)")[0]).toMatch(/^TG0001: grad: decided at run time/);
    expect(at("return [jacfwd(F)(x)")).toHaveLength(3);
  });
});
