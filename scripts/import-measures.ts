/**
 * Loads a trust return into the workforce database: `npm run import:measures -- FILE.csv`.
 * Every row is checked first; if any is bad, nothing is loaded and every problem is printed with
 * its row number. Loading the same file twice changes nothing the second time.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { GraphQLError } from "graphql";
import { readObservationCsv } from "../subgraphs/workforce/import/observation-csv.js";
import { upsertObservations } from "../subgraphs/workforce/import/upsert-observations.js";
import { createWorkforceSubgraph } from "../subgraphs/workforce/index.js";
import * as t from "../subgraphs/workforce/db/schema.js";

const file = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
if (!file) {
  console.error(
    "usage: npm run import:measures -- FILE.csv   (DATA_DIR picks the database, default data/)",
  );
  process.exit(2);
}

const dataDir = process.env.DATA_DIR ?? "data";
const { database } = createWorkforceSubgraph({ databaseFile: `${dataDir}/workforce.sqlite` });
try {
  const started = performance.now();
  const measures = new Map(
    database.db
      .select()
      .from(t.measures)
      .all()
      .map((m) => [m.code, m]),
  );
  const rows = readObservationCsv(readFileSync(file, "utf8"), measures);
  const summary = upsertObservations(
    database.sqlite,
    rows,
    basename(file),
    process.env.USER ?? null,
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `${file}: ${summary.rows} rows in ${seconds} s: ${summary.inserted} inserted, ${summary.updated} updated, ${summary.unchanged} unchanged` +
      (summary.batchId === null
        ? " (nothing changed, no batch recorded)"
        : ` (batch ${summary.batchId})`),
  );
} catch (error) {
  if (error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT") {
    const problems = error.extensions.problems as { field: string; message: string }[];
    console.error(
      `${file}: ${String(error.extensions.problemCount)} problem(s); nothing was loaded.`,
    );
    for (const p of problems) console.error(`  ${p.field}: ${p.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
} finally {
  database.close();
}
