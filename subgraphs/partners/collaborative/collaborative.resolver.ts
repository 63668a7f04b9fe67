import { asc, eq } from "drizzle-orm";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { DateScalar } from "../../kit/dates.js";
import * as t from "../db/schema.js";
import { toIcs } from "../geography/geography.mappers.js";
import { IntegratedCareSystem } from "../geography/geography.types.js";
import type { PartnersContext } from "../loaders.js";
import { membersOf } from "../membership/held.js";
import { Membership } from "../membership/membership.type.js";
import { loadPartner } from "../partner/partner.resolver.js";
import { Partner } from "../partner/partner.type.js";
import { CollaborativeStatus } from "./collaborative-enums.js";
import { toCollaborative } from "./collaborative.mapper.js";
import { Collaborative } from "./collaborative.type.js";

@Resolver(() => Collaborative)
export class CollaborativeResolver {
  @Query(() => [Collaborative], {
    description: "Provider collaboratives and other standing arrangements.",
  })
  collaboratives(
    @Arg("status", () => CollaborativeStatus, { nullable: true })
    status: CollaborativeStatus | null,
    @Ctx() ctx: PartnersContext,
  ): Collaborative[] {
    const query = ctx.db.select().from(t.collaboratives);
    const filtered = status ? query.where(eq(t.collaboratives.status, status)) : query;
    return filtered.orderBy(asc(t.collaboratives.name)).all().map(toCollaborative);
  }

  @Query(() => Collaborative, { nullable: true })
  async collaborative(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: PartnersContext,
  ): Promise<Collaborative | null> {
    const row = await ctx.loaders.collaborative.load(id);
    return row ? toCollaborative(row) : null;
  }

  @FieldResolver(() => IntegratedCareSystem, {
    nullable: true,
    description: "Null for regional collaboratives.",
  })
  async integratedCareSystem(
    @Root() collaborative: Collaborative,
    @Ctx() ctx: PartnersContext,
  ): Promise<IntegratedCareSystem | null> {
    const row = collaborative.icsId ? await ctx.loaders.ics.load(collaborative.icsId) : null;
    return row ? toIcs(row) : null;
  }

  @FieldResolver(() => Partner, {
    nullable: true,
    description: "The lead provider, where there is one.",
  })
  lead(
    @Root() collaborative: Collaborative,
    @Ctx() ctx: PartnersContext,
  ): Promise<Partner | null> | null {
    return collaborative.leadPartnerId ? loadPartner(ctx, collaborative.leadPartnerId) : null;
  }

  @FieldResolver(() => [Membership], {
    description: "Members on `asOf` (default today), or all with includeHistory.",
  })
  async members(
    @Root() collaborative: Collaborative,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg("includeHistory", () => Boolean, { nullable: true }) includeHistory: boolean | null,
    @Ctx() ctx: PartnersContext,
  ): Promise<Membership[]> {
    return membersOf(
      ctx.loaders.membershipsByCollaborative,
      collaborative.id,
      asOf,
      includeHistory,
    );
  }
}
