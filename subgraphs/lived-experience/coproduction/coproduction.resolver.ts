import { CROSS } from "../../kit/entity-stub.js";
import { referencesTo } from "../../kit/owners.js";
import { editorsOf } from "../../kit/scopes.js";
import { eq, sql } from "drizzle-orm";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root, Directive } from "type-graphql";
import { today } from "../../kit/dates.js";
import { ref, type EntityStub } from "../../kit/entity-stub.js";
import { InputProblems, notFound } from "../../kit/errors.js";
import { requiredText, slugId, slugify } from "../../kit/validate.js";
import * as t from "../db/schema.js";
import { Partner } from "../federation/entities.js";
import { RecordCoproductionInput } from "../involvement/involvement.inputs.js";
import { toActivity, toCoproduction } from "../involvement/involvement.mapper.js";
import { InvolvementActivity } from "../involvement/involvement.type.js";
import type { LivedExperienceContext } from "../loaders.js";
import { CoproductionRecord } from "./coproduction.type.js";

const MAX_PARTNERS = 50;

@Resolver(() => CoproductionRecord)
export class CoproductionResolver {
  @FieldResolver(() => InvolvementActivity, {
    nullable: true,
    description: "The involvement activity it came from, where recorded.",
  })
  async activity(
    @Root() record: CoproductionRecord,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<InvolvementActivity | null> {
    if (!record.activityId) return null;
    const row = await ctx.loaders.activity.load(record.activityId);
    return row ? toActivity(row) : null;
  }

  @FieldResolver(() => [Partner], {
    nullable: "items",
    description: `The partners who co-produced it. ${CROSS}`,
  })
  async partners(
    @Root() record: CoproductionRecord,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<EntityStub[]> {
    const rows = await ctx.loaders.partnersByCoproduction.load(record.id);
    return rows.map((row) => ref(Partner, row.partnerId)!);
  }

  @Directive(editorsOf("lived-experience"))
  @Mutation(() => CoproductionRecord, {
    description: "Records that lived experience involvement shaped a shared pathway.",
  })
  async recordCoproduction(
    @Arg("input", () => RecordCoproductionInput) input: RecordCoproductionInput,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<CoproductionRecord> {
    const problems = new InputProblems();
    await ctx.owners.check(
      problems,
      [
        ...referencesTo("SharedPathway", "input.pathwayId", input.pathwayId),
        ...referencesTo("Partner", "input.partnerIds", input.partnerIds),
      ],
      input.happenedOn ?? today(),
    );
    const row = ctx.db.transaction((tx) => {
      slugId(problems, "input.pathwayId", input.pathwayId);
      if (input.activityId) {
        const activity = tx
          .select({ id: t.activities.id })
          .from(t.activities)
          .where(eq(t.activities.id, input.activityId))
          .get();
        if (!activity) throw notFound("InvolvementActivity", input.activityId, "input.activityId");
      }
      const summary = requiredText(problems, "input.summary", input.summary, 2000);
      const happenedOn = input.happenedOn ?? null;
      if (happenedOn && happenedOn > today()) {
        problems.add("input.happenedOn", "must not be in the future");
      }
      const partnerIds = input.partnerIds ?? [];
      if (partnerIds.length > MAX_PARTNERS) {
        problems.add("input.partnerIds", `must be at most ${MAX_PARTNERS}`);
      }
      partnerIds.forEach((id, i) => slugId(problems, `input.partnerIds[${i}]`, id));
      if (new Set(partnerIds).size !== partnerIds.length) {
        problems.add("input.partnerIds", "lists a partner twice");
      }
      problems.throwIfAny();
      const count =
        tx
          .select({ n: sql<number>`count(*)` })
          .from(t.coproductions)
          .where(eq(t.coproductions.pathwayId, input.pathwayId))
          .get()?.n ?? 0;
      const id = slugify(`${input.pathwayId} ${input.stage} ${count + 1}`);
      const inserted = tx
        .insert(t.coproductions)
        .values({
          id,
          pathwayId: input.pathwayId,
          activityId: input.activityId ?? null,
          stage: input.stage,
          summary,
          happenedOn,
          recordedBy: ctx.caller.subject,
        })
        .returning()
        .get();
      if (partnerIds.length > 0) {
        tx.insert(t.coproductionPartners)
          .values(partnerIds.map((partnerId) => ({ coproductionId: id, partnerId })))
          .run();
      }
      return inserted;
    });
    return toCoproduction(row);
  }
}
