import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Citation } from "../../kit/citation.type.js";
import { DateScalar } from "../../kit/dates.js";
import { CollaborativeKind, CollaborativeStatus } from "./collaborative-enums.js";

@ObjectType({
  description: "A provider collaborative or other standing arrangement between partners.",
})
@Directive('@key(fields: "id")')
export class Collaborative {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => CollaborativeKind)
  kind!: CollaborativeKind;

  @Field(() => CollaborativeStatus)
  status!: CollaborativeStatus;

  @Field(() => DateScalar, { nullable: true })
  startDate!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Citation, { nullable: true })
  source!: Citation | null;

  icsId!: string | null;
  leadPartnerId!: string | null;
}
