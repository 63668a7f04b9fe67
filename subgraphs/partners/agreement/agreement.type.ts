import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Citation } from "../../kit/citation.type.js";
import { DateScalar } from "../../kit/dates.js";
import { AgreementStatus, AgreementType } from "./agreement-enums.js";

@ObjectType({
  description:
    "A formal arrangement between partners: a Section 75 agreement, a joint service, a joint post...",
})
@Directive('@key(fields: "id")')
export class PartnershipAgreement {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => AgreementType)
  type!: AgreementType;

  @Field(() => AgreementStatus)
  status!: AgreementStatus;

  @Field(() => DateScalar, { nullable: true })
  startDate!: string | null;

  @Field(() => DateScalar, { nullable: true })
  endDate!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Citation, { nullable: true })
  source!: Citation | null;
}

@ObjectType({ description: "A partner that is party to an agreement, and in what role." })
export class AgreementParty {
  @Field(() => String, { nullable: true })
  role!: string | null;

  partnerId!: string;
  agreementId!: string;
}
