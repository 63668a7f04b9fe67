import { cite, type Cited } from "../../../kit/cite.js";
import { MSEC, TRUST } from "../../../kit/sources.js";
import type {
  ActivityStatus,
  CoproductionStage,
  RateUnit,
  RecognitionKind,
  RecognitionOffer,
} from "../../involvement/involvement-enums.js";

interface Provenance extends Cited {
  illustrative: boolean;
}

export interface SeedRate extends Provenance {
  id: string;
  unit: RateUnit;
  amountPence: number;
  effectiveFrom: string;
}

export interface SeedActivity extends Provenance {
  id: string;
  title: string;
  shapes: string;
  pathwayId: string | null;
  careUnitId: string | null;
  activityDate: string | null;
  expectedHours: number | null;
  deliveredHours: number | null;
  places: number | null;
  recognition: RecognitionOffer | null;
  stage: CoproductionStage;
  status: ActivityStatus;
  recognitions: readonly { kind: RecognitionKind; people: number; hours: number }[];
}

export interface SeedCoproduction extends Provenance {
  id: string;
  pathwayId: string;
  activityId: string | null;
  stage: CoproductionStage;
  summary: string;
  happenedOn: string | null;
  partnerIds: string[];
}

const POLICY = "Strategic objective 3: Lived Experience Team";
const RATE_NOTE =
  "Illustrative: the Reward and Recognition policy was agreed in August 2022 (sourced), but the plans give no rates; these amounts are made up.";

export const PAYMENT_RATES: SeedRate[] = [
  { id: "per-hour-2022-08", unit: "PER_HOUR", amountPence: 1200, effectiveFrom: "2022-08-01" },
  { id: "per-hour-2024-04", unit: "PER_HOUR", amountPence: 1300, effectiveFrom: "2024-04-01" },
  {
    id: "per-session-2022-08",
    unit: "PER_SESSION",
    amountPence: 3000,
    effectiveFrom: "2022-08-01",
  },
  {
    id: "per-session-2024-04",
    unit: "PER_SESSION",
    amountPence: 3250,
    effectiveFrom: "2024-04-01",
  },
].map((rate) => ({
  ...rate,
  unit: rate.unit as RateUnit,
  illustrative: true,
  ...cite(TRUST, POLICY, RATE_NOTE),
}));

const sourced = {
  pathwayId: null,
  careUnitId: null,
  activityDate: null,
  expectedHours: null,
  deliveredHours: null,
  places: null,
  recognition: null,
  recognitions: [],
  illustrative: false,
} as const;

const SOURCED_ACTIVITIES: SeedActivity[] = [
  {
    ...sourced,
    id: "mental-health-urgent-care-department-involvement",
    title: "Lived Experience Team involvement in the new Mental Health Urgent Care Department",
    shapes: "Mental Health Urgent Care Department, Basildon",
    pathwayId: "basildon-mental-health-urgent-care-department",
    careUnitId: "urgent-care-and-inpatient-services",
    stage: "CO_DESIGN",
    status: "COMPLETED",
    ...cite(TRUST, POLICY, {
      quote:
        "The Lived Experience Team has been involved in a range of important programmes, including Time to Care and our new Mental Health Urgent Care Department",
      note: "The department opened in March 2023 (roadmap); no date or hours are given for the involvement.",
    }),
  },
  {
    ...sourced,
    id: "time-to-care-involvement",
    title: "Co-designing Time to Care with lived experience ambassadors",
    shapes:
      "Time to Care: releasing time to care for frontline staff, and the inpatient staffing model",
    careUnitId: "urgent-care-and-inpatient-services",
    stage: "CO_DESIGN",
    status: "FILLED",
    ...cite(TRUST, "Developing our strategy: Opportunities", {
      quote:
        "Proposals are being co-designed and implemented with staff and lived experience ambassadors",
      note: "'Proposals are being co-designed and implemented with staff and lived experience ambassadors.' Also under Strategic objective 3: Lived Experience Team.",
    }),
  },
  {
    ...sourced,
    id: "strategic-plan-involvement",
    title: "Lived Experience Team contribution to the Strategic Plan 2023/24 to 2027/28",
    shapes: "EPUT Strategic Plan 2023/24 to 2027/28",
    stage: "CO_DESIGN",
    status: "COMPLETED",
    ...cite(TRUST, POLICY, {
      quote:
        "The Lived Experience Team has made an invaluable contribution to development of this strategic plan",
    }),
  },
  {
    ...sourced,
    id: "coproduction-model-co-design",
    title: "Co-designing EPUT's co-production model",
    shapes: "The trust's model for co-production with service users",
    stage: "CO_DESIGN",
    status: "OPEN",
    ...cite(TRUST, "Strategic objective 3: Our response", {
      quote: "Co-design co-production models with service users, families and carers",
      note: "Roadmap: 'Co-develop our model for co-production with service users, 2023/24'. No co-production model agreed yet.",
    }),
  },
  {
    ...sourced,
    id: "recruitment-panels",
    title: "Lived experience ambassadors on recruitment and induction",
    shapes: "Recruitment and induction processes",
    stage: "CO_DELIVERY",
    status: "OPEN",
    ...cite(TRUST, "Strategic objective 2: Our priorities (1)", {
      quote:
        "Recruitment and induction processes will be simple and efficient and involve our lived experience ambassadors",
    }),
  },
  {
    ...sourced,
    id: "msec-coproduction-with-healthwatch",
    title: "Co-production with the patient experience team and local Healthwatch",
    shapes: "Mid and South Essex community services",
    careUnitId: "mid-and-south-essex-community",
    stage: "CO_DESIGN",
    status: "OPEN",
    ...cite(MSEC, "Vision, purpose, and strategic objectives", {
      quote:
        "Champion co-production working with the patient experience team, EPUT and local Health Watch",
    }),
  },
];

