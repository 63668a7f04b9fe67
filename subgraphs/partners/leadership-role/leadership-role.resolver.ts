import { asc, eq } from "drizzle-orm";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { toCollaborative } from "../collaborative/collaborative.mapper.js";
import { Collaborative } from "../collaborative/collaborative.type.js";
import * as t from "../db/schema.js";
import { toIcs, toPlace } from "../geography/geography.mappers.js";
import { IntegratedCareSystem, Place } from "../geography/geography.types.js";
import type { PartnersContext } from "../loaders.js";
import { loadPartner } from "../partner/partner.resolver.js";
import { Partner } from "../partner/partner.type.js";
import { toLeadershipRole } from "./leadership-role.mapper.js";
import { SystemLeadershipRole } from "./leadership-role.type.js";

@Resolver(() => SystemLeadershipRole)
export class LeadershipRoleResolver {
  @Query(() => [SystemLeadershipRole], {
    description: "Formal system leadership roles, optionally of one holder.",
  })
  systemLeadershipRoles(
    @Arg("holderId", () => ID, { nullable: true }) holderId: string | null,
    @Ctx() ctx: PartnersContext,
  ): SystemLeadershipRole[] {
    const query = ctx.db.select().from(t.systemLeadershipRoles);
    const filtered = holderId
      ? query.where(eq(t.systemLeadershipRoles.holderPartnerId, holderId))
      : query;
    return filtered.orderBy(asc(t.systemLeadershipRoles.title)).all().map(toLeadershipRole);
  }

  @FieldResolver(() => Partner)
  async holder(@Root() role: SystemLeadershipRole, @Ctx() ctx: PartnersContext): Promise<Partner> {
    return (await loadPartner(ctx, role.holderPartnerId))!;
  }

  @FieldResolver(() => Collaborative, { nullable: true })
  async collaborative(
    @Root() role: SystemLeadershipRole,
    @Ctx() ctx: PartnersContext,
  ): Promise<Collaborative | null> {
    const row = role.collaborativeId
      ? await ctx.loaders.collaborative.load(role.collaborativeId)
      : null;
    return row ? toCollaborative(row) : null;
  }

  @FieldResolver(() => IntegratedCareSystem, { nullable: true })
  async integratedCareSystem(
    @Root() role: SystemLeadershipRole,
    @Ctx() ctx: PartnersContext,
  ): Promise<IntegratedCareSystem | null> {
    const row = role.icsId ? await ctx.loaders.ics.load(role.icsId) : null;
    return row ? toIcs(row) : null;
  }

  @FieldResolver(() => Place, { nullable: true })
  async place(
    @Root() role: SystemLeadershipRole,
    @Ctx() ctx: PartnersContext,
  ): Promise<Place | null> {
    const row = role.placeId ? await ctx.loaders.place.load(role.placeId) : null;
    return row ? toPlace(row) : null;
  }
}
