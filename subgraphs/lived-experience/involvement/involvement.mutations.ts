import { referencesTo } from "../../kit/owners.js";
import { editorsOf } from "../../kit/scopes.js";
import { eq, sql } from "drizzle-orm";
import { Arg, Ctx, ID, Mutation, Resolver, Directive } from "type-graphql";
import { today } from "../../kit/dates.js";
import { InputProblems, notFound } from "../../kit/errors.js";
import { newId, requiredText, slugId } from "../../kit/validate.js";
import * as t from "../db/schema.js";
import type { LivedExperienceContext } from "../loaders.js";
import { RATE_UNIT_OF, type ActivityStatus, type RecognitionOffer } from "./involvement-enums.js";
import {
  CompleteActivityInput,
  PublishActivityInput,
  RecordRecognitionInput,
} from "./involvement.inputs.js";
import { rateInForce } from "./involvement.queries.js";
import { loadActivity } from "./involvement.resolver.js";
import { InvolvementActivity } from "./involvement.type.js";

const LIMITS = { title: 200, shapes: 500, maxHours: 10_000, maxPeople: 1000 };

type Db = LivedExperienceContext["db"];

function requireActivity(db: Db, id: string, field: string): t.ActivityRow {
  const row = db.select().from(t.activities).where(eq(t.activities.id, id)).get();
  if (!row) throw notFound("InvolvementActivity", id, field);
  return row;
}

function checkHours(problems: InputProblems, field: string, hours: number, allowZero = false) {
  if (
    !Number.isFinite(hours) ||
    hours < 0 ||
    (!allowZero && hours === 0) ||
    hours > LIMITS.maxHours
  ) {
    problems.add(field, `must be ${allowZero ? "from 0" : "more than 0"} to ${LIMITS.maxHours}`);
  }
}

/** Which recorded recognitions an activity's offer allows. */
const ALLOWED_RECOGNITION: Record<RecognitionOffer, string[]> = {
  PAYMENT_PER_HOUR: ["PAID", "VOUCHER", "DECLINED"],
  PAYMENT_PER_SESSION: ["PAID", "VOUCHER", "DECLINED"],
  VOUCHER: ["VOUCHER", "DECLINED"],
  VOLUNTARY: ["VOLUNTARY"],
};

