import { eq } from "drizzle-orm";
import { Arg, Ctx, Directive, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { recordChange, valuesBefore } from "../../kit/change-log.js";
import { DateScalar } from "../../kit/dates.js";
import { checkDecision, DecisionInput } from "../../kit/decision.js";
import { InputProblems, notFound } from "../../kit/errors.js";
import { editorsOf } from "../../kit/scopes.js";
import { dateOrder, optionalText } from "../../kit/validate.js";
import * as t from "../db/schema.js";
import type { PartnersContext } from "../loaders.js";
import { toMembership } from "../membership/membership.mapper.js";
import { Membership } from "../membership/membership.type.js";
import { IdentifierInput } from "./partner.inputs.js";
import { loadPartner } from "./partner.resolver.js";
import { Partner } from "./partner.type.js";
import { checkIdentifiers, LIMITS, requirePartner } from "./partner.validation.js";

@InputType({
  description: "A partner's identifiers as they should be (an empty list clears them).",
})
class CorrectIdentifiersInput extends DecisionInput {
  @Field(() => ID)
  partnerId!: string;

  @Field(() => [IdentifierInput])
  identifiers!: IdentifierInput[];
}

@InputType({
  description:
    "Corrects a membership's role or dates; only the fields given change, null clears one.",
})
class CorrectMembershipInput extends DecisionInput {
  @Field(() => ID)
  membershipId!: string;

  @Field(() => String, { nullable: true })
  role?: string | null;

  @Field(() => DateScalar, { nullable: true })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  endDate?: string | null;
}

const plainIdentifiers = (rows: { scheme: string; value: string }[]) =>
  rows
    .map((r) => ({ scheme: r.scheme, value: r.value }))
    .sort((a, b) => `${a.scheme} ${a.value}`.localeCompare(`${b.scheme} ${b.value}`));

/** Corrections of what the partners subgraph records about a partner, kept with who and why. */
@Resolver(() => Partner)
export class PartnerCorrectionMutations {
  @Directive(editorsOf("partners"))
  @Mutation(() => Partner, {
    description:
      "Corrects a partner's identifiers (an ODS code, a charity number...), keeping the old ones in its changes.",
  })
  async correctPartnerIdentifiers(
    @Arg("input", () => CorrectIdentifiersInput) input: CorrectIdentifiersInput,
    @Ctx() ctx: PartnersContext,
  ): Promise<Partner> {
    ctx.db.transaction((tx) => {
      requirePartner(tx, input.partnerId, "input.partnerId");
      const problems = new InputProblems();
      const why = checkDecision(problems, input);
      const identifiers = checkIdentifiers(
        tx,
        problems,
        "input.identifiers",
        input.identifiers,
        input.partnerId,
      );
      problems.throwIfAny();
      const where = eq(t.partnerIdentifiers.partnerId, input.partnerId);
      const old = tx.select().from(t.partnerIdentifiers).where(where).all();
      tx.delete(t.partnerIdentifiers).where(where).run();
      if (identifiers.length > 0) {
        tx.insert(t.partnerIdentifiers)
          .values(identifiers.map((i) => ({ partnerId: input.partnerId, ...i })))
          .run();
      }
      recordChange(tx, t.changeLog, {
        entityType: "Partner",
        entityId: input.partnerId,
        change: "identifiers",
        before: { identifiers: plainIdentifiers(old) },
        after: { identifiers: plainIdentifiers(identifiers) },
        ...why,
        recordedBy: ctx.caller.subject,
      });
    });
    ctx.loaders.partner.clearAll();
    ctx.loaders.identifiersByPartner.clearAll();
    return (await loadPartner(ctx, input.partnerId))!;
  }

  @Directive(editorsOf("partners"))
  @Mutation(() => Membership, {
    description: "Corrects a membership's role or dates, keeping the old values in its changes.",
  })
  correctMembership(
    @Arg("input", () => CorrectMembershipInput) input: CorrectMembershipInput,
    @Ctx() ctx: PartnersContext,
  ): Membership {
    const row = ctx.db.transaction((tx) => {
      const where = eq(t.memberships.id, input.membershipId);
      const current = tx.select().from(t.memberships).where(where).get();
      if (!current) throw notFound("Membership", input.membershipId, "input.membershipId");
      const problems = new InputProblems();
      const why = checkDecision(problems, input);
      const set: Partial<typeof current> = {};
      if (input.role !== undefined)
        set.role = optionalText(problems, "input.role", input.role, LIMITS.role) ?? null;
      if (input.startDate !== undefined) set.startDate = input.startDate;
      if (input.endDate !== undefined) set.endDate = input.endDate;
      dateOrder(
        problems,
        "input.endDate",
        set.startDate !== undefined ? set.startDate : current.startDate,
        set.endDate !== undefined ? set.endDate : current.endDate,
      );
      if (Object.keys(set).length === 0) problems.add("input", "give a role or a date to correct");
      problems.throwIfAny();
      tx.update(t.memberships).set(set).where(where).run();
      recordChange(tx, t.changeLog, {
        entityType: "Membership",
        entityId: input.membershipId,
        change: "details",
        before: valuesBefore(current, set),
        after: set,
        ...why,
        recordedBy: ctx.caller.subject,
      });
      return tx.select().from(t.memberships).where(where).get()!;
    });
    return toMembership(row);
  }
}
