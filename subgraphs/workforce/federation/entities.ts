import { Directive, Field, ID, ObjectType } from "type-graphql";
import { entityStub, entityStubWithExternal } from "../../kit/entity-stub.js";

export const Place = entityStub("Place", "A place-based alliance within an ICS.");

/**
 * Referred to, never resolved here: with it resolvable, Hive's query planner dropped
 * `Commitment.pathways` from the fetch under `careUnit { commitments }` (the answer then broke).
 */
@ObjectType("SharedPathway", {
  description: "A pathway shared with partners (the pathways subgraph's).",
})
@Directive('@key(fields: "id", resolvable: false)')
export class SharedPathway {
  @Field(() => ID)
  id!: string;
}

/**
 * Its filled lived experience posts, and how many of those are illustrative, are
 * lived-experience's, fetched for the live measure.
 */
export const CareUnit = entityStubWithExternal("CareUnit", "One of EPUT's care units.", [
  "livedExperienceRolesFilled",
  "livedExperienceRolesFilledIllustrative",
]);
export type CareUnit = InstanceType<typeof CareUnit>;
