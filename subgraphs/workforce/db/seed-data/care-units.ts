/**
 * The care units the illustrative series are made up for, by the ids the partners subgraph owns
 * them under. Workforce keeps only the keys (it never imports another subgraph's code);
 * test/seed-references.test.ts checks them against the partners seed.
 */
export const CARE_UNIT_IDS = [
  "west-essex-community",
  "mid-and-south-essex-community",
  "north-east-essex-community",
  "urgent-care-and-inpatient-services",
  "specialist-services",
  "psychological-services",
] as const;
