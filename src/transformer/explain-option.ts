/**
 * Where `explain` is asked for, outside the ts-patch and Vite plugins' own options: the
 * tsconfig's typegrad plugin entry (`{ "transform": "typegrad/transformer", "explain": true }`),
 * which `typegrad build` and the Node loader read too; `typegrad build --explain`; and the
 * environment variable `TYPEGRAD_EXPLAIN=1` for the loader (`node --import typegrad/register`).
 */
import type * as TS from "typescript";

/**
 * True when the tsconfig's `plugins` list has typegrad's transformer with `"explain": true`.
 * @example explainInConfig({ plugins: [{ transform: "typegrad/transformer", explain: true }] }) // true
 */
export function explainInConfig(options: TS.CompilerOptions): boolean {
  const plugins = options.plugins as readonly Record<string, unknown>[] | undefined;
  if (!Array.isArray(plugins)) return false;
  return plugins.some((p) => typeof p?.transform === "string" && /typegrad(\/transformer|\/dist\/transformer)/.test(p.transform) && p.explain === true);
}

/**
 * True when `TYPEGRAD_EXPLAIN` is set to something other than "", "0" or "false".
 * @example explainInEnvironment({ TYPEGRAD_EXPLAIN: "1" }) // true
 */
export function explainInEnvironment(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.TYPEGRAD_EXPLAIN;
  return value !== undefined && value !== "" && value !== "0" && value.toLowerCase() !== "false";
}
