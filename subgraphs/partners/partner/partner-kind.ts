import { registerEnumType } from "type-graphql";

export const PartnerKind = {
  NHS_TRUST: "NHS_TRUST",
  INTEGRATED_CARE_BOARD: "INTEGRATED_CARE_BOARD",
  LOCAL_AUTHORITY: "LOCAL_AUTHORITY",
  PRIMARY_CARE_NETWORK: "PRIMARY_CARE_NETWORK",
  ACUTE_HOSPITAL: "ACUTE_HOSPITAL",
  AMBULANCE_SERVICE: "AMBULANCE_SERVICE",
  COMMUNITY_HEALTH_PROVIDER: "COMMUNITY_HEALTH_PROVIDER",
  VOLUNTARY_COMMUNITY_SOCIAL_ENTERPRISE: "VOLUNTARY_COMMUNITY_SOCIAL_ENTERPRISE",
  HOUSING: "HOUSING",
  EDUCATION: "EDUCATION",
  EMPLOYER: "EMPLOYER",
  EMPLOYMENT_SERVICE: "EMPLOYMENT_SERVICE",
  POLICE: "POLICE",
  ACADEMIC: "ACADEMIC",
  COMMERCIAL: "COMMERCIAL",
  ADVOCACY_GROUP: "ADVOCACY_GROUP",
  PARTNERSHIP_BOARD: "PARTNERSHIP_BOARD",
  NATIONAL_BODY: "NATIONAL_BODY",
  REGULATOR: "REGULATOR",
  OTHER: "OTHER",
} as const;
export type PartnerKind = keyof typeof PartnerKind;

registerEnumType(PartnerKind, {
  name: "PartnerKind",
  description: "What sort of organisation a partner is.",
  valuesConfig: {
    VOLUNTARY_COMMUNITY_SOCIAL_ENTERPRISE: {
      description: "Voluntary, community or social enterprise (VCSE) organisation.",
    },
    ADVOCACY_GROUP: { description: "Advocacy or service user group, including local Healthwatch." },
    NATIONAL_BODY: { description: "Government department or national NHS or professional body." },
  },
});
