import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { Citation } from "../../kit/citation.type.js";
import { DateScalar } from "../../kit/dates.js";
import type { EntityStub } from "../../kit/entity-stub.js";
import type { PeriodKind } from "../../kit/periods.js";
import { CareUnit, Place } from "../federation/entities.js";
import { OrgUnitKind } from "../measure/measure-enums.js";
import type { Rag, Trend } from "./rag.js";
import {
  ObservationStatus,
  PeriodKindEnum,
  ProvenanceKind,
  RagStatus,
  TrendKind,
} from "./observation-enums.js";

@ObjectType({ description: "The organisational unit a figure is for." })
export class OrgUnit {
  @Field(() => OrgUnitKind)
  kind!: OrgUnitKind;

  @Field(() => ID, { description: '"eput" for the trust, else a care unit or place id.' })
  id!: string;

  @Field(() => CareUnit, { nullable: true })
  careUnit!: CareUnit | null;

  @Field(() => Place, { nullable: true })
  place!: EntityStub | null;
}

@InputType({ description: "An organisational unit: the trust (id eput), a care unit or a place." })
export class OrgUnitInput {
  @Field(() => OrgUnitKind)
  kind!: OrgUnitKind;

  @Field(() => ID)
  id!: string;
}

@ObjectType({ description: "Where a figure comes from." })
export class ObservationProvenance {
  @Field(() => ProvenanceKind)
  kind!: ProvenanceKind;

  @Field(() => Int, { nullable: true, description: "The import batch, for imported figures." })
  batchId!: number | null;

  @Field(() => Citation, { nullable: true, description: "The source and how it was read." })
  source!: Citation | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "For a LIVE figure counted from records: how much of the value comes from illustrative (made-up) records. Null for any other figure, which is illustrative whole or not at all (see kind).",
  })
  illustrativePart?: number | null;
}

/**
 * A figure's numbers: its value, for a rate the numerator and denominator it comes from, and its
 * target. A figure shown, and each version of it kept in history, have these.
 */
@ObjectType("ObservationFigures")
export abstract class ObservationFigures {
  @Field(() => Float)
  value!: number;

  @Field(() => Float, { nullable: true })
  numerator!: number | null;

  @Field(() => Float, { nullable: true })
  denominator!: number | null;

  @Field(() => Float, { nullable: true })
  target!: number | null;
}

@ObjectType({
  description:
    "A measure's figure for a unit and period, compared with its target and the period before.",
})
export class ObservationPoint extends ObservationFigures {
  @Field(() => OrgUnit)
  orgUnit!: OrgUnit;

  @Field(() => String, { description: "2024-03, 2024-Q1 (calendar) or 2024/25 (financial)." })
  period!: string;

  @Field(() => PeriodKindEnum)
  periodKind!: PeriodKind;

  @Field(() => DateScalar)
  periodStart!: string;

  @Field(() => RagStatus)
  rag!: Rag;

  @Field(() => Float, {
    nullable: true,
    description:
      "The value for the last period before this one that has a figure shown (published, unless drafts are included), however far back: see previousPeriod.",
  })
  previousValue!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The period previousValue is for: not always the one just before, when there are gaps.",
  })
  previousPeriod!: string | null;

  @Field(() => Float, { nullable: true, description: "value − previousValue." })
  change!: number | null;

  @Field(() => TrendKind, { nullable: true })
  trend!: Trend | null;

  @Field(() => ObservationStatus)
  status!: ObservationStatus;

  @Field(() => ObservationProvenance)
  provenance!: ObservationProvenance;

  measureCode!: string;
}
