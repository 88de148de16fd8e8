// Baselines: each case in cases/ is compiled with the transformer; the emitted JavaScript and
// the diagnostics must equal the reviewed references beside it (cases/<name>.js and
// cases/<name>.diagnostics.txt). After reviewing a change, `npm run accept-baselines` writes
// the new references. Every case without diagnostics is then run, and each derivative it
// exports is compared with central differences of the function it differentiates.
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { compileCases } from "./harness.js";
import { centralGrad } from "../numeric.js";

const casesDir = path.join(import.meta.dirname, "cases");
const runDir = path.join(import.meta.dirname, "../../.tmp/baselines");
const accept = process.env.ACCEPT_BASELINES === "1";
const outputs = compileCases(casesDir);

/** What a case exports for checking: a function, a point, and typegrad's gradient of it. */
interface Check {
  f: (...xs: number[]) => number;
  at: number[];
  grad: (...xs: number[]) => number | number[];
}

describe("baselines", () => {
  for (const output of outputs) {
    it(`${output.name}: emitted code and diagnostics`, () => {
      const jsFile = path.join(casesDir, `${output.name}.js`);
      const diagnosticsFile = path.join(casesDir, `${output.name}.diagnostics.txt`);
      const diagnostics = output.diagnostics ? `${output.diagnostics}\n` : "";
      if (accept) {
        fs.writeFileSync(jsFile, output.js);
        if (diagnostics) fs.writeFileSync(diagnosticsFile, diagnostics);
        else fs.rmSync(diagnosticsFile, { force: true });
      }
      expect(output.js).toBe(fs.readFileSync(jsFile, "utf8"));
      expect(diagnostics).toBe(fs.existsSync(diagnosticsFile) ? fs.readFileSync(diagnosticsFile, "utf8") : "");
    });
  }

  it("a file that does not import typegrad is emitted byte-identical to plain tsc", () => {
    const plain = compileCases(casesDir, false).find((o) => o.name === "untouched")!;
    expect(outputs.find((o) => o.name === "untouched")!.js).toBe(plain.js);
  }, 60_000);

  const runnable = outputs.filter((o) => !o.diagnostics && o.options.module !== "commonjs");
  it.each(runnable.map((o) => o.name))("%s: runs, and its derivatives match central differences", async (name) => {
    fs.mkdirSync(runDir, { recursive: true });
    for (const o of outputs) fs.writeFileSync(path.join(runDir, `${o.name}.js`), o.js);
    const module = (await import(pathToFileURL(path.join(runDir, `${name}.js`)).href)) as { checks?: Check[] };
    for (const check of module.checks ?? []) {
      const actual = check.grad(...check.at);
      const expected = centralGrad(check.f, check.at);
      const got = Array.isArray(actual) ? actual : [actual];
      got.forEach((g, i) => expect(Math.abs(g - expected[i]!)).toBeLessThanOrEqual(1e-6 * (1 + Math.abs(expected[i]!))));
    }
  });
});
