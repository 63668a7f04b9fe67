import "reflect-metadata";
import { Field, ObjectType } from "type-graphql";
import { DateScalar } from "../../kit/dates.js";

@ObjectType({
  description:
    "What a publisher is told of a publication: which period it is and when it was published, never the figure (reading it needs special-category:read).",
})
export class CountPublicationReceipt {
  @Field(() => String, { description: "The reporting period published, e.g. 2025-Q1." })
  period!: string;

  @Field(() => DateScalar, { description: "When it was published." })
  publishedOn!: string;

  @Field(() => String, {
    description:
      "The moment the figure describes: the end of the period's last day (UTC), as the history of posts stood then.",
  })
  asAt!: string;
}
