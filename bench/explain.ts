/**
 * `npx tsx bench/explain.ts [--factor 100]`: runs every benchmark operation once over a scaled
 * dataset, records the SQL each subgraph ran, and prints SQLite's query plan for every statement
 * whose plan scans a table rather than searching it through an index.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scale } from "../scripts/seed-scale.js";
import { startInProcess } from "./in-process.js";
import { operations } from "./operations.js";

const at = process.argv.indexOf("--factor");
const factor = at > 0 ? Number(process.argv[at + 1]) : 100;
const dataDir = mkdtempSync(join(tmpdir(), "explain-"));
scale(dataDir, factor);
const system = await startInProcess(dataDir, { record: true });
let scans = 0;
for (const op of operations()) {
  for (const s of system.subgraphs) s.database.statements.reset();
  await system.send(op.body);
  for (const s of system.subgraphs) {
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
await system.stop();
rmSync(dataDir, { recursive: true, force: true });
