import { ActivityOrder } from "./involvement-enums.js";
import { activitySortValue } from "./involvement.queries.js";
import { ChangeRecord, toChangeRecords } from "../../kit/change-log.js";
import { listSize } from "../../kit/list-size.js";
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { readersOf } from "../../kit/scopes.js";
import { isMonth, monthsBetween } from "../../kit/dates.js";
import { InputProblems } from "../../kit/errors.js";
import { loadAll } from "../../kit/loaders.js";
import {
  connectionTypes,
  decodeCursor,
  pageSize,
  toPage,
  listIdentity,
} from "../../kit/pagination.js";
import { asc } from "drizzle-orm";
import * as t from "../db/schema.js";
import type { LivedExperienceContext } from "../loaders.js";
import { ActivityFilter } from "./involvement.inputs.js";
import { toActivity, toRate, toRecognition } from "./involvement.mapper.js";
import { hoursByMonth, listActivities } from "./involvement.queries.js";
import {
  InvolvementActivity,
  MonthlyInvolvement,
  PaymentRate,
  Recognition,
} from "./involvement.type.js";

export const InvolvementActivityConnection = connectionTypes(
  InvolvementActivity,
  "InvolvementActivity",
);

/** A dashboard asks for at most ten years of months at once. */
const MAX_MONTHS = 120;

export async function loadActivity(
  ctx: LivedExperienceContext,
  id: string,
): Promise<InvolvementActivity | null> {
  const row = await ctx.loaders.activity.load(id);
  return row ? toActivity(row) : null;
}

@Resolver(() => InvolvementActivity)
export class InvolvementResolver {
  @Directive(readersOf("lived-experience"))
  @FieldResolver(() => [ChangeRecord], {
    nullable: true,
    description: "Every correction, oldest first: what changed, who decided, when and why.",
  })
  async changes(
    @Root() entity: InvolvementActivity,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<ChangeRecord[]> {
    return toChangeRecords(await ctx.loaders.changesOfActivity.load(entity.id));
  }

  @Query(() => InvolvementActivity, { nullable: true })
  involvementActivity(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<InvolvementActivity | null> {
    return loadActivity(ctx, id);
  }

  @Query(() => InvolvementActivityConnection, {
    description:
      "Involvement activities services advertise, newest first unless `orderBy` says otherwise (undated last); cursor-paginated.",
  })
  involvementActivities(
    @Arg("filter", () => ActivityFilter, { nullable: true }) filter: ActivityFilter | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1 to 100 (default 20)." })
    first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("orderBy", () => ActivityOrder, { nullable: true }) orderBy: ActivityOrder | null,
    @Ctx() ctx: LivedExperienceContext,
  ) {
    const size = pageSize(first);
    const order = orderBy ?? "NEWEST_FIRST";
    const list = listIdentity("involvementActivities", [filter, order], ctx.caller.scopes);
    const cursor = decodeCursor(after, list, order);
    const { rows, totalCount } = listActivities(ctx.db, filter, order, cursor, size + 1);
    for (const row of rows) ctx.loaders.activity.prime(row.id, row);
    return toPage(
      rows,
      size,
      totalCount,
      (row) => [activitySortValue(order, row.activityDate), row.id, order],
      toActivity,
      list,
      cursor,
    );
  }

  @Query(() => [PaymentRate], {
    description: "Involvement payment rates, each in force from its date until the next.",
  })
  involvementPaymentRates(@Ctx() ctx: LivedExperienceContext): PaymentRate[] {
    return ctx.db
      .select()
      .from(t.paymentRates)
      .orderBy(asc(t.paymentRates.unit), asc(t.paymentRates.effectiveFrom))
      .all()
      .map(toRate);
  }

  @Directive(listSize(MAX_MONTHS))
  @Query(() => [MonthlyInvolvement], {
    description:
      "Lived experience involvement per month, every month of the range listed (at most 120): one SQL aggregate.",
  })
  involvementHoursByMonth(
    @Arg("from", () => String, { description: "First month, YYYY-MM." }) from: string,
    @Arg("to", () => String, { description: "Last month, YYYY-MM." }) to: string,
    @Arg("careUnitId", () => ID, { nullable: true }) careUnitId: string | null,
    @Arg("includeIllustrative", () => Boolean, { nullable: true, defaultValue: true })
    includeIllustrative: boolean,
    @Ctx() ctx: LivedExperienceContext,
  ): MonthlyInvolvement[] {
    const problems = new InputProblems();
    if (!isMonth(from)) problems.add("from", "must be a month written YYYY-MM");
    if (!isMonth(to)) problems.add("to", "must be a month written YYYY-MM");
    problems.throwIfAny();
    const months = monthsBetween(from, to);
    if (months.length === 0) problems.add("to", `must not be before from (${from})`);
    if (months.length > MAX_MONTHS)
      problems.add("to", `the range must be at most ${MAX_MONTHS} months`);
    problems.throwIfAny();
    const rows = new Map(
      hoursByMonth(ctx.db, from, to, careUnitId, includeIllustrative).map((r) => [r.month, r]),
    );
    return months.map((month) => ({
      month,
      activities: rows.get(month)?.activities ?? 0,
      expectedHours: rows.get(month)?.expectedHours ?? 0,
      deliveredHours: rows.get(month)?.deliveredHours ?? 0,
      illustrativeActivities: rows.get(month)?.illustrativeActivities ?? 0,
      illustrativeDeliveredHours: rows.get(month)?.illustrativeDeliveredHours ?? 0,
    }));
  }

  @Directive(readersOf("lived-experience"))
  @FieldResolver(() => [Recognition], {
    description: "How people's time was recognised, as counts and hours.",
  })
  async recognitions(
    @Root() activity: InvolvementActivity,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<Recognition[]> {
    const rows = await ctx.loaders.recognitionsByActivity.load(activity.id);
    const rateIds = [...new Set(rows.flatMap((r) => (r.rateId ? [r.rateId] : [])))];
    const rates = new Map((await loadAll(ctx.loaders.rate, rateIds)).map((r) => [r.id, r]));
    return rows.map((row) =>
      toRecognition(row, row.rateId ? (rates.get(row.rateId) ?? null) : null),
    );
  }
}
