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
 * For every series (unit × measure) matching the filter, its latest figure and the one before
 * it, newest first, in one statement, in the order of `series_latest`'s key: the two ids come from `series_latest`, which triggers keep
 * (searching each series' figures took 120 ms over 200,000 observations; this reads two rows a
 * series).
 */
export function latestTwo(db: WorkforceDb, filter: LatestFilter): ObservationRow[] {
  const where: SQL[] = [
    sql`s.scope = ${filter.includeDrafts ? "ANY" : "PUBLISHED"}`,
    sql`s.unit_kind IN (${list(filter.unitKinds)})`,
  ];
  if (filter.measureCodes?.length)
    where.push(sql`s.measure_code IN (${list(filter.measureCodes)})`);
  if (filter.unitIds) where.push(sql`s.unit_id IN (${list(filter.unitIds)})`);
  return db.all<ObservationRow>(
    sql`SELECT ${COLUMNS}
        FROM series_latest s JOIN observations o ON o.id IN (s.latest_id, s.previous_id)
        WHERE ${sql.join(where, sql` AND `)}
        ORDER BY s.unit_kind, s.unit_id, s.measure_code, o.period_start DESC`,
  );
}

/** The first `limit` care units (by id) with figures in scope, or those of `careUnitIds` that have. */
export function careUnitsWithFigures(
  db: WorkforceDb,
  filter: {
    includeDrafts: boolean;
    measureCodes?: readonly string[] | null;
    careUnitIds?: readonly string[] | null;
    limit: number;
  },
): string[] {
  const where: SQL[] = [
    sql`scope = ${filter.includeDrafts ? "ANY" : "PUBLISHED"}`,
    sql`unit_kind = 'CARE_UNIT'`,
  ];
  if (filter.measureCodes?.length) where.push(sql`measure_code IN (${list(filter.measureCodes)})`);
  if (filter.careUnitIds) where.push(sql`unit_id IN (${list(filter.careUnitIds)})`);
  return db
    .all<{ unitId: string }>(
      sql`SELECT DISTINCT unit_id AS unitId FROM series_latest
          WHERE ${sql.join(where, sql` AND `)} ORDER BY unit_id LIMIT ${filter.limit}`,
    )
    .map((r) => r.unitId);
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
