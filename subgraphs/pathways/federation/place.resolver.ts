import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityStub } from "../../kit/entity-stub.js";
import type { PathwaysContext } from "../loaders.js";
import { PathwayStatus } from "../pathway/pathway-enums.js";
import { SharedPathway } from "../pathway/pathway.type.js";
import { Place } from "./entities.js";
import { pathwaysWithStatus } from "./pathway-links.js";

@Resolver(() => Place)
export class PlacePathwaysResolver {
  @FieldResolver(() => [SharedPathway], {
    nullable: true,
    description: "Shared pathways covering this place, by name; optionally only some statuses.",
  })
  async pathways(
    @Root() place: EntityStub,
    @Arg("statuses", () => [PathwayStatus], { nullable: true }) statuses: PathwayStatus[] | null,
    @Ctx() ctx: PathwaysContext,
  ): Promise<SharedPathway[]> {
    const links = await ctx.loaders.placeLinksByPlace.load(place.id);
    return pathwaysWithStatus(
      ctx,
      links.map((link) => link.pathwayId),
      statuses,
    );
  }
}
