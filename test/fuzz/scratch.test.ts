import * as fs from "node:fs";
import { it } from "vitest";
import { compileBatch } from "./compile.js";
import { createRequire } from "node:module";
import * as path from "node:path";
const req = createRequire(import.meta.url);

it("scratch", () => {
  const src = fs.readFileSync("/tmp/fz/cases.ts", "utf8").split("\n// ----\n");
  const dir = path.resolve(".tmp/scratch-" + Date.now());
  const r = compileBatch(dir, src.map((m) => ({ "main.ts": m })));
  src.forEach((_, k) => {
    if (r.errors.get(k)) return console.log(k, r.errors.get(k));
    const T = req(path.join(dir, "typegrad", "p" + k, "main.js"));
    for (const name of Object.keys(T).filter((n) => /^t\d/.test(n))) {
      try { console.log(k, name, JSON.stringify(T[name]())); } catch (e) { console.log(k, name, "THROWS", String(e).slice(0, 100)); }
    }
  });
}, 600000);
