import "reflect-metadata";
import { eq } from "drizzle-orm";
import {
  Arg,
  Ctx,
  Directive,
  Field,
  Float,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from "type-graphql";
import { InputProblems, notFound } from "../../kit/errors.js";
import { isPeriod, parsePeriod } from "../../kit/periods.js";
import { editorsOf, readersOf } from "../../kit/scopes.js";
import { requiredText } from "../../kit/validate.js";
import * as t from "../db/schema.js";
import type { WorkforceContext, WorkforceDb } from "../loaders.js";
import { checkFigures } from "./figures.js";
import { ObservationStatus, RevisionKind } from "./observation-enums.js";
import { tidy, toOrgUnit } from "./observation.mapper.js";
import { ObservationFigures, OrgUnit, OrgUnitInput } from "./observation.type.js";
import {
  findObservation,
  keepRevision,
  revisionsOf,
  type RevisionRow,
} from "./revision.queries.js";

@ObjectType({ description: "An earlier version of a figure, kept when it was replaced." })
class ObservationRevision extends ObservationFigures {
  @Field(() => Int, { description: "1 for the oldest." })
  sequence!: number;

  @Field(() => RevisionKind, { description: "What replaced it." })
  change!: RevisionKind;

  @Field(() => ObservationStatus, { description: "Its status before it was replaced." })
  status!: ObservationStatus;

  @Field(() => String, { nullable: true })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => Int, { nullable: true, description: "The import that replaced it, if one did." })
  batchId!: number | null;

  @Field(() => String, { nullable: true })
  recordedBy!: string | null;

  @Field(() => String)
  recordedAt!: string;
}

@ObjectType({ description: "A figure as it stands now, with every earlier version." })
class ObservationRecord extends ObservationFigures {
  @Field(() => String)
  measureCode!: string;

  @Field(() => OrgUnit)
  orgUnit!: OrgUnit;

  @Field(() => String)
  period!: string;

  @Field(() => ObservationStatus)
  status!: ObservationStatus;

  @Field(() => [ObservationRevision], { description: "Earlier versions, oldest first." })
  revisions!: ObservationRevision[];
}

@InputType({ description: "Which figure: a measure, an organisational unit and a period." })
class ObservationKeyInput {
  @Field(() => String)
  measureCode!: string;

  @Field(() => OrgUnitInput)
  orgUnit!: OrgUnitInput;

  @Field(() => String, { description: "Of the measure's kind: 2025-04, 2025-Q2 or 2025/26." })
  period!: string;
}

@InputType({
  description: "Retracts a figure: it leaves scorecards and series, and stays in history.",
})
class RetractObservationInput extends ObservationKeyInput {
  @Field(() => String)
  decidedBy!: string;

  @Field(() => String)
  reason!: string;
}

@InputType({
  description:
    "Corrects a figure: the new version supersedes the old, which is kept in history. Give a rate's numerator and denominator, anything else's value; the target is kept unless given.",
})
class CorrectObservationInput extends RetractObservationInput {
  @Field(() => Float, { nullable: true })
  value?: number | null;

  @Field(() => Float, { nullable: true })
  numerator?: number | null;

  @Field(() => Float, { nullable: true })
  denominator?: number | null;

  @Field(() => Float, { nullable: true })
  target?: number | null;
}

/** Finds the figure a key names, refusing a key that is malformed or names none. */
function keyed(db: WorkforceDb, problems: InputProblems, input: ObservationKeyInput) {
  const measure = db.select().from(t.measures).where(eq(t.measures.code, input.measureCode)).get();
  if (!measure) throw notFound("Measure", input.measureCode, "input.measureCode");
  const period = parsePeriod(input.period);
  if (!isPeriod(period)) {
    problems.add("input.period", period.error);
    problems.throwIfAny();
  }
  const key = isPeriod(period) ? period.key : input.period;
  const row = findObservation(db, {
    measureCode: measure.code,
    unitKind: input.orgUnit.kind,
    unitId: input.orgUnit.id,
    period: key,
  });
  if (!row) {
    throw notFound(
      "Observation",
      `${measure.code} ${input.orgUnit.kind} ${input.orgUnit.id} ${key}`,
      "input",
    );
  }
  return { measure, row };
}

function decision(problems: InputProblems, input: RetractObservationInput) {
  return {
    decidedBy: requiredText(problems, "input.decidedBy", input.decidedBy, 200),
    reason: requiredText(problems, "input.reason", input.reason, 1000),
  };
}

