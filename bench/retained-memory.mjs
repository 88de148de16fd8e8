// What typegrad keeps after one large gradient: run one gradient of 10⁷ operations on the
// tape, and one of compiled reverse code pushing 10⁷ numbers on its value stack, then collect
// garbage and print process.memoryUsage() (MB). Usage, after `npm run build`:
//   node --expose-gc bench/retained-memory.mjs [path/to/dist/runtime/index.js] [operations]
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const entry = process.argv[2] ?? "dist/runtime/index.js";
const N = Number(process.argv[3] ?? 1e7);
const tg = await import(pathToFileURL(resolve(entry)).href);
if (typeof globalThis.gc !== "function") throw new Error("run with node --expose-gc");

const MB = (b) => (b / 2 ** 20).toFixed(1);
function report(label) {
  for (let k = 0; k < 3; k++) globalThis.gc();
  const m = process.memoryUsage();
  console.log(`${label.padEnd(34)} rss ${MB(m.rss).padStart(7)}  arrayBuffers ${MB(m.arrayBuffers).padStart(7)}  heapUsed ${MB(m.heapUsed).padStart(6)}`);
}

report("start");
// The tape: s = x + x + … (N additions, N + 1 nodes), d/dx = N.
const g = tg.grad((x) => {
  let s = x;
  for (let i = 0; i < N; i++) s = tg.add(s, x);
  return s;
})(2);
if (g !== N + 1) throw new Error(`tape gradient ${g}, expected ${N + 1}`);
report(`after grad of ${N} operations`);

// The compiled value stack, as compiled reverse code uses it: push N partials, pop them all.
const f = (x) => x;
tg.withReverse(f, (x) => {
  const stack = tg.valueStack();
  for (let i = 0; i < N; i++) stack.push(x);
  let a = 0;
  for (let i = 0; i < N; i++) a += stack.pop();
  return tg.reverseResult(x, [a / N]);
}, "n");
const h = tg.grad(f)(3);
if (h !== 3) throw new Error(`compiled gradient ${h}, expected 3`);
report(`after compiled grad pushing ${N}`);
// A small gradient afterwards: what a long-running process keeps between calls.
tg.grad((x) => tg.mul(x, x))(3);
report("after a small gradient");
