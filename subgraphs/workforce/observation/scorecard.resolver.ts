import { DateScalar } from "../../kit/dates.js";
import { CROSS } from "../../kit/entity-stub.js";
import { FRAMEWORK_BOUNDS, MAX_PERIODS } from "../framework/bounds.js";
import { DEFAULT_LIST_SIZE, listSize } from "../../kit/list-size.js";
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  ObjectType,
  Query,
  Resolver,
  Root,
  Directive,
} from "type-graphql";
import { TRUST_ID } from "../measure/measure-enums.js";
import { badUserInput } from "../../kit/errors.js";
import { CareUnit } from "../federation/entities.js";
import type { WorkforceContext } from "../loaders.js";
import { DRAFT_READERS } from "./drafts.js";
import { requireScope } from "../../kit/scopes.js";
import { toMeasure } from "../measure/measure.mapper.js";
import { Measure } from "../measure/measure.type.js";
import { toOrgUnit } from "./observation.mapper.js";
import { careUnitsWithFigures, latestTwo, seriesRows } from "./observation.queries.js";
import { getArgumentValues, type GraphQLResolveInfo } from "graphql";
import { ObservationPoint, OrgUnit, OrgUnitInput } from "./observation.type.js";
import { latestPoints, measuresOf, seriesPoints, seriesRange } from "./points.js";
import { ref } from "../../kit/entity-stub.js";

@ObjectType({ description: "One care unit's latest figure for each measure." })
class CareUnitScorecard {
  @Field(() => CareUnit, { nullable: true, description: CROSS })
  careUnit!: CareUnit;

  @Directive(listSize(FRAMEWORK_BOUNDS.measures))
  @Field(() => [ObservationPoint])
  rows!: ObservationPoint[];
}

@ObjectType({
  description:
    "Every measure's latest figure, target, RAG and change, for the trust and each care unit: the same few SQL statements whatever the number of measures, units and periods.",
})
class WorkforceScorecard {
  @Directive(listSize(FRAMEWORK_BOUNDS.measures))
  @Field(() => [ObservationPoint])
  trust!: ObservationPoint[];

  @Field(() => [CareUnitScorecard], {
    description: "The care units with figures, by id: only the page asked for is read.",
  })
  careUnits!: CareUnitScorecard[];

  /** What the scorecard was asked for, to read its care units' page. */
  filter!: { includeDrafts: boolean; measureCodes: string[] | null; careUnitIds: string[] | null };
}

@ObjectType({ description: "One period of a series: its figure, or null where there is none." })
class SeriesPeriod {
  @Field(() => String)
  period!: string;

  @Field(() => DateScalar)
  periodStart!: string;

  @Field(() => ObservationPoint, { nullable: true, description: "Null: no figure (a gap)." })
  point!: ObservationPoint | null;
}

@ObjectType({ description: "One unit's figures for a measure over a range of periods." })
class MeasureSeries {
  @Field(() => OrgUnit)
  orgUnit!: OrgUnit;

  @Directive(listSize(MAX_PERIODS))
  @Field(() => [ObservationPoint], { description: "The figures there are, in period order." })
  points!: ObservationPoint[];

  @Directive(listSize(MAX_PERIODS))
  @Field(() => [SeriesPeriod], {
    description: "Every period of the range in order, gaps included (their point is null).",
  })
  periods!: SeriesPeriod[];
}

const MAX_MEASURES = 200;
const MAX_UNITS = 100;

@Resolver(() => WorkforceScorecard)
export class WorkforceScorecardResolver {
  /** Only the care units of the page asked for (`first`, added to every list) are read. */
  @FieldResolver(() => [CareUnitScorecard])
  async careUnits(
    @Root() scorecard: WorkforceScorecard,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: WorkforceContext,
  ): Promise<CareUnitScorecard[]> {
    const { first } = getArgumentValues(
      info.parentType.getFields()[info.fieldName]!,
      info.fieldNodes[0]!,
      info.variableValues,
    ) as { first?: number };
    const { includeDrafts, measureCodes, careUnitIds } = scorecard.filter;
    if (careUnitIds?.length === 0) return [];
    const unitIds = careUnitsWithFigures(ctx.db, {
      includeDrafts,
      measureCodes,
      careUnitIds,
      limit: first ?? DEFAULT_LIST_SIZE,
    });
    if (unitIds.length === 0) return [];
    const rows = latestTwo(ctx.db, {
      includeDrafts,
      measureCodes,
      unitKinds: ["CARE_UNIT"],
      unitIds,
    });
    const points = latestPoints(
      rows,
      await measuresOf(
        ctx,
        rows.map((r) => r.measureCode),
      ),
    );
    const byUnit = new Map<string, ObservationPoint[]>();
    for (const point of points) {
      const list = byUnit.get(point.orgUnit.id) ?? [];
      list.push(point);
      byUnit.set(point.orgUnit.id, list);
    }
    return [...byUnit].map(([id, unitRows]) => ({
      careUnit: ref(CareUnit, id)!,
      rows: unitRows,
    }));
  }
}

