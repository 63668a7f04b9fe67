import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { entityStub } from "../../kit/entity-stub.js";

export const Place = entityStub("Place", "A place-based alliance within an ICS.");

@ObjectType({ description: "One of EPUT's care units." })
@Directive('@key(fields: "id")')
export class CareUnit {
  @Field(() => ID)
  id!: string;

  /** Owned by the lived-experience subgraph; fetched for the live measure, never copied. */
  @Field(() => Int, { nullable: true })
  @Directive("@external")
  livedExperienceRolesFilled?: number | null;
}