function toRecord(db: WorkforceDb, id: number): ObservationRecord {
  const row = db.select().from(t.observations).where(eq(t.observations.id, id)).get()!;
  return {
    measureCode: row.measureCode,
    orgUnit: toOrgUnit(row.unitKind, row.unitId),
    period: row.period,
    status: row.status as ObservationStatus,
    value: tidy(row.value),
    numerator: row.numerator,
    denominator: row.denominator,
    target: row.target,
    revisions: revisionsOf(db, id).map(toRevision),
  };
}

const toRevision = (row: RevisionRow, i: number): ObservationRevision => ({
  sequence: i + 1,
  change: row.change as RevisionKind,
  value: tidy(row.value),
  numerator: row.numerator,
  denominator: row.denominator,
  target: row.target,
  status: row.status as ObservationStatus,
  decidedBy: row.decidedBy,
  reason: row.reason,
  batchId: row.batchId,
  recordedBy: row.recordedBy,
  recordedAt: row.recordedAt,
});

/**
 * Correcting and retracting figures. No figure is deleted: each replaced version is kept, with who
 * decided, why, who recorded it and when, and is read back with `observationHistory`.
 */
@Resolver()
export class CorrectionResolver {
  @Directive(readersOf("workforce"))
  @Query(() => ObservationRecord, {
    nullable: true,
    description: "A figure as it stands, retracted or not, with every earlier version.",
  })
  observationHistory(
    @Arg("input", () => ObservationKeyInput) input: ObservationKeyInput,
    @Ctx() ctx: WorkforceContext,
  ): ObservationRecord | null {
    const problems = new InputProblems();
    return toRecord(ctx.db, keyed(ctx.db, problems, input).row.id);
  }

  @Directive(editorsOf("workforce"))
  @Mutation(() => ObservationRecord, {
    description:
      "Retracts a figure with a reason: it leaves scorecards and series, and stays in its history.",
  })
  retractObservation(
    @Arg("input", () => RetractObservationInput) input: RetractObservationInput,
    @Ctx() ctx: WorkforceContext,
  ): ObservationRecord {
    const id = ctx.db.transaction((tx) => {
      const problems = new InputProblems();
      const { row } = keyed(tx, problems, input);
      const why = decision(problems, input);
      if (row.status === "RETRACTED") problems.add("input", "the figure is already retracted");
      problems.throwIfAny();
      keepRevision(tx, row, { change: "RETRACTED", ...why, recordedBy: ctx.caller.subject });
      tx.update(t.observations)
        .set({ status: "RETRACTED" })
        .where(eq(t.observations.id, row.id))
        .run();
      return row.id;
    });
    return toRecord(ctx.db, id);
  }

  @Directive(editorsOf("workforce"))
  @Mutation(() => ObservationRecord, {
    description:
      "Corrects a figure: the new version supersedes the old, which stays in its history. A published figure stays published.",
  })
  correctObservation(
    @Arg("input", () => CorrectObservationInput) input: CorrectObservationInput,
    @Ctx() ctx: WorkforceContext,
  ): ObservationRecord {
    const id = ctx.db.transaction((tx) => {
      const problems = new InputProblems();
      const { measure, row } = keyed(tx, problems, input);
      const why = decision(problems, input);
      if (row.status === "RETRACTED") {
        problems.add("input", "the figure was retracted: load it again in a return instead");
      }
      const target = input.target === undefined ? row.target : input.target;
      checkFigures(
        measure,
        {
          value: input.value ?? null,
          numerator: input.numerator ?? null,
          denominator: input.denominator ?? null,
          target,
        },
        (message) => problems.add("input", message),
      );
      problems.throwIfAny();
      const isRate = measure.numerator !== null;
      const next = {
        numerator: isRate ? input.numerator! : null,
        denominator: isRate ? input.denominator! : null,
        rawValue: isRate ? null : input.value!,
        target,
      };
      const same =
        next.numerator === row.numerator &&
        next.denominator === row.denominator &&
        next.rawValue === row.rawValue &&
        next.target === row.target;
      if (same) problems.add("input", "these are the figures already stored");
      problems.throwIfAny();
      keepRevision(tx, row, { change: "CORRECTED", ...why, recordedBy: ctx.caller.subject });
      tx.update(t.observations).set(next).where(eq(t.observations.id, row.id)).run();
      return row.id;
    });
    return toRecord(ctx.db, id);
  }
}
