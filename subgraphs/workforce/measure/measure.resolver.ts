import { FRAMEWORK_BOUNDS } from "../framework/bounds.js";
import { listSize } from "../../kit/list-size.js";
import { and, asc, inArray } from "drizzle-orm";
import { Arg, Ctx, Query, Resolver, Directive } from "type-graphql";
import * as t from "../db/schema.js";
import type { WorkforceContext } from "../loaders.js";
import { DataSource, Frequency } from "./measure-enums.js";
import { toMeasure } from "./measure.mapper.js";
import { Measure } from "./measure.type.js";

@Resolver(() => Measure)
export class MeasureResolver {
  @Query(() => Measure, { nullable: true, description: "One measure, by code." })
  async measure(
    @Arg("code", () => String) code: string,
    @Ctx() ctx: WorkforceContext,
  ): Promise<Measure | null> {
    const row = await ctx.loaders.measure.load(code);
    return row ? toMeasure(row) : null;
  }

  @Directive(listSize(FRAMEWORK_BOUNDS.measures))
  @Query(() => [Measure], {
    description: "Every measure, by code; optionally some sources or frequencies.",
  })
  measures(
    @Arg("dataSources", () => [DataSource], { nullable: true }) dataSources: DataSource[] | null,
    @Arg("frequencies", () => [Frequency], { nullable: true }) frequencies: Frequency[] | null,
    @Ctx() ctx: WorkforceContext,
  ): Measure[] {
    return ctx.db
      .select()
      .from(t.measures)
      .where(
        and(
          dataSources?.length ? inArray(t.measures.dataSource, dataSources) : undefined,
          frequencies?.length ? inArray(t.measures.frequency, frequencies) : undefined,
        ),
      )
      .orderBy(asc(t.measures.code))
      .all()
      .map(toMeasure);
  }
}
