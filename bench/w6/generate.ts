/**
 * W6's project: a generated TypeScript project of a given number of lines, about half of it
 * differentiable code (Var/Dual types, plain operators, Math calls, loops, functions handed to
 * grad/derivative) and half plain code (interfaces, classes, string and array helpers), spread
 * over files of ~100 lines that import each other. Deterministic, so every run compiles the same.
 */
export interface GeneratedFile {
  path: string;
  text: string;
}

function differentiable(k: number): string[] {
  const prev = k > 0 ? [`import { energy${k - 1} } from "./diff${k - 1}.js";`] : [];
  const L: string[] = [
    `import { grad, derivative, valueAndGrad, type Var, type Dual } from "typegrad";`,
    ...prev,
    ``,
    `/** Model ${k}: a small differentiable model. */`,
    `export function activation${k}(x: Var): Var {`,
    `  const s = Math.tanh(x * ${(0.5 + k / 100).toFixed(2)}) + 0.1 * x;`,
    `  return s * s - Math.exp(-x * x) / 2;`,
    `}`,
    ``,
    `export function layer${k}(w: Var[], x: number[]): Var {`,
    `  let acc: Var = 0;`,
    `  for (let i = 0; i < w.length; i++) {`,
    `    acc += w[i] * x[i % x.length];`,
    `  }`,
    `  return activation${k}(acc);`,
    `}`,
    ``,
    `export function energy${k}(p: Var[]): Var {`,
    `  let e: Var = 0;`,
    `  for (let i = 0; i + 1 < p.length; i++) {`,
    `    const d = p[i + 1] - p[i] * p[i];`,
    `    e += 100 * d * d + (1 - p[i]) ** 2;`,
    `  }`,
    k > 0 ? `  return e + 0.01 * energy${k - 1}(p);` : `  return e;`,
    `}`,
    ``,
    `export function spring${k}(x: Dual, v: Dual): Dual {`,
    `  const k = ${(1 + k / 10).toFixed(1)};`,
    `  const damping = 0.05;`,
    `  let a = -k * x - damping * v;`,
    `  if (x > 1) {`,
    `    a -= (x - 1) * 3;`,
    `  }`,
    `  return a * Math.cos(x) + Math.sqrt(1 + v * v);`,
    `}`,
    ``,
    `export function loss${k}(w: Var[], data: number[][], target: number[]): Var {`,
    `  let total: Var = 0;`,
    `  for (let s = 0; s < data.length; s++) {`,
    `    const y = layer${k}(w, data[s]);`,
    `    const err = y - target[s];`,
    `    total += err * err;`,
    `  }`,
    `  return total / data.length;`,
    `}`,
    ``,
    `export const gradEnergy${k} = grad(energy${k});`,
    `export const dSpring${k} = derivative((x: number) => spring${k}(x, 0.5));`,
    `export const vgLoss${k} = valueAndGrad((w: number[]) => loss${k}(w, [[1, 2], [3, 4]], [0.5, 0.25]));`,
    ``,
  ];
  for (let j = 0; L.length < 96; j++) {
    L.push(
      `export function poly${k}_${j}(x: Var, y: Var): Var {`,
      `  const t = x * ${j + 1} + y / ${j + 2};`,
      `  return Math.sin(t) * x - Math.log(1 + y * y) + t ** 2 / 3;`,
      `}`,
      ``,
    );
  }
  return L;
}

function plain(k: number): string[] {
  const L: string[] = [
    `/** Plain helpers ${k}: no typegrad here. */`,
    `export interface Record${k} {`,
    `  id: number;`,
    `  name: string;`,
    `  tags: string[];`,
    `  score?: number;`,
    `}`,
    ``,
    `export class Store${k} {`,
    `  private items = new Map<number, Record${k}>();`,
    ``,
    `  add(r: Record${k}): void {`,
    `    this.items.set(r.id, r);`,
    `  }`,
    ``,
    `  find(pred: (r: Record${k}) => boolean): Record${k}[] {`,
    `    return [...this.items.values()].filter(pred);`,
    `  }`,
    ``,
    `  total(): number {`,
    `    let t = 0;`,
    `    for (const r of this.items.values()) t += r.score ?? 0;`,
    `    return t / Math.max(1, this.items.size);`,
    `  }`,
    `}`,
    ``,
    `export function label${k}(r: Record${k}): string {`,
    `  return \`\${r.name} (#\${r.id}): \${r.tags.join(", ")}\`;`,
    `}`,
    ``,
    `export function histogram${k}(xs: number[], bins: number): number[] {`,
    `  const out = new Array<number>(bins).fill(0);`,
    `  const lo = Math.min(...xs), hi = Math.max(...xs);`,
    `  for (const x of xs) {`,
    `    const b = Math.min(bins - 1, Math.floor(((x - lo) / (hi - lo || 1)) * bins));`,
    `    out[b] += 1;`,
    `  }`,
    `  return out;`,
    `}`,
    ``,
  ];
  for (let j = 0; L.length < 96; j++) {
    L.push(
      `export function mix${k}_${j}(a: number, b: number): number {`,
      `  const m = (a * ${j + 3} + b) % 7;`,
      `  return m < 3 ? Math.hypot(a, b) : a - b * ${j + 1};`,
      `}`,
      ``,
    );
  }
  return L;
}

/** About `lines` lines of TypeScript (exactly, after padding the index file). */
export function generateProject(lines: number): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  let count = 0;
  for (let k = 0; count < lines - 120; k++) {
    for (const [name, body] of [[`diff${k}`, differentiable(k)], [`plain${k}`, plain(k)]] as const) {
      files.push({ path: `src/${name}.ts`, text: body.join("\n") });
      count += body.length;
    }
  }
  const pairs = files.length / 2;
  const index = [`// Entry point: uses every module.`];
  for (let k = 0; k < pairs; k++) index.push(`import { gradEnergy${k} } from "./diff${k}.js";`, `import { Store${k} } from "./plain${k}.js";`);
  index.push(`export const all = [`);
  for (let k = 0; k < pairs; k++) index.push(`  () => gradEnergy${k}([0.5, 1.5, -0.5]),`, `  () => new Store${k}().total(),`);
  index.push(`];`);
  while (count + index.length < lines) index.push(`// padding`);
  files.push({ path: "src/index.ts", text: index.join("\n") });
  return files;
}

export function lineCount(files: GeneratedFile[]): number {
  return files.reduce((n, f) => n + f.text.split("\n").length, 0);
}