const STAGES: CoproductionStage[] = [
  "CO_DESIGN",
  "CO_DELIVERY",
  "CO_EVALUATION",
  "CO_COMMISSIONING",
];
const OFFERS: RecognitionOffer[] = [
  "PAYMENT_PER_HOUR",
  "PAYMENT_PER_SESSION",
  "VOUCHER",
  "VOLUNTARY",
];
const UNITS = [
  "urgent-care-and-inpatient-services",
  "mid-and-south-essex-community",
  "north-east-essex-community",
  "west-essex-community",
  "specialist-services",
];
const PATHWAYS = [
  "thurrock-first",
  "essex-family-group-conferencing",
  null,
  "shells-sos-bus",
  null,
];
const SESSION_NOTE =
  "Illustrative: made up so that involvement hours by month has something to draw. The plans say involvement activity and hours increased significantly but give no figures.";

/** Two illustrative sessions a month, April 2023 to March 2025, all completed. Deterministic. */
const ILLUSTRATIVE_SESSIONS: SeedActivity[] = Array.from({ length: 48 }, (_, i) => {
  const month = new Date(Date.UTC(2023, 3 + Math.floor(i / 2), i % 2 === 0 ? 9 : 23));
  const date = month.toISOString().slice(0, 10);
  const places = 3 + (i % 5);
  const expectedHours = places * (2 + (i % 3));
  const deliveredHours = expectedHours - (i % 4 === 3 ? 2 : 0);
  const recognition = OFFERS[i % OFFERS.length]!;
  const kind: RecognitionKind =
    recognition === "VOLUNTARY" ? "VOLUNTARY" : recognition === "VOUCHER" ? "VOUCHER" : "PAID";
  return {
    id: `illustrative-involvement-session-${String(i + 1).padStart(2, "0")}`,
    title: `Involvement session ${i + 1} (illustrative)`,
    shapes: "Service improvement (illustrative)",
    pathwayId: PATHWAYS[i % PATHWAYS.length]!,
    careUnitId: UNITS[i % UNITS.length]!,
    activityDate: date,
    expectedHours,
    deliveredHours,
    places,
    recognition,
    stage: STAGES[i % STAGES.length]!,
    status: "COMPLETED",
    recognitions: [{ kind, people: places, hours: deliveredHours }],
    illustrative: true,
    ...cite(TRUST, POLICY, SESSION_NOTE),
  };
});

export const ACTIVITIES: SeedActivity[] = [...SOURCED_ACTIVITIES, ...ILLUSTRATIVE_SESSIONS];

export const COPRODUCTIONS: SeedCoproduction[] = [
  {
    id: "basildon-mental-health-urgent-care-department-co-design-1",
    pathwayId: "basildon-mental-health-urgent-care-department",
    activityId: "mental-health-urgent-care-department-involvement",
    stage: "CO_DESIGN",
    summary:
      "The Lived Experience Team was involved in developing the new Mental Health Urgent Care Department.",
    happenedOn: null,
    partnerIds: [],
    illustrative: false,
    ...cite(TRUST, POLICY, "No date is given; the department opened in March 2023."),
  },
  {
    id: "thurrock-primary-care-mental-health-co-evaluation-1",
    pathwayId: "thurrock-primary-care-mental-health",
    activityId: null,
    stage: "CO_EVALUATION",
    summary:
      "Service users and Healthwatch Thurrock reviewed experience of the service (illustrative).",
    happenedOn: "2024-06-12",
    partnerIds: ["healthwatch-thurrock"],
    illustrative: true,
    ...cite(
      MSEC,
      "Strategic objective 3: We will work with our partners to make our services better (Primary Care Mental Health service)",
      "Illustrative: the plan reports GP and service user satisfaction with the service, but no co-production; this record is made up to show the field.",
    ),
  },
];
