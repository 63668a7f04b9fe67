import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Citation } from "../../kit/citation.type.js";
import { CareUnitCoverage, EputInvolvement } from "./geography-enums.js";

@ObjectType({
  description:
    "An Integrated Care System (ICS): the NHS and councils planning care together for an area.",
})
@Directive('@key(fields: "id")')
export class IntegratedCareSystem {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => EputInvolvement)
  eputInvolvement!: EputInvolvement;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Citation, { nullable: true })
  source!: Citation | null;

  icbPartnerId!: string | null;
}

@ObjectType({
  description:
    "A place-based alliance: partners planning care together for one place within an ICS.",
})
@Directive('@key(fields: "id")')
export class Place {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Citation, { nullable: true })
  source!: Citation | null;

  icsId!: string;
}

@ObjectType({
  description: "One of EPUT's care units, each with its own multi-disciplinary leadership team.",
})
@Directive('@key(fields: "id")')
export class CareUnit {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => CareUnitCoverage)
  coverage!: CareUnitCoverage;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Inpatient wards, where the source gives the number.",
  })
  wardCount!: number | null;

  @Field(() => Int, { nullable: true, description: "Teams, where the source gives the number." })
  teamCount!: number | null;

  @Field(() => Citation, { nullable: true })
  source!: Citation | null;
}
