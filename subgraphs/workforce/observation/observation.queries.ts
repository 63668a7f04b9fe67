import { type SQL, sql } from "drizzle-orm";
import type { ObservationRow } from "../db/schema.js";
import type { WorkforceDb } from "../loaders.js";

const COLUMNS = sql.raw(
  `id, measure_code AS measureCode, unit_kind AS unitKind, unit_id AS unitId, period,
   period_start AS periodStart, numerator, denominator, raw_value AS rawValue, value, target, status,
   provenance, batch_id AS batchId, source_document AS sourceDocument,
   source_section AS sourceSection, source_note AS sourceNote`,
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

export type RankedObservation = ObservationRow & { rank: number };

/**
 * For every series (measure × unit) matching the filter, its latest figure (rank 1) and the one
 * before it (rank 2), in one statement.
 */
export function latestTwo(db: WorkforceDb, filter: LatestFilter): RankedObservation[] {
  const where: SQL[] = [
    sql`status IN (${list(statusesFor(filter.includeDrafts))})`,
    sql`unit_kind IN (${list(filter.unitKinds)})`,
  ];
  if (filter.measureCodes?.length) where.push(sql`measure_code IN (${list(filter.measureCodes)})`);
  if (filter.unitIds) where.push(sql`unit_id IN (${list(filter.unitIds)})`);
  return db.all<RankedObservation>(
    sql`SELECT * FROM (
          SELECT ${COLUMNS}, ROW_NUMBER() OVER (
            PARTITION BY measure_code, unit_kind, unit_id ORDER BY period_start DESC) AS rank
          FROM observations WHERE ${sql.join(where, sql` AND `)}
        ) WHERE rank <= 2 ORDER BY measureCode, unitKind, unitId, rank`,
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
    sql`SELECT ${COLUMNS} FROM observations WHERE ${sql.join(where, sql` AND `)}
        ORDER BY unit_kind, unit_id, period_start`,
  );
}
