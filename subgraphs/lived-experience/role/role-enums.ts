import { registerEnumType } from "type-graphql";

export const RoleKind = {
  PEER_SUPPORT_WORKER: "PEER_SUPPORT_WORKER",
  SENIOR_PEER_SUPPORT_WORKER: "SENIOR_PEER_SUPPORT_WORKER",
  LIVED_EXPERIENCE_PRACTITIONER: "LIVED_EXPERIENCE_PRACTITIONER",
  LIVED_EXPERIENCE_AMBASSADOR: "LIVED_EXPERIENCE_AMBASSADOR",
  EXPERT_BY_EXPERIENCE: "EXPERT_BY_EXPERIENCE",
  LIVED_EXPERIENCE_LEADERSHIP: "LIVED_EXPERIENCE_LEADERSHIP",
  INTEGRATED_CARE_WORKER: "INTEGRATED_CARE_WORKER",
} as const;
export type RoleKind = keyof typeof RoleKind;
export const ROLE_KINDS = Object.values(RoleKind);

/** Kinds whose posts count as peer support on a ward. */
export const PEER_SUPPORT_KINDS: RoleKind[] = ["PEER_SUPPORT_WORKER", "SENIOR_PEER_SUPPORT_WORKER"];

registerEnumType(RoleKind, {
  name: "LivedExperienceRoleKind",
  description: "What sort of lived experience post it is.",
  valuesConfig: {
    SENIOR_PEER_SUPPORT_WORKER: { description: "Senior peer support worker or coordinator." },
    LIVED_EXPERIENCE_AMBASSADOR: {
      description: "A sessional member of the trust's Lived Experience Team.",
    },
    LIVED_EXPERIENCE_LEADERSHIP: {
      description: "A lived experience leadership role, up to board.",
    },
    INTEGRATED_CARE_WORKER: {
      description:
        "A new flexible role the strategy introduces alongside peer support workers. The plans do not call it a lived experience role: leave it out with the `kinds` filter where that matters.",
    },
  },
});

export const RoleLevel = {
  WARD: "WARD",
  TEAM: "TEAM",
  SERVICE: "SERVICE",
  CARE_UNIT: "CARE_UNIT",
  TRUST_BOARD: "TRUST_BOARD",
} as const;
export type RoleLevel = keyof typeof RoleLevel;
export const ROLE_LEVELS = Object.values(RoleLevel);

registerEnumType(RoleLevel, {
  name: "LivedExperienceLevel",
  description: 'Where in the organisation a post sits, "from ward to board".',
});

export const RoleStatus = {
  PLANNED: "PLANNED",
  ADVERTISED: "ADVERTISED",
  FILLED: "FILLED",
  VACANT: "VACANT",
} as const;
export type RoleStatus = keyof typeof RoleStatus;
export const ROLE_STATUSES = Object.values(RoleStatus);

registerEnumType(RoleStatus, {
  name: "LivedExperienceRoleStatus",
  description:
    "A post's lifecycle: PLANNED → ADVERTISED → FILLED → VACANT, and from VACANT back to ADVERTISED or FILLED.",
});

export const Arrangement = {
  EPUT_POST: "EPUT_POST",
  JOINT_POST: "JOINT_POST",
  PARTNER_HOSTED: "PARTNER_HOSTED",
} as const;
export type Arrangement = keyof typeof Arrangement;

registerEnumType(Arrangement, {
  name: "RoleArrangement",
  description: "Who employs the post.",
  valuesConfig: {
    JOINT_POST: { description: "Shared with a partner, e.g. the voluntary sector." },
    PARTNER_HOSTED: { description: "Employed by a partner, working in EPUT's services." },
  },
});

export const Band = {
  BAND_2: "BAND_2",
  BAND_3: "BAND_3",
  BAND_4: "BAND_4",
  BAND_5: "BAND_5",
  BAND_6: "BAND_6",
  BAND_7: "BAND_7",
  BAND_8A: "BAND_8A",
  BAND_8B: "BAND_8B",
  BAND_8C: "BAND_8C",
  BAND_8D: "BAND_8D",
  BAND_9: "BAND_9",
} as const;
export type Band = keyof typeof Band;

registerEnumType(Band, {
  name: "AgendaForChangeBand",
  description: "NHS Agenda for Change pay band of a paid post.",
});
