// Each set-up path of the README, run exactly as written in a fresh folder with the packed
// typegrad: `npm init -y`, the installs (typegrad from the tarball, the rest from the
// registry), the files, the commands. The script's output must be the line the README
// promises beside its console.log, and match the closed form of the gradient.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDir, NPM_FLAGS, numbersIn, packInto, readmeSetups, sh, writeFiles } from "./project.js";

const setups = readmeSetups();
const dirs: string[] = [];
let tarball = "";

beforeAll(() => {
  const dir = freshDir("readme-pack");
  dirs.push(dir);
  tarball = packInto(dir);
}, 60_000);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })), 120_000);

// d/dx0 sin(x0)(x0 + x1) = cos(x0)(x0 + x1) + sin(x0); d/dx1 = sin(x0); at (0.6, 1.4).
const closedForm = [Math.cos(0.6) * 2 + Math.sin(0.6), Math.sin(0.6)];

describe("the README's set-up snippets", () => {
  it("cover every path of the table", () => {
    expect([...setups.keys()]).toEqual(["loader", "build", "tspc", "vitest", "vite-node"]);
  });

  describe.concurrent.each([...setups.keys()])("%s", (name) => {
    it("works pasted into a fresh npm init -y folder", async () => {
      const dir = freshDir(`readme-${name}`);
      dirs.push(dir);
      let promised: string | undefined;
      let last = { status: 0, stdout: "", stderr: "" };
      for (const step of setups.get(name)!) {
        if ("file" in step) {
          writeFiles(dir, { [step.file]: step.text });
          promised ??= /console\.log\(.*\); \/\/ (.*)/.exec(step.text)?.[1];
          continue;
        }
        // The user's `npm install typegrad` installs the tarball under test.
        const line = step.run.startsWith("npm install") ? `${step.run.replace(/ typegrad(?=\s|$| &&)/g, ` ${tarball}`).replace(/npm install/g, `npm install ${NPM_FLAGS}`)}` : step.run;
        last = await sh(dir, line);
        expect(last.status, `${line}\n${last.stdout}\n${last.stderr}`).toBe(0);
        // No engine warnings on any supported Node (ts-patch 4 would ask for Node 22.15).
        if (step.run.startsWith("npm install")) expect(last.stderr).not.toMatch(/EBADENGINE/);
      }
      if (name === "vitest") {
        expect(last.stdout).toMatch(/1 passed/);
        return;
      }
      expect(last.stdout.trim()).toBe(promised);
      const [g0, g1] = numbersIn(last.stdout);
      expect(g0).toBeCloseTo(closedForm[0]!, 14);
      expect(g1).toBeCloseTo(closedForm[1]!, 14);
    }, 300_000);
  });
});
