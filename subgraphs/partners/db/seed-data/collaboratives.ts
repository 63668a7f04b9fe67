import { MSEC, TRUST } from "../../../kit/sources.js";
import { cite, type Cited } from "../../../kit/cite.js";

export interface SeedCollaborative extends Cited {
  id: string;
  name: string;
  kind: "PROVIDER_COLLABORATIVE" | "INTEGRATED_CARE_COLLABORATIVE" | "STRATEGIC_PARTNERSHIP";
  status: "ACTIVE" | "PROPOSED";
  icsId?: string;
  leadPartnerId?: string;
  startDate?: string;
  description: string;
}

export const COLLABORATIVES: SeedCollaborative[] = [
  {
    id: "mid-and-south-essex-community-collaborative",
    name: "Mid and South Essex Community Collaborative",
    kind: "PROVIDER_COLLABORATIVE",
    status: "ACTIVE",
    icsId: "mid-and-south-essex",
    startDate: "2020-09-01",
    description:
      "Brings together the providers of community health services across Mid and South Essex to share best practice and reduce inequalities; jointly appointed partnership directors lead it.",
    ...cite(
      MSEC,
      "About the care unit; Journey so far",
      "Formed in September 2020: the day is not given.",
    ),
  },
  {
    id: "north-east-essex-community-collaborative",
    name: "North East Essex Community Collaborative",
    kind: "PROVIDER_COLLABORATIVE",
    status: "ACTIVE",
    icsId: "suffolk-and-north-east-essex",
    description:
      "Brings together providers delivering community health services in North East Essex.",
    ...cite(TRUST, "Context: Introduction", {
      quote:
        "North East Essex – the Community Collaborative brings together providers delivering community health services",
    }),
  },
  {
    id: "east-of-england-specialist-mental-health-provider-collaborative",
    name: "East of England Specialist Mental Health Provider Collaborative",
    kind: "PROVIDER_COLLABORATIVE",
    status: "ACTIVE",
    leadPartnerId: "eput",
    description:
      "Brings together mental health providers across the region for specialist services such as children and young people's inpatient and forensic services; EPUT is the regional lead provider for forensic mental health services.",
    ...cite(TRUST, "Context: Introduction; Context: Our journey"),
  },
  {
    id: "north-east-essex-integrated-care-collaborative",
    name: "North East Essex Integrated Care Collaborative",
    kind: "INTEGRATED_CARE_COLLABORATIVE",
    status: "PROPOSED",
    icsId: "suffolk-and-north-east-essex",
    description: "Roadmap milestone for 2023 (strategic objective 3): agree the collaborative.",
    ...cite(TRUST, "Delivering our plan: Roadmap"),
  },
  {
    id: "southend-essex-and-thurrock-mental-health-collaboration",
    name: "Southend, Essex and Thurrock All-Age Mental Health Collaboration",
    kind: "STRATEGIC_PARTNERSHIP",
    status: "PROPOSED",
    description:
      "Collaborative arrangements being established, with the NHS, local authorities, the voluntary sector, the police and people with lived experience, to implement the refreshed all-age mental health strategy (roadmap: 2023/24).",
    ...cite(TRUST, "Context: Introduction; Delivering our plan: Roadmap", {
      quote:
        "to refresh the all-age mental health strategy for Southend, Essex and Thurrock and to establish collaborative arrangements to implement it",
    }),
  },
];

export interface SeedMembership extends Cited {
  partnerId: string;
  group: { ics: string } | { place: string } | { collaborative: string };
  role?: string;
  startDate?: string;
  endDate?: string;
}

const MSE_COLLAB = "mid-and-south-essex-community-collaborative";
const SET_COLLAB = "southend-essex-and-thurrock-mental-health-collaboration";
const THREE_PROVIDERS =
  "The care unit plan speaks of 'the three providers' of the collaborative and names Provide and North East London NHS Foundation Trust as community providers in the area.";

