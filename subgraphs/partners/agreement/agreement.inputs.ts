import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "../../kit/dates.js";
import { AgreementStatus, AgreementType } from "./agreement-enums.js";

@InputType()
export class AgreementPartyInput {
  @Field(() => ID)
  partnerId!: string;

  @Field(() => String, { nullable: true })
  role?: string | null;
}

@InputType({ description: "Where a recorded fact comes from." })
export class CitationInput {
  @Field(() => ID, { description: "One of the source documents (see the sourceDocuments query)." })
  documentId!: string;

  @Field(() => String, { nullable: true })
  section?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The document's own words the record relies on.",
  })
  quote?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class RecordAgreementInput {
  @Field(() => ID, {
    nullable: true,
    description: "Stable slug; made from the title when not given.",
  })
  id?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => AgreementType)
  type!: AgreementType;

  @Field(() => AgreementStatus)
  status!: AgreementStatus;

  @Field(() => DateScalar, { nullable: true })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  endDate?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [AgreementPartyInput], { description: "At least two different partners." })
  parties!: AgreementPartyInput[];

  @Field(() => CitationInput, { nullable: true })
  source?: CitationInput | null;
}
