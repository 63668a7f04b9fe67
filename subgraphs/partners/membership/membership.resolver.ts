import { readersOf } from "../../kit/scopes.js";
import { ChangeRecord, toChangeRecords } from "../../kit/change-log.js";
import { Arg, Ctx, FieldResolver, Resolver, Root, Directive } from "type-graphql";
import { DateScalar, heldOn, today } from "../../kit/dates.js";
import { toCollaborative } from "../collaborative/collaborative.mapper.js";
import { Collaborative } from "../collaborative/collaborative.type.js";
import { toIcs, toPlace } from "../geography/geography.mappers.js";
import { IntegratedCareSystem, Place } from "../geography/geography.types.js";
import type { PartnersContext } from "../loaders.js";
import { loadPartner } from "../partner/partner.resolver.js";
import { Partner } from "../partner/partner.type.js";
import { Membership } from "./membership.type.js";

@Resolver(() => Membership)
export class MembershipResolver {
  @Directive(readersOf("partners"))
  @FieldResolver(() => [ChangeRecord], {
    nullable: true,
    description: "Every correction, oldest first: what changed, who decided, when and why.",
  })
  async changes(@Root() entity: Membership, @Ctx() ctx: PartnersContext): Promise<ChangeRecord[]> {
    return toChangeRecords(await ctx.loaders.changesOfMembership.load(entity.id));
  }

  @FieldResolver(() => Partner)
  async partner(@Root() membership: Membership, @Ctx() ctx: PartnersContext): Promise<Partner> {
    return (await loadPartner(ctx, membership.partnerId))!;
  }

  @FieldResolver(() => IntegratedCareSystem, { nullable: true })
  async integratedCareSystem(
    @Root() m: Membership,
    @Ctx() ctx: PartnersContext,
  ): Promise<IntegratedCareSystem | null> {
    const row = m.icsId ? await ctx.loaders.ics.load(m.icsId) : null;
    return row ? toIcs(row) : null;
  }

  @FieldResolver(() => Place, { nullable: true })
  async place(@Root() m: Membership, @Ctx() ctx: PartnersContext): Promise<Place | null> {
    const row = m.placeId ? await ctx.loaders.place.load(m.placeId) : null;
    return row ? toPlace(row) : null;
  }

  @FieldResolver(() => Collaborative, { nullable: true })
  async collaborative(
    @Root() m: Membership,
    @Ctx() ctx: PartnersContext,
  ): Promise<Collaborative | null> {
    const row = m.collaborativeId ? await ctx.loaders.collaborative.load(m.collaborativeId) : null;
    return row ? toCollaborative(row) : null;
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the membership holds on the day (default today).",
  })
  isCurrent(
    @Root() m: Membership,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
  ): boolean {
    return heldOn(m, asOf ?? today());
  }
}
