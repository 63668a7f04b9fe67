import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Citation } from "../../kit/citation.type.js";
import { DateScalar } from "../../kit/dates.js";

@ObjectType({
  description:
    "A formal system leadership role a partner holds (the strategy counts their number and range).",
})
@Directive('@key(fields: "id")')
export class SystemLeadershipRole {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => DateScalar, { nullable: true })
  startDate!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Citation, { nullable: true })
  source!: Citation | null;

  holderPartnerId!: string;
  collaborativeId!: string | null;
  icsId!: string | null;
  placeId!: string | null;
}
