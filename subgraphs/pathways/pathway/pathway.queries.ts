import { type SQL, sql } from "drizzle-orm";
import { ftsQuery } from "../../kit/fts.js";
import {
  afterCursor,
  type KeysetCursor,
  type KeysetOrder,
  orderByClause,
} from "../../kit/pagination.js";
import type { PathwayOrder } from "./pathway-enums.js";
import type { PathwayRow } from "../db/schema.js";
import type { PathwaysDb } from "../loaders.js";

export interface PathwayListFilter {
  search: string | null;
  statuses: string[];
  sectors: string[];
  placeId: string | null;
  careUnitId: string | null;
  partnerId: string | null;
  roles: string[];
  /** Only pathways one of these partners takes part in (null: any). */
  partnerIds: string[] | null;
}

export type RankedPathwayRow = PathwayRow & { sortKey: string | number };

const COLUMNS = sql.raw(
  `p.id, p.name, p.purpose, p.age_min AS ageMin, p.age_max AS ageMax, p.conditions, p.eligibility,
   p.lead_care_unit_id AS leadCareUnitId, p.agreement_id AS agreementId, p.status,
   p.agreed_on AS agreedOn, p.live_from AS liveFrom, p.next_review_due AS nextReviewDue,
   p.source_document AS sourceDocument, p.source_section AS sourceSection,
   p.source_quote AS sourceQuote, p.source_note AS sourceNote, p.updated_at AS updatedAt`,
);

const list = (values: string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

function conditions(filter: PathwayListFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.statuses.length > 0) where.push(sql`p.status IN (${list(filter.statuses)})`);
  if (filter.sectors.length > 0) {
    where.push(
      sql`EXISTS (SELECT 1 FROM pathway_sectors s WHERE s.pathway_id = p.id AND s.sector IN (${list(filter.sectors)}))`,
    );
  }
  if (filter.placeId) {
    where.push(
      sql`EXISTS (SELECT 1 FROM pathway_places pl WHERE pl.pathway_id = p.id AND pl.place_id = ${filter.placeId})`,
    );
  }
  if (filter.careUnitId) where.push(sql`p.lead_care_unit_id = ${filter.careUnitId}`);
  if (filter.partnerId) {
    const roles =
      filter.roles.length > 0 ? sql` AND pp.role IN (${list(filter.roles)})` : sql.raw("");
    where.push(
      sql`EXISTS (SELECT 1 FROM pathway_participants pp WHERE pp.pathway_id = p.id AND pp.partner_id = ${filter.partnerId}${roles})`,
    );
  }
  if (filter.partnerIds) {
    where.push(
      filter.partnerIds.length === 0
        ? sql`0 = 1`
        : sql`EXISTS (SELECT 1 FROM pathway_participants pq WHERE pq.pathway_id = p.id AND pq.partner_id IN (${list(filter.partnerIds)}))`,
    );
  }
  return where;
}

/** Every partner taking part in any pathway, by id. */
export function participantPartnerIds(db: PathwaysDb): string[] {
  return db
    .all<{ id: string }>(sql`SELECT DISTINCT partner_id AS id FROM pathway_participants`)
    .map((row) => row.id);
}

function whereClause(parts: SQL[]): SQL {
  return parts.length === 0 ? sql`` : sql`WHERE ${sql.join(parts, sql` AND `)}`;
}

/** Each order's key: relevance is bm25 (the name counts ten times, the purpose three). */
const ORDERS: Record<PathwayOrder, KeysetOrder> = {
  NAME: { name: "NAME", key: sql`p.name`, descending: false },
  RELEVANCE: { name: "RELEVANCE", key: sql`f.rank`, descending: false },
  RECENTLY_UPDATED: {
    name: "RECENTLY_UPDATED",
    key: sql`coalesce(p.updated_at, '')`,
    descending: true,
  },
  NEXT_REVIEW_DUE: {
    name: "NEXT_REVIEW_DUE",
    key: sql`coalesce(p.next_review_due, '9999-12-31')`,
    descending: false,
  },
};

/**
 * One page of pathways in `order` and the total that match, in two statements. Keyset
 * pagination on (the order's key, id), so no row repeats or goes missing between pages.
 */
export function listPathways(
  db: PathwaysDb,
  filter: PathwayListFilter,
  order: PathwayOrder,
  after: KeysetCursor | null,
  limit: number,
): { rows: RankedPathwayRow[]; totalCount: number } {
  const match = filter.search ? ftsQuery(filter.search) : null;
  if (filter.search && !match) return { rows: [], totalCount: 0 };
  const base = conditions(filter);
  const from = match
    ? sql`FROM pathways p JOIN (SELECT pathway_id, bm25(pathways_fts, 0.0, 10.0, 3.0, 1.0) AS rank FROM pathways_fts WHERE pathways_fts MATCH ${match}) f ON f.pathway_id = p.id`
    : sql`FROM pathways p`;
  const sort = ORDERS[order];
  const page = [...base];
  if (after) page.push(afterCursor(sort, sql`p.id`, after));
  const rows = db.all<RankedPathwayRow>(
    sql`SELECT ${COLUMNS}, ${sort.key} AS sortKey ${from} ${whereClause(page)} ORDER BY ${orderByClause(sort, sql`p.id`)} LIMIT ${limit}`,
  );
  const count = db.get<{ n: number }>(sql`SELECT count(*) AS n ${from} ${whereClause(base)}`);
  return { rows, totalCount: count?.n ?? 0 };
}
