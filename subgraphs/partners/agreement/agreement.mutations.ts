import { editorsOf } from "../../kit/scopes.js";
import { eq } from "drizzle-orm";
import { Arg, Ctx, Mutation, Resolver, Directive } from "type-graphql";
import { today } from "../../kit/dates.js";
import { InputProblems } from "../../kit/errors.js";
import { sourceDocument } from "../../kit/sources.js";
import { dateOrder, optionalText, requiredText, slugId, slugify } from "../../kit/validate.js";
import * as t from "../db/schema.js";
import type { PartnersContext } from "../loaders.js";
import { LIMITS, requirePartner } from "../partner/partner.validation.js";
import { RecordAgreementInput } from "./agreement.inputs.js";
import { toAgreement } from "./agreement.mapper.js";
import { PartnershipAgreement } from "./agreement.type.js";

@Resolver(() => PartnershipAgreement)
export class AgreementMutations {
  @Directive(editorsOf("partners"))
  @Mutation(() => PartnershipAgreement, {
    description: "Records a formal agreement between two or more partners.",
  })
  recordAgreement(
    @Arg("input", () => RecordAgreementInput) input: RecordAgreementInput,
    @Ctx() ctx: PartnersContext,
  ): PartnershipAgreement {
    const row = ctx.db.transaction((tx) => {
      const problems = new InputProblems();
      const title = requiredText(problems, "input.title", input.title, LIMITS.name);
      const id = input.id?.trim() || slugify(title);
      slugId(problems, input.id ? "input.id" : "input.title", id);
      if (
        tx.select({ id: t.agreements.id }).from(t.agreements).where(eq(t.agreements.id, id)).get()
      ) {
        problems.add("input.id", `an agreement with id "${id}" already exists`);
      }
      const description = optionalText(
        problems,
        "input.description",
        input.description,
        LIMITS.description,
      );
      dateOrder(problems, "input.endDate", input.startDate, input.endDate);
      if (input.status === "ENDED" && !input.endDate)
        problems.add("input.endDate", "is required when status is ENDED");
      if (input.status !== "ENDED" && input.endDate && input.endDate < today()) {
        problems.add(
          "input.status",
          `must be ENDED when the end date (${input.endDate}) has passed`,
        );
      }
      const partyIds = input.parties.map((p) => p.partnerId);
      if (new Set(partyIds).size < 2)
        problems.add("input.parties", "need at least two different partners");
      if (new Set(partyIds).size !== partyIds.length)
        problems.add("input.parties", "list each partner once");
      const roles = input.parties.map(
        (p, i) => optionalText(problems, `input.parties[${i}].role`, p.role, LIMITS.role) ?? null,
      );
      if (input.source && !sourceDocument(input.source.documentId)) {
        problems.add(
          "input.source.documentId",
          `unknown source document "${input.source.documentId}"`,
        );
      }
      const section =
        optionalText(problems, "input.source.section", input.source?.section, LIMITS.name) ?? null;
      const quote =
        optionalText(problems, "input.source.quote", input.source?.quote, LIMITS.description) ??
        null;
      const note =
        optionalText(problems, "input.source.note", input.source?.note, LIMITS.description) ?? null;
      problems.throwIfAny();
      input.parties.forEach((p, i) =>
        requirePartner(tx, p.partnerId, `input.parties[${i}].partnerId`),
      );
      const agreement = {
        id,
        title,
        type: input.type,
        status: input.status,
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
        description: description ?? null,
        sourceDocument: input.source?.documentId ?? null,
        sourceSection: section,
        sourceQuote: quote,
        sourceNote: note,
      };
      tx.insert(t.agreements).values(agreement).run();
      tx.insert(t.agreementParties)
        .values(
          input.parties.map((p, i) => ({
            agreementId: id,
            partnerId: p.partnerId,
            role: roles[i] ?? null,
          })),
        )
        .run();
      return agreement;
    });
    return toAgreement(row);
  }
}
