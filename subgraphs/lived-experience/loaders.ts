import { changesLoader } from "../kit/change-log.js";
import { and, asc, inArray, sql } from "drizzle-orm";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import type { SubgraphContext } from "../kit/context.js";
import { loaderByKey, loaderOfGroups } from "../kit/loaders.js";
import * as t from "./db/schema.js";
import { PEER_SUPPORT_KINDS } from "./role/role-enums.js";
import { countRoles } from "./role/role.queries.js";

export type LivedExperienceDb = BetterSQLite3Database<typeof t>;

/** One row of a role count: how many posts share a care unit, kind, level and status. */
export interface RoleCountRow {
  careUnitId: string | null;
  kind: string;
  level: string;
  status: string;
  count: number;
  /** How many of `count` are illustrative (made-up) posts. */
  illustrative: number;
}

const ids = (keys: readonly string[]) => [...keys];

/** Every DataLoader of the lived-experience subgraph, made fresh for each request. */
export function createLivedExperienceLoaders(db: LivedExperienceDb) {
  return {
    changesOfRole: changesLoader(db, t.changeLog, "LivedExperienceRole"),
    changesOfActivity: changesLoader(db, t.changeLog, "InvolvementActivity"),
    role: loaderByKey(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.roles)
          .where(inArray(t.roles.id, ids(keys)))
          .all(),
      (row) => row.id,
    ),
    rolesByCareUnit: loaderOfGroups(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.roles)
          .where(inArray(t.roles.careUnitId, ids(keys)))
          .orderBy(asc(t.roles.title), asc(t.roles.id))
          .all(),
      (row) => row.careUnitId!,
    ),
    rolesByHost: loaderOfGroups(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.roles)
          .where(inArray(t.roles.hostPartnerId, ids(keys)))
          .orderBy(asc(t.roles.title), asc(t.roles.id))
          .all(),
      (row) => row.hostPartnerId!,
    ),
    roleCountsByCareUnit: loaderOfGroups(
      (keys: readonly string[]) => countRoles(db, [inArray(t.roles.careUnitId, ids(keys))]),
      (row) => row.careUnitId!,
    ),
    /** Wards with at least one filled peer support post, per care unit. */
    coveredWardsByCareUnit: loaderByKey(
      (keys: readonly string[]) =>
        db
          .select({
            careUnitId: t.roles.careUnitId,
            wards: sql<number>`count(DISTINCT ${t.roles.wardOrTeam})`,
            sourcedWards: sql<number>`count(DISTINCT ${t.roles.wardOrTeam}) FILTER (WHERE NOT ${t.roles.illustrative})`,
          })
          .from(t.roles)
          .where(
            and(
              inArray(t.roles.careUnitId, ids(keys)),
              sql`${t.roles.level} = 'WARD' AND ${t.roles.status} = 'FILLED'`,
              inArray(t.roles.kind, PEER_SUPPORT_KINDS),
            ),
          )
          .groupBy(t.roles.careUnitId)
          .all(),
      (row) => row.careUnitId!,
    ),
    roleHistory: loaderOfGroups(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.roleStatusChanges)
          .where(inArray(t.roleStatusChanges.roleId, ids(keys)))
          .orderBy(asc(t.roleStatusChanges.id))
          .all(),
      (row) => row.roleId,
    ),
    activity: loaderByKey(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.activities)
          .where(inArray(t.activities.id, ids(keys)))
          .all(),
      (row) => row.id,
    ),
    recognitionsByActivity: loaderOfGroups(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.recognitions)
          .where(inArray(t.recognitions.activityId, ids(keys)))
          .orderBy(asc(t.recognitions.id))
          .all(),
      (row) => row.activityId,
    ),
    rate: loaderByKey(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.paymentRates)
          .where(inArray(t.paymentRates.id, ids(keys)))
          .all(),
      (row) => row.id,
    ),
    coproductionsByPathway: loaderOfGroups(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.coproductions)
          .where(inArray(t.coproductions.pathwayId, ids(keys)))
          .orderBy(asc(t.coproductions.happenedOn), asc(t.coproductions.id))
          .all(),
      (row) => row.pathwayId,
    ),
    partnersByCoproduction: loaderOfGroups(
      (keys: readonly string[]) =>
        db
          .select()
          .from(t.coproductionPartners)
          .where(inArray(t.coproductionPartners.coproductionId, ids(keys)))
          .orderBy(asc(t.coproductionPartners.partnerId))
          .all(),
      (row) => row.coproductionId,
    ),
  };
}

export type LivedExperienceLoaders = ReturnType<typeof createLivedExperienceLoaders>;

export interface LivedExperienceContext extends SubgraphContext<
  LivedExperienceDb,
  LivedExperienceLoaders
> {
  /** Counts of special-category information below this are suppressed. */
  smallNumberThreshold: number;
}
