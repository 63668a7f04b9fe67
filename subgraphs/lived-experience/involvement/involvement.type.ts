import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../../kit/dates.js";
import type { EntityStub } from "../../kit/entity-stub.js";
import { Provenance } from "../../kit/provenance.type.js";
import { CareUnit, SharedPathway } from "../federation/entities.js";
import {
  ActivityStatus,
  CoproductionStage,
  RateUnit,
  RecognitionKind,
  RecognitionOffer,
} from "./involvement-enums.js";

@ObjectType({ description: "An involvement payment rate, in force from a date until the next." })
export class PaymentRate {
  @Field(() => ID)
  id!: string;

  @Field(() => RateUnit)
  unit!: RateUnit;

  @Field(() => Int, { description: "Amount in pence." })
  amountPence!: number;

  @Field(() => DateScalar)
  effectiveFrom!: string;

  @Field(() => Provenance)
  provenance!: Provenance;
}

@ObjectType({
  description:
    "Lived experience involvement a service advertises: what it shapes, when, how long, and how people's time is recognised.",
})
@Directive('@key(fields: "id")')
export class InvolvementActivity {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: "The service, programme or pathway it shapes." })
  shapes!: string;

  @Field(() => SharedPathway, { nullable: true })
  pathway!: EntityStub | null;

  @Field(() => CareUnit, { nullable: true })
  careUnit!: CareUnit | null;

  @Field(() => DateScalar, { nullable: true, description: "Null where the source gives none." })
  date!: string | null;

  @Field(() => Float, { nullable: true, description: "Null where the source gives none." })
  expectedHours!: number | null;

  @Field(() => Float, { nullable: true, description: "Recorded on completion." })
  deliveredHours!: number | null;

  @Field(() => Int, { nullable: true, description: "How many people it seeks." })
  places!: number | null;

  @Field(() => RecognitionOffer, {
    nullable: true,
    description: "Null where the source does not say how time is recognised.",
  })
  recognitionOffer!: RecognitionOffer | null;

  @Field(() => CoproductionStage)
  stage!: CoproductionStage;

  @Field(() => ActivityStatus)
  status!: ActivityStatus;

  @Field(() => Provenance)
  provenance!: Provenance;
}

@ObjectType({ description: "How some people's time on an activity was recognised. No names." })
export class Recognition {
  @Field(() => RecognitionKind)
  kind!: RecognitionKind;

  @Field(() => Int)
  people!: number;

  @Field(() => Float)
  hours!: number;

  @Field(() => PaymentRate, { nullable: true, description: "The rate in force on the day." })
  rate!: PaymentRate | null;

  @Field(() => Int, { nullable: true, description: "Total paid, in pence." })
  amountPence!: number | null;

  @Field(() => String)
  recordedAt!: string;
}

@ObjectType({ description: "Lived experience hours in one month." })
export class MonthlyInvolvement {
  @Field(() => String, { description: "The month, YYYY-MM." })
  month!: string;

  @Field(() => Int)
  activities!: number;

  @Field(() => Float, { nullable: true, description: "Null where the source gives none." })
  expectedHours!: number | null;

  @Field(() => Float, { description: "Hours delivered by completed activities." })
  deliveredHours!: number;

  @Field(() => Int, { description: "How many of the activities are illustrative (made up)." })
  illustrativeActivities!: number;

  @Field(() => Float, { description: "How many of the delivered hours are illustrative." })
  illustrativeDeliveredHours!: number;
}
