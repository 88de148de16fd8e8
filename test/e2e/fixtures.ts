// A small user program in several modules, written as users write DSL code: Var-typed
// functions, helpers in other modules called from grad, number[] and Float64Array, `?:` and
// early returns. main.ts prints a JSON object; EXPECTED is the same object by closed forms.
export const PROGRAM: Record<string, string> = {
  "src/model.ts": `import { sin, type Var } from "typegrad";

export function model(x0: Var, x1: Var): Var {
  let acc: Var = 0;
  acc += sin(x0) * (x0 + x1);
  acc += x0 ** 2 - -x1;
  if (x0 < x1) acc *= 2;
  return acc / 2;
}
`,
  "src/helpers.ts": `export function sumSquares(xs: number[] | Float64Array): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]! * xs[i]!;
  return s;
}

export function softLog(x: number): number {
  if (x <= 0) return 0;
  return x > 1 ? Math.log(x) : x - 1;
}
`,
  "src/main.ts": `import { derivative, grad, Tape } from "typegrad";
import { softLog, sumSquares } from "./helpers.js";
import { model } from "./model.js";

const tape = new Tape();
const [x0, x1] = [tape.variable(0.6), tape.variable(1.4)];
const y = model(x0, x1);
console.log(JSON.stringify({
  y: Number(\`\${y}\`),
  tape: tape.gradient(y, [x0, x1]),
  array: grad((xs: number[]) => sumSquares(xs))([1, 2, 3]),
  typed: Array.from(grad((xs: Float64Array) => sumSquares(xs))(new Float64Array([1, 2]))),
  logs: [derivative(softLog)(2), derivative(softLog)(0.5), derivative(softLog)(-1)],
  plain: sumSquares([3, 4]),
}));
`,
};

/** main.ts's output by closed forms: at (0.6, 1.4), acc = sin(0.6)·2 + 0.36 + 1.4 (doubled, halved). */
export const EXPECTED = {
  y: Math.sin(0.6) * 2 + 0.36 + 1.4,
  tape: [Math.cos(0.6) * 2 + Math.sin(0.6) + 1.2, Math.sin(0.6) + 1],
  array: [2, 4, 6],
  typed: [2, 4],
  logs: [1 / 2, 1, 0],
  plain: 25,
};

/** A tsconfig any TypeScript from 6 on accepts. */
export const TSCONFIG = {
  compilerOptions: { target: "ES2022", module: "NodeNext", strict: true, rootDir: "src", outDir: "dist" },
  include: ["src"],
};
