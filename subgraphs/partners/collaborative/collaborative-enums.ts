import { registerEnumType } from "type-graphql";

export const CollaborativeKind = {
  PROVIDER_COLLABORATIVE: "PROVIDER_COLLABORATIVE",
  INTEGRATED_CARE_COLLABORATIVE: "INTEGRATED_CARE_COLLABORATIVE",
  STRATEGIC_PARTNERSHIP: "STRATEGIC_PARTNERSHIP",
} as const;
export type CollaborativeKind = keyof typeof CollaborativeKind;

export const CollaborativeStatus = {
  PROPOSED: "PROPOSED",
  ACTIVE: "ACTIVE",
  ENDED: "ENDED",
} as const;
export type CollaborativeStatus = keyof typeof CollaborativeStatus;

registerEnumType(CollaborativeKind, { name: "CollaborativeKind" });
registerEnumType(CollaborativeStatus, { name: "CollaborativeStatus" });
