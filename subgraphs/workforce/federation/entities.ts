import { entityStub, entityStubWithExternal } from "../../kit/entity-stub.js";

export const Place = entityStub("Place", "A place-based alliance within an ICS.");

export const SharedPathway = entityStub(
  "SharedPathway",
  "A pathway shared with partners (the pathways subgraph's).",
);
export type SharedPathway = InstanceType<typeof SharedPathway>;

/**
 * Its filled lived experience posts, and how many of those are illustrative, are
 * lived-experience's, fetched for the live measure.
 */
export const CareUnit = entityStubWithExternal("CareUnit", "One of EPUT's care units.", [
  "livedExperienceRolesFilled",
  "livedExperienceRolesFilledIllustrative",
]);
export type CareUnit = InstanceType<typeof CareUnit>;
