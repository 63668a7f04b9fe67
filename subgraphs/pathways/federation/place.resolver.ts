import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { FIRST_OF_LIST, pageSize, SLICED_BY_FIRST } from "../../kit/pagination.js";
import type { EntityStub } from "../../kit/entity-stub.js";
import type { PathwaysContext } from "../loaders.js";
import { PathwayStatus } from "../pathway/pathway-enums.js";
import { SharedPathway } from "../pathway/pathway.type.js";
import { Place } from "./entities.js";
import { pathwaysWithStatus } from "./pathway-links.js";

@Resolver(() => Place)
export class PlacePathwaysResolver {
  @Directive(SLICED_BY_FIRST)
  @FieldResolver(() => [SharedPathway], {
    nullable: true,
    description: "Shared pathways covering this place, by name; optionally only some statuses.",
  })
  async pathways(
    @Root() place: EntityStub,
    @Arg("statuses", () => [PathwayStatus], { nullable: true }) statuses: PathwayStatus[] | null,
    @Arg("first", () => Int, FIRST_OF_LIST) first: number,
    @Ctx() ctx: PathwaysContext,
  ): Promise<SharedPathway[]> {
    const size = pageSize(first);
    const links = await ctx.loaders.placeLinksByPlace.load(place.id);
    const pathways = await pathwaysWithStatus(
      ctx,
      links.map((link) => link.pathwayId),
      statuses,
    );
    return pathways.slice(0, size);
  }
}
