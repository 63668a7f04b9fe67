import { entityStub } from "../../kit/entity-stub.js";

/** The partners subgraph's entities, as the pathways subgraph refers to them and extends them. */
export const Partner = entityStub("Partner", "An organisation in the partnership web.");
export const CareUnit = entityStub("CareUnit", "One of EPUT's care units.");
export const Place = entityStub("Place", "A place-based alliance within an ICS.");
export const PartnershipAgreement = entityStub(
  "PartnershipAgreement",
  "A formal agreement between partners.",
);
