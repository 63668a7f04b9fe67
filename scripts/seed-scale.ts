/**
 * Builds a synthetic dataset N times the seed, for benchmarks: `npm run seed:scale -- --factor N`
 * (DATA_DIR picks the databases, default data/; they are created and seeded first if missing).
 * Copy K of every partner, care unit, pathway, post, activity and care-unit figure gets ids ending
 * "-synthetic-K", names ending "(synthetic K)" and a source note saying it is not real. Places,
 * ICSs, measures and the trust's own figures are not copied: there is one of each.
 */
import type Database from "better-sqlite3";
import { SUBGRAPHS } from "../subgraphs/registry.js";

interface CopyRule {
  table: string;
  /** Columns holding ids of copied entities: suffixed. */
  ids: string[];
  /** Human-readable name columns: annotated. */
  names?: string[];
  /** Leave out of the copy (an autoincrement key). */
  skip?: string[];
  /** Which rows are originals to copy. */
  where?: string;
}

const RULES: Record<string, CopyRule[]> = {
  partners: [
    { table: "partners", ids: ["id", "successor_id"], names: ["name"] },
    { table: "care_units", ids: ["id"], names: ["name"] },
    { table: "care_unit_places", ids: ["care_unit_id"] },
    { table: "memberships", ids: ["id", "partner_id"] },
    { table: "agreements", ids: ["id"], names: ["title"] },
    { table: "agreement_parties", ids: ["agreement_id", "partner_id"] },
    { table: "system_leadership_roles", ids: ["id", "holder_partner_id"], names: ["title"] },
  ],
  pathways: [
    { table: "pathways", ids: ["id", "lead_care_unit_id", "agreement_id"], names: ["name"] },
    { table: "pathway_sectors", ids: ["pathway_id"] },
    { table: "pathway_places", ids: ["pathway_id"] },
    { table: "pathway_participants", ids: ["pathway_id", "partner_id"] },
    { table: "pathway_steps", ids: ["pathway_id", "responsible_partner_id"] },
    { table: "referral_routes", ids: ["pathway_id"] },
    { table: "pathway_status_changes", ids: ["pathway_id"], skip: ["id"] },
  ],
  "lived-experience": [
    { table: "roles", ids: ["id", "care_unit_id", "host_partner_id"], names: ["title"] },
    { table: "role_status_changes", ids: ["role_id"], skip: ["id"] },
    { table: "activities", ids: ["id", "pathway_id", "care_unit_id"], names: ["title"] },
    { table: "recognitions", ids: ["activity_id"], skip: ["id"] },
    { table: "coproductions", ids: ["id", "pathway_id", "activity_id"] },
    { table: "coproduction_partners", ids: ["coproduction_id", "partner_id"] },
  ],
  workforce: [
    { table: "observations", ids: ["unit_id"], skip: ["id"], where: "unit_kind = 'CARE_UNIT'" },
  ],
};

const SYNTHETIC = "-synthetic-";

function copyStatement(sqlite: Database.Database, rule: CopyRule) {
  const columns = (
    sqlite.prepare(`SELECT name FROM pragma_table_info('${rule.table}')`).all() as {
      name: string;
    }[]
  )
    .map((c) => c.name)
    .filter((c) => !rule.skip?.includes(c) && c !== "value"); // `value` is generated
  const expressions = columns.map((c) => {
    if (rule.ids.includes(c))
      return `CASE WHEN ${c} IS NULL THEN NULL ELSE ${c} || '${SYNTHETIC}' || @k END`;
    if (rule.names?.includes(c)) return `${c} || ' (synthetic ' || @k || ')'`;
    if (c === "source_note")
      return `'Synthetic copy ' || @k || ' for scale benchmarks: not a real record.'`;
    return c;
  });
  const original = `${rule.ids[0]} NOT LIKE '%${SYNTHETIC}%'`;
  return sqlite.prepare(
    `INSERT INTO ${rule.table} (${columns.join(", ")}) SELECT ${expressions.join(", ")} FROM ${rule.table}
     WHERE ${original}${rule.where ? ` AND ${rule.where}` : ""}`,
  );
}

export function scale(dataDir: string, factor: number): Record<string, number> {
  const rows: Record<string, number> = {};
  for (const definition of SUBGRAPHS) {
    const { database } = definition.create({
      databaseFile: `${dataDir}/${definition.name}.sqlite`,
    });
    const sqlite = database.sqlite;
    const rules = RULES[definition.name] ?? [];
    const first = rules[0];
    if (first) {
      const scaled = sqlite
        .prepare(
          `SELECT count(*) AS n FROM ${first.table} WHERE ${first.ids[0]} LIKE '%${SYNTHETIC}%'`,
        )
        .get() as { n: number };
      if (scaled.n > 0)
        throw new Error(
          `${dataDir}/${definition.name}.sqlite is already scaled: use a fresh DATA_DIR`,
        );
    }
    sqlite.transaction(() => {
      sqlite.pragma("defer_foreign_keys = ON");
      const statements = rules.map((rule) => copyStatement(sqlite, rule));
      for (let k = 2; k <= factor; k++) for (const statement of statements) statement.run({ k });
    })();
    for (const rule of rules) {
      rows[rule.table] = (
        sqlite.prepare(`SELECT count(*) AS n FROM ${rule.table}`).get() as { n: number }
      ).n;
    }
    database.close();
  }
  return rows;
}

if (process.argv[1]?.endsWith("seed-scale.ts")) {
  const at = process.argv.indexOf("--factor");
  const factor = Number(at > 0 ? process.argv[at + 1] : NaN);
  if (!Number.isInteger(factor) || factor < 1 || factor > 1000) {
    console.error(
      "usage: npm run seed:scale -- --factor N   (N from 1 to 1000; DATA_DIR picks the databases)",
    );
    process.exit(2);
  }
  const dataDir = process.env.DATA_DIR ?? "data";
  const started = performance.now();
  const rows = scale(dataDir, factor);
  console.log(
    `Scaled ${dataDir}/ to ${factor}× the seed in ${((performance.now() - started) / 1000).toFixed(1)} s:`,
  );
  for (const [table, n] of Object.entries(rows)) console.log(`  ${table.padEnd(24)} ${n}`);
}
