/**
 * `npx tsx bench/explain.ts [--factor 100]`: runs every benchmark operation once over a scaled
 * dataset, records the SQL each subgraph ran, and prints SQLite's query plan for every statement
 * whose plan scans a table rather than searching it through an index.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gatewayConfigFromEnv } from "../gateway/config.js";
import { startGateway } from "../gateway/serve.js";
import { scale } from "../scripts/seed-scale.js";
import { startSubgraphServer } from "../subgraphs/kit/server.js";
import { SUBGRAPHS } from "../subgraphs/registry.js";
import { operations } from "./operations.js";

const at = process.argv.indexOf("--factor");
const factor = at > 0 ? Number(process.argv[at + 1]) : 100;
const dataDir = mkdtempSync(join(tmpdir(), "explain-"));
scale(dataDir, factor);
const subgraphs = [];
for (const definition of SUBGRAPHS) {
  const subgraph = definition.create({ databaseFile: `${dataDir}/${definition.name}.sqlite` });
  subgraph.database.statements.recording = true;
  const server = await startSubgraphServer({
    name: definition.name,
    schema: subgraph.schema,
    createContext: subgraph.createContext,
    port: 0,
    production: true,
  });
  subgraphs.push({ name: definition.name, database: subgraph.database, server });
}
const gateway = await startGateway({
  ...gatewayConfigFromEnv({}),
  port: 0,
  production: true,
  subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.server.url])),
});
let scans = 0;
for (const op of operations()) {
  for (const s of subgraphs) s.database.statements.reset();
  await fetch(gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: op.body,
  });
  for (const s of subgraphs) {
    for (const { sql, params } of s.database.statements.recorded) {
      const plan = s.database.sqlite
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...(params as never[])) as { detail: string }[];
      const scanning = plan.filter((step) => /^SCAN /.test(step.detail));
      if (scanning.length === 0) continue;
      scans++;
      console.log(`\n${op.name} → ${s.name}: ${sql.replace(/\s+/g, " ").slice(0, 300)}`);
      for (const step of plan) console.log(`   ${step.detail}`);
    }
  }
}
console.log(`\n${scans} statement(s) with a scan, at ×${factor}.`);
await gateway.stop();
for (const s of subgraphs) {
  await s.server.stop();
  s.database.close();
}
rmSync(dataDir, { recursive: true, force: true });
