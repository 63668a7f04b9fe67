import { entityStub, entityStubWithExternal } from "../../kit/entity-stub.js";

export const Place = entityStub("Place", "A place-based alliance within an ICS.");

/** Its `livedExperienceRolesFilled` is lived-experience's, fetched for the live measure. */
export const CareUnit = entityStubWithExternal(
  "CareUnit",
  "One of EPUT's care units.",
  "livedExperienceRolesFilled",
);
export type CareUnit = InstanceType<typeof CareUnit>;
