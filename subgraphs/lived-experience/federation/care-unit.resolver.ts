import {
  Arg,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Float,
  Int,
  ObjectType,
  Resolver,
  Root,
} from "type-graphql";
import type { LivedExperienceContext } from "../loaders.js";
import { RoleCounts, toRoleCounts } from "../role/role-counts.js";
import { RoleKind, RoleLevel, RoleStatus } from "../role/role-enums.js";
import { toRole } from "../role/role.mapper.js";
import { LivedExperienceRole } from "../role/role.type.js";
import { CareUnit } from "./entities.js";

@ObjectType({
  description:
    "Peer support on the wards: wards with at least one filled peer support post, out of the care unit's wards.",
})
export class WardCoverage {
  @Field(() => Int, {
    nullable: true,
    description: "The care unit's wards, from the partners subgraph.",
  })
  wardCount!: number | null;

  @Field(() => Int)
  wardsWithPeerSupport!: number;

  @Field(() => Int, {
    description:
      "Of wardsWithPeerSupport, how many have peer support only from illustrative (made-up) posts.",
  })
  illustrativeWards!: number;

  @Field(() => Float, { nullable: true, description: "Percentage, when the ward count is known." })
  percent!: number | null;
}

@Resolver(() => CareUnit)
export class CareUnitRolesResolver {
  @FieldResolver(() => [LivedExperienceRole], {
    nullable: true,
    description: "Lived experience posts in this care unit, by title.",
  })
  async livedExperienceRoles(
    @Root() careUnit: CareUnit,
    @Arg("statuses", () => [RoleStatus], { nullable: true }) statuses: RoleStatus[] | null,
    @Arg("levels", () => [RoleLevel], { nullable: true }) levels: RoleLevel[] | null,
    @Arg("kinds", () => [RoleKind], { nullable: true }) kinds: RoleKind[] | null,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<LivedExperienceRole[]> {
    const rows = await ctx.loaders.rolesByCareUnit.load(careUnit.id);
    const keep = <V>(values: V[] | null, value: V) => !values?.length || values.includes(value);
    return rows
      .filter(
        (row) =>
          keep(statuses, row.status as RoleStatus) &&
          keep(levels, row.level as RoleLevel) &&
          keep(kinds, row.kind as RoleKind),
      )
      .map(toRole);
  }

  @FieldResolver(() => RoleCounts, {
    nullable: true,
    description: "This care unit's posts counted by kind, level and status.",
  })
  async livedExperienceRoleCounts(
    @Root() careUnit: CareUnit,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<RoleCounts> {
    return toRoleCounts(await ctx.loaders.roleCountsByCareUnit.load(careUnit.id));
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "Filled lived experience posts in this care unit.",
  })
  async livedExperienceRolesFilled(
    @Root() careUnit: CareUnit,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<number> {
    const rows = await ctx.loaders.roleCountsByCareUnit.load(careUnit.id);
    return rows.filter((r) => r.status === "FILLED").reduce((sum, r) => sum + r.count, 0);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "Of livedExperienceRolesFilled, how many are illustrative (made-up) posts.",
  })
  async livedExperienceRolesFilledIllustrative(
    @Root() careUnit: CareUnit,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<number> {
    const rows = await ctx.loaders.roleCountsByCareUnit.load(careUnit.id);
    return rows.filter((r) => r.status === "FILLED").reduce((sum, r) => sum + r.illustrative, 0);
  }

  @FieldResolver(() => WardCoverage, {
    nullable: true,
    description:
      "Peer support ward coverage. The ward count comes from the partners subgraph through @requires.",
  })
  @Directive('@requires(fields: "wardCount")')
  async peerSupportWardCoverage(
    @Root() careUnit: CareUnit,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<WardCoverage> {
    const wards = await ctx.loaders.coveredWardsByCareUnit.load(careUnit.id);
    const covered = wards?.wards ?? 0;
    const wardCount = careUnit.wardCount ?? null;
    return {
      wardCount,
      wardsWithPeerSupport: covered,
      illustrativeWards: covered - (wards?.sourcedWards ?? 0),
      percent: wardCount ? Math.round((1000 * covered) / wardCount) / 10 : null,
    };
  }
}
