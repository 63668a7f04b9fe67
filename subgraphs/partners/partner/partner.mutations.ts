import { recordChange, valuesBefore } from "../../kit/change-log.js";
import { editorsOf } from "../../kit/scopes.js";
import { eq } from "drizzle-orm";
import { Arg, Ctx, ID, Mutation, Resolver, Directive } from "type-graphql";
import { badUserInput, InputProblems } from "../../kit/errors.js";
import { dateOrder, newId, optionalText, requiredText } from "../../kit/validate.js";
import * as t from "../db/schema.js";
import type { PartnersContext } from "../loaders.js";
import { insertMembership } from "../membership/membership.mutations.js";
import { CreatePartnerInput, UpdatePartnerInput } from "./partner.inputs.js";
import { loadPartner } from "./partner.resolver.js";
import { Partner } from "./partner.type.js";
import { LIMITS, checkIdentifiers, checkWebsite, requirePartner } from "./partner.validation.js";

@Resolver(() => Partner)
export class PartnerMutations {
  @Directive(editorsOf("partners"))
  @Mutation(() => Partner, { description: "Adds an organisation to the partnership web." })
  async createPartner(
    @Arg("input", () => CreatePartnerInput) input: CreatePartnerInput,
    @Ctx() ctx: PartnersContext,
  ): Promise<Partner> {
    const id = ctx.db.transaction((tx) => {
      const problems = new InputProblems();
      const name = requiredText(problems, "input.name", input.name, LIMITS.name);
      const id = newId(problems, input.id, "input.name", name);
      if (tx.select({ id: t.partners.id }).from(t.partners).where(eq(t.partners.id, id)).get()) {
        problems.add("input.id", `a partner with id "${id}" already exists`);
      }
      const description = optionalText(
        problems,
        "input.description",
        input.description,
        LIMITS.description,
      );
      const website = checkWebsite(problems, "input.website", input.website);
      const identifiers = checkIdentifiers(
        tx,
        problems,
        "input.identifiers",
        input.identifiers ?? [],
        id,
      );
      problems.throwIfAny();
      tx.insert(t.partners)
        .values({
          id,
          name,
          kind: input.kind,
          description,
          website,
          startDate: input.startDate ?? null,
        })
        .run();
      if (identifiers.length > 0) {
        tx.insert(t.partnerIdentifiers)
          .values(identifiers.map((i) => ({ partnerId: id, ...i })))
          .run();
      }
      (input.memberships ?? []).forEach((membership, i) =>
        insertMembership(tx, `input.memberships[${i}]`, { ...membership, partnerId: id }),
      );
      return id;
    });
    return (await loadPartner(ctx, id))!;
  }

  @Directive(editorsOf("partners"))
  @Mutation(() => Partner, {
    description: "Changes a partner's details; only the fields given change.",
  })
  async updatePartner(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdatePartnerInput) input: UpdatePartnerInput,
    @Ctx() ctx: PartnersContext,
  ): Promise<Partner> {
    ctx.db.transaction((tx) => {
      const current = requirePartner(tx, id, "id");
      const problems = new InputProblems();
      const changes: Partial<t.PartnerRow> = {};
      if (input.name !== undefined) {
        if (input.name === null) problems.add("input.name", "cannot be cleared");
        else changes.name = requiredText(problems, "input.name", input.name, LIMITS.name);
      }
      if (input.kind !== undefined) {
        if (input.kind === null) problems.add("input.kind", "cannot be cleared");
        else changes.kind = input.kind;
      }
      if (input.description !== undefined) {
        changes.description =
          optionalText(problems, "input.description", input.description, LIMITS.description) ??
          null;
      }
      if (input.website !== undefined)
        changes.website = checkWebsite(problems, "input.website", input.website) ?? null;
      if (input.startDate !== undefined) changes.startDate = input.startDate;
      if (input.endDate !== undefined) changes.endDate = input.endDate;
      const start = changes.startDate !== undefined ? changes.startDate : current.startDate;
      const end = changes.endDate !== undefined ? changes.endDate : current.endDate;
      dateOrder(problems, "input.endDate", start, end);
      if (input.successorId !== undefined) {
        if (input.successorId !== null) checkSuccessor(tx, problems, id, input.successorId);
        changes.successorId = input.successorId;
      }
      const identifiers =
        input.identifiers === undefined || input.identifiers === null
          ? null
          : checkIdentifiers(tx, problems, "input.identifiers", input.identifiers, id);
      problems.throwIfAny();
      const decidedBy =
        optionalText(problems, "input.decidedBy", input.decidedBy, LIMITS.name) ??
        ctx.caller.subject ??
        "not given";
      const reason =
        optionalText(problems, "input.reason", input.reason, LIMITS.description) ?? "not given";
      problems.throwIfAny();
      const oldIdentifiers = tx
        .select({ scheme: t.partnerIdentifiers.scheme, value: t.partnerIdentifiers.value })
        .from(t.partnerIdentifiers)
        .where(eq(t.partnerIdentifiers.partnerId, id))
        .all();
      recordChange(tx, t.changeLog, {
        entityType: "Partner",
        entityId: id,
        change: "details",
        before: {
          ...valuesBefore(current, changes),
          ...(identifiers ? { identifiers: oldIdentifiers } : {}),
        },
        after: {
          ...changes,
          ...(identifiers
            ? { identifiers: identifiers.map((i) => ({ scheme: i.scheme, value: i.value })) }
            : {}),
        },
        decidedBy,
        reason,
        recordedBy: ctx.caller.subject,
      });
      tx.update(t.partners)
        .set({ ...changes, updatedAt: new Date().toISOString() })
        .where(eq(t.partners.id, id))
        .run();
      if (identifiers) {
        tx.delete(t.partnerIdentifiers).where(eq(t.partnerIdentifiers.partnerId, id)).run();
        if (identifiers.length > 0) {
          tx.insert(t.partnerIdentifiers)
            .values(identifiers.map((i) => ({ partnerId: id, ...i })))
            .run();
        }
      }
    });
    ctx.loaders.partner.clear(id);
    ctx.loaders.identifiersByPartner.clear(id);
    ctx.loaders.changesOfPartner.clear(id);
    return (await loadPartner(ctx, id))!;
  }
}

/** A successor must exist, and following successors from it must never come back to `id`. */
function checkSuccessor(
  db: PartnersContext["db"],
  problems: InputProblems,
  id: string,
  successorId: string,
) {
  if (successorId === id) {
    problems.add("input.successorId", "a partner cannot succeed itself");
    return;
  }
  let next: string | null = requirePartner(db, successorId, "input.successorId").successorId;
  const visited = new Set([successorId]);
  while (next) {
    if (next === id)
      throw badUserInput([
        {
          field: "input.successorId",
          message: `"${successorId}" already descends from "${id}": that would make a cycle`,
        },
      ]);
    if (visited.has(next)) break;
    visited.add(next);
    next = requirePartner(db, next, "input.successorId").successorId;
  }
}
