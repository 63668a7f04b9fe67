import { eq } from "drizzle-orm";
import { Arg, Ctx, Directive, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { recordChange } from "../../kit/change-log.js";
import { checkDecision, DecisionInput } from "../../kit/decision.js";
import { InputProblems, notFound } from "../../kit/errors.js";
import { editorsOf } from "../../kit/scopes.js";
import * as t from "../db/schema.js";
import type { LivedExperienceContext } from "../loaders.js";
import { loadActivity } from "./involvement.resolver.js";
import { InvolvementActivity } from "./involvement.type.js";

@InputType({ description: "Cancels an activity that has not taken place." })
class CancelActivityInput extends DecisionInput {
  @Field(() => ID)
  id!: string;
}

@Resolver(() => InvolvementActivity)
export class ActivityCancelMutations {
  @Directive(editorsOf("lived-experience"))
  @Mutation(() => InvolvementActivity, {
    description:
      "Cancels an OPEN or FILLED activity, with who decided and why; CANCELLED is final and kept in its changes.",
  })
  async cancelInvolvementActivity(
    @Arg("input", () => CancelActivityInput) input: CancelActivityInput,
    @Ctx() ctx: LivedExperienceContext,
  ): Promise<InvolvementActivity> {
    ctx.db.transaction((tx) => {
      const where = eq(t.activities.id, input.id);
      const current = tx.select().from(t.activities).where(where).get();
      if (!current) throw notFound("InvolvementActivity", input.id, "input.id");
      const problems = new InputProblems();
      const why = checkDecision(problems, input);
      if (current.status !== "OPEN" && current.status !== "FILLED") {
        problems.add(
          "input.id",
          `only an OPEN or FILLED activity can be cancelled; this one is ${current.status}`,
        );
      }
      problems.throwIfAny();
      tx.update(t.activities).set({ status: "CANCELLED" }).where(where).run();
      recordChange(tx, t.changeLog, {
        entityType: "InvolvementActivity",
        entityId: input.id,
        change: "status",
        before: { status: current.status },
        after: { status: "CANCELLED" },
        ...why,
        recordedBy: ctx.caller.subject,
      });
    });
    ctx.loaders.activity.clear(input.id);
    return (await loadActivity(ctx, input.id))!;
  }
}
