/**
 * Loads a trust return into the workforce database: `npm run import:measures -- FILE.csv`.
 * Every row is checked first, its care unit or place with the partners subgraph (which must be
 * running: `PARTNERS_URL` or `PARTNERS_PORT` says where, as for the gateway); if any is bad, or
 * partners cannot be asked, nothing is loaded and every problem is printed with its row number.
 * Loading the same file twice changes nothing the second time.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { GraphQLError } from "graphql";
import { ownersFromEnv } from "../subgraphs/services.js";
import { loadReturn } from "../subgraphs/workforce/import/load-return.js";
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
  const summary = await loadReturn({
    sqlite: database.sqlite,
    owners: ownersFromEnv("workforce"),
    measures,
    csv: readFileSync(file, "utf8"),
    source: basename(file),
    importedBy: process.env.USER ?? null,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `${file}: ${summary.rows} rows in ${seconds} s: ${summary.inserted} inserted, ${summary.updated} updated, ${summary.unchanged} unchanged` +
      (summary.batchId === null
        ? " (nothing changed, no batch recorded)"
        : ` (batch ${summary.batchId})`),
  );
} catch (error) {
  if (error instanceof GraphQLError && error.extensions.code === "REFERENCE_CHECK_UNAVAILABLE") {
    console.error(`${file}: ${error.message}`);
    process.exitCode = 1;
  } else if (error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT") {
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
