import { checkDecision } from "../../kit/decision.js";
import { eq } from "drizzle-orm";
import { Arg, Ctx, Directive, Mutation, Resolver } from "type-graphql";
import { recordChange } from "../../kit/change-log.js";
import { InputProblems, notFound } from "../../kit/errors.js";
import { editorsOf } from "../../kit/scopes.js";
import { requiredText } from "../../kit/validate.js";
import * as t from "../db/schema.js";
import { PATHWAY_TRANSITIONS } from "../lifecycle/pathway-lifecycle.js";
import type { PathwaysContext, PathwaysDb } from "../loaders.js";
import type { PathwayStatus } from "./pathway-enums.js";
import {
  SetParticipantsInput,
  SetReferralRoutesInput,
  SetStepsInput,
  UpdatePathwayInput,
} from "./pathway-edit.inputs.js";
import { loadPathway } from "./pathway.resolver.js";
import { SharedPathway } from "./pathway.type.js";
import {
  LIMITS,
  checkKeys,
  checkParticipants,
  checkPopulation,
  checkRoutes,
  checkSteps,
  pathwayReferences,
} from "./pathway.validation.js";

type Row = typeof t.pathways.$inferSelect;

/** The pathway to correct, read inside the write's transaction; a final one is not changed. */
function editable(db: PathwaysDb, problems: InputProblems, id: string): Row {
  const row = db.select().from(t.pathways).where(eq(t.pathways.id, id)).get();
  if (!row) throw notFound("SharedPathway", id, "input.id");
  if (PATHWAY_TRANSITIONS[row.status as PathwayStatus].length === 0) {
    problems.add("input.id", `a ${row.status} pathway is final and cannot be changed`);
  }
  return row;
}

const participantsOf = (db: PathwaysDb, id: string) =>
  db.select().from(t.pathwayParticipants).where(eq(t.pathwayParticipants.pathwayId, id)).all();
const stepsOf = (db: PathwaysDb, id: string) =>
  db
    .select()
    .from(t.pathwaySteps)
    .where(eq(t.pathwaySteps.pathwayId, id))
    .orderBy(t.pathwaySteps.position)
    .all();
const routesOf = (db: PathwaysDb, id: string) =>
  db
    .select()
    .from(t.referralRoutes)
    .where(eq(t.referralRoutes.pathwayId, id))
    .orderBy(t.referralRoutes.position)
    .all();

/** A list's rows without their pathway key and citation, as the change log shows them. */
const plain = <R extends { pathwayId: string }>(rows: R[]) =>
  rows.map((row) => {
    const copy: Record<string, unknown> = { ...row };
    for (const key of ["pathwayId", "sourceDocument", "sourceSection", "sourceNote"])
      delete copy[key];
    return copy;
  });

/**
 * Corrections to a pathway. Each is validated whole (references with their owner first), written
 * in one transaction with its entry in the pathway's `changes`, and audited; none is allowed on
 * a pathway that is final (RETIRED, WITHDRAWN or REJECTED).
 */
