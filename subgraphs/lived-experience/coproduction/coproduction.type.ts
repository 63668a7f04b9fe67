import { CROSS } from "../../kit/entity-stub.js";
import { Field, ID, ObjectType } from "type-graphql";
import { DateScalar } from "../../kit/dates.js";
import type { EntityStub } from "../../kit/entity-stub.js";
import { Provenance } from "../../kit/provenance.type.js";
import { SharedPathway } from "../federation/entities.js";
import { CoproductionStage } from "../involvement/involvement-enums.js";

@ObjectType({
  description: "A pathway shaped with people with lived experience: how, when and with whom.",
})
export class CoproductionRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => SharedPathway, { nullable: true, description: CROSS })
  pathway!: EntityStub;

  @Field(() => CoproductionStage)
  stage!: CoproductionStage;

  @Field(() => String)
  summary!: string;

  @Field(() => DateScalar, { nullable: true, description: "Null where the source gives no date." })
  happenedOn!: string | null;

  @Field(() => Provenance)
  provenance!: Provenance;

  activityId!: string | null;
}
