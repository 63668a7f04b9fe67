import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityStub } from "../../kit/entity-stub.js";
import type { PathwaysContext } from "../loaders.js";
import { PathwayStatus } from "../pathway/pathway-enums.js";
import { toPathway } from "../pathway/pathway.mapper.js";
import { SharedPathway } from "../pathway/pathway.type.js";
import { CareUnit } from "./entities.js";
import { byName } from "./pathway-links.js";

@Resolver(() => CareUnit)
export class CareUnitPathwaysResolver {
  @FieldResolver(() => [SharedPathway], {
    nullable: true,
    description: "Shared pathways this care unit leads, by name; optionally only some statuses.",
  })
  async pathways(
    @Root() careUnit: EntityStub,
    @Arg("statuses", () => [PathwayStatus], { nullable: true }) statuses: PathwayStatus[] | null,
    @Ctx() ctx: PathwaysContext,
  ): Promise<SharedPathway[]> {
    const rows = await ctx.loaders.pathwaysByCareUnit.load(careUnit.id);
    return byName(rows, statuses).map(toPathway);
  }
}
