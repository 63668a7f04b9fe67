import { asc, eq } from "drizzle-orm";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { DateScalar } from "../../kit/dates.js";
import { loadAll } from "../../kit/loaders.js";
import * as t from "../db/schema.js";
import type { PartnersContext } from "../loaders.js";
import { membersOf } from "../membership/held.js";
import { Membership } from "../membership/membership.type.js";
import { toCareUnit, toIcs, toPlace } from "./geography.mappers.js";
import { CareUnit, IntegratedCareSystem, Place } from "./geography.types.js";

@Resolver(() => Place)
export class PlaceResolver {
  @Query(() => [Place], { description: "Place-based alliances, optionally within one ICS." })
  places(
    @Arg("icsId", () => ID, { nullable: true }) icsId: string | null,
    @Ctx() ctx: PartnersContext,
  ): Place[] {
    const query = ctx.db.select().from(t.places);
    const filtered = icsId ? query.where(eq(t.places.icsId, icsId)) : query;
    return filtered.orderBy(asc(t.places.name)).all().map(toPlace);
  }

  @Query(() => Place, { nullable: true })
  async place(@Arg("id", () => ID) id: string, @Ctx() ctx: PartnersContext): Promise<Place | null> {
    const row = await ctx.loaders.place.load(id);
    return row ? toPlace(row) : null;
  }

  @FieldResolver(() => IntegratedCareSystem)
  async integratedCareSystem(
    @Root() place: Place,
    @Ctx() ctx: PartnersContext,
  ): Promise<IntegratedCareSystem> {
    const row = await ctx.loaders.ics.load(place.icsId);
    return toIcs(row!);
  }

  @FieldResolver(() => [CareUnit], { description: "EPUT care units serving this place." })
  async careUnits(@Root() place: Place, @Ctx() ctx: PartnersContext): Promise<CareUnit[]> {
    const links = await ctx.loaders.careUnitLinksByPlace.load(place.id);
    return (
      await loadAll(
        ctx.loaders.careUnit,
        links.map((l) => l.careUnitId),
      )
    ).map(toCareUnit);
  }

  @FieldResolver(() => [Membership], {
    description: "Members on `asOf` (default today), or all with includeHistory.",
  })
  async members(
    @Root() place: Place,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg("includeHistory", () => Boolean, { nullable: true }) includeHistory: boolean | null,
    @Ctx() ctx: PartnersContext,
  ): Promise<Membership[]> {
    return membersOf(ctx.loaders.membershipsByPlace, place.id, asOf, includeHistory);
  }
}
