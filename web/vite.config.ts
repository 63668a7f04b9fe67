import { resolve } from "node:path";
import { defineConfig } from "vite";

/**
 * The browser pages the gateway serves from its own assets, with no CDN: the offline GraphQL
 * explorer (/graphiql) and the dashboard (/dashboard). `npm run build:web` writes web/dist/.
 */
export default defineConfig({
  root: __dirname,
  base: "/",
  esbuild: { jsx: "automatic" },
  build: {
    outDir: resolve(__dirname, "dist"),
    emptyOutDir: true,
    // The explorer's editor is one large chunk; it is loaded from this server, never a CDN.
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      // Radix's "use client" markers are for server-rendering frameworks; a static bundle drops them.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
      input: {
        graphiql: resolve(__dirname, "graphiql/index.html"),
        dashboard: resolve(__dirname, "dashboard/index.html"),
      },
    },
  },
});
