import "reflect-metadata";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Citation } from "../../kit/citation.type.js";
import { CROSS, type EntityStub } from "../../kit/entity-stub.js";
import { CareUnit, Partner } from "../federation/entities.js";
import { ServiceKind } from "./service-enums.js";

@ObjectType({
  description:
    "A service one partner provides, as the plans name it: not a pathway shared with partners, but what partners should know exists.",
})
@Directive('@key(fields: "id")')
export class Service {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => ServiceKind)
  kind!: ServiceKind;

  @Field(() => Partner, { nullable: true, description: `Who provides it. ${CROSS}` })
  provider!: EntityStub | null;

  @Field(() => CareUnit, {
    nullable: true,
    description: `The care unit that runs it, where the provider is EPUT. ${CROSS}`,
  })
  careUnit!: EntityStub | null;

  @Field(() => Citation, { nullable: true })
  source!: Citation | null;
}
