/**
 * What `npm run build` copies beside the compiled JavaScript: each subgraph's migrations and the
 * committed supergraph, found where the code looks for them (relative to itself). The browser
 * pages are built straight into dist/web/dist.
 */
import { cpSync, readdirSync } from "node:fs";

for (const subgraph of readdirSync("subgraphs", { withFileTypes: true })) {
  if (!subgraph.isDirectory() || subgraph.name === "kit") continue;
  const from = `subgraphs/${subgraph.name}/db/migrations`;
  cpSync(from, `dist/${from}`, { recursive: true });
}
cpSync("schema", "dist/schema", { recursive: true });
console.log("Copied migrations and schema/ into dist/ (npm run build writes dist/web/dist).");
