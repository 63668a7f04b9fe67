import { today } from "../../kit/dates.js";
import { checkDecision } from "../../kit/decision.js";
import { Arg, Ctx, Directive, Mutation, Resolver } from "type-graphql";
import { recordChange, valuesBefore } from "../../kit/change-log.js";
import { InputProblems, notFound } from "../../kit/errors.js";
import { editorsOf } from "../../kit/scopes.js";
import { requiredText } from "../../kit/validate.js";
import * as t from "../db/schema.js";
import {
  listOf,
  type PathwayRow,
  pathwayRow,
  replaceList,
  updatePathwayRow,
} from "./pathway-edit.queries.js";
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

type Row = PathwayRow;

/** The pathway to correct, read inside the write's transaction; a final one is not changed. */
function editable(db: PathwaysDb, problems: InputProblems, id: string): Row {
  const row = pathwayRow(db, id);
  if (!row) throw notFound("SharedPathway", id, "input.id");
  if (PATHWAY_TRANSITIONS[row.status as PathwayStatus].length === 0) {
    problems.add("input.id", `a ${row.status} pathway is final and cannot be changed`);
  }
  return row;
}

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
    return edit(ctx, input, problems, (tx, { decidedBy, reason }, current) => {
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

      const before = valuesBefore(current, set);
      const after: Record<string, unknown> = { ...set };
      if (Object.keys(set).length > 0) updatePathwayRow(tx, input.id, set);
      if (sectors) {
        before.sectors = listOf(tx, "sectors", input.id)
          .map((s) => s.sector)
          .sort();
        after.sectors = [...sectors].sort();
        replaceList(
          tx,
          "sectors",
          input.id,
          sectors.map((sector) => ({ sector })),
        );
      }
      if (placeIds) {
        before.placeIds = listOf(tx, "places", input.id)
          .map((p) => p.placeId)
          .sort();
        after.placeIds = [...placeIds].sort();
        replaceList(
          tx,
          "places",
          input.id,
          placeIds.map((placeId) => ({ placeId })),
        );
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
    await ctx.owners.check(problems, pathwayReferences(input), today());
    return edit(ctx, input, problems, (tx, decided) => {
      const participants = checkParticipants(problems, input.participants);
      const kept = new Set(participants.map((p) => p.partnerId));
      for (const step of listOf(tx, "steps", input.id)) {
        if (step.responsiblePartnerId && !kept.has(step.responsiblePartnerId)) {
          problems.add(
            "input.participants",
            `${step.responsiblePartnerId} is responsible for step ${step.position}: change the steps first`,
          );
        }
      }
      problems.throwIfAny();
      // An entry that is unchanged keeps the citation it was seeded with; a changed one has none.
      const old = listOf(tx, "participants", input.id);
      const cited = new Map(old.map((p) => [`${p.partnerId} ${p.role} ${p.contribution}`, p]));
      replaceList(
        tx,
        "participants",
        input.id,
        participants.map((p) => {
          const same = cited.get(`${p.partnerId} ${p.role} ${p.contribution}`);
          return {
            ...p,
            sourceDocument: same?.sourceDocument ?? null,
            sourceSection: same?.sourceSection ?? null,
            sourceNote: same?.sourceNote ?? null,
          };
        }),
      );
      recordList(tx, ctx, input, "participants", old, decided);
    });
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
    return edit(ctx, input, problems, (tx, decided) => {
      const participants = new Set(listOf(tx, "participants", input.id).map((p) => p.partnerId));
      const steps = checkSteps(problems, input.steps, participants);
      problems.throwIfAny();
      const old = listOf(tx, "steps", input.id);
      replaceList(tx, "steps", input.id, steps);
      recordList(tx, ctx, input, "steps", old, decided);
    });
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
    return edit(ctx, input, problems, (tx, decided) => {
      const routes = checkRoutes(problems, input.referralRoutes);
      problems.throwIfAny();
      const old = listOf(tx, "routes", input.id);
      replaceList(tx, "routes", input.id, routes);
      recordList(tx, ctx, input, "routes", old, decided);
    });
  }
}

/**
 * Runs one correction of a pathway in a transaction: the pathway must exist and not be final, and
 * the decision must say who and why; `write` validates the rest (throwing its problems) and writes.
 */
async function edit(
  ctx: PathwaysContext,
  input: { id: string; decidedBy: string; reason: string },
  problems: InputProblems,
  write: (tx: PathwaysDb, decided: { decidedBy: string; reason: string }, current: Row) => void,
): Promise<SharedPathway> {
  ctx.db.transaction((tx) => {
    const current = editable(tx, problems, input.id);
    write(tx, checkDecision(problems, input), current);
  });
  return reloaded(ctx, input.id);
}

/** Records a replaced list with what it held before and holds now, and marks the pathway changed. */
function recordList(
  db: PathwaysDb,
  ctx: PathwaysContext,
  input: { id: string },
  list: "participants" | "steps" | "routes",
  before: { pathwayId: string }[],
  decided: { decidedBy: string; reason: string },
): void {
  const change = list === "routes" ? "referralRoutes" : list;
  recordChange(db, t.changeLog, {
    entityType: "SharedPathway",
    entityId: input.id,
    change,
    before: { [change]: plain(before) },
    after: { [change]: plain(listOf(db, list, input.id)) },
    ...decided,
    recordedBy: ctx.caller.subject,
  });
  updatePathwayRow(db, input.id, {});
}

async function reloaded(ctx: PathwaysContext, id: string): Promise<SharedPathway> {
  for (const loader of Object.values(ctx.loaders)) (loader as { clearAll(): void }).clearAll();
  return (await loadPathway(ctx, id))!;
}
