import type Database from "better-sqlite3";
import { InputProblems } from "../../kit/errors.js";
import type { Owners } from "../../kit/owners.js";
import type { MeasureRow } from "../db/schema.js";
import { readObservationCsv, refuse } from "./observation-csv.js";
import { type ImportSummary, upsertObservations } from "./upsert-observations.js";

/**
 * Loads a trust return: every row is checked, its care unit or place is checked with the
 * partners subgraph (each distinct key asked once), and only a file with no problem at all is
 * written, in one transaction. Otherwise one BAD_USER_INPUT lists every bad row by its line.
 */
export async function loadReturn(options: {
  sqlite: Database.Database;
  owners: Owners;
  measures: ReadonlyMap<string, MeasureRow>;
  csv: string;
  source: string;
  importedBy: string | null;
}): Promise<ImportSummary> {
  const { rows, problems } = readObservationCsv(options.csv, options.measures);
  const references = new InputProblems();
  await options.owners.check(
    references,
    rows.flatMap((row) =>
      row.unitKind === "TRUST"
        ? []
        : [
            {
              type: row.unitKind === "CARE_UNIT" ? ("CareUnit" as const) : ("Place" as const),
              field: `row ${row.line}`,
              id: row.unitId,
            },
          ],
    ),
  );
  const all = [...problems, ...references.list].sort(
    (a, b) => Number(a.field.slice(4)) - Number(b.field.slice(4)),
  );
  if (all.length > 0) throw refuse(all);
  return upsertObservations(options.sqlite, rows, options.source, options.importedBy);
}