@Resolver(() => InvolvementActivity)
export class InvolvementMutations {
  @Directive(editorsOf("lived-experience"))
  @Mutation(() => InvolvementActivity, {
    description: "Advertises an involvement activity (OPEN) on the involvement platform.",
  })
  async publishInvolvementActivity(
    @Arg("input", () => PublishActivityInput) input: PublishActivityInput,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<InvolvementActivity> {
    const problems = new InputProblems();
    await ctx.owners.check(problems, [
      ...referencesTo("SharedPathway", "input.pathwayId", input.pathwayId),
      ...referencesTo("CareUnit", "input.careUnitId", input.careUnitId),
    ]);
    const id = ctx.db.transaction((tx) => {
      const title = requiredText(problems, "input.title", input.title, LIMITS.title);
      const id = newId(problems, input.id, "input.title", `${title} ${input.date}`);
      if (
        tx.select({ id: t.activities.id }).from(t.activities).where(eq(t.activities.id, id)).get()
      ) {
        problems.add("input.id", `an activity with id "${id}" already exists`);
      }
      const shapes = requiredText(problems, "input.shapes", input.shapes, LIMITS.shapes);
      if (input.pathwayId) slugId(problems, "input.pathwayId", input.pathwayId);
      if (input.careUnitId) slugId(problems, "input.careUnitId", input.careUnitId);
      checkHours(problems, "input.expectedHours", input.expectedHours);
      const places = input.places ?? null;
      if (places !== null && (places < 1 || places > LIMITS.maxPeople)) {
        problems.add("input.places", `must be from 1 to ${LIMITS.maxPeople}`);
      }
      const unit = RATE_UNIT_OF[input.recognitionOffer];
      if (unit && !rateInForce(tx, unit, input.date)) {
        problems.add(
          "input.recognitionOffer",
          `no ${unit} payment rate is in force on ${input.date}`,
        );
      }
      problems.throwIfAny();
      tx.insert(t.activities)
        .values({
          id,
          title,
          shapes,
          pathwayId: input.pathwayId ?? null,
          careUnitId: input.careUnitId ?? null,
          activityDate: input.date,
          expectedHours: input.expectedHours,
          places,
          recognition: input.recognitionOffer,
          stage: input.stage,
          status: "OPEN",
        })
        .run();
      return id;
    });
    return (await loadActivity(ctx, id))!;
  }

  @Directive(editorsOf("lived-experience"))
  @Mutation(() => InvolvementActivity, { description: "Marks an open activity as filled." })
  async fillInvolvementActivity(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<InvolvementActivity> {
    ctx.db.transaction((tx) => {
      const current = requireActivity(tx, id, "id");
      const problems = new InputProblems();
      if (current.status !== "OPEN") {
        problems.add("id", `only an OPEN activity can be filled; this one is ${current.status}`);
      }
      problems.throwIfAny();
      tx.update(t.activities).set({ status: "FILLED" }).where(eq(t.activities.id, id)).run();
    });
    ctx.loaders.activity.clear(id);
    return (await loadActivity(ctx, id))!;
  }

  @Directive(editorsOf("lived-experience"))
  @Mutation(() => InvolvementActivity, {
    description: "Completes an activity that has taken place, recording the hours given.",
  })
  async completeInvolvementActivity(
    @Arg("input", () => CompleteActivityInput) input: CompleteActivityInput,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<InvolvementActivity> {
    ctx.db.transaction((tx) => {
      const current = requireActivity(tx, input.id, "input.id");
      const problems = new InputProblems();
      if ((current.status as ActivityStatus) === "COMPLETED") {
        problems.add("input.id", "the activity is already COMPLETED");
      }
      if (current.activityDate && current.activityDate > today()) {
        problems.add("input.id", `it takes place on ${current.activityDate}: not yet`);
      }
      checkHours(problems, "input.deliveredHours", input.deliveredHours, true);
      problems.throwIfAny();
      tx.update(t.activities)
        .set({ status: "COMPLETED", deliveredHours: input.deliveredHours })
        .where(eq(t.activities.id, input.id))
        .run();
    });
    ctx.loaders.activity.clear(input.id);
    return (await loadActivity(ctx, input.id))!;
  }

  @Directive(editorsOf("lived-experience"))
  @Mutation(() => InvolvementActivity, {
    description:
      "Records how people's time on a completed activity was recognised: paid at the rate in force on its date, a voucher, voluntary, or declined. Counts only, never names.",
  })
  async recordRecognition(
    @Arg("input", () => RecordRecognitionInput) input: RecordRecognitionInput,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<InvolvementActivity> {
    ctx.db.transaction((tx) => {
      const activity = requireActivity(tx, input.activityId, "input.activityId");
      const problems = new InputProblems();
      if (activity.status !== "COMPLETED") {
        problems.add("input.activityId", "recognition is recorded once the activity is COMPLETED");
      }
      const offer = activity.recognition as RecognitionOffer | null;
      if (!offer) {
        problems.add("input.activityId", "the activity records no recognition offer");
      } else if (!ALLOWED_RECOGNITION[offer].includes(input.kind)) {
        problems.add(
          "input.kind",
          `the activity offered ${offer}, so it can be ${ALLOWED_RECOGNITION[offer].join(", ")}`,
        );
      }
      if (!Number.isInteger(input.people) || input.people < 1 || input.people > LIMITS.maxPeople) {
        problems.add("input.people", `must be from 1 to ${LIMITS.maxPeople}`);
      }
      checkHours(problems, "input.hours", input.hours);
      const recognised =
        tx
          .select({ hours: sql<number>`total(${t.recognitions.hours})` })
          .from(t.recognitions)
          .where(eq(t.recognitions.activityId, input.activityId))
          .get()?.hours ?? 0;
      const delivered = activity.deliveredHours ?? 0;
      if (activity.status === "COMPLETED" && recognised + input.hours > delivered) {
        problems.add(
          "input.hours",
          `${delivered} hours were delivered and ${recognised} already recognised: at most ${Math.max(0, delivered - recognised)} more`,
        );
      }
      const unit = offer ? RATE_UNIT_OF[offer] : undefined;
      const rate =
        input.kind === "PAID" && unit && activity.activityDate
          ? rateInForce(tx, unit, activity.activityDate)
          : undefined;
      if (input.kind === "PAID" && !rate) {
        problems.add("input.kind", "no payment rate was in force on the activity's date");
      }
      problems.throwIfAny();
      const amountPence = rate
        ? Math.round(rate.amountPence * (rate.unit === "PER_HOUR" ? input.hours : input.people))
        : null;
      tx.insert(t.recognitions)
        .values({
          activityId: input.activityId,
          kind: input.kind,
          people: input.people,
          hours: input.hours,
          rateId: rate?.id ?? null,
          amountPence,
          recordedBy: ctx.caller.subject,
        })
        .run();
    });
    ctx.loaders.recognitionsByActivity.clear(input.activityId);
    return (await loadActivity(ctx, input.activityId))!;
  }
}
