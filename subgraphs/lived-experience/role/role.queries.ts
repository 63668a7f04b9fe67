import { type SQL, and, asc, eq, gt, inArray, or } from "drizzle-orm";
import type { KeysetCursor } from "../../kit/pagination.js";
import * as t from "../db/schema.js";
import type { LivedExperienceDb, RoleCountRow } from "../loaders.js";
import { sql } from "drizzle-orm";
import type { RoleFilter } from "./role.inputs.js";

export function roleConditions(filter: RoleFilter | null): SQL[] {
  const where: SQL[] = [];
  if (filter?.careUnitId) where.push(eq(t.roles.careUnitId, filter.careUnitId));
  if (filter?.kinds?.length) where.push(inArray(t.roles.kind, filter.kinds));
  if (filter?.levels?.length) where.push(inArray(t.roles.level, filter.levels));
  if (filter?.statuses?.length) where.push(inArray(t.roles.status, filter.statuses));
  if (filter?.hostPartnerId) where.push(eq(t.roles.hostPartnerId, filter.hostPartnerId));
  if (filter?.includeIllustrative === false) where.push(eq(t.roles.illustrative, false));
  return where;
}

/** One page of posts by title, and the total that match: two statements. */
export function listRoles(
  db: LivedExperienceDb,
  filter: RoleFilter | null,
  after: KeysetCursor | null,
  limit: number,
) {
  const base = roleConditions(filter);
  const page = after
    ? [
        ...base,
        or(
          gt(t.roles.title, String(after[0])),
          and(eq(t.roles.title, String(after[0])), gt(t.roles.id, after[1])),
        )!,
      ]
    : base;
  const rows = db
    .select()
    .from(t.roles)
    .where(and(...page))
    .orderBy(asc(t.roles.title), asc(t.roles.id))
    .limit(limit)
    .all();
  const totalCount =
    db
      .select({ n: sql<number>`count(*)` })
      .from(t.roles)
      .where(and(...base))
      .get()?.n ?? 0;
  return { rows, totalCount };
}

/** Posts grouped by care unit, kind, level and status, in one statement. */
export function countRoles(db: LivedExperienceDb, where: SQL[]): RoleCountRow[] {
  return db
    .select({
      careUnitId: t.roles.careUnitId,
      kind: t.roles.kind,
      level: t.roles.level,
      status: t.roles.status,
      count: sql<number>`count(*)`,
      illustrative: sql<number>`count(*) FILTER (WHERE ${t.roles.illustrative})`,
    })
    .from(t.roles)
    .where(and(...where))
    .groupBy(t.roles.careUnitId, t.roles.kind, t.roles.level, t.roles.status)
    .all();
}
