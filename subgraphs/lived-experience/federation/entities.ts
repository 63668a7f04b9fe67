import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { entityStub } from "../../kit/entity-stub.js";

/** Other subgraphs' entities, as the lived-experience subgraph refers to them and extends them. */
export const Partner = entityStub("Partner", "An organisation in the partnership web.");
export const SharedPathway = entityStub("SharedPathway", "A pathway agreed with partners.");

@ObjectType({ description: "One of EPUT's care units." })
@Directive('@key(fields: "id")')
export class CareUnit {
  @Field(() => ID)
  id!: string;

  /** Owned by the partners subgraph; fetched by the gateway for ward coverage, never copied. */
  @Field(() => Int, { nullable: true })
  @Directive("@external")
  wardCount?: number | null;
}
