import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Citation } from "../../kit/citation.type.js";
import { DateScalar } from "../../kit/dates.js";
import { PartnerKind } from "./partner-kind.js";

@ObjectType({ description: "A scheme-qualified identifier, e.g. an NHS ODS code." })
export class Identifier {
  @Field(() => String, { description: 'The issuing scheme, e.g. "ODS".' })
  scheme!: string;

  @Field(() => String)
  value!: string;
}

@ObjectType({
  description:
    "An organisation in the partnership web: NHS body, council, voluntary group, employer, university...",
})
@Directive('@key(fields: "id")')
@Directive('@key(fields: "odsCode")')
export class Partner {
  @Field(() => ID, { description: 'Stable slug, e.g. "essex-county-council".' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => PartnerKind)
  kind!: PartnerKind;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "Only where a source document gives one." })
  website!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "When the organisation came into being.",
  })
  startDate!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "When it ceased (merged, dissolved or renamed); null while it exists.",
  })
  endDate!: string | null;

  @Field(() => Citation, { nullable: true })
  source!: Citation | null;

  successorId!: string | null;
}
