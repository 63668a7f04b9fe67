import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";
import * as t from "../db/schema.js";
import type { LivedExperienceDb } from "../loaders.js";
import { PEER_SUPPORT_KINDS } from "./role-enums.js";

/** The measure this subgraph publishes: peer support workers with lived experience of LD or autism. */
export const LD_OR_AUTISM_MEASURE = "PEER_SUPPORT_WORKERS_WITH_LD_OR_AUTISM";

export type PublicationRow = typeof t.countPublications.$inferSelect;

/**
 * Filled peer support posts, and how many of their holders had the flag, as the history of posts
 * stood just before `cutoff` (an ISO timestamp): each post's newest state recorded before it.
 */
export function countFlaggedPeerSupportAsAt(
  db: LivedExperienceDb,
  cutoff: string,
): { filled: number; flagged: number } {
  const latest = db
    .select({
      status: t.roleStates.status,
      kind: t.roleStates.kind,
      ldOrAutism: t.roleStates.ldOrAutism,
      newest:
        sql<number>`row_number() OVER (PARTITION BY ${t.roleStates.roleId} ORDER BY ${t.roleStates.recordedAt} DESC, ${t.roleStates.id} DESC)`.as(
          "newest",
        ),
    })
    .from(t.roleStates)
    .where(lt(t.roleStates.recordedAt, cutoff))
    .as("latest");
  const row = db
    .select({
      filled: sql<number>`count(*)`,
      flagged: sql<number>`count(*) FILTER (WHERE ${latest.ldOrAutism} = 1)`,
    })
    .from(latest)
    .where(
      and(
        eq(latest.newest, 1),
        eq(latest.status, "FILLED"),
        inArray(latest.kind, PEER_SUPPORT_KINDS),
      ),
    )
    .get();
  return { filled: row?.filled ?? 0, flagged: row?.flagged ?? 0 };
}

/** When the history of posts began (the publication feature went live), or null before it. */
export function roleStatesSince(db: LivedExperienceDb): string | null {
  return db.select().from(t.meta).where(eq(t.meta.key, ROLE_STATES_SINCE)).get()?.value ?? null;
}

/** The meta key that holds when the history of posts began (migration 0006). */
export const ROLE_STATES_SINCE = "role_states_since";

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
