import { cite, type Cited } from "../../../kit/cite.js";
import { TRUST } from "../../../kit/sources.js";
import type { Arrangement, Band, RoleKind, RoleLevel, RoleStatus } from "../../role/role-enums.js";

export interface SeedRole extends Cited {
  id: string;
  title: string;
  kind: RoleKind;
  level: RoleLevel;
  careUnitId: string | null;
  wardOrTeam: string | null;
  arrangement: Arrangement;
  hostPartnerId: string | null;
  band: Band | null;
  hoursPerWeek: number | null;
  status: RoleStatus;
  startDate: string | null;
  /** Illustrative only: whether the (made-up) holder has lived experience of LD or autism. */
  ldOrAutism: boolean | null;
  illustrative: boolean;
}

const base = {
  careUnitId: null,
  wardOrTeam: null,
  arrangement: "EPUT_POST",
  hostPartnerId: null,
  band: null,
  hoursPerWeek: null,
  startDate: null,
  ldOrAutism: null,
  illustrative: false,
} as const;

const pad = (n: number) => String(n).padStart(2, "0");

/** "We have grown our team of lived experience ambassadors from 10 to 60 people." */
const AMBASSADORS: SeedRole[] = Array.from({ length: 60 }, (_, i) => ({
  ...base,
  id: `lived-experience-ambassador-${pad(i + 1)}`,
  title: "Lived experience ambassador",
  kind: "LIVED_EXPERIENCE_AMBASSADOR",
  level: "TEAM",
  wardOrTeam: "Lived Experience Team",
  status: "FILLED",
  ...cite(
    TRUST,
    "Strategic objective 3: Lived Experience Team",
    "The plan counts 60 ambassadors (grown from 10 over the year); each is recorded as one sessional post, trust-wide. Start dates are not given.",
  ),
}));

const UCI = "urgent-care-and-inpatient-services";
const PILOT_NOTE =
  "Illustrative: the plans commit to 'peer support workers on every ward' and a 2023 pilot on inpatient wards, and the Urgent Care and Inpatients care unit has 23 wards, but give no figures. These posts, their wards (placeholder names), statuses, bands, hours, start dates and holders' flags are made up for demonstration.";

/** Illustrative status of the pilot post on each of the 23 wards (1-based ward number). */
function pilotStatus(ward: number): RoleStatus {
  if (ward <= 9) return "FILLED";
  if (ward <= 11) return "ADVERTISED";
  if (ward === 12) return "VACANT";
  return "PLANNED";
}

const PEER_SUPPORT_PILOT: SeedRole[] = [
  ...Array.from({ length: 23 }, (_, i) => i + 1),
  1, // a second post on the first ward: coverage counts wards, not posts
].map((ward, i) => {
  const status = pilotStatus(ward);
  return {
    ...base,
    id: `inpatient-peer-support-worker-${pad(i + 1)}`,
    title: "Peer support worker, inpatient ward",
    kind: "PEER_SUPPORT_WORKER" as const,
    level: "WARD" as const,
    careUnitId: UCI,
    wardOrTeam: `Inpatient ward ${pad(ward)} (placeholder)`,
    band: "BAND_3" as const,
    hoursPerWeek: 37.5,
    status,
    startDate: status === "FILLED" ? `2023-${pad(4 + (i % 6))}-01` : null,
    ldOrAutism: status === "FILLED" ? i === 2 || i === 5 : null,
    illustrative: true,
    ...cite(TRUST, "Strategic objective 2: Our priorities (2)", PILOT_NOTE),
  };
});

export const ROLES: SeedRole[] = [
  ...AMBASSADORS,
  ...PEER_SUPPORT_PILOT,
  {
    ...base,
    id: "inpatient-senior-peer-support-coordinator",
    title: "Senior peer support worker (coordinator), inpatient services",
    kind: "SENIOR_PEER_SUPPORT_WORKER",
    level: "CARE_UNIT",
    careUnitId: UCI,
    band: "BAND_5",
    hoursPerWeek: 37.5,
    status: "PLANNED",
    illustrative: true,
    ...cite(TRUST, "Strategic objective 2: Our priorities (2)", PILOT_NOTE),
  },
  {
    ...base,
    id: "lived-experience-board-leadership",
    title: "Lived experience leadership role (board level)",
    kind: "LIVED_EXPERIENCE_LEADERSHIP",
    level: "TRUST_BOARD",
    status: "PLANNED",
    ...cite(TRUST, "Delivering our plan: Roadmap", {
      quote: "Lived experience leadership embedded across EPUT",
      note: "Roadmap: 'Lived experience leadership embedded across EPUT, 2028'; Strategic objective 3 commits to shared decision making 'from ward to board'. No post is described in detail.",
    }),
  },
  {
    ...base,
    id: "north-east-essex-coproduction-role",
    title: "Lived experience role for co-production, North East Essex",
    kind: "LIVED_EXPERIENCE_PRACTITIONER",
    level: "SERVICE",
    careUnitId: "north-east-essex-community",
    status: "PLANNED",
    ...cite(TRUST, "Care unit strategic plans: North East Essex Community", {
      quote: "We will introduce lived experience roles to ensure coproduction",
      note: "'We will introduce lived experience roles to ensure coproduction in our services.'",
    }),
  },
];

/**
 * Posts an earlier seed held that the plans do not call lived experience roles: a joint post with
 * the voluntary sector (now a proposed agreement in the partners subgraph) and an integrated care
 * worker (a new role the plans list beside peer support workers). A database seeded with them has
 * them taken out, while they stand as seeded.
 */
export const NOT_LIVED_EXPERIENCE_POSTS = [
  "trust-links-joint-lived-experience-post",
  "west-essex-integrated-care-worker",
];
