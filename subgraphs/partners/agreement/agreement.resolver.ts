import { readersOf } from "../../kit/scopes.js";
import { ChangeRecord, toChangeRecords } from "../../kit/change-log.js";
import { type SQL, and, asc, eq, inArray } from "drizzle-orm";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root, Directive } from "type-graphql";
import * as t from "../db/schema.js";
import type { PartnersContext } from "../loaders.js";
import { loadPartner } from "../partner/partner.resolver.js";
import { Partner } from "../partner/partner.type.js";
import { AgreementStatus, AgreementType } from "./agreement-enums.js";
import { toAgreement, toAgreementParty } from "./agreement.mapper.js";
import { AgreementParty, PartnershipAgreement } from "./agreement.type.js";

@Resolver(() => PartnershipAgreement)
export class AgreementResolver {
  @Directive(readersOf("partners"))
  @FieldResolver(() => [ChangeRecord], {
    nullable: true,
    description: "Every correction, oldest first: what changed, who decided, when and why.",
  })
  async changes(
    @Root() entity: PartnershipAgreement,
    @Ctx() ctx: PartnersContext,
  ): Promise<ChangeRecord[]> {
    return toChangeRecords(await ctx.loaders.changesOfAgreement.load(entity.id));
  }

  @Query(() => [PartnershipAgreement], {
    description: "Formal agreements, filtered by party, type and status.",
  })
  agreements(
    @Arg("partnerId", () => ID, { nullable: true }) partnerId: string | null,
    @Arg("type", () => AgreementType, { nullable: true }) type: AgreementType | null,
    @Arg("status", () => AgreementStatus, { nullable: true }) status: AgreementStatus | null,
    @Ctx() ctx: PartnersContext,
  ): PartnershipAgreement[] {
    const where: SQL[] = [];
    if (type) where.push(eq(t.agreements.type, type));
    if (status) where.push(eq(t.agreements.status, status));
    if (partnerId) {
      const parties = ctx.db
        .select({ id: t.agreementParties.agreementId })
        .from(t.agreementParties)
        .where(eq(t.agreementParties.partnerId, partnerId));
      where.push(inArray(t.agreements.id, parties));
    }
    return ctx.db
      .select()
      .from(t.agreements)
      .where(and(...where))
      .orderBy(asc(t.agreements.title))
      .all()
      .map(toAgreement);
  }

  @Query(() => PartnershipAgreement, { nullable: true })
  async agreement(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: PartnersContext,
  ): Promise<PartnershipAgreement | null> {
    const row = await ctx.loaders.agreement.load(id);
    return row ? toAgreement(row) : null;
  }

  @FieldResolver(() => [AgreementParty])
  async parties(
    @Root() agreement: PartnershipAgreement,
    @Ctx() ctx: PartnersContext,
  ): Promise<AgreementParty[]> {
    return (await ctx.loaders.partiesByAgreement.load(agreement.id)).map(toAgreementParty);
  }
}

@Resolver(() => AgreementParty)
export class AgreementPartyResolver {
  @FieldResolver(() => Partner)
  async partner(@Root() party: AgreementParty, @Ctx() ctx: PartnersContext): Promise<Partner> {
    return (await loadPartner(ctx, party.partnerId))!;
  }
}
