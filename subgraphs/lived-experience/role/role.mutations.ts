import { referencesTo } from "../../kit/owners.js";
import { editorsOf } from "../../kit/scopes.js";
import { eq } from "drizzle-orm";
import { Arg, Ctx, Mutation, Resolver, Directive } from "type-graphql";
import { today } from "../../kit/dates.js";
import { InputProblems, notFound } from "../../kit/errors.js";
import { checkStatusMove } from "../../kit/columns.js";
import { newId, requiredText } from "../../kit/validate.js";
import * as t from "../db/schema.js";
import type { LivedExperienceContext } from "../loaders.js";
import { PEER_SUPPORT_KINDS, type RoleKind, type RoleStatus } from "./role-enums.js";
import { ROLE_TRANSITIONS } from "./role-lifecycle.js";
import { CreateRoleInput, FillRoleInput, RoleMoveInput } from "./role.inputs.js";
import { loadRole } from "./role.resolver.js";
import { LivedExperienceRole } from "./role.type.js";
import { LIMITS, checkPlacement } from "./role.validation.js";

@Resolver(() => LivedExperienceRole)
export class RoleMutations {
  @Directive(editorsOf("lived-experience"))
  @Mutation(() => LivedExperienceRole, { description: "Records a new post as PLANNED." })
  async createLivedExperienceRole(
    @Arg("input", () => CreateRoleInput) input: CreateRoleInput,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<LivedExperienceRole> {
    const problems = new InputProblems();
    await ctx.owners.check(
      problems,
      [
        ...referencesTo("CareUnit", "input.careUnitId", input.careUnitId),
        ...referencesTo("Partner", "input.hostPartnerId", input.hostPartnerId),
      ],
      input.startDate ?? today(),
    );
    const id = ctx.db.transaction((tx) => {
      const title = requiredText(problems, "input.title", input.title, LIMITS.title);
      const id = newId(problems, input.id, "input.title", title);
      if (tx.select({ id: t.roles.id }).from(t.roles).where(eq(t.roles.id, id)).get()) {
        problems.add("input.id", `a post with id "${id}" already exists`);
      }
      checkPlacement(problems, input);
      const decidedBy = requiredText(problems, "input.decidedBy", input.decidedBy, LIMITS.person);
      problems.throwIfAny();
      tx.insert(t.roles)
        .values({
          id,
          title,
          kind: input.kind,
          level: input.level,
          careUnitId: input.careUnitId ?? null,
          wardOrTeam: input.wardOrTeam?.trim() || null,
          arrangement: input.arrangement ?? "EPUT_POST",
          hostPartnerId: input.hostPartnerId ?? null,
          band: input.band ?? null,
          hoursPerWeek: input.hoursPerWeek ?? null,
          status: "PLANNED",
          startDate: input.startDate ?? null,
        })
        .run();
      tx.insert(t.roleStatusChanges)
        .values({
          roleId: id,
          toStatus: "PLANNED",
          effectiveOn: today(),
          decidedBy,
          reason: "Post created",
          recordedBy: ctx.caller.subject,
        })
        .run();
      return id;
    });
    return (await loadRole(ctx, id))!;
  }

  @Directive(editorsOf("lived-experience"))
  @Mutation(() => LivedExperienceRole, { description: "Advertises a planned or vacant post." })
  advertiseLivedExperienceRole(
    @Arg("input", () => RoleMoveInput) input: RoleMoveInput,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<LivedExperienceRole> {
    return moveRole(ctx, input, "ADVERTISED");
  }

  @Directive(editorsOf("lived-experience"))
  @Mutation(() => LivedExperienceRole, {
    description:
      "Fills an advertised or vacant post. The holder is never named; see holderHasLdOrAutism.",
  })
  fillLivedExperienceRole(
    @Arg("input", () => FillRoleInput) input: FillRoleInput,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<LivedExperienceRole> {
    return moveRole(ctx, input, "FILLED", (problems, current) => {
      const flag = input.holderHasLdOrAutism ?? null;
      if (flag !== null && !PEER_SUPPORT_KINDS.includes(current.kind as RoleKind)) {
        problems.add(
          "input.holderHasLdOrAutism",
          "is recorded only for peer support posts (the strategy's measure), so it is not taken for this post",
        );
      }
      return {
        ldOrAutism: flag,
        startDate: current.startDate ?? input.effectiveOn,
      };
    });
  }

  @Directive(editorsOf("lived-experience"))
  @Mutation(() => LivedExperienceRole, {
    description: "Marks a filled post vacant, erasing everything recorded about its holder.",
  })
  vacateLivedExperienceRole(
    @Arg("input", () => RoleMoveInput) input: RoleMoveInput,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<LivedExperienceRole> {
    return moveRole(ctx, input, "VACANT", () => ({ ldOrAutism: null }));
  }
}

/** Validates and applies one move of a post, with its history entry, in one transaction. */
async function moveRole(
  ctx: LivedExperienceContext,
  input: RoleMoveInput,
  to: RoleStatus,
  changes: (problems: InputProblems, current: t.RoleRow) => Partial<t.RoleRow> = () => ({}),
): Promise<LivedExperienceRole> {
  ctx.db.transaction((tx) => {
    const current = tx.select().from(t.roles).where(eq(t.roles.id, input.id)).get();
    if (!current) throw notFound("LivedExperienceRole", input.id, "input.id");
    const problems = new InputProblems();
    const { decidedBy, reason } = checkStatusMove(tx, problems, {
      transitions: ROLE_TRANSITIONS,
      from: current.status as RoleStatus,
      to,
      effectiveOn: input.effectiveOn,
      decidedBy: input.decidedBy,
      reason: input.reason,
      history: t.roleStatusChanges,
      keyColumn: t.roleStatusChanges.roleId,
      key: input.id,
    });
    const extra = changes(problems, current);
    problems.throwIfAny();
    tx.update(t.roles)
      .set({ ...extra, status: to })
      .where(eq(t.roles.id, input.id))
      .run();
    tx.insert(t.roleStatusChanges)
      .values({
        roleId: input.id,
        fromStatus: current.status,
        toStatus: to,
        effectiveOn: input.effectiveOn,
        decidedBy,
        reason,
        recordedBy: ctx.caller.subject,
      })
      .run();
  });
  ctx.loaders.role.clear(input.id);
  ctx.loaders.roleHistory.clear(input.id);
  return (await loadRole(ctx, input.id))!;
}
