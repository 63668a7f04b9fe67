import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "../../kit/dates.js";
import { PartnerKind } from "./partner-kind.js";

@InputType({ description: "Narrows a list of partners. All given filters must match." })
export class PartnerFilter {
  @Field(() => [PartnerKind], { nullable: true })
  kinds?: PartnerKind[] | null;

  @Field(() => ID, { nullable: true, description: "Partners that are members of this ICS." })
  icsId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Partners that are members of this place-based alliance.",
  })
  placeId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Partners that are members of this collaborative.",
  })
  collaborativeId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Free text over name and description, best match first.",
  })
  search?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Judge existence and memberships on this day (default: today).",
  })
  asOf?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Include organisations that have ceased (merged or dissolved).",
  })
  includeInactive?: boolean | null;
}

@InputType()
export class IdentifierInput {
  @Field(() => String, { description: 'E.g. "ODS". Upper-case letters, digits and underscores.' })
  scheme!: string;

  @Field(() => String)
  value!: string;
}

@InputType({
  description: "Membership of exactly one group: give one of icsId, placeId or collaborativeId.",
})
export class MembershipInput {
  @Field(() => ID, { nullable: true })
  icsId?: string | null;

  @Field(() => ID, { nullable: true })
  placeId?: string | null;

  @Field(() => ID, { nullable: true })
  collaborativeId?: string | null;

  @Field(() => String, { nullable: true })
  role?: string | null;

  @Field(() => DateScalar, { nullable: true })
  startDate?: string | null;
}

@InputType()
export class CreatePartnerInput {
  @Field(() => ID, {
    nullable: true,
    description: "Stable slug; made from the name when not given.",
  })
  id?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => PartnerKind)
  kind!: PartnerKind;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => DateScalar, { nullable: true })
  startDate?: string | null;

  @Field(() => [IdentifierInput], { nullable: true })
  identifiers?: IdentifierInput[] | null;

  @Field(() => [MembershipInput], { nullable: true })
  memberships?: MembershipInput[] | null;
}

@InputType({ description: "Only the fields given change; null clears an optional field." })
export class UpdatePartnerInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => PartnerKind, { nullable: true })
  kind?: PartnerKind | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => DateScalar, { nullable: true })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The day the organisation ceased." })
  endDate?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The organisation that took over (merger or renaming).",
  })
  successorId?: string | null;

  @Field(() => [IdentifierInput], {
    nullable: true,
    description: "Replaces all identifiers when given.",
  })
  identifiers?: IdentifierInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: "The person or body that decided the change (default: the caller).",
  })
  decidedBy?: string | null;

  @Field(() => String, { nullable: true, description: "Why: kept in the partner's changes." })
  reason?: string | null;
}
