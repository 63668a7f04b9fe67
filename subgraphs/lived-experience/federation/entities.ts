import { entityStub, entityStubWithExternal } from "../../kit/entity-stub.js";

/** Other subgraphs' entities, as the lived-experience subgraph refers to them and extends them. */
export const Partner = entityStub("Partner", "An organisation in the partnership web.");
export const SharedPathway = entityStub("SharedPathway", "A pathway agreed with partners.");

/** Its `wardCount` is the partners subgraph's, fetched for ward coverage and never copied. */
export const CareUnit = entityStubWithExternal("CareUnit", "One of EPUT's care units.", [
  "wardCount",
]);
export type CareUnit = InstanceType<typeof CareUnit>;
