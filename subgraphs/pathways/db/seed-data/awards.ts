import { cite, type Cited } from "../../../kit/cite.js";
import { MSEC, TRUST } from "../../../kit/sources.js";
import type { AwardResult } from "../../award/award-enums.js";

export interface SeedAward extends Cited {
  id: string;
  name: string;
  event: string;
  result: AwardResult;
  awardedIn: string | null;
  recipient: string;
  pathwayId: string | null;
  serviceId: string | null;
  partnerIds: string[];
}

const UNDATED = "The plan does not date it.";

/** Every award and commendation the two plans report. */
export const AWARDS: SeedAward[] = [
  {
    id: "basildon-mental-health-unit-patient-safety-award",
    name: "Best Patient Safety Initiative",
    event: "Building Better Healthcare Awards",
    result: "WON",
    awardedIn: null,
    recipient: "EPUT's project to improve accommodation at the Basildon Mental Health Unit",
    pathwayId: null,
    serviceId: "basildon-mental-health-unit",
    partnerIds: ["eput"],
    ...cite(TRUST, "Context: Our journey", {
      quote:
        "Our project to improve accommodation at our Basildon Mental Health Unit won a Building Better Healthcare Award for the Best Patient Safety Initiative",
      note: UNDATED,
    }),
  },
  {
    id: "family-group-conferencing-positive-practice-2022",
    name: "Positive Practice in Mental Health Awards",
    event: "Positive Practice in Mental Health Awards 2022",
    result: "HIGHLY_COMMENDED",
    awardedIn: "2022",
    recipient: "The Essex Mental Health Family Group Conferencing team",
    pathwayId: "essex-family-group-conferencing",
    serviceId: null,
    partnerIds: ["eput"],
    ...cite(TRUST, "Strategic objective 1: Essex Mental Health Family Group Conferencing Service", {
      quote: "the team was Highly Commended at Positive Practice in the 2022 Mental Health Awards",
    }),
  },
  {
    id: "family-group-conferencing-nhs-parliamentary-2022",
    name: "Regional Excellence in Mental Health Care Award",
    event: "NHS Parliamentary Awards 2022",
    result: "WON",
    awardedIn: "2022",
    recipient: "The Essex Mental Health Family Group Conferencing team",
    pathwayId: "essex-family-group-conferencing",
    serviceId: null,
    partnerIds: ["eput"],
    ...cite(TRUST, "Strategic objective 1: Essex Mental Health Family Group Conferencing Service", {
      quote:
        "won the Regional Excellence in Mental Health Care Award at the 2022 NHS Parliamentary Awards",
    }),
  },
  {
    id: "clinical-associate-in-psychology-hsj-workforce-award",
    name: "Workforce Initiative of the Year",
    event: "Health Service Journal Awards",
    result: "WON",
    awardedIn: null,
    recipient:
      "EPUT, East London NHS Foundation Trust and Southern Health and Care Trust, for introducing Clinical Associates in Psychology into the mental health workforce",
    pathwayId: null,
    serviceId: null,
    partnerIds: ["eput", "east-london-nhs-ft", "southern-health-and-care-trust"],
    ...cite(TRUST, "Strategic objective 2: New Clinical Associate role in Psychology", {
      quote:
        "We have recently won the Health Service Journal Workforce Initiative of the Year award jointly with East London NHS Foundation Trust and Southern Health and Care Trust",
      note: `'Recently': ${UNDATED}`,
    }),
  },
  {
    id: "brockfield-house-positive-practice-2022",
    name: "Integrating Physical and Mental Health (overall winners)",
    event: "National Positive Practice in Mental Health Awards",
    result: "WON",
    awardedIn: "2022-10",
    recipient: "Brockfield House Secure Services",
    pathwayId: null,
    serviceId: "brockfield-house-secure-services",
    partnerIds: ["eput"],
    ...cite(TRUST, "Strategic objective 3: Integrating physical and mental health services", {
      quote:
        "In October 2022, Brockfield House Secure Services in EPUT were the overall winners in the category of ‘Integrating Physical and Mental Health’",
    }),
  },
  {
    id: "shells-sos-bus-health-equalities-2022",
    name: "Health Equalities Award",
    event: "NHS Parliamentary Awards 2022 (national finals)",
    result: "WON",
    awardedIn: "2022",
    recipient: "The SHELLS SOS bus",
    pathwayId: "shells-sos-bus",
    serviceId: null,
    partnerIds: ["eput"],
    ...cite(TRUST, "Strategic objective 4: SHELLS SOS bus", {
      quote:
        "The SHELLS SOS bus won the Health Equalities Award in the national finals of the NHS Parliamentary Awards 2022",
    }),
  },
  {
    id: "mid-essex-rough-sleeper-outreach-working-in-partnership",
    name: "Working in Partnership award",
    event: "Essex Housing Awards",
    result: "WON",
    awardedIn: null,
    recipient: "The Mid Essex Rough Sleeper Initiative Outreach Service",
    pathwayId: "mid-essex-rough-sleeper-outreach",
    serviceId: null,
    partnerIds: [],
    ...cite(MSEC, "Strategic objective 3: Introduction", {
      quote:
        "was presented with the Working in Partnership award at the recent Essex Housing Awards",
      note: `'Recent': ${UNDATED} The service's partners are not named, so no organisation is recorded as its recipient.`,
    }),
  },
];
