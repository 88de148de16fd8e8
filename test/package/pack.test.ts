// What a user gets from the registry: `npm pack`, install the tarball into a fresh project,
// import every name of SPEC §3 from "typegrad" and differentiate something.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const names = `sin cos tan asin acos atan atan2 sinh cosh tanh asinh acosh atanh exp exp2 expm1 log log2
  log10 log1p sqrt cbrt pow hypot abs sign min max floor ceil round trunc square sigmoid relu softplus
  grad valueAndGrad derivative jvp vjp jacfwd jacrev jacobian hessian hvp linearize stopGradient checkpoint
  Tape dual primal tangent
  defineFunction pipe numericalGrad checkGrads trace`.split(/\s+/);

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "typegrad-pack-"));
  execFileSync("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: root, stdio: "pipe" });
  const tarball = readdirSync(dir).find((f) => f.endsWith(".tgz"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "user-project", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", `./${tarball}`], { cwd: dir, stdio: "pipe" });
}, 180_000);
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

describe("the packed package", () => {
  it("exports every runtime name of the contract", () => {
    const script = `
      import * as tg from "typegrad";
      const missing = ${JSON.stringify(names)}.filter((n) => typeof tg[n] !== "function");
      const g = tg.grad((x0, x1) => tg.mul(tg.sin(x0), tg.add(x0, x1)))(0.6, 1.4);
      console.log(JSON.stringify({ missing, g }));`;
    const out = JSON.parse(execFileSync("node", ["--input-type=module", "-e", script], { cwd: dir }).toString());
    expect(out.missing).toEqual([]);
    expect(out.g).toEqual([2.215313703214392, 0.5646424733950354]);
  });

  it("ships the built runtime with type declarations", () => {
    const pkg = join(dir, "node_modules", "typegrad");
    const files = readdirSync(join(pkg, "dist", "runtime"));
    expect(files).toContain("index.d.ts");
    expect(files).toContain("index.js");
  });
});
