import { type SQL, and, asc, desc, eq, gt, gte, inArray, lte, or, sql } from "drizzle-orm";
import type { KeysetCursor } from "../../kit/pagination.js";
import * as t from "../db/schema.js";
import type { LivedExperienceDb } from "../loaders.js";
import type { RateUnit } from "./involvement-enums.js";
import type { ActivityFilter } from "./involvement.inputs.js";

const DATE = sql<string>`coalesce(${t.activities.activityDate}, '')`;

/** One page of activities, newest first (undated last), and the total: two statements. */
export function listActivities(
  db: LivedExperienceDb,
  filter: ActivityFilter | null,
  after: KeysetCursor | null,
  limit: number,
) {
  const base: SQL[] = [];
  if (filter?.statuses?.length) base.push(inArray(t.activities.status, filter.statuses));
  if (filter?.stages?.length) base.push(inArray(t.activities.stage, filter.stages));
  if (filter?.pathwayId) base.push(eq(t.activities.pathwayId, filter.pathwayId));
  if (filter?.careUnitId) base.push(eq(t.activities.careUnitId, filter.careUnitId));
  if (filter?.from) base.push(gte(t.activities.activityDate, filter.from));
  if (filter?.to) base.push(lte(t.activities.activityDate, filter.to));
  const page = after
    ? [
        ...base,
        or(
          sql`${DATE} < ${after[0]}`,
          and(sql`${DATE} = ${after[0]}`, gt(t.activities.id, after[1])),
        )!,
      ]
    : base;
  const rows = db
    .select()
    .from(t.activities)
    .where(and(...page))
    .orderBy(desc(DATE), asc(t.activities.id))
    .limit(limit)
    .all();
  const totalCount =
    db
      .select({ n: sql<number>`count(*)` })
      .from(t.activities)
      .where(and(...base))
      .get()?.n ?? 0;
  return { rows, totalCount };
}

/** The rate of a unit in force on a day: the latest that took effect on or before it. */
export function rateInForce(db: LivedExperienceDb, unit: RateUnit, day: string) {
  return db
    .select()
    .from(t.paymentRates)
    .where(and(eq(t.paymentRates.unit, unit), lte(t.paymentRates.effectiveFrom, day)))
    .orderBy(desc(t.paymentRates.effectiveFrom))
    .limit(1)
    .get();
}

/** Activities, expected and delivered hours per month in a range: one statement. */
export function hoursByMonth(
  db: LivedExperienceDb,
  from: string,
  to: string,
  careUnitId: string | null,
  includeIllustrative: boolean,
) {
  const where: SQL[] = [
    gte(t.activities.activityDate, `${from}-01`),
    lte(t.activities.activityDate, `${to}-31`),
  ];
  if (careUnitId) where.push(eq(t.activities.careUnitId, careUnitId));
  if (!includeIllustrative) where.push(eq(t.activities.illustrative, false));
  const month = sql<string>`substr(${t.activities.activityDate}, 1, 7)`;
  return db
    .select({
      month,
      activities: sql<number>`count(*)`,
      expectedHours: sql<number>`total(${t.activities.expectedHours})`,
      deliveredHours: sql<number>`total(CASE WHEN ${t.activities.status} = 'COMPLETED' THEN ${t.activities.deliveredHours} ELSE 0 END)`,
    })
    .from(t.activities)
    .where(and(...where))
    .groupBy(month)
    .all();
}
