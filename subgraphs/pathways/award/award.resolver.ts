import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { CROSS, type EntityStub, ref } from "../../kit/entity-stub.js";
import { Partner } from "../federation/entities.js";
import type { PathwaysContext } from "../loaders.js";
import { loadPathway } from "../pathway/pathway.resolver.js";
import { SharedPathway } from "../pathway/pathway.type.js";
import { loadService } from "../service/service.resolver.js";
import { Service } from "../service/service.type.js";
import { toAward } from "./award.mapper.js";
import { allAwards } from "./award.queries.js";
import { Award } from "./award.type.js";

@Resolver(() => Award)
export class AwardResolver {
  @Query(() => [Award], { description: "Every award and commendation the plans report, by name." })
  awards(@Ctx() ctx: PathwaysContext): Award[] {
    return allAwards(ctx.db).map(toAward);
  }

  @FieldResolver(() => [Partner], {
    nullable: "items",
    description: `The organisations it went to, where the plan names them. ${CROSS}`,
  })
  async recipients(@Root() award: Award, @Ctx() ctx: PathwaysContext): Promise<EntityStub[]> {
    const rows = await ctx.loaders.partnersByAward.load(award.id);
    return rows.map((row) => ref(Partner, row.partnerId)!);
  }

  @FieldResolver(() => SharedPathway, { nullable: true, description: "The pathway it recognised." })
  pathway(@Root() award: Award, @Ctx() ctx: PathwaysContext): Promise<SharedPathway | null> {
    return award.pathwayId ? loadPathway(ctx, award.pathwayId) : Promise.resolve(null);
  }

  @FieldResolver(() => Service, { nullable: true, description: "The service it recognised." })
  service(@Root() award: Award, @Ctx() ctx: PathwaysContext): Promise<Service | null> {
    return award.serviceId ? loadService(ctx, award.serviceId) : Promise.resolve(null);
  }
}

@Resolver(() => SharedPathway)
export class PathwayAwardsResolver {
  @FieldResolver(() => [Award], { description: "Awards and commendations it received." })
  async awards(@Root() pathway: SharedPathway, @Ctx() ctx: PathwaysContext): Promise<Award[]> {
    return (await ctx.loaders.awardsByPathway.load(pathway.id)).map(toAward);
  }
}
