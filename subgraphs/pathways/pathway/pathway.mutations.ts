import { recordChange } from "../../kit/change-log.js";
import { editorsOf } from "../../kit/scopes.js";
import { eq } from "drizzle-orm";
import { Arg, Ctx, Mutation, Resolver, Directive } from "type-graphql";
import { today } from "../../kit/dates.js";
import { InputProblems, notFound } from "../../kit/errors.js";
import { checkStatusMove } from "../../kit/columns.js";
import { checkEffectiveOn } from "../../kit/lifecycle.js";
import { newId, optionalText, requiredText, slugId } from "../../kit/validate.js";
import * as t from "../db/schema.js";
import { PATHWAY_TRANSITIONS } from "../lifecycle/pathway-lifecycle.js";
import type { PathwaysContext } from "../loaders.js";
import type { PathwayStatus } from "./pathway-enums.js";
import { MovePathwayInput, ProposePathwayInput } from "./pathway.inputs.js";
import { loadPathway } from "./pathway.resolver.js";
import { SharedPathway } from "./pathway.type.js";
import {
  LIMITS,
  checkKeys,
  checkParticipants,
  checkPopulation,
  checkRoutes,
  checkSteps,
  pathwayExists,
  pathwayReferences,
} from "./pathway.validation.js";

@Resolver(() => SharedPathway)
export class SharedPathwayMutations {
  @Directive(editorsOf("pathways"))
  @Mutation(() => SharedPathway, {
    description:
      "Records a new shared pathway as PROPOSED, with its participants, steps and referral routes.",
  })
  async proposePathway(
    @Arg("input", () => ProposePathwayInput) input: ProposePathwayInput,
    @Ctx() ctx: PathwaysContext,
  ): Promise<SharedPathway> {
    const problems = new InputProblems();
    // Participants must exist on the day the pathway is proposed.
    await ctx.owners.check(problems, pathwayReferences(input), input.proposedOn ?? today());
    const id = ctx.db.transaction((tx) => {
      const name = requiredText(problems, "input.name", input.name, LIMITS.name);
      const id = newId(problems, input.id, "input.name", name);
      if (pathwayExists(tx, id))
        problems.add("input.id", `a pathway with id "${id}" already exists`);
      const purpose = requiredText(problems, "input.purpose", input.purpose, LIMITS.purpose);
      const population = checkPopulation(problems, input.population);
      if (input.sectors.length === 0) problems.add("input.sectors", "must name at least one");
      if (new Set(input.sectors).size !== input.sectors.length) {
        problems.add("input.sectors", "lists a sector twice");
      }
      const placeIds = input.placeIds ?? [];
      if (placeIds.length > LIMITS.places) {
        problems.add("input.placeIds", `must be at most ${LIMITS.places}`);
      }
      checkKeys(problems, "input.placeIds", placeIds);
      if (input.leadCareUnitId) slugId(problems, "input.leadCareUnitId", input.leadCareUnitId);
      if (input.agreementId) slugId(problems, "input.agreementId", input.agreementId);
      const participants = checkParticipants(problems, input.participants);
      const steps = checkSteps(
        problems,
        input.steps ?? [],
        new Set(participants.map((p) => p.partnerId)),
      );
      const routes = checkRoutes(problems, input.referralRoutes ?? []);
      const proposedBy = requiredText(
        problems,
        "input.proposedBy",
        input.proposedBy,
        LIMITS.person,
      );
      const reason =
        optionalText(problems, "input.reason", input.reason, LIMITS.text) ?? "Proposed";
      const proposedOn = input.proposedOn ?? today();
      checkEffectiveOn(problems, "input.proposedOn", proposedOn, null, today());
      problems.throwIfAny();

      tx.insert(t.pathways)
        .values({
          id,
          name,
          purpose,
          ...population,
          leadCareUnitId: input.leadCareUnitId ?? null,
          agreementId: input.agreementId ?? null,
          status: "PROPOSED",
        })
        .run();
      tx.insert(t.pathwaySectors)
        .values(input.sectors.map((sector) => ({ pathwayId: id, sector })))
        .run();
      if (placeIds.length > 0) {
        tx.insert(t.pathwayPlaces)
          .values(placeIds.map((placeId) => ({ pathwayId: id, placeId })))
          .run();
      }
      tx.insert(t.pathwayParticipants)
        .values(participants.map((p) => ({ pathwayId: id, ...p })))
        .run();
      if (steps.length > 0) {
        tx.insert(t.pathwaySteps)
          .values(steps.map((s) => ({ pathwayId: id, ...s })))
          .run();
      }
      if (routes.length > 0) {
        tx.insert(t.referralRoutes)
          .values(routes.map((r) => ({ pathwayId: id, ...r })))
          .run();
      }
      recordChange(tx, t.changeLog, {
        entityType: "SharedPathway",
        entityId: id,
        change: "proposed",
        before: {},
        after: { status: "PROPOSED", effectiveOn: proposedOn },
        decidedBy: proposedBy,
        reason,
        recordedBy: ctx.caller.subject,
      });
      tx.insert(t.pathwayStatusChanges)
        .values({
          pathwayId: id,
          fromStatus: null,
          toStatus: "PROPOSED",
          effectiveOn: proposedOn,
          decidedBy: proposedBy,
          reason,
          recordedBy: ctx.caller.subject,
        })
        .run();
      return id;
    });
    return (await loadPathway(ctx, id))!;
  }

