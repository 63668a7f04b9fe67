import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (for Node) and .mjs (for bundlers). Node-loaded libraries such as
    // type-graphql get the CommonJS copy; without this alias Vite would hand our code the other
    // copy, and `instanceof GraphQLScalarType` checks across the two would fail.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: [
      "common/**/*.test.ts",
      "subgraphs/**/*.test.ts",
      "gateway/**/*.test.ts",
      "scripts/**/*.test.ts",
      "test/**/*.test.ts",
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
