import { KeyFact, toKeyFact } from "../../kit/key-fact.js";
import { readersOf } from "../../kit/scopes.js";
import { ChangeRecord, toChangeRecords } from "../../kit/change-log.js";
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root, Directive } from "type-graphql";
import { DateScalar, heldOn, today } from "../../kit/dates.js";
import { badUserInput } from "../../kit/errors.js";
import { searchText } from "../../kit/fts.js";
import { loadAll } from "../../kit/loaders.js";
import {
  connectionTypes,
  decodeCursor,
  pageSize,
  toPage,
  listIdentity,
} from "../../kit/pagination.js";
import { AgreementStatus } from "../agreement/agreement-enums.js";
import { toAgreement } from "../agreement/agreement.mapper.js";
import { PartnershipAgreement } from "../agreement/agreement.type.js";
import { toCollaborative } from "../collaborative/collaborative.mapper.js";
import { Collaborative } from "../collaborative/collaborative.type.js";
import { toIcs, toPlace } from "../geography/geography.mappers.js";
import { IntegratedCareSystem, Place } from "../geography/geography.types.js";
import { toLeadershipRole } from "../leadership-role/leadership-role.mapper.js";
import { SystemLeadershipRole } from "../leadership-role/leadership-role.type.js";
import type { PartnersContext } from "../loaders.js";
import { membershipsHeld } from "../membership/held.js";
import { toMembership } from "../membership/membership.mapper.js";
import { Membership } from "../membership/membership.type.js";
import { PartnerFilter } from "./partner.inputs.js";
import { toPartner } from "./partner.mapper.js";
import { listPartners } from "./partner.queries.js";
import { Identifier, Partner } from "./partner.type.js";

export const PartnerConnection = connectionTypes(Partner, "Partner");

export async function loadPartner(ctx: PartnersContext, id: string): Promise<Partner | null> {
  const row = await ctx.loaders.partner.load(id);
  return row ? toPartner(row) : null;
}

export async function loadPartnerByOds(
  ctx: PartnersContext,
  odsCode: string,
): Promise<Partner | null> {
  const identifier = await ctx.loaders.partnerIdByOds.load(odsCode.trim().toUpperCase());
  return identifier ? loadPartner(ctx, identifier.partnerId) : null;
}

@Resolver(() => Partner)
export class PartnerResolver {
  @FieldResolver(() => [KeyFact], {
    description:
      "Figures the source documents give about the organisation (staff, sites, people served...), each with its unit, period, the source's words and citation.",
  })
  async keyFacts(@Root() partner: Partner, @Ctx() ctx: PartnersContext): Promise<KeyFact[]> {
    return (await ctx.loaders.factsByPartner.load(partner.id)).map(toKeyFact);
  }

  @Directive(readersOf("partners"))
  @FieldResolver(() => [ChangeRecord], {
    nullable: true,
    description: "Every correction, oldest first: what changed, who decided, when and why.",
  })
  async changes(@Root() entity: Partner, @Ctx() ctx: PartnersContext): Promise<ChangeRecord[]> {
    return toChangeRecords(await ctx.loaders.changesOfPartner.load(entity.id));
  }

  @Query(() => Partner, {
    nullable: true,
    description: "One partner, by its id or by its NHS ODS code (give exactly one).",
  })
  async partner(
    @Arg("id", () => ID, { nullable: true }) id: string | null,
    @Arg("odsCode", () => String, { nullable: true }) odsCode: string | null,
    @Ctx() ctx: PartnersContext,
  ): Promise<Partner | null> {
    if ((id ? 1 : 0) + (odsCode ? 1 : 0) !== 1) {
      throw badUserInput([{ field: "id", message: "give exactly one of id or odsCode" }]);
    }
    return id ? loadPartner(ctx, id) : loadPartnerByOds(ctx, odsCode!);
  }

  @Query(() => PartnerConnection, {
    description:
      "Partners matching the filter: by name, or best match first when searching; cursor-paginated.",
  })
  partners(
    @Arg("filter", () => PartnerFilter, { nullable: true }) filter: PartnerFilter | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1 to 100 (default 20)." })
    first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: PartnersContext,
  ) {
    const size = pageSize(first);
    const list = listIdentity("partners", filter, ctx.caller.scopes);
    const cursor = decodeCursor(after, list);
    const search = searchText(filter?.search);
    const { rows, totalCount } = listPartners(
      ctx.db,
      {
        kinds: filter?.kinds ?? null,
        icsId: filter?.icsId ?? null,
        placeId: filter?.placeId ?? null,
        collaborativeId: filter?.collaborativeId ?? null,
        search,
        asOf: filter?.asOf ?? today(),
        includeInactive: filter?.includeInactive ?? false,
      },
      cursor,
      size + 1,
    );
    for (const row of rows) ctx.loaders.partner.prime(row.id, row);
    return toPage(rows, size, totalCount, (row) => [row.sortKey, row.id], toPartner, list, cursor);
  }

