import type Database from "better-sqlite3";
import type { ObservationImportRow } from "./observation-csv.js";

/** Whether an incoming row's figures are those already stored. */
const SAME = `(observations.numerator IS excluded.numerator
  AND observations.denominator IS excluded.denominator
  AND observations.raw_value IS excluded.raw_value AND observations.target IS excluded.target)`;

export interface ImportSummary {
  batchId: number | null;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * Loads checked rows in one transaction as an upsert keyed by measure, unit and period. A row
 * whose figures match what is stored changes nothing (so loading a file twice changes nothing),
 * except that a PUBLISHED row may publish a stored draft. Changed figures take the file's status:
 * a DRAFT by default, for someone to review and publish. A load that changes nothing leaves no
 * batch behind.
 */
/** The row's values for its statement (its line in the file is not stored). */
function withoutLine(row: Omit<ObservationImportRow, "line"> & { line?: number }) {
  const values = { ...row };
  delete values.line;
  return values;
}

export function upsertObservations(
  sqlite: Database.Database,
  rows: readonly Omit<ObservationImportRow, "line">[],
  source: string,
  importedBy: string | null,
): ImportSummary {
  const count = sqlite.prepare("SELECT count(*) AS n FROM observations").pluck();
  const createBatch = sqlite.prepare(
    "INSERT INTO import_batches (source, rows, inserted, updated, imported_by) VALUES (?, ?, 0, 0, ?)",
  );
  const upsert = sqlite.prepare(`
    INSERT INTO observations (measure_code, unit_kind, unit_id, period, period_start, numerator,
      denominator, raw_value, target, status, provenance, batch_id)
    VALUES (@measureCode, @unitKind, @unitId, @period, @periodStart, @numerator, @denominator,
      @rawValue, @target, @status, 'IMPORT', @batchId)
    ON CONFLICT (measure_code, unit_kind, unit_id, period_start) DO UPDATE SET
      numerator = excluded.numerator, denominator = excluded.denominator,
      raw_value = excluded.raw_value, target = excluded.target,
      status = CASE WHEN ${SAME} THEN 'PUBLISHED' ELSE excluded.status END,
      provenance = 'IMPORT', batch_id = excluded.batch_id,
      source_document = NULL, source_section = NULL, source_note = NULL
    WHERE NOT ${SAME} OR (excluded.status = 'PUBLISHED' AND observations.status = 'DRAFT')
  `);
  // A published (or retracted) figure that a return changes is kept as it was first.
  const keep = sqlite.prepare(`
    INSERT INTO observation_revisions (observation_id, numerator, denominator, raw_value, value,
      target, status, provenance, change, reason, batch_id, recorded_by)
    SELECT id, numerator, denominator, raw_value, value, target, status, provenance, 'IMPORTED',
      'Replaced by a later return', @batchId, @importedBy
    FROM observations
    WHERE measure_code = @measureCode AND unit_kind = @unitKind AND unit_id = @unitId
      AND period_start = @periodStart AND status IN ('PUBLISHED', 'RETRACTED')
      AND NOT (numerator IS @numerator AND denominator IS @denominator
        AND raw_value IS @rawValue AND target IS @target)
  `);
  const finishBatch = sqlite.prepare(
    "UPDATE import_batches SET inserted = ?, updated = ? WHERE id = ?",
  );
  const dropBatch = sqlite.prepare("DELETE FROM import_batches WHERE id = ?");

  return sqlite.transaction((): ImportSummary => {
    const before = count.get() as number;
    const batchId = Number(createBatch.run(source, rows.length, importedBy).lastInsertRowid);
    let changed = 0;
    for (const row of rows) {
      const values = { ...withoutLine(row), batchId };
      keep.run({ ...values, importedBy });
      changed += upsert.run(values).changes;
    }
    const inserted = (count.get() as number) - before;
    const updated = changed - inserted;
    if (changed === 0) dropBatch.run(batchId);
    else finishBatch.run(inserted, updated, batchId);
    return {
      batchId: changed === 0 ? null : batchId,
      rows: rows.length,
      inserted,
      updated,
      unchanged: rows.length - changed,
    };
  })();
}
