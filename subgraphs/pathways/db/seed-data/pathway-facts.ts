import { cite } from "../../../kit/cite.js";
import type { SeedFact } from "../../../kit/key-fact.js";
import { TRUST } from "../../../kit/sources.js";

export interface SeedPathwayFact extends SeedFact {
  pathwayId: string;
}

/** The outcomes the trust plan gives as figures for the services it describes. */
export const PATHWAY_FACTS: SeedPathwayFact[] = [
  {
    id: "shells-sos-bus-first-year",
    pathwayId: "shells-sos-bus",
    label: "People helped in its first year",
    value: 650,
    qualifier: "MORE_THAN",
    unit: "people",
    quote: "helping more than 650 people in its first year",
    ...cite(
      TRUST,
      "Strategic objective 4: SHELLS SOS bus",
      "The first year is not dated; the bus was piloted in Clacton at the end of 2020.",
    ),
  },
  {
    id: "family-group-conferencing-recommend",
    pathwayId: "essex-family-group-conferencing",
    label: "Users who recommend the service",
    value: 90,
    qualifier: "MORE_THAN",
    unit: "percent of users",
    quote: "Over 90% of users recommend the service",
    ...cite(TRUST, "Strategic objective 1: Essex Mental Health Family Group Conferencing Service"),
  },
];
