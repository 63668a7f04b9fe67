import type { Sector } from "./pathway-enums.js";

/**
 * One vocabulary for pathways and the partners in them: each of the partners subgraph's
 * `PartnerKind`s falls in one `Sector`, or in none (a national body, a regulator, a partnership
 * board, a commercial firm or "other" is no sector's partner). A local authority counts as
 * social care, which is what it brings to a pathway; the README gives the whole table.
 */
export const SECTOR_OF_KIND: Readonly<Record<string, Sector | null>> = {
  NHS_TRUST: "HEALTH",
  INTEGRATED_CARE_BOARD: "HEALTH",
  PRIMARY_CARE_NETWORK: "HEALTH",
  ACUTE_HOSPITAL: "HEALTH",
  AMBULANCE_SERVICE: "HEALTH",
  COMMUNITY_HEALTH_PROVIDER: "HEALTH",
  LOCAL_AUTHORITY: "SOCIAL_CARE",
  HOUSING: "HOUSING",
  VOLUNTARY_COMMUNITY_SOCIAL_ENTERPRISE: "VOLUNTARY_AND_COMMUNITY",
  ADVOCACY_GROUP: "VOLUNTARY_AND_COMMUNITY",
  EMPLOYER: "EMPLOYMENT",
  EMPLOYMENT_SERVICE: "EMPLOYMENT",
  EDUCATION: "EDUCATION",
  ACADEMIC: "EDUCATION",
  POLICE: "CRIMINAL_JUSTICE",
  COMMERCIAL: null,
  PARTNERSHIP_BOARD: null,
  NATIONAL_BODY: null,
  REGULATOR: null,
  OTHER: null,
};
