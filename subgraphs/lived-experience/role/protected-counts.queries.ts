import { and, desc, eq, inArray, sql } from "drizzle-orm";
import * as t from "../db/schema.js";
import type { LivedExperienceDb } from "../loaders.js";
import { PEER_SUPPORT_KINDS } from "./role-enums.js";

/** The measure this subgraph publishes: peer support workers with lived experience of LD or autism. */
export const LD_OR_AUTISM_MEASURE = "PEER_SUPPORT_WORKERS_WITH_LD_OR_AUTISM";

export type PublicationRow = typeof t.countPublications.$inferSelect;

/** Filled peer support posts, and how many of their holders have the flag, now. */
export function countFlaggedPeerSupport(db: LivedExperienceDb): {
  filled: number;
  flagged: number;
} {
  const row = db
    .select({
      filled: sql<number>`count(*)`,
      flagged: sql<number>`count(*) FILTER (WHERE ${t.roles.ldOrAutism} = 1)`,
    })
    .from(t.roles)
    .where(and(eq(t.roles.status, "FILLED"), inArray(t.roles.kind, PEER_SUPPORT_KINDS)))
    .get();
  return { filled: row?.filled ?? 0, flagged: row?.flagged ?? 0 };
}

/** The publication for a period, or the newest one when no period is given. */
export function findPublication(
  db: LivedExperienceDb,
  measure: string,
  period: string | null,
): PublicationRow | undefined {
  return db
    .select()
    .from(t.countPublications)
    .where(
      and(
        eq(t.countPublications.measure, measure),
        period ? eq(t.countPublications.period, period) : undefined,
      ),
    )
    .orderBy(desc(t.countPublications.period))
    .limit(1)
    .get();
}

export function insertPublication(
  db: LivedExperienceDb,
  row: typeof t.countPublications.$inferInsert,
): void {
  db.insert(t.countPublications).values(row).run();
}
