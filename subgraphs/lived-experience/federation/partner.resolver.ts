import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { EntityStub } from "../../kit/entity-stub.js";
import type { LivedExperienceContext } from "../loaders.js";
import { toRole } from "../role/role.mapper.js";
import { LivedExperienceRole } from "../role/role.type.js";
import { Partner } from "./entities.js";

@Resolver(() => Partner)
export class PartnerRolesResolver {
  @FieldResolver(() => [LivedExperienceRole], {
    nullable: true,
    description: "Lived experience posts this partner hosts or shares (joint posts), by title.",
  })
  async hostedRoles(
    @Root() partner: EntityStub,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<LivedExperienceRole[]> {
    return (await ctx.loaders.rolesByHost.load(partner.id)).map(toRole);
  }
}
