/**
 * Where the transformer-built workloads live: bench/workloads/dsl/ compiled by
 * `tspc -p bench/tsconfig.transformer.json` into .tmp/bench-tx/. The runner builds them only
 * when the transformer exists (dist/transformer/index.js); until then these rows are pending.
 */
export const TX_DIR = new URL("../../bench-tx/", import.meta.url);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function loadDsl(name: string): Promise<any> {
  return import(new URL(`workloads/dsl/${name}.js`, TX_DIR).href);
}
