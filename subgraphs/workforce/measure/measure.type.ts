import { Directive, Field, ObjectType } from "type-graphql";
import { Citation } from "../../kit/citation.type.js";
import { DataSource, Direction, Frequency, MeasureUnit } from "./measure-enums.js";

@ObjectType({ description: "A success measure of the strategy, with its definition." })
@Directive('@key(fields: "code")')
export class Measure {
  @Field(() => String, { description: "Stable code, e.g. vacancy-rate, wres-2." })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  definition!: string;

  @Field(() => String, { nullable: true, description: "For a rate: what is counted." })
  numerator!: string | null;

  @Field(() => String, { nullable: true, description: "For a rate: what it is counted over." })
  denominator!: string | null;

  @Field(() => Boolean, {
    description: "A rate's value is always 100 × numerator ÷ denominator.",
  })
  isRate!: boolean;

  @Field(() => MeasureUnit)
  unit!: MeasureUnit;

  @Field(() => Direction)
  direction!: Direction;

  @Field(() => Frequency)
  frequency!: Frequency;

  @Field(() => DataSource)
  dataSource!: DataSource;

  @Field(() => String, { nullable: true, description: "The national definition it follows." })
  nationalDefinition!: string | null;

  @Field(() => Boolean, {
    description: "Reported outside the trust (a national return, survey or dataset).",
  })
  published!: boolean;

  @Field(() => Boolean, {
    description:
      "Defined here but never observed here: its figures are special-category and kept elsewhere with suppression.",
  })
  definitionOnly!: boolean;

  @Field(() => Citation, { nullable: true })
  source!: Citation | null;
}
