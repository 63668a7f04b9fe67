import { CROSS } from "../../kit/entity-stub.js";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Citation } from "../../kit/citation.type.js";
import { DateScalar } from "../../kit/dates.js";
import type { EntityStub } from "../../kit/entity-stub.js";
import { statusChangeType } from "../../kit/lifecycle.js";
import { requiresScopes } from "../../kit/scopes.js";
import { CareUnit, Partner, PartnershipAgreement } from "../federation/entities.js";
import {
  ContactMethod,
  ParticipantRole,
  PathwayStatus,
  ReferralRouteKind,
  StepKind,
} from "./pathway-enums.js";

/** Referral contacts are for partner systems and internal staff, not the public. */
const REFERRAL_CONTACT_READERS = requiresScopes(
  ["partner-systems"],
  ["internal"],
  ["pathways:write"],
  ["admin"],
);

@ObjectType({ description: "Who a pathway is for." })
export class Population {
  @Field(() => Int, { nullable: true, description: "Youngest age served, where stated." })
  ageMin!: number | null;

  @Field(() => Int, { nullable: true, description: "Oldest age served, where stated." })
  ageMax!: number | null;

  @Field(() => String, { nullable: true, description: "Conditions or needs it serves." })
  conditions!: string | null;

  @Field(() => String, { nullable: true, description: "Eligibility, in words." })
  eligibility!: string | null;
}

@ObjectType({
  description:
    "A pathway of care agreed between EPUT and partners: who takes part, the steps a person goes through, and how to refer in.",
})
@Directive('@key(fields: "id")')
export class SharedPathway {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  purpose!: string;

  @Field(() => Population)
  population!: Population;

  @Field(() => CareUnit, { nullable: true, description: "The EPUT care unit that leads it." })
  leadCareUnit!: EntityStub | null;

  @Field(() => PartnershipAgreement, {
    nullable: true,
    description: "The formal agreement it rests on, where there is one.",
  })
  agreement!: EntityStub | null;

  @Field(() => PathwayStatus)
  status!: PathwayStatus;

  @Field(() => DateScalar, { nullable: true, description: "When partners agreed it." })
  agreedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "When it first took referrals." })
  liveFrom!: string | null;

  @Field(() => DateScalar, { nullable: true })
  nextReviewDue!: string | null;

  @Field(() => Citation, { nullable: true, description: "The source of seeded facts." })
  source!: Citation | null;
}

@ObjectType({ description: "A partner taking part in a pathway, and its role." })
export class PathwayParticipant {
  @Field(() => Partner, { nullable: true, description: CROSS })
  partner!: EntityStub;

  @Field(() => ParticipantRole)
  role!: ParticipantRole;

  @Field(() => String, { nullable: true, description: "What the partner does in the pathway." })
  contribution!: string | null;

  @Field(() => Citation, { nullable: true })
  source!: Citation | null;
}

@ObjectType({ description: "One stage a person goes through, in order." })
export class PathwayStep {
  @Field(() => Int, { description: "1 for the first step." })
  position!: number;

  @Field(() => StepKind)
  kind!: StepKind;

  @Field(() => String)
  description!: string;

  @Field(() => Partner, { nullable: true })
  responsiblePartner!: EntityStub | null;

  @Field(() => Int, {
    nullable: true,
    description: "Target wait in days, where the source gives one.",
  })
  targetWaitDays!: number | null;

  @Field(() => String, { nullable: true, description: "The target as the source words it." })
  targetWaitNote!: string | null;
}

@ObjectType({ description: "A contact point for referrals. For partner systems, not the public." })
@Directive('@tag(name: "partner-systems")')
@Directive(REFERRAL_CONTACT_READERS)
export class ReferralContact {
  @Field(() => ContactMethod)
  method!: ContactMethod;

  @Field(() => String)
  value!: string;

  @Field(() => String, { nullable: true, description: 'When it answers, e.g. "24/7".' })
  hours!: string | null;
}

@ObjectType({ description: "A way to refer someone into a pathway." })
export class ReferralRoute {
  @Field(() => ReferralRouteKind)
  kind!: ReferralRouteKind;

  @Field(() => String)
  description!: string;

  @Field(() => String, { nullable: true, description: "Who may be referred, in words." })
  criteria!: string | null;

  @Field(() => ReferralContact, {
    nullable: true,
    description: "Where to send a referral; null where the source gives no contact.",
  })
  @Directive('@tag(name: "partner-systems")')
  @Directive(REFERRAL_CONTACT_READERS)
  contact!: ReferralContact | null;
}

export const PathwayStatusChange = statusChangeType<PathwayStatus>(
  PathwayStatus,
  "PathwayStatusChange",
);
