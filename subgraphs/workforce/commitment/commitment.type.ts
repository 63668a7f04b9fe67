import "reflect-metadata";
import { Field, ID, ObjectType } from "type-graphql";
import { Citation } from "../../kit/citation.type.js";
import { DateScalar } from "../../kit/dates.js";
import { CROSS } from "../../kit/entity-stub.js";
import { CareUnit } from "../federation/entities.js";
import { CommitmentKind } from "./commitment-enums.js";

@ObjectType({
  description:
    "Something the plans commit to, in their own words, under one of the strategy's objectives: services to expand, roles to introduce, pathways to improve.",
})
export class Commitment {
  @Field(() => ID)
  id!: string;

  @Field(() => CommitmentKind)
  kind!: CommitmentKind;

  @Field(() => String, { description: "The strategic objective, SO1 to SO4." })
  objectiveCode!: string;

  @Field(() => String, { description: "The plan's own words." })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: 'When it is due, as the plan gives it ("Mar-23", "2023/24", "Mid 2023").',
  })
  due!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The last day the due date names: a year's 31 December, a financial year's 31 March; null where the plan names no day.",
  })
  dueBy!: string | null;

  @Field(() => CareUnit, {
    nullable: true,
    description: `The care unit whose plan makes it; null for the trust's own. ${CROSS}`,
  })
  careUnit!: CareUnit | null;

  @Field(() => Citation, { nullable: true })
  source!: Citation | null;
}
