import { Field, Float, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../kit/dates.js";
import {
  ActivityStatus,
  CoproductionStage,
  RecognitionKind,
  RecognitionOffer,
} from "./involvement-enums.js";

@InputType({ description: "Narrows a list of activities. All given filters must match." })
export class ActivityFilter {
  @Field(() => [ActivityStatus], { nullable: true })
  statuses?: ActivityStatus[] | null;

  @Field(() => [CoproductionStage], { nullable: true })
  stages?: CoproductionStage[] | null;

  @Field(() => ID, { nullable: true })
  pathwayId?: string | null;

  @Field(() => ID, { nullable: true })
  careUnitId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "On or after this day." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "On or before this day." })
  to?: string | null;
}

@InputType({ description: "An involvement activity to advertise. It starts OPEN." })
export class PublishActivityInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: "The service, programme or pathway it shapes." })
  shapes!: string;

  @Field(() => ID, { nullable: true })
  pathwayId?: string | null;

  @Field(() => ID, { nullable: true })
  careUnitId?: string | null;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => Float)
  expectedHours!: number;

  @Field(() => Int, { nullable: true })
  places?: number | null;

  @Field(() => RecognitionOffer)
  recognitionOffer!: RecognitionOffer;

  @Field(() => CoproductionStage)
  stage!: CoproductionStage;
}

@InputType()
export class CompleteActivityInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Float, { description: "Person-hours actually given." })
  deliveredHours!: number;
}

@InputType({ description: "How some people's time on a completed activity was recognised." })
export class RecordRecognitionInput {
  @Field(() => ID)
  activityId!: string;

  @Field(() => RecognitionKind)
  kind!: RecognitionKind;

  @Field(() => Int, { description: "How many people (never who)." })
  people!: number;

  @Field(() => Float, { description: "Person-hours recognised." })
  hours!: number;
}

@InputType({ description: "Records that involvement shaped a shared pathway." })
export class RecordCoproductionInput {
  @Field(() => ID)
  pathwayId!: string;

  @Field(() => ID, { nullable: true, description: "The involvement activity it came from." })
  activityId?: string | null;

  @Field(() => CoproductionStage)
  stage!: CoproductionStage;

  @Field(() => String)
  summary!: string;

  @Field(() => DateScalar, { nullable: true })
  happenedOn?: string | null;

  @Field(() => [ID], { nullable: true, description: "Partners who co-produced it." })
  partnerIds?: string[] | null;
}
