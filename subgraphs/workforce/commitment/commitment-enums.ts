import { registerEnumType } from "type-graphql";
import type { CommitmentKind as Kind } from "../db/seed-data/commitments.js";

export const CommitmentKind = {
  KEY_COMMITMENT: "KEY_COMMITMENT",
  ROADMAP_MILESTONE: "ROADMAP_MILESTONE",
  CARE_UNIT_COMMITMENT: "CARE_UNIT_COMMITMENT",
  CARE_UNIT_PRIORITY: "CARE_UNIT_PRIORITY",
} as const satisfies Record<Kind, Kind>;
export type CommitmentKind = Kind;

registerEnumType(CommitmentKind, {
  name: "CommitmentKind",
  description: "Where in the plans a commitment stands.",
  valuesConfig: {
    KEY_COMMITMENT: { description: "The trust plan's key commitments under an objective." },
    ROADMAP_MILESTONE: { description: "A dated milestone of the trust plan's roadmap." },
    CARE_UNIT_COMMITMENT: {
      description: "A care unit's commitment, as the trust plan summarises its plan.",
    },
    CARE_UNIT_PRIORITY: { description: "A key priority in a care unit's own plan." },
  },
});
