import { DecisionInput } from "../../kit/decision.js";
import { Field, ID, InputType } from "type-graphql";
import { Sector } from "./pathway-enums.js";
import {
  ParticipantInput,
  PopulationInput,
  ReferralRouteInput,
  StepInput,
} from "./pathway.inputs.js";

/** Which pathway a correction is to, and who decided it and why. */
@InputType("PathwayEditInput")
abstract class EditInput extends DecisionInput {
  @Field(() => ID)
  id!: string;
}

@InputType({
  description:
    "Corrects a pathway's details: only the fields given change; null clears an optional one.",
})
export class UpdatePathwayInput extends EditInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  purpose?: string | null;

  @Field(() => PopulationInput, { nullable: true, description: "Replaces the whole population." })
  population?: PopulationInput | null;

  @Field(() => [Sector], { nullable: true })
  sectors?: Sector[] | null;

  @Field(() => [ID], { nullable: true, description: "Replaces the places (empty: trust-wide)." })
  placeIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  leadCareUnitId?: string | null;

  @Field(() => ID, { nullable: true })
  agreementId?: string | null;
}

@InputType({
  description:
    "The pathway's participants as they should be: partners added, removed or given another role in one change. Exactly one LEAD.",
})
export class SetParticipantsInput extends EditInput {
  @Field(() => [ParticipantInput])
  participants!: ParticipantInput[];
}

@InputType({
  description:
    "The pathway's steps as they should be, in order: add, reorder or remove in one change.",
})
export class SetStepsInput extends EditInput {
  @Field(() => [StepInput])
  steps!: StepInput[];
}

@InputType({ description: "The pathway's referral routes and their contacts as they should be." })
export class SetReferralRoutesInput extends EditInput {
  @Field(() => [ReferralRouteInput])
  referralRoutes!: ReferralRouteInput[];
}
