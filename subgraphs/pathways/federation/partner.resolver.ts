import { CROSS } from "../../kit/entity-stub.js";
import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import { ref, type EntityStub } from "../../kit/entity-stub.js";
import type { PathwaysContext } from "../loaders.js";
import { ParticipantRole, PathwayStatus } from "../pathway/pathway-enums.js";
import { SharedPathway } from "../pathway/pathway.type.js";
import { Partner } from "./entities.js";
import { pathwaysWithStatus } from "./pathway-links.js";

@ObjectType({
  description:
    "Another partner this one shares pathways with, and the shared pathways that connect them.",
})
export class PathwayPartnership {
  @Field(() => Partner, { nullable: true, description: CROSS })
  partner!: EntityStub;

  @Field(() => Int, { description: "How many pathways they share." })
  sharedPathwayCount!: number;

  @Field(() => [SharedPathway], { description: "The evidence: the pathways they share, by name." })
  sharedPathways!: SharedPathway[];
}

@Resolver(() => Partner)
export class PartnerPathwaysResolver {
  @FieldResolver(() => [SharedPathway], {
    nullable: true,
    description:
      "Shared pathways this partner takes part in, by name; optionally only some statuses or roles.",
  })
  async pathways(
    @Root() partner: EntityStub,
    @Arg("statuses", () => [PathwayStatus], { nullable: true }) statuses: PathwayStatus[] | null,
    @Arg("roles", () => [ParticipantRole], { nullable: true }) roles: ParticipantRole[] | null,
    @Ctx() ctx: PathwaysContext,
  ): Promise<SharedPathway[]> {
    const participations = await ctx.loaders.participationsByPartner.load(partner.id);
    const ids = participations
      .filter((p) => !roles?.length || roles.includes(p.role as ParticipantRole))
      .map((p) => p.pathwayId);
    return pathwaysWithStatus(ctx, ids, statuses);
  }

  @FieldResolver(() => [PathwayPartnership], {
    nullable: true,
    description:
      "The partners this one shares pathways with, most shared first, each with the pathways as evidence. Follow `partner { connections }` to walk the web hop by hop.",
  })
  async connections(
    @Root() partner: EntityStub,
    @Arg("statuses", () => [PathwayStatus], { nullable: true }) statuses: PathwayStatus[] | null,
    @Ctx() ctx: PathwaysContext,
  ): Promise<PathwayPartnership[]> {
    const links = await ctx.loaders.linksByPartner.load(partner.id);
    const pathways = await pathwaysWithStatus(
      ctx,
      links.map((link) => link.pathwayId),
      statuses,
    );
    const kept = new Map(pathways.map((p) => [p.id, p]));
    const byPartner = new Map<string, SharedPathway[]>();
    for (const link of links) {
      const pathway = kept.get(link.pathwayId);
      if (!pathway) continue;
      const list = byPartner.get(link.otherPartnerId) ?? [];
      list.push(pathway);
      byPartner.set(link.otherPartnerId, list);
    }
    return [...byPartner]
      .map(([id, shared]) => ({
        partner: ref(Partner, id)!,
        sharedPathwayCount: shared.length,
        sharedPathways: shared.sort((a, b) => a.name.localeCompare(b.name)),
      }))
      .sort(
        (a, b) =>
          b.sharedPathwayCount - a.sharedPathwayCount || a.partner.id.localeCompare(b.partner.id),
      );
  }
}