@Resolver(() => SharedPathway)
export class PathwayEditMutations {
  @Directive(editorsOf("pathways"))
  @Mutation(() => SharedPathway, {
    description:
      "Corrects a pathway's details (name, purpose, population, sectors, places, lead care unit, agreement); only the fields given change.",
  })
  async updatePathway(
    @Arg("input", () => UpdatePathwayInput) input: UpdatePathwayInput,
    @Ctx() ctx: PathwaysContext,
  ): Promise<SharedPathway> {
    const problems = new InputProblems();
    await ctx.owners.check(
      problems,
      pathwayReferences({
        placeIds: input.placeIds,
        leadCareUnitId: input.leadCareUnitId,
        agreementId: input.agreementId,
      }),
    );
    ctx.db.transaction((tx) => {
      const current = editable(tx, problems, input.id);
      const { decidedBy, reason } = checkDecision(problems, input);
      const set: Partial<Row> = {};
      if (input.name !== undefined)
        set.name = requiredText(problems, "input.name", input.name ?? "", LIMITS.name);
      if (input.purpose !== undefined)
        set.purpose = requiredText(problems, "input.purpose", input.purpose ?? "", LIMITS.purpose);
      if (input.population !== undefined)
        Object.assign(set, checkPopulation(problems, input.population));
      if (input.leadCareUnitId !== undefined) set.leadCareUnitId = input.leadCareUnitId;
      if (input.agreementId !== undefined) set.agreementId = input.agreementId;
      const sectors = input.sectors;
      if (sectors !== undefined) {
        if (!sectors || sectors.length === 0)
          problems.add("input.sectors", "must name at least one");
        else if (new Set(sectors).size !== sectors.length)
          problems.add("input.sectors", "lists a sector twice");
      }
      const placeIds = input.placeIds === undefined ? undefined : (input.placeIds ?? []);
      if (placeIds) {
        if (placeIds.length > LIMITS.places)
          problems.add("input.placeIds", `must be at most ${LIMITS.places}`);
        checkKeys(problems, "input.placeIds", placeIds);
      }
      problems.throwIfAny();

      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(set)) {
        before[key] = current[key as keyof Row];
        after[key] = value;
      }
      if (Object.keys(set).length > 0) {
        tx.update(t.pathways)
          .set({ ...set, updatedAt: new Date().toISOString() })
          .where(eq(t.pathways.id, input.id))
          .run();
      }
      if (sectors) {
        const old = tx
          .select()
          .from(t.pathwaySectors)
          .where(eq(t.pathwaySectors.pathwayId, input.id))
          .all();
        before.sectors = old.map((s) => s.sector).sort();
        after.sectors = [...sectors].sort();
        tx.delete(t.pathwaySectors).where(eq(t.pathwaySectors.pathwayId, input.id)).run();
        tx.insert(t.pathwaySectors)
          .values(sectors.map((sector) => ({ pathwayId: input.id, sector })))
          .run();
      }
      if (placeIds) {
        const old = tx
          .select()
          .from(t.pathwayPlaces)
          .where(eq(t.pathwayPlaces.pathwayId, input.id))
          .all();
        before.placeIds = old.map((p) => p.placeId).sort();
        after.placeIds = [...placeIds].sort();
        tx.delete(t.pathwayPlaces).where(eq(t.pathwayPlaces.pathwayId, input.id)).run();
        if (placeIds.length > 0) {
          tx.insert(t.pathwayPlaces)
            .values(placeIds.map((placeId) => ({ pathwayId: input.id, placeId })))
            .run();
        }
      }
      recordChange(tx, t.changeLog, {
        entityType: "SharedPathway",
        entityId: input.id,
        change: "details",
        before,
        after,
        decidedBy,
        reason,
        recordedBy: ctx.caller.subject,
      });
    });
    return reloaded(ctx, input.id);
  }

  @Directive(editorsOf("pathways"))
  @Mutation(() => SharedPathway, {
    description:
      "Sets who takes part: partners added, removed or given another role in one change. Exactly one LEAD; a partner responsible for a step stays until the steps change.",
  })
  async setPathwayParticipants(
    @Arg("input", () => SetParticipantsInput) input: SetParticipantsInput,
    @Ctx() ctx: PathwaysContext,
  ): Promise<SharedPathway> {
    const problems = new InputProblems();
    await ctx.owners.check(
      problems,
      pathwayReferences(input),
      new Date().toISOString().slice(0, 10),
    );
    ctx.db.transaction((tx) => {
      editable(tx, problems, input.id);
      const { decidedBy, reason } = checkDecision(problems, input);
      const participants = checkParticipants(problems, input.participants);
      const kept = new Set(participants.map((p) => p.partnerId));
      for (const step of stepsOf(tx, input.id)) {
        if (step.responsiblePartnerId && !kept.has(step.responsiblePartnerId)) {
          problems.add(
            "input.participants",
            `${step.responsiblePartnerId} is responsible for step ${step.position}: change the steps first`,
          );
        }
      }
      problems.throwIfAny();
      const old = participantsOf(tx, input.id);
      // An entry that is unchanged keeps the citation it was seeded with; a changed one has none.
      const cited = new Map(old.map((p) => [`${p.partnerId} ${p.role} ${p.contribution}`, p]));
      tx.delete(t.pathwayParticipants).where(eq(t.pathwayParticipants.pathwayId, input.id)).run();
      tx.insert(t.pathwayParticipants)
        .values(
          participants.map((p) => {
            const same = cited.get(`${p.partnerId} ${p.role} ${p.contribution}`);
            return {
              pathwayId: input.id,
              ...p,
              sourceDocument: same?.sourceDocument ?? null,
              sourceSection: same?.sourceSection ?? null,
              sourceNote: same?.sourceNote ?? null,
            };
          }),
        )
        .run();
      recordList(tx, ctx, input, "participants", plain(old), plain(participantsOf(tx, input.id)), {
        decidedBy,
        reason,
      });
    });
    return reloaded(ctx, input.id);
  }

  @Directive(editorsOf("pathways"))
  @Mutation(() => SharedPathway, {
    description:
      "Sets the steps, in order: added, reordered or removed in one change. A step's responsible partner must take part.",
  })
  async setPathwaySteps(
    @Arg("input", () => SetStepsInput) input: SetStepsInput,
    @Ctx() ctx: PathwaysContext,
  ): Promise<SharedPathway> {
    const problems = new InputProblems();
    ctx.db.transaction((tx) => {
      editable(tx, problems, input.id);
      const { decidedBy, reason } = checkDecision(problems, input);
      const participants = new Set(participantsOf(tx, input.id).map((p) => p.partnerId));
      const steps = checkSteps(problems, input.steps, participants);
      problems.throwIfAny();
      const old = stepsOf(tx, input.id);
      tx.delete(t.pathwaySteps).where(eq(t.pathwaySteps.pathwayId, input.id)).run();
      if (steps.length > 0) {
        tx.insert(t.pathwaySteps)
          .values(steps.map((s) => ({ pathwayId: input.id, ...s })))
          .run();
      }
      recordList(tx, ctx, input, "steps", plain(old), plain(stepsOf(tx, input.id)), {
        decidedBy,
        reason,
      });
    });
    return reloaded(ctx, input.id);
  }

  @Directive(editorsOf("pathways"))
  @Mutation(() => SharedPathway, {
    description: "Sets how to refer someone in: the referral routes and their contacts.",
  })
  async setPathwayReferralRoutes(
    @Arg("input", () => SetReferralRoutesInput) input: SetReferralRoutesInput,
    @Ctx() ctx: PathwaysContext,
  ): Promise<SharedPathway> {
    const problems = new InputProblems();
    ctx.db.transaction((tx) => {
      editable(tx, problems, input.id);
      const { decidedBy, reason } = checkDecision(problems, input);
      const routes = checkRoutes(problems, input.referralRoutes);
      problems.throwIfAny();
      const old = routesOf(tx, input.id);
      tx.delete(t.referralRoutes).where(eq(t.referralRoutes.pathwayId, input.id)).run();
      if (routes.length > 0) {
        tx.insert(t.referralRoutes)
          .values(routes.map((r) => ({ pathwayId: input.id, ...r })))
          .run();
      }
      recordList(tx, ctx, input, "referralRoutes", plain(old), plain(routesOf(tx, input.id)), {
        decidedBy,
        reason,
      });
    });
    return reloaded(ctx, input.id);
  }
}

function recordList(
  db: PathwaysDb,
  ctx: PathwaysContext,
  input: { id: string },
  change: string,
  before: unknown[],
  after: unknown[],
  decided: { decidedBy: string; reason: string },
): void {
  recordChange(db, t.changeLog, {
    entityType: "SharedPathway",
    entityId: input.id,
    change,
    before: { [change]: before },
    after: { [change]: after },
    ...decided,
    recordedBy: ctx.caller.subject,
  });
  db.update(t.pathways)
    .set({ updatedAt: new Date().toISOString() })
    .where(eq(t.pathways.id, input.id))
    .run();
}

async function reloaded(ctx: PathwaysContext, id: string): Promise<SharedPathway> {
  for (const loader of Object.values(ctx.loaders)) (loader as { clearAll(): void }).clearAll();
  return (await loadPathway(ctx, id))!;
}
