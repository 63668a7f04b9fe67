import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../kit/dates.js";
import {
  ContactMethod,
  ParticipantRole,
  PathwayStatus,
  ReferralRouteKind,
  Sector,
  StepKind,
} from "./pathway-enums.js";

@InputType({ description: "Narrows a list of pathways. All given filters must match." })
export class SharedPathwayFilter {
  @Field(() => String, {
    nullable: true,
    description: "Free text over name, purpose and population, best match first.",
  })
  search?: string | null;

  @Field(() => [PathwayStatus], { nullable: true, description: "Any of these statuses." })
  statuses?: PathwayStatus[] | null;

  @Field(() => [Sector], { nullable: true, description: "Spans at least one of these sectors." })
  sectors?: Sector[] | null;

  @Field(() => ID, { nullable: true, description: "Covers this place." })
  placeId?: string | null;

  @Field(() => ID, { nullable: true, description: "Led by this care unit." })
  careUnitId?: string | null;

  @Field(() => ID, { nullable: true, description: "This partner takes part." })
  partnerId?: string | null;

  @Field(() => [Sector], {
    nullable: true,
    description:
      "A partner of one of these sectors takes part: a housing association for HOUSING, a VCSE or advocacy group for VOLUNTARY_AND_COMMUNITY... (each partner kind's sector is in the README).",
  })
  partnerSectors?: Sector[] | null;

  @Field(() => [ParticipantRole], {
    nullable: true,
    description: "With partnerId: the partner takes one of these roles.",
  })
  roles?: ParticipantRole[] | null;
}

@InputType()
export class PopulationInput {
  @Field(() => Int, { nullable: true })
  ageMin?: number | null;

  @Field(() => Int, { nullable: true })
  ageMax?: number | null;

  @Field(() => String, { nullable: true })
  conditions?: string | null;

  @Field(() => String, { nullable: true })
  eligibility?: string | null;
}

@InputType()
export class ParticipantInput {
  @Field(() => ID, { description: "The partner's id in the partners subgraph." })
  partnerId!: string;

  @Field(() => ParticipantRole)
  role!: ParticipantRole;

  @Field(() => String, { nullable: true })
  contribution?: string | null;
}

@InputType({ description: "A step; steps are numbered in the order given." })
export class StepInput {
  @Field(() => StepKind)
  kind!: StepKind;

  @Field(() => String)
  description!: string;

  @Field(() => ID, { nullable: true })
  responsiblePartnerId?: string | null;

  @Field(() => Int, { nullable: true })
  targetWaitDays?: number | null;

  @Field(() => String, { nullable: true })
  targetWaitNote?: string | null;
}

@InputType()
export class ReferralContactInput {
  @Field(() => ContactMethod)
  method!: ContactMethod;

  @Field(() => String)
  value!: string;

  @Field(() => String, { nullable: true })
  hours?: string | null;
}

@InputType()
export class ReferralRouteInput {
  @Field(() => ReferralRouteKind)
  kind!: ReferralRouteKind;

  @Field(() => String)
  description!: string;

  @Field(() => String, { nullable: true })
  criteria?: string | null;

  @Field(() => ReferralContactInput, { nullable: true })
  contact?: ReferralContactInput | null;
}

@InputType({ description: "A new pathway. It starts as PROPOSED." })
export class ProposePathwayInput {
  @Field(() => ID, { nullable: true, description: "Stable id; made from the name if omitted." })
  id?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  purpose!: string;

  @Field(() => PopulationInput, { nullable: true })
  population?: PopulationInput | null;

  @Field(() => [Sector])
  sectors!: Sector[];

  @Field(() => ID, { nullable: true })
  leadCareUnitId?: string | null;

  @Field(() => [ID], { nullable: true })
  placeIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  agreementId?: string | null;

  @Field(() => [ParticipantInput], { description: "At least one, and exactly one LEAD." })
  participants!: ParticipantInput[];

  @Field(() => [StepInput], { nullable: true })
  steps?: StepInput[] | null;

  @Field(() => [ReferralRouteInput], { nullable: true })
  referralRoutes?: ReferralRouteInput[] | null;

  @Field(() => String, { description: "Who proposes it (a person, team or board)." })
  proposedBy!: string;

  @Field(() => DateScalar, { nullable: true, description: "When it was proposed (default today)." })
  proposedOn?: string | null;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType({ description: "A move through the lifecycle." })
export class MovePathwayInput {
  @Field(() => ID)
  id!: string;

  @Field(() => PathwayStatus)
  to!: PathwayStatus;

  @Field(() => DateScalar, {
    nullable: true,
    description: "The day it took effect (default today): not in the future.",
  })
  effectiveOn?: string | null;

  @Field(() => String, { description: "The person or body that decided it." })
  decidedBy!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Sets the next review date (when moving to AGREED or LIVE).",
  })
  nextReviewDue?: string | null;
}
