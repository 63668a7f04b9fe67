import { editorsOf, readersOf } from "../../kit/scopes.js";
import { neutraliseFormula } from "../../kit/csv.js";
import { and, desc, eq } from "drizzle-orm";
import {
  Arg,
  Ctx,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Directive,
} from "type-graphql";
import { InputProblems, notFound } from "../../kit/errors.js";
import { isPeriod, parsePeriod } from "../../kit/periods.js";
import { requiredText } from "../../kit/validate.js";
import * as t from "../db/schema.js";
import type { WorkforceContext } from "../loaders.js";
import { OrgUnitInput } from "../observation/observation.type.js";
import { loadReturn } from "./load-return.js";

@ObjectType({ description: "What an import did." })
class ImportResult {
  @Field(() => Int, { nullable: true, description: "Null when nothing changed." })
  batchId!: number | null;

  @Field(() => Int)
  rows!: number;

  @Field(() => Int)
  inserted!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int, { description: "Rows identical to what was already stored." })
  unchanged!: number;
}

@ObjectType()
class ImportBatch {
  @Field(() => ID)
  id!: number;

  @Field(() => String)
  source!: string;

  @Field(() => Int)
  rows!: number;

  @Field(() => Int)
  inserted!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => String, { nullable: true })
  importedBy!: string | null;

  @Field(() => String)
  importedAt!: string;
}

@Resolver()
export class ImportResolver {
  @Directive(editorsOf("workforce"))
  @Mutation(() => ImportResult, {
    description:
      "Loads a trust return (CSV with the documented header). Every row is checked first; a file with any bad row changes nothing and every problem is listed with its row number. Loading the same file again changes nothing.",
  })
  async importObservations(
    @Arg("csv", () => String) csv: string,
    @Arg("source", () => String, { description: "What the file is, e.g. its name." })
    source: string,
    @Ctx() ctx: WorkforceContext,
  ): Promise<ImportResult> {
    const problems = new InputProblems();
    const label = neutraliseFormula(requiredText(problems, "source", source, 200));
    problems.throwIfAny();
    const measures = new Map(
      ctx.db
        .select()
        .from(t.measures)
        .all()
        .map((m) => [m.code, m]),
    );
    return loadReturn({
      sqlite: ctx.sqlite,
      owners: ctx.owners,
      measures,
      csv,
      source: label,
      importedBy: ctx.caller.subject,
    });
  }

  @Directive(editorsOf("workforce"))
  @Mutation(() => Int, {
    description:
      "Publishes a measure's draft figures for a period (optionally for one unit); returns how many.",
  })
  publishObservations(
    @Arg("measureCode", () => String) measureCode: string,
    @Arg("period", () => String) period: string,
    @Arg("orgUnit", () => OrgUnitInput, { nullable: true }) orgUnit: OrgUnitInput | null,
    @Ctx() ctx: WorkforceContext,
  ): number {
    return ctx.db.transaction((tx) => {
      if (!tx.select().from(t.measures).where(eq(t.measures.code, measureCode)).get()) {
        throw notFound("Measure", measureCode, "measureCode");
      }
      const parsed = parsePeriod(period);
      const problems = new InputProblems();
      if (!isPeriod(parsed)) problems.add("period", parsed.error);
      problems.throwIfAny();
      const result = tx
        .update(t.observations)
        .set({ status: "PUBLISHED" })
        .where(
          and(
            eq(t.observations.measureCode, measureCode),
            eq(t.observations.period, isPeriod(parsed) ? parsed.key : period),
            eq(t.observations.status, "DRAFT"),
            orgUnit ? eq(t.observations.unitKind, orgUnit.kind) : undefined,
            orgUnit ? eq(t.observations.unitId, orgUnit.id) : undefined,
          ),
        )
        .run();
      return result.changes;
    });
  }

  @Directive(readersOf("workforce"))
  @Query(() => [ImportBatch], { description: "Imports that changed something, newest first." })
  importBatches(
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: WorkforceContext,
  ): ImportBatch[] {
    return ctx.db
      .select()
      .from(t.importBatches)
      .orderBy(desc(t.importBatches.id))
      .limit(Math.max(1, Math.min(first, 100)))
      .all();
  }
}
