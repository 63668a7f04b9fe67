import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "../../kit/dates.js";
import { MembershipInput } from "../partner/partner.inputs.js";

@InputType()
export class AddMembershipInput extends MembershipInput {
  @Field(() => ID)
  partnerId!: string;
}

@InputType()
export class EndMembershipInput {
  @Field(() => ID)
  membershipId!: string;

  @Field(() => DateScalar, { description: "The last day the membership held." })
  endDate!: string;
}
