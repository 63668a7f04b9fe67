import { type SQL, sql } from "drizzle-orm";
import type { PathwaysDb } from "../loaders.js";

/** Which pathways a coverage figure counts: statuses, and optionally a place, care unit, partner. */
export interface CoverageScope {
  statuses: readonly string[] | null;
  placeId?: string | null;
  careUnitId?: string | null;
  partnerId?: string | null;
}

/**
 * EPUT, whose partnership web this is. A pathway with no participant but EPUT is not shared with
 * any partner, so the strategy's measure does not count it (see `countUnshared`).
 */
export const TRUST_PARTNER_ID = "eput";

const SHARED = sql`EXISTS (SELECT 1 FROM pathway_participants x WHERE x.pathway_id = p.id AND x.partner_id <> ${TRUST_PARTNER_ID})`;

/** The scope as a condition on pathways `p`: shared ones only, unless `shared` is false. */
function where(scope: CoverageScope, shared = true): SQL {
  const conditions: SQL[] = shared ? [SHARED] : [];
  if (scope.statuses)
    conditions.push(
      sql`p.status IN (${sql.join(
        scope.statuses.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  if (scope.placeId)
    conditions.push(
      sql`EXISTS (SELECT 1 FROM pathway_places x WHERE x.pathway_id = p.id AND x.place_id = ${scope.placeId})`,
    );
  if (scope.careUnitId) conditions.push(sql`p.lead_care_unit_id = ${scope.careUnitId}`);
  if (scope.partnerId)
    conditions.push(
      sql`EXISTS (SELECT 1 FROM pathway_participants x WHERE x.pathway_id = p.id AND x.partner_id = ${scope.partnerId})`,
    );
  return conditions.length ? sql.join(conditions, sql` AND `) : sql`1 = 1`;
}

export interface Count {
  value: string;
  count: number;
}

export function countPathways(db: PathwaysDb, scope: CoverageScope): number {
  return (
    db.get<{ n: number }>(sql`SELECT count(*) AS n FROM pathways p WHERE ${where(scope)}`)?.n ?? 0
  );
}

/** Pathways in scope that no partner but EPUT takes part in: not shared, so counted apart. */
export function countUnshared(db: PathwaysDb, scope: CoverageScope): number {
  return (
    db.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM pathways p WHERE ${where(scope, false)} AND NOT ${SHARED}`,
    )?.n ?? 0
  );
}

export function countBySector(db: PathwaysDb, scope: CoverageScope): Count[] {
  return db.all<Count>(
    sql`SELECT s.sector AS value, count(*) AS count FROM pathway_sectors s JOIN pathways p ON p.id = s.pathway_id WHERE ${where(scope)} GROUP BY s.sector`,
  );
}

export function countByStatus(db: PathwaysDb, scope: CoverageScope): Count[] {
  return db.all<Count>(
    sql`SELECT p.status AS value, count(*) AS count FROM pathways p WHERE ${where({ ...scope, statuses: null })} GROUP BY p.status`,
  );
}

export function countByPlace(db: PathwaysDb, scope: CoverageScope): Count[] {
  return db.all<Count>(
    sql`SELECT pl.place_id AS value, count(*) AS count FROM pathway_places pl JOIN pathways p ON p.id = pl.pathway_id WHERE ${where(scope)} GROUP BY pl.place_id ORDER BY count DESC, pl.place_id`,
  );
}

export function countByCareUnit(db: PathwaysDb, scope: CoverageScope): Count[] {
  return db.all<Count>(
    sql`SELECT p.lead_care_unit_id AS value, count(*) AS count FROM pathways p WHERE p.lead_care_unit_id IS NOT NULL AND ${where(scope)} GROUP BY p.lead_care_unit_id ORDER BY count DESC, p.lead_care_unit_id`,
  );
}

/** Pathways spanning each sector in each place, for a sector × place grid. */
export function countBySectorAndPlace(
  db: PathwaysDb,
  scope: CoverageScope,
): { sector: string; placeId: string; count: number }[] {
  return db.all(
    sql`SELECT s.sector AS sector, pl.place_id AS placeId, count(*) AS count
        FROM pathway_sectors s JOIN pathways p ON p.id = s.pathway_id
        JOIN pathway_places pl ON pl.pathway_id = p.id
        WHERE ${where(scope)} GROUP BY s.sector, pl.place_id ORDER BY pl.place_id, s.sector`,
  );
}
