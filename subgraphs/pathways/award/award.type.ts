import "reflect-metadata";
import { Field, ID, ObjectType } from "type-graphql";
import { Citation } from "../../kit/citation.type.js";
import { AwardResult } from "./award-enums.js";

@ObjectType({
  description:
    "An award or commendation the plans report: for a shared pathway, a service, or a partner's work.",
})
export class Award {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The award or category." })
  name!: string;

  @Field(() => String, { description: "The awards it was given at." })
  event!: string;

  @Field(() => AwardResult)
  result!: AwardResult;

  @Field(() => String, {
    nullable: true,
    description: "When, as far as the plan dates it: YYYY or YYYY-MM; null where it does not.",
  })
  awardedIn!: string | null;

  @Field(() => String, { description: "Who received it, as the plan says." })
  recipient!: string;

  pathwayId!: string | null;
  serviceId!: string | null;

  @Field(() => Citation, { nullable: true })
  source!: Citation | null;
}
