import { FRAMEWORK_BOUNDS, MAX_PERIODS } from "../framework/bounds.js";
import { listSize } from "../../kit/list-size.js";
import { Arg, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { today } from "../../kit/dates.js";
import { periodContaining } from "../../kit/periods.js";
import type { MeasureRow } from "../db/schema.js";
import type { WorkforceContext } from "../loaders.js";
import { DRAFT_READERS } from "../observation/drafts.js";
import { requireScope } from "../../kit/scopes.js";
import { toOrgUnit } from "../observation/observation.mapper.js";
import { ObservationPoint } from "../observation/observation.type.js";
import { latestPoints, measuresOf, seriesPoints, seriesRange } from "../observation/points.js";
import { CareUnit } from "./entities.js";

/** The measure computed live from the lived-experience subgraph rather than stored here. */
export const LIVE_MEASURE = "lived-experience-roles";

/** A figure computed now from another subgraph's field: this month, no target, never stored. */
function livePoint(
  careUnitId: string,
  value: number,
  illustrative: number | null,
): ObservationPoint {
  const period = periodContaining("MONTH", today());
  return Object.assign(new ObservationPoint(), {
    measureCode: LIVE_MEASURE,
    orgUnit: toOrgUnit("CARE_UNIT", careUnitId),
    period: period.key,
    periodKind: period.kind,
    periodStart: period.start,
    value,
    numerator: null,
    denominator: null,
    target: null,
    rag: "NO_TARGET" as const,
    previousValue: null,
    change: null,
    trend: null,
    status: "PUBLISHED" as const,
    provenance: {
      kind: "LIVE" as const,
      batchId: null,
      source: null,
      illustrativePart: illustrative,
    },
  });
}

@Resolver(() => CareUnit)
export class CareUnitWorkforceResolver {
  @Directive(listSize(FRAMEWORK_BOUNDS.measures))
  @FieldResolver(() => [ObservationPoint], {
    nullable: true,
    description:
      "This care unit's latest figure for each measure (or the chosen ones), with target, RAG and change. Filled lived experience posts are counted live from the lived-experience subgraph (@requires), not stored; its provenance says how many of them are illustrative.",
  })
  @Directive(
    '@requires(fields: "livedExperienceRolesFilled livedExperienceRolesFilledIllustrative")',
  )
  async workforce(
    @Root() careUnit: CareUnit,
    @Arg("measureCodes", () => [String], { nullable: true }) measureCodes: string[] | null,
    @Arg("includeDrafts", () => Boolean, { defaultValue: false }) includeDrafts: boolean,
    @Ctx() ctx: WorkforceContext,
  ): Promise<ObservationPoint[]> {
    if (includeDrafts) requireScope(ctx.caller, DRAFT_READERS, "includeDrafts");
    const wanted = (code: string) => !measureCodes?.length || measureCodes.includes(code);
    const rows = (
      await ctx.loaders.latestByCareUnit.load({ args: { includeDrafts }, key: careUnit.id })
    ).filter((row) => wanted(row.measureCode) && row.measureCode !== LIVE_MEASURE);
    const measures: Map<string, MeasureRow> = await measuresOf(
      ctx,
      rows.map((r) => r.measureCode),
    );
    const points = latestPoints(rows, measures);
    const live = careUnit.livedExperienceRolesFilled;
    if (wanted(LIVE_MEASURE) && typeof live === "number") {
      const illustrative = careUnit.livedExperienceRolesFilledIllustrative ?? null;
      points.push(livePoint(careUnit.id, live, illustrative));
    }
    return points.sort((a, b) => a.measureCode.localeCompare(b.measureCode));
  }

  @Directive(listSize(MAX_PERIODS))
  @FieldResolver(() => [ObservationPoint], {
    nullable: true,
    description:
      "This care unit's figures for one measure over a range of periods (of the measure's kind).",
  })
  async workforceSeries(
    @Root() careUnit: CareUnit,
    @Arg("measureCode", () => String) measureCode: string,
    @Arg("from", () => String) from: string,
    @Arg("to", () => String) to: string,
    @Arg("includeDrafts", () => Boolean, { defaultValue: false }) includeDrafts: boolean,
    @Ctx() ctx: WorkforceContext,
  ): Promise<ObservationPoint[]> {
    if (includeDrafts) requireScope(ctx.caller, DRAFT_READERS, "includeDrafts");
    const { measure, fromStart, toStart } = await seriesRange(ctx, measureCode, from, to);
    const rows = await ctx.loaders.seriesByCareUnit.load({
      args: { measureCode, fromStart, toStart, includeDrafts },
      key: careUnit.id,
    });
    return seriesPoints(rows, measure);
  }
}
