import { type SQL, sql } from "drizzle-orm";
import { ftsQuery } from "../../kit/fts.js";
import { type KeysetCursor } from "../../kit/pagination.js";
import type { PartnersDb } from "../loaders.js";
import type { PartnerRow } from "../db/schema.js";

export interface PartnerListFilter {
  kinds?: string[] | null;
  icsId?: string | null;
  placeId?: string | null;
  collaborativeId?: string | null;
  search?: string | null;
  asOf: string;
  includeInactive: boolean;
}

export type RankedPartnerRow = PartnerRow & { sortKey: string | number };

const COLUMNS = sql.raw(
  `p.id, p.name, p.kind, p.description, p.website, p.start_date AS startDate, p.end_date AS endDate,
   p.successor_id AS successorId, p.source_document AS sourceDocument, p.source_section AS sourceSection,
   p.source_quote AS sourceQuote, p.source_note AS sourceNote, p.updated_at AS updatedAt`,
);

function heldAt(asOf: string): SQL {
  return sql`(m.start_date IS NULL OR m.start_date <= ${asOf}) AND (m.end_date IS NULL OR m.end_date >= ${asOf})`;
}

function conditions(filter: PartnerListFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.kinds && filter.kinds.length > 0) {
    where.push(
      sql`p.kind IN (${sql.join(
        filter.kinds.map((k) => sql`${k}`),
        sql`, `,
      )})`,
    );
  }
  if (!filter.includeInactive) {
    where.push(
      sql`(p.start_date IS NULL OR p.start_date <= ${filter.asOf}) AND (p.end_date IS NULL OR p.end_date >= ${filter.asOf})`,
    );
  }
  const groups: [string, string | null | undefined][] = [
    ["ics_id", filter.icsId],
    ["place_id", filter.placeId],
    ["collaborative_id", filter.collaborativeId],
  ];
  for (const [column, id] of groups) {
    if (id) {
      where.push(
        sql`EXISTS (SELECT 1 FROM memberships m WHERE m.partner_id = p.id AND m.${sql.raw(column)} = ${id} AND ${heldAt(filter.asOf)})`,
      );
    }
  }
  return where;
}

function whereClause(parts: SQL[]): SQL {
  return parts.length === 0 ? sql`` : sql`WHERE ${sql.join(parts, sql` AND `)}`;
}

/**
 * One page of partners and the total that match, in two statements. Free text is ranked by
 * bm25 (a match in the name counts ten times one in the description); otherwise by name.
 * Pages are keyset-paginated on (rank or name, id), so no row repeats or goes missing.
 */
export function listPartners(
  db: PartnersDb,
  filter: PartnerListFilter,
  after: KeysetCursor | null,
  limit: number,
): { rows: RankedPartnerRow[]; totalCount: number } {
  const match = filter.search ? ftsQuery(filter.search) : null;
  if (filter.search && !match) return { rows: [], totalCount: 0 };
  const base = conditions(filter);
  const from = match
    ? sql`FROM partners p JOIN (SELECT partner_id, bm25(partners_fts, 0.0, 10.0, 1.0) AS rank FROM partners_fts WHERE partners_fts MATCH ${match}) f ON f.partner_id = p.id`
    : sql`FROM partners p`;
  const sortKey = match ? sql`f.rank` : sql`p.name`;
  const page = [...base];
  if (after)
    page.push(sql`(${sortKey} > ${after[0]} OR (${sortKey} = ${after[0]} AND p.id > ${after[1]}))`);
  const rows = db.all<RankedPartnerRow>(
    sql`SELECT ${COLUMNS}, ${sortKey} AS sortKey ${from} ${whereClause(page)} ORDER BY ${sortKey}, p.id LIMIT ${limit}`,
  );
  const count = db.get<{ n: number }>(sql`SELECT count(*) AS n ${from} ${whereClause(base)}`);
  return { rows, totalCount: count?.n ?? 0 };
}