  @Directive(editorsOf("pathways"))
  @Mutation(() => SharedPathway, {
    description:
      "Moves a pathway through its lifecycle, recording who decided, when and why. Impossible moves are refused.",
  })
  async movePathway(
    @Arg("input", () => MovePathwayInput) input: MovePathwayInput,
    @Ctx() ctx: PathwaysContext,
  ): Promise<SharedPathway> {
    const effectiveOn = input.effectiveOn ?? today();
    ctx.db.transaction((tx) => {
      const current = tx.select().from(t.pathways).where(eq(t.pathways.id, input.id)).get();
      if (!current) throw notFound("SharedPathway", input.id, "input.id");
      const from = current.status as PathwayStatus;
      const problems = new InputProblems();
      const { decidedBy, reason } = checkStatusMove(tx, problems, {
        transitions: PATHWAY_TRANSITIONS,
        from,
        to: input.to,
        effectiveOn,
        decidedBy: input.decidedBy,
        reason: input.reason,
        history: t.pathwayStatusChanges,
        keyColumn: t.pathwayStatusChanges.pathwayId,
        key: input.id,
      });
      const review = input.nextReviewDue ?? null;
      if (review !== null) {
        if (input.to === "RETIRED") {
          problems.add("input.nextReviewDue", "a retired pathway has no next review");
        } else if (review <= effectiveOn) {
          problems.add("input.nextReviewDue", `must be after effectiveOn (${effectiveOn})`);
        }
      }
      problems.throwIfAny();

      tx.update(t.pathways)
        .set({
          status: input.to,
          agreedOn: input.to === "AGREED" ? effectiveOn : current.agreedOn,
          liveFrom: input.to === "LIVE" && !current.liveFrom ? effectiveOn : current.liveFrom,
          nextReviewDue: input.to === "RETIRED" ? null : (review ?? current.nextReviewDue),
          updatedAt: new Date().toISOString(),
        })
        .where(eq(t.pathways.id, input.id))
        .run();
      tx.insert(t.pathwayStatusChanges)
        .values({
          pathwayId: input.id,
          fromStatus: from,
          toStatus: input.to,
          effectiveOn,
          decidedBy,
          reason,
          recordedBy: ctx.caller.subject,
        })
        .run();
      recordChange(tx, t.changeLog, {
        entityType: "SharedPathway",
        entityId: input.id,
        change: "status",
        before: { status: from, nextReviewDue: current.nextReviewDue },
        after: {
          status: input.to,
          effectiveOn,
          nextReviewDue: input.to === "RETIRED" ? null : (review ?? current.nextReviewDue),
        },
        decidedBy,
        reason,
        recordedBy: ctx.caller.subject,
      });
    });
    ctx.loaders.pathway.clear(input.id);
    ctx.loaders.historyByPathway.clear(input.id);
    ctx.loaders.changesByPathway.clear(input.id);
    return (await loadPathway(ctx, input.id))!;
  }
}