@Resolver(() => ObservationPoint)
export class ScorecardResolver {
  @Query(() => WorkforceScorecard, {
    description:
      "The dashboard scorecard. Published figures only unless includeDrafts; optionally only some measures.",
  })
  async workforceScorecard(
    @Arg("measureCodes", () => [String], { nullable: true }) measureCodes: string[] | null,
    @Arg("careUnitIds", () => [ID], {
      nullable: true,
      description: "Only these care units (the trust's figures always come).",
    })
    careUnitIds: string[] | null,
    @Arg("includeDrafts", () => Boolean, { defaultValue: false }) includeDrafts: boolean,
    @Ctx() ctx: WorkforceContext,
  ): Promise<WorkforceScorecard> {
    if (includeDrafts) requireScope(ctx.caller, DRAFT_READERS, "includeDrafts");
    if ((measureCodes?.length ?? 0) > MAX_MEASURES) {
      throw badUserInput([{ field: "measureCodes", message: `at most ${MAX_MEASURES}` }]);
    }
    if ((careUnitIds?.length ?? 0) > MAX_UNITS) {
      throw badUserInput([{ field: "careUnitIds", message: `at most ${MAX_UNITS}` }]);
    }
    const rows = latestTwo(ctx.db, {
      includeDrafts,
      measureCodes,
      unitKinds: ["TRUST"],
      unitIds: [TRUST_ID],
    });
    const measures = await measuresOf(
      ctx,
      rows.map((r) => r.measureCode),
    );
    return {
      trust: latestPoints(rows, measures),
      careUnits: [],
      filter: { includeDrafts, measureCodes, careUnitIds },
    };
  }

  @Query(() => [MeasureSeries], {
    description:
      "A measure's figures across units for a range of periods (of the measure's kind, at most 120): one SQL statement. All units unless `units` is given.",
  })
  async measureSeries(
    @Arg("measureCode", () => String) measureCode: string,
    @Arg("from", () => String) from: string,
    @Arg("to", () => String) to: string,
    @Arg("units", () => [OrgUnitInput], { nullable: true }) units: OrgUnitInput[] | null,
    @Arg("includeDrafts", () => Boolean, { defaultValue: false }) includeDrafts: boolean,
    @Ctx() ctx: WorkforceContext,
  ): Promise<MeasureSeries[]> {
    if (includeDrafts) requireScope(ctx.caller, DRAFT_READERS, "includeDrafts");
    if ((units?.length ?? 0) > MAX_UNITS) {
      throw badUserInput([{ field: "units", message: `at most ${MAX_UNITS}` }]);
    }
    const range = await seriesRange(ctx, measureCode, from, to);
    const rows = seriesRows(ctx.db, { measureCode, ...range, includeDrafts, units });
    const series = new Map<string, MeasureSeries>();
    for (const point of seriesPoints(rows, range.measure)) {
      const key = `${point.orgUnit.kind} ${point.orgUnit.id}`;
      const entry = series.get(key) ?? {
        orgUnit: toOrgUnit(point.orgUnit.kind, point.orgUnit.id),
        points: [],
        periods: [],
      };
      entry.points.push(point);
      series.set(key, entry);
    }
    // A unit asked for by name has its series even with no figure at all: every period a gap.
    for (const unit of units ?? []) {
      const key = `${unit.kind} ${unit.id}`;
      if (!series.has(key))
        series.set(key, { orgUnit: toOrgUnit(unit.kind, unit.id), points: [], periods: [] });
    }
    for (const entry of series.values()) {
      const byPeriod = new Map(entry.points.map((p) => [p.period, p]));
      entry.periods = range.periods.map((p) => ({
        period: p.key,
        periodStart: p.start,
        point: byPeriod.get(p.key) ?? null,
      }));
    }
    return [...series.values()];
  }

  @FieldResolver(() => Measure)
  async measure(@Root() point: ObservationPoint, @Ctx() ctx: WorkforceContext): Promise<Measure> {
    return toMeasure((await ctx.loaders.measure.load(point.measureCode))!);
  }
}
