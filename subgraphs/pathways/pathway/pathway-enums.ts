import { registerEnumType } from "type-graphql";

export const PathwayStatus = {
  PROPOSED: "PROPOSED",
  AGREED: "AGREED",
  LIVE: "LIVE",
  UNDER_REVIEW: "UNDER_REVIEW",
  RETIRED: "RETIRED",
  WITHDRAWN: "WITHDRAWN",
  REJECTED: "REJECTED",
} as const;
export type PathwayStatus = keyof typeof PathwayStatus;
export const PATHWAY_STATUSES = Object.values(PathwayStatus);

registerEnumType(PathwayStatus, {
  name: "PathwayStatus",
  description:
    "Where a pathway is in its lifecycle: PROPOSED → AGREED → LIVE → UNDER_REVIEW → RETIRED, and from UNDER_REVIEW back to LIVE. A proposal may instead be WITHDRAWN by its proposers or REJECTED by partners.",
  valuesConfig: {
    PROPOSED: { description: "Put forward or committed to in a plan; not yet agreed by partners." },
    AGREED: { description: "Agreed with partners, not yet taking referrals." },
    LIVE: { description: "In operation: people can be referred into it." },
    UNDER_REVIEW: { description: "In operation while partners review it." },
    RETIRED: { description: "No longer in operation. Final." },
    WITHDRAWN: { description: "A proposal its proposers withdrew. Final." },
    REJECTED: { description: "A proposal partners did not agree. Final." },
  },
});

/** Statuses in which partners have agreed a pathway: the strategy's "pathways agreed". */
export const AGREED_STATUSES: PathwayStatus[] = ["AGREED", "LIVE", "UNDER_REVIEW"];

export const Sector = {
  HEALTH: "HEALTH",
  SOCIAL_CARE: "SOCIAL_CARE",
  HOUSING: "HOUSING",
  VOLUNTARY_AND_COMMUNITY: "VOLUNTARY_AND_COMMUNITY",
  EMPLOYMENT: "EMPLOYMENT",
  EDUCATION: "EDUCATION",
  CRIMINAL_JUSTICE: "CRIMINAL_JUSTICE",
} as const;
export type Sector = keyof typeof Sector;
export const SECTORS = Object.values(Sector);

registerEnumType(Sector, {
  name: "Sector",
  description:
    'The sectors a pathway spans, as the strategy counts them: "health, social care, housing, voluntary and community sector (VCS)", and more.',
  valuesConfig: {
    VOLUNTARY_AND_COMMUNITY: { description: "Voluntary, community and social enterprise (VCSE)." },
    CRIMINAL_JUSTICE: { description: "Police, courts, probation and health and justice services." },
  },
});

export const ParticipantRole = {
  LEAD: "LEAD",
  REFERRER: "REFERRER",
  PROVIDER: "PROVIDER",
  SUPPORT: "SUPPORT",
  COMMISSIONER: "COMMISSIONER",
} as const;
export type ParticipantRole = keyof typeof ParticipantRole;
export const PARTICIPANT_ROLES = Object.values(ParticipantRole);

registerEnumType(ParticipantRole, {
  name: "ParticipantRole",
  description: "A partner's part in a shared pathway.",
  valuesConfig: {
    LEAD: { description: "Leads the pathway and is accountable for it." },
    REFERRER: { description: "Refers people into the pathway." },
    PROVIDER: { description: "Delivers one or more of its steps." },
    SUPPORT: { description: "Supports people or the pathway without delivering a step." },
    COMMISSIONER: { description: "Commissions or funds it." },
  },
});

export const StepKind = {
  REFERRAL: "REFERRAL",
  TRIAGE: "TRIAGE",
  ASSESSMENT: "ASSESSMENT",
  INTERVENTION: "INTERVENTION",
  TRANSFER_OF_CARE: "TRANSFER_OF_CARE",
  DISCHARGE: "DISCHARGE",
  REVIEW: "REVIEW",
} as const;
export type StepKind = keyof typeof StepKind;

registerEnumType(StepKind, { name: "StepKind", description: "The kind of stage a step is." });

export const ReferralRouteKind = {
  SINGLE_POINT_OF_ACCESS: "SINGLE_POINT_OF_ACCESS",
  SELF_REFERRAL: "SELF_REFERRAL",
  PROFESSIONAL_REFERRAL: "PROFESSIONAL_REFERRAL",
} as const;
export type ReferralRouteKind = keyof typeof ReferralRouteKind;

registerEnumType(ReferralRouteKind, {
  name: "ReferralRouteKind",
  description: "How someone is referred in.",
});

export const ContactMethod = {
  PHONE: "PHONE",
  EMAIL: "EMAIL",
  WEBSITE: "WEBSITE",
  ELECTRONIC_REFERRAL: "ELECTRONIC_REFERRAL",
} as const;
export type ContactMethod = keyof typeof ContactMethod;

registerEnumType(ContactMethod, {
  name: "ContactMethod",
  description: "How to reach a referral contact point.",
  valuesConfig: {
    ELECTRONIC_REFERRAL: { description: "A referral system or shared record (value names it)." },
  },
});

export const PathwayOrder = {
  NAME: "NAME",
  RELEVANCE: "RELEVANCE",
  RECENTLY_UPDATED: "RECENTLY_UPDATED",
  NEXT_REVIEW_DUE: "NEXT_REVIEW_DUE",
} as const;
export type PathwayOrder = keyof typeof PathwayOrder;

registerEnumType(PathwayOrder, {
  name: "SharedPathwayOrder",
  description: "How a list of pathways is sorted.",
  valuesConfig: {
    NAME: { description: "By name, A to Z (the default without search)." },
    RELEVANCE: { description: "Best match first (the default with search; needs search)." },
    RECENTLY_UPDATED: { description: "Most recently changed first." },
    NEXT_REVIEW_DUE: { description: "Soonest review first; those with none last." },
  },
});
