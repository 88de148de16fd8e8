import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import typegrad from "./src/vite/index.js";

// "typegrad" resolves to the runtime's source, so tests and transformed code share one copy
// of the runtime (its values are recognised by class).
export default defineConfig({
  // The DSL tests are written with plain operators and compiled by typegrad's own Vite
  // plugin. The runtime tests call the runtime by hand (and check that untransformed
  // arithmetic throws), so they are left as written.
  plugins: [typegrad({ include: /\/test\/transformer\// })],
  resolve: {
    alias: [{ find: /^typegrad$/, replacement: fileURLToPath(new URL("./src/runtime/index.ts", import.meta.url)) }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    // Tests that build TypeScript programs take seconds on a busy 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
