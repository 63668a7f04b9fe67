import { eq } from "drizzle-orm";
import { Arg, Ctx, Directive, Field, Float, ID, InputType, Mutation, Resolver } from "type-graphql";
import { recordChange, valuesBefore } from "../../kit/change-log.js";
import { checkDecision, DecisionInput } from "../../kit/decision.js";
import { InputProblems, notFound } from "../../kit/errors.js";
import { referencesTo } from "../../kit/owners.js";
import { editorsOf } from "../../kit/scopes.js";
import { requiredText } from "../../kit/validate.js";
import * as t from "../db/schema.js";
import type { LivedExperienceContext } from "../loaders.js";
import { Arrangement, Band, RoleKind, RoleLevel } from "./role-enums.js";
import { loadRole } from "./role.resolver.js";
import { LivedExperienceRole } from "./role.type.js";
import { checkPlacement, LIMITS } from "./role.validation.js";

@InputType({
  description:
    "Corrects a post's details; only the fields given change, null clears an optional one. Its holder is never touched here.",
})
class UpdateRoleInput extends DecisionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => RoleKind, { nullable: true })
  kind?: RoleKind | null;

  @Field(() => RoleLevel, { nullable: true })
  level?: RoleLevel | null;

  @Field(() => ID, { nullable: true })
  careUnitId?: string | null;

  @Field(() => String, { nullable: true })
  wardOrTeam?: string | null;

  @Field(() => Arrangement, { nullable: true })
  arrangement?: Arrangement | null;

  @Field(() => ID, { nullable: true })
  hostPartnerId?: string | null;

  @Field(() => Band, { nullable: true })
  band?: Band | null;

  @Field(() => Float, { nullable: true })
  hoursPerWeek?: number | null;
}

/** The fields of a post an editor may correct; never its status or anything about its holder. */
const EDITABLE = [
  "title",
  "kind",
  "level",
  "careUnitId",
  "wardOrTeam",
  "arrangement",
  "hostPartnerId",
  "band",
  "hoursPerWeek",
] as const;

@Resolver(() => LivedExperienceRole)
export class RoleEditMutations {
  @Directive(editorsOf("lived-experience"))
  @Mutation(() => LivedExperienceRole, {
    description:
      "Corrects a post's details (title, kind, level, placement, host, band, hours), keeping the old values in its changes.",
  })
  async updateLivedExperienceRole(
    @Arg("input", () => UpdateRoleInput) input: UpdateRoleInput,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<LivedExperienceRole> {
    const problems = new InputProblems();
    await ctx.owners.check(problems, [
      ...referencesTo("CareUnit", "input.careUnitId", input.careUnitId),
      ...referencesTo("Partner", "input.hostPartnerId", input.hostPartnerId),
    ]);
    ctx.db.transaction((tx) => {
      const where = eq(t.roles.id, input.id);
      const current = tx.select().from(t.roles).where(where).get();
      if (!current) throw notFound("LivedExperienceRole", input.id, "input.id");
      const why = checkDecision(problems, input);
      const set: Record<string, unknown> = {};
      for (const key of EDITABLE) if (input[key] !== undefined) set[key] = input[key];
      for (const key of ["title", "kind", "level", "arrangement"] as const) {
        if (key in set && set[key] === null) problems.add(`input.${key}`, "cannot be cleared");
      }
      if (typeof set.title === "string")
        set.title = requiredText(problems, "input.title", set.title, LIMITS.title);
      if (typeof set.wardOrTeam === "string") set.wardOrTeam = set.wardOrTeam.trim() || null;
      // The post as it would be, checked whole: level, placement and host must still agree.
      const merged = { ...current, ...set };
      checkPlacement(problems, {
        ...merged,
        decidedBy: why.decidedBy,
      } as Parameters<typeof checkPlacement>[1]);
      if (Object.keys(set).length === 0) problems.add("input", "give a field to correct");
      problems.throwIfAny();
      tx.update(t.roles).set(set).where(where).run();
      recordChange(tx, t.changeLog, {
        entityType: "LivedExperienceRole",
        entityId: input.id,
        change: "details",
        before: valuesBefore(current, set),
        after: set,
        ...why,
        recordedBy: ctx.caller.subject,
      });
    });
    ctx.loaders.role.clear(input.id);
    return (await loadRole(ctx, input.id))!;
  }
}
