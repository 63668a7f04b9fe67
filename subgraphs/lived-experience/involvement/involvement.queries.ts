import { type SQL, and, desc, eq, gte, inArray, lte, ne, sql } from "drizzle-orm";
import {
  afterCursor,
  type KeysetCursor,
  type KeysetOrder,
  orderByClause,
} from "../../kit/pagination.js";
import type { ActivityOrder } from "./involvement-enums.js";
import * as t from "../db/schema.js";
import type { LivedExperienceDb } from "../loaders.js";
import type { RateUnit } from "./involvement-enums.js";
import type { ActivityFilter } from "./involvement.inputs.js";

/** By date either way, undated activities last. */
const ORDERS: Record<ActivityOrder, KeysetOrder> = {
  NEWEST_FIRST: {
    name: "NEWEST_FIRST",
    key: sql`coalesce(${t.activities.activityDate}, '')`,
    descending: true,
  },
  OLDEST_FIRST: {
    name: "OLDEST_FIRST",
    key: sql`coalesce(${t.activities.activityDate}, '9999-12-31')`,
    descending: false,
  },
};

/** The value a row sorts on in `order`, for its cursor. */
export const activitySortValue = (order: ActivityOrder, date: string | null) =>
  date ?? (order === "NEWEST_FIRST" ? "" : "9999-12-31");

/** One page of activities in `order`, and the total: two statements. */
export function listActivities(
  db: LivedExperienceDb,
  filter: ActivityFilter | null,
  order: ActivityOrder,
  after: KeysetCursor | null,
  limit: number,
) {
  const sort = ORDERS[order];
  const base: SQL[] = [];
  if (filter?.statuses?.length) base.push(inArray(t.activities.status, filter.statuses));
  if (filter?.stages?.length) base.push(inArray(t.activities.stage, filter.stages));
  if (filter?.pathwayId) base.push(eq(t.activities.pathwayId, filter.pathwayId));
  if (filter?.careUnitId) base.push(eq(t.activities.careUnitId, filter.careUnitId));
  if (filter?.from) base.push(gte(t.activities.activityDate, filter.from));
  if (filter?.to) base.push(lte(t.activities.activityDate, filter.to));
  const page = after ? [...base, afterCursor(sort, sql`${t.activities.id}`, after)] : base;
  const rows = db
    .select()
    .from(t.activities)
    .where(and(...page))
    .orderBy(orderByClause(sort, sql`${t.activities.id}`))
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
  // A cancelled activity took no one's time.
  where.push(ne(t.activities.status, "CANCELLED"));
  const month = sql<string>`substr(${t.activities.activityDate}, 1, 7)`;
  return db
    .select({
      month,
      activities: sql<number>`count(*)`,
      expectedHours: sql<number>`total(${t.activities.expectedHours})`,
      deliveredHours: sql<number>`total(CASE WHEN ${t.activities.status} = 'COMPLETED' THEN ${t.activities.deliveredHours} ELSE 0 END)`,
      illustrativeActivities: sql<number>`count(*) FILTER (WHERE ${t.activities.illustrative})`,
      illustrativeDeliveredHours: sql<number>`total(CASE WHEN ${t.activities.status} = 'COMPLETED' AND ${t.activities.illustrative} THEN ${t.activities.deliveredHours} ELSE 0 END)`,
    })
    .from(t.activities)
    .where(and(...where))
    .groupBy(month)
    .all();
}