  @FieldResolver(() => [Identifier])
  async identifiers(@Root() partner: Partner, @Ctx() ctx: PartnersContext): Promise<Identifier[]> {
    const rows = await ctx.loaders.identifiersByPartner.load(partner.id);
    return rows.map(({ scheme, value }) => ({ scheme, value }));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "NHS Organisation Data Service code, where one exists.",
  })
  async odsCode(@Root() partner: Partner, @Ctx() ctx: PartnersContext): Promise<string | null> {
    const rows = await ctx.loaders.identifiersByPartner.load(partner.id);
    return rows.find((row) => row.scheme === "ODS")?.value ?? null;
  }

  @FieldResolver(() => Boolean, {
    description: "Whether the organisation exists on the day (default today).",
  })
  isActive(
    @Root() partner: Partner,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
  ): boolean {
    return heldOn(partner, asOf ?? today());
  }

  @FieldResolver(() => Partner, {
    nullable: true,
    description: "The organisation that took this one over.",
  })
  successor(@Root() partner: Partner, @Ctx() ctx: PartnersContext): Promise<Partner | null> | null {
    return partner.successorId ? loadPartner(ctx, partner.successorId) : null;
  }

  @FieldResolver(() => [Partner], {
    description: "Organisations that merged into or were renamed as this one.",
  })
  async predecessors(@Root() partner: Partner, @Ctx() ctx: PartnersContext): Promise<Partner[]> {
    return (await ctx.loaders.predecessorsByPartner.load(partner.id)).map(toPartner);
  }

  @FieldResolver(() => [Membership], {
    description: "Memberships held on `asOf` (default today), or all with includeHistory.",
  })
  async memberships(
    @Root() partner: Partner,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg("includeHistory", () => Boolean, { nullable: true }) includeHistory: boolean | null,
    @Ctx() ctx: PartnersContext,
  ): Promise<Membership[]> {
    const rows = await ctx.loaders.membershipsByPartner.load(partner.id);
    return membershipsHeld(rows, asOf, includeHistory).map(toMembership);
  }

  @FieldResolver(() => [IntegratedCareSystem], {
    description: "The ICSs it is a member of on `asOf` (default today).",
  })
  async integratedCareSystems(
    @Root() partner: Partner,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: PartnersContext,
  ): Promise<IntegratedCareSystem[]> {
    const held = membershipsHeld(
      await ctx.loaders.membershipsByPartner.load(partner.id),
      asOf,
      false,
    );
    const ids = held.flatMap((m) => (m.icsId ? [m.icsId] : []));
    return (await loadAll(ctx.loaders.ics, ids)).map(toIcs);
  }

  @FieldResolver(() => [Place], {
    description: "The place-based alliances it is a member of on `asOf` (default today).",
  })
  async places(
    @Root() partner: Partner,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: PartnersContext,
  ): Promise<Place[]> {
    const held = membershipsHeld(
      await ctx.loaders.membershipsByPartner.load(partner.id),
      asOf,
      false,
    );
    const ids = held.flatMap((m) => (m.placeId ? [m.placeId] : []));
    return (await loadAll(ctx.loaders.place, ids)).map(toPlace);
  }

  @FieldResolver(() => [Collaborative], {
    description: "The collaboratives it is a member of on `asOf` (default today).",
  })
  async collaboratives(
    @Root() partner: Partner,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: PartnersContext,
  ): Promise<Collaborative[]> {
    const held = membershipsHeld(
      await ctx.loaders.membershipsByPartner.load(partner.id),
      asOf,
      false,
    );
    const ids = held.flatMap((m) => (m.collaborativeId ? [m.collaborativeId] : []));
    return (await loadAll(ctx.loaders.collaborative, ids)).map(toCollaborative);
  }

  @FieldResolver(() => [PartnershipAgreement], {
    description: "Agreements this partner is party to.",
  })
  async agreements(
    @Root() partner: Partner,
    @Arg("status", () => AgreementStatus, { nullable: true }) status: AgreementStatus | null,
    @Ctx() ctx: PartnersContext,
  ): Promise<PartnershipAgreement[]> {
    const parties = await ctx.loaders.partiesByPartner.load(partner.id);
    const rows = await loadAll(
      ctx.loaders.agreement,
      parties.map((p) => p.agreementId),
    );
    return rows.filter((row) => !status || row.status === status).map(toAgreement);
  }

  @FieldResolver(() => [SystemLeadershipRole], {
    description: "Formal system leadership roles this partner holds.",
  })
  async leadershipRoles(
    @Root() partner: Partner,
    @Ctx() ctx: PartnersContext,
  ): Promise<SystemLeadershipRole[]> {
    return (await ctx.loaders.leadershipRolesByHolder.load(partner.id)).map(toLeadershipRole);
  }
}
