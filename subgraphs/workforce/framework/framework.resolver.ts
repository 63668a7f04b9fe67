import { FRAMEWORK_BOUNDS } from "./bounds.js";
import { listSize } from "../../kit/list-size.js";
import { asc, eq, isNull } from "drizzle-orm";
import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver, Directive } from "type-graphql";
import { Citation, toCitation } from "../../kit/citation.type.js";
import * as t from "../db/schema.js";
import type { WorkforceContext } from "../loaders.js";
import { toMeasure } from "../measure/measure.mapper.js";
import { Measure } from "../measure/measure.type.js";

@ObjectType({ description: "A line of a success-measures table, in its words." })
class MeasureLine {
  @Field(() => String)
  text!: string;

  @Directive(listSize(FRAMEWORK_BOUNDS.measuresPerLine))
  @Field(() => [Measure], { description: "The measures that count it." })
  measures!: Measure[];
}

@ObjectType()
class SubOutcome {
  @Field(() => String)
  text!: string;

  @Directive(listSize(FRAMEWORK_BOUNDS.linesPerSubOutcome))
  @Field(() => [MeasureLine])
  measureLines!: MeasureLine[];
}

@ObjectType()
class Outcome {
  @Field(() => String)
  text!: string;

  @Field(() => Citation, {
    nullable: true,
    description: "The table it is from, and how it was read.",
  })
  source!: Citation | null;

  @Directive(listSize(FRAMEWORK_BOUNDS.subOutcomesPerOutcome))
  @Field(() => [SubOutcome])
  subOutcomes!: SubOutcome[];
}

@ObjectType({ description: "A strategic objective and its outcomes." })
class StrategicObjective {
  @Field(() => String, { description: "SO1 to SO4." })
  code!: string;

  @Field(() => String)
  title!: string;

  @Directive(listSize(FRAMEWORK_BOUNDS.outcomesPerObjective))
  @Field(() => [Outcome])
  outcomes!: Outcome[];
}

const groupBy = <T, K>(rows: readonly T[], key: (row: T) => K) => {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
};

@Resolver()
export class FrameworkResolver {
  @Directive(listSize(FRAMEWORK_BOUNDS.objectives))
  @Query(() => [StrategicObjective], {
    description:
      "The success-measure framework as the plans table it: the trust's, or with careUnitId a care unit plan's.",
  })
  measureFramework(
    @Arg("careUnitId", () => ID, { nullable: true }) careUnitId: string | null,
    @Ctx() ctx: WorkforceContext,
  ): StrategicObjective[] {
    const db = ctx.db;
    const objectives = db.select().from(t.objectives).orderBy(asc(t.objectives.position)).all();
    const outcomes = db
      .select()
      .from(t.outcomes)
      .where(careUnitId ? eq(t.outcomes.careUnitId, careUnitId) : isNull(t.outcomes.careUnitId))
      .orderBy(asc(t.outcomes.position))
      .all();
    const subOutcomes = groupBy(
      db.select().from(t.subOutcomes).orderBy(asc(t.subOutcomes.position)).all(),
      (s) => s.outcomeId,
    );
    const lines = groupBy(
      db.select().from(t.measureLines).orderBy(asc(t.measureLines.position)).all(),
      (l) => l.subOutcomeId,
    );
    const links = db
      .select({ lineId: t.measureLineMeasures.lineId, measure: t.measures })
      .from(t.measureLineMeasures)
      .innerJoin(t.measures, eq(t.measures.code, t.measureLineMeasures.measureCode))
      .all();
    const measuresOfLine = groupBy(links, (l) => l.lineId);
    const byObjective = groupBy(outcomes, (o) => o.objectiveCode);
    return objectives.map((objective) => ({
      code: objective.code,
      title: objective.title,
      outcomes: (byObjective.get(objective.code) ?? []).map((outcome) => ({
        text: outcome.text,
        source: toCitation(outcome),
        subOutcomes: (subOutcomes.get(outcome.id) ?? []).map((sub) => ({
          text: sub.text,
          measureLines: (lines.get(sub.id) ?? []).map((line) => ({
            text: line.text,
            measures: (measuresOfLine.get(line.id) ?? []).map((l) => toMeasure(l.measure)),
          })),
        })),
      })),
    }));
  }
}
