import { type SQL, sql } from "drizzle-orm";
import type { ObservationRow } from "../db/schema.js";
import type { WorkforceDb } from "../loaders.js";

const COLUMNS = sql.raw(
  `o.id, o.measure_code AS measureCode, o.unit_kind AS unitKind, o.unit_id AS unitId, o.period,
   o.period_start AS periodStart, o.numerator, o.denominator, o.raw_value AS rawValue, o.value,
   o.target, o.status, o.provenance, o.batch_id AS batchId, o.source_document AS sourceDocument,
   o.source_section AS sourceSection, o.source_quote AS sourceQuote, o.source_note AS sourceNote`,
);

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

export const statusesFor = (includeDrafts: boolean) =>
  includeDrafts ? ["DRAFT", "PUBLISHED"] : ["PUBLISHED"];

export interface LatestFilter {
  includeDrafts: boolean;
  measureCodes?: readonly string[] | null;
  unitKinds: readonly string[];
  unitIds?: readonly string[] | null;
}

/**
 * For every series (measure × unit) matching the filter, its latest figure and the one before
 * it, newest first, in one statement. Each series is found once in the unit index, then its two
 * newest figures are read backwards from it: a window over every row sorted all of them, and took
 * 3.3 times as long on 200,000 observations.
 */
export function latestTwo(db: WorkforceDb, filter: LatestFilter): ObservationRow[] {
  const series: SQL[] = [sql`unit_kind IN (${list(filter.unitKinds)})`];
  if (filter.measureCodes?.length) series.push(sql`measure_code IN (${list(filter.measureCodes)})`);
  if (filter.unitIds) series.push(sql`unit_id IN (${list(filter.unitIds)})`);
  const statuses = list(statusesFor(filter.includeDrafts));
  return db.all<ObservationRow>(
    sql`WITH series AS (
          SELECT DISTINCT measure_code, unit_kind, unit_id FROM observations
          WHERE ${sql.join(series, sql` AND `)}
        )
        SELECT ${COLUMNS}
        FROM series s JOIN observations o ON o.id IN (
          SELECT l.id FROM observations l
          WHERE l.measure_code = s.measure_code AND l.unit_kind = s.unit_kind
            AND l.unit_id = s.unit_id AND l.status IN (${statuses})
          ORDER BY l.period_start DESC LIMIT 2
        )
        ORDER BY measureCode, unitKind, unitId, periodStart DESC`,
  );
}

export interface SeriesFilter {
  measureCode: string;
  fromStart: string;
  toStart: string;
  includeDrafts: boolean;
  units?: readonly { kind: string; id: string }[] | null;
}

/** Every figure of one measure in a range of periods, for the given units: one statement. */
export function seriesRows(db: WorkforceDb, filter: SeriesFilter): ObservationRow[] {
  const where: SQL[] = [
    sql`measure_code = ${filter.measureCode}`,
    sql`period_start BETWEEN ${filter.fromStart} AND ${filter.toStart}`,
    sql`status IN (${list(statusesFor(filter.includeDrafts))})`,
  ];
  if (filter.units) {
    where.push(
      filter.units.length === 0
        ? sql`0`
        : sql`(${sql.join(
            filter.units.map((u) => sql`(unit_kind = ${u.kind} AND unit_id = ${u.id})`),
            sql` OR `,
          )})`,
    );
  }
  return db.all<ObservationRow>(
    sql`SELECT ${COLUMNS} FROM observations o WHERE ${sql.join(where, sql` AND `)}
        ORDER BY unit_kind, unit_id, period_start`,
  );
}
