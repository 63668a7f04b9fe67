import { ChangeRecord, toChangeRecords } from "../../kit/change-log.js";
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root, Directive } from "type-graphql";
import { type StatusChange, toStatusChange } from "../../kit/lifecycle.js";
import { readersOf } from "../../kit/scopes.js";
import {
  connectionTypes,
  decodeCursor,
  pageSize,
  toPage,
  listIdentity,
} from "../../kit/pagination.js";
import type { LivedExperienceContext } from "../loaders.js";
import { RoleCounts, toRoleCounts } from "./role-counts.js";
import type { RoleStatus } from "./role-enums.js";
import { RoleFilter } from "./role.inputs.js";
import { toRole } from "./role.mapper.js";
import { countRoles, listRoles, roleConditions } from "./role.queries.js";
import { LivedExperienceRole, RoleStatusChange } from "./role.type.js";

export const LivedExperienceRoleConnection = connectionTypes(
  LivedExperienceRole,
  "LivedExperienceRole",
  readersOf("lived-experience"),
);

export async function loadRole(
  ctx: LivedExperienceContext,
  id: string,
): Promise<LivedExperienceRole | null> {
  const row = await ctx.loaders.role.load(id);
  return row ? toRole(row) : null;
}

@Resolver(() => LivedExperienceRole)
export class RoleResolver {
  @Directive(readersOf("lived-experience"))
  @FieldResolver(() => [ChangeRecord], {
    nullable: true,
    description: "Every correction, oldest first: what changed, who decided, when and why.",
  })
  async changes(
    @Root() entity: LivedExperienceRole,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<ChangeRecord[]> {
    return toChangeRecords(await ctx.loaders.changesOfRole.load(entity.id));
  }

  @Query(() => LivedExperienceRole, { nullable: true })
  livedExperienceRole(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<LivedExperienceRole | null> {
    return loadRole(ctx, id);
  }

  @Query(() => LivedExperienceRoleConnection, {
    description: "Lived experience posts matching the filter, by title; cursor-paginated.",
  })
  livedExperienceRoles(
    @Arg("filter", () => RoleFilter, { nullable: true }) filter: RoleFilter | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1 to 100 (default 20)." })
    first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: LivedExperienceContext,
  ) {
    const size = pageSize(first);
    const list = listIdentity("livedExperienceRoles", filter, ctx.caller.scopes);
    const cursor = decodeCursor(after, list);
    const { rows, totalCount } = listRoles(ctx.db, filter, cursor, size + 1);
    for (const row of rows) ctx.loaders.role.prime(row.id, row);
    return toPage(rows, size, totalCount, (row) => [row.title, row.id], toRole, list, cursor);
  }

  @Query(() => RoleCounts, {
    description:
      "Posts counted by kind, level, status and care unit, for dashboards: one SQL aggregate.",
  })
  livedExperienceRoleCounts(
    @Arg("filter", () => RoleFilter, { nullable: true }) filter: RoleFilter | null,
    @Ctx() ctx: LivedExperienceContext,
  ): RoleCounts {
    return toRoleCounts(countRoles(ctx.db, roleConditions(filter)));
  }

  @FieldResolver(() => [RoleStatusChange], { description: "Every move, oldest first." })
  async history(
    @Root() role: LivedExperienceRole,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<StatusChange<RoleStatus>[]> {
    const rows = await ctx.loaders.roleHistory.load(role.id);
    return rows.map((row, i) => toStatusChange<RoleStatus>(row, i + 1));
  }
}