export const MEMBERSHIPS: SeedMembership[] = [
  ...[
    "mid-and-south-essex",
    "hertfordshire-and-west-essex",
    "suffolk-and-north-east-essex",
    "bedfordshire-luton-and-milton-keynes",
  ].map((ics): SeedMembership => ({
    partnerId: "eput",
    group: { ics },
    role: "NHS provider",
    ...cite(TRUST, "Context: Our partnerships"),
  })),
  {
    partnerId: "mid-and-south-essex-icb",
    group: { ics: "mid-and-south-essex" },
    role: "Integrated care board",
    ...cite(TRUST, "Context: Our partnerships"),
  },
  {
    partnerId: "hertfordshire-and-west-essex-icb",
    group: { ics: "hertfordshire-and-west-essex" },
    role: "Integrated care board",
    ...cite(TRUST, "Context: Our partnerships"),
  },
  {
    partnerId: "suffolk-and-north-east-essex-icb",
    group: { ics: "suffolk-and-north-east-essex" },
    role: "Integrated care board",
    ...cite(TRUST, "Context: Our partnerships"),
  },
  {
    partnerId: "bedfordshire-luton-and-milton-keynes-icb",
    group: { ics: "bedfordshire-luton-and-milton-keynes" },
    role: "Integrated care board",
    ...cite(TRUST, "Context: Our partnerships"),
  },
  {
    partnerId: "mid-and-south-essex-nhs-ft",
    group: { ics: "mid-and-south-essex" },
    role: "Acute provider",
    ...cite(MSEC, "Journey so far"),
  },
  ...[
    "north-east-essex",
    "west-essex",
    "mid-essex",
    "basildon-and-brentwood",
    "thurrock",
    "south-east-essex",
  ].map((place): SeedMembership => ({
    partnerId: "eput",
    group: { place },
    role: "Alliance partner",
    ...cite(TRUST, "Context: Our partnerships"),
  })),
  {
    partnerId: "essex-county-council",
    group: { place: "mid-essex" },
    role: "Local authority",
    ...cite(MSEC, "Strategic objective 3: Our key priorities"),
  },
  {
    partnerId: "provide",
    group: { place: "mid-essex" },
    role: "Community provider",
    ...cite(MSEC, "Strategic objective 3: Our key priorities"),
  },
  {
    partnerId: "thurrock-council",
    group: { place: "thurrock" },
    role: "Local authority",
    ...cite(MSEC, "Strategic objective 4: Introduction"),
  },
  {
    partnerId: "north-east-london-nhs-ft",
    group: { place: "thurrock" },
    role: "Community provider",
    ...cite(MSEC, "Strategic objective 4: Introduction"),
  },
  {
    partnerId: "healthwatch-thurrock",
    group: { place: "thurrock" },
    role: "Local Healthwatch",
    ...cite(TRUST, "Developing our strategy: Identifying our priorities"),
  },
  {
    partnerId: "southend-city-council",
    group: { place: "south-east-essex" },
    role: "Local authority",
    ...cite(TRUST, "Context: Our partnerships", {
      quote: "South East Essex (including Southend)",
      note: "South East Essex includes Southend.",
    }),
  },
  {
    partnerId: "healthwatch-southend",
    group: { place: "south-east-essex" },
    role: "Local Healthwatch",
    ...cite(
      TRUST,
      "Developing our strategy: Identifying our priorities",
      "South East Essex includes Southend.",
    ),
  },
  {
    partnerId: "trust-links",
    group: { place: "south-east-essex" },
    role: "Voluntary sector partner",
    ...cite(MSEC, "Strategic objective 3: Our key priorities"),
  },
  {
    partnerId: "eput",
    group: { collaborative: MSE_COLLAB },
    role: "Provider",
    startDate: "2020-09-01",
    ...cite(MSEC, "About the care unit"),
  },
  {
    partnerId: "provide",
    group: { collaborative: MSE_COLLAB },
    role: "Provider",
    startDate: "2020-09-01",
    ...cite(MSEC, "Strategic objective 1: Our key priorities", {
      quote: "Bringing together strengths across the three providers",
      note: THREE_PROVIDERS,
    }),
  },
  {
    partnerId: "north-east-london-nhs-ft",
    group: { collaborative: MSE_COLLAB },
    role: "Provider",
    startDate: "2020-09-01",
    ...cite(MSEC, "Strategic objective 1: Our key priorities", {
      quote: "Bringing together strengths across the three providers",
      note: THREE_PROVIDERS,
    }),
  },
  {
    partnerId: "eput",
    group: { collaborative: "north-east-essex-community-collaborative" },
    role: "Provider",
    ...cite(TRUST, "Context: Introduction"),
  },
  {
    partnerId: "eput",
    group: { collaborative: "east-of-england-specialist-mental-health-provider-collaborative" },
    role: "Lead provider for forensic mental health services",
    ...cite(TRUST, "Context: Our journey"),
  },
  {
    partnerId: "eput",
    group: { collaborative: "north-east-essex-integrated-care-collaborative" },
    role: "Provider",
    ...cite(TRUST, "Delivering our plan: Roadmap"),
  },
  ...[
    "eput",
    "essex-county-council",
    "thurrock-council",
    "southend-city-council",
    "essex-police",
  ].map((partnerId): SeedMembership => ({
    partnerId,
    group: { collaborative: SET_COLLAB },
    ...cite(
      TRUST,
      "Context: Introduction",
      partnerId === "eput"
        ? undefined
        : "Inferred: the plan says it works with 'local authorities' and 'the police' for Southend, Essex and Thurrock without naming them; the councils are those it names as its local authority partners, and Essex Police is the force for the area.",
    ),
  })),
];
