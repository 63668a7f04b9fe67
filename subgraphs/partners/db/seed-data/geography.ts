import { MSEC, TRUST } from "../../../kit/sources.js";
import { cite, type Cited } from "../../../kit/cite.js";

export interface SeedIcs extends Cited {
  id: string;
  name: string;
  eputInvolvement: "PLACE_BASED_AND_SPECIALIST_SERVICES" | "SPECIALIST_SERVICES_ONLY";
  icbPartnerId: string;
  description: string;
}

const OUR_PARTNERSHIPS = "Context: Our partnerships";

export const INTEGRATED_CARE_SYSTEMS: SeedIcs[] = [
  {
    id: "mid-and-south-essex",
    name: "Mid and South Essex",
    eputInvolvement: "PLACE_BASED_AND_SPECIALIST_SERVICES",
    icbPartnerId: "mid-and-south-essex-icb",
    description:
      "Four place-based alliances; the Mid and South Essex Community care unit works across three upper-tier local authorities here.",
    ...cite(TRUST, OUR_PARTNERSHIPS),
  },
  {
    id: "hertfordshire-and-west-essex",
    name: "Hertfordshire and West Essex",
    eputInvolvement: "PLACE_BASED_AND_SPECIALIST_SERVICES",
    icbPartnerId: "hertfordshire-and-west-essex-icb",
    description: "The West Essex Community care unit sits within this system.",
    ...cite(TRUST, OUR_PARTNERSHIPS),
  },
  {
    id: "suffolk-and-north-east-essex",
    name: "Suffolk and North East Essex",
    eputInvolvement: "PLACE_BASED_AND_SPECIALIST_SERVICES",
    icbPartnerId: "suffolk-and-north-east-essex-icb",
    description: "North East Essex is one of three places in this system.",
    ...cite(TRUST, OUR_PARTNERSHIPS),
  },
  {
    id: "bedfordshire-luton-and-milton-keynes",
    name: "Bedfordshire, Luton and Milton Keynes",
    eputInvolvement: "SPECIALIST_SERVICES_ONLY",
    icbPartnerId: "bedfordshire-luton-and-milton-keynes-icb",
    description: "EPUT provides some specialist services here.",
    ...cite(TRUST, OUR_PARTNERSHIPS, { quote: "Bedfordshire, Luton, and Milton Keynes" }),
  },
];

export interface SeedPlace extends Cited {
  id: string;
  name: string;
  icsId: string;
  description: string;
}

export const PLACES: SeedPlace[] = [
  {
    id: "north-east-essex",
    name: "North East Essex",
    icsId: "suffolk-and-north-east-essex",
    description: "The North East Essex Alliance: Colchester and Tendring, with six neighbourhoods.",
    ...cite(TRUST, "Care unit strategic plans: North East Essex Community"),
  },
  {
    id: "west-essex",
    name: "West Essex",
    icsId: "hertfordshire-and-west-essex",
    description: "Epping, Harlow and Uttlesford.",
    ...cite(TRUST, "Care unit strategic plans: West Essex Community"),
  },
  {
    id: "mid-essex",
    name: "Mid Essex",
    icsId: "mid-and-south-essex",
    description: "Place-based alliance in Mid and South Essex.",
    ...cite(MSEC, "About the care unit"),
  },
  {
    id: "basildon-and-brentwood",
    name: "Basildon and Brentwood",
    icsId: "mid-and-south-essex",
    description: "Place-based alliance in Mid and South Essex.",
    ...cite(MSEC, "About the care unit"),
  },
  {
    id: "thurrock",
    name: "Thurrock",
    icsId: "mid-and-south-essex",
    description:
      "Place-based alliance in Mid and South Essex; home of Thurrock First, the single point of access.",
    ...cite(MSEC, "About the care unit"),
  },
  {
    id: "south-east-essex",
    name: "South East Essex",
    icsId: "mid-and-south-essex",
    description: "Place-based alliance in Mid and South Essex, including Southend.",
    ...cite(TRUST, OUR_PARTNERSHIPS),
  },
];

export interface SeedCareUnit extends Cited {
  id: string;
  name: string;
  coverage: "PLACE_BASED" | "TRUST_WIDE" | "REGIONAL";
  placeIds: string[];
  description: string;
  wardCount?: number;
}

export const CARE_UNITS: SeedCareUnit[] = [
  {
    id: "west-essex-community",
    name: "West Essex Community",
    coverage: "PLACE_BASED",
    placeIds: ["west-essex"],
    description:
      "Adult primary and community mental health services alongside community physical health services across Epping, Harlow and Uttlesford.",
    ...cite(TRUST, "Care unit strategic plans: West Essex Community"),
  },
  {
    id: "mid-and-south-essex-community",
    name: "Mid and South Essex Community",
    coverage: "PLACE_BASED",
    placeIds: ["mid-essex", "basildon-and-brentwood", "thurrock", "south-east-essex"],
    description:
      "Adult primary and community mental health services in Mid and South Essex, alongside community physical health services across South East Essex.",
    ...cite(MSEC, "About the care unit"),
  },
  {
    id: "north-east-essex-community",
    name: "North East Essex Community",
    coverage: "PLACE_BASED",
    placeIds: ["north-east-essex"],
    description:
      "Primary and community mental health services across Colchester and Tendring, and three trust-wide services: perinatal mental health, the children's learning disability service and Allied Health Professional services.",
    ...cite(TRUST, "Care unit strategic plans: North East Essex Community"),
  },
  {
    id: "urgent-care-and-inpatient-services",
    name: "Urgent Care and Inpatient Services",
    coverage: "TRUST_WIDE",
    placeIds: [],
    wardCount: 23,
    description:
      "Urgent, emergency and inpatient mental health services across Essex, Southend and Thurrock: adult and older adult wards across Chelmsford, Colchester, Rochford, Harlow, Clacton, Basildon, Thurrock and Epping, a trust-wide rehabilitation unit, two nursing homes, and liaison teams in the five acute hospitals in Essex.",
    ...cite(TRUST, "Care unit strategic plans: Urgent Care and Inpatients"),
  },
  {
    id: "specialist-services",
    name: "Specialist Services",
    coverage: "REGIONAL",
    placeIds: [],
    description:
      "Forensic, secure, inpatient CAMHS, learning disability, drug and alcohol, veterans, health outreach, perinatal inpatient and health and justice services across Essex and the East of England.",
    ...cite(TRUST, "Care unit strategic plans: Specialist Services"),
  },
  {
    id: "psychological-services",
    name: "Psychological Services",
    coverage: "TRUST_WIDE",
    placeIds: [],
    description:
      "Its commitments and priorities are integrated across the strategic plans of the other care units.",
    ...cite(TRUST, "Delivering our plan: New operating model"),
  },
];
