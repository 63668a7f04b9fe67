import { cite, type Cited } from "../../../kit/cite.js";
import { MSEC, TRUST } from "../../../kit/sources.js";
import type { ServiceKind } from "../../service/service-enums.js";

export interface SeedService extends Cited {
  id: string;
  name: string;
  description: string;
  kind: ServiceKind;
  providerId: string;
  careUnitId: string | null;
  placeIds: string[];
}

const MSE = "mid-and-south-essex-community";
const NEE = "north-east-essex-community";
const UCI = "urgent-care-and-inpatient-services";
const SPECIALIST = "specialist-services";
const SOUTH_EAST = "south-east-essex";

const service = (s: Omit<SeedService, "providerId"> & { providerId?: string }): SeedService => ({
  ...s,
  providerId: s.providerId ?? "eput",
});

/**
 * The services the plans name that are not pathways shared with partners: each partner system
 * should know they exist. Every one is EPUT's; the plans name no other partner's service alone.
 */
export const SERVICES: SeedService[] = [
  service({
    id: "iapt-south-east-essex",
    name: "Improving Access to Psychological Therapies (IAPT), South East Essex",
    description:
      "Talking therapies, provided by EPUT in South East Essex only; the care unit is exploring how to integrate IAPT with secondary mental health care.",
    kind: "TALKING_THERAPIES",
    careUnitId: MSE,
    placeIds: [SOUTH_EAST],
    ...cite(MSEC, "Strategic objective 3: Introduction", {
      quote:
        "Improving Access to Psychological Therapy (IAPT) services are provided by EPUT in the South East only",
    }),
  }),
  service({
    id: "mse-virtual-wards",
    name: "Virtual wards: respiratory, frailty and remote monitoring",
    description:
      "Well-used virtual wards for respiratory and frailty care; the remote monitoring wards use Wizan, which takes all vital signs in patients' homes. Expansion, including to mental health, is a commitment of the care unit.",
    kind: "VIRTUAL_WARD",
    careUnitId: MSE,
    placeIds: [SOUTH_EAST],
    ...cite(MSEC, "Strategic objective 1: Introduction", {
      quote: "There are well-utilised 'virtual wards' for respiratory and frailty",
      note: "Inferred: the place is where the care unit provides community physical health services; the plan does not say where the wards are.",
    }),
  }),
  service({
    id: "spirometry-clinicabin-rochford",
    name: "Spirometry Clinicabin, Rochford",
    description:
      "A spirometry clinic in a cabin, set up to clear the backlog of patients from the pandemic.",
    kind: "CLINIC",
    careUnitId: MSE,
    placeIds: [SOUTH_EAST],
    ...cite(MSEC, "Strategic objective 1: Introduction", {
      quote:
        "We have developed a Spirometry clinical cabin that focuses on clearing the backlog of patients through the pandemic",
      note: "Rochford is named in the photograph's caption ('Spirometry Clinicabin, Rochford'); Rochford lies in South East Essex.",
    }),
  }),
  service({
    id: "lighthouse-childrens-centre",
    name: "Lighthouse Children's Centre",
    description:
      "Transferred from Mid and South Essex NHS Foundation Trust to EPUT in 2022; funding is agreed to clear its backlog of long waits, and its model of care will be reviewed.",
    kind: "CHILDREN_AND_YOUNG_PEOPLE",
    careUnitId: MSE,
    placeIds: [],
    ...cite(MSEC, "Journey so far", {
      quote:
        "2022 saw the Lighthouse Children's Centre transfer from Mid and South Essex NHS Foundation Trust to EPUT provision",
    }),
  }),
  service({
    id: "mse-mental-health-workers-in-primary-care",
    name: "Mental health workers in primary care, Mid and South Essex",
    description: "Every area of the care unit now has mental health workers in primary care.",
    kind: "COMMUNITY_MENTAL_HEALTH",
    careUnitId: MSE,
    placeIds: [],
    ...cite(MSEC, "Strategic objective 1: Introduction", {
      quote: "All areas in the care unit now have mental health workers in primary care",
    }),
  }),
  service({
    id: "south-east-essex-older-adult-mental-health-and-frailty",
    name: "Older adult mental health, dementia and frailty service, South East Essex",
    description:
      "Community Health Care Coordination and the Dementia & Older Adult Community Mental Health Services brought together under one service manager, with physical and mental health professionals in one service.",
    kind: "COMMUNITY_MENTAL_HEALTH",
    careUnitId: MSE,
    placeIds: [SOUTH_EAST],
    ...cite(MSEC, "Strategic objective 2: Our key priorities", {
      quote:
        "In South East Essex, we have developed a new Service Manager role to lead on older adult mental health, dementia, and frailty in the community",
    }),
  }),
  ...(
    [
      [
        "mse-dementia-intensive-support",
        "Dementia Intensive Support",
        "COMMUNITY_MENTAL_HEALTH",
        "Demand for Dementia Intensive Support has increased strongly",
      ],
      [
        "mse-first-response-teams",
        "First Response Teams",
        "COMMUNITY_PHYSICAL_HEALTH",
        "Acuity of cases seen in the First Response Teams appears to have increased",
      ],
      [
        "mse-integrated-adult-services",
        "Integrated Adult Services",
        "COMMUNITY_PHYSICAL_HEALTH",
        "Referrals and contacts within Integrated Adult Services have remained fairly consistent",
      ],
      [
        "mse-community-podiatry",
        "Community Podiatry",
        "COMMUNITY_PHYSICAL_HEALTH",
        "Acuity of cases seen in Community Podiatry also appears to have increased",
      ],
    ] as const
  ).map(([id, name, kind, quote]) =>
    service({
      id,
      name,
      description: `${name} of the Mid and South Essex Community care unit; its demand trends are the care unit's key facts.`,
      kind,
      careUnitId: MSE,
      placeIds: [],
      ...cite(MSEC, "About the care unit: Demand", {
        quote,
        note:
          kind === "COMMUNITY_PHYSICAL_HEALTH"
            ? "Inferred: named in the demand analysis without a description; read as community physical health services, which the care unit provides."
            : undefined,
      }),
    }),
  ),
  ...(
    [
      ["perinatal-mental-health", "Perinatal mental health", "PERINATAL"],
      [
        "childrens-learning-disability-service",
        "Children's learning disability service (CLDS)",
        "LEARNING_DISABILITY",
      ],
      [
        "allied-health-professional-services",
        "Allied Health Professional services",
        "ALLIED_HEALTH",
      ],
    ] as const
  ).map(([id, name, kind]) =>
    service({
      id,
      name,
      description: `A trust-wide service of the North East Essex Community care unit.`,
      kind,
      careUnitId: NEE,
      placeIds: [],
      ...cite(TRUST, "Care unit strategic plans: North East Essex Community", {
        quote: `three trust-wide services: perinatal mental health; children’s learning disability service (CLDS); and Allied Health Professional services`,
      }),
    }),
  ),
  service({
    id: "adult-and-older-adult-inpatient-services",
    name: "Adult and older adult inpatient mental health services",
    description:
      "Adult (18+) and older adult (70+) inpatient services from 23 wards across Chelmsford, Colchester, Rochford, Harlow, Clacton, Basildon, Thurrock and Epping.",
    kind: "INPATIENT",
    careUnitId: UCI,
    placeIds: [],
    ...cite(TRUST, "Care unit strategic plans: Urgent Care and Inpatients", {
      quote:
        "We provide adult (18+) and older adult (70+) inpatient services from 23 wards across Chelmsford, Colchester, Rochford, Harlow, Clacton, Basildon, Thurrock, and Epping",
    }),
  }),
  service({
    id: "basildon-mental-health-unit",
    name: "Basildon Mental Health Unit",
    description:
      "An inpatient mental health unit whose improved accommodation won an award for patient safety.",
    kind: "INPATIENT",
    careUnitId: UCI,
    placeIds: ["basildon-and-brentwood"],
    ...cite(TRUST, "Context: Our journey", {
      quote: "our Basildon Mental Health Unit",
      note: "Inferred: the care unit is the one that runs inpatient wards, Basildon among them.",
    }),
  }),
  service({
    id: "trust-wide-rehabilitation-unit",
    name: "Trust-wide rehabilitation unit",
    description: "A rehabilitation unit serving the whole trust.",
    kind: "INPATIENT",
    careUnitId: UCI,
    placeIds: [],
    ...cite(TRUST, "Care unit strategic plans: Urgent Care and Inpatients", {
      quote: "The care unit also operate a Trust-wide rehabilitation unit and two nursing homes",
    }),
  }),
  service({
    id: "eput-nursing-homes",
    name: "Nursing homes",
    description: "Two nursing homes, run by the Urgent Care and Inpatient care unit.",
    kind: "NURSING_HOME",
    careUnitId: UCI,
    placeIds: [],
    ...cite(TRUST, "Care unit strategic plans: Urgent Care and Inpatients", {
      quote: "The care unit also operate a Trust-wide rehabilitation unit and two nursing homes",
    }),
  }),
  service({
    id: "crisis-response-and-home-treatment",
    name: "Crisis response and home treatment teams",
    description: "Community based urgent care: crisis response services and home-treatment teams.",
    kind: "CRISIS_AND_URGENT_CARE",
    careUnitId: UCI,
    placeIds: [],
    ...cite(TRUST, "Care unit strategic plans: Urgent Care and Inpatients", {
      quote: "crisis response services and home-treatment teams",
    }),
  }),
  service({
    id: "forensic-and-secure-services",
    name: "Forensic psychiatric and secure services",
    description:
      "Forensic psychiatric services, and community and tier 4 secure inpatient services, which EPUT leads for the East of England Specialist Mental Health Provider Collaborative.",
    kind: "SECURE",
    careUnitId: SPECIALIST,
    placeIds: [],
    ...cite(TRUST, "Care unit strategic plans: Specialist Services", {
      quote:
        "EPUT is the lead provider of forensic psychiatric services, as well as community and tier 4 secure inpatient services",
    }),
  }),
  service({
    id: "brockfield-house-secure-services",
    name: "Brockfield House Secure Services",
    description:
      "A secure service whose multidisciplinary team promotes healthy lifestyles among service users with severe mental illness.",
    kind: "SECURE",
    careUnitId: SPECIALIST,
    placeIds: [],
    ...cite(TRUST, "Strategic objective 3: Integrating physical and mental health services", {
      quote: "Brockfield House Secure Services in EPUT",
      note: "Inferred: secure services sit in the Specialist Services care unit.",
    }),
  }),
  service({
    id: "inpatient-camhs",
    name: "Inpatient Children and Adolescent Mental Health Services (CAMHS)",
    description: "Inpatient mental health services for children and adolescents.",
    kind: "CHILDREN_AND_YOUNG_PEOPLE",
    careUnitId: SPECIALIST,
    placeIds: [],
    ...cite(TRUST, "Care unit strategic plans: Specialist Services", {
      quote: "We also provide inpatient Children and Adolescent Mental Health Services (CAMHS)",
    }),
  }),
  service({
    id: "essex-drug-and-alcohol-services",
    name: "Drug and alcohol misuse services, Essex",
    description: "Drug and alcohol misuse services across Essex.",
    kind: "SUBSTANCE_MISUSE",
    careUnitId: SPECIALIST,
    placeIds: [],
    ...cite(TRUST, "Care unit strategic plans: Specialist Services", {
      quote: "drug and alcohol misuse services across Essex",
    }),
  }),
  service({
    id: "east-of-england-veterans-service",
    name: "Veterans' service, East of England",
    description: "The military and veterans service for the whole of the East of England.",
    kind: "VETERANS",
    careUnitId: SPECIALIST,
    placeIds: [],
    ...cite(TRUST, "Care unit strategic plans: Specialist Services", {
      quote: "the veteran’s service for the whole of the East of England",
    }),
  }),
  service({
    id: "suffolk-gp-and-health-outreach",
    name: "General Practice and health outreach for marginalised communities, Suffolk",
    description:
      "General practice and health outreach services for marginalised communities across Suffolk.",
    kind: "OUTREACH",
    careUnitId: SPECIALIST,
    placeIds: [],
    ...cite(TRUST, "Care unit strategic plans: Specialist Services", {
      quote:
        "General Practice and health outreach services for marginalised communities across Suffolk",
    }),
  }),
  service({
    id: "inpatient-perinatal",
    name: "Inpatient perinatal services",
    description: "Inpatient mental health care for mothers in the perinatal period.",
    kind: "PERINATAL",
    careUnitId: SPECIALIST,
    placeIds: [],
    ...cite(TRUST, "Care unit strategic plans: Specialist Services", {
      quote: "inpatient perinatal and health and justice services",
    }),
  }),
  service({
    id: "health-and-justice",
    name: "Health and justice services",
    description: "Health services in the justice system.",
    kind: "HEALTH_AND_JUSTICE",
    careUnitId: SPECIALIST,
    placeIds: [],
    ...cite(TRUST, "Care unit strategic plans: Specialist Services", {
      quote: "inpatient perinatal and health and justice services",
    }),
  }),
  service({
    id: "health-outreach-team",
    name: "Health Outreach team",
    description:
      "Outreach to vulnerable adults across Essex and Suffolk, who made sure they could get Covid-19 vaccinations.",
    kind: "OUTREACH",
    careUnitId: null,
    placeIds: [],
    ...cite(TRUST, "Context: Our journey", {
      quote:
        "our Health Outreach team have ensured vulnerable adults across Essex and Suffolk could access vaccinations",
    }),
  }),
];
