import { editorsOf } from "../../kit/scopes.js";
import { eq } from "drizzle-orm";
import { Arg, Ctx, Mutation, Resolver, Directive } from "type-graphql";
import { InputProblems, notFound } from "../../kit/errors.js";
import { dateOrder, optionalText } from "../../kit/validate.js";
import * as t from "../db/schema.js";
import type { PartnersContext, PartnersDb } from "../loaders.js";
import type { MembershipInput } from "../partner/partner.inputs.js";
import { LIMITS, requirePartner } from "../partner/partner.validation.js";
import { AddMembershipInput, EndMembershipInput } from "./membership.inputs.js";
import { toMembership } from "./membership.mapper.js";
import { Membership } from "./membership.type.js";

const GROUPS = [
  { field: "icsId", table: t.integratedCareSystems, typeName: "IntegratedCareSystem" },
  { field: "placeId", table: t.places, typeName: "Place" },
  { field: "collaborativeId", table: t.collaboratives, typeName: "Collaborative" },
] as const;

/** Validates a membership of `partnerId` and inserts it; throws, inserting nothing, on bad input. */
export function insertMembership(
  db: PartnersDb,
  field: string,
  input: MembershipInput & { partnerId: string },
): string {
  const problems = new InputProblems();
  const given = GROUPS.filter((g) => input[g.field]);
  if (given.length !== 1) {
    problems.add(field, "give exactly one of icsId, placeId or collaborativeId");
    problems.throwIfAny();
  }
  const group = given[0]!;
  const groupId = input[group.field]!;
  if (
    !db.select({ id: group.table.id }).from(group.table).where(eq(group.table.id, groupId)).get()
  ) {
    throw notFound(group.typeName, groupId, `${field}.${group.field}`);
  }
  const role = optionalText(problems, `${field}.role`, input.role, LIMITS.role) ?? null;
  const id = `${groupId}--${input.partnerId}${input.startDate ? `--${input.startDate}` : ""}`;
  if (
    db.select({ id: t.memberships.id }).from(t.memberships).where(eq(t.memberships.id, id)).get()
  ) {
    problems.add(
      field,
      `partner "${input.partnerId}" already has this membership from the same start date`,
    );
  }
  problems.throwIfAny();
  db.insert(t.memberships)
    .values({
      id,
      partnerId: input.partnerId,
      icsId: input.icsId ?? null,
      placeId: input.placeId ?? null,
      collaborativeId: input.collaborativeId ?? null,
      role,
      startDate: input.startDate ?? null,
    })
    .run();
  return id;
}

function loadMembership(db: PartnersDb, id: string): Membership {
  return toMembership(db.select().from(t.memberships).where(eq(t.memberships.id, id)).get()!);
}

@Resolver(() => Membership)
export class MembershipMutations {
  @Directive(editorsOf("partners"))
  @Mutation(() => Membership, {
    description: "Records that a partner joined an ICS, a place or a collaborative.",
  })
  addMembership(
    @Arg("input", () => AddMembershipInput) input: AddMembershipInput,
    @Ctx() ctx: PartnersContext,
  ): Membership {
    const id = ctx.db.transaction((tx) => {
      requirePartner(tx, input.partnerId, "input.partnerId");
      return insertMembership(tx, "input", input);
    });
    return loadMembership(ctx.db, id);
  }

  @Directive(editorsOf("partners"))
  @Mutation(() => Membership, {
    description: "Ends a membership on a given day; its history is kept.",
  })
  endMembership(
    @Arg("input", () => EndMembershipInput) input: EndMembershipInput,
    @Ctx() ctx: PartnersContext,
  ): Membership {
    ctx.db.transaction((tx) => {
      const row = tx
        .select()
        .from(t.memberships)
        .where(eq(t.memberships.id, input.membershipId))
        .get();
      if (!row) throw notFound("Membership", input.membershipId, "input.membershipId");
      const problems = new InputProblems();
      if (row.endDate) problems.add("input.membershipId", `already ended on ${row.endDate}`);
      dateOrder(problems, "input.endDate", row.startDate, input.endDate);
      problems.throwIfAny();
      tx.update(t.memberships)
        .set({ endDate: input.endDate })
        .where(eq(t.memberships.id, row.id))
        .run();
    });
    return loadMembership(ctx.db, input.membershipId);
  }
}
