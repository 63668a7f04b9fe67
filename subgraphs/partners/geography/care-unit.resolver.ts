import { asc } from "drizzle-orm";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { loadAll } from "../../kit/loaders.js";
import * as t from "../db/schema.js";
import type { PartnersContext } from "../loaders.js";
import { toCareUnit, toPlace } from "./geography.mappers.js";
import { KeyFact, toKeyFact } from "../../kit/key-fact.js";
import { CareUnit, Place } from "./geography.types.js";

@Resolver(() => CareUnit)
export class CareUnitResolver {
  @Query(() => [CareUnit], { description: "EPUT's care units." })
  careUnits(@Ctx() ctx: PartnersContext): CareUnit[] {
    return ctx.db.select().from(t.careUnits).orderBy(asc(t.careUnits.name)).all().map(toCareUnit);
  }

  @Query(() => CareUnit, { nullable: true })
  async careUnit(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: PartnersContext,
  ): Promise<CareUnit | null> {
    const row = await ctx.loaders.careUnit.load(id);
    return row ? toCareUnit(row) : null;
  }

  @FieldResolver(() => [Place], {
    description: "The places it serves (empty for trust-wide and regional units).",
  })
  async places(@Root() careUnit: CareUnit, @Ctx() ctx: PartnersContext): Promise<Place[]> {
    const links = await ctx.loaders.placeLinksByCareUnit.load(careUnit.id);
    return (
      await loadAll(
        ctx.loaders.place,
        links.map((l) => l.placeId),
      )
    ).map(toPlace);
  }

  @FieldResolver(() => [KeyFact], {
    description:
      "Figures its plan gives about the care unit (demand, population growth...), each with its unit, period, the plan's words and citation.",
  })
  async keyFacts(@Root() careUnit: CareUnit, @Ctx() ctx: PartnersContext): Promise<KeyFact[]> {
    return (await ctx.loaders.factsByCareUnit.load(careUnit.id)).map(toKeyFact);
  }
}
