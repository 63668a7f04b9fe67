import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Citation } from "../../kit/citation.type.js";
import { DateScalar } from "../../kit/dates.js";

export const MembershipGroupKind = {
  INTEGRATED_CARE_SYSTEM: "INTEGRATED_CARE_SYSTEM",
  PLACE: "PLACE",
  COLLABORATIVE: "COLLABORATIVE",
} as const;
export type MembershipGroupKind = keyof typeof MembershipGroupKind;
registerEnumType(MembershipGroupKind, { name: "MembershipGroupKind" });

@ObjectType({
  description:
    "A partner's membership of an ICS, a place-based alliance or a collaborative, with the dates it held.",
})
export class Membership {
  @Field(() => ID)
  id!: string;

  @Field(() => MembershipGroupKind)
  groupKind!: MembershipGroupKind;

  @Field(() => String, { nullable: true, description: "The partner's role in the group." })
  role!: string | null;

  @Field(() => DateScalar, { nullable: true })
  startDate!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Last day of membership; null while it holds.",
  })
  endDate!: string | null;

  @Field(() => Citation, { nullable: true })
  source!: Citation | null;

  partnerId!: string;
  icsId!: string | null;
  placeId!: string | null;
  collaborativeId!: string | null;
}
