import { asc } from "drizzle-orm";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { DateScalar } from "../../kit/dates.js";
import * as t from "../db/schema.js";
import type { PartnersContext } from "../loaders.js";
import { membersOf } from "../membership/held.js";
import { Membership } from "../membership/membership.type.js";
import { loadPartner } from "../partner/partner.resolver.js";
import { Partner } from "../partner/partner.type.js";
import { toIcs, toPlace } from "./geography.mappers.js";
import { IntegratedCareSystem, Place } from "./geography.types.js";

@Resolver(() => IntegratedCareSystem)
export class IntegratedCareSystemResolver {
  @Query(() => [IntegratedCareSystem], {
    description: "The integrated care systems EPUT works across.",
  })
  integratedCareSystems(@Ctx() ctx: PartnersContext): IntegratedCareSystem[] {
    return ctx.db
      .select()
      .from(t.integratedCareSystems)
      .orderBy(asc(t.integratedCareSystems.name))
      .all()
      .map(toIcs);
  }

  @Query(() => IntegratedCareSystem, { nullable: true })
  async integratedCareSystem(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: PartnersContext,
  ): Promise<IntegratedCareSystem | null> {
    const row = await ctx.loaders.ics.load(id);
    return row ? toIcs(row) : null;
  }

  @FieldResolver(() => Partner, {
    nullable: true,
    description: "The system's integrated care board.",
  })
  icb(
    @Root() ics: IntegratedCareSystem,
    @Ctx() ctx: PartnersContext,
  ): Promise<Partner | null> | null {
    return ics.icbPartnerId ? loadPartner(ctx, ics.icbPartnerId) : null;
  }

  @FieldResolver(() => [Place], { description: "The place-based alliances within the system." })
  async places(@Root() ics: IntegratedCareSystem, @Ctx() ctx: PartnersContext): Promise<Place[]> {
    return (await ctx.loaders.placesByIcs.load(ics.id)).map(toPlace);
  }

  @FieldResolver(() => [Membership], {
    description: "Members on `asOf` (default today), or all with includeHistory.",
  })
  async members(
    @Root() ics: IntegratedCareSystem,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg("includeHistory", () => Boolean, { nullable: true }) includeHistory: boolean | null,
    @Ctx() ctx: PartnersContext,
  ): Promise<Membership[]> {
    return membersOf(ctx.loaders.membershipsByIcs, ics.id, asOf, includeHistory);
  }
}
