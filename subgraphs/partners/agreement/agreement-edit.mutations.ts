import { eq } from "drizzle-orm";
import { Arg, Ctx, Directive, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { recordChange } from "../../kit/change-log.js";
import { DateScalar, today } from "../../kit/dates.js";
import { checkDecision, DecisionInput } from "../../kit/decision.js";
import { InputProblems, notFound } from "../../kit/errors.js";
import { checkMove, type Transitions } from "../../kit/lifecycle.js";
import { editorsOf } from "../../kit/scopes.js";
import { optionalText } from "../../kit/validate.js";
import * as t from "../db/schema.js";
import type { PartnersContext, PartnersDb } from "../loaders.js";
import { LIMITS, requirePartner } from "../partner/partner.validation.js";
import { AgreementStatus } from "./agreement-enums.js";
import { AgreementPartyInput } from "./agreement.inputs.js";
import { toAgreement } from "./agreement.mapper.js";
import { PartnershipAgreement } from "./agreement.type.js";

/** PROPOSED → ACTIVE → ENDED; a proposal that never starts may end too. ENDED is final. */
export const AGREEMENT_TRANSITIONS: Transitions<AgreementStatus> = {
  PROPOSED: ["ACTIVE", "ENDED"],
  ACTIVE: ["ENDED"],
  ENDED: [],
};

@InputType({
  description:
    "A move of an agreement through its statuses: ACTIVE from its start day, ENDED on its last day.",
})
class MoveAgreementInput extends DecisionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => AgreementStatus)
  to!: AgreementStatus;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The day it took effect (default today): the start day for ACTIVE, the last day for ENDED.",
  })
  effectiveOn?: string | null;
}

@InputType({ description: "The agreement's parties as they should be: at least two partners." })
class SetAgreementPartiesInput extends DecisionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => [AgreementPartyInput])
  parties!: AgreementPartyInput[];
}

function agreementOf(db: PartnersDb, id: string) {
  const row = db.select().from(t.agreements).where(eq(t.agreements.id, id)).get();
  if (!row) throw notFound("PartnershipAgreement", id, "input.id");
  return row;
}

/** An agreement's status moves and its parties, each kept with who decided and why. */
@Resolver(() => PartnershipAgreement)
export class AgreementEditMutations {
  @Directive(editorsOf("partners"))
  @Mutation(() => PartnershipAgreement, {
    description:
      "Moves an agreement PROPOSED → ACTIVE → ENDED (or PROPOSED → ENDED), setting its start or end date; impossible moves are refused.",
  })
  moveAgreement(
    @Arg("input", () => MoveAgreementInput) input: MoveAgreementInput,
    @Ctx() ctx: PartnersContext,
  ): PartnershipAgreement {
    const effectiveOn = input.effectiveOn ?? today();
    const row = ctx.db.transaction((tx) => {
      const current = agreementOf(tx, input.id);
      const problems = new InputProblems();
      const from = current.status as AgreementStatus;
      checkMove(problems, "input.to", AGREEMENT_TRANSITIONS, from, input.to);
      const why = checkDecision(problems, input);
      if (effectiveOn > today())
        problems.add("input.effectiveOn", `must not be in the future (today is ${today()})`);
      if (input.to === "ENDED" && current.startDate && effectiveOn < current.startDate)
        problems.add("input.effectiveOn", `must not be before it started, on ${current.startDate}`);
      problems.throwIfAny();
      const set = {
        status: input.to,
        startDate: input.to === "ACTIVE" ? effectiveOn : current.startDate,
        endDate: input.to === "ENDED" ? effectiveOn : null,
      };
      tx.update(t.agreements).set(set).where(eq(t.agreements.id, input.id)).run();
      recordChange(tx, t.changeLog, {
        entityType: "PartnershipAgreement",
        entityId: input.id,
        change: "status",
        before: { status: from, startDate: current.startDate, endDate: current.endDate },
        after: set,
        ...why,
        recordedBy: ctx.caller.subject,
      });
      return agreementOf(tx, input.id);
    });
    return toAgreement(row);
  }

  @Directive(editorsOf("partners"))
  @Mutation(() => PartnershipAgreement, {
    description: "Sets an agreement's parties: partners added, removed or given another role.",
  })
  setAgreementParties(
    @Arg("input", () => SetAgreementPartiesInput) input: SetAgreementPartiesInput,
    @Ctx() ctx: PartnersContext,
  ): PartnershipAgreement {
    const row = ctx.db.transaction((tx) => {
      agreementOf(tx, input.id);
      const problems = new InputProblems();
      const why = checkDecision(problems, input);
      const ids = input.parties.map((p) => p.partnerId);
      if (new Set(ids).size < 2)
        problems.add("input.parties", "need at least two different partners");
      if (new Set(ids).size !== ids.length) problems.add("input.parties", "list each partner once");
      const parties = input.parties.map((p, i) => ({
        agreementId: input.id,
        partnerId: p.partnerId,
        role: optionalText(problems, `input.parties[${i}].role`, p.role, LIMITS.role) ?? null,
      }));
      problems.throwIfAny();
      input.parties.forEach((p, i) =>
        requirePartner(tx, p.partnerId, `input.parties[${i}].partnerId`),
      );
      const where = eq(t.agreementParties.agreementId, input.id);
      const old = tx.select().from(t.agreementParties).where(where).all();
      tx.delete(t.agreementParties).where(where).run();
      tx.insert(t.agreementParties).values(parties).run();
      const plain = (rows: { partnerId: string; role: string | null }[]) =>
        rows
          .map((r) => ({ partnerId: r.partnerId, role: r.role }))
          .sort((a, b) => a.partnerId.localeCompare(b.partnerId));
      recordChange(tx, t.changeLog, {
        entityType: "PartnershipAgreement",
        entityId: input.id,
        change: "parties",
        before: { parties: plain(old) },
        after: { parties: plain(parties) },
        ...why,
        recordedBy: ctx.caller.subject,
      });
      return agreementOf(tx, input.id);
    });
    ctx.loaders.partiesByAgreement.clear(input.id);
    return toAgreement(row);
  }
}
