import { registerEnumType } from "type-graphql";

export const EputInvolvement = {
  PLACE_BASED_AND_SPECIALIST_SERVICES: "PLACE_BASED_AND_SPECIALIST_SERVICES",
  SPECIALIST_SERVICES_ONLY: "SPECIALIST_SERVICES_ONLY",
} as const;
export type EputInvolvement = keyof typeof EputInvolvement;

export const CareUnitCoverage = {
  PLACE_BASED: "PLACE_BASED",
  TRUST_WIDE: "TRUST_WIDE",
  REGIONAL: "REGIONAL",
} as const;
export type CareUnitCoverage = keyof typeof CareUnitCoverage;

registerEnumType(EputInvolvement, {
  name: "EputInvolvement",
  description: "How EPUT works in an integrated care system.",
});
registerEnumType(CareUnitCoverage, {
  name: "CareUnitCoverage",
  description: "Whether a care unit serves particular places, the whole trust, or the region.",
});
