import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityStub } from "../../kit/entity-stub.js";
import { CoproductionRecord } from "../coproduction/coproduction.type.js";
import { toCoproduction } from "../involvement/involvement.mapper.js";
import type { LivedExperienceContext } from "../loaders.js";
import { SharedPathway } from "./entities.js";

@Resolver(() => SharedPathway)
export class PathwayCoproductionResolver {
  @FieldResolver(() => [CoproductionRecord], {
    nullable: true,
    description:
      "Was this pathway co-produced, with whom and when: every record, oldest first (empty if none).",
  })
  async coproduction(
    @Root() pathway: EntityStub,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<CoproductionRecord[]> {
    return (await ctx.loaders.coproductionsByPathway.load(pathway.id)).map(toCoproduction);
  }
}
