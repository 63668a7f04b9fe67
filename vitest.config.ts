import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

/**
 * Files that time what the real processes do (a subgraph back within 5 s of SIGKILL): they run
 * alone, after everything else, so that no other test's processes compete for the CPU.
 */
const TIMED = ["test/processes.test.ts"];

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS (for Node) and .mjs (for bundlers). Node-loaded libraries such as
    // type-graphql get the CommonJS copy; without this alias Vite would hand our code the other
    // copy, and `instanceof GraphQLScalarType` checks across the two would fail.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    // The browser pages are built once, before any test serves them.
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "suite",
          include: [
            "common/**/*.test.ts",
            "subgraphs/**/*.test.ts",
            "gateway/**/*.test.ts",
            "scripts/**/*.test.ts",
            "test/**/*.test.ts",
          ],
          exclude: TIMED,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "timed",
          include: TIMED,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
