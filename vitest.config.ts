import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// "typegrad" resolves to the runtime's source, so tests and transformed code share one copy
// of the runtime (its values are recognised by class).
export default defineConfig({
  resolve: {
    alias: [{ find: /^typegrad$/, replacement: fileURLToPath(new URL("./src/runtime/index.ts", import.meta.url)) }],
  },
  test: {
    include: ["test/**/*.test.ts"],
  },
});
